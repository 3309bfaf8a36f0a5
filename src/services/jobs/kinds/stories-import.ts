// A big story import from the web page as a job: the upload was stored in the job's input pieces
// (so any app server can run it); the job copies them to a temporary file, which the importer
// reads twice (check, then write) through its public function; the pieces go once the job is
// over, whatever the outcome.
import { importStories } from '../../import-stories.ts';
import type { TableRead } from '../../tables/table-source.ts';
import { dropFiles, withLocalCopy } from '../files.ts';
import type { JobKind } from '../kind.ts';

export interface StoriesImportJobParams {
  questionnaire: string;
  collection: string | null;
  /** The upload's base name, for the importer's messages ("verhalen.csv:3: …"). */
  fileName: string;
}

export type StoriesImportJobResult = {
  stories: number;
  replaced: number;
  collectionsCreated: number;
  /** How the file was read (dialect or sheet): no content. */
  read: TableRead | null;
};

export const storiesImportJob: JobKind<StoriesImportJobParams, StoriesImportJobResult> = {
  permission: 'stories.import',
  expireInSeconds: 30 * 60,
  async run({ ctx, jobId, params, progress }) {
    try {
      const result = await withLocalCopy(ctx, jobId, params.fileName, (source) =>
        importStories(ctx, {
          source,
          questionnaireKey: params.questionnaire,
          collectionSlug: params.collection ?? undefined,
          // Checking counts rows of a total not yet known; writing knows it.
          onProgress: (phase, done, total) => progress(done, phase === 'write' ? (total ?? null) : null),
        }),
      );
      return { stories: result.stories, replaced: result.replaced, collectionsCreated: result.collectionsCreated.length, read: result.read ?? null };
    } finally {
      await dropFiles(ctx, jobId, 'input');
    }
  },
};

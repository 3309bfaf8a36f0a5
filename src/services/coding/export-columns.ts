// The codes in the stories export (issue 11): after the questionnaire's columns, one column
// `code:{slug}` per code with "ja" or "nee", as the pattern scan reads them. A story import skips
// these columns (they are analysts' work, not the teller's answers); `import qdpx` reads codings.
import { codedStoryPairs, listCodes } from '../../db/repositories/coding.repository.ts';
import type { StoredQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { codebookOrder } from '../../domain/coding/codebook.ts';
import { CODE_VARIABLE_PREFIX } from '../../domain/coding/variables.ts';
import type { ServiceContext } from '../context.ts';
import { definitions } from './codebook.ts';

export interface CodeColumns {
  header: string[];
  cells(storyId: string): string[];
}

export async function codeColumns(ctx: ServiceContext, questionnaire: StoredQuestionnaire): Promise<CodeColumns> {
  const slugs = codebookOrder(definitions(await listCodes(ctx.db, ctx.tenantId, questionnaire.id))).map((c) => c.slug);
  if (slugs.length === 0) return { header: [], cells: () => [] };
  const coded = new Map<string, Set<string>>();
  for (const { storyId, slug } of await codedStoryPairs(ctx.db, ctx.tenantId, questionnaire.id)) {
    let set = coded.get(storyId);
    if (!set) coded.set(storyId, (set = new Set()));
    set.add(slug);
  }
  return {
    header: slugs.map((slug) => `${CODE_VARIABLE_PREFIX}${slug}`),
    cells: (storyId) => slugs.map((slug) => (coded.get(storyId)?.has(slug) ? 'ja' : 'nee')),
  };
}

// What the coding page of a story shows: its text, the codebook of its questionnaire, every
// coding (who, which code, where) and the text's sentences for the keyboard-friendly picker.
import { analystNames, codeCounts, codingsOfStory, findStoryForCoding, questionnaireKeyOf } from '../../db/repositories/coding.repository.ts';
import { listQuestionnaires } from '../../db/repositories/questionnaires.repository.ts';
import type { CodeDefinition } from '../../domain/coding/codebook.ts';
import { sentences, type Span } from '../../domain/coding/passage.ts';
import type { ServiceContext } from '../context.ts';
import { loadCodebook } from './codebook.ts';

export interface CodingRow {
  slug: string;
  label: string;
  analyst: string;
  mine: boolean;
  start: number | null;
  end: number | null;
}

export interface StoryCoding {
  story: { id: string; ref: string; title: string; text: string };
  questionnaireKey: string;
  codes: CodeDefinition[];
  codings: CodingRow[];
  sentences: Span[];
}

export async function storyCoding(ctx: ServiceContext, storyId: string): Promise<StoryCoding | null> {
  const story = await findStoryForCoding(ctx.db, ctx.tenantId, storyId);
  if (!story) return null;
  const key = await questionnaireKeyOf(ctx.db, ctx.tenantId, story.questionnaireId);
  if (!key) return null;
  const book = await loadCodebook(ctx, key);
  const slugOf = new Map(book.stored.map((c) => [c.id, c.slug]));
  const labelOf = new Map(book.codes.map((c) => [c.slug, c.label]));
  const rows = await codingsOfStory(ctx.db, ctx.tenantId, story.id);
  const names = await analystNames(ctx.db, [...new Set(rows.map((r) => r.analystId))]);
  const codings = rows.map((r) => {
    const slug = slugOf.get(r.codeId) ?? '';
    return {
      slug,
      label: labelOf.get(slug) ?? slug,
      analyst: names.get(r.analystId) ?? r.analystId.slice(0, 8),
      mine: r.analystId === ctx.actorUserId,
      start: r.start,
      end: r.end,
    };
  });
  return {
    story: { id: story.id, ref: story.ref, title: story.title, text: story.text },
    questionnaireKey: key,
    codes: book.codes,
    codings,
    sentences: sentences(story.text),
  };
}

/** The questionnaires with how many codes each has: the start page of coding. */
export async function codebookIndex(ctx: ServiceContext): Promise<{ key: string; codes: number }[]> {
  const counts = await codeCounts(ctx.db, ctx.tenantId);
  const questionnaires = await listQuestionnaires(ctx.db, ctx.tenantId);
  return questionnaires.map((q) => ({ key: q.key, codes: counts.get(q.id) ?? 0 })).sort((a, b) => a.key.localeCompare(b.key, 'nl'));
}

// Codes as analysis variables (issue 11): code x is the yes/no variable `code:x` of every
// published story — "ja" when any analyst coded the story (whole or a passage) with x, "nee"
// otherwise. They enter the scan as choice questions appended to the questionnaire, so the scan,
// the filters (`code:x=ja`), the cells (`group=code:x:ja`) and the charts need nothing new: a
// code is read exactly as a choice question with two options.
//
// Codings are not kept in the answer snapshot: a coding changes an old story's value, which the
// snapshot's "answers are never edited in place" update rule does not allow for. They are read
// in one query per scan (story id and slug pairs, a few thousand rows at most), and a change
// to the codebook or a coding raises the questionnaire's story counter (migration 0013), so the
// snapshot and every cached scan of that questionnaire are stale afterwards.
import { codedStoryPairs, listCodes } from '../../db/repositories/coding.repository.ts';
import type { StoredQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { CODE_VARIABLE_PREFIX, codeQuestions, isCodeQuestion } from '../../domain/coding/variables.ts';
import { ANSWERED, type AnswerColumns } from '../../domain/patterns/columns.ts';
import type { ServiceContext } from '../context.ts';
import { definitions } from './codebook.ts';

/** The questionnaire as the scan sees it: its questions, then one choice question per code. */
export async function withCodeVariables(ctx: ServiceContext, questionnaire: StoredQuestionnaire): Promise<StoredQuestionnaire> {
  const codes = definitions(await listCodes(ctx.db, ctx.tenantId, questionnaire.id));
  if (codes.length === 0) return questionnaire;
  const own = questionnaire.definition.questions.filter((q) => !isCodeQuestion(q.key));
  return { ...questionnaire, definition: { ...questionnaire.definition, questions: [...own, ...codeQuestions(codes)] } };
}

/** Adds `code:x` = "ja"/"nee" for every story: one typed column per code the questionnaire carries, the stories' own columns untouched. */
export async function addCodeColumns(
  ctx: ServiceContext,
  questionnaire: StoredQuestionnaire,
  loaded: AnswerColumns & { readonly ids: string[] },
): Promise<AnswerColumns & { readonly ids: string[] }> {
  const keys = questionnaire.definition.questions.filter((q) => isCodeQuestion(q.key)).map((q) => q.key);
  // loaded.ids may be decoded only on first use: not read when there are no codes.
  if (keys.length === 0) return loaded;
  const coded = new Set<string>();
  for (const pair of await codedStoryPairs(ctx.db, ctx.tenantId, questionnaire.id)) coded.add(`${pair.storyId} ${CODE_VARIABLE_PREFIX}${pair.slug}`);
  const columns = new Map(loaded.columns);
  const ids = loaded.ids;
  for (const key of keys) {
    // Every story has an answer: code 0 = "ja", 1 = "nee".
    const codes = Int32Array.from(ids, (id) => (coded.has(`${id} ${key}`) ? 0 : 1));
    columns.set(key, { kind: 'code', state: new Uint8Array(ids.length).fill(ANSWERED), codes, book: ['ja', 'nee'] });
  }
  return { count: loaded.count, columns, ids };
}

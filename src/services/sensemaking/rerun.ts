// Running an observation's source again against today's stories (issue 11): the same services the
// pattern workbench, the comparison and the stories behind a selection use, so an observation
// shows exactly what those pages would show now. When today's data no longer has the pattern (or
// a filter names a question that is gone), the observation says so instead of failing.
import { findQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import { filterOfPairs, type ObservationSource } from '../../domain/sensemaking/source.ts';
import type { Problem } from '../../domain/problems.ts';
import { Refused } from '../../domain/refused.ts';
import type { ServiceContext } from '../context.ts';
import { compareSubsets, type CompareDocument } from '../compare.ts';
import { patternDetail, selectionStories, type PatternDetail, type Selection } from '../pattern-explorer.ts';

export type Rerun =
  | { kind: 'pattern'; detail: PatternDetail }
  | { kind: 'compare'; compare: CompareDocument; definition: Questionnaire }
  | { kind: 'selection'; selection: Selection }
  /** The query no longer runs on today's data: why, in both languages. */
  | { kind: 'unavailable'; problems: Problem[] };

/** Runs the source; a refusal (gone pattern, unknown question) becomes `unavailable` with its problems. */
export async function rerunSource(ctx: ServiceContext, questionnaireKey: string, source: ObservationSource): Promise<Rerun> {
  try {
    return await runSource(ctx, questionnaireKey, source);
  } catch (error) {
    if (error instanceof Refused && (error.kind === 'input' || error.kind === 'not-found')) return { kind: 'unavailable', problems: error.problems };
    throw error;
  }
}

/** Runs the source and lets a refusal through (creating an observation refuses a query that does not run). */
export async function runSource(ctx: ServiceContext, questionnaireKey: string, source: ObservationSource): Promise<Exclude<Rerun, { kind: 'unavailable' }>> {
  switch (source.kind) {
    case 'pattern':
      return { kind: 'pattern', detail: await patternDetail(ctx, questionnaireKey, { a: source.a, b: source.b }, filterOfPairs(source.filter)) };
    case 'compare': {
      const compare = await compareSubsets(ctx, questionnaireKey, source.subsets);
      const definition = (await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey))!.definition;
      return { kind: 'compare', compare, definition };
    }
    case 'selection':
      return {
        kind: 'selection',
        selection: await selectionStories(ctx, questionnaireKey, {
          filter: filterOfPairs(source.filter),
          cell: { ranges: source.range, groups: source.group },
          search: source.search || null,
          page: 1,
          pageSize: 5,
        }),
      };
  }
}

// The stories behind the monitor's figures, split by calendar month, for the disclosure engine
// (domain/disclosure): one load per questionnaire and period, shared by the pattern charts and
// warm × cold, so every figure about the same stories rounds the same way.
import { listStoryMonths } from '../../db/repositories/disclosure.repository.ts';
import type { StoredQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import type { StoryMonths } from '../../domain/disclosure/atoms.ts';
import type { PatternStories } from '../../domain/disclosure/pattern-figures.ts';
import { parseStoryFilter } from '../../domain/patterns/filter.ts';
import { deriveVariables } from '../../domain/patterns/variables.ts';
import type { ServiceContext } from '../context.ts';
import { loadFilteredColumns } from '../patterns.ts';

export async function monitorStories(ctx: ServiceContext, questionnaire: StoredQuestionnaire, period: string | null): Promise<PatternStories> {
  const filter = parseStoryFilter(questionnaire.definition, { period });
  const loaded = await loadFilteredColumns(ctx, questionnaire, filter, null);
  const ids = loaded.ids;
  const monthOf = new Map(
    (await listStoryMonths(ctx.db, ctx.tenantId, { questionnaireIds: [questionnaire.id], period: filter.period })).map((r) => [r.id, r.month]),
  );
  const stories: StoryMonths = { ids, months: ids.map((id) => monthOf.get(id) ?? '') };
  return { variables: deriveVariables(questionnaire.definition, loaded), stories };
}

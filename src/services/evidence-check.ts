// Checks that every pattern, story, indicator series or dialogue named as evidence or material
// exists in this municipality, so that a status never rests on a reference to nothing.
import { findStoriesByRefs } from '../db/repositories/dialogues.repository.ts';
import { listObservations } from '../db/repositories/indicators.repository.ts';
import { questionOfVariable, type EvidenceItem } from '../domain/opgaven/evidence.ts';
import type { Problem } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { loadLabels, type LabelBook } from './opgaven-labels.ts';

export async function checkReferences(ctx: ServiceContext, items: readonly EvidenceItem[], at: string, problems: Problem[], book?: LabelBook): Promise<LabelBook> {
  const labels = book ?? (await loadLabels(ctx));
  const refs = items.flatMap((i) => (i.kind === 'story' ? [i.ref] : []));
  const stories = new Map((await findStoriesByRefs(ctx.db, ctx.tenantId, refs)).map((s) => [s.ref, s]));
  const seriesCache = new Map<string, Set<string>>();
  for (const [index, item] of items.entries()) {
    const field = `${at}[${index}]`;
    const missing = (name: string, nl: string, en: string) => problems.push({ field: `${field}.${name}`, code: 'unknown-reference', nl, en });
    switch (item.kind) {
      case 'pattern': {
        const questions = labels.questionnaires.get(item.questionnaire);
        if (!questions) {
          missing('questionnaire', `vragenlijst "${item.questionnaire}" bestaat niet`, `questionnaire "${item.questionnaire}" does not exist`);
          break;
        }
        for (const side of ['a', 'b'] as const) {
          const q = questionOfVariable(item[side]);
          if (!questions.some((question) => question.key === q)) missing(side, `vraag "${q}" staat niet in vragenlijst "${item.questionnaire}"`, `question "${q}" is not in "${item.questionnaire}"`);
        }
        if (questionOfVariable(item.a) === questionOfVariable(item.b)) missing('b', 'een patroon gaat over twee verschillende vragen', 'a pattern pairs two different questions');
        break;
      }
      case 'story':
        if (!stories.has(item.ref)) missing('ref', `verhaal "${item.ref}" bestaat niet`, `story "${item.ref}" does not exist`);
        break;
      case 'indicator': {
        if (!labels.indicators.has(item.indicator)) {
          missing('indicator', `indicator "${item.indicator}" bestaat niet`, `indicator "${item.indicator}" does not exist`);
          break;
        }
        if (!seriesCache.has(item.indicator)) {
          seriesCache.set(item.indicator, new Set((await listObservations(ctx.db, ctx.tenantId, item.indicator)).map((o) => o.area)));
        }
        if (!seriesCache.get(item.indicator)!.has(item.area)) missing('area', `er zijn geen cijfers van "${item.indicator}" voor gebied "${item.area}"`, `no observations of "${item.indicator}" for area "${item.area}"`);
        break;
      }
      case 'dialogue':
        if (!labels.dialogues.has(item.dialogue)) missing('dialogue', 'deze dialoog bestaat niet', `dialogue ${item.dialogue} does not exist`);
        break;
    }
  }
  return labels;
}

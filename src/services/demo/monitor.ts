// Demo of the council monitor: ties the demo questionnaire to its opgave, records quotation
// consent for a realistic share of the generated stories (imported stories have none: null), and
// lets the "analyst" curate two stories for each of the strongest patterns and two for the opgave
// in general, through the ordinary curation rule. Everything is fictional.
import { findOpgaveByKey } from '../../db/repositories/opgaven.repository.ts';
import { setQuestionnaireOpgave } from '../../db/repositories/monitor.repository.ts';
import { setDemoQuoteConsent } from '../../db/repositories/demo.repository.ts';
import type { ServiceContext } from '../context.ts';
import { buildMonitor } from '../monitor/build.ts';
import { chooseStory, curationCandidates } from '../monitor/curation.ts';

const OPGAVE = 'zo-thuis';
const QUESTIONNAIRE = 'zo-thuis';
/** About 60% of tellers allow anonymous quotation: a deterministic choice by story id. */
const CONSENT_BYTE_BELOW = 154;

export async function seedMonitorDemo(ctx: ServiceContext): Promise<void> {
  const opgave = await findOpgaveByKey(ctx.db, ctx.tenantId, OPGAVE);
  if (!opgave) return;
  await setQuestionnaireOpgave(ctx.db, ctx.tenantId, QUESTIONNAIRE, opgave.id);
  await setDemoQuoteConsent(ctx.db, ctx.tenantId, CONSENT_BYTE_BELOW);

  const monitor = await buildMonitor(ctx, OPGAVE, { roles: ['analist'] });
  const candidates = await curationCandidates(ctx, OPGAVE, null);
  let next = 0;
  const pick = async (patternKey: string, note: string) => {
    const story = candidates[next++];
    if (story) await chooseStory(ctx, OPGAVE, { storyRef: story.ref, patternKey, note });
  };
  for (const pattern of monitor.patterns.slice(0, 3)) {
    await pick(pattern.key, 'Gekozen omdat dit verhaal laat zien wat er achter dit patroon zit.');
    await pick(pattern.key, 'Een verhaal dat het patroon in eigen woorden vertelt.');
  }
  await pick('', 'Een verhaal over wat zo thuis mogelijk opgroeien voor een gezin betekent.');
  await pick('', 'Laat zien hoe wachten op hulp thuis doorwerkt.');
}

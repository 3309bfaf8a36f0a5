// A small municipality for monitor tests: four wijken with 20–30 stories each and one wijk
// ("Kleinhoek", WK000105) with exactly 3, an opgave whose theory links the questions and a
// per-wijk indicator, and a council member and an analyst who can sign in.
import { hash } from '@node-rs/argon2';
import { insertOpgave, insertTocElement, insertTocLinks } from '../../src/db/repositories/opgaven.repository.ts';
import { upsertDefinitions } from '../../src/db/repositories/indicators.repository.ts';
import { setQuestionnaireOpgave } from '../../src/db/repositories/monitor.repository.ts';
import { upsertAreas } from '../../src/db/repositories/tenants.repository.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { csvRow } from '../../src/domain/csv/writer.ts';
import type { Questionnaire, StoryRecord } from '../../src/domain/questionnaire/types.ts';
import { encodeStoryRow, storyColumns } from '../../src/domain/stories/csv-codec.ts';
import { textSource, type ServiceContext } from '../../src/services/context.ts';
import { saveQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { saveObservations } from '../../src/services/indicators.ts';
import { createTestTenant } from './tenant.ts';

export const SMALL_WIJK = 'WK000105';
export const SMALL_WIJK_NAME = 'Kleinhoek';
export const PASSWORD = 'monitor-test-wachtwoord';
/** Argon2id is slow on purpose: hash the test password once per test file. */
let passwordHashOnce: Promise<string> | undefined;

const WIJKEN = [
  { code: 'WK000101', name: 'Noordkant', stories: 30, heard: 80, wait: 4 },
  { code: 'WK000102', name: 'Zuidkant', stories: 25, heard: 30, wait: 14 },
  { code: 'WK000103', name: 'Oostkant', stories: 22, heard: 65, wait: 6 },
  { code: 'WK000104', name: 'Westkant', stories: 20, heard: 45, wait: 10 },
  { code: SMALL_WIJK, name: SMALL_WIJK_NAME, stories: 3, heard: 57, wait: 8 },
];

const questionnaire: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'klein',
  title: { nl: 'Kleine wijken' },
  languages: ['nl'],
  prompts: [{ key: 'moment', text: { nl: 'Vertel over een moment' } }],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: { nl: 'Voelde u zich gehoord?' }, left: { nl: 'niet' }, right: { nl: 'helemaal wel' } },
    { key: 'wachtweken', about: 'story', type: 'number', text: { nl: 'Hoeveel weken wachtte u?' } },
    { key: 'wijk', about: 'participant', type: 'area', level: 'wijk', text: { nl: 'Uw wijk' }, areas: WIJKEN.map((w) => ({ code: w.code, name: w.name })) },
  ],
};

export interface MonitorFixture {
  ctx: ServiceContext;
  opgaveKey: string;
  /** Refs of stories by consent: true, false, null (not asked), and one pending with consent. */
  refs: { consent: string; noConsent: string; notAsked: string; pending: string };
}

export async function createMonitorFixture(handle: DatabaseHandle, slug: string): Promise<MonitorFixture> {
  const ctx = await createTestTenant(handle, slug);
  await upsertAreas(handle.db, ctx.tenantId, [
    { code: 'GM0001', name: 'Gemeente', level: 'gemeente' },
    ...WIJKEN.map((w) => ({ code: w.code, name: w.name, level: 'wijk' as const })),
  ]);
  await saveQuestionnaire(ctx, questionnaire);
  const stories: StoryRecord[] = [];
  let i = 0;
  for (const w of WIJKEN) {
    for (let k = 0; k < w.stories; k++) {
      i++;
      stories.push({
        ref: `${slug}-${String(i).padStart(4, '0')}`,
        collectedAt: new Date(Date.UTC(2026, 2, 1 + (i % 25), 12)),
        collection: 'klein-2026',
        language: 'nl',
        prompt: 'moment',
        title: `Verhaal ${i}`,
        text: `Een verhaal uit ${w.name}.`,
        answers: { gehoord: w.heard + ((k * 7) % 11) - 5, wachtweken: w.wait + (k % 3), wijk: w.code },
      });
    }
  }
  const csv = csvRow(storyColumns(questionnaire)) + stories.map((s) => csvRow(encodeStoryRow(questionnaire, s))).join('');
  await importStories(ctx, { source: textSource('klein.csv', csv), questionnaireKey: 'klein' });

  const opgaveId = await insertOpgave(handle.db, {
    tenantId: ctx.tenantId,
    key: 'klein-thuis',
    title: 'Iedereen wordt gehoord',
    description: 'Een testopgave.',
    domain: 'jeugd',
  });
  const statement = await insertTocElement(handle.db, {
    tenantId: ctx.tenantId,
    opgaveId,
    kind: 'statement',
    text: 'Als wij luisteren, draagt dat bij aan vertrouwen, omdat mensen zich gehoord voelen.',
    position: 0,
  });
  await insertTocElement(handle.db, { tenantId: ctx.tenantId, opgaveId, kind: 'assumption', parentId: statement, text: 'Luisteren helpt.', position: 1 });
  await insertTocLinks(handle.db, [
    { tenantId: ctx.tenantId, elementId: statement, kind: 'question', ref: 'gehoord' },
    { tenantId: ctx.tenantId, elementId: statement, kind: 'question', ref: 'wachtweken' },
    { tenantId: ctx.tenantId, elementId: statement, kind: 'indicator', ref: 'wachttijd' },
  ]);
  await setQuestionnaireOpgave(handle.db, ctx.tenantId, 'klein', opgaveId);
  await upsertDefinitions(handle.db, ctx.tenantId, [
    { key: 'wachttijd', name: 'Wachttijd', unit: 'weken', direction: 'down', source: 'test', definition: 'Weken wachten.', domain: 'jeugd' },
  ]);
  await saveObservations(
    ctx,
    WIJKEN.flatMap((w) => [
      { indicator: 'wachttijd', area: w.code, period: '2025', value: w.wait + 1, provider: null, numerator: null, denominator: null },
      { indicator: 'wachttijd', area: w.code, period: '2026', value: w.wait, provider: null, numerator: null, denominator: null },
    ]),
  );

  // Consent: the first story of each kind; story 5 goes back to moderation.
  const ref = (n: number) => `${slug}-${String(n).padStart(4, '0')}`;
  const { sql } = await import('drizzle-orm');
  await handle.db.execute(sql`update stories set consent_quote = true where tenant_id = ${ctx.tenantId} and ref in (${ref(1)}, ${ref(2)}, ${ref(5)})`);
  await handle.db.execute(sql`update stories set consent_quote = false where tenant_id = ${ctx.tenantId} and ref = ${ref(3)}`);
  await handle.db.execute(sql`update stories set status = 'pending' where tenant_id = ${ctx.tenantId} and ref = ${ref(5)}`);

  const passwordHash = await (passwordHashOnce ??= hash(PASSWORD));
  for (const role of ['raad', 'analist', 'aanbieder'] as const) {
    const userId = await upsertUser(handle.db, { email: `${role}@${slug}.example`, displayName: `${role} ${slug}`, passwordHash, homeTenantId: ctx.tenantId });
    await addMembership(handle.db, { tenantId: ctx.tenantId, userId, role, providerCode: role === 'aanbieder' ? 'p1' : null });
  }
  return { ctx, opgaveKey: 'klein-thuis', refs: { consent: ref(1), noConsent: ref(3), notAsked: ref(4), pending: ref(5) } };
}

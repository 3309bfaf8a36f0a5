// Crafted data for the disclosure auditor: one year of stories spread over every month, three
// ordinary wijken and a tiny one ("Mini": 4 stories in 4 different months, so each month holds
// one; a pattern with Mini's group does not qualify for the council, so Mini shows only in warm ×
// cold), a rare feeling ("bang", 12 stories, 1 to 3 a month, in a table that does qualify), a
// second channel with 3 stories, and a per-wijk indicator whose numerator for Mini is below the
// threshold. Every story answers every question,
// which the attacker is told (it can then tie every table to every other one month by month).
import { hash } from '@node-rs/argon2';
import { upsertDefinitions } from '../../src/db/repositories/indicators.repository.ts';
import { setQuestionnaireOpgave } from '../../src/db/repositories/monitor.repository.ts';
import { insertOpgave, insertTocElement, insertTocLinks } from '../../src/db/repositories/opgaven.repository.ts';
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

export const AUDIT_PASSWORD = 'auditor-wachtwoord';
export const MINI = { code: 'WK000204', name: 'Mini' };
export const WIJKEN = [
  { code: 'WK000201', name: 'Noord', stories: 44, wait: 3, numerator: 40 },
  { code: 'WK000202', name: 'Zuid', stories: 38, wait: 12, numerator: 35 },
  { code: 'WK000203', name: 'Oost', stories: 34, wait: 7, numerator: 31 },
  { code: MINI.code, name: MINI.name, stories: 4, wait: 20, numerator: 3 },
];
export const YEAR = '2026';
export const MONTHS = Array.from({ length: 12 }, (_, m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`);

const auditQuestionnaire: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'audit',
  title: { nl: 'Audit' },
  languages: ['nl'],
  prompts: [{ key: 'moment', text: { nl: 'Vertel over een moment' } }],
  questions: [
    {
      key: 'hulp',
      about: 'story',
      type: 'choice',
      text: { nl: 'Kreeg u hulp?' },
      options: [
        { key: 'ja', text: { nl: 'ja' } },
        { key: 'nee', text: { nl: 'nee' } },
      ],
    },
    {
      key: 'gevoel',
      about: 'story',
      type: 'choice',
      text: { nl: 'Hoe voelde u zich?' },
      options: [
        { key: 'opgelucht', text: { nl: 'opgelucht' } },
        { key: 'boos', text: { nl: 'boos' } },
        { key: 'bang', text: { nl: 'bang' } },
      ],
    },
    { key: 'wachtweken', about: 'story', type: 'number', text: { nl: 'Hoeveel weken wachtte u?' } },
    { key: 'wijk', about: 'participant', type: 'area', level: 'wijk', text: { nl: 'Uw wijk' }, areas: WIJKEN.map((w) => ({ code: w.code, name: w.name })) },
  ],
} as Questionnaire;

export interface AuditStory {
  month: string;
  collection: string;
  hulp: string;
  gevoel: string;
  wachtweken: number;
  wijk: string;
}

function auditStories(): AuditStory[] {
  const out: AuditStory[] = [];
  let i = 0;
  for (const w of WIJKEN) {
    for (let k = 0; k < w.stories; k++) {
      i++;
      const month = w.code === MINI.code ? MONTHS[1 + 3 * k] : MONTHS[(i * 5) % 12];
      const hulp = k % 3 === 0 ? 'nee' : 'ja';
      // Help goes with relief, no help with anger; "bang" is rare: 12 stories, 1 to 3 a month,
      // so the hulp × gevoel table qualifies for the council (every cell at least the threshold,
      // docs/monitor.md) while its month atoms are small and round to 0 or 5.
      const gevoel = i % 10 === 7 ? 'bang' : hulp === 'ja' ? (k % 7 === 1 ? 'boos' : 'opgelucht') : k % 5 === 0 ? 'opgelucht' : 'boos';
      out.push({ month, collection: i % 40 === 3 ? 'audit-telefoon' : 'audit-web', hulp, gevoel, wachtweken: w.wait + (k % 3), wijk: w.code });
    }
  }
  return out;
}

export async function createAuditFixture(handle: DatabaseHandle, slug: string): Promise<{ ctx: ServiceContext; opgaveKey: string; stories: AuditStory[] }> {
  const ctx = await createTestTenant(handle, slug);
  await upsertAreas(handle.db, ctx.tenantId, [
    { code: 'GM0002', name: 'Gemeente', level: 'gemeente' },
    ...WIJKEN.map((w) => ({ code: w.code, name: w.name, level: 'wijk' as const })),
  ]);
  await saveQuestionnaire(ctx, auditQuestionnaire);
  const stories = auditStories();
  const records: StoryRecord[] = stories.map((s, n) => ({
    ref: `${slug}-${String(n + 1).padStart(4, '0')}`,
    collectedAt: new Date(`${s.month}-${String(1 + (n % 27)).padStart(2, '0')}T12:00:00Z`),
    collection: s.collection,
    language: 'nl',
    prompt: 'moment',
    title: `Verhaal ${n + 1}`,
    text: 'Een verhaal.',
    answers: { hulp: s.hulp, gevoel: s.gevoel, wachtweken: s.wachtweken, wijk: s.wijk },
  }));
  const csv = csvRow(storyColumns(auditQuestionnaire)) + records.map((r) => csvRow(encodeStoryRow(auditQuestionnaire, r))).join('');
  await importStories(ctx, { source: textSource('audit.csv', csv), questionnaireKey: 'audit' });

  const opgaveId = await insertOpgave(handle.db, {
    tenantId: ctx.tenantId,
    key: 'audit-thuis',
    title: 'Hulp op tijd',
    description: 'Een auditopgave.',
    domain: 'jeugd',
  });
  const statement = await insertTocElement(handle.db, {
    tenantId: ctx.tenantId,
    opgaveId,
    kind: 'statement',
    text: 'Als hulp op tijd komt, voelen mensen zich opgelucht.',
    position: 0,
  });
  const links: { tenantId: string; elementId: string; kind: 'question' | 'indicator'; ref: string }[] = [
    ...['hulp', 'gevoel', 'wachtweken'].map((ref) => ({ tenantId: ctx.tenantId, elementId: statement, kind: 'question' as const, ref })),
    { tenantId: ctx.tenantId, elementId: statement, kind: 'indicator', ref: 'wachttijd' },
  ];
  await insertTocLinks(handle.db, links);
  await setQuestionnaireOpgave(handle.db, ctx.tenantId, 'audit', opgaveId);
  await upsertDefinitions(handle.db, ctx.tenantId, [
    { key: 'wachttijd', name: 'Wachttijd', unit: 'weken', direction: 'down', source: 'test', definition: 'Weken wachten.', domain: 'jeugd' },
  ]);
  await saveObservations(
    ctx,
    WIJKEN.map((w) => ({
      indicator: 'wachttijd',
      area: w.code,
      period: YEAR,
      value: w.wait,
      provider: null,
      numerator: w.numerator,
      denominator: w.numerator * 2,
    })),
  );
  // A fixed rounding key: the auditor's widths are then the same on every run (a real
  // municipality gets a random one, migration 0008).
  const { sql } = await import('drizzle-orm');
  await handle.db.execute(sql`update tenants set disclosure_key = ${`audit-key-${slug}`} where id = ${ctx.tenantId}`);
  const passwordHash = await hash(AUDIT_PASSWORD);
  for (const role of ['raad', 'aanbieder', 'analist'] as const) {
    const userId = await upsertUser(handle.db, { email: `${role}@${slug}.example`, displayName: `${role} ${slug}`, passwordHash, homeTenantId: ctx.tenantId });
    await addMembership(handle.db, { tenantId: ctx.tenantId, userId, role, providerCode: role === 'aanbieder' ? 'p1' : null });
  }
  return { ctx, opgaveKey: 'audit-thuis', stories };
}

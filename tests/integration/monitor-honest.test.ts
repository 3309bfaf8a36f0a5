// Issue 10, through the HTTP API: one story cannot become the strongest pattern (class 5), every
// pattern carries n, q and a strength word, a Wmo opgave shows only Wmo material, and a pattern
// that is not significant is evidence only with an explicit confirmation, labelled so.
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { setQuestionnaireOpgave } from '../../src/db/repositories/monitor.repository.ts';
import { insertOpgave, insertTocElement, insertTocLinks } from '../../src/db/repositories/opgaven.repository.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { csvRow } from '../../src/domain/csv/writer.ts';
import type { Questionnaire, StoryRecord } from '../../src/domain/questionnaire/types.ts';
import { encodeStoryRow, storyColumns } from '../../src/domain/stories/csv-codec.ts';
import { createApp } from '../../src/http/app.ts';
import { textSource, type ServiceContext } from '../../src/services/context.ts';
import { chooseStory } from '../../src/services/monitor/curation.ts';
import { saveQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import type { MonitorData } from '../../src/domain/monitor/types.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const PASSWORD = 'eerlijk-wachtwoord-123';
const t = (nl: string) => ({ nl });
const questionnaire: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'jeugd-eerlijk',
  title: t('Jeugdhulp'),
  languages: ['nl'],
  prompts: [{ key: 'moment', text: t('Vertel') }],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: t('Voelde u zich gehoord?'), left: t('niet'), right: t('helemaal wel') },
    {
      key: 'rol',
      about: 'participant',
      type: 'choice',
      text: t('Wie bent u?'),
      options: [
        { key: 'jongere', text: t('jongere') },
        { key: 'ouder', text: t('ouder') },
      ],
    },
    {
      key: 'kleur',
      about: 'participant',
      type: 'choice',
      text: t('Welke kleur?'),
      options: [
        { key: 'rood', text: t('rood') },
        { key: 'blauw', text: t('blauw') },
      ],
    },
    {
      key: 'plaatsing',
      about: 'story',
      type: 'choice',
      text: t('Uithuisplaatsing?'),
      options: [
        { key: 'ja', text: t('ja') },
        { key: 'nee', text: t('nee') },
      ],
    },
    {
      key: 'aanbieder',
      about: 'story',
      type: 'choice',
      text: t('Welke aanbieder?'),
      options: ['a', 'b', 'c', 'x'].map((key) => ({ key, text: t(`aanbieder ${key}`) })),
    },
  ],
};

// 240 stories. Parents feel more heard than young people (a real, large effect). Exactly one story
// comes from aanbieder x, and it is the only "uithuisplaatsing ja": V = 1, q ≈ 1e-50.
function storyRecords(): StoryRecord[] {
  return Array.from({ length: 240 }, (_, i) => {
    const ouder = i % 2 === 1;
    const lonely = i === 17;
    return {
      ref: `eerlijk-${String(i).padStart(4, '0')}`,
      collectedAt: new Date(Date.UTC(2026, 1, 1 + (i % 27), 12)),
      collection: 'eerlijk-2026',
      language: 'nl',
      prompt: 'moment',
      title: `Verhaal ${i}`,
      text: 'Een verhaal.',
      answers: {
        gehoord: (ouder ? 70 : 40) + ((i * 7) % 11) - 5,
        rol: ouder ? 'ouder' : 'jongere',
        kleur: Math.floor(i / 2) % 2 ? 'rood' : 'blauw',
        plaatsing: lonely ? 'ja' : 'nee',
        aanbieder: lonely ? 'x' : ['a', 'b', 'c'][i % 3],
      },
    };
  });
}

describe.each(testDatabaseTargets())('an honest monitor on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let ctx: ServiceContext;

  const signIn = async (email: string) => {
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie: response.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  };
  const monitorOf = async (key: string, email: string) => {
    const response = await app.request(`/api/v1/opgaven/${key}/monitor`, { headers: await signIn(email) });
    expect(response.status).toBe(200);
    return (await response.json()) as MonitorData;
  };

  beforeAll(async () => {
    handle = await create();
    ctx = await createTestTenant(handle, 'eerlijk');
    await saveQuestionnaire(ctx, questionnaire);
    const csv =
      csvRow(storyColumns(questionnaire)) +
      storyRecords()
        .map((s) => csvRow(encodeStoryRow(questionnaire, s)))
        .join('');
    await importStories(ctx, { source: textSource('eerlijk.csv', csv), questionnaireKey: questionnaire.key });

    // A youth-care opgave tied to the questionnaire, and a Wmo opgave whose theory names the same
    // question key "gehoord" but has no questionnaire of its own.
    for (const [key, domain, tie] of [
      ['zo-thuis-eerlijk', 'jeugd', true],
      ['inclusief-leven', 'wmo', false],
    ] as const) {
      const opgaveId = await insertOpgave(handle.db, { tenantId: ctx.tenantId, key, title: key, description: '', domain });
      const statement = await insertTocElement(handle.db, {
        tenantId: ctx.tenantId,
        opgaveId,
        kind: 'statement',
        text: 'Als wij luisteren, voelen mensen zich gehoord.',
        position: 0,
      });
      await insertTocElement(handle.db, { tenantId: ctx.tenantId, opgaveId, kind: 'assumption', parentId: statement, text: 'Luisteren helpt.', position: 1 });
      await insertTocLinks(
        handle.db,
        ['gehoord', 'plaatsing'].map((ref) => ({ tenantId: ctx.tenantId, elementId: statement, kind: 'question' as const, ref })),
      );
      if (tie) await setQuestionnaireOpgave(handle.db, ctx.tenantId, questionnaire.key, opgaveId);
    }
    const passwordHash = await hash(PASSWORD);
    for (const role of ['raad', 'analist'] as const) {
      const userId = await upsertUser(handle.db, { email: `${role}@eerlijk.example`, displayName: role, passwordHash, homeTenantId: ctx.tenantId });
      await addMembership(handle.db, { tenantId: ctx.tenantId, userId, role, providerCode: null });
    }
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
  });
  afterAll(async () => handle?.close());

  it('never ranks one story as a pattern: the council and the analyst see only patterns whose groups reach the threshold', async () => {
    // The scan itself finds the lonely pair, significant with V = 1: the monitor must pass it over.
    const analyst = await signIn('analist@eerlijk.example');
    const scan = (await (await app.request(`/api/v1/questionnaires/${questionnaire.key}/patterns`, { headers: analyst })).json()) as {
      patterns: { a: string; b: string; q: number; effect: { value: number }; significant: boolean }[];
    };
    const lonely = scan.patterns.find((p) => [p.a, p.b].sort().join('|') === 'aanbieder|plaatsing')!;
    expect(lonely.significant).toBe(true);
    expect(lonely.effect.value).toBeCloseTo(1, 6);

    for (const email of ['raad@eerlijk.example', 'analist@eerlijk.example']) {
      const monitor = await monitorOf('zo-thuis-eerlijk', email);
      const keys = monitor.patterns.map((p) => p.key);
      expect(
        keys.some((k) => k.includes('plaatsing')),
        `${email}: ${keys.join(', ')}`,
      ).toBe(false);
      expect(keys[0]).toMatch(/gehoord\|rol|rol\|gehoord/);
      for (const p of monitor.patterns) {
        expect(p.significant).toBe(true);
        expect(['zeer-zwak', 'zwak', 'matig', 'sterk']).toContain(p.strength.word);
        expect(p.strength.convention).toContain('Cohen');
        expect(typeof p.n).toBe('number');
        expect(p.sentence.nl).not.toMatch(/(\b\d+(,\d)?%) tegen \1 /);
        if (p.chart.kind === 'groups') for (const g of p.chart.groups) expect(g.n as number).toBeGreaterThanOrEqual(monitor.threshold);
        if (p.chart.kind === 'table') for (const c of p.chart.counts.flat()) expect(c === 0 || (c as number) >= monitor.threshold).toBe(true);
      }
      const first = monitor.patterns[0];
      expect(first.strength.word).toBe('sterk');
      // n beside every figure: each group's stories are in the sentence.
      expect(first.sentence.nl).toMatch(/\(120 verhalen\).*\(120 verhalen\)\. Samen 240 verhalen/);
    }
  });

  it('shows a Wmo opgave only Wmo material: no youth-care stories through a shared question key', async () => {
    const monitor = await monitorOf('inclusief-leven', 'raad@eerlijk.example');
    expect(monitor.method.questionnaires).toEqual([]);
    expect(monitor.summary.stories).toBe(0);
    expect(monitor.patterns).toEqual([]);
    expect(monitor.warmCold.available).toBe(false);
    const jeugd = await monitorOf('zo-thuis-eerlijk', 'raad@eerlijk.example');
    expect(jeugd.method.questionnaires).toEqual([questionnaire.key]);
    expect(jeugd.summary.stories).toBe(240);
  });

  it('refuses a questionnaire whose option key is "NA" (the not-applicable cell), with a clear message', async () => {
    const analyst = await signIn('analist@eerlijk.example');
    const withNa = {
      ...questionnaire,
      key: 'met-na',
      questions: [
        {
          ...questionnaire.questions[1],
          options: [
            { key: 'NA', text: t('weet niet') },
            { key: 'ja', text: t('ja') },
          ],
        },
      ],
    };
    const response = await app.request('/api/v1/questionnaires', { method: 'POST', headers: analyst, body: JSON.stringify(withNa) });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { errors: { field: string; code: string; nl: string; en: string }[] };
    expect(body.errors).toEqual([expect.objectContaining({ field: 'questions[0].options[0].key', code: 'reserved-key' })]);
    expect(body.errors[0].nl).toContain('"NA" betekent "niet van toepassing"');
    expect(body.errors[0].en).toContain('cannot be an option key');
  });

  it('asks for confirmation before a non-significant pattern becomes evidence, and labels it on the monitor', async () => {
    const analyst = await signIn('analist@eerlijk.example');
    const opgave = (await (await app.request('/api/v1/opgaven/zo-thuis-eerlijk', { headers: analyst })).json()) as {
      statements: { assumptions: { id: string }[] }[];
    };
    const assumption = opgave.statements[0].assumptions[0].id;
    const judge = (items: unknown[]) =>
      app.request(`/api/v1/opgaven/zo-thuis-eerlijk/assumptions/${assumption}/status`, {
        method: 'POST',
        headers: analyst,
        body: JSON.stringify({ status: 'twijfelachtig', evidence: { items } }),
      });

    const refused = await judge([{ kind: 'pattern', questionnaire: questionnaire.key, a: 'gehoord', b: 'kleur' }]);
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors?: { code: string; nl: string }[]; problems?: { code: string; nl: string }[] };
    const first = (problem.errors ?? problem.problems ?? [])[0];
    expect(first.code).toBe('not-significant');
    expect(first.nl).toMatch(/n = 240, q = [\d,]+, r = -?[\d,]+ \((zeer zwak|zwak)\)/);

    const confirmed = await judge([{ kind: 'pattern', questionnaire: questionnaire.key, a: 'gehoord', b: 'kleur', confirmNotSignificant: true }]);
    expect(confirmed.status).toBe(201);
    const saved = (await confirmed.json()) as { evidence: { items: { stats: { n: number; q: number; strength: string; significant: boolean } }[] } };
    expect(saved.evidence.items[0].stats).toMatchObject({ n: 240, significant: false });
    expect(saved.evidence.items[0].stats.q).toBeGreaterThanOrEqual(0.05);

    const monitor = await monitorOf('zo-thuis-eerlijk', 'raad@eerlijk.example');
    const evidence = monitor.theoryOfChange[0].assumptions[0].evidence[0];
    expect(evidence).toMatchObject({ kind: 'pattern', notSignificant: true, stats: { n: 240 } });

    // A significant pattern needs no confirmation and links to its block on the monitor.
    const strong = await judge([{ kind: 'pattern', questionnaire: questionnaire.key, a: 'gehoord', b: 'rol' }]);
    expect(strong.status).toBe(201);
    const after = await monitorOf('zo-thuis-eerlijk', 'raad@eerlijk.example');
    expect(after.theoryOfChange[0].assumptions[0].evidence[0]).toMatchObject({ notSignificant: false, anchor: 'patroon-gehoord-rol' });
  });

  it('quotes only curated stories told in the chosen period', async () => {
    // Story 3 was told on 4 February 2026; it is quotable and curated for the opgave in general.
    await handle.db.execute(sql`update stories set consent_quote = true where tenant_id = ${ctx.tenantId} and ref = 'eerlijk-0003'`);
    await chooseStory(ctx, 'zo-thuis-eerlijk', { storyRef: 'eerlijk-0003', note: 'Typisch.' });
    const quoted = async (period: string) => {
      const response = await app.request(`/api/v1/opgaven/zo-thuis-eerlijk/monitor?period=${period}`, { headers: await signIn('raad@eerlijk.example') });
      const monitor = (await response.json()) as MonitorData;
      return [...monitor.curatedStories, ...monitor.patterns.flatMap((p) => p.stories)].map((s) => s.title);
    };
    expect(await quoted('2026')).toEqual(['Verhaal 3']);
    expect(await quoted('2026-02')).toEqual(['Verhaal 3']);
    expect(await quoted('2026-03')).toEqual([]);
    expect(await quoted('2025')).toEqual([]);
  });

  it('lets an analyst tie a questionnaire to an opgave on its page, which moves its stories there', async () => {
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'analist@eerlijk.example', password: PASSWORD }),
    });
    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const post = (fields: [string, string][]) =>
      app.request('/opgaven/inclusief-leven/vragenlijsten', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
        body: new URLSearchParams([...fields, ['_csrf', csrfToken]]).toString(),
      });
    const page = await (await app.request('/opgaven/inclusief-leven', { headers: { cookie } })).text();
    expect(page).toContain('Vragenlijsten bij deze opgave');
    expect(page).toContain('hoort nu bij zo-thuis-eerlijk');

    expect((await post([['questionnaires', 'bestaat-niet']])).status).toBe(400);
    expect((await post([['questionnaires', questionnaire.key]])).status).toBe(303);
    expect((await monitorOf('inclusief-leven', 'raad@eerlijk.example')).summary.stories).toBe(240);
    expect((await monitorOf('zo-thuis-eerlijk', 'raad@eerlijk.example')).summary.stories).toBe(0);
    // An empty form unties it again.
    expect((await post([])).status).toBe(303);
    expect((await monitorOf('inclusief-leven', 'raad@eerlijk.example')).method.questionnaires).toEqual([]);
  });
});

// GET /api/v1/questionnaires/{key}/compare (duiding.compare/v1) over the demo municipality, on
// PGlite and PostgreSQL: the contract, bad input as problem+json naming the parameter, roles.
import { Ajv2020 } from 'ajv/dist/2020.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';
import type { CompareDocument } from '../../src/services/compare.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { indicatorsBeside } from '../../src/services/compare-page.ts';
import { storiesBehind } from '../../src/services/stories-behind.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

describe.each(testDatabaseTargets())('compare API on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 300 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
  }, 300_000);
  afterAll(async () => handle?.close());

  async function as(role: string): Promise<string> {
    if (!cookies.has(role)) {
      const response = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `${role}@voorbeeld.example`, password: DEMO_PASSWORD }),
      });
      expect(response.status).toBe(200);
      cookies.set(role, response.headers.get('set-cookie')!.split(';')[0]);
    }
    return cookies.get(role)!;
  }
  const get = async (query: string, role = 'analist') =>
    app.request(`/api/v1/questionnaires/zo-thuis/compare?${query}`, { headers: { cookie: await as(role) } });

  it('compares two wijken: subsets, tests per question with q, and words per subset', async () => {
    const response = await get('a=wijk=WK999901&b=wijk=WK999902');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as CompareDocument;
    expect(doc.format).toBe('duiding.compare/v1');
    expect(doc.subsets.map((s) => [s.name, s.filter])).toEqual([
      ['a', 'wijk=WK999901'],
      ['b', 'wijk=WK999902'],
    ]);
    expect(doc.subsets[0].stories).toBeGreaterThan(10);
    expect(doc.stories).toBe(doc.subsets[0].stories + doc.subsets[1].stories);
    // The defining question is not tested.
    expect(doc.defining).toEqual(['wijk']);
    expect(doc.questions.some((q) => q.question === 'wijk')).toBe(false);
    const gehoord = doc.questions.find((q) => q.key === 'gehoord')!;
    expect(gehoord.test).toBe('mann-whitney');
    expect(gehoord.groups.map((g) => g.subset)).toEqual(['a', 'b']);
    // Counts add up to n, per subset and over the bins.
    for (const q of doc.questions) {
      expect(q.groups.reduce((s, g) => s + g.n, 0)).toBe(q.n);
      for (const g of q.groups) expect(g.counts.reduce((s, k) => s + k, 0)).toBe(g.n);
      expect(q.groups.every((g) => g.counts.length === q.categories.length)).toBe(true);
    }
    const gevoel = doc.questions.find((q) => q.key === 'gevoel')!;
    expect(gevoel.test).toBe('chi-square');
    expect(gevoel.df).toBe(gevoel.categories.length - 1);
    const tested = doc.questions.filter((q) => q.p !== null);
    expect(tested.length).toBeGreaterThan(5);
    for (const q of tested) expect(q.q!).toBeGreaterThanOrEqual(q.p!);
    expect(doc.words.subsets.map((w) => w.subset)).toEqual(['a', 'b']);
    expect(doc.words.subsets[0].stories).toBe(doc.subsets[0].stories);
  });

  it('counts the same stories as the stories behind the subset filter', async () => {
    const doc = (await (await get('a=wijk=WK999901;period=2026&b=rest')).json()) as CompareDocument;
    const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    const behind = await storiesBehind(ctx, 'zo-thuis', { filter: { period: '2026', answers: [['wijk', 'WK999901']] }, pageSize: 1 });
    expect(doc.subsets[0].stories).toBe(behind.total);
    const cijfer = doc.questions.find((q) => q.key === 'cijfer')!;
    // A bin's observed min and max find exactly its stories.
    const bin = cijfer.bins!.findIndex((b) => b.min !== null);
    const inBin = await storiesBehind(ctx, 'zo-thuis', {
      filter: { period: '2026', answers: [['wijk', 'WK999901']] },
      cell: { ranges: [`cijfer:${cijfer.bins![bin].min}:${cijfer.bins![bin].max}`] },
      pageSize: 1,
    });
    expect(cijfer.groups[0].counts[bin]).toBe(inBin.total);
  });

  it('puts the newest figures of the same wijken and providers beside the comparison', async () => {
    const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    const rows = await indicatorsBeside(ctx, { a: ['WK999901'], b: ['WK999902', 'wijkteam-noord', 'ja'] });
    expect(new Set(rows.map((r) => r.subset))).toEqual(new Set(['a', 'b']));
    expect(rows.filter((r) => r.subset === 'a').every((r) => r.code === 'WK999901')).toBe(true);
    expect(rows.some((r) => r.subset === 'b' && r.code === 'wijkteam-noord')).toBe(true);
    // One figure per indicator and area or provider: the newest period.
    const keys = rows.map((r) => `${r.subset}|${r.indicator}|${r.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await indicatorsBeside(ctx, { a: ['ja'] })).toEqual([]);
  });

  it('takes three and four subsets (Kruskal–Wallis for numbers)', async () => {
    const doc = (await (await get('a=rol=jongere&b=rol=ouder&c=rol=professional&d=rest')).json()) as CompareDocument;
    expect(doc.subsets).toHaveLength(4);
    expect(doc.questions.find((q) => q.key === 'gehoord')!.test).toBe('kruskal-wallis');
    expect(doc.questions.find((q) => q.key === 'gehoord')!.df).toBe(3);
  });

  async function problemOf(query: string) {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { detail_nl: string; errors: { field: string; code: string; nl: string; en: string }[] };
    expect(body.detail_nl).toBeTruthy();
    for (const e of body.errors) expect(e.nl && e.en).toBeTruthy();
    return body.errors;
  }

  it('refuses bad input with a problem naming the parameter', async () => {
    expect(await problemOf('a=humeur=boos&b=wijk=WK999902')).toMatchObject([{ field: 'a', code: 'unknown-filter' }]);
    expect((await problemOf('a=humeur=boos&b=wijk=WK999902'))[0].nl).toContain('humeur');
    expect(await problemOf('a=wijk=WK999901')).toMatchObject([{ field: 'b', code: 'subset-count' }]);
    expect(await problemOf('')).toMatchObject([{ field: 'a', code: 'subset-count' }]);
    expect(await problemOf('a=rol=jongere&b=rol=ouder&c=rol=professional&d=rol=mantelzorger&e=rest')).toMatchObject([
      { field: 'e', code: 'subset-count' },
      { field: 'e', code: 'unknown-parameter' },
    ]);
    expect(await problemOf('a=wijk&b=wijk=WK999902')).toMatchObject([{ field: 'a', code: 'invalid-filter' }]);
    expect(await problemOf('a=wijk=WK999901&b=period=2026-Q5')).toMatchObject([{ field: 'b', code: 'invalid-period' }]);
    expect(await problemOf('a=gevoel=woedend&b=rest')).toMatchObject([{ field: 'a', code: 'unknown-filter-value' }]);
    expect(await problemOf('a=wijk=WK999901&c=rest')).toMatchObject([{ field: 'b', code: 'subset-gap' }]);
    expect(await problemOf('a=rest&b=rest')).toMatchObject([{ field: 'b', code: 'rest-twice' }]);
    expect(await problemOf('a=collection=bestaat-niet&b=rest')).toMatchObject([{ field: 'a', code: 'unknown-collection' }]);
  });

  it('refuses overlapping subsets, saying how many stories they share', async () => {
    const errors = await problemOf('a=wijk=WK999901&b=period=2026');
    expect(errors).toMatchObject([{ field: 'b', code: 'overlapping-subsets' }]);
    expect(errors[0].nl).toMatch(/groep b .* groep a .* \d+ verhal/);
  });

  it('answers an unknown questionnaire with 404', async () => {
    const response = await app.request('/api/v1/questionnaires/bestaat-niet/compare?a=rest&b=wijk=WK999901', { headers: { cookie: await as('analist') } });
    expect(response.status).toBe(404);
  });

  it('lets analist and gespreksleider read; refuses the other roles and the signed-out', async () => {
    expect((await get('a=wijk=WK999901&b=rest', 'gespreksleider')).status).toBe(200);
    for (const role of ['beheerder', 'raad', 'aanbieder', 'interviewer']) expect((await get('a=wijk=WK999901&b=rest', role)).status, role).toBe(403);
    expect((await app.request('/api/v1/questionnaires/zo-thuis/compare?a=rest&b=wijk=WK999901')).status).toBe(401);
  });

  it('answers what its OpenAPI schema says', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths['/api/v1/questionnaires/{key}/compare']?.get).toBeDefined();
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ ...doc, $id: 'openapi.json' });
    const validate = ajv.getSchema('openapi.json#/components/schemas/CompareDocument')!;
    for (const query of ['a=wijk=WK999901&b=wijk=WK999902', 'a=rol=jongere&b=rol=ouder&c=rest']) {
      const body = await (await get(query)).json();
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    }
    // And it can fail: a document missing its questions does not pass.
    expect(validate({ format: 'duiding.compare/v1' })).toBe(false);
  });
});

// The filtered, cached pattern scan and the stories behind a pattern cell, through the services
// and the HTTP API, on PGlite and PostgreSQL.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { listCollections, findQuestionnaire } from '../../src/db/repositories/questionnaires.repository.ts';
import { pageStoriesWithAnswers, type ExportedStory } from '../../src/db/repositories/stories.repository.ts';
import { createApp } from '../../src/http/app.ts';
import { contextForTenantSlug, textSource, type ServiceContext } from '../../src/services/context.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { storiesBehind } from '../../src/services/stories-behind.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';

describe.each(testDatabaseTargets())('patterns: filters, cache, stories behind on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let app: ReturnType<typeof createApp>;
  let cookie: string;
  let all: ExportedStory[];

  async function allStories() {
    const q = (await findQuestionnaire(ctx.db, ctx.tenantId, 'zo-thuis'))!;
    const out: ExportedStory[] = [];
    for (let after: string | null = null; ; ) {
      const page = await pageStoriesWithAnswers(ctx.db, ctx.tenantId, q.id, after, 1000, true);
      if (page.length === 0) return out;
      out.push(...page);
      after = page[page.length - 1].ref;
    }
  }

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 300 });
    ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    all = await allStories();
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'analist@voorbeeld.example', password: DEMO_PASSWORD }),
    });
    cookie = response.headers.get('set-cookie')!.split(';')[0];
  });
  afterAll(async () => handle?.close());

  const get = (path: string) => app.request(path, { headers: { cookie } });

  it('scans only the stories the filter lets through', async () => {
    const everything = await scanQuestionnaire(ctx, 'zo-thuis', { cache: false });
    const young = await scanQuestionnaire(ctx, 'zo-thuis', { filter: { answers: [['rol', 'jongere']] }, cache: false });
    const expected = all.filter((s) => s.answers.rol === 'jongere').length;
    expect(everything.stories).toBe(all.length);
    expect(young.stories).toBe(expected);
    expect(young.stories).toBeGreaterThan(0);
    expect(young.stories).toBeLessThan(everything.stories);
    expect(young.filter).toEqual({ collection: null, period: null, answers: { rol: ['jongere'] } });
    // rol is constant among these stories, so no pattern involves it.
    expect(young.patterns.some((p) => p.a === 'rol' || p.b === 'rol')).toBe(false);

    const both = await scanQuestionnaire(ctx, 'zo-thuis', { filter: { answers: [['rol', 'jongere,ouder']] }, cache: false });
    expect(both.stories).toBe(all.filter((s) => s.answers.rol === 'jongere' || s.answers.rol === 'ouder').length);
  });

  it('filters on period (collected_at) and collection in SQL', async () => {
    const collections = await listCollections(ctx.db, ctx.tenantId);
    const slug = collections[0].slug;
    const byCollection = await scanQuestionnaire(ctx, 'zo-thuis', { filter: { collection: slug } });
    expect(byCollection.stories).toBe(all.filter((s) => s.collection === slug).length);
    const year = all[0].collectedAt.getUTCFullYear();
    const byYear = await scanQuestionnaire(ctx, 'zo-thuis', { filter: { period: String(year) } });
    expect(byYear.stories).toBe(all.filter((s) => s.collectedAt.getUTCFullYear() === year).length);
    const march = all.filter((s) => s.collectedAt.getUTCFullYear() === year && s.collectedAt.getUTCMonth() === 2).length;
    expect((await scanQuestionnaire(ctx, 'zo-thuis', { filter: { period: `${year}-03` } })).stories).toBe(march);
    const q1 = all.filter((s) => s.collectedAt.getUTCFullYear() === year && s.collectedAt.getUTCMonth() < 3).length;
    expect((await scanQuestionnaire(ctx, 'zo-thuis', { filter: { period: `${year}-Q1` } })).stories).toBe(q1);
  });

  it('returns the cached scan until a story is added', async () => {
    const filter = { answers: [['wat_hielp', 'luisteren']] as [string, string][] };
    const first = await scanQuestionnaire(ctx, 'zo-thuis', { filter });
    const second = await scanQuestionnaire(ctx, 'zo-thuis', { filter });
    expect(second.cached).toBe(true);
    expect(second.scanned_at).toBe(first.scanned_at);
    expect(second.patterns).toEqual(first.patterns);
    const fresh = await scanQuestionnaire(ctx, 'zo-thuis', { filter, cache: false });
    expect(fresh.cached).toBe(false);
    expect(fresh.scanned_at).not.toBe(first.scanned_at);

    const wijk = all[0].answers.wijk as string;
    await importStories(ctx, {
      source: textSource(
        'een.csv',
        `story_id,collected_at,collection,language,prompt,title,text,gevoel,rol,wijk,wat_hielp\n` +
          `extra-1,${all[0].collectedAt.toISOString()},${all[0].collection},nl,,Nog een,Er werd naar mij geluisterd.,opgelucht,jongere,${wijk},luisteren\n`,
      ),
      questionnaireKey: 'zo-thuis',
    });
    const after = await scanQuestionnaire(ctx, 'zo-thuis', { filter });
    expect(after.cached).toBe(false);
    expect(after.stories).toBe(fresh.stories + 1);
    expect((await scanQuestionnaire(ctx, 'zo-thuis', { filter })).cached).toBe(true);
    // Re-importing the same story replaces it (new id): the cache is stale again.
    await importStories(ctx, {
      source: textSource(
        'een.csv',
        `story_id,collected_at,collection,language,prompt,title,text,gevoel,rol,wijk\n` +
          `extra-1,${all[0].collectedAt.toISOString()},${all[0].collection},nl,,Nog een,Er werd naar mij geluisterd.,opgelucht,jongere,${wijk}\n`,
      ),
      questionnaireKey: 'zo-thuis',
    });
    const replaced = await scanQuestionnaire(ctx, 'zo-thuis', { filter });
    expect(replaced.cached).toBe(false);
    expect(replaced.stories).toBe(fresh.stories);
    all = await allStories();
  });

  it('serves the filtered, cached scan on the API and rejects bad filters as problems', async () => {
    const first = (await (await get('/api/v1/questionnaires/zo-thuis/patterns?rol=jongere')).json()) as { stories: number; cached: boolean };
    expect(first.stories).toBe(all.filter((s) => s.answers.rol === 'jongere').length);
    const again = (await (await get('/api/v1/questionnaires/zo-thuis/patterns?rol=jongere')).json()) as { cached: boolean };
    expect(again.cached).toBe(true);
    const forced = (await (await get('/api/v1/questionnaires/zo-thuis/patterns?rol=jongere&cache=false')).json()) as { cached: boolean };
    expect(forced.cached).toBe(false);

    const bad = await get('/api/v1/questionnaires/zo-thuis/patterns?kleur=rood&rol=kind&period=2026-Q7');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const body = (await bad.json()) as { problems?: { field: string }[]; errors?: { field: string }[] };
    expect(JSON.stringify(body)).toContain('kleur');
    expect(JSON.stringify(body)).toContain('"period"');
    expect((await get('/api/v1/questionnaires/zo-thuis/patterns?collection=bestaat-niet')).status).toBe(404);
    expect((await get('/api/v1/questionnaires/bestaat-niet/patterns')).status).toBe(404);
  });

  it('finds the stories behind a range, a group and a Dutch search', async () => {
    const inRange = all.filter((s) => typeof s.answers.gehoord === 'number' && s.answers.gehoord >= 0 && s.answers.gehoord <= 40);
    const range = await storiesBehind(ctx, 'zo-thuis', { cell: { var: 'gehoord', min: '0', max: '40' }, pageSize: 10 });
    expect(range.total).toBe(inRange.length);
    expect(range.stories.length).toBe(Math.min(10, inRange.length));
    expect(range.stories.every((s) => (s.answers.gehoord as number) <= 40)).toBe(true);

    const response = await get('/api/v1/questionnaires/zo-thuis/stories-behind?var=gehoord&min=0&max=40&group=rol:jongere&page=2&pageSize=5');
    expect(response.status).toBe(200);
    const api = (await response.json()) as {
      total: number;
      page: number;
      stories: { ref: string; answers: Record<string, unknown>; text: string; collection: string; collected_at: string }[];
    };
    expect(api.total).toBe(inRange.filter((s) => s.answers.rol === 'jongere').length);
    expect(api.page).toBe(2);
    expect(api.stories[0]).toMatchObject({ answers: { rol: 'jongere' } });
    expect(typeof api.stories[0].text).toBe('string');

    const mentions = all.filter((s) => /wachtlijst/i.test(`${s.title} ${s.text}`));
    expect(mentions.length).toBeGreaterThan(0);
    const search = await storiesBehind(ctx, 'zo-thuis', { search: 'wachtlijsten' });
    expect(search.total).toBe(mentions.length);
    const young = (await (await get('/api/v1/questionnaires/zo-thuis/stories-behind?q=wachtlijsten&rol=jongere')).json()) as { total: number };
    expect(young.total).toBe(mentions.filter((s) => s.answers.rol === 'jongere').length);

    const corner = await storiesBehind(ctx, 'zo-thuis', { cell: { ranges: ['wie_hielp.2:0.5:'] } });
    const share = (w: unknown) => (Array.isArray(w) && w[0] + w[1] + w[2] > 0 ? w[1] / (w[0] + w[1] + w[2]) : NaN);
    expect(corner.total).toBe(all.filter((s) => share(s.answers.wie_hielp) >= 0.5).length);
  });

  it('guards stories-behind: permission, bad cells', async () => {
    expect((await get('/api/v1/questionnaires/zo-thuis/stories-behind?var=bestaat&min=0')).status).toBe(400);
    expect((await get('/api/v1/questionnaires/zo-thuis/stories-behind?group=rol:kind')).status).toBe(400);
    expect((await get('/api/v1/questionnaires/zo-thuis/stories-behind?pageSize=1000')).status).toBe(400);
    expect((await app.request('/api/v1/questionnaires/zo-thuis/stories-behind')).status).toBe(401);
  });
});

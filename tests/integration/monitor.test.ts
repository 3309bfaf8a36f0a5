// The council monitor on both databases: small-cell suppression on the API (a wijk with 3
// stories yields no figure for the council, while an analyst sees it), the curation consent
// rule, the staalkaart, and tenant isolation.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { createApp } from '../../src/http/app.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { buildMonitor } from '../../src/services/monitor/build.ts';
import { chooseStory, curatedStoriesFor } from '../../src/services/monitor/curation.ts';
import { setSuppressionThreshold } from '../../src/services/monitor/settings.ts';
import type { MonitorData } from '../../src/domain/monitor/types.ts';
import { readStaalkaart, saveDomainProfile } from '../../src/services/staalkaart.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createMonitorFixture, PASSWORD, SMALL_WIJK, SMALL_WIJK_NAME, type MonitorFixture } from '../support/monitor-fixture.ts';

async function rejection(promise: Promise<unknown>): Promise<InputRejected> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRejected) return error;
    throw error;
  }
  throw new Error('expected the input to be rejected');
}

/** Every object in the JSON that names the small wijk (by code or name), with its path. */
function mentionsOf(value: unknown, path = '$', out: { path: string; node: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => mentionsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const names = Object.values(node).some(
      (v) => v === SMALL_WIJK || v === SMALL_WIJK_NAME || (v && typeof v === 'object' && Object.values(v).includes(SMALL_WIJK_NAME)),
    );
    if (names) out.push({ path, node });
    for (const [k, v] of Object.entries(node)) mentionsOf(v, `${path}.${k}`, out);
  }
  return out;
}

describe.each(testDatabaseTargets())('council monitor on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let fixture: MonitorFixture;
  let other: MonitorFixture;
  let app: ReturnType<typeof createApp>;

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

  beforeAll(async () => {
    handle = await create();
    fixture = await createMonitorFixture(handle, 'monitor-a');
    other = await createMonitorFixture(handle, 'monitor-b');
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
  });
  afterAll(async () => handle?.close());

  it('sends the council no figure for a wijk with 3 stories, while the analyst sees it', async () => {
    const council = await signIn('raad@monitor-a.example');
    const analyst = await signIn('analist@monitor-a.example');
    const url = `/api/v1/opgaven/${fixture.opgaveKey}/monitor`;

    const fullResponse = await app.request(url, { headers: analyst });
    expect(fullResponse.status).toBe(200);
    const full = (await fullResponse.json()) as MonitorData;
    expect(full.suppressionApplied).toBe(false);
    // The analyst sees the small wijk's figures: 3 stories, in a pattern and in warm × cold.
    const fullMentions = mentionsOf(full);
    expect(fullMentions.some(({ node }) => node.stories === 3 || node.n === 3)).toBe(true);
    // A pattern with a group under the threshold is not shown to anyone (issue 10, class 5); warm × cold still lists the wijk.
    expect(full.patterns.some((p) => p.chart.kind === 'groups' && p.chart.groups.some((g) => typeof g.n === 'number' && g.n < full.threshold))).toBe(false);
    expect(full.warmCold.links[0].areas.find((a) => a.code === SMALL_WIJK)).toMatchObject({ stories: 3 });

    const councilResponse = await app.request(url, { headers: council });
    expect(councilResponse.status).toBe(200);
    const text = await councilResponse.text();
    const shown = JSON.parse(text) as MonitorData;
    expect(shown.suppressionApplied).toBe(true);
    expect(shown.threshold).toBe(5);
    const mentions = mentionsOf(shown);
    expect(mentions.length).toBeGreaterThan(0);
    // Counts reach the council rounded to a multiple of the threshold (or hidden); a value resting
    // on the wijk's 3 stories (median, story value) and its agreement are always hidden.
    for (const { path, node } of mentions) {
      for (const key of ['n', 'stories'] as const) {
        if (key in node && !(typeof node[key] === 'object')) expect((node[key] as number) % 5, `${path}.${key} is not rounded`).toBe(0);
      }
      for (const key of ['median', 'storyValue'] as const) if (key in node) expect(node[key], `${path}.${key} leaks a value`).toEqual({ suppressed: true });
      if ('agreement' in node) expect(node.agreement).toBe('unclear');
    }
    // No sentence names the small wijk with a figure, and the raw JSON has no count 1–4 anywhere.
    expect(text).not.toMatch(/"(n|stories)":\s*[1-4][,}]/);
    for (const p of shown.patterns) expect(p.sentence.nl).not.toContain(SMALL_WIJK_NAME);
    // Its values are always hidden, so the method section always names it (never its figures).
    expect(shown.suppressions.some((s) => s.label.includes(SMALL_WIJK_NAME))).toBe(true);

    const provider = await signIn('aanbieder@monitor-a.example');
    const providerText = await (await app.request(url, { headers: provider })).text();
    expect(providerText).not.toMatch(/"(n|stories)":\s*[1-4][,}]/);
  });

  it('serves warm × cold from its cache only while stories and numbers are unchanged', async () => {
    const { sql } = await import('drizzle-orm');
    const small = async () =>
      (await buildMonitor(fixture.ctx, fixture.opgaveKey, { roles: ['analist'] })).warmCold.links[0].areas.find((a) => a.code === SMALL_WIJK)!;
    expect((await small()).stories).toBe(3);
    await handle.db.execute(sql`update stories set status = 'pending' where tenant_id = ${fixture.ctx.tenantId} and ref = 'monitor-a-0100'`);
    expect((await small()).stories).toBe(2);
    await handle.db.execute(sql`update stories set status = 'published' where tenant_id = ${fixture.ctx.tenantId} and ref = 'monitor-a-0100'`);
    await handle.db.execute(
      sql`update indicator_observations set value = 99 where tenant_id = ${fixture.ctx.tenantId} and area_code = ${SMALL_WIJK} and period = '2026'`,
    );
    expect(await small()).toMatchObject({ stories: 3, indicatorValue: 99 });
    await handle.db.execute(
      sql`update indicator_observations set value = 8 where tenant_id = ${fixture.ctx.tenantId} and area_code = ${SMALL_WIJK} and period = '2026'`,
    );
  });

  it('speaks plain Dutch to the council: test names, symbols and q only in the Verantwoording (issue 17)', async () => {
    const council = await signIn('raad@monitor-a.example');
    const html = await (await app.request(`/monitor/${fixture.opgaveKey}?afdrukken=1`, { headers: { cookie: council.cookie } })).text();
    const text = html
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ');
    const at = text.indexOf('Toetsen per patroon');
    expect(at, 'the Verantwoording lists the tests').toBeGreaterThan(0);
    const main = text.slice(0, text.lastIndexOf('Verantwoording', at));
    expect(main).toMatch(/Een (zeer zwak|zwak|matig|sterk) (verschil|verband) \(sterkte -?\d/);
    expect(main).not.toMatch(/Kruskal|Mann–Whitney|Spearman|chi-kwadraat|ε²|epsilon|rangbiseri|Cramér|\bq [=<]|\bq \d|mediaan \d/i);
    expect(text.slice(at)).toMatch(/Kruskal–Wallis|Mann–Whitney|chi-kwadraat|Spearman/);
  });

  it('honours a higher tenant threshold and never one below 3', async () => {
    const { sql } = await import('drizzle-orm');
    expect((await rejection(setSuppressionThreshold(fixture.ctx, 2))).problems[0].field).toBe('suppressionThreshold');
    await setSuppressionThreshold(fixture.ctx, '25');
    const council = await signIn('raad@monitor-a.example');
    expect(
      (await app.request('/api/v1/monitor/settings', { method: 'PUT', headers: council, body: JSON.stringify({ suppression_threshold: 3 }) })).status,
    ).toBe(403);
    const strict = await buildMonitor(fixture.ctx, fixture.opgaveKey, { roles: ['raad'] });
    expect(strict.threshold).toBe(25);
    const link = strict.warmCold.links[0];
    // Counts are rounded to multiples of 25: Westkant's 20 shows as hidden or 25, never 20, and a
    // value resting on it is hidden (its least possible count, 1, is under the threshold).
    const westkant = link?.areas.find((a) => a.name === 'Westkant');
    expect([{ suppressed: true }, 25]).toContainEqual(westkant?.stories ?? { suppressed: true });
    if (westkant) expect(westkant.storyValue).toEqual({ suppressed: true });
    await handle.db.execute(sql`update tenants set settings = '{"suppressionThreshold": 1}'::jsonb where id = ${fixture.ctx.tenantId}`);
    expect((await buildMonitor(fixture.ctx, fixture.opgaveKey, { roles: ['raad'] })).threshold).toBe(3);
    await handle.db.execute(sql`update tenants set settings = '{}'::jsonb where id = ${fixture.ctx.tenantId}`);
  });

  it('lets an analyst curate only published stories whose teller consented to quotation', async () => {
    const ctx: ServiceContext = fixture.ctx;
    const key = fixture.opgaveKey;
    const refused = async (ref: string, code: string) => {
      const error = await rejection(chooseStory(ctx, key, { storyRef: ref, patternKey: 'gehoord|wijk' }));
      expect(error.problems[0]).toMatchObject({ field: 'story', code });
    };
    await refused(fixture.refs.noConsent, 'no-quote-consent');
    await refused(fixture.refs.notAsked, 'no-quote-consent');
    await refused(fixture.refs.pending, 'not-published');
    await refused('bestaat-niet', 'unknown-story');
    // A story of another municipality is unknown here.
    await refused(other.refs.consent, 'unknown-story');
    expect((await rejection(chooseStory(ctx, key, { storyRef: fixture.refs.consent, patternKey: 'geen patroon' }))).problems[0].field).toBe('pattern_key');
    expect(await curatedStoriesFor(ctx, key)).toEqual([]);

    await chooseStory(ctx, key, { storyRef: fixture.refs.consent, patternKey: 'gehoord|wijk', note: 'Laat zien wat luisteren doet.' });
    const curated = await curatedStoriesFor(ctx, key);
    expect(curated).toHaveLength(1);
    expect(curated[0]).toMatchObject({ patternKey: 'gehoord|wijk', note: 'Laat zien wat luisteren doet.' });
    // The other municipality sees none of it.
    expect(await curatedStoriesFor(other.ctx, other.opgaveKey)).toEqual([]);

    // The council sees the curated story with its pattern, and no list of stories.
    const council = await signIn('raad@monitor-a.example');
    const monitor = (await (await app.request(`/api/v1/opgaven/${key}/monitor`, { headers: council })).json()) as MonitorData;
    const all = [...monitor.curatedStories, ...monitor.patterns.flatMap((p) => p.stories)];
    expect(all.map((s) => s.title)).toEqual([curated[0].title]);

    // Over the API: the council may not curate; the analyst is refused a story without consent.
    const body = JSON.stringify({ story: fixture.refs.noConsent });
    expect((await app.request(`/api/v1/opgaven/${key}/curated-stories`, { method: 'POST', headers: council, body })).status).toBe(403);
    const analyst = await signIn('analist@monitor-a.example');
    const problem = await app.request(`/api/v1/opgaven/${key}/curated-stories`, { method: 'POST', headers: analyst, body });
    expect(problem.status).toBe(400);
    expect(problem.headers.get('content-type')).toContain('application/problem+json');
    const ok = await app.request(`/api/v1/opgaven/${key}/curated-stories`, {
      method: 'POST',
      headers: analyst,
      body: JSON.stringify({ story: fixture.refs.consent, note: 'algemeen' }),
    });
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: string };
    expect((await app.request(`/api/v1/opgaven/${key}/curated-stories/${id}`, { method: 'DELETE', headers: analyst })).status).toBe(204);
    expect((await app.request(`/api/v1/opgaven/${key}/curated-stories/${id}`, { method: 'DELETE', headers: analyst })).status).toBe(404);
  });

  it('keeps municipalities apart: no monitor of another tenant’s opgave', async () => {
    const { sql } = await import('drizzle-orm');
    await handle.db.execute(sql`update opgaven set key = 'alleen-b' where tenant_id = ${other.ctx.tenantId}`);
    const council = await signIn('raad@monitor-a.example');
    expect((await app.request('/api/v1/opgaven/alleen-b/monitor', { headers: council })).status).toBe(404);
    await expect(buildMonitor(fixture.ctx, 'alleen-b', { roles: ['analist'] })).rejects.toThrow(InputRejected);
    expect((await app.request(`/api/v1/opgaven/${fixture.opgaveKey}/monitor?period=gisteren`, { headers: council })).status).toBe(400);
    expect((await app.request(`/api/v1/opgaven/${fixture.opgaveKey}/monitor`)).status).toBe(401);
  });

  it('serves the staalkaart with defaults, the municipality’s own rows, and suppressed small counts', async () => {
    const council = await signIn('raad@monitor-a.example');
    const analyst = await signIn('analist@monitor-a.example');
    const map = (await (await app.request('/api/v1/staalkaart', { headers: council })).json()) as Awaited<ReturnType<typeof readStaalkaart>>;
    expect(map.domains.map((d) => d.domain)).toEqual(['jeugd', 'wmo', 'participatie', 'schulden', 'wonen', 'veiligheid', 'onderwijs', 'gezondheid']);
    const jeugd = map.domains.find((d) => d.domain === 'jeugd')!;
    // 100 stories, one of them back in moderation: 99, all in March, rounded for the council to 95 or 100.
    expect(jeugd).toMatchObject({ legalBasis: 'Jeugdwet', room: 'groot', edited: false, indicators: 1 });
    expect([95, 100]).toContain(jeugd.stories);
    expect(((await (await app.request('/api/v1/staalkaart', { headers: analyst })).json()) as typeof map).domains[0].stories).toBe(99);
    expect(jeugd.opgaven.map((o) => o.key)).toEqual([fixture.opgaveKey]);
    expect(map.domains.find((d) => d.domain === 'wmo')!.stories).toBe(0);
    expect(map.domains.find((d) => d.domain === 'schulden')!.legalBasis).toBe('Wet gemeentelijke schuldhulpverlening');

    // With only 3 published stories left, the council's count for jeugd is hidden or 5, never 3.
    const { sql } = await import('drizzle-orm');
    const tenant = fixture.ctx.tenantId;
    await handle.db.execute(
      sql`update stories set status = 'rejected' where tenant_id = ${tenant} and status = 'published' and ref not in (select ref from stories where tenant_id = ${tenant} and status = 'published' order by ref limit 3)`,
    );
    const small = await (await app.request('/api/v1/staalkaart', { headers: council })).text();
    expect([{ suppressed: true }, 5]).toContainEqual(JSON.parse(small).domains[0].stories);
    expect(small).not.toMatch(/"stories":\s*3[,}]/);
    expect(((await (await app.request('/api/v1/staalkaart', { headers: analyst })).json()) as typeof map).domains[0].stories).toBe(3);
    await handle.db.execute(sql`update stories set status = 'published' where tenant_id = ${tenant} and status = 'rejected'`);

    const put = (headers: Record<string, string>, body: unknown) =>
      app.request('/api/v1/staalkaart/jeugd', { method: 'PUT', headers, body: JSON.stringify(body) });
    expect((await put(council, { legal_basis: 'x', room: 'klein', room_explanation: 'y' })).status).toBe(403);
    const bad = await put(analyst, { legal_basis: '', room: 'enorm', room_explanation: 'y' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors.map((p) => p.field).sort()).toEqual(['legal_basis', 'room']);
    expect(
      (
        await app.request('/api/v1/staalkaart/ruimtevaart', {
          method: 'PUT',
          headers: analyst,
          body: JSON.stringify({ legal_basis: 'x', room: 'klein', room_explanation: 'y' }),
        })
      ).status,
    ).toBe(404);
    expect((await put(analyst, { legal_basis: 'Jeugdwet', room: 'beperkt', room_explanation: 'Wij kopen regionaal in.' })).status).toBe(204);
    const edited = (await readStaalkaart(fixture.ctx, ['raad'])).domains.find((d) => d.domain === 'jeugd')!;
    expect(edited).toMatchObject({ room: 'beperkt', edited: true, explanation: { nl: 'Wij kopen regionaal in.' } });
    // The other municipality keeps the default.
    expect((await readStaalkaart(other.ctx, ['raad'])).domains.find((d) => d.domain === 'jeugd')).toMatchObject({ room: 'groot', edited: false });
    await saveDomainProfile(other.ctx, 'wmo', { legalBasis: 'Wmo 2015', room: 'klein', explanation: 'Eigen tekst.' });
    expect((await readStaalkaart(fixture.ctx, ['raad'])).domains.find((d) => d.domain === 'wmo')).toMatchObject({ edited: false });
  });
});

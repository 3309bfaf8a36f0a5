// Observations, interpretations and perspectives over HTTP (issue 11, catalysis): written from a
// pattern, a comparison and a selection, re-run on today's data, completed with two interpretations,
// clustered on the board and put in the monitor. Bad input is refused as problem+json naming the
// field with nothing written; municipality B can neither read nor change A's observations. Both databases.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { seedTwoTenants, type Caller, type TwoTenants } from '../support/two-tenants.ts';

interface ObservationBody {
  id: string;
  complete: boolean;
  interpretations: { id: string; text: string; perspective: string | null }[];
  opgave: string | null;
  source: { kind: string };
}

describe.each(testDatabaseTargets())('observations API on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let tenants: TwoTenants;
  let pattern: { a: string; b: string };

  const send = (caller: Caller | null, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        origin: 'http://localhost',
        ...(caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const analist = () => tenants.callers.a.analist;
  const count = async (table: 'pattern_observations' | 'interpretations' | 'perspectives') =>
    ((await handle.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  async function refused(response: Response, status: number, field: string, code?: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { errors: { field: string; code: string }[] };
    expect(
      body.errors.map((e) => e.field),
      JSON.stringify(body),
    ).toContain(field);
    if (code) expect(body.errors.map((e) => [e.field, e.code])).toContainEqual([field, code]);
  }

  const write = async (body: Record<string, unknown>) => {
    const response = await send(analist(), 'POST', '/api/v1/observations', { questionnaire: 'zo-thuis', strength: 'sterk', title: 'Gezien', ...body });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as ObservationBody;
  };

  beforeAll(async () => {
    handle = await create();
    tenants = await seedTwoTenants(handle, { stories: 40 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    const scan = (await (await send(analist(), 'GET', '/api/v1/questionnaires/zo-thuis/patterns')).json()) as { patterns: { a: string; b: string }[] };
    pattern = scan.patterns[0]!;
  }, 180_000);
  afterAll(async () => handle?.close());

  it('writes observations from a pattern, a comparison and a selection; each is incomplete until it has two interpretations', async () => {
    const fromPattern = await write({ source: { kind: 'pattern', a: pattern.a, b: pattern.b, filter: [] }, body: 'Opvallend verschil.' });
    expect(fromPattern).toMatchObject({ complete: false, interpretations: [], opgave: null, source: { kind: 'pattern' } });
    await write({ source: { kind: 'compare', subsets: { a: 'rol=jongere', b: 'rol=ouder' } }, strength: 'middel' });
    await write({ source: { kind: 'selection', group: ['rol:jongere'], range: [], filter: [], search: '' }, strength: 'zwak' });

    const id = fromPattern.id;
    for (const text of ['Jongeren worden minder vaak zelf gesproken.', 'Ouders hebben meer contact met de hulpverlener.']) {
      expect((await send(analist(), 'POST', `/api/v1/observations/${id}/interpretations`, { text })).status).toBe(201);
    }
    const read = (await (await send(tenants.callers.a.gespreksleider, 'GET', `/api/v1/observations/${id}`)).json()) as ObservationBody;
    expect(read.complete).toBe(true);
    expect(read.interpretations.map((i) => i.text)).toEqual(['Jongeren worden minder vaak zelf gesproken.', 'Ouders hebben meer contact met de hulpverlener.']);
    const list = (await (await send(analist(), 'GET', '/api/v1/observations?questionnaire=zo-thuis')).json()) as { observations: ObservationBody[] };
    expect(list.observations).toHaveLength(3);
    expect(list.observations.filter((o) => o.complete)).toHaveLength(1);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await count('pattern_observations');
    const post = (body: unknown) => send(analist(), 'POST', '/api/v1/observations', body);
    const base = { questionnaire: 'zo-thuis', title: 'x', strength: 'sterk' };
    await refused(await post({ ...base, strength: 'enorm' }), 400, 'strength');
    await refused(await post({ ...base, title: '   ', source: { kind: 'pattern', a: pattern.a, b: pattern.b } }), 400, 'title', 'missing');
    await refused(await post({ ...base, source: { kind: 'grafiek' } }), 400, 'source.kind');
    await refused(await post({ ...base, source: { kind: 'pattern', a: pattern.a } }), 400, 'source.b', 'missing');
    await refused(await post({ ...base, source: { kind: 'pattern', a: 'bestaat_niet', b: pattern.b, filter: [] } }), 400, 'source.patroon', 'unknown-pattern');
    await refused(await post({ ...base, source: { kind: 'pattern', a: pattern.a, b: pattern.b, filter: [['astronaut', 'ja']] } }), 400, 'source.astronaut');
    await refused(await post({ ...base, source: { kind: 'pattern', a: pattern.a, b: pattern.b, filter: 'rol=jongere' } }), 400, 'source.filter', 'bad-filter');
    await refused(await post({ ...base, source: { kind: 'compare', subsets: { a: 'rol=jongere' } } }), 400, 'source.subsets', 'too-few-subsets');
    await refused(await post({ ...base, source: { kind: 'compare', subsets: { a: 'rol=jongere', b: 'rol=jongere' } } }), 400, 'source.b');
    const broken = await post('{"title":');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toContain('application/problem+json');
    await refused(
      await post({ ...base, questionnaire: 'bestaat-niet', source: { kind: 'pattern', a: pattern.a, b: pattern.b, filter: [] } }),
      404,
      'questionnaire',
    );
    // The page's form with a tampered hidden source: an error page that says why, never a 500.
    for (const source of ['geen json', '{"kind":"grafiek"}', JSON.stringify({ kind: 'pattern', a: 'bestaat_niet', b: pattern.b, filter: [] })]) {
      const page = await app.request('/observaties', {
        method: 'POST',
        headers: { origin: 'http://localhost', cookie: analist().cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: analist().csrfToken, questionnaire: 'zo-thuis', source, title: 'x', strength: 'sterk' }).toString(),
      });
      expect(page.status).toBe(400);
    }
    expect(await count('pattern_observations')).toBe(before);

    const [first] = ((await (await send(analist(), 'GET', '/api/v1/observations')).json()) as { observations: ObservationBody[] }).observations;
    const interpretations = await count('interpretations');
    await refused(await send(analist(), 'POST', `/api/v1/observations/${first!.id}/interpretations`, { text: '' }), 400, 'text', 'missing');
    await refused(await send(analist(), 'POST', `/api/v1/observations/${first!.id}/interpretations`, { text: 'x'.repeat(4001) }), 400, 'text', 'too-long');
    await refused(await send(analist(), 'POST', `/api/v1/observations/${first!.id}/interpretations`, { text: 7 }), 400, 'text');
    expect(await count('interpretations')).toBe(interpretations);
  });

  it('clusters interpretations into perspectives on the board of their questionnaire', async () => {
    const board = '/api/v1/questionnaires/zo-thuis/perspectives';
    const made = await send(analist(), 'POST', board, { name: 'Toegang tot hulp' });
    expect(made.status).toBe(201);
    const perspective = (await made.json()) as { id: string };
    await refused(await send(analist(), 'POST', board, { name: 'toegang tot hulp' }), 400, 'name', 'duplicate');
    await refused(await send(analist(), 'POST', board, { name: '' }), 400, 'name', 'missing');
    const before = (await (await send(analist(), 'GET', board)).json()) as {
      unsorted: { id: string }[];
      perspectives: { id: string; interpretations: unknown[] }[];
    };
    expect(before.unsorted).toHaveLength(2);
    const card = before.unsorted[0]!.id;
    expect((await send(analist(), 'PUT', `/api/v1/interpretations/${card}/perspective`, { perspective: perspective.id })).status).toBe(204);
    const after = (await (await send(tenants.callers.a.gespreksleider, 'GET', board)).json()) as typeof before;
    expect(after.unsorted.map((c) => c.id)).not.toContain(card);
    expect(after.perspectives[0]!.interpretations).toMatchObject([{ id: card }]);
    await refused(
      await send(analist(), 'PUT', `/api/v1/interpretations/${card}/perspective`, { perspective: '00000000-0000-4000-8000-000000000000' }),
      400,
      'perspective',
    );
    await refused(await send(analist(), 'PUT', `/api/v1/interpretations/${card}/perspective`, { perspective: 5 }), 400, 'perspective');
    expect((await send(analist(), 'PUT', `/api/v1/interpretations/${card}/perspective`, { perspective: null })).status).toBe(204);
    expect((await send(analist(), 'PUT', `/api/v1/interpretations/${card}/perspective`, { perspective: perspective.id })).status).toBe(204);
  });

  it('puts only a complete observation in a monitor, and says why not', async () => {
    const { observations } = (await (await send(analist(), 'GET', '/api/v1/observations')).json()) as { observations: ObservationBody[] };
    const complete = observations.find((o) => o.complete)!;
    const incomplete = observations.find((o) => !o.complete)!;
    const opgave = (
      (await handle.db.execute(sql`select key from opgaven where tenant_id = ${tenants.a.tenantId} order by key limit 1`)) as unknown as {
        rows: { key: string }[];
      }
    ).rows[0]!.key;
    await refused(await send(analist(), 'PUT', `/api/v1/observations/${incomplete.id}/monitor`, { opgave }), 400, 'opgave', 'incomplete-observation');
    await refused(await send(analist(), 'PUT', `/api/v1/observations/${complete.id}/monitor`, { opgave: 'bestaat-niet' }), 400, 'opgave', 'unknown-opgave');
    const set = await send(analist(), 'PUT', `/api/v1/observations/${complete.id}/monitor`, { opgave });
    expect(set.status).toBe(200);
    expect(((await set.json()) as ObservationBody).opgave).toBe(opgave);
  });

  it("feeds a dialogue's material and session pack, only when complete", async () => {
    const { observations } = (await (await send(analist(), 'GET', '/api/v1/observations')).json()) as { observations: (ObservationBody & { title: string })[] };
    const complete = observations.find((o) => o.complete)!;
    const incomplete = observations.find((o) => !o.complete)!;
    const planned = await send(analist(), 'POST', '/api/v1/dialogues', { kind: 'sensemaking', title: 'Duidingssessie' });
    expect(planned.status, await planned.clone().text()).toBe(201);
    const { id } = (await planned.json()) as { id: string };
    const addMaterial = (observation: string) =>
      app.request(`/dialogen/${id}/materiaal`, {
        method: 'POST',
        headers: { origin: 'http://localhost', cookie: analist().cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: analist().csrfToken, kind: 'observation', observation }).toString(),
      });
    const refusedPage = await addMaterial(incomplete.id);
    expect(refusedPage.status).toBe(400);
    expect(await refusedPage.text()).toContain('schrijf er eerst minstens 2 die met elkaar wedijveren');
    expect((await addMaterial(complete.id)).status).toBe(303);
    const dialogue = (await (await send(analist(), 'GET', `/api/v1/dialogues/${id}`)).json()) as { material: { kind: string; label: string | null }[] };
    expect(dialogue.material).toEqual([{ kind: 'observation', observation: complete.id, label: complete.title }]);
    const pack = await (await send(analist(), 'GET', `/dialogen/${id}/sessiepakket`)).text();
    expect(pack).toContain('Wat we zagen');
    for (const i of complete.interpretations) expect(pack).toContain(i.text);
  });

  it('lets the facilitator read but not write, and the council neither', async () => {
    const leader = tenants.callers.a.gespreksleider;
    expect((await send(leader, 'GET', '/api/v1/observations')).status).toBe(200);
    expect((await send(leader, 'POST', '/api/v1/observations', { questionnaire: 'zo-thuis' })).status).toBe(403);
    expect((await send(tenants.callers.a.raad, 'GET', '/api/v1/observations')).status).toBe(403);
    expect((await send(tenants.callers.a.aanbieder, 'GET', '/api/v1/questionnaires/zo-thuis/perspectives')).status).toBe(403);
  });

  it("keeps one municipality's observations from another", async () => {
    const { observations } = (await (await send(analist(), 'GET', '/api/v1/observations')).json()) as { observations: ObservationBody[] };
    const target = observations[0]!;
    const other = tenants.callers.b.analist;
    expect(((await (await send(other, 'GET', '/api/v1/observations')).json()) as { observations: unknown[] }).observations).toEqual([]);
    expect((await send(other, 'GET', `/api/v1/observations/${target.id}`)).status).toBe(404);
    expect((await send(other, 'POST', `/api/v1/observations/${target.id}/interpretations`, { text: 'van B' })).status).toBe(404);
    expect((await send(other, 'DELETE', `/api/v1/observations/${target.id}`)).status).toBe(404);
    const card = target.interpretations[0];
    if (card) expect((await send(other, 'PUT', `/api/v1/interpretations/${card.id}/perspective`, { perspective: null })).status).toBe(404);
    expect((await send(other, 'GET', '/api/v1/questionnaires/zo-thuis/perspectives')).status).toBe(404);
    // Row-level security as the second line: B's database session sees none of A's rows.
    expect((await send(analist(), 'GET', `/api/v1/observations/${target.id}`)).status).toBe(200);
  });
});

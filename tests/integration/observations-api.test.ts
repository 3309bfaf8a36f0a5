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
  /** A page's form post, as the browser sends it (the CSRF token in the form). */
  const postForm = (caller: Caller, path: string, fields: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { origin: 'http://localhost', cookie: caller.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: caller.csrfToken, ...fields }).toString(),
    });
  const getPage = (caller: Caller, path: string) => app.request(path, { headers: { cookie: caller.cookie } });
  const auditOf = async (subject: string) =>
    (
      (await handle.db.execute(
        sql`select action, detail from audit_log where tenant_id = ${tenants.a.tenantId} and subject = ${subject} order by id`,
      )) as unknown as { rows: { action: string; detail: Record<string, unknown> | null }[] }
    ).rows;
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

  it('changes an observation on its page with the messages of the new-observation form, audited; others are refused', async () => {
    const made = await write({ source: { kind: 'pattern', a: pattern.a, b: pattern.b, filter: [] }, title: 'Eerste titel', body: 'Oud.' });
    const edit = `/observaties/${made.id}/bewerken`;
    const form = await getPage(analist(), edit);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('value="Eerste titel"');

    // Blank title and no strength: the same messages, field by field, as writing a new one.
    const again = await postForm(analist(), edit, { title: '  ', body: 'Nieuw.', strength: '' });
    expect(again.status).toBe(400);
    const page = await again.text();
    const create = await postForm(analist(), '/observaties', {
      questionnaire: 'zo-thuis',
      source: JSON.stringify({ kind: 'pattern', a: pattern.a, b: pattern.b, filter: [] }),
      title: '  ',
      strength: '',
    });
    expect(create.status).toBe(400);
    const createPage = await create.text();
    for (const message of ['dit veld is verplicht', 'kies sterk, middel of zwak', 'href="#veld-title"', 'href="#veld-strength"']) {
      expect(createPage).toContain(message);
      expect(page).toContain(message);
    }
    expect(page).toContain('Nieuw.'); // the input comes back
    expect(((await (await send(analist(), 'GET', `/api/v1/observations/${made.id}`)).json()) as { title: string }).title).toBe('Eerste titel');

    const saved = await postForm(analist(), edit, { title: 'Tweede titel', body: 'Nieuw.', strength: 'zwak' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/observaties/${made.id}?gedaan=bewerkt`);
    expect(await (await getPage(analist(), `/observaties/${made.id}?gedaan=bewerkt`)).text()).toContain('De observatie is aangepast.');
    expect(await (await send(analist(), 'GET', `/api/v1/observations/${made.id}`)).json()).toMatchObject({
      title: 'Tweede titel',
      body: 'Nieuw.',
      strength: 'zwak',
    });
    expect((await auditOf(made.id)).map((r) => r.action)).toEqual(['observation.edit']);

    // A role without observations.write, and another municipality: refused, nothing changed.
    const leader = tenants.callers.a.gespreksleider;
    expect((await getPage(leader, edit)).status).toBe(403);
    expect((await postForm(leader, edit, { title: 'Van de gespreksleider', strength: 'sterk' })).status).toBe(403);
    expect((await postForm(leader, `/observaties/${made.id}/verwijderen`, { bevestigd: 'ja' })).status).toBe(403);
    const other = tenants.callers.b.analist;
    expect((await getPage(other, edit)).status).toBe(404);
    expect((await postForm(other, edit, { title: 'Van B', strength: 'sterk' })).status).toBe(404);
    expect((await postForm(other, `/observaties/${made.id}/verwijderen`, { bevestigd: 'ja' })).status).toBe(404);
    expect(await (await send(analist(), 'GET', `/api/v1/observations/${made.id}`)).json()).toMatchObject({ title: 'Tweede titel' });
  });

  it('removes an observation after a confirmation that names what goes with it, audited', async () => {
    const made = await write({ source: { kind: 'pattern', a: pattern.a, b: pattern.b, filter: [] }, title: 'Weg ermee' });
    for (const text of ['Eerste lezing.', 'Tweede lezing.']) {
      expect((await send(analist(), 'POST', `/api/v1/observations/${made.id}/interpretations`, { text })).status).toBe(201);
    }
    const { interpretations } = (await (await send(analist(), 'GET', `/api/v1/observations/${made.id}`)).json()) as ObservationBody;
    const board = (await (await send(analist(), 'GET', '/api/v1/questionnaires/zo-thuis/perspectives')).json()) as { perspectives: { id: string }[] };
    await send(analist(), 'PUT', `/api/v1/interpretations/${interpretations[0]!.id}/perspective`, { perspective: board.perspectives[0]!.id });

    const remove = `/observaties/${made.id}/verwijderen`;
    const ask = await postForm(analist(), remove);
    expect(ask.status).toBe(200);
    const question = await ask.text();
    expect(question).toContain('Weg ermee');
    expect(question).toContain('De 2 duidingen verdwijnen ook, en daarmee 1 kaart van het perspectievenbord.');
    expect(question).toContain('name="bevestigd" value="ja"');
    expect((await send(analist(), 'GET', `/api/v1/observations/${made.id}`)).status).toBe(200); // asking removed nothing

    const done = await postForm(analist(), remove, { bevestigd: 'ja' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/observaties?gedaan=verwijderd');
    expect(await (await getPage(analist(), '/observaties?gedaan=verwijderd')).text()).toContain('De observatie is verwijderd.');
    expect((await send(analist(), 'GET', `/api/v1/observations/${made.id}`)).status).toBe(404);
    const left = (await handle.db.execute(sql`select count(*)::int as n from interpretations where observation_id = ${made.id}`)) as unknown as {
      rows: { n: number }[];
    };
    expect(left.rows[0]!.n).toBe(0);
    expect(await auditOf(made.id)).toEqual([
      { action: 'observation.delete', detail: { questionnaire: 'zo-thuis', interpretations: 2, placed: 1, dialogues: 0 } },
    ]);
    expect((await postForm(analist(), remove, { bevestigd: 'ja' })).status).toBe(404);
  });

  it('renames and removes a perspective on the board; its cards go back to "not placed", audited', async () => {
    const boardApi = '/api/v1/questionnaires/zo-thuis/perspectives';
    const made = (await (await send(analist(), 'POST', boardApi, { name: 'Tijdelijk' })).json()) as { id: string };
    const taken = (await (await send(analist(), 'POST', boardApi, { name: 'Bezet' })).json()) as { id: string };
    const before = (await (await send(analist(), 'GET', boardApi)).json()) as { unsorted: { id: string }[] };
    const card = before.unsorted[0]!.id;
    expect((await send(analist(), 'PUT', `/api/v1/interpretations/${card}/perspective`, { perspective: made.id })).status).toBe(204);

    const edit = `/perspectieven/zo-thuis/${made.id}/bewerken`;
    const form = await getPage(analist(), edit);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('value="Tijdelijk"');
    const duplicate = await postForm(analist(), edit, { name: 'bezet', description: '' });
    expect(duplicate.status).toBe(400);
    expect(await duplicate.text()).toContain('er is al een perspectief &quot;bezet&quot;');
    const blank = await postForm(analist(), edit, { name: ' ', description: 'Iets' });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain('dit veld is verplicht');
    // Its own name in other letters is no duplicate.
    const renamed = await postForm(analist(), edit, { name: 'Steun van dichtbij', description: 'Familie en buren' });
    expect(renamed.status).toBe(303);
    expect(renamed.headers.get('location')).toBe('/perspectieven/zo-thuis?gedaan=hernoemd');
    const after = (await (await send(analist(), 'GET', boardApi)).json()) as {
      perspectives: { id: string; name: string; description: string; interpretations: { id: string }[] }[];
    };
    expect(after.perspectives.find((p) => p.id === made.id)).toMatchObject({
      name: 'Steun van dichtbij',
      description: 'Familie en buren',
      interpretations: [{ id: card }],
    });
    const boardPage = await (await getPage(analist(), '/perspectieven/zo-thuis?gedaan=hernoemd')).text();
    expect(boardPage).toContain('Het perspectief is aangepast.');
    expect(boardPage).toContain(`action="/perspectieven/zo-thuis/${made.id}/verwijderen"`);

    // Not for the facilitator; not a perspective of another board or municipality.
    const leader = tenants.callers.a.gespreksleider;
    expect((await getPage(leader, edit)).status).toBe(403);
    expect((await postForm(leader, `/perspectieven/zo-thuis/${made.id}/verwijderen`, { bevestigd: 'ja' })).status).toBe(403);
    expect(await (await getPage(leader, '/perspectieven/zo-thuis')).text()).not.toContain('/verwijderen"');
    const other = tenants.callers.b.analist;
    expect((await getPage(other, edit)).status).toBe(404);
    expect((await postForm(other, `/perspectieven/zo-thuis/${made.id}/verwijderen`, { bevestigd: 'ja' })).status).toBe(404);
    expect((await postForm(other, `/perspectieven/tweede/${made.id}/verwijderen`, { bevestigd: 'ja' })).status).toBe(404);
    expect((await getPage(analist(), '/perspectieven/zo-thuis/00000000-0000-4000-8000-000000000000/bewerken')).status).toBe(404);

    const remove = `/perspectieven/zo-thuis/${made.id}/verwijderen`;
    const ask = await postForm(analist(), remove);
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('De duiding erin blijft bestaan en komt terug bij &quot;Nog niet ingedeeld&quot;.');
    const done = await postForm(analist(), remove, { bevestigd: 'ja' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/perspectieven/zo-thuis?gedaan=weggehaald');
    const last = (await (await send(analist(), 'GET', boardApi)).json()) as { perspectives: { id: string }[]; unsorted: { id: string }[] };
    expect(last.perspectives.map((p) => p.id)).not.toContain(made.id);
    expect(last.perspectives.map((p) => p.id)).toContain(taken.id);
    expect(last.unsorted.map((c) => c.id)).toContain(card);
    expect((await auditOf(made.id)).map((r) => [r.action, r.detail])).toEqual([
      ['perspective.edit', {}],
      ['perspective.delete', { questionnaire: 'zo-thuis', interpretations: 1 }],
    ]);
  });
});

// The network's quality reviews over the API and the pages (issue 15, docs/network.md), on PGlite
// and PostgreSQL: plan, record, bring a case, agree and follow up an action; non-members get 404,
// roles that may not get 403, bad input is a 400 naming the field and writes nothing, a case with
// a BSN and a phone number is stored redacted and the writer is told how many details went, and a
// member that is not named is "een gemeente in het netwerk".
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import * as schema from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { createNetwork, joinNetworkAsOperator } from '../../src/services/network/operator.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { type NetworkCaller, regionTenant, type RegionTenant } from '../support/network-fixture.ts';

interface ProblemBody {
  status: number;
  detail_nl: string;
  errors?: { field?: string; code: string; nl: string }[];
}

describe.each(testDatabaseTargets())('quality reviews of a network on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let amersfoort: RegionTenant;
  let leusden: RegionTenant;
  let soest: RegionTenant;
  let reviewId: string;
  const api = '/api/v1/networks/eemland/reviews';

  const send = (caller: NetworkCaller, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        cookie: caller.cookie,
        origin: 'http://localhost',
        ...(body === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': caller.csrfToken }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const post = (caller: NetworkCaller, path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: 'POST',
      headers: { cookie: caller.cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: caller.csrfToken, ...fields }).toString(),
    });
  const count = async (table: string) =>
    ((await handle.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
  const fieldsOf = async (response: Response) => ((await response.json()) as ProblemBody).errors?.map((e) => e.field);

  beforeAll(async () => {
    handle = await create();
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    amersfoort = await regionTenant(handle, 'amersfoort', 'Gemeente Amersfoort');
    leusden = await regionTenant(handle, 'leusden', 'Gemeente Leusden');
    soest = await regionTenant(handle, 'soest', 'Gemeente Soest');
    await createNetwork(handle.db, { slug: 'eemland', name: 'Regio Eemland' });
    await joinNetworkAsOperator(handle.db, { network: 'eemland', tenant: 'amersfoort' });
    await joinNetworkAsOperator(handle.db, { network: 'eemland', tenant: 'leusden' });
    // Amersfoort chose to be named; Leusden did not.
    await handle.db.update(schema.networkMembers).set({ named: true }).where(eq(schema.networkMembers.tenantId, amersfoort.tenantId));
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('lets the gespreksleider plan a review, shows it to members, and answers 404 to a non-member', async () => {
    const empty = await send(leusden.callers.analist, 'GET', api);
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ network: { slug: 'eemland', name: 'Regio Eemland' }, reviews: [] });

    const planned = await send(amersfoort.callers.gespreksleider, 'POST', api, {
      title: 'Kwaliteitsreview wachttijden',
      heldOn: '2026-05-12',
      participants: [{ role: 'aanbieder', name: 'De Linde' }, { role: 'professional' }],
    });
    expect(planned.status).toBe(201);
    reviewId = ((await planned.json()) as { id: string }).id;

    const list = (await (await send(leusden.callers.beheerder, 'GET', api)).json()) as { reviews: { id: string; title: string; cases: number }[] };
    expect(list.reviews.map((r) => [r.id, r.title, r.cases])).toEqual([[reviewId, 'Kwaliteitsreview wachttijden', 0]]);
    const read = (await (await send(leusden.callers.gespreksleider, 'GET', `${api}/${reviewId}`)).json()) as {
      participants: unknown;
      kind: string;
    };
    expect(read.kind).toBe('kwaliteitsreview');
    expect(read.participants).toEqual([
      { role: 'aanbieder', name: 'De Linde' },
      { role: 'professional', name: '' },
    ]);

    // Soest is no member: the network does not exist for it, whatever it asks.
    for (const [method, path, body] of [
      ['GET', api, undefined],
      ['GET', `${api}/${reviewId}`, undefined],
      ['POST', api, { title: 'Van buiten' }],
      ['POST', `${api}/${reviewId}/cases`, { title: 'x', summary: 'y' }],
    ] as const) {
      const role = method === 'GET' ? 'analist' : path.endsWith('cases') ? 'analist' : 'gespreksleider';
      const response = await send(soest.callers[role], method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain('Kwaliteitsreview wachttijden');
    }
    expect((await send(soest.callers.analist, 'GET', '/netwerken/eemland/reviews')).status).toBe(404);
    expect(await count('network_reviews')).toBe(1);
  });

  it('refuses roles that may not: 403, nothing written', async () => {
    expect((await send(amersfoort.callers.analist, 'POST', api, { title: 'Analist plant' })).status).toBe(403);
    expect((await send(amersfoort.callers.beheerder, 'PUT', `${api}/${reviewId}/record`, { seen: 'x' })).status).toBe(403);
    expect((await send(amersfoort.callers.raad, 'GET', api)).status).toBe(403);
    expect((await send(amersfoort.callers.aanbieder, 'GET', `${api}/${reviewId}`)).status).toBe(403);
    expect((await send(amersfoort.callers.netwerkcoordinator, 'POST', `${api}/${reviewId}/cases`, { title: 'x', summary: 'y' })).status).toBe(403);
    expect((await send(amersfoort.callers.interviewer, 'POST', `${api}/${reviewId}/actions`, {})).status).toBe(403);
    expect(await count('network_reviews')).toBe(1);
    expect(await count('network_review_cases')).toBe(0);
  });

  it('refuses bad input with a 400 that names the field, and writes nothing', async () => {
    const blank = await send(amersfoort.callers.gespreksleider, 'POST', api, { title: '  ', heldOn: '2026-02-30' });
    expect(blank.status).toBe(400);
    const body = (await blank.json()) as ProblemBody;
    expect(body.errors?.map((e) => [e.field, e.code])).toEqual([
      ['title', 'missing'],
      ['heldOn', 'bad-date'],
    ]);
    expect(body.errors![0]!.nl).toBe('dit veld is verplicht');
    expect(await fieldsOf(await send(amersfoort.callers.gespreksleider, 'POST', api, { heldOn: '2026-01-01' }))).toEqual(['title']);
    const action = await send(amersfoort.callers.netwerkcoordinator, 'POST', `${api}/${reviewId}/actions`, {
      kind: 'bellen',
      description: 'x',
      owner: 'y',
      learningLevel: 4,
    });
    expect(action.status).toBe(400);
    expect(await fieldsOf(action)).toEqual(['kind', 'learningLevel']);
    const noOwner = await send(amersfoort.callers.netwerkcoordinator, 'POST', `${api}/${reviewId}/actions`, {
      kind: 'praktijk',
      description: 'Samen een wachtlijstaanpak',
      owner: ' ',
      dueOn: 'morgen',
      learningLevel: 2,
    });
    expect(await fieldsOf(noOwner)).toEqual(['owner', 'dueOn']);
    expect(await fieldsOf(await send(leusden.callers.analist, 'POST', `${api}/${reviewId}/cases`, { title: 'Zonder samenvatting', summary: '' }))).toEqual([
      'summary',
    ]);
    const unknown = await send(leusden.callers.analist, 'GET', `${api}/00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ProblemBody).errors?.[0]?.field).toBe('review');
    expect(await count('network_reviews')).toBe(1);
    expect(await count('network_review_actions')).toBe(0);
    expect(await count('network_review_cases')).toBe(0);
  });

  it('stores a case redacted, says how many details went, and names a member only when it is named', async () => {
    const brought = await send(leusden.callers.analist, 'POST', `${api}/${reviewId}/cases`, {
      title: 'Lang wachten op hulp',
      summary: 'Moeder (BSN 111222333) belde 06-12345678 drie keer. Pas na vier maanden kwam er hulp.',
      period: '2026-Q1',
    });
    expect(brought.status).toBe(201);
    const { removed } = (await brought.json()) as { removed: number };
    expect(removed).toBe(2);
    const stored = (
      (await handle.db.execute(sql`select summary, member_tenant_id from network_review_cases`)) as unknown as {
        rows: { summary: string; member_tenant_id: string }[];
      }
    ).rows;
    expect(stored).toHaveLength(1);
    expect(stored[0]!.summary).not.toMatch(/111222333|12345678/);
    expect(stored[0]!.summary).toContain('Pas na vier maanden kwam er hulp.');
    expect(stored[0]!.member_tenant_id).toBe(leusden.tenantId);

    await send(amersfoort.callers.beheerder, 'POST', `${api}/${reviewId}/cases`, { title: 'Goede overdracht', summary: 'Het wijkteam nam het over.' });
    const read = (await (await send(amersfoort.callers.gespreksleider, 'GET', `${api}/${reviewId}`)).json()) as {
      cases: { title: string; member: string | null }[];
    };
    expect(read.cases.map((c) => [c.title, c.member])).toEqual([
      ['Lang wachten op hulp', null],
      ['Goede overdracht', 'Gemeente Amersfoort'],
    ]);

    // The page says the same: Leusden is "een gemeente in het netwerk", and the writer hears what was removed.
    const page = await post(leusden.callers.gespreksleider, `/netwerken/eemland/reviews/${reviewId}/casussen`, {
      title: 'Bellen',
      summary: 'Bel 030-1234567 voor meer.',
    });
    expect(page.status).toBe(303);
    const location = page.headers.get('location')!;
    expect(location).toMatch(/verwijderd=1/);
    const own = await (await app.request(location, { headers: { cookie: leusden.callers.gespreksleider.cookie } })).text();
    expect(own).toContain('we hebben 1 persoonlijk gegeven');
    expect(own).not.toContain('1234567');
    // Leusden sees its own name; Amersfoort sees Leusden's cases as "een gemeente in het netwerk".
    expect(own).toContain('<dd>Gemeente Leusden</dd>');
    const other = await (await app.request(`/netwerken/eemland/reviews/${reviewId}`, { headers: { cookie: amersfoort.callers.analist.cookie } })).text();
    expect(other.match(/<dd>een gemeente in het netwerk<\/dd>/g)).toHaveLength(2);
    expect(other).toContain('<dd>Gemeente Amersfoort</dd>');
    expect(other).not.toContain('Gemeente Leusden');
  });

  it('records the review, agrees an action with a learning level, and follows it up', async () => {
    const recorded = await send(amersfoort.callers.netwerkcoordinator, 'PUT', `${api}/${reviewId}/record`, {
      seen: 'Wachttijden lopen op. Mail naar info@voorbeeld.nl kwam niet aan.',
      interpretations: 'Capaciteit, of de manier van verwijzen?',
      participants: [{ role: 'raad', name: '' }],
    });
    expect(recorded.status).toBe(200);
    expect(await recorded.json()).toEqual({ removed: 1 });
    const agreed = await send(amersfoort.callers.netwerkcoordinator, 'POST', `${api}/${reviewId}/actions`, {
      kind: 'contract-afspraken',
      description: 'Afspraak over wachttijden met alle aanbieders',
      owner: 'Regio Eemland',
      dueOn: '2026-09-01',
      learningLevel: 3,
    });
    expect(agreed.status).toBe(201);
    const actionId = ((await agreed.json()) as { id: string }).id;
    const follow = await send(leusden.callers.gespreksleider, 'PATCH', `${api}/${reviewId}/actions/${actionId}`, { status: 'loopt', followUp: 'Gestart.' });
    expect(follow.status).toBe(200);
    expect((await send(leusden.callers.gespreksleider, 'PATCH', `${api}/${reviewId}/actions/${actionId}`, { status: 'klaar' })).status).toBe(400);
    expect((await send(leusden.callers.gespreksleider, 'PATCH', `${api}/${reviewId}/actions/not-an-id`, { status: 'open' })).status).toBe(404);

    const read = (await (await send(leusden.callers.beheerder, 'GET', `${api}/${reviewId}`)).json()) as {
      seen: string;
      participants: unknown;
      actions: { learningLevel: number; status: string; followUp: string }[];
    };
    expect(read.seen).not.toContain('info@voorbeeld.nl');
    expect(read.participants).toEqual([{ role: 'raad', name: '' }]);
    expect(read.actions.map((a) => [a.learningLevel, a.status, a.followUp])).toEqual([[3, 'loopt', 'Gestart.']]);
  });

  it('plans on the page without JavaScript; a rejected form comes back naming the field', async () => {
    const list = await app.request('/netwerken/eemland/reviews', { headers: { cookie: amersfoort.callers.gespreksleider.cookie } });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('Kwaliteitsreview plannen');
    const rejected = await post(amersfoort.callers.gespreksleider, '/netwerken/eemland/reviews', { title: '', heldOn: '2026-13-01', role_raad: 'ja' });
    expect(rejected.status).toBe(400);
    const html = await rejected.text();
    expect(html).toContain('href="#review-titel"');
    expect(html).toContain('Titel: dit veld is verplicht');
    expect(html).toContain('href="#review-datum"');
    const planned = await post(amersfoort.callers.gespreksleider, '/netwerken/eemland/reviews', {
      title: 'Tweede review',
      role_raad: 'ja',
      name_raad: 'Jansen',
    });
    expect(planned.status).toBe(303);
    const page = await (await app.request(planned.headers.get('location')!, { headers: { cookie: amersfoort.callers.analist.cookie } })).text();
    expect(page).toContain('Tweede review');
    expect(page).toContain('Raad: Jansen');
    // The analist may bring a case but not record: no record form, a case form.
    expect(page).not.toContain('/verslag"');
    expect(page).toContain('/casussen"');
    // A bad action on the page: the review again with the problems, nothing written.
    const id = planned.headers.get('location')!.split('/').pop()!.split('?')[0]!;
    const bad = await post(amersfoort.callers.gespreksleider, `/netwerken/eemland/reviews/${id}/acties`, {
      kind: 'praktijk',
      description: '',
      owner: 'Wijkteam',
      learningLevel: '2',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('href="#actie-beschrijving"');
    expect(await count('network_review_actions')).toBe(1);
    expect((await post(amersfoort.callers.analist, `/netwerken/eemland/reviews/${id}/acties`, { kind: 'praktijk' })).status).toBe(403);
  });
});

// Published network reports (issue 15, docs/network.md "Published reports"), on PGlite and
// PostgreSQL, over the demo's fictional region (Voorbeeld, Proefhoven, Oefenmeer): the
// coordinator publishes; a member leaves; a new comparison no longer includes it, the published
// report still does and says that a member has left since. Non-members get 404, roles that may
// not get 403, bad input a 400 naming the field; the stored view never shows an aggregate that a
// member that is not named could subtract its own figure from.
import { hash } from '@node-rs/argon2';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { upsertUser } from '../../src/db/repositories/users.repository.ts';
import * as schema from '../../src/db/schema/index.ts';
import type { NetworkCompareDocument } from '../../src/services/network-compare/compare.ts';
import type { PublishedReport } from '../../src/services/network-compare/reports.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { seedDemoRegion, type DemoRegion } from '../support/demo-region.ts';

const COORDINATOR = 'coordinator@voorbeeldland.example';
const api = '/api/v1/networks/voorbeeldland/reports';

describe.each(testDatabaseTargets())('published network reports on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: DemoRegion['app'];
  let tenantOf: Map<string, string>;
  let signIn: DemoRegion['signIn'];

  beforeAll(async () => {
    handle = await create();
    ({ app, tenantOf, signIn } = await seedDemoRegion(handle, 120));
  }, 600_000);
  afterAll(async () => handle?.close());

  const as = (email: string) => signIn(email);

  const get = async (email: string, path: string) => app.request(path, { headers: { cookie: (await as(email)).cookie } });
  const publish = async (email: string, body: unknown) => {
    const s = await as(email);
    return app.request(api, {
      method: 'POST',
      headers: { cookie: s.cookie, origin: 'http://localhost', 'content-type': 'application/json', 'x-csrf-token': s.csrf },
      body: JSON.stringify(body),
    });
  };
  const reportCount = async () =>
    ((await handle.db.execute(sql`select count(*)::int as n from network_reports`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
  const setNamed = (slug: string, named: boolean) =>
    handle.db
      .update(schema.networkMembers)
      .set({ named })
      .where(eq(schema.networkMembers.tenantId, tenantOf.get(slug)!));
  const tooFew = { tooFewMembers: true };

  it('refuses bad input naming the field, a role that may not publish, and a non-member', async () => {
    const bad = await publish(COORDINATOR, { title: '  ', from: '2026-13' });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: { field: string; nl: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['from', 'title']);
    expect(problem.errors.find((e) => e.field === 'title')!.nl).toMatch(/titel/);
    const order = await publish(COORDINATOR, { title: 'Verkeerd om', from: '2026-05', to: '2026-02' });
    expect(order.status).toBe(400);
    expect(((await order.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['to']);
    // Only the coordinator publishes (network.manage); raad does not even read (network.read).
    expect((await publish('analist@voorbeeld.example', { title: 'Van de analist' })).status).toBe(403);
    expect((await get('raad@voorbeeld.example', api)).status).toBe(403);
    // A municipality that is not a member: 404, as an unknown network.
    expect((await get('analist@buiten.example', api)).status).toBe(404);
    expect(await reportCount()).toBe(0);
  });

  it('lists no reports at first', async () => {
    const empty = await get('analist@proefhoven.example', api);
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ network: { slug: 'voorbeeldland', name: expect.any(String) }, reports: [] });
  });

  it('keeps a published report when a member leaves, and says that it left; the next comparison leaves it out', async () => {
    const published = await publish(COORDINATOR, { title: 'Eerste rapport', from: '2020-01' });
    expect(published.status).toBe(201);
    const { id, period } = (await published.json()) as { id: string; period: { from: string | null } };
    expect(period.from).toBe('2020-01');
    const list = (await (await get('analist@proefhoven.example', api)).json()) as { reports: { id: string; title: string }[] };
    expect(list.reports.map((r) => [r.id, r.title])).toEqual([[id, 'Eerste rapport']]);

    const before = (await (await get('analist@proefhoven.example', `${api}/${id}`)).json()) as { report: PublishedReport };
    expect(before.report.document.viewer).toBe('published');
    expect(before.report.members.map((m) => m.label).sort()).toEqual(['Gemeente Oefenmeer', 'Gemeente Proefhoven', 'Gemeente Voorbeeld']);
    expect(before.report.leftSince).toEqual({ count: 0, named: [] });
    const storiesBefore = before.report.document.stories.network;
    expect(typeof storiesBefore).toBe('number');
    // A report has no "own" municipality and no "rest of the network": it is the same for every member.
    expect(before.report.document.members.every((m) => !m.own)).toBe(true);
    expect(before.report.document.stories.rest).toBeNull();
    expect(JSON.stringify(before)).not.toContain(tenantOf.get('oefenmeer')!);

    const oefenmeer = tenantOf.get('oefenmeer')!;
    await handle.db
      .update(schema.networkMembers)
      .set({ leftAt: new Date() })
      .where(and(eq(schema.networkMembers.tenantId, oefenmeer), isNull(schema.networkMembers.leftAt)));

    const now = (await (await get('analist@voorbeeld.example', '/api/v1/networks/voorbeeldland/compare')).json()) as NetworkCompareDocument;
    expect(now.members.map((m) => m.label).sort()).toEqual(['Gemeente Proefhoven', 'Gemeente Voorbeeld']);
    expect(JSON.stringify(now)).not.toContain('Oefenmeer');

    const after = (await (await get('analist@proefhoven.example', `${api}/${id}`)).json()) as { report: PublishedReport };
    expect(after.report.document.members.map((m) => m.label)).toContain('Gemeente Oefenmeer');
    expect(after.report.document.stories.network).toEqual(storiesBefore);
    expect(after.report.leftSince).toEqual({ count: 1, named: ['Gemeente Oefenmeer'] });

    // The page says it too, and the list page shows the report.
    const page = await (await get('analist@proefhoven.example', `/netwerken/voorbeeldland/rapporten/${id}`)).text();
    expect(page).toContain('Momentopname van');
    expect(page).toContain('Gemeente Oefenmeer');
    expect(page).toMatch(/heeft het netwerk verlaten sinds/);
    expect(await (await get('analist@proefhoven.example', '/netwerken/voorbeeldland/rapporten')).text()).toContain('Eerste rapport');

    // The municipality that left reads the network's reports no more.
    await upsertUser(handle.db, { email: 'analist@oefenmeer.example', displayName: 'x', passwordHash: await hash(DEMO_PASSWORD), homeTenantId: oefenmeer });
    expect((await get('analist@oefenmeer.example', `${api}/${id}`)).status).toBe(404);
    await handle.db
      .insert(schema.networkMembers)
      .values({ tenantId: oefenmeer, networkId: (await handle.db.select().from(schema.networks))[0]!.id, consentVia: 'cli', named: true });
  });

  it('stores no aggregate a member that is not named could subtract itself from', async () => {
    for (const slug of ['voorbeeld', 'proefhoven', 'oefenmeer']) await setNamed(slug, false);
    try {
      // The coordinator's own view shows the network (three unseen members) ...
      const live = (await (await get(COORDINATOR, '/api/v1/networks/voorbeeldland/compare')).json()) as NetworkCompareDocument;
      expect(typeof live.stories.network).toBe('number');
      // ... but a report is read by the members, each of which knows its own figure.
      const published = await publish(COORDINATOR, { title: 'Niemand bij naam' });
      expect(published.status).toBe(201);
      const { id } = (await published.json()) as { id: string };
      const read = (await (await get('analist@voorbeeld.example', `${api}/${id}`)).json()) as { report: PublishedReport };
      expect(read.report.document.stories.network).toEqual(tooFew);
      expect(read.report.members.every((m) => m.label.startsWith('gemeente ') && !m.named)).toBe(true);
      expect(JSON.stringify(read)).not.toMatch(/Oefenmeer|Proefhoven|Gemeente Voorbeeld/);
    } finally {
      for (const slug of ['voorbeeld', 'proefhoven', 'oefenmeer']) await setNamed(slug, true);
    }
  });

  it('answers 404 to a report that does not exist or is not an id', async () => {
    expect((await get('analist@voorbeeld.example', `${api}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await get('analist@voorbeeld.example', `${api}/geen-id`)).status).toBe(404);
  });
});

// Story text leaving its municipality (issue 15, docs/network.md "Shared stories"): only when the
// teller consented on the form AND the municipality released it to a network it is a member of.
// Over the API on PGlite and PostgreSQL: no consent → refused, consent → released (redacted again),
// another member reads it, a non-member gets 404, a withdrawal removes the copy; row-level
// security keeps writes to the own member.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import * as schema from '../../src/db/schema/index.ts';
import { tenantDatabase } from '../../src/db/tenant-scope.ts';
import { publishStory } from '../../src/services/moderation.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { seedDemoRegion, type DemoRegion } from '../support/demo-region.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const ORIGIN = 'http://localhost';
const NETWORK = 'voorbeeldland';

interface SharedList {
  stories: { id: string; story: string | null; title: string; text: string; period: string; member: string | null; own: boolean }[];
}

describe.each(testDatabaseTargets())('stories shared with a network on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: DemoRegion['app'];
  let tenantOf: Map<string, string>;
  let signIn: DemoRegion['signIn'];

  beforeAll(async () => {
    handle = await create();
    ({ app, tenantOf, signIn } = await seedDemoRegion(handle, 20));
  }, 600_000);
  afterAll(async () => handle?.close());

  const as = (email: string) => signIn(email);

  const request = async (email: string, method: string, path: string, json?: unknown) => {
    const { cookie, csrf } = await as(email);
    return app.request(path, {
      method,
      headers: { cookie, origin: ORIGIN, 'x-csrf-token': csrf, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  };
  const release = (email: string, story: string, network = NETWORK) => request(email, 'POST', `/api/v1/networks/${network}/stories`, { story });
  const shared = async (email: string, query = '') => {
    const response = await request(email, 'GET', `/api/v1/networks/${NETWORK}/stories${query}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as SharedList).stories;
  };
  const codes = async (response: Response) => ((await response.json()) as { errors?: { code: string; nl: string; en: string }[] }).errors ?? [];

  /** A story told on the public form, with or without the network consent, then published by moderation. */
  async function toldAndPublished(consent: { network?: boolean }) {
    const response = await app.request(`/api/v1/collections/${DEMO_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify(demoSubmission({ consent: { share: true, quote: false, ...consent } })),
    });
    expect(response.status).toBe(201);
    const { id, withdrawalCode } = (await response.json()) as { id: string; withdrawalCode: string };
    const voorbeeld = tenantOf.get('voorbeeld')!;
    await publishStory({ db: tenantDatabase(handle.db, voorbeeld), tenantId: voorbeeld, actorUserId: null }, id);
    return { id, withdrawalCode };
  }

  it('stores the teller’s consent, false unless given', async () => {
    const without = await toldAndPublished({});
    const withConsent = await toldAndPublished({ network: true });
    const rows = await handle.db.select({ id: schema.stories.id, shareConsent: schema.stories.shareConsent }).from(schema.stories);
    const byId = new Map(rows.map((r) => [r.id, r.shareConsent]));
    expect([byId.get(without.id), byId.get(withConsent.id)]).toEqual([false, true]);
    // Imported stories (duiding.stories/v1 has no such column) have none.
    expect(rows.filter((r) => r.shareConsent).length).toBe(1);
    const bad = await app.request(`/api/v1/collections/${DEMO_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify(demoSubmission({ consent: { share: true, quote: false, network: 'ja' } })),
    });
    expect(bad.status).toBe(400);
  });

  it('refuses a story without the teller’s consent, and one that is not published, saying why', async () => {
    const { id } = await toldAndPublished({});
    const refused = await release('analist@voorbeeld.example', id);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const [problem] = await codes(refused);
    expect(problem).toMatchObject({ code: 'no-share-consent' });
    expect(problem!.nl).toContain('toestemming');
    expect(problem!.en).toContain('consent');

    const pending = await app.request(`/api/v1/collections/${DEMO_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify(demoSubmission({ consent: { share: true, quote: false, network: true } })),
    });
    const { id: pendingId } = (await pending.json()) as { id: string };
    expect((await codes(await release('analist@voorbeeld.example', pendingId)))[0]).toMatchObject({ code: 'not-published' });
    expect(await handle.db.select().from(schema.networkStoryReleases)).toEqual([]);
  });

  it('releases a consented story redacted again; another member reads it, a non-member gets 404', async () => {
    const { id } = await toldAndPublished({ network: true });
    // A detail that came in after collection (say, through an edit) is removed again at release.
    const voorbeeld = tenantOf.get('voorbeeld')!;
    await handle.db.update(schema.stories).set({ text: 'Bel mij op 06-98765432, de wachtlijst was lang.' }).where(eq(schema.stories.id, id));
    const released = await release('analist@voorbeeld.example', id);
    expect(released.status).toBe(201);
    expect((await codes(await release('analist@voorbeeld.example', id)))[0]).toMatchObject({ code: 'already-released' });

    const read = await shared('analist@proefhoven.example');
    const copy = read.find((s) => s.text.includes('wachtlijst'))!;
    expect(copy).toMatchObject({ title: 'Hulp die op tijd kwam', member: 'Gemeente Voorbeeld', own: false, story: null });
    expect(copy.text).not.toContain('06-98765432');
    expect(copy.period).toMatch(/^\d{4}-Q[1-4]$/);
    expect((await shared('analist@voorbeeld.example')).find((s) => s.text.includes('wachtlijst'))).toMatchObject({ own: true, story: id });
    // Searchable in Dutch: "wachtlijsten" finds "wachtlijst".
    expect((await shared('analist@proefhoven.example', '?q=wachtlijsten')).length).toBe(1);
    expect(await shared('analist@proefhoven.example', '?q=fietsenstalling')).toEqual([]);

    // Not named → "een gemeente in het netwerk" (null).
    await handle.db.update(schema.networkMembers).set({ named: false }).where(eq(schema.networkMembers.tenantId, voorbeeld));
    expect((await shared('analist@proefhoven.example')).map((s) => s.member)).toEqual([null]);
    await handle.db.update(schema.networkMembers).set({ named: true }).where(eq(schema.networkMembers.tenantId, voorbeeld));

    for (const path of [`/api/v1/networks/${NETWORK}/stories`]) {
      expect((await request('analist@buiten.example', 'GET', path)).status).toBe(404);
      expect((await release('analist@buiten.example', id)).status).toBe(404);
    }
    // Another member cannot release (or reach) Voorbeeld's story: it is not theirs.
    expect((await release('analist@proefhoven.example', id)).status).toBe(404);
    // The council may not release.
    expect((await release('raad@voorbeeld.example', id)).status).toBe(403);
  });

  it('takes a story back, and a teller’s withdrawal removes the released copy', async () => {
    const { id, withdrawalCode } = await toldAndPublished({ network: true });
    expect((await release('analist@voorbeeld.example', id)).status).toBe(201);
    expect((await request('analist@voorbeeld.example', 'DELETE', `/api/v1/networks/${NETWORK}/stories/${id}`)).status).toBe(204);
    expect((await request('analist@voorbeeld.example', 'DELETE', `/api/v1/networks/${NETWORK}/stories/${id}`)).status).toBe(400);
    expect((await release('analist@voorbeeld.example', id)).status).toBe(201);
    const before = (await shared('analist@proefhoven.example')).length;
    const withdrawn = await app.request('/api/v1/stories/withdraw', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ code: withdrawalCode }),
    });
    expect(withdrawn.status).toBeLessThan(300);
    expect((await shared('analist@proefhoven.example')).length).toBe(before - 1);
    expect(await handle.db.select().from(schema.networkStoryReleases).where(eq(schema.networkStoryReleases.storyId, id))).toEqual([]);
  });

  it('keeps writes to the own member (row-level security)', async () => {
    const voorbeeld = tenantOf.get('voorbeeld')!;
    const proefhoven = tenantOf.get('proefhoven')!;
    const [network] = await handle.db.select().from(schema.networks).where(eq(schema.networks.slug, NETWORK));
    const [story] = await handle.db.select().from(schema.stories).where(eq(schema.stories.tenantId, voorbeeld)).limit(1);
    const copy = { networkId: network!.id, storyId: story!.id, title: 't', text: 'x' };
    // Proefhoven cannot release in Voorbeeld's name, nor delete Voorbeeld's releases; Buiten sees none.
    await expect(
      tenantDatabase(handle.db, proefhoven)
        .insert(schema.networkStoryReleases)
        .values({ ...copy, tenantId: voorbeeld }),
    ).rejects.toThrow();
    const { id } = await toldAndPublished({ network: true });
    expect((await release('analist@voorbeeld.example', id)).status).toBe(201);
    await tenantDatabase(handle.db, proefhoven).delete(schema.networkStoryReleases);
    expect((await shared('analist@voorbeeld.example')).some((s) => s.story === id)).toBe(true);
    expect(await tenantDatabase(handle.db, tenantOf.get('buiten')!).select().from(schema.networkStoryReleases)).toEqual([]);
    // A copy is never edited by the application.
    await expect(tenantDatabase(handle.db, voorbeeld).update(schema.networkStoryReleases).set({ text: 'anders' })).rejects.toThrow();
    // Moderation taking the story back (out of published) removes the copy too.
    await handle.db.execute(sql`update stories set status = 'pending' where id = ${id}`);
    expect((await shared('analist@voorbeeld.example')).some((s) => s.story === id)).toBe(false);
  });
});

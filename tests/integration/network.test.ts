// The regional learning network through its pages and services (issue 15): joining with a
// beheerder's consent, joining twice, the named opt-in, the shared instrument (versions,
// adoption, local questions), adopting an unknown version, leaving, and the per-member scopes of
// a network query. Non-members see nothing. Both databases; bad input writes nothing.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';
import { importQuestionnaire, exportQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { forEachMemberScope } from '../../src/services/network/member-scopes.ts';
import { createNetwork, joinNetworkAsOperator, leaveNetworkAsOperator } from '../../src/services/network/operator.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { LOCAL_QUESTION, type NetworkCaller, regionTenant, type RegionTenant, SHARED_QUESTIONNAIRE } from '../support/network-fixture.ts';

function problemsOf(error: unknown): { field?: string; code: string; nl: string }[] {
  return (error as { problems?: { field?: string; code: string; nl: string }[] }).problems ?? [];
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return problemsOf(error);
  }
  throw new Error('expected a refusal');
}

describe.each(testDatabaseTargets())('the regional learning network on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let amersfoort: RegionTenant;
  let leusden: RegionTenant;
  let soest: RegionTenant;

  const page = (caller: NetworkCaller, path: string) => app.request(path, { headers: { cookie: caller.cookie } });
  const post = (caller: NetworkCaller, path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: 'POST',
      headers: { cookie: caller.cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: caller.csrfToken, ...fields }).toString(),
    });
  const count = async (table: string, where = sql`true`) =>
    ((await handle.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  beforeAll(async () => {
    handle = await create();
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    amersfoort = await regionTenant(handle, 'amersfoort', 'Gemeente Amersfoort');
    leusden = await regionTenant(handle, 'leusden', 'Gemeente Leusden');
    soest = await regionTenant(handle, 'soest', 'Gemeente Soest');
    await createNetwork(handle.db, { slug: 'eemland', name: 'Regio Eemland' });
    await joinNetworkAsOperator(handle.db, { network: 'eemland', tenant: 'amersfoort' });
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('the operator cannot create a network twice or with a bad code, nor join a municipality twice', async () => {
    expect((await refusal(createNetwork(handle.db, { slug: 'eemland', name: 'Nog eens' }))).map((p) => p.code)).toEqual(['network-taken']);
    expect((await refusal(createNetwork(handle.db, { slug: 'Eem Land', name: ' ' }))).map((p) => p.code)).toEqual(['network-slug', 'network-name']);
    const twice = await refusal(joinNetworkAsOperator(handle.db, { network: 'eemland', tenant: 'amersfoort' }));
    expect(twice.map((p) => [p.field, p.code])).toEqual([['network', 'already-member']]);
    expect(twice[0]!.nl).toContain('al lid');
    expect(await count('network_members')).toBe(1);
    const [row] = (
      (await handle.db.execute(sql`select consent_via, consent_by from network_members`)) as unknown as {
        rows: { consent_via: string; consent_by: string | null }[];
      }
    ).rows;
    expect(row).toEqual({ consent_via: 'cli', consent_by: null });
  });

  it('a municipality that has not joined sees nothing of the network', async () => {
    const list = await page(soest.callers.beheerder, '/netwerken');
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('nog geen lid');
    expect(html).not.toContain('Regio Eemland');
    for (const path of ['/netwerken/eemland', '/netwerken/eemland/instrument', '/netwerken/eemland/verlaten']) {
      const response = await page(soest.callers.beheerder, path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('Regio Eemland');
    }
    // Nor can it change anything of the network.
    const adopt = await post(soest.callers.analist, '/netwerken/eemland/instrument/overnemen', { questionnaire: 'samen-thuis', version: '1' });
    expect(adopt.status).toBe(404);
    const provider = await post(soest.callers.netwerkcoordinator, '/netwerken/eemland/aanbieders', { code: 'inbraak', name: 'X' });
    expect(provider.status).toBe(404);
    expect(await count('network_providers')).toBe(0);
  });

  it('joins with a beheerder’s explicit consent on the page; without the tick nothing is written', async () => {
    const beheerder = leusden.callers.beheerder;
    const unknown = await post(beheerder, '/netwerken/aansluiten', { network: 'bestaat-niet' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('geen netwerk met de code');
    const bad = await post(beheerder, '/netwerken/aansluiten', { network: 'Eem Land!' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('geen goede code');

    const confirm = await post(beheerder, '/netwerken/aansluiten', { network: 'eemland' });
    expect(confirm.status).toBe(200);
    const confirmHtml = await confirm.text();
    expect(confirmHtml).toContain('Aansluiten bij Regio Eemland');
    expect(confirmHtml).toContain('name="consent"');

    const noTick = await post(beheerder, '/netwerken/aansluiten/bevestigen', { network: 'eemland' });
    expect(noTick.status).toBe(400);
    expect(await noTick.text()).toContain('vink aan dat u als beheerder toestemming geeft');
    expect(await count('network_members', sql`tenant_id = ${leusden.tenantId}`)).toBe(0);

    // An analist may not give the municipality's consent.
    expect((await post(leusden.callers.analist, '/netwerken/aansluiten/bevestigen', { network: 'eemland', consent: 'ja' })).status).toBe(403);

    const joined = await post(beheerder, '/netwerken/aansluiten/bevestigen', { network: 'eemland', consent: 'ja' });
    expect(joined.status).toBe(303);
    expect(joined.headers.get('location')).toBe('/netwerken/eemland?gedaan=aangesloten');
    const rows = (
      (await handle.db.execute(sql`select consent_via, consent_by::text as by from network_members where tenant_id = ${leusden.tenantId}`)) as unknown as {
        rows: { consent_via: string; by: string }[];
      }
    ).rows;
    expect(rows).toEqual([{ consent_via: 'page', by: beheerder.userId }]);
    const welcome = await (await page(beheerder, '/netwerken/eemland?gedaan=aangesloten')).text();
    expect(welcome).toContain('Uw gemeente is nu lid van Regio Eemland');
    expect(await count('audit_log', sql`tenant_id = ${leusden.tenantId} and action = 'network.join'`)).toBe(1);
  });

  it('joining twice gets a clear Dutch message and writes nothing', async () => {
    const again = await post(leusden.callers.beheerder, '/netwerken/aansluiten', { network: 'eemland' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Uw gemeente is al lid van Regio Eemland');
    const direct = await post(leusden.callers.beheerder, '/netwerken/aansluiten/bevestigen', { network: 'eemland', consent: 'ja' });
    expect(direct.status).toBe(400);
    expect(await direct.text()).toContain('al lid van');
    expect(await count('network_members', sql`tenant_id = ${leusden.tenantId}`)).toBe(1);
  });

  it('shows another member by name only when it opted in', async () => {
    const before = await (await page(leusden.callers.analist, '/netwerken/eemland')).text();
    expect(before).toContain('Het netwerk heeft 2 leden.');
    expect(before).not.toContain('Gemeente Amersfoort');
    expect(before).toContain('1 gemeente wil niet bij naam genoemd worden.');
    // Only a beheerder decides; the coordinator cannot name its municipality.
    expect((await post(amersfoort.callers.netwerkcoordinator, '/netwerken/eemland/naam', { named: 'ja' })).status).toBe(403);
    const named = await post(amersfoort.callers.beheerder, '/netwerken/eemland/naam', { named: 'ja' });
    expect(named.status).toBe(303);
    const after = await (await page(leusden.callers.analist, '/netwerken/eemland')).text();
    expect(after).toContain('Gemeente Amersfoort');
  });

  it('the coordinator adds versions of the shared questionnaire; bad documents are refused with their field', async () => {
    const coordinator = amersfoort.callers.netwerkcoordinator;
    const broken = await post(coordinator, '/netwerken/eemland/instrument/versie', { document: '{"format": ', note: '' });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('geen geldige JSON');
    const invalid = await post(coordinator, '/netwerken/eemland/instrument/versie', {
      document: JSON.stringify({ ...SHARED_QUESTIONNAIRE, questions: [{ key: 'x', type: 'schuif' }] }),
      note: '',
    });
    expect(invalid.status).toBe(400);
    const invalidHtml = await invalid.text();
    expect(invalidHtml).toContain('questions[0].type: onbekend vraagtype');
    expect(invalidHtml).toContain('questions[0].about:');
    expect(await count('network_questionnaire_versions')).toBe(0);
    // A member's analist may not design the network's instrument.
    expect((await post(leusden.callers.analist, '/netwerken/eemland/instrument/versie', { document: JSON.stringify(SHARED_QUESTIONNAIRE) })).status).toBe(403);

    const saved = await post(coordinator, '/netwerken/eemland/instrument/versie', { document: JSON.stringify(SHARED_QUESTIONNAIRE), note: 'Eerste versie' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toContain('gedaan=opgeslagen');
    const same = await post(coordinator, '/netwerken/eemland/instrument/versie', { document: JSON.stringify(SHARED_QUESTIONNAIRE), note: '' });
    expect(same.headers.get('location')).toContain('gedaan=ongewijzigd');
    expect(await count('network_questionnaire_versions')).toBe(1);
  });

  it('the coordinator adds a version of the shared indicator set; a bad list names each field and saves nothing', async () => {
    const coordinator = amersfoort.callers.netwerkcoordinator;
    const bad = await post(coordinator, '/netwerken/eemland/instrument/cijfers', {
      indicators: JSON.stringify([
        { key: 'Wacht Tijd', name: '' },
        { key: 'ok', name: 'Ok', direction: 'sideways' },
      ]),
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('indicators[0].key');
    expect(badHtml).toContain('indicators[0].name: dit veld ontbreekt');
    expect(badHtml).toContain('indicators[1].direction: kies up, down of none');
    expect((await post(coordinator, '/netwerken/eemland/instrument/cijfers', { indicators: '[' })).status).toBe(400);
    expect(await count('network_indicator_sets')).toBe(0);
    const saved = await post(coordinator, '/netwerken/eemland/instrument/cijfers', {
      indicators: JSON.stringify([{ key: 'wachttijd_weken', name: 'Wachttijd', unit: 'weken', direction: 'down' }]),
    });
    expect(saved.status).toBe(303);
    const overview = await (await page(leusden.callers.analist, '/netwerken/eemland')).text();
    expect(overview).toContain('Gedeelde cijfers (versie 1)');
    expect(overview).toContain('wachttijd_weken');
  });

  it('a member adopts a version when it chooses; its own questions stay and are marked local', async () => {
    // Leusden already asks its own question in a questionnaire with the same key.
    await importQuestionnaire(leusden.ctx('analist'), { ...SHARED_QUESTIONNAIRE, questions: [LOCAL_QUESTION] });
    const analist = leusden.callers.analist;
    const unknownVersion = await post(analist, '/netwerken/eemland/instrument/overnemen', { questionnaire: 'samen-thuis', version: '7' });
    expect(unknownVersion.status).toBe(400);
    const unknownHtml = await unknownVersion.text();
    expect(unknownHtml).toContain('versie &quot;7&quot; van &quot;samen-thuis&quot; bestaat niet in dit netwerk');
    expect(unknownHtml).toContain('er is niets veranderd');
    for (const version of ['abc', '0', '-1', '']) {
      expect((await post(analist, '/netwerken/eemland/instrument/overnemen', { questionnaire: 'samen-thuis', version })).status, version).toBe(400);
    }
    expect((await post(analist, '/netwerken/eemland/instrument/overnemen', { questionnaire: 'bestaat-niet', version: '1' })).status).toBe(400);
    expect(await count('network_adoptions')).toBe(0);
    expect(await count('questionnaire_versions', sql`tenant_id = ${leusden.tenantId}`)).toBe(1);

    const adopted = await post(analist, '/netwerken/eemland/instrument/overnemen', { questionnaire: 'samen-thuis', version: '1' });
    expect(adopted.status).toBe(303);
    const own = await exportQuestionnaire(leusden.ctx('analist'), 'samen-thuis');
    expect(own.questions.map((q) => q.key)).toEqual(['gehoord', 'rol', 'buurthuis']);
    const html = await (await page(analist, '/netwerken/eemland/instrument')).text();
    expect(html).toContain('Uw gemeente gebruikt versie 1, de nieuwste.');
    expect(html).toMatch(/buurthuis<\/th><td class="utrecht-table__cell">Welk buurthuis kent u\?<\/td><td class="utrecht-table__cell"><strong[^>]*>lokaal/);
    expect(html).toMatch(/gehoord<\/th><td class="utrecht-table__cell">Voelde u zich gehoord\?<\/td><td class="utrecht-table__cell">gedeeld/);

    const twice = await post(analist, '/netwerken/eemland/instrument/overnemen', { questionnaire: 'samen-thuis', version: '1' });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain('gebruikt versie 1 van');
    expect(await count('network_adoptions')).toBe(1);
  });

  it('a new network version is adopted only when the member chooses; a dropped shared question leaves, local ones stay', async () => {
    const v2 = {
      ...SHARED_QUESTIONNAIRE,
      questions: [SHARED_QUESTIONNAIRE.questions[0], { key: 'wachttijd', about: 'story', type: 'number', text: { nl: 'Hoeveel weken wachtte u?' }, min: 0 }],
    };
    expect(
      (await post(amersfoort.callers.netwerkcoordinator, '/netwerken/eemland/instrument/versie', { document: JSON.stringify(v2), note: 'Wachttijd' })).status,
    ).toBe(303);
    expect((await exportQuestionnaire(leusden.ctx('analist'), 'samen-thuis')).questions.map((q) => q.key)).toEqual(['gehoord', 'rol', 'buurthuis']);
    const html = await (await page(leusden.callers.analist, '/netwerken/eemland/instrument')).text();
    expect(html).toContain('Er is een nieuwere versie: 2.');
    expect((await post(leusden.callers.beheerder, '/netwerken/eemland/instrument/overnemen', { questionnaire: 'samen-thuis', version: '2' })).status).toBe(303);
    expect((await exportQuestionnaire(leusden.ctx('analist'), 'samen-thuis')).questions.map((q) => q.key)).toEqual(['gehoord', 'wachttijd', 'buurthuis']);
  });

  it('a network query runs per member in that member’s own scope and never for a non-member', async () => {
    await importQuestionnaire(amersfoort.ctx('analist'), { ...SHARED_QUESTIONNAIRE, key: 'alleen-amersfoort' });
    await importQuestionnaire(soest.ctx('analist'), { ...SHARED_QUESTIONNAIRE, key: 'alleen-soest' });
    const perMember = await forEachMemberScope(leusden.ctx('analist'), 'eemland', async ({ db }) => {
      const seen = (await db.execute(sql`select key from questionnaires order by key`)) as unknown as { rows: { key: string }[] };
      return seen.rows.map((r) => r.key);
    });
    const byTenant = Object.fromEntries(perMember.map((m) => [m.tenantId, m.aggregate]));
    expect(byTenant).toEqual({ [amersfoort.tenantId]: ['alleen-amersfoort'], [leusden.tenantId]: ['samen-thuis'] });
    expect(perMember.find((m) => m.own)?.tenantId).toBe(leusden.tenantId);
    expect((await refusal(forEachMemberScope(soest.ctx('analist'), 'eemland', async () => 1))).map((p) => p.code)).toEqual(['unknown-network']);
  });

  it('leaves only after confirmation; then the network is invisible and out of every network query', async () => {
    const beheerder = leusden.callers.beheerder;
    const form = await (await page(beheerder, '/netwerken/eemland/verlaten')).text();
    expect(form).toContain('Rapporten die al gepubliceerd zijn, blijven zoals ze zijn');
    const noTick = await post(beheerder, '/netwerken/eemland/verlaten', {});
    expect(noTick.status).toBe(400);
    expect(await noTick.text()).toContain('vink aan dat u het netwerk wilt verlaten');
    expect(await count('network_members', sql`tenant_id = ${leusden.tenantId} and left_at is null`)).toBe(1);

    const left = await post(beheerder, '/netwerken/eemland/verlaten', { confirm: 'ja' });
    expect(left.status).toBe(303);
    expect((await page(beheerder, '/netwerken/eemland')).status).toBe(404);
    expect(left.headers.get('location')).toBe('/netwerken?gedaan=verlaten');
    const list = await (await page(beheerder, left.headers.get('location')!)).text();
    expect(list).toContain('Uw gemeente heeft het netwerk verlaten');
    const perMember = await forEachMemberScope(amersfoort.ctx('analist'), 'eemland', async () => 'telling');
    expect(perMember.map((m) => m.tenantId)).toEqual([amersfoort.tenantId]);
    // The operator's leave of a non-member is refused in words; joining again is a new period.
    expect((await refusal(leaveNetworkAsOperator(handle.db, { network: 'eemland', tenant: 'leusden' }))).map((p) => p.code)).toEqual(['not-a-member']);
    await joinNetworkAsOperator(handle.db, { network: 'eemland', tenant: 'leusden' });
    expect(await count('network_members', sql`tenant_id = ${leusden.tenantId}`)).toBe(2);
  });
});

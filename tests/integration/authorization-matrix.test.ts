// The authorization matrix (issue 6): every route of the real app × every role and signed out ×
// own and other municipality, with the expected answer derived from the one policy table
// (services/auth/policy.ts PERMISSIONS) and http/public-routes.ts. Run against the real server
// (HTTP on a loopback port) on PGlite and PostgreSQL. A route added without a guard or a public
// entry fails the first test; a route that hands municipality A's data to B fails the third.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { ROLES, type Role } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { PERMISSIONS } from '../../src/services/auth/policy.ts';
import { findSession } from '../../src/services/auth/sessions.ts';
import { createNetwork, joinNetworkAsOperator } from '../../src/services/network/operator.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { fillPath, pathParams, routeRules, type RouteRule } from '../support/route-rules.ts';
import { MARKER_A, seedTwoTenants, type Caller, type TwoTenants } from '../support/two-tenants.ts';

/** Where a path segment's parameter points: the table that holds it. */
const TABLE_OF_SEGMENT: Record<string, string> = {
  questionnaires: 'questionnaires',
  vragenlijsten: 'questionnaires',
  vragenlijst: 'questionnaires',
  stories: 'stories',
  verhalen: 'stories',
  verhaal: 'stories',
  collections: 'collections',
  verzamelingen: 'collections',
  vertel: 'collections',
  kanalen: 'collections',
  opgaven: 'opgaven',
  opgave: 'opgaven',
  reports: 'reports',
  rapporten: 'reports',
  rapport: 'reports',
  vergelijken: 'questionnaires',
  dialogues: 'dialogues',
  dialogen: 'dialogues',
  gesprekken: 'dialogues',
  tags: 'tags',
  themes: 'themes',
  themas: 'themes',
  actions: 'actions',
  acties: 'actions',
  interpretations: 'interpretations',
  observations: 'pattern_observations',
  // Catalysis (issue 11): an observation's page, a questionnaire's board and catalytic report.
  observaties: 'pattern_observations',
  perspectieven: 'questionnaires',
  catalyse: 'questionnaires',
  indicators: 'indicator_definitions',
  cijfers: 'indicator_definitions',
  elements: 'toc_elements',
  aannames: 'toc_elements',
  assumptions: 'toc_elements',
  users: 'memberships',
  gebruikers: 'memberships',
  members: 'memberships',
  leden: 'memberships',
  areas: 'areas',
  gebieden: 'areas',
  patronen: 'questionnaires',
  providers: 'providers',
  aanbieders: 'providers',
  curated: 'curated_stories',
  domains: 'domain_profiles',
  staalkaart: 'domain_profiles',
  codes: 'codes',
  codebook: 'codes',
  codeboek: 'codes',
};
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
/** A network A is a member of and B is not (issue 15): B's requests for it must find nothing. */
const NETWORK_OF_A = 'regio-a';

function columnsFor(param: string): string[] {
  if (param === 'id') return ['id', 'user_id', 'key', 'code', 'domain'];
  if (param === 'key') return ['key', 'id'];
  if (/Id$/.test(param)) return ['id'];
  if (/Key$/.test(param)) return ['key'];
  return [param.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), 'id', 'key', 'code'];
}

function tableFor(param: string, before: string): string | undefined {
  const stem = param.replace(/(Id|Key|Slug|Code)$/, '');
  return (stem !== param ? (TABLE_OF_SEGMENT[`${stem}s`] ?? TABLE_OF_SEGMENT[stem]) : undefined) ?? TABLE_OF_SEGMENT[before];
}

describe.each(testDatabaseTargets())('authorization matrix on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let tenants: TwoTenants;
  let rules: RouteRule[];
  let base: string;
  let closeServer = async () => {};
  /** A's identifiers per (param, segment): what B tries to reach. */
  const valuesOfA = new Map<string, string>();
  const timings: [number, string][] = [];

  async function resolve(param: string, before: string): Promise<string> {
    if (before === 'netwerken' && param === 'slug') return NETWORK_OF_A;
    const table = tableFor(param, before);
    if (!table) return /id$/i.test(param) ? NO_SUCH_ID : 'bestaat-niet';
    const present = (
      (await handle.db.execute(sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table}`)) as unknown as {
        rows: { column_name: string }[];
      }
    ).rows.map((r) => r.column_name);
    const column = columnsFor(param).find((c) => present.includes(c));
    if (!column) return NO_SUCH_ID;
    const found = (await handle.db.execute(
      sql`select ${sql.identifier(column)}::text as v from ${sql.identifier(table)} where tenant_id = ${tenants.a.tenantId} order by 1 limit 1`,
    )) as unknown as { rows: { v: string }[] };
    return found.rows[0]?.v ?? NO_SUCH_ID;
  }

  async function call(rule: RouteRule, caller: Caller | null, url: string) {
    const headers: Record<string, string> = { origin: base };
    if (caller) headers.cookie = caller.cookie;
    let body: string | undefined;
    if (!['GET', 'HEAD'].includes(rule.method)) {
      const page = rule.guards.some((g) => g.kind === 'page') || !rule.path.startsWith('/api/');
      if (page) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams({ _csrf: caller?.csrfToken ?? '' }).toString();
      } else {
        headers['content-type'] = 'application/json';
        if (caller) headers['x-csrf-token'] = caller.csrfToken;
        body = '{}';
      }
    }
    const started = performance.now();
    const response = await fetch(base + url, { method: rule.method, headers, body, redirect: 'manual' });
    const out = {
      status: response.status,
      location: response.headers.get('location') ?? '',
      text: await response.text(),
      cacheControl: response.headers.get('cache-control') ?? '',
    };
    timings.push([performance.now() - started, `${rule.method} ${url}`]);
    return out;
  }

  const allowedFor = (rule: RouteRule, role: Role) => rule.guards.every((g) => (PERMISSIONS[g.permission] as readonly Role[]).includes(role));
  const isPage = (rule: RouteRule) => rule.guards.some((g) => g.kind === 'page');
  const guarded = () => rules.filter((r) => r.guards.length > 0);

  /** A's network's quality review and its action (issue 15): every review route is filled with them. */
  const reviewOfA = { slug: NETWORK_OF_A, reviewId: NO_SUCH_ID, actionId: NO_SUCH_ID };
  /** A's network's published report (issue 15), its title with the marker. */
  const reportOfA = { slug: NETWORK_OF_A, reportId: NO_SUCH_ID };
  const networkMemoryOfA = async () =>
    (
      (await handle.db.execute(
        sql`select (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from network_reviews t)
          || (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from network_review_cases t)
          || (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from network_review_actions t)
          || (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from network_reports t) as h`,
      )) as unknown as { rows: { h: string }[] }
    ).rows[0]!.h;

  async function urlOfA(rule: RouteRule): Promise<string> {
    if (rule.path.includes('/reviews')) return fillPath(rule.path, (name) => reviewOfA[name as keyof typeof reviewOfA] ?? NO_SUCH_ID);
    if (/\/(reports|rapporten)\b/.test(rule.path)) return fillPath(rule.path, (name) => reportOfA[name as keyof typeof reportOfA] ?? NO_SUCH_ID);
    for (const { name, before } of pathParams(rule.path)) {
      const k = `${name}@${before}`;
      if (!valuesOfA.has(k)) valuesOfA.set(k, await resolve(name, before));
    }
    return fillPath(rule.path, (name, before) => valuesOfA.get(`${name}@${before}`)!);
  }

  /** A fingerprint of everything municipality A holds: B's requests must not change it. */
  async function fingerprintOfA(): Promise<Record<string, string>> {
    const tables = (
      (await handle.db.execute(
        sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' and table_name not in ('sessions', 'audit_log') order by 1`,
      )) as unknown as { rows: { table_name: string }[] }
    ).rows.map((r) => r.table_name);
    const out: Record<string, string> = {};
    for (const table of tables) {
      const r = (await handle.db.execute(
        sql`select count(*)::int as n, coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as h from ${sql.identifier(table)} t where tenant_id = ${tenants.a.tenantId}`,
      )) as unknown as { rows: { n: number; h: string }[] };
      out[table] = `${r.rows[0]!.n}:${r.rows[0]!.h}`;
    }
    return out;
  }

  beforeAll(async () => {
    handle = await create();
    tenants = await seedTwoTenants(handle, { stories: 30 });
    // A codebook and a coding of A (issue 11), so B's reads and changes of them have something to miss.
    await handle.db.execute(sql`insert into codes (tenant_id, questionnaire_id, slug, label)
      select tenant_id, id, 'steun', ${`Steun ${MARKER_A}`} from questionnaires where tenant_id = ${tenants.a.tenantId}`);
    await handle.db.execute(sql`insert into code_applications (tenant_id, code_id, story_id, analyst_id)
      select s.tenant_id, c.id, s.id, s.id from stories s join codes c on c.tenant_id = s.tenant_id and c.questionnaire_id = s.questionnaire_id
      where s.tenant_id = ${tenants.a.tenantId}`);
    // A network with A as its one member and a provider, each named with the marker (issue 15).
    await createNetwork(handle.db, { slug: NETWORK_OF_A, name: `Regio ${MARKER_A}` });
    await joinNetworkAsOperator(handle.db, { network: NETWORK_OF_A, tenant: tenants.a.slug });
    await handle.db.execute(sql`insert into network_providers (network_id, code, name) select id, 'zorg-a', ${`Zorg ${MARKER_A}`} from networks`);
    // A quality review of that network with a case of A and an action, each with the marker.
    const review = (await handle.db.execute(
      sql`insert into network_reviews (network_id, title) select id, ${`Review ${MARKER_A}`} from networks returning id::text`,
    )) as unknown as { rows: { id: string }[] };
    reviewOfA.reviewId = review.rows[0]!.id;
    await handle.db.execute(sql`insert into network_review_cases (network_id, review_id, member_tenant_id, title, summary)
      select network_id, id, ${tenants.a.tenantId}, 'Casus', ${`Casus van ${MARKER_A}`} from network_reviews`);
    const action = (await handle.db.execute(sql`insert into network_review_actions (network_id, review_id, kind, description, owner, learning_level)
      select network_id, id, 'praktijk', ${`Actie ${MARKER_A}`}, 'Regio', 2 from network_reviews returning id::text`)) as unknown as { rows: { id: string }[] };
    reviewOfA.actionId = action.rows[0]!.id;
    // A published report of that network (a snapshot with no figures), its title with the marker.
    const snapshot = JSON.stringify({
      format: 'duiding.network-compare/v1',
      network: { slug: NETWORK_OF_A, name: 'Netwerk' },
      questionnaire: { key: 'q', title: 'Q', version: 1 },
      period: { from: null, to: null },
      viewer: 'published',
      minimumMembers: 3,
      members: [],
      stories: { network: 0, rest: null },
      questions: [],
      patterns: [],
      indicators: [],
    });
    const report = (await handle.db.execute(
      sql`insert into network_reports (network_id, title, document) select id, ${`Rapport ${MARKER_A}`}, ${snapshot}::jsonb from networks returning id::text`,
    )) as unknown as { rows: { id: string }[] };
    reportOfA.reportId = report.rows[0]!.id;
    const app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    rules = routeRules(app.routes);
    const port = await new Promise<number>((done, fail) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => done(info.port));
      server.once('error', fail);
      closeServer = () => new Promise<void>((closed) => server.close(() => closed()));
    });
    base = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    if (process.env.DUIDING_MATRIX_TIMING) {
      const per = new Map<string, number>();
      for (const [ms, what] of timings) per.set(what, (per.get(what) ?? 0) + ms);
      console.log(
        [...per]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 12)
          .map(([w, ms]) => `${Math.round(ms)} ms ${w}`)
          .join('\n'),
      );
    }
    await closeServer();
    await handle?.close();
  });

  it('finds a rule for every route: a permission guard or a public entry', () => {
    expect(rules.length).toBeGreaterThan(10);
    const unruled = rules.filter((r) => r.guards.length === 0 && !r.isPublic).map((r) => `${r.method} ${r.path}`);
    expect(unruled, 'routes without requirePermission/requirePage and not in PUBLIC_ROUTES').toEqual([]);
    const unknown = rules.flatMap((r) => r.guards).filter((g) => !(g.permission in PERMISSIONS));
    expect(unknown).toEqual([]);
  });

  it('refuses signed-out callers and roles the policy table does not allow, in their own municipality', async () => {
    const failures: string[] = [];
    for (const rule of guarded()) {
      const url = await urlOfA(rule);
      const out = await call(rule, null, url);
      const refused = isPage(rule) ? out.status === 303 && out.location.startsWith('/inloggen') : out.status === 401;
      if (!refused) failures.push(`signed out ${rule.method} ${url} → ${out.status} ${out.location}`);
      for (const role of ROLES) {
        if (allowedFor(rule, role)) continue;
        const denied = await call(rule, tenants.callers.a[role], url);
        if (denied.status !== 403) failures.push(`${role} ${rule.method} ${url} → ${denied.status}, expected 403`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('lets every allowed role through, and public routes to anyone (reading, own municipality)', async () => {
    const failures: string[] = [];
    const showsMarker = new Set<string>();
    for (const rule of rules.filter((r) => r.method === 'GET')) {
      const url = await urlOfA(rule);
      const callers: [string, Caller | null][] = rule.guards.length
        ? ROLES.filter((role) => allowedFor(rule, role)).map((role) => [role, tenants.callers.a[role]])
        : [['signed out', null]];
      for (const [who, caller] of callers) {
        const out = await call(rule, caller, url);
        if (out.status === 401 || out.status === 403 || out.status >= 500) failures.push(`${who} ${rule.method} ${url} → ${out.status}`);
        // Whatever a guard lets through may carry story or personal data: never into a cache.
        if (rule.guards.length && !out.cacheControl.includes('no-store')) failures.push(`${who} ${rule.method} ${url}: Cache-Control "${out.cacheControl}"`);
        if (out.text.includes(MARKER_A)) showsMarker.add(rule.path);
      }
    }
    expect(failures).toEqual([]);
    // The marker does show up in A's own pages: its absence for B means something.
    expect(showsMarker).toContain('/verhalen');
    // A member reads its network (issue 15): the marker in its name and provider shows to A.
    expect(showsMarker).toContain('/netwerken/:slug');
    expect(showsMarker).toContain('/netwerken/:slug/reviews/:reviewId');
    expect(showsMarker).toContain('/api/v1/networks/:slug/reviews/:reviewId');
    expect(showsMarker).toContain('/netwerken/:slug/rapporten/:reportId');
    expect(showsMarker).toContain('/api/v1/networks/:slug/reports');
    expect(showsMarker.size).toBeGreaterThan(5);
  }, 300_000);

  it('lets every allowed role make changes in its own municipality (empty request: refused by validation, never by the guard)', async () => {
    const failures: string[] = [];
    const changes = guarded().filter((r) => r.method !== 'GET');
    for (const rule of changes) {
      // Identifiers that do not exist: the guard must let the caller through, the handler finds nothing.
      const url = fillPath(rule.path, (name) => (/id$/i.test(name) ? NO_SUCH_ID : 'bestaat-niet'));
      for (const role of ROLES.filter((r) => allowedFor(rule, r))) {
        const caller = await tenants.freshCaller('a', role);
        const out = await call(rule, caller, url);
        // To the sign-in page with a live session is the guard's refusal; without one it is a
        // sign-out (everywhere) that did its work.
        const stillSignedIn = (await findSession(handle.db, caller.cookie.split('=')[1]!)) !== null;
        const guardSaidNo = out.status === 401 || out.status === 403 || (isPage(rule) && out.location.startsWith('/inloggen') && stillSignedIn);
        if (guardSaidNo || out.status >= 500) failures.push(`${role} ${rule.method} ${url} → ${out.status} ${out.location}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('streams the whole story export under row-level security (the stream outlives its handler)', async () => {
    const rule: RouteRule = { method: 'GET', path: '/api/v1/questionnaires/:key/stories', guards: [], isPublic: false };
    // A fresh session: the test before may have signed this person out everywhere.
    const out = await call(rule, await tenants.freshCaller('a', 'analist'), '/api/v1/questionnaires/zo-thuis/stories');
    expect(out.status).toBe(200);
    const count = (
      (await handle.db.execute(sql`select count(*)::int as n from stories where tenant_id = ${tenants.a.tenantId}`)) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;
    expect(out.text.split(MARKER_A).length - 1).toBe(count);
    expect(out.text).not.toContain('Verhaal van B');
  });

  it('gives a user of another municipality nothing of A, and lets B change nothing of A', async () => {
    const before = await fingerprintOfA();
    const memoryBefore = await networkMemoryOfA();
    const failures: string[] = [];
    // Reading first, then changes; deletions last (they may remove B's own data).
    const order = (r: RouteRule) => (r.method === 'GET' ? 0 : r.method === 'DELETE' ? 2 : 1);
    for (const rule of guarded().sort((x, y) => order(x) - order(y))) {
      const url = await urlOfA(rule);
      for (const role of ROLES) {
        // Changes get a fresh session each: one of them may be "sign out everywhere".
        const caller = rule.method === 'GET' ? tenants.callers.b[role] : await tenants.freshCaller('b', role);
        const out = await call(rule, caller, url);
        if (out.text.includes(MARKER_A)) failures.push(`${role} of B ${rule.method} ${url} → ${out.status} shows A's data`);
        else if (out.status >= 500) failures.push(`${role} of B ${rule.method} ${url} → ${out.status}`);
        else if (!allowedFor(rule, role) && out.status !== 403) failures.push(`${role} of B ${rule.method} ${url} → ${out.status}, expected 403`);
      }
    }
    expect(failures).toEqual([]);
    expect(await fingerprintOfA()).toEqual(before);
    expect(await networkMemoryOfA()).toBe(memoryBefore);
  }, 300_000);
});

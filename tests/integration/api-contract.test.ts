// Contract tests (issue 16): every route of the API is called on a seeded municipality, with
// success and error cases, and every response is checked against the OpenAPI document the app
// serves — an undocumented status, an unlisted content type or a body that does not match its
// schema fails the test. The document itself must validate (@readme/openapi-parser).
import { validate } from '@readme/openapi-parser';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { opgaven, stories } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { publishStory } from '../../src/services/moderation.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { addNetworkVersion } from '../../src/services/network/instrument.ts';
import { createNetwork } from '../../src/services/network/operator.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { ContractChecker, type OpenApiDocument } from '../support/openapi-contract.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';

const ORIGIN = 'http://localhost';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Session {
  cookie: string;
  csrfToken: string;
}

describe.each(testDatabaseTargets())('API contract on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let contract: ContractChecker;
  const as: Record<string, Session> = {};

  /** One request, checked against the document; `expected` is the status this case must give. */
  async function call(
    expected: number,
    method: string,
    url: string,
    options: { as?: Session; json?: unknown; body?: BodyInit; type?: string; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { origin: ORIGIN, ...options.headers };
    if (options.as) {
      headers.cookie = options.as.cookie;
      if (method !== 'GET') headers['x-csrf-token'] = options.as.csrfToken;
    }
    let body = options.body;
    if (options.json !== undefined) body = JSON.stringify(options.json);
    if (body !== undefined) headers['content-type'] = options.type ?? 'application/json';
    const response = await app.request(url, { method, headers, body });
    const checked = await contract.check(method, url, response);
    expect(checked.status, `${method} ${url}: ${JSON.stringify(checked.body)?.slice(0, 300)}`).toBe(expected);
    return checked.body as never;
  }

  async function signIn(email: string): Promise<Session> {
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await contract.check('POST', '/api/v1/session', response)).body as { csrfToken: string };
    return { cookie, csrfToken };
  }

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 60, network: true });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: ORIGIN });
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
    contract = new ContractChecker(doc);
    for (const role of ['analist', 'beheerder', 'raad', 'interviewer']) as[role] = await signIn(`${role}@voorbeeld.example`);
  }, 180_000);
  afterAll(async () => handle?.close());

  it('serves an OpenAPI 3.1 document that validates', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    const result = await validate(doc);
    expect(result.valid, JSON.stringify(result)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('sessions: sign-in refusals are problems; signing out answers 204', async () => {
    await call(400, 'POST', '/api/v1/session', { json: { email: 'geen-adres' } });
    await call(401, 'POST', '/api/v1/session', { json: { email: 'analist@voorbeeld.example', password: 'fout' } });
    const once = await signIn('gespreksleider@voorbeeld.example');
    await call(403, 'DELETE', '/api/v1/session', { headers: { cookie: once.cookie } });
    await call(204, 'DELETE', '/api/v1/session', { as: once });
  });

  it('questionnaires, stories, patterns, words and warm × cold', async () => {
    const list = await call(200, 'GET', '/api/v1/questionnaires', { as: as.analist });
    expect(list).toEqual({ questionnaires: [{ key: 'zo-thuis' }] });
    const definition = await call(200, 'GET', '/api/v1/questionnaires/zo-thuis', { as: as.analist });
    await call(404, 'GET', '/api/v1/questionnaires/bestaat-niet', { as: as.analist });
    await call(404, 'GET', '/api/v1/questionnaires/bestaat-niet/stories', { as: as.analist });
    await call(404, 'POST', '/api/v1/questionnaires/bestaat-niet/stories', { as: as.analist, body: 'story_id\n', type: 'text/csv' });
    expect(await call(200, 'POST', '/api/v1/questionnaires', { as: as.analist, json: definition })).toMatchObject({ key: 'zo-thuis', outcome: 'unchanged' });
    await call(400, 'POST', '/api/v1/questionnaires', { as: as.analist, json: { format: 'duiding.questionnaire/v1', key: '' } });
    await call(403, 'POST', '/api/v1/questionnaires', { as: as.raad, json: definition });

    const csv: string = await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/stories', { as: as.analist });
    await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/stories?format=xlsx', { as: as.analist });
    await call(400, 'GET', '/api/v1/questionnaires/zo-thuis/stories?format=pdf', { as: as.analist });
    const [header, first] = csv.split(/\r?\n/);
    const imported = await call(200, 'POST', '/api/v1/questionnaires/zo-thuis/stories', { as: as.analist, body: `${header}\n${first}\n`, type: 'text/csv' });
    expect(imported).toMatchObject({ stories: 1, replaced: 1 });
    const refused = await call(400, 'POST', '/api/v1/questionnaires/zo-thuis/stories', { as: as.analist, body: 'story_id,text\nx,\n', type: 'text/csv' });
    expect(JSON.stringify(refused)).toContain('errors');

    const patterns = await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/patterns', { as: as.analist });
    expect((patterns as { patterns: unknown[] }).patterns.length).toBeGreaterThan(0);
    await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/patterns?rol=jongere,ouder&cache=false', { as: as.analist });
    await call(400, 'GET', '/api/v1/questionnaires/zo-thuis/patterns?rol=astronaut', { as: as.analist });
    await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/stories-behind?var=cijfer&min=1&pageSize=5', { as: as.analist });
    await call(400, 'GET', '/api/v1/questionnaires/zo-thuis/stories-behind?pageSize=0', { as: as.analist });
    await call(403, 'GET', '/api/v1/questionnaires/zo-thuis/stories-behind', { as: as.raad });
    await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/words?a=gevoel%3Dboos&top=5', { as: as.analist });
    await call(400, 'GET', '/api/v1/questionnaires/zo-thuis/words', { as: as.analist });
    await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/link', { as: as.analist });
    await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/link?indicator=wachttijd_weken', { as: as.analist });
  });

  it('the codebook, coding a story, and comparing subsets', async () => {
    const book = '/api/v1/questionnaires/zo-thuis/codebook';
    await call(201, 'POST', book, { as: as.analist, json: { slug: 'contract', label: 'Contract' } });
    await call(400, 'POST', book, { as: as.analist, json: { slug: 'Geen Slug!', label: 'x' } });
    await call(403, 'POST', book, { as: as.raad, json: { slug: 'raad', label: 'x' } });
    expect(await call(200, 'GET', book, { as: as.analist })).toMatchObject({ codes: [{ slug: 'contract', label: 'Contract' }] });
    await call(404, 'GET', '/api/v1/questionnaires/bestaat-niet/codebook', { as: as.analist });
    await call(200, 'PATCH', `${book}/contract`, { as: as.analist, json: { label: 'Contract (aangepast)' } });
    await call(404, 'PATCH', `${book}/bestaat-niet`, { as: as.analist, json: { label: 'x' } });
    const [story] = await handle.db.select({ id: stories.id }).from(stories).where(eq(stories.status, 'published')).limit(1);
    const coded = `/api/v1/stories/${story!.id}/codes/contract`;
    await call(204, 'PUT', coded, { as: as.analist });
    await call(204, 'PUT', coded, { as: as.analist, json: { start: 0, end: 5 } });
    await call(400, 'PUT', coded, { as: as.analist, json: { start: 5, end: 2 } });
    await call(404, 'PUT', `/api/v1/stories/${story!.id}/codes/bestaat-niet`, { as: as.analist });
    await call(204, 'DELETE', coded, { as: as.analist, json: { start: 0, end: 5 } });
    await call(204, 'DELETE', coded, { as: as.analist });
    await call(404, 'DELETE', coded, { as: as.analist });
    await call(201, 'POST', book, { as: as.analist, json: { slug: 'contract-weg', label: 'Weg' } });
    await call(204, 'DELETE', `${book}/contract-weg`, { as: as.analist });
    await call(404, 'DELETE', `${book}/contract-weg`, { as: as.analist });
    expect(await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/agreement', { as: as.analist })).toMatchObject({ pair: null, n: 0 });
    await call(404, 'GET', '/api/v1/questionnaires/bestaat-niet/agreement', { as: as.analist });

    const compare = '/api/v1/questionnaires/zo-thuis/compare';
    expect(await call(200, 'GET', `${compare}?a=rol%3Djongere&b=rol%3Douder`, { as: as.analist })).toMatchObject({ format: 'duiding.compare/v1' });
    await call(400, 'GET', `${compare}?a=rol%3Djongere`, { as: as.analist });
    await call(404, 'GET', '/api/v1/questionnaires/bestaat-niet/compare?a=rest&b=rol%3Djongere', { as: as.analist });
    await call(403, 'GET', `${compare}?a=rol%3Djongere&b=rol%3Douder`, { as: as.raad });
  });

  it('observations, interpretations and the perspectives board', async () => {
    const { patterns } = (await call(200, 'GET', '/api/v1/questionnaires/zo-thuis/patterns', { as: as.analist })) as { patterns: { a: string; b: string }[] };
    const source = { kind: 'pattern', a: patterns[0]!.a, b: patterns[0]!.b, filter: [] };
    const written: { id: string } = await call(201, 'POST', '/api/v1/observations', {
      as: as.analist,
      json: { questionnaire: 'zo-thuis', source, title: 'Gezien', strength: 'sterk' },
    });
    await call(400, 'POST', '/api/v1/observations', { as: as.analist, json: { questionnaire: 'zo-thuis', source, title: 'x', strength: 'enorm' } });
    await call(403, 'POST', '/api/v1/observations', { as: as.raad, json: { questionnaire: 'zo-thuis', source, title: 'x', strength: 'sterk' } });
    await call(200, 'GET', '/api/v1/observations?questionnaire=zo-thuis', { as: as.analist });
    await call(404, 'GET', '/api/v1/observations?questionnaire=bestaat-niet', { as: as.analist });
    const one = `/api/v1/observations/${written.id}`;
    await call(200, 'PATCH', one, { as: as.analist, json: { title: 'Gezien (aangepast)', strength: 'middel' } });
    await call(400, 'PATCH', one, { as: as.analist, json: { title: 'x' } });
    const first: { id: string } = await call(201, 'POST', `${one}/interpretations`, { as: as.analist, json: { text: 'Eerste duiding' } });
    await call(400, 'PUT', `${one}/monitor`, { as: as.analist, json: { opgave: 'zo-thuis' } });
    await call(201, 'POST', `${one}/interpretations`, { as: as.analist, json: { text: 'Tweede duiding' } });
    await call(400, 'POST', `${one}/interpretations`, { as: as.analist, json: { text: '' } });
    const [opgave] = await handle.db.select({ key: opgaven.key }).from(opgaven).limit(1);
    expect(await call(200, 'PUT', `${one}/monitor`, { as: as.analist, json: { opgave: opgave!.key } })).toMatchObject({ complete: true, opgave: opgave!.key });
    expect(await call(200, 'GET', one, { as: as.analist })).toMatchObject({ complete: true });
    const board = '/api/v1/questionnaires/zo-thuis/perspectives';
    const perspective: { id: string } = await call(201, 'POST', board, { as: as.analist, json: { name: 'Toegang' } });
    await call(400, 'POST', board, { as: as.analist, json: { name: '' } });
    await call(204, 'PUT', `/api/v1/interpretations/${first.id}/perspective`, { as: as.analist, json: { perspective: perspective.id } });
    await call(400, 'PUT', `/api/v1/interpretations/${first.id}/perspective`, { as: as.analist, json: { perspective: UNKNOWN_ID } });
    await call(404, 'PUT', `/api/v1/interpretations/${UNKNOWN_ID}/perspective`, { as: as.analist, json: { perspective: null } });
    expect(await call(200, 'GET', board, { as: as.analist })).toMatchObject({ perspectives: [{ name: 'Toegang', interpretations: [{ id: first.id }] }] });
    await call(404, 'GET', '/api/v1/questionnaires/bestaat-niet/perspectives', { as: as.analist });
    const spare: { id: string } = await call(201, 'POST', '/api/v1/observations', {
      as: as.analist,
      json: { questionnaire: 'zo-thuis', source: { kind: 'compare', subsets: { a: 'rol=jongere', b: 'rol=ouder' } }, title: 'Weg', strength: 'zwak' },
    });
    await call(204, 'DELETE', `/api/v1/observations/${spare.id}`, { as: as.analist });
    await call(404, 'DELETE', `/api/v1/observations/${spare.id}`, { as: as.analist });
  });

  it('the network comparison (issue 15)', async () => {
    const network = '/api/v1/networks/voorbeeldland/compare';
    expect(await call(200, 'GET', network, { as: as.analist })).toMatchObject({ format: 'duiding.network-compare/v1' });
    expect(await call(200, 'GET', `${network}?question=gevoel&question=wachtweken`, { as: as.raad })).toMatchObject({ viewer: 'member' });
    await call(400, 'GET', `${network}?question=leeftijd`, { as: as.analist });
    expect(await call(200, 'GET', `${network}?from=2026-01&to=2026-06`, { as: as.analist })).toMatchObject({ period: { from: '2026-01', to: '2026-06' } });
    await call(400, 'GET', `${network}?from=2026-13`, { as: as.analist });
    await call(404, 'GET', '/api/v1/networks/bestaat-niet/compare', { as: as.analist });
    await call(403, 'GET', network, { as: as.interviewer });
  });

  it('stories shared with a network: release with the teller’s consent, list, take back, and their refusals (issue 15)', async () => {
    const told: { id: string } = await call(201, 'POST', `/api/v1/collections/${DEMO_SLUG}/stories`, {
      json: demoSubmission({ consent: { share: true, quote: false, network: true } }),
    });
    const base = '/api/v1/networks/voorbeeldland/stories';
    expect(await call(400, 'POST', base, { as: as.analist, json: { story: told.id } })).toMatchObject({ errors: [{ code: 'not-published' }] });
    const ctx = await contextForTenantSlug(handle.db, 'voorbeeld');
    await publishStory(ctx, told.id);
    const [imported] = await handle.db
      .select({ id: stories.id })
      .from(stories)
      .where(and(eq(stories.tenantId, ctx.tenantId), eq(stories.shareConsent, false), eq(stories.status, 'published')))
      .limit(1);
    expect(await call(400, 'POST', base, { as: as.analist, json: { story: imported!.id } })).toMatchObject({ errors: [{ code: 'no-share-consent' }] });
    await call(400, 'POST', base, { as: as.analist, json: {} });
    await call(403, 'POST', base, { as: as.raad, json: { story: told.id } });
    await call(404, 'POST', '/api/v1/networks/bestaat-niet/stories', { as: as.analist, json: { story: told.id } });
    await call(404, 'POST', base, { as: as.analist, json: { story: UNKNOWN_ID } });
    expect(await call(201, 'POST', base, { as: as.beheerder, json: { story: told.id } })).toEqual({ network: 'voorbeeldland', story: told.id });
    expect(await call(400, 'POST', base, { as: as.analist, json: { story: told.id } })).toMatchObject({ errors: [{ code: 'already-released' }] });
    expect(await call(200, 'GET', base, { as: as.analist })).toMatchObject({ stories: [{ story: told.id, own: true, period: expect.stringMatching(/-Q/) }] });
    await call(400, 'GET', `${base}?q=${'x'.repeat(201)}`, { as: as.analist });
    await call(404, 'GET', '/api/v1/networks/bestaat-niet/stories', { as: as.analist });
    await call(204, 'DELETE', `${base}/${told.id}`, { as: as.analist });
    await call(400, 'DELETE', `${base}/${told.id}`, { as: as.analist });
    await call(404, 'DELETE', `/api/v1/networks/bestaat-niet/stories/${told.id}`, { as: as.analist });
  });

  it('the regional learning network: read, join with consent, adopt, and their refusals (issue 15)', async () => {
    await createNetwork(handle.db, { slug: 'contract-regio', name: 'Contract Regio' });
    const network = '/api/v1/networks/contract-regio';
    await call(404, 'GET', network, { as: as.beheerder });
    await call(400, 'POST', `${network}/members`, { as: as.beheerder, json: { consent: false } });
    await call(403, 'POST', `${network}/members`, { as: as.analist, json: { consent: true } });
    await call(404, 'POST', '/api/v1/networks/bestaat-niet/members', { as: as.beheerder, json: { consent: true } });
    expect(await call(201, 'POST', `${network}/members`, { as: as.beheerder, json: { consent: true } })).toEqual({
      network: 'contract-regio',
      name: 'Contract Regio',
    });
    expect(await call(400, 'POST', `${network}/members`, { as: as.beheerder, json: { consent: true } })).toMatchObject({
      errors: [{ field: 'network', code: 'already-member' }],
    });
    expect(await call(200, 'GET', network, { as: as.analist })).toMatchObject({ memberCount: 1, unnamedCount: 0, questionnaires: [] });
    const shared = {
      format: 'duiding.questionnaire/v1',
      key: 'regio-vragen',
      title: { nl: 'Regio' },
      languages: ['nl'],
      prompts: [],
      questions: [{ key: 'gehoord', about: 'story', type: 'scale', text: { nl: 'Gehoord?' }, min: 1, max: 5 }],
    };
    await addNetworkVersion(await contextForTenantSlug(handle.db, 'voorbeeld'), { network: 'contract-regio', document: shared });
    expect(await call(400, 'POST', `${network}/adoptions`, { as: as.analist, json: { questionnaire: 'regio-vragen', version: 9 } })).toMatchObject({
      errors: [{ field: 'version', code: 'unknown-version' }],
    });
    await call(403, 'POST', `${network}/adoptions`, { as: as.raad, json: { questionnaire: 'regio-vragen', version: 1 } });
    expect(await call(201, 'POST', `${network}/adoptions`, { as: as.analist, json: { questionnaire: 'regio-vragen', version: 1 } })).toEqual({
      key: 'regio-vragen',
      version: 1,
      localQuestions: [],
    });
  });

  it('the network’s quality reviews: plan, read, record, cases, actions and their refusals (issue 15)', async () => {
    const reviews = '/api/v1/networks/voorbeeldland/reviews';
    const leader = await signIn('gespreksleider@voorbeeld.example');
    expect(await call(200, 'GET', reviews, { as: as.analist })).toMatchObject({ network: { slug: 'voorbeeldland' } });
    await call(404, 'GET', '/api/v1/networks/bestaat-niet/reviews', { as: as.analist });
    await call(403, 'GET', reviews, { as: as.raad });
    await call(400, 'POST', reviews, { as: leader, json: { title: ' ' } });
    await call(403, 'POST', reviews, { as: as.analist, json: { title: 'Review' } });
    const { id } = (await call(201, 'POST', reviews, { as: leader, json: { title: 'Review', heldOn: '2026-05-12', participants: [{ role: 'raad' }] } })) as {
      id: string;
    };
    const review = `${reviews}/${id}`;
    await call(404, 'GET', `${reviews}/00000000-0000-4000-8000-000000000000`, { as: as.analist });
    expect(await call(200, 'PUT', `${review}/record`, { as: leader, json: { seen: 'Bel 06-12345678.' } })).toEqual({ removed: 1 });
    await call(400, 'PUT', `${review}/record`, { as: leader, json: { seen: 5 } });
    expect(await call(201, 'POST', `${review}/cases`, { as: as.analist, json: { title: 'Casus', summary: 'BSN 111222333.', period: '2026' } })).toMatchObject({
      removed: 1,
    });
    await call(400, 'POST', `${review}/cases`, { as: as.analist, json: { title: 'Casus' } });
    await call(403, 'POST', `${review}/cases`, { as: as.raad, json: { title: 'Casus', summary: 'x' } });
    const action = { kind: 'praktijk', description: 'Samen oppakken', owner: 'Regio', learningLevel: 2 };
    const { id: actionId } = (await call(201, 'POST', `${review}/actions`, { as: leader, json: action })) as { id: string };
    await call(400, 'POST', `${review}/actions`, { as: leader, json: { ...action, learningLevel: 4 } });
    expect(await call(200, 'PATCH', `${review}/actions/${actionId}`, { as: leader, json: { status: 'afgerond', followUp: 'Klaar.' } })).toEqual({
      updated: true,
    });
    await call(404, 'PATCH', `${review}/actions/00000000-0000-4000-8000-000000000000`, { as: leader, json: { status: 'open' } });
    expect(await call(200, 'GET', review, { as: as.beheerder })).toMatchObject({ cases: [{ title: 'Casus' }], actions: [{ status: 'afgerond' }] });
  });

  it('the network’s published reports: publish, list, read, and their refusals (issue 15)', async () => {
    const reports = '/api/v1/networks/voorbeeldland/reports';
    const coordinator = await signIn('coordinator@voorbeeldland.example');
    expect(await call(200, 'GET', reports, { as: as.analist })).toMatchObject({ network: { slug: 'voorbeeldland' } });
    await call(404, 'GET', '/api/v1/networks/bestaat-niet/reports', { as: as.analist });
    await call(403, 'GET', reports, { as: as.raad });
    expect(await call(400, 'POST', reports, { as: coordinator, json: { title: ' ', from: '2026-13' } })).toMatchObject({
      errors: [{ field: 'title' }, { field: 'from' }],
    });
    await call(403, 'POST', reports, { as: as.analist, json: { title: 'Rapport' } });
    const { id } = (await call(201, 'POST', reports, { as: coordinator, json: { title: 'Rapport', from: '2026-01', to: '2026-06' } })) as { id: string };
    expect(await call(200, 'GET', `${reports}/${id}`, { as: as.beheerder })).toMatchObject({
      report: { title: 'Rapport', period: { from: '2026-01', to: '2026-06' }, document: { viewer: 'published' }, leftSince: { count: 0 } },
    });
    await call(404, 'GET', `${reports}/00000000-0000-4000-8000-000000000000`, { as: as.analist });
  });

  it('indicators', async () => {
    await call(200, 'GET', '/api/v1/indicators?indicator=wachttijd_weken', { as: as.analist });
    await call(200, 'GET', '/api/v1/indicators?format=xlsx', { as: as.raad });
    const definitions = await call(200, 'GET', '/api/v1/indicators/definitions', { as: as.raad });
    expect(await call(200, 'POST', '/api/v1/indicators', { as: as.analist, json: definitions })).toMatchObject({ kind: 'definitions' });
    await call(400, 'POST', '/api/v1/indicators', { as: as.analist, body: 'indicator,area,period,value\nbestaat_niet,GM9999,2025,1\n', type: 'text/csv' });
    await call(403, 'POST', '/api/v1/indicators', { as: as.raad, json: definitions });
  });

  it('opgaven and their theory of change', async () => {
    await call(200, 'GET', '/api/v1/opgaven', { as: as.raad });
    await call(201, 'POST', '/api/v1/opgaven', { as: as.analist, json: { key: 'contract', title: 'Contracttest', domain: 'jeugd', description: '' } });
    await call(400, 'POST', '/api/v1/opgaven', { as: as.analist, json: { key: '' } });
    await call(413, 'POST', '/api/v1/opgaven', { as: as.analist, json: { key: 'groot', description: 'x'.repeat(300 * 1024) } });
    const statement: { id: string } = await call(201, 'POST', '/api/v1/opgaven/contract/statements', {
      as: as.analist,
      json: { action: 'het wijkteam dichtbij laten werken', contributesTo: 'minder zware hulp', because: 'problemen eerder gezien worden' },
    });
    await call(404, 'POST', '/api/v1/opgaven/bestaat-niet/statements', { as: as.analist, json: { action: 'a', contributesTo: 'b', because: 'c' } });
    const assumption: { id: string } = await call(201, 'POST', `/api/v1/opgaven/contract/statements/${statement.id}/assumptions`, {
      as: as.analist,
      json: { text: 'Gezinnen melden zich eerder.' },
    });
    await call(201, 'POST', `/api/v1/opgaven/contract/elements/${assumption.id}/links`, {
      as: as.analist,
      json: { kind: 'indicator', ref: 'wachttijd_weken' },
    });
    await call(400, 'POST', `/api/v1/opgaven/contract/elements/${assumption.id}/links`, { as: as.analist, json: { kind: 'indicator', ref: 'bestaat_niet' } });
    const judged = { status: 'houdt-stand', evidence: { note: 'contract', items: [{ kind: 'indicator', indicator: 'wachttijd_weken', area: 'GM9999' }] } };
    await call(201, 'POST', `/api/v1/opgaven/contract/assumptions/${assumption.id}/status`, { as: as.analist, json: judged });
    await call(400, 'POST', `/api/v1/opgaven/contract/assumptions/${assumption.id}/status`, { as: as.analist, json: { status: 'weerlegd' } });
    await call(403, 'POST', `/api/v1/opgaven/contract/assumptions/${assumption.id}/status`, { as: as.raad, json: judged });
    const theory = await call(200, 'GET', '/api/v1/opgaven/contract', { as: as.analist });
    expect(JSON.stringify(theory)).toContain('houdt-stand');
    await call(200, 'GET', '/api/v1/opgaven/zo-thuis', { as: as.raad });
    await call(404, 'GET', '/api/v1/opgaven/bestaat-niet', { as: as.raad });
  });

  it('dialogues and actions', async () => {
    const planned: { id: string } = await call(201, 'POST', '/api/v1/dialogues', {
      as: as.analist,
      json: { kind: 'kwaliteitsreview', title: 'Review', heldOn: '2026-05-01', opgave: 'zo-thuis', participants: [{ role: 'aanbieder', name: 'De Linde' }] },
    });
    await call(400, 'POST', '/api/v1/dialogues', { as: as.analist, json: { kind: 'feest' } });
    const action: { id: string } = await call(201, 'POST', `/api/v1/dialogues/${planned.id}/actions`, {
      as: as.analist,
      json: { kind: 'praktijk', description: 'Inloopspreekuur', owner: 'Wijkteam', dueOn: '2026-06-01', learningLevel: 1 },
    });
    await call(200, 'PATCH', `/api/v1/dialogues/${planned.id}/actions/${action.id}`, { as: as.analist, json: { status: 'loopt', followUp: 'Gestart.' } });
    await call(400, 'PATCH', `/api/v1/dialogues/${planned.id}/actions/${action.id}`, { as: as.analist, json: { status: 'klaar' } });
    await call(404, 'POST', `/api/v1/dialogues/${UNKNOWN_ID}/actions`, {
      as: as.analist,
      json: { kind: 'praktijk', description: 'x', owner: 'y', learningLevel: 1 },
    });
    await call(200, 'GET', '/api/v1/dialogues', { as: as.raad });
    const read = await call(200, 'GET', `/api/v1/dialogues/${planned.id}`, { as: as.raad });
    expect(JSON.stringify(read)).not.toContain('tenantId');
    await call(404, 'GET', `/api/v1/dialogues/${UNKNOWN_ID}`, { as: as.raad });
  });

  it('the monitor, curated stories, the threshold and the staalkaart', async () => {
    await call(200, 'GET', '/api/v1/opgaven/zo-thuis/monitor', { as: as.analist });
    const council = await call(200, 'GET', '/api/v1/opgaven/zo-thuis/monitor?period=2026', { as: as.raad });
    expect(council).toMatchObject({ suppressionApplied: true });
    await call(404, 'GET', '/api/v1/opgaven/bestaat-niet/monitor', { as: as.raad });
    const [quotable] = await handle.db
      .select({ ref: stories.ref })
      .from(stories)
      .where(and(eq(stories.status, 'published'), eq(stories.consentQuote, true)))
      .limit(1);
    const chosen: { id: string } = await call(201, 'POST', '/api/v1/opgaven/zo-thuis/curated-stories', {
      as: as.analist,
      json: { story: quotable!.ref, note: 'contract' },
    });
    await call(400, 'POST', '/api/v1/opgaven/zo-thuis/curated-stories', { as: as.analist, json: { story: 'bestaat-niet' } });
    await call(204, 'DELETE', `/api/v1/opgaven/zo-thuis/curated-stories/${chosen.id}`, { as: as.analist });
    await call(404, 'DELETE', `/api/v1/opgaven/zo-thuis/curated-stories/${chosen.id}`, { as: as.analist });
    await call(200, 'PUT', '/api/v1/monitor/settings', { as: as.beheerder, json: { suppression_threshold: 5 } });
    await call(400, 'PUT', '/api/v1/monitor/settings', { as: as.beheerder, json: { suppression_threshold: 1 } });
    await call(403, 'PUT', '/api/v1/monitor/settings', { as: as.analist, json: { suppression_threshold: 5 } });
    await call(200, 'GET', '/api/v1/staalkaart', { as: as.raad });
    await call(204, 'PUT', '/api/v1/staalkaart/jeugd', {
      as: as.analist,
      json: { legal_basis: 'Jeugdwet', room: 'beperkt', room_explanation: 'Regionaal ingekocht.' },
    });
    await call(400, 'PUT', '/api/v1/staalkaart/jeugd', { as: as.analist, json: { legal_basis: '', room: 'enorm', room_explanation: '' } });
    await call(404, 'PUT', '/api/v1/staalkaart/ruimtevaart', { as: as.analist, json: { legal_basis: 'x', room: 'klein', room_explanation: 'y' } });
  });

  it('reports: generate, list, read, download and publish', async () => {
    const draft: { id: string } = await call(201, 'POST', '/api/v1/opgaven/zo-thuis/reports', { as: as.analist, json: { period: '2026' } });
    await call(400, 'POST', '/api/v1/opgaven/zo-thuis/reports', { as: as.analist, json: { lang: 'fr' } });
    await call(404, 'POST', '/api/v1/opgaven/bestaat-niet/reports', { as: as.analist, json: {} });
    await call(200, 'GET', '/api/v1/reports?opgave=zo-thuis', { as: as.raad });
    await call(200, 'GET', `/api/v1/reports/${draft.id}`, { as: as.raad });
    await call(200, 'GET', `/api/v1/reports/${draft.id}.html`, { as: as.raad });
    await call(200, 'GET', `/api/v1/reports/${draft.id}.pdf`, { as: as.raad });
    await call(404, 'GET', `/api/v1/reports/${UNKNOWN_ID}`, { as: as.raad });
    await call(400, 'GET', '/api/v1/reports/geen-id', { as: as.raad });
    await call(200, 'POST', `/api/v1/reports/${draft.id}/publish`, { as: as.analist });
    await call(404, 'POST', `/api/v1/reports/${UNKNOWN_ID}/publish`, { as: as.analist });
  }, 120_000);

  it('the audit log and the municipality export', async () => {
    await call(200, 'GET', '/api/v1/audit', { as: as.beheerder });
    await call(400, 'GET', '/api/v1/audit?before=-1', { as: as.beheerder });
    await call(403, 'GET', '/api/v1/audit', { as: as.analist });
    await call(200, 'GET', '/api/v1/tenant/export', { as: as.beheerder });
  }, 120_000);

  it('the public story endpoints: submit, retry, refuse, withdraw', async () => {
    const url = `/api/v1/collections/${DEMO_SLUG}/stories`;
    const submission = demoSubmission();
    const stored: { withdrawalCode: string } = await call(201, 'POST', url, { json: submission });
    await call(200, 'POST', url, { json: submission });
    await call(400, 'POST', url, { json: demoSubmission({ title: 't'.repeat(201) }) });
    await call(400, 'POST', url, { body: '{"title":', type: 'application/json' });
    await call(415, 'POST', url, { body: 'title=x', type: 'application/x-www-form-urlencoded' });
    await call(403, 'POST', url, { json: submission, headers: { origin: 'https://elders.example' } });
    await call(404, 'POST', '/api/v1/collections/bestaat-niet/stories', { json: demoSubmission() });
    await call(400, 'DELETE', '/api/v1/stories/withdraw', { json: {} });
    await call(204, 'DELETE', '/api/v1/stories/withdraw', { json: { code: stored.withdrawalCode } });
    await call(404, 'DELETE', '/api/v1/stories/withdraw', { json: { code: stored.withdrawalCode } });
  });

  it('refuses every guarded route without a session (401), as a documented problem', async () => {
    const example: Record<string, string> = {
      key: 'zo-thuis',
      id: UNKNOWN_ID,
      actionId: UNKNOWN_ID,
      storyId: UNKNOWN_ID,
      file: UNKNOWN_ID,
      domain: 'jeugd',
      slug: DEMO_SLUG,
    };
    const open = new Set(['POST /api/v1/session', 'DELETE /api/v1/session', `POST /api/v1/collections/{slug}/stories`, 'DELETE /api/v1/stories/withdraw']);
    for (const operation of contract.allOperations().filter((o) => !open.has(o))) {
      const [method, path] = operation.split(' ') as [string, string];
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => example[name]!);
      const problem = await call(401, method, url, method === 'GET' ? {} : { json: {} });
      expect(problem).toMatchObject({ status: 401, type: 'https://duiding.nl/problems/unauthenticated' });
    }
  });

  it('has called every operation of the document with a success', () => {
    const missing = contract.allOperations().filter((operation) => ![...(contract.seen.get(operation) ?? [])].some((status) => status < 300));
    expect(missing).toEqual([]);
  });
});

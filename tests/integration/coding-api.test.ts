// Coding over HTTP (issue 11): the codebook and the codes on a story, with every kind of bad input
// refused as problem+json that names the field, and nothing written. Both databases.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { createApp } from '../../src/http/app.ts';
import { createSession, findSession } from '../../src/services/auth/sessions.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { seedTwoTenants, type Caller, type TwoTenants } from '../support/two-tenants.ts';

describe.each(testDatabaseTargets())('coding API on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let tenants: TwoTenants;
  let storyId: string;
  let storyLength: number;
  let storyOfB: string;

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
  const count = async (table: 'codes' | 'code_applications') =>
    ((await handle.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  async function refused(response: Response, status: number, field: string, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { errors: { field: string; code: string; message: string; message_nl: string }[] };
    expect(body.errors?.map, JSON.stringify(body)).toBeDefined();
    expect(body.errors.map((e) => [e.field, e.code])).toContainEqual([field, code]);
    for (const e of body.errors) expect(e.message_nl).not.toEqual(e.message);
    return body;
  }

  beforeAll(async () => {
    handle = await create();
    tenants = await seedTwoTenants(handle, { stories: 12 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    const rows = (
      (await handle.db.execute(
        sql`select id::text as id, length(text) as n from stories where tenant_id = ${tenants.a.tenantId} and status = 'published' order by ref limit 1`,
      )) as unknown as { rows: { id: string; n: number }[] }
    ).rows;
    storyId = rows[0]!.id;
    storyLength = rows[0]!.n;
    storyOfB = (
      (await handle.db.execute(sql`select id::text as id from stories where tenant_id = ${tenants.b.tenantId} limit 1`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows[0]!.id;
  }, 180_000);
  afterAll(async () => handle?.close());

  it('keeps a codebook: add (201), list parents before children, edit, and refuses bad codes naming the field', async () => {
    expect((await send(analist(), 'POST', '/api/v1/questionnaires/zo-thuis/codebook', { slug: 'welzijn', label: 'Welzijn' })).status).toBe(201);
    const child = await send(analist(), 'POST', '/api/v1/questionnaires/zo-thuis/codebook', {
      slug: 'eenzaamheid',
      label: 'Eenzaamheid',
      description: 'Alleen staan',
      parent: 'welzijn',
    });
    expect(child.status).toBe(201);
    expect(await child.json()).toEqual({ slug: 'eenzaamheid', label: 'Eenzaamheid', description: 'Alleen staan', parent: 'welzijn' });
    expect((await send(analist(), 'POST', '/api/v1/questionnaires/zo-thuis/codebook', { slug: 'autonomie', label: 'Autonomie' })).status).toBe(201);
    const list = await send(tenants.callers.a.gespreksleider, 'GET', '/api/v1/questionnaires/zo-thuis/codebook');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { codes: { slug: string; parent: string | null }[] }).codes).toEqual([
      { slug: 'autonomie', label: 'Autonomie', description: '', parent: null },
      { slug: 'welzijn', label: 'Welzijn', description: '', parent: null },
      { slug: 'eenzaamheid', label: 'Eenzaamheid', description: 'Alleen staan', parent: 'welzijn' },
    ]);

    const before = await count('codes');
    const post = (body: unknown) => send(analist(), 'POST', '/api/v1/questionnaires/zo-thuis/codebook', body);
    await refused(await post({ slug: 'welzijn', label: 'Nog eens' }), 400, 'slug', 'duplicate-slug');
    await refused(await post({ slug: 'Hoofd Letter', label: 'X' }), 400, 'slug', 'invalid-slug');
    await refused(await post({ slug: 'x'.repeat(41), label: 'X' }), 400, 'slug', 'invalid-slug');
    await refused(await post({ slug: 'kleinkind', label: 'X', parent: 'eenzaamheid' }), 400, 'parent', 'parent-is-child');
    await refused(await post({ slug: 'wees', label: 'X', parent: 'bestaat-niet' }), 400, 'parent', 'unknown-parent');
    await refused(await post({ slug: 'leeg', label: '   ' }), 400, 'label', 'required');
    await refused(await post({ label: 'Zonder slug' }), 400, 'slug', 'invalid');
    const broken = await post('{"slug": ');
    expect([broken.status, broken.headers.get('content-type')]).toEqual([400, 'application/problem+json; charset=utf-8']);
    expect(await count('codes')).toBe(before);

    // Editing: a parent with children cannot become a child; the label changes, the slug stays.
    await refused(
      await send(analist(), 'PATCH', '/api/v1/questionnaires/zo-thuis/codebook/welzijn', { label: 'Welzijn', parent: 'autonomie' }),
      400,
      'parent',
      'has-children',
    );
    await refused(
      await send(analist(), 'PATCH', '/api/v1/questionnaires/zo-thuis/codebook/autonomie', { label: 'Autonomie', parent: 'autonomie' }),
      400,
      'parent',
      'own-parent',
    );
    const edited = await send(analist(), 'PATCH', '/api/v1/questionnaires/zo-thuis/codebook/autonomie', { label: 'Zelf kiezen', parent: 'welzijn' });
    expect(await edited.json()).toEqual({ slug: 'autonomie', label: 'Zelf kiezen', description: '', parent: 'welzijn' });
    await refused(await send(analist(), 'PATCH', '/api/v1/questionnaires/zo-thuis/codebook/nergens', { label: 'X' }), 404, 'code', 'unknown-code');
    await refused(await send(analist(), 'GET', '/api/v1/questionnaires/bestaat-niet/codebook'), 404, 'questionnaire', 'unknown-questionnaire');
  });

  it('codes a whole story and passages (204), idempotently, and removes them again', async () => {
    const path = `/api/v1/stories/${storyId}/codes/eenzaamheid`;
    const first = await send(analist(), 'PUT', path);
    expect(first.status, await first.clone().text()).toBe(204);
    expect((await send(analist(), 'PUT', path)).status).toBe(204);
    expect((await send(analist(), 'PUT', path, { start: 0, end: 5 })).status).toBe(204);
    expect((await send(analist(), 'PUT', path, { start: 0, end: 5 })).status).toBe(204);
    expect((await send(analist(), 'PUT', path, { start: 5, end: 9 })).status).toBe(204); // touching is not overlapping
    // Another analyst may code the same passage: agreement compares them.
    const userId = await upsertUser(handle.db, {
      email: 'tweede-analist@a.example',
      displayName: 'Tweede analist',
      passwordHash: null,
      homeTenantId: tenants.a.tenantId,
    });
    await addMembership(handle.db, { tenantId: tenants.a.tenantId, userId, role: 'analist' });
    const token = await createSession(handle.db, userId, tenants.a.tenantId);
    const second = { cookie: `duiding_session=${token}`, csrfToken: (await findSession(handle.db, token))!.csrfToken };
    expect((await send(second, 'PUT', path, { start: 2, end: 7 })).status).toBe(204);
    const mine = (
      (await handle.db.execute(
        sql`select start_offset as s, end_offset as e from code_applications where story_id = ${storyId} order by s nulls first, e`,
      )) as unknown as { rows: { s: number | null; e: number | null }[] }
    ).rows;
    expect(mine).toEqual([
      { s: null, e: null },
      { s: 0, e: 5 },
      { s: 2, e: 7 },
      { s: 5, e: 9 },
    ]);

    expect((await send(analist(), 'DELETE', path, { start: 5, end: 9 })).status).toBe(204);
    expect((await send(analist(), 'DELETE', path)).status).toBe(204);
    await refused(await send(analist(), 'DELETE', path), 404, 'code', 'not-coded');
    expect(await count('code_applications')).toBe(2);
  });

  it('refuses bad codings with problem+json naming the field, and writes nothing', async () => {
    const before = await count('code_applications');
    const put = (slug: string, body?: unknown, id = storyId) => send(analist(), 'PUT', `/api/v1/stories/${id}/codes/${slug}`, body);
    await refused(await put('bestaat-niet'), 404, 'code', 'unknown-code');
    await refused(await put('eenzaamheid', undefined, '00000000-0000-4000-8000-000000000000'), 404, 'id', 'unknown-story');
    await refused(await put('eenzaamheid', undefined, 'geen-uuid'), 404, 'id', 'unknown-story');
    await refused(await put('eenzaamheid', { start: 3, end: 8 }), 400, 'start', 'overlapping-passage');
    await refused(await put('eenzaamheid', { start: storyLength - 2, end: storyLength + 1 }), 400, 'end', 'past-end');
    await refused(await put('eenzaamheid', { start: 9, end: 9 }), 400, 'start', 'empty-span');
    await refused(await put('eenzaamheid', { start: 12, end: 10 }), 400, 'start', 'empty-span');
    await refused(await put('eenzaamheid', { start: 3 }), 400, 'end', 'required');
    await refused(await put('eenzaamheid', { start: -1, end: 4 }), 400, 'start', 'not-an-offset');
    await refused(await put('eenzaamheid', { start: 1.5, end: 4 }), 400, 'start', 'not-an-offset');
    await refused(await put('eenzaamheid', { start: '1', end: 4 }), 400, 'start', 'not-an-offset');
    expect(await count('code_applications')).toBe(before);
  });

  it('lets analist code and gespreksleider read; others get 403; another municipality finds nothing (404)', async () => {
    for (const role of ['beheerder', 'interviewer', 'raad', 'aanbieder'] as const) {
      expect((await send(tenants.callers.a[role], 'GET', '/api/v1/questionnaires/zo-thuis/codebook')).status).toBe(403);
    }
    expect((await send(tenants.callers.a.gespreksleider, 'PUT', `/api/v1/stories/${storyId}/codes/eenzaamheid`)).status).toBe(403);
    expect((await send(tenants.callers.a.gespreksleider, 'POST', '/api/v1/questionnaires/zo-thuis/codebook', { slug: 'x', label: 'X' })).status).toBe(403);
    expect((await send(null, 'GET', '/api/v1/questionnaires/zo-thuis/codebook')).status).toBe(401);
    const before = await count('code_applications');
    const ofB = tenants.callers.b.analist;
    expect((await send(ofB, 'GET', '/api/v1/questionnaires/zo-thuis/codebook')).status).toBe(404);
    expect((await send(ofB, 'PUT', `/api/v1/stories/${storyId}/codes/eenzaamheid`)).status).toBe(404);
    expect((await send(ofB, 'DELETE', `/api/v1/stories/${storyId}/codes/eenzaamheid`, { start: 0, end: 5 })).status).toBe(404);
    expect(await count('code_applications')).toBe(before);
    // B's own story cannot use A's codebook either.
    expect((await send(analist(), 'PUT', `/api/v1/stories/${storyOfB}/codes/eenzaamheid`)).status).toBe(404);
  });

  it('gives the agreement of the two analysts who coded the same story, as the Overeenstemming page does', async () => {
    const response = await send(tenants.callers.a.gespreksleider, 'GET', '/api/v1/questionnaires/zo-thuis/agreement');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      analysts: { id: string; stories: number }[];
      pair: string[] | null;
      n: number;
      codes: { slug: string; n: number; first: number; second: number; both: number; kappa: number | null }[];
      alpha: number | null;
      decisions: number;
    };
    // Two analysts coded the first story with eenzaamheid (the earlier test): one shared story.
    expect(body.analysts).toHaveLength(2);
    expect(body.pair).toEqual(body.analysts.map((a) => a.id));
    expect(body.n).toBe(1);
    expect(body.codes.find((c) => c.slug === 'eenzaamheid')).toMatchObject({ n: 1, first: 1, second: 1, both: 1, kappa: null });
    expect(body.decisions).toBe(body.codes.length);
    expect((await send(tenants.callers.a.raad, 'GET', '/api/v1/questionnaires/zo-thuis/agreement')).status).toBe(403);
    expect((await send(tenants.callers.b.analist, 'GET', '/api/v1/questionnaires/zo-thuis/agreement')).status).toBe(404);
  });

  it('removes a code with its codings (204) after a confirmation on the page; refuses a parent, an unknown code and another municipality', async () => {
    const path = '/api/v1/questionnaires/zo-thuis/codebook';
    expect((await send(analist(), 'POST', path, { slug: 'weg', label: 'Weg ermee' })).status).toBe(201);
    expect((await send(analist(), 'PUT', `/api/v1/stories/${storyId}/codes/weg`)).status).toBe(204);
    const codings = await count('code_applications');

    // A parent with sub-codes stays, and nothing is written; so does everything for others.
    await refused(await send(analist(), 'DELETE', `${path}/welzijn`), 400, 'code', 'code-has-children');
    await refused(await send(analist(), 'DELETE', `${path}/bestaat-niet`), 404, 'code', 'unknown-code');
    expect((await send(tenants.callers.b.analist, 'DELETE', `${path}/weg`)).status).toBe(404);
    expect((await send(tenants.callers.a.gespreksleider, 'DELETE', `${path}/weg`)).status).toBe(403);
    expect(await count('code_applications')).toBe(codings);

    // The page asks first, naming the codings that go with it; nothing is gone before "bevestigd".
    const form = (fields: Record<string, string>) =>
      app.request('/codeboek/zo-thuis/weg/verwijderen', {
        method: 'POST',
        headers: { origin: 'http://localhost', cookie: analist().cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: analist().csrfToken, ...fields }).toString(),
      });
    const ask = await form({});
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('Daarmee verdwijnt ook 1 codering.');
    expect(await count('code_applications')).toBe(codings);
    const done = await form({ bevestigd: 'ja' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/codeboek/zo-thuis?gedaan=verwijderd');
    expect(await count('code_applications')).toBe(codings - 1);
    const list = (await (await send(analist(), 'GET', path)).json()) as { codes: { slug: string }[] };
    expect(list.codes.map((c) => c.slug)).not.toContain('weg');

    // Through the API as well.
    expect((await send(analist(), 'POST', path, { slug: 'ook-weg', label: 'Ook weg' })).status).toBe(201);
    expect((await send(analist(), 'DELETE', `${path}/ook-weg`)).status).toBe(204);
    await refused(await send(analist(), 'DELETE', `${path}/ook-weg`), 404, 'code', 'unknown-code');
  });

  it('describes the routes in the OpenAPI document with their schemas', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths['/api/v1/questionnaires/{key}/codebook']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/stories/{id}/codes/{slug}']!).sort()).toEqual(['delete', 'put']);
    expect(JSON.stringify(doc.paths['/api/v1/questionnaires/{key}/codebook']!.get!.responses['200'])).toContain('#/components/schemas/Code');
    expect(Object.keys((doc as unknown as { components: { schemas: Record<string, { properties: object }> } }).components.schemas.Code!.properties)).toEqual([
      'slug',
      'label',
      'description',
      'parent',
    ]);
  });
});

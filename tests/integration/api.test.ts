// The HTTP API against the real app and database: roles, tenants, CSRF, problem+json, limits.
import { hash } from '@node-rs/argon2';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { addMembership, upsertUser } from '../../src/db/repositories/users.repository.ts';
import { createApp } from '../../src/http/app.ts';
import { textSource } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { importStories } from '../../src/services/import-stories.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

const SECRET_TEXT = 'Geheim verhaal van een andere gemeente';
const OTHER_QUESTIONNAIRE = {
  format: 'duiding.questionnaire/v1',
  key: 'geheim',
  title: { nl: 'Geheim' },
  languages: ['nl'],
  prompts: [],
  questions: [{ key: 'cijfer', about: 'story', type: 'scale', text: { nl: 'Cijfer' }, min: 1, max: 10 }],
};

describe.each(testDatabaseTargets())('HTTP API on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;

  async function signIn(email: string, password = DEMO_PASSWORD) {
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie, csrfToken };
  }

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 60 });
    const other = await createTestTenant(handle, 'anders');
    await importQuestionnaire(other, OTHER_QUESTIONNAIRE);
    await importStories(other, {
      source: textSource('s.csv', `story_id,collected_at,collection,language,prompt,title,text,cijfer\nx1,2026-01-01,k,nl,,Titel,${SECRET_TEXT},7\n`),
      questionnaireKey: 'geheim',
    });
    const userId = await upsertUser(handle.db, {
      email: 'analist@anders.example',
      displayName: 'Analist Anders',
      passwordHash: await hash('anders-wachtwoord'),
      homeTenantId: other.tenantId,
    });
    await addMembership(handle.db, { tenantId: other.tenantId, userId, role: 'analist' });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
  });
  afterAll(async () => handle?.close());

  it('answers /health and serves the OpenAPI document', async () => {
    expect((await app.request('/health')).status).toBe(200);
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/questionnaires/{key}/stories', '/api/v1/indicators']));
  });

  it('sends strict security headers', async () => {
    const response = await app.request('/health');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses requests without a session as problem+json', async () => {
    const response = await app.request('/api/v1/questionnaires');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 401, detail_nl: 'Log eerst in.' });
  });

  it("keeps one municipality out of another municipality's data", async () => {
    const { cookie } = await signIn('analist@voorbeeld.example');
    const list = (await (await app.request('/api/v1/questionnaires', { headers: { cookie } })).json()) as { questionnaires: { key: string }[] };
    expect(list.questionnaires.map((q) => q.key)).toEqual(['zo-thuis']);
    for (const path of ['/api/v1/questionnaires/geheim', '/api/v1/questionnaires/geheim/stories', '/api/v1/questionnaires/geheim/patterns']) {
      const response = await app.request(path, { headers: { cookie } });
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain(SECRET_TEXT);
    }
    const own = await signIn('analist@anders.example', 'anders-wachtwoord');
    const exported = await (await app.request('/api/v1/questionnaires/geheim/stories', { headers: { cookie: own.cookie } })).text();
    expect(exported).toContain(SECRET_TEXT);
    const otherDemo = await app.request('/api/v1/questionnaires/zo-thuis/stories', { headers: { cookie: own.cookie } });
    expect(otherDemo.status).toBe(404);
  });

  it('lets the council role read figures but not raw stories', async () => {
    const { cookie } = await signIn('raad@voorbeeld.example');
    expect((await app.request('/api/v1/questionnaires/zo-thuis/stories', { headers: { cookie } })).status).toBe(403);
    expect((await app.request('/api/v1/questionnaires/zo-thuis/patterns', { headers: { cookie } })).status).toBe(403);
    expect((await app.request('/api/v1/indicators', { headers: { cookie } })).status).toBe(200);
  });

  it('requires the CSRF token for changes made with a session cookie', async () => {
    const { cookie, csrfToken } = await signIn('analist@voorbeeld.example');
    const csv = 'indicator,area,period,value\njongeren_met_jeugdhulp_pct,WK999901,2026,1\n';
    const without = await app.request('/api/v1/indicators', { method: 'POST', headers: { cookie, 'content-type': 'text/csv' }, body: csv });
    expect(without.status).toBe(403);
    const wrong = await app.request('/api/v1/indicators', {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv', 'x-csrf-token': 'x' + csrfToken },
      body: csv,
    });
    expect(wrong.status).toBe(403);
    const right = await app.request('/api/v1/indicators', {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv', 'x-csrf-token': csrfToken },
      body: csv,
    });
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ kind: 'observations', rows: 1, definitionsCreated: [], read: { format: 'csv', dialect: { separator: ',' } } });
  });

  it('exports figures and stories as XLSX and takes the workbooks back, saying how they were read', async () => {
    const { cookie, csrfToken } = await signIn('analist@voorbeeld.example');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const figures = await app.request('/api/v1/indicators?format=xlsx', { headers: { cookie } });
    expect(figures.status).toBe(200);
    expect(figures.headers.get('content-type')).toBe(xlsx);
    const back = await app.request('/api/v1/indicators', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': xlsx },
      body: await figures.arrayBuffer(),
    });
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ kind: 'observations', definitionsCreated: [], read: { format: 'xlsx', sheets: ['definities', 'waarnemingen'] } });
    const before = await (await app.request('/api/v1/questionnaires/zo-thuis/stories', { headers: { cookie } })).text();
    const stories = await app.request('/api/v1/questionnaires/zo-thuis/stories?format=xlsx', { headers: { cookie } });
    expect(stories.headers.get('content-disposition')).toBe('attachment; filename="zo-thuis-stories.xlsx"');
    const imported = await app.request('/api/v1/questionnaires/zo-thuis/stories', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': xlsx },
      body: await stories.arrayBuffer(),
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ stories: 60, replaced: 60, read: { format: 'xlsx', sheets: ['verhalen'] } });
    expect(await (await app.request('/api/v1/questionnaires/zo-thuis/stories', { headers: { cookie } })).text()).toBe(before);
  });

  it('rejects a bad stories upload with every problem and its line, in Dutch and English', async () => {
    const { cookie, csrfToken } = await signIn('analist@voorbeeld.example');
    const before = await (await app.request('/api/v1/questionnaires/zo-thuis/stories', { headers: { cookie } })).text();
    const header = before.split('\r\n')[0];
    const columns = header.split(',');
    const row = columns.map(
      (c) =>
        ({
          story_id: 'nieuw-1',
          collected_at: '2026-05-01',
          collection: 'zo-thuis-2026',
          language: 'nl',
          title: 'T',
          text: 'Tekst',
          cijfer: 'tien',
          gevoel: 'blij',
          rol: 'ouder',
          wijk: 'WK999901',
        })[c] ?? '',
    );
    const response = await app.request('/api/v1/questionnaires/zo-thuis/stories', {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv', 'x-csrf-token': csrfToken },
      body: `${header}\n${row.join(',')}\n`,
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { line: number; column: string; message: string; message_nl: string }[] };
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ line: 2, column: 'cijfer', message_nl: 'stories.csv:2: kolom "cijfer": "tien" is geen getal' }),
    );
    expect(problem.errors.find((e) => e.column === 'cijfer')!.message).toBe('stories.csv:2: column "cijfer": "tien" is not a number');
    const after = await (await app.request('/api/v1/questionnaires/zo-thuis/stories', { headers: { cookie } })).text();
    expect(after).toBe(before);
  });

  it('limits the size of ordinary request bodies', async () => {
    const response = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(300 * 1024) }),
    });
    expect(response.status).toBe(413);
  });
});

// "Wat we zagen" for the council (issue 11): an observation whose selection holds fewer stories
// than the suppression threshold goes into an opgave's monitor. The analyst's own page shows that
// small count; the council's monitor page, its API document and the council report show the
// observation's words and interpretations, and no figure of it at all. Both databases.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createApp } from '../../src/http/app.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { seedTwoTenants, type Caller, type TwoTenants } from '../support/two-tenants.ts';

const TITLE = 'Mantelzorgers voelen zich niet gezien';
const INTERPRETATIONS = ['De hulp richt zich op de jongere, niet op wie zorgt.', 'Mantelzorgers kennen de weg naar de wijkteams niet.'];

/** The text of the section with this heading id, up to the next section (tags stripped). */
function sectionText(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('<section', start + 1);
  return html
    .slice(start, end < 0 ? undefined : end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe.each(testDatabaseTargets())('"Wat we zagen" for the council on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let tenants: TwoTenants;
  let opgave: string;
  let small: { group: string; total: number };

  const send = (caller: Caller, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        origin: 'http://localhost',
        cookie: caller.cookie,
        'x-csrf-token': caller.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    handle = await create();
    tenants = await seedTwoTenants(handle, { stories: 40 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    opgave = (
      (await handle.db.execute(sql`select key from opgaven where tenant_id = ${tenants.a.tenantId} order by key limit 1`)) as unknown as {
        rows: { key: string }[];
      }
    ).rows[0]!.key;
    const analist = tenants.callers.a.analist;
    // A group with fewer stories than the threshold (5): a small cell the council may never see.
    for (const value of ['mantelzorger', 'professional', 'jongere', 'ouder']) {
      const response = await send(analist, 'GET', `/api/v1/questionnaires/zo-thuis/stories-behind?group=rol:${value}&pageSize=1`);
      const { total } = (await response.json()) as { total: number };
      if (total >= 1 && total < 5) {
        small = { group: `rol:${value}`, total };
        break;
      }
    }
    expect(small, 'the demo needs a group of 1–4 stories').toBeDefined();
    const made = await send(analist, 'POST', '/api/v1/observations', {
      questionnaire: 'zo-thuis',
      source: { kind: 'selection', group: [small.group], range: [], filter: [], search: '' },
      title: TITLE,
      body: 'Dit zagen we in de verhalen van mantelzorgers.',
      strength: 'zwak',
    });
    const { id } = (await made.json()) as { id: string };
    for (const text of INTERPRETATIONS) await send(analist, 'POST', `/api/v1/observations/${id}/interpretations`, { text });
    expect((await send(analist, 'PUT', `/api/v1/observations/${id}/monitor`, { opgave })).status).toBe(200);
    // The analyst's own page shows the small count: the figure exists, and is the analyst's only.
    const own = await (await send(analist, 'GET', `/observaties/${id}`)).text();
    expect(own).toContain(small.total === 1 ? '1 verhaal in deze selectie' : `${small.total} verhalen in deze selectie`);
  }, 180_000);
  afterAll(async () => handle?.close());

  it('the council monitor page shows the observation and its interpretations, without any figure', async () => {
    const html = await (await send(tenants.callers.a.raad, 'GET', `/monitor/${opgave}`)).text();
    const seen = sectionText(html, 'wat-we-zagen');
    expect(seen).toContain(TITLE);
    for (const text of INTERPRETATIONS) expect(seen).toContain(text);
    expect(seen).not.toMatch(/\d/);
  });

  it('the council monitor document carries words only', async () => {
    const response = await send(tenants.callers.a.raad, 'GET', `/api/v1/opgaven/${opgave}/monitor`);
    expect(response.status).toBe(200);
    const { seen } = (await response.json()) as { seen: Record<string, unknown>[] };
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({
      title: TITLE,
      body: 'Dit zagen we in de verhalen van mantelzorgers.',
      strength: 'zwak',
      interpretations: INTERPRETATIONS.map((text) => ({ text, perspective: null })),
    });
    expect(JSON.stringify(seen)).not.toMatch(/\d/);
  });

  it('the council report has the section, without any figure', async () => {
    const made = await send(tenants.callers.a.analist, 'POST', `/api/v1/opgaven/${opgave}/reports`, {});
    expect(made.status, await made.clone().text()).toBe(201);
    const { links } = (await made.json()) as { links: { html: string } };
    const html = await (await send(tenants.callers.a.raad, 'GET', links.html)).text();
    const seen = sectionText(html, 'wat-we-zagen');
    expect(seen).toContain(TITLE);
    for (const text of INTERPRETATIONS) expect(seen).toContain(text);
    expect(seen).not.toMatch(/\d/);
  });

  it('an incomplete observation, or one whose words name a small count, never reaches the monitor', async () => {
    const analist = tenants.callers.a.analist;
    const { patterns } = (await (await send(analist, 'GET', '/api/v1/questionnaires/zo-thuis/patterns')).json()) as { patterns: { a: string; b: string }[] };
    const made = await send(analist, 'POST', '/api/v1/observations', {
      questionnaire: 'zo-thuis',
      source: { kind: 'pattern', a: patterns[0]!.a, b: patterns[0]!.b, filter: [] },
      title: 'Half af',
      strength: 'middel',
    });
    const { id } = (await made.json()) as { id: string };
    await send(analist, 'POST', `/api/v1/observations/${id}/interpretations`, { text: 'Eén lezing' });
    expect((await send(analist, 'PUT', `/api/v1/observations/${id}/monitor`, { opgave })).status).toBe(400);
    // Complete, but its words name a count under the threshold: refused, naming the number.
    await send(analist, 'POST', `/api/v1/observations/${id}/interpretations`, { text: 'Maar 3 jongeren zeiden dit.' });
    const refused = await send(analist, 'PUT', `/api/v1/observations/${id}/monitor`, { opgave });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors: { field: string; code: string; message_nl: string }[] };
    expect(problem.errors).toMatchObject([{ field: 'opgave', code: 'small-number-in-text' }]);
    expect(problem.errors[0]!.message_nl).toContain('het getal 3');
    const html = await (await send(tenants.callers.a.raad, 'GET', `/monitor/${opgave}`)).text();
    expect(html).not.toContain('Half af');
  });
});

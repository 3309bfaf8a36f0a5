// Council reports on both databases: built with the council's view whoever generates them (a
// wijk with 3 stories has no figure in the HTML or the PDF text), stored as drafts that are never
// served stale, published as snapshots that reopen byte-identical with the withdrawal count.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { listAudit } from '../../src/db/repositories/audit.repository.ts';
import { createApp } from '../../src/http/app.ts';
import { buildReportDocument } from '../../src/reports/build-document.ts';
import { renderHtml } from '../../src/reports/html.ts';
import { renderPdf } from '../../src/reports/pdf.ts';
import { buildMonitor } from '../../src/services/monitor/build.ts';
import { chooseStory } from '../../src/services/monitor/curation.ts';
import { generateReport, listReports, openReport, publishReport } from '../../src/services/reports.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createMonitorFixture, PASSWORD, SMALL_WIJK_NAME, type MonitorFixture } from '../support/monitor-fixture.ts';
import { pdfText } from '../support/pdf-text.ts';

const HEADINGS = [
  'Samenvatting',
  'De cijfers',
  'Wat de verhalen laten zien',
  'Verhalen uit de praktijk',
  'Verhalen en cijfers naast elkaar',
  'Verandertheorie en aannames',
  'Afspraken en opvolging',
  'Bijlage: zo is dit rapport gemaakt',
];

/** Text of the HTML report, one line per table row / paragraph. */
const htmlText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<\/(tr|p|li|h\d|figcaption|text)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');

/**
 * Lines that give the small wijk a story figure: its group size or median, or its story count or
 * story value in warm × cold. (Its indicator values are cold data from CBS and may be shown.)
 */
function smallWijkFigures(text: string, median: string, storyValue: string): string[] {
  return (
    text
      .split('\n')
      .filter((line) => line.includes(SMALL_WIJK_NAME))
      // Counts reach the council rounded to multiples of 5 ("5 verhalen" is allowed); an exact 1–4 is not.
      // Group sizes read "(12 verhalen)" (earlier "(n = 12)"): both forms are caught.
      .filter(
        (line) =>
          /\((n = )?[1-4]( verha(al|len))?\)/.test(line) ||
          (/\((n = )?\d+( verhalen)?\)/.test(line) && line.includes(` ${median}`)) ||
          new RegExp(`${SMALL_WIJK_NAME}\\s+3\\s`).test(line) ||
          line.includes(` ${storyValue} `),
      )
  );
}

describe.each(testDatabaseTargets())('council reports on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let fixture: MonitorFixture;
  let other: MonitorFixture;

  beforeAll(async () => {
    handle = await create();
    fixture = await createMonitorFixture(handle, 'rapport-a');
    other = await createMonitorFixture(handle, 'rapport-b');
    await chooseStory(fixture.ctx, fixture.opgaveKey, { storyRef: fixture.refs.consent, note: 'Laat zien wat luisteren doet.' });
  });
  afterAll(async () => handle?.close());

  it('contains the opgave and every section but no figure of a wijk with 3 stories, even when an analyst makes it', async () => {
    // The analyst's own monitor shows the small wijk: that is what must not reach the report.
    const full = await buildMonitor(fixture.ctx, fixture.opgaveKey, { roles: ['analist'] });
    // Since issue 10 no pattern with a group under the threshold is shown to anyone, so the small
    // wijk's story figures live in warm × cold only (its 3 stories and their median).
    expect(full.patterns.flatMap((p) => (p.chart.kind === 'groups' ? p.chart.groups : [])).some((g) => g.label.nl === SMALL_WIJK_NAME)).toBe(false);
    const area = full.warmCold.links[0].areas.find((a) => a.name === SMALL_WIJK_NAME)!;
    expect(area.stories).toBe(3);
    const format = (n: unknown) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n as number);
    const [median, storyValue] = [format(area.storyValue), format(area.storyValue)];

    // The check can fail: a report of the analyst's view would show the figures.
    const leakyDoc = buildReportDocument(full);
    expect(smallWijkFigures(htmlText(renderHtml(leakyDoc)), median, storyValue).length).toBeGreaterThan(0);
    expect(smallWijkFigures((await pdfText(await renderPdf(leakyDoc))).pages.join('\n'), median, storyValue).length).toBeGreaterThan(0);

    const analystCtx = { ...fixture.ctx, actorUserId: null };
    const made = await generateReport(analystCtx, fixture.opgaveKey, { period: '2026' });
    expect(made.item).toMatchObject({ status: 'draft', period: '2026', opgave: { key: fixture.opgaveKey } });
    expect(made.item.summary).toMatchObject({ threshold: 5, stories: expect.any(Number) });
    expect(made.item.summary.suppressed).toBeGreaterThan(0);

    const html = htmlText(made.html);
    const { pages, title } = await pdfText(made.pdf);
    const pdf = pages.join('\n');
    for (const text of [html, pdf]) {
      expect(text).toContain('Iedereen wordt gehoord');
      for (const heading of HEADINGS) expect(text).toContain(heading);
      expect(text).toContain(SMALL_WIJK_NAME);
      expect(text).toContain('te weinig verhalen');
      expect(smallWijkFigures(text, median, storyValue)).toEqual([]);
    }
    expect(title).toBe('Raadsrapportage Iedereen wordt gehoord, 2026');
  });

  it('publishes a snapshot that reopens byte-identical and counts the stories withdrawn since', async () => {
    const draft = await generateReport(fixture.ctx, fixture.opgaveKey, {});
    expect(draft.html).toContain('Verhaal 1<');
    const published = await publishReport({ ...fixture.ctx, actorUserId: null }, draft.item.id);
    expect(published.item.status).toBe('published');
    const audit = await listAudit(handle.db, fixture.ctx.tenantId);
    expect(audit.find((a) => a.action === 'report.publish')).toMatchObject({ subject: draft.item.id });
    await expect(publishReport(fixture.ctx, draft.item.id)).rejects.toMatchObject({ problems: [{ code: 'already-published' }] });

    const before = await openReport(fixture.ctx, draft.item.id);
    expect(before.item).toMatchObject({ withdrawnSince: 0, quotedGone: 0 });

    // The quoted story is withdrawn: deleted (its curation goes with it), a count remains.
    const result = (await handle.db.execute(
      sql`select id, questionnaire_id, collection_id from stories where tenant_id = ${fixture.ctx.tenantId} and ref = ${fixture.refs.consent}`,
    )) as unknown as { rows: { id: string; questionnaire_id: string; collection_id: string }[] };
    const [story] = result.rows;
    await handle.db.execute(sql`delete from stories where tenant_id = ${fixture.ctx.tenantId} and id = ${story.id}`);
    await handle.db.execute(
      sql`insert into story_withdrawals (tenant_id, questionnaire_id, collection_id, withdrawn_at) values (${fixture.ctx.tenantId}, ${story.questionnaire_id}, ${story.collection_id}, clock_timestamp())`,
    );

    const after = await openReport(fixture.ctx, draft.item.id);
    expect(Buffer.compare(after.pdf, published.pdf)).toBe(0);
    expect(after.html).toBe(published.html);
    expect(after.item).toMatchObject({ status: 'published', withdrawnSince: 1, quotedGone: 1 });
    const listed = (await listReports(fixture.ctx, { opgaveKey: fixture.opgaveKey })).find((r) => r.id === draft.item.id);
    expect(listed).toMatchObject({ withdrawnSince: 1, quotedGone: 1 });

    // A draft is made again when opened: the withdrawn story is not in it any more.
    const stale = await generateReport(fixture.ctx, fixture.opgaveKey, { period: '2026' });
    await handle.db.execute(sql`update reports set html = ${stale.html.replace('</body>', 'OUDE-VERSIE</body>')} where id = ${stale.item.id}`);
    const reopened = await openReport(fixture.ctx, stale.item.id);
    expect(reopened.html).not.toContain('OUDE-VERSIE');
    expect(reopened.html).not.toContain('Verhaal 1<');
  });

  it('serves the API: the council lists and downloads, only writers generate and publish, municipalities stay apart', async () => {
    const app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    const signIn = async (email: string) => {
      const response = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return { cookie: response.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    };
    const council = await signIn('raad@rapport-a.example');
    const analyst = await signIn('analist@rapport-a.example');

    expect((await app.request(`/api/v1/opgaven/${fixture.opgaveKey}/reports`, { method: 'POST', headers: council, body: '{}' })).status).toBe(403);
    expect((await app.request('/api/v1/opgaven/bestaat-niet/reports', { method: 'POST', headers: analyst, body: '{}' })).status).toBe(404);
    expect((await app.request(`/api/v1/opgaven/${fixture.opgaveKey}/reports`, { method: 'POST', headers: analyst, body: '{"period":"20x6"}' })).status).toBe(
      400,
    );
    const made = await app.request(`/api/v1/opgaven/${fixture.opgaveKey}/reports`, { method: 'POST', headers: analyst, body: '{"period":"2026","lang":"en"}' });
    expect(made.status).toBe(201);
    const { id, links } = (await made.json()) as { id: string; links: { pdf: string; html: string } };

    const list = (await (await app.request(`/api/v1/reports?opgave=${fixture.opgaveKey}`, { headers: council })).json()) as { reports: { id: string }[] };
    expect(list.reports.map((r) => r.id)).toContain(id);
    const pdf = await app.request(links.pdf, { headers: council });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="raadsrapportage-klein-thuis-2026\.pdf"$/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const html = await (await app.request(links.html, { headers: council })).text();
    expect(html).toContain('<html lang="en">');

    expect((await app.request(`/api/v1/reports/${id}/publish`, { method: 'POST', headers: council })).status).toBe(403);
    const publish = await app.request(`/api/v1/reports/${id}/publish`, { method: 'POST', headers: analyst });
    expect(publish.status).toBe(200);
    const published = await app.request(links.pdf, { headers: council });
    expect(published.headers.get('x-duiding-withdrawn-since')).toBe('0');

    // Another municipality's council does not find it.
    const otherCouncil = await signIn('raad@rapport-b.example');
    expect((await app.request(links.pdf, { headers: otherCouncil })).status).toBe(404);
    expect(((await (await app.request('/api/v1/reports', { headers: otherCouncil })).json()) as { reports: unknown[] }).reports).toEqual([]);
    expect(await listReports(other.ctx)).toEqual([]);
  });
});

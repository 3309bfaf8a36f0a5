// The council report in Chromium: an analyst makes a report from /rapporten (busy state, then a
// draft) and publishes it after confirming; a council member finds it from the monitor and
// downloads the PDF. axe-core finds nothing on /rapporten, the confirmation page or the HTML report.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('council report pages', () => {
  let app: TestApp;
  let browser: Browser;

  async function signedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', email);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);
    return page;
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 150 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets an analyst make and publish a report', async () => {
    const page = await signedIn('analist@voorbeeld.example');
    await page.goto(`${app.url}/rapporten?opgave=zo-thuis`);
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('Nog geen rapporten voor deze opgave.');

    await page.fill('#periode-zo-thuis', '2026');
    const button = page.getByRole('button', { name: 'Rapport maken' });
    // Making it is a job (issue 12): its page follows it, and links to the report when it is done.
    await Promise.all([page.waitForURL(/\/taken\/[0-9a-f-]{36}$/), button.click()]);
    const toReport = page.getByRole('link', { name: 'Naar het rapport' });
    await toReport.waitFor({ timeout: 60_000 });
    await expectAccessible(page);
    await Promise.all([page.waitForURL(/gemaakt=/), toReport.click()]);
    expect(await page.locator('[role="status"]').first().textContent()).toContain('Het rapport is gemaakt');
    const row = page.locator('tbody tr').first();
    expect(await row.textContent()).toContain('Concept');
    await expectAccessible(page);

    await Promise.all([page.waitForURL(/\/publiceren$/), row.getByRole('link', { name: /publiceren/ }).click()]);
    await expectAccessible(page);
    await Promise.all([page.waitForURL(/gepubliceerd=1/, { timeout: 60_000 }), page.getByRole('button', { name: 'Ja, publiceren' }).click()]);
    expect(await page.locator('tbody tr').first().textContent()).toContain('Gepubliceerd op');
  });

  it('shows the busy state while a report is being made', async () => {
    const page = await signedIn('analist@voorbeeld.example');
    await page.goto(`${app.url}/rapporten?opgave=zo-thuis`);
    // Keep the page where it is after submitting (making a report can be quick), so the busy
    // state that /assets/reports.js sets can be read.
    await page.evaluate(() => document.querySelector('form[data-busy]')!.addEventListener('submit', (event) => event.preventDefault()));
    await page.getByRole('button', { name: 'Rapport maken' }).click();
    await page.waitForFunction(() => (document.querySelector('button[aria-busy="true"]') as HTMLButtonElement | null)?.disabled === true);
    expect(await page.locator('.duiding-reports__busy').first().textContent()).toContain('Het rapport wordt gemaakt');
  });

  it('lets a council member go from the monitor to the reports and download the PDF', async () => {
    const page = await signedIn('raad@voorbeeld.example');
    await page.goto(`${app.url}/monitor/zo-thuis`);
    await Promise.all([page.waitForURL(/\/rapporten\?opgave=zo-thuis$/), page.getByRole('link', { name: 'Raadsrapportage (PDF of HTML)' }).click()]);
    await expectAccessible(page);
    // The council reads and downloads; it does not make or publish reports.
    expect(await page.getByRole('button', { name: 'Rapport maken' }).count()).toBe(0);
    const published = page.locator('tbody tr', { hasText: 'Gepubliceerd op' }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), published.getByRole('link', { name: /^PDF van/ }).click()]);
    expect(download.suggestedFilename()).toBe('raadsrapportage-zo-thuis-2026.pdf');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);

    // The HTML report itself, opened as the downloaded file would be: axe finds nothing either.
    const href = await published.getByRole('link', { name: /^HTML van/ }).getAttribute('href');
    const html = await (await page.request.get(`${app.url}${href}`)).text();
    const file = await (await browser.newContext()).newPage();
    await file.setContent(html);
    expect(await file.locator('h1').textContent()).toBe('Raadsrapportage Kinderen en jongeren groeien zo thuis mogelijk op, 2026');
    await expectAccessible(file);
  });
});

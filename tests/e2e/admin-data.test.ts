// The beheerder's AVG pages in Chromium: reach them by keyboard from the navigation, read the
// audit log (filtered), download the municipality's data as a ZIP through its job page (issue 12)
// and see a running job's progress; axe finds nothing; other roles get the 403 page.
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('beheer: audit log and municipality data', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: BrowserContext;

  async function signIn(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', email);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.click('button[type=submit]')]);
    return page;
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 60 });
    browser = await launchBrowser();
    admin = await browser.newContext({ acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('reaches the audit log with the keyboard and filters it', async () => {
    const page = await signIn(admin, 'beheerder@voorbeeld.example');
    // Tab to the "Beheer" navigation link and follow it.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === '/beheer') break;
    }
    await Promise.all([page.waitForURL(`${app.url}/beheer`), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    await Promise.all([page.waitForURL(`${app.url}/beheer/logboek`), page.click('a[href="/beheer/logboek"]')]);
    await expectAccessible(page);
    // The demo import is logged; filtering on it leaves only that kind.
    await page.selectOption('#actie', 'stories.import');
    await Promise.all([page.waitForURL(/actie=stories.import/), page.click('form.duiding-inline-form button')]);
    // Issue 17 #7: the action reads as a description, in the filter and in the table.
    expect(await page.locator('#actie option:checked').textContent()).toBe('Verhalen geïmporteerd');
    const actions = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(actions)).toEqual(new Set(['Verhalen geïmporteerd']));
    expect(await page.locator('main').textContent()).not.toMatch(/stories\.import|\{"/);
    await expectAccessible(page);
  });

  it('downloads all data of the municipality as a ZIP through a job page, and logs it', async () => {
    const page = await admin.newPage();
    await page.goto(`${app.url}/beheer/gegevens`);
    await expectAccessible(page);
    // The export is a job (issue 12): its page shows progress, then offers the file.
    await Promise.all([page.waitForURL(/\/taken\/[0-9a-f-]{36}$/), page.click('form[action="/beheer/gegevens/download"] button')]);
    const link = page.getByRole('link', { name: 'Download het ZIP-bestand' });
    await link.waitFor({ timeout: 60_000 });
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^duiding-voorbeeld-\d{4}-\d{2}-\d{2}\.zip$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const zip = Buffer.concat(chunks);
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(zip.toString('latin1')).toContain('verhalen/');
    await page.goto(`${app.url}/beheer/logboek?actie=tenant.export`);
    expect(await page.locator('tbody tr').count()).toBe(1);
  });

  it('shows a running job with its progress bar and text, a reload link by keyboard, its script following it, and no axe findings', async () => {
    // A job caught half-way, as the page shows it between two polls.
    const rows = (await app.db.execute(sql`insert into jobs (tenant_id, kind, state, done, total, created_by)
      select id, 'tenant-export', 'running', 3, 12, null from tenants where slug = 'voorbeeld' returning id`)) as unknown as { rows: { id: string }[] };
    const page = await admin.newPage();
    await page.goto(`${app.url}/taken/${rows.rows[0]!.id}`);
    expect(await page.locator('progress#job-progress').getAttribute('value')).toBe('3');
    expect(await page.locator('progress#job-progress').getAttribute('max')).toBe('12');
    expect(await page.locator('#job-status').textContent()).toBe('Bezig: 3 van 12 klaar.');
    await expectAccessible(page);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Ververs deze pagina') break;
    }
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(`${app.url}/taken/${rows.rows[0]!.id}`);
    // The page's script moves the bar as the job goes on, and shows the outcome when it is over.
    await app.db.execute(sql`update jobs set done = 9 where id = ${rows.rows[0]!.id}`);
    await page.waitForFunction(() => document.getElementById('job-status')?.textContent === 'Bezig: 9 van 12 klaar.');
    expect(await page.locator('progress#job-progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(9);
    await app.db.execute(sql`update jobs set state = 'done', done = 12, result = '{"files": 12}' where id = ${rows.rows[0]!.id}`);
    await page.getByText('Het ZIP-bestand is klaar (12 bestanden).').waitFor({ timeout: 15_000 });
    expect(await page.locator('progress').count()).toBe(0);
  });

  it('shows other roles the 403 page', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'analist@voorbeeld.example');
    for (const path of ['/beheer', '/beheer/logboek', '/beheer/gegevens']) {
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.status(), path).toBe(403);
    }
    await context.close();
  });
});

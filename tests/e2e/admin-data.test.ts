// The beheerder's AVG pages in Chromium: reach them by keyboard from the navigation, read the
// audit log (filtered), download the municipality's data as a ZIP; axe finds nothing; other
// roles get the 403 page.
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

  it('downloads all data of the municipality as a ZIP, and logs it', async () => {
    const page = await admin.newPage();
    await page.goto(`${app.url}/beheer/gegevens`);
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('form[action="/beheer/gegevens/download"] button')]);
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

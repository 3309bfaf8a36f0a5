// Comparing subsets (/vergelijken) and the filtered story list (/verhalen) in Chromium: axe finds
// nothing, the keyboard reaches everything, both work without JavaScript, and every count of the
// comparison opens exactly that many stories.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
if (!available) console.warn('[duiding test] compare e2e tests SKIPPED: no Chromium at /usr/bin/chromium.');

describe.skipIf(!available)('comparing subsets and the filtered story list', () => {
  let app: TestApp;
  let browser: Browser;

  async function signedIn(email: string, javaScriptEnabled = true): Promise<BrowserContext> {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', email);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.click('button[type=submit]')]);
    await page.close();
    return context;
  }

  const storiesCount = async (page: Page) => Number(/^(\d+)/.exec((await page.locator('#aantal').textContent()) ?? '')?.[1]);

  beforeAll(async () => {
    app = await startTestApp({ stories: 200 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('builds two subsets with the keyboard, shows the comparison, and passes axe', async () => {
    const context = await signedIn('analist@voorbeeld.example');
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await Promise.all([page.waitForURL(/\/vergelijken\/zo-thuis$/), page.click('nav a[href="/vergelijken"]')]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Vergelijken');
    await expectAccessible(page);

    await page.focus('#a-antwoord');
    await page.selectOption('#a-antwoord', 'wijk=WK999901');
    await page.selectOption('#b-antwoord', 'wijk=WK999902');
    await page.focus('#b-eigen');
    // Tab from the last field of B through C and D to the button, then Enter.
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'BUTTON'; i++) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/a=wijk/), page.keyboard.press('Enter')]);
    expect(page.url()).toContain('b=wijk%3DWK999902');
    await expect(page.locator('#uitkomst-kop').textContent()).resolves.toMatch(/\d+ verhalen in de groepen A, B/);
    const verdicts = await page.locator('.duiding-compare__verdict').allTextContents();
    expect(verdicts.length).toBeGreaterThan(5);
    expect(verdicts.every((v) => /toeval/.test(v))).toBe(true);
    expect(await page.locator('.duiding-compare__question svg[role=img]').count()).toBe(await page.locator('.duiding-compare__question').count());
    await page.locator('details.duiding-compare__table summary').first().click();
    await expectAccessible(page);
    await context.close();
  });

  it('opens exactly the stories behind a count, as a filtered story list that passes axe', async () => {
    const context = await signedIn('analist@voorbeeld.example');
    const page = await context.newPage();
    await page.goto(`${app.url}/vergelijken/zo-thuis?a=wijk%3DWK999901&b=rest`);
    const first = page.locator('.duiding-compare__question').first();
    await first.locator('summary').click();
    const link = first.locator('table tbody a').first();
    const expected = Number(await link.textContent());
    expect(expected).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/verhalen\?/), link.click()]);
    expect(await storiesCount(page)).toBe(expected);
    await expectAccessible(page);
    // The rest: every story in no other subset.
    await page.goto(`${app.url}/vergelijken/zo-thuis?a=wijk%3DWK999901&b=rest`);
    const sizes = await page.locator('#uitkomst-kop + ul a').allTextContents();
    const restSize = Number(/: (\d+) verhalen/.exec(sizes[1])?.[1]);
    await Promise.all([page.waitForURL(/niet=/), page.locator('#uitkomst-kop + ul a').nth(1).click()]);
    expect(await storiesCount(page)).toBe(restSize);
    await context.close();
  });

  it('compares and filters without JavaScript', async () => {
    const context = await signedIn('gespreksleider@voorbeeld.example', false);
    const page = await context.newPage();
    await page.goto(`${app.url}/vergelijken/zo-thuis`);
    await page.selectOption('#a-antwoord', 'rol=jongere');
    await page.selectOption('#b-antwoord', 'rest');
    await Promise.all([page.waitForURL(/a=rol/), page.click('.duiding-compare__form button[type=submit]')]);
    await expect(page.locator('#uitkomst-kop').textContent()).resolves.toMatch(/verhalen in de groepen A, B/);
    // A mistake comes back as a message naming the field, with the form kept.
    await page.goto(`${app.url}/vergelijken/zo-thuis?a=wijk%3DWK999901&b_periode=2026`);
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain('gemeen');
    expect(await page.inputValue('#b-periode')).toBe('2026');

    // The story list: open the filters (a native details), choose, apply.
    await page.goto(`${app.url}/verhalen`);
    const all = await storiesCount(page);
    await page.click('details.duiding-story-filters summary');
    await page.selectOption('#vragenlijst', 'zo-thuis');
    await page.selectOption('#status', 'published');
    await Promise.all([page.waitForURL(/vragenlijst=zo-thuis/), page.click('details.duiding-story-filters button[type=submit]')]);
    await page.selectOption('#wijk', 'wijk=WK999901');
    await page.fill('#zoek', 'wachtlijst');
    await Promise.all([page.waitForURL(/antwoord=wijk/), page.press('#zoek', 'Enter')]);
    const some = await storiesCount(page);
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    expect(await page.locator('.duiding-snippet mark').count()).toBeGreaterThan(0);
    expect((await page.locator('.duiding-snippet mark').first().textContent())?.toLowerCase()).toContain('wachtlijst');
    const statuses = await page.locator('table.duiding-stories tbody td:nth-child(5)').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['gepubliceerd']));
    await context.close();
  });

  it('filters on status and marks pending stories', async () => {
    const context = await signedIn('analist@voorbeeld.example');
    const page = await context.newPage();
    await page.goto(`${app.url}/verhalen?status=published&toestemming=ja`);
    const consents = await page.locator('table.duiding-stories tbody td:nth-child(6)').allTextContents();
    expect(consents.length).toBeGreaterThan(0);
    expect(new Set(consents)).toEqual(new Set(['ja']));
    await expectAccessible(page);
    await page.goto(`${app.url}/verhalen?lang=en&vragenlijst=zo-thuis&humeur=boos`);
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain('humeur');
    await expectAccessible(page);
    await page.goto(`${app.url}/vergelijken/zo-thuis?lang=en&a=gevoel%3Dboos&b=rest`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Compare');
    await expectAccessible(page);
    await page.goto(`${app.url}/?lang=nl`);
    await context.close();
  });

  it('shows the comparison only to analist and gespreksleider', async () => {
    const context = await signedIn('raad@voorbeeld.example');
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    expect(await page.locator('nav a[href="/vergelijken"]').count()).toBe(0);
    expect((await page.goto(`${app.url}/vergelijken/zo-thuis`))?.status()).toBe(403);
    await context.close();
  });
});

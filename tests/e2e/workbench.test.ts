// The analyst's workbench in a real browser: keyboard sign-in, every page passes axe (WCAG 2.1
// A/AA) in Dutch and English, Dutch full-text search, the 403 page for the council role, an
// upload that is rejected with line-precise messages, sign-out, and a visible focus.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.ts';
import { countStories } from '../../src/db/repositories/stories.repository.ts';
import { findTenantBySlug } from '../../src/db/repositories/tenants.repository.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
if (!available) console.warn('[duiding test] workbench e2e tests SKIPPED: no Chromium at /usr/bin/chromium.');

describe.skipIf(!available)('workbench', () => {
  let app: TestApp;
  let browser: Browser;
  /** Signed in as the analyst once; most tests reuse this context. */
  let analyst: BrowserContext;

  async function signInWithKeyboard(page: Page, email: string) {
    await page.goto(`${app.url}/inloggen`);
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'email'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.keyboard.press('Enter')]);
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 150 });
    browser = await launchBrowser();
    analyst = await browser.newContext();
    await signInWithKeyboard(await analyst.newPage(), 'analist@voorbeeld.example');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in with the keyboard only and lands on the overview', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithKeyboard(page, 'gespreksleider@voorbeeld.example');
    await expect(page.locator('h1').textContent()).resolves.toBe('Overzicht');
    await expect(page.locator('.duiding-demo-banner').textContent()).resolves.toContain('Fictieve demogemeente');
    await expect(page.locator('main').textContent()).resolves.toContain('Verhalen per vragenlijst');
    await context.close();
  });

  it('sends signed-out visitors to the sign-in page, which names the demo accounts', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/verhalen`);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    const hint = await page.locator('.duiding-hint').textContent();
    expect(hint).toContain('analist@voorbeeld.example');
    expect(hint).toContain(DEMO_PASSWORD);
    await context.close();
  });

  it('reports a wrong password with an alert linked to the fields', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', 'analist@voorbeeld.example');
    await page.fill('#password', 'fout');
    await Promise.all([page.waitForURL(`${app.url}/inloggen`), page.press('#password', 'Enter')]);
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain('klopt niet');
    expect(await page.getAttribute('#password', 'aria-describedby')).toContain('inloggen-fout');
    await expectAccessible(page);
    await context.close();
  });

  it('has no axe violations on any workbench page, in Dutch and in English', async () => {
    const signedOut = await browser.newContext();
    const first = await signedOut.newPage();
    await first.goto(`${app.url}/inloggen`);
    await expectAccessible(first);
    await signedOut.close();

    const page = await analyst.newPage();
    for (const path of ['/', '/verhalen', '/verhalen?zoek=wachtlijst', '/cijfers', '/importeren']) {
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(page);
    }
    await page.goto(`${app.url}/verhalen`);
    const href = await page.locator('table a').first().getAttribute('href');
    expect(href).toMatch(/^\/verhalen\/[0-9a-f-]{36}$/);
    await page.goto(`${app.url}${href}`);
    await expectAccessible(page);

    for (const path of ['/?lang=en', '/verhalen', href!, '/cijfers', '/importeren']) {
      await page.goto(`${app.url}${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expectAccessible(page);
    }
    await page.goto(`${app.url}/?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Overview');
    await page.goto(`${app.url}/?lang=nl`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Overzicht');
    await page.close();
  });

  it('finds "wachtlijst" when searching for "wachtlijsten" (Dutch stemming)', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/verhalen`);
    await page.fill('#zoek', 'wachtlijsten');
    await Promise.all([page.waitForURL(/zoek=wachtlijsten/), page.press('#zoek', 'Enter')]);
    const count = await page.locator('#aantal').textContent();
    const found = Number(/(\d+) verhal?e?n? gevonden/.exec(count ?? '')?.[1] ?? 0);
    expect(found).toBeGreaterThan(0);
    const links = await page.locator('table a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!));
    for (const href of links) {
      await page.goto(`${app.url}${href}`);
      const text = `${await page.locator('h1').textContent()} ${await page.locator('.duiding-story-text').textContent()}`;
      expect(text.toLowerCase()).toContain('wachtlijst');
    }
    // Opening a story is audited, without its text.
    const tenant = (await findTenantBySlug(app.db, 'voorbeeld'))!;
    const reads = (await listAudit(app.db, tenant.id)).filter((entry) => entry.action === 'stories.read');
    expect(reads.length).toBeGreaterThanOrEqual(links.length);
    expect(JSON.stringify(reads[0].detail)).toBe('{}');
    await page.close();
  });

  it('shows the council role a 403 page on /verhalen', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithKeyboard(page, 'raad@voorbeeld.example');
    const response = await page.goto(`${app.url}/verhalen`);
    expect(response?.status()).toBe(403);
    await expect(page.locator('h1').textContent()).resolves.toBe('Geen toegang');
    await expectAccessible(page);
    await context.close();
  });

  it('rejects a malformed stories CSV with line-precise messages and saves nothing', async () => {
    const tenant = (await findTenantBySlug(app.db, 'voorbeeld'))!;
    const before = await countStories(app.db, tenant.id);
    const page = await analyst.newPage();
    const exported = await page.request.get(`${app.url}/api/v1/questionnaires/zo-thuis/stories`);
    expect(exported.status()).toBe(200);
    const header = (await exported.text()).split('\r\n')[0].split('\n')[0];
    const columns = header.split(',');
    const row = (values: Record<string, string>) => columns.map((c) => values[c] ?? '').join(',');
    const csv = [
      header,
      row({ story_id: 'kapot-1', collected_at: 'gisteren', collection: 'zo-thuis-2026', language: 'nl', title: 'Een', text: 'Tekst' }),
      row({ story_id: 'kapot-2', collected_at: '2026-01-05', collection: 'zo-thuis-2026', language: 'nl', title: 'Twee', text: 'Tekst', cijfer: 'abc' }),
    ].join('\n');
    await page.goto(`${app.url}/importeren`);
    await page.setInputFiles('#verhalen-bestand', { name: 'kapot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${app.url}/importeren/verhalen` && r.request().method() === 'POST'),
      page.click('form[action="/importeren/verhalen"] button[type=submit]'),
    ]);
    // 400 with the page below; a 403 problem+json here means the app's CSRF check refused the multipart form.
    expect(response.status(), await response.text()).toBe(400);
    const alert = page.locator('#uitkomst-verhalen');
    await expect(alert.getAttribute('role')).resolves.toBe('alert');
    await expect(alert.textContent()).resolves.toContain('Er is niets opgeslagen.');
    const problems = await page.locator('.duiding-problems li').allTextContents();
    expect(problems.some((p) => p.startsWith('kapot.csv:2'))).toBe(true);
    expect(problems.some((p) => p.startsWith('kapot.csv:3') && p.includes('cijfer'))).toBe(true);
    expect(await countStories(app.db, tenant.id)).toBe(before);
    await expectAccessible(page);
    await page.close();
  });

  it('imports a figures CSV through the upload form and summarises it in Dutch', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/importeren`);
    const csv = 'indicator,area,period,value\nwachttijd_weken,GM9999,2027,5.5\n';
    await page.setInputFiles('#cijfers-bestand', { name: 'cijfers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${app.url}/importeren/cijfers` && r.request().method() === 'POST'),
      page.click('form[action="/importeren/cijfers"] button[type=submit]'),
    ]);
    expect(response.status(), await response.text()).toBe(200);
    await expect(page.locator('#uitkomst-cijfers').textContent()).resolves.toContain('1 waarneming ingelezen.');
    await page.goto(`${app.url}/cijfers`);
    await expect(page.locator('main').textContent()).resolves.toContain('2027');
    await page.close();
  });

  it('shows a visible outline on the element with keyboard focus', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.querySelector(':focus-visible');
        if (!el) return null;
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });
      expect(outline).not.toBeNull();
      expect(outline!.style).not.toBe('none');
      expect(outline!.width).toBeGreaterThanOrEqual(2);
    }
    await context.close();
  });

  it('signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithKeyboard(page, 'beheerder@voorbeeld.example');
    await Promise.all([page.waitForURL(`${app.url}/inloggen`), page.click('.duiding-signout button')]);
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await context.close();
  });
});

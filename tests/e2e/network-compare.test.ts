// The network comparison page in Chromium: reached and read with the keyboard, axe finds nothing
// in Dutch and English, the coordinator's view, a local question refused in words, and a
// municipality's figures for the page are those of the API. One seeded database, server, browser.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectAccessible, launchBrowser, signInDemo } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
if (!available) console.warn('[duiding test] network comparison e2e tests SKIPPED: no Chromium at /usr/bin/chromium.');

describe.skipIf(!available)('network comparison page', () => {
  let app: TestApp;
  let browser: Browser;
  const page = '/netwerken/voorbeeldland/vergelijken';

  const signIn = async (email: string): Promise<Page> => signInDemo(await browser.newContext(), app.url, email);

  beforeAll(async () => {
    app = await startTestApp({ stories: 120, network: true });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the analyst the members, patterns, answers and indicators; axe finds nothing in Dutch and English', async () => {
    const tab = await signIn('analist@voorbeeld.example');
    const response = await tab.goto(`${app.url}${page}`);
    expect(response?.status()).toBe(200);
    await expect(tab.locator('h1').textContent()).resolves.toBe('Vergelijken in Regio Voorbeeldland (fictief)');
    const members = await tab.locator('table').first().textContent();
    expect(members).toContain('Gemeente Proefhoven');
    expect(members).toContain('Gemeente Oefenmeer');
    expect(members).toContain('(uw gemeente)');
    // The rest of the network is two municipalities: never a figure.
    expect(members).toContain('te weinig gemeenten');
    await expect(tab.locator('h2').allTextContents()).resolves.toEqual([
      'Periode',
      'Gemeenten in deze vergelijking',
      'Patronen',
      'Antwoorden per vraag',
      'Indicatoren per gemeente',
    ]);
    await expectAccessible(tab);
    // Keyboard: the first table's region takes focus by Tab (it scrolls on narrow screens).
    for (let i = 0; i < 40 && !(await tab.evaluate(() => document.activeElement?.getAttribute('role') === 'region')); i++) await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    await tab.goto(`${app.url}${page}?lang=en`);
    await expect(tab.locator('h1').textContent()).resolves.toBe('Comparing in Regio Voorbeeldland (fictief)');
    await expectAccessible(tab);
    await tab.context().close();
  });

  it('chooses a period with the keyboard alone, and shows a wrong one next to its field', async () => {
    const tab = await signIn('analist@voorbeeld.example');
    await tab.goto(`${app.url}${page}`);
    const all = Number((await tab.locator('table').first().locator('tr', { hasText: '(uw gemeente)' }).locator('td').textContent())?.replace(/\D/g, ''));
    await tab.locator('[name="from"]').focus();
    await tab.keyboard.type('2026-01');
    await tab.keyboard.press('Tab'); // on to "tot en met"
    await tab.keyboard.type('2026-06');
    await Promise.all([tab.waitForURL(/from=2026-01&to=2026-06/), tab.keyboard.press('Enter')]);
    expect(await tab.locator('main').textContent()).toContain('Alleen verhalen van 2026-01 tot en met 2026-06 tellen mee.');
    const half = Number((await tab.locator('table').first().locator('tr', { hasText: '(uw gemeente)' }).locator('td').textContent())?.replace(/\D/g, ''));
    expect(half).toBeLessThan(all);
    await expectAccessible(tab);
    // To before from: 400, the form again with the message at the field and in the summary.
    const refused = await tab.goto(`${app.url}${page}?from=2026-06&to=2026-02`);
    expect(refused?.status()).toBe(400);
    await expect(tab.locator('#veld-to-fout').textContent()).resolves.toContain('eindigt (2026-02) voordat zij begint (2026-06)');
    await expect(tab.locator('[name="to"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(tab.locator('[role="alert"] a[href="#veld-to"]').count()).resolves.toBe(1);
    await expectAccessible(tab);
    await tab.context().close();
  });

  it('shares a lesson in the network library, finds it in Dutch, and shows a rejected form with its problems', async () => {
    const tab = await signIn('analist@proefhoven.example');
    const library = `${app.url}/netwerken/voorbeeldland/bibliotheek`;
    await tab.goto(library);
    await expectAccessible(tab);
    const share = tab.locator('form#delen');
    await share.locator('[name="title"]').fill('Kortere wachtlijsten door een vaste contactpersoon');
    await share.locator('[name="body"]').fill('Gezinnen met één vaste contactpersoon wachtten korter. Bel 06-12345678 voor meer.');
    await share.locator('[name="period"]').fill('2026');
    await Promise.all([tab.waitForURL(/gedeeld=1/), share.locator('button[type="submit"]').press('Enter')]);
    const main = await tab.locator('main').textContent();
    expect(main).toContain('Gedeeld met het netwerk.');
    expect(main).not.toContain('06-12345678');
    await tab.goto(`${library}?q=wachtlijst`);
    expect(await tab.locator('article h3').allTextContents()).toEqual(['Les: Kortere wachtlijsten door een vaste contactpersoon']);
    expect(await tab.locator('article').textContent()).toContain('Gemeente Proefhoven');
    await tab.goto(library);
    await tab.locator('form#delen [name="title"]').fill('Zonder inhoud');
    // The browser would stop an empty required field; the server must refuse it too.
    await tab.evaluate(() => {
      for (const field of document.querySelectorAll('#delen [required]')) field.removeAttribute('required');
    });
    const [rejected] = await Promise.all([
      tab.waitForResponse((r) => r.request().method() === 'POST'),
      tab.locator('form#delen button[type="submit"]').click(),
    ]);
    expect(rejected.status()).toBe(400);
    await tab.waitForLoadState();
    expect(await tab.locator('[role="alert"]').textContent()).toContain('verplicht');
    await expectAccessible(tab);
    await tab.context().close();
  });

  it('lets the coordinator publish the comparison as a report with the keyboard alone; members read it', async () => {
    const tab = await signIn('coordinator@voorbeeldland.example');
    await tab.goto(`${app.url}${page}?from=2026-01&to=2026-06`);
    const card = tab.locator('section[aria-labelledby="rapport-publiceren"]');
    expect(await card.textContent()).toContain('Periode van het rapport: 2026-01 tot en met 2026-06.');
    // Without the tick: refused, the form again with the problem linked to the check box.
    await card.locator('[name="title"]').focus();
    await tab.keyboard.type('Eerste halfjaar');
    const [refused] = await Promise.all([tab.waitForResponse((r) => r.request().method() === 'POST'), tab.keyboard.press('Enter')]);
    expect(refused.status()).toBe(400);
    // The response comes before the browser has swapped the page: wait for the refused form itself.
    await tab.locator('[role="alert"] a[href="#veld-confirm-ja"]').waitFor();
    await expect(tab.locator('[role="alert"] a[href="#veld-confirm-ja"]').count()).resolves.toBe(1);
    await expectAccessible(tab);
    // Title kept; tick with Space, submit with Enter.
    await expect(tab.locator('[name="title"]').inputValue()).resolves.toBe('Eerste halfjaar');
    await tab.locator('[name="confirm"]').focus();
    await tab.keyboard.press('Space');
    await tab.keyboard.press('Tab');
    await Promise.all([tab.waitForURL(/\/rapporten\/[0-9a-f-]{36}\?gepubliceerd=1$/), tab.keyboard.press('Enter')]);
    const main = await tab.locator('main').textContent();
    expect(main).toContain('Momentopname van');
    expect(main).toContain('Alleen verhalen van 2026-01 tot en met 2026-06 tellen mee.');
    await expectAccessible(tab);
    await tab.context().close();
    // A member reads the list and the report.
    const member = await signIn('analist@proefhoven.example');
    await member.goto(`${app.url}/netwerken/voorbeeldland/rapporten`);
    await expectAccessible(member);
    await Promise.all([member.waitForURL(/\/rapporten\/[0-9a-f-]{36}$/), member.getByRole('link', { name: 'Eerste halfjaar' }).click()]);
    expect(await member.locator('h1').textContent()).toBe('Eerste halfjaar');
    await expectAccessible(member);
    await member.context().close();
  });

  it('gives the coordinator the network view and refuses a local question in words', async () => {
    const tab = await signIn('coordinator@voorbeeldland.example');
    await tab.goto(`${app.url}${page}`);
    expect(await tab.locator('main').textContent()).not.toContain('(uw gemeente)');
    await expectAccessible(tab);
    const refused = await tab.goto(`${app.url}${page}?question=leeftijd`);
    expect(refused?.status()).toBe(400);
    expect(await tab.locator('main').textContent()).toContain('leeftijd');
    await expectAccessible(tab);
    await tab.context().close();
  });
});

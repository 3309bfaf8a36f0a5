// The council monitor in Chromium: a council member reaches the monitor and the staalkaart with
// the keyboard only, reads the summary, opens details, and never reaches the story chooser; an
// analyst chooses a story for the council. axe-core finds nothing on any of these pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('council monitor and staalkaart', () => {
  let app: TestApp;
  let browser: Browser;

  async function signedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', email);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);
    return page;
  }

  /** Tabs until the focused element's text matches, then presses Enter: keyboard only. */
  async function tabTo(page: Page, text: RegExp, limit = 60) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (text.test(focused)) return;
    }
    throw new Error(`no focusable element matching ${text} within ${limit} tabs`);
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 150 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets a council member read the monitor with the keyboard only', async () => {
    const page = await signedIn('raad@voorbeeld.example');
    await tabTo(page, /^Monitor$/);
    await Promise.all([page.waitForURL(`${app.url}/monitor`), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    await tabTo(page, /Kinderen en jongeren groeien zo thuis mogelijk op/);
    await Promise.all([page.waitForURL(`${app.url}/monitor/zo-thuis`), page.keyboard.press('Enter')]);
    await expectAccessible(page);

    const main = (await page.locator('main').textContent()) ?? '';
    expect(await page.locator('h1').textContent()).toBe('Monitor: Kinderen en jongeren groeien zo thuis mogelijk op');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual([
      'Samenvatting',
      'Cijfers en hun trend',
      'Wat de verhalen laten zien',
      'Verhalen en cijfers samen',
      'Verandertheorie en aannames',
      'Afspraken en opvolging',
      'Verantwoording',
    ]);
    expect(main).toContain('te weinig verhalen');
    expect(main).toContain('Doel: lager is beter');
    expect(main).toMatch(/\d+ verhalen\./);
    expect(main).not.toContain('Verhalen kiezen voor de raad');
    // Every chart has a title for screen readers.
    const charts = page.locator('main svg[role=img]');
    expect(await charts.count()).toBeGreaterThan(3);
    expect(await charts.first().getAttribute('aria-labelledby')).toMatch(/-title .*-desc$/);

    // A disclosure opens with the keyboard and shows the table alternative.
    await tabTo(page, /^Toon per wijk$/);
    await page.keyboard.press('Enter');
    expect(await page.locator('details[open]').count()).toBeGreaterThan(0);
    await tabTo(page, /^Toon als tabel$/);
    await page.keyboard.press('Enter');
    await expect(page.locator('details[open] table').first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    // The print version has every disclosure open.
    await page.goto(`${app.url}/monitor/zo-thuis?afdrukken=1`);
    expect(await page.locator('main details:not([open])').count()).toBe(0);
    await expectAccessible(page);

    // The council never reaches the story chooser.
    const forbidden = await page.goto(`${app.url}/monitor/zo-thuis/verhalen`);
    expect(forbidden?.status()).toBe(403);
  });

  it('shows the council the staalkaart across all domains', async () => {
    const page = await signedIn('raad@voorbeeld.example');
    await tabTo(page, /^Staalkaart$/);
    await Promise.all([page.waitForURL(`${app.url}/staalkaart`), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    const rows = page.locator('table.duiding-staalkaart tbody tr');
    expect(await rows.count()).toBe(8);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const law of ['Jeugdwet', 'Participatiewet', 'Wet gemeentelijke schuldhulpverlening', 'Wet publieke gezondheid']) expect(text).toContain(law);
    expect(text).not.toContain('Bewerken');
    // Exactly the link: the table's scroll region (a focus stop too) contains the same words.
    await tabTo(page, /^Kinderen en jongeren groeien zo thuis mogelijk op$/);
    await Promise.all([page.waitForURL(`${app.url}/monitor/zo-thuis`), page.keyboard.press('Enter')]);
  });

  it('lets an analyst choose a quotable story and edit the staalkaart', async () => {
    const page = await signedIn('analist@voorbeeld.example');
    // The analyst sees every figure and can preview the council's suppressed view.
    await page.goto(`${app.url}/monitor/zo-thuis`);
    expect(await page.locator('main').textContent()).toContain('U ziet alle cijfers.');
    await Promise.all([page.waitForURL(/als=raad/), page.getByRole('link', { name: 'Bekijk zoals de raad het ziet' }).click()]);
    expect(await page.locator('main').textContent()).toContain('Groepen van minder dan 5 verhalen tonen we niet.');

    await page.goto(`${app.url}/monitor/zo-thuis/verhalen`);
    await expectAccessible(page);
    const before = await page.locator('#gekozen ~ ul li, #gekozen + * li').count();
    await page.locator('input[name=story]').first().check();
    await page.fill('#note', 'Voor de commissie.');
    await Promise.all([page.waitForURL(/klaar=gekozen/), page.getByRole('button', { name: 'Kiezen', exact: true }).click()]);
    expect(await page.locator('[role=status]').textContent()).toContain('Het verhaal is gekozen.');
    expect(await page.locator('main').textContent()).toContain('Voor de commissie.');
    expect(await page.locator('#gekozen ~ ul li, #gekozen + * li').count()).toBe(before + 1);
    await expectAccessible(page);

    await page.goto(`${app.url}/staalkaart/jeugd/bewerken`);
    await expectAccessible(page);
    await page.check('#room-beperkt');
    await page.fill('#room_explanation', 'Wij kopen jeugdhulp regionaal in.');
    await Promise.all([page.waitForURL(/opgeslagen=1/), page.getByRole('button', { name: 'Opslaan' }).click()]);
    expect(await page.locator('main').textContent()).toContain('Wij kopen jeugdhulp regionaal in.');
  });
});

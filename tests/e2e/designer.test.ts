// The questionnaire designer and collections in a real browser: an analyst creates a questionnaire
// with a triad (keyboard only) and a slider, sees a validation message next to its field, previews
// it as the teller sees it, opens a collection and sees its public link, and closes it after a
// confirmation. axe-core finds nothing on the list, edit, question, preview and collection pages.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuestionnaire } from '../../src/db/repositories/questionnaires.repository.ts';
import { findTenantBySlug } from '../../src/db/repositories/tenants.repository.ts';
import { listAudit } from '../../src/db/repositories/audit.repository.ts';
import { createCollection } from '../../src/services/collections.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, checkAccessibility, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('questionnaire designer and collections', () => {
  let app: TestApp;
  let browser: Browser;
  let analyst: BrowserContext;
  let page: Page;

  async function expectAccessible(p: Page) {
    const violations = await checkAccessibility(p);
    expect(violations, `${p.url()}\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  /** Presses Tab until the element with this id has focus: what a keyboard user does. */
  async function tabTo(p: Page, id: string, max = 120) {
    for (let i = 0; i < max; i++) {
      if ((await p.evaluate(() => document.activeElement?.id)) === id) return;
      await p.keyboard.press('Tab');
    }
    throw new Error(`could not reach #${id} with Tab`);
  }

  async function typeInto(p: Page, id: string, text: string) {
    await tabTo(p, id);
    await p.keyboard.type(text);
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 20 });
    browser = await launchBrowser();
    analyst = await browser.newContext();
    page = await analyst.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', 'analist@voorbeeld.example');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists questionnaires with versions and story counts, accessibly', async () => {
    await page.goto(`${app.url}/vragenlijsten`);
    expect(await page.locator('h1').textContent()).toBe('Vragenlijsten');
    const row = page.locator('tbody tr', { hasText: 'zo-thuis' });
    await expect(row.locator('td').nth(5).textContent()).resolves.toBe('20');
    await expectAccessible(page);
  });

  it('creates a questionnaire and adds a triad question with the keyboard only', async () => {
    await page.goto(`${app.url}/vragenlijsten`);
    await typeInto(page, 'veld-title-nl', 'Hulp in de wijk');
    await typeInto(page, 'veld-key', 'hulp-wijk');
    await Promise.all([page.waitForURL(`${app.url}/vragenlijsten/hulp-wijk`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Vragenlijst: Hulp in de wijk');
    await expectAccessible(page);

    // Choose the type: the list starts at "Schuif" (slider); one step down is the triad.
    await tabTo(page, 'veld-soort');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#veld-soort')).toBe('triad');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/nieuwe-vraag\?soort=triad/), page.keyboard.press('Enter')]);
    await typeInto(page, 'veld-key', 'wie_hielp');
    await typeInto(page, 'veld-text-nl', 'Wie hielp het meest?');
    await typeInto(page, 'veld-corners-0-nl', 'familie');
    await typeInto(page, 'veld-corners-1-nl', 'een professional');
    await typeInto(page, 'veld-corners-2-nl', 'ikzelf');
    await Promise.all([page.waitForURL(/\/vragenlijsten\/hulp-wijk\?opgeslagen=1/), page.keyboard.press('Enter')]);
    await expect(page.locator('#vraag-wie_hielp').textContent()).resolves.toContain('Wie hielp het meest?');
    await expect(page.locator('[role=status]').textContent()).resolves.toContain('opgeslagen');
  });

  it('shows a Dutch message next to the field that is wrong, and saves nothing', async () => {
    await page.goto(`${app.url}/vragenlijsten/hulp-wijk/nieuwe-vraag?soort=slider`);
    await expectAccessible(page);
    await page.fill('#veld-key', 'gehoord');
    await page.fill('#veld-text-nl', 'Voelde u zich gehoord?');
    await page.fill('#veld-right-nl', 'helemaal wel');
    await page.click('button:has-text("Vraag opslaan")');
    expect(await page.locator('#veld-left-fout').textContent()).toContain('ontbreekt');
    expect(await page.locator('[role=alert]').textContent()).toContain('Er is niets opgeslagen');
    expect(await page.inputValue('#veld-right-nl')).toBe('helemaal wel');
    await expectAccessible(page);

    await page.fill('#veld-left-nl', 'helemaal niet');
    await page.check('#veld-allowNotApplicable');
    await Promise.all([page.waitForURL(/opgeslagen=1/), page.click('button:has-text("Vraag opslaan")')]);
    await page.fill('#veld-text-nl', 'Vertel over een moment dat u hulp kreeg.');
    await page.fill('#veld-key', 'moment');
    await Promise.all([page.waitForURL(/opgeslagen=1/), page.click('text=Vertelvraag toevoegen >> nth=-1')]);
    // The slider moves above the triad.
    await Promise.all([page.waitForURL(/opgeslagen=1/), page.click('#vraag-gehoord button:has-text("Omhoog")')]);
    const tenant = (await findTenantBySlug(app.db, 'voorbeeld'))!;
    const stored = await findQuestionnaire(app.db, tenant.id, 'hulp-wijk');
    expect(stored!.definition.questions.map((q) => [q.key, q.type])).toEqual([
      ['gehoord', 'slider'],
      ['wie_hielp', 'triad'],
    ]);
    expect(stored!.definition.prompts.map((p) => p.key)).toEqual(['moment']);
    await expectAccessible(page);
  });

  it('previews the questionnaire with the teller’s own form', async () => {
    await page.goto(`${app.url}/vragenlijsten/hulp-wijk/voorbeeld`);
    expect(await page.locator('h1').textContent()).toBe('Hulp in de wijk');
    await expect(page.locator('main [role=note]').first().textContent()).resolves.toContain('Voorbeeld');
    await expect(page.locator('main').textContent()).resolves.toContain('Wie hielp het meest?');
    await expect(page.locator('main').textContent()).resolves.toContain('een professional');
    expect(await page.locator('form#teller-form').count()).toBe(1);
    // The teller's script runs here too: one step at a time, the slider and triad as widgets.
    await page.waitForSelector('#stap-welkom button:has-text("Volgende")');
    await expectAccessible(page);
    await page.check('#f-consent-share');
    await page.check('#f-consent-quote');
    await page.click('#stap-welkom button:has-text("Volgende")');
    await page.click('#stap-vraag button:has-text("Volgende")');
    await page.fill('#f-text', 'Een verhaal om het voorbeeld te proberen.');
    await page.click('#stap-verhaal button:has-text("Volgende")');
    expect(await page.locator('#stap-over-verhaal [role=slider]').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);
    // Sending checks with the real rules and stores nothing.
    await page.click('#stap-over-verhaal button:has-text("Volgende")');
    await page.click('#teller-send');
    await page.waitForSelector('#stap-bedankt-titel:visible');
    await expect(page.locator('#stap-bedankt').textContent()).resolves.toContain('niets opgeslagen');
    // No story arrived, so the version is still a draft.
    const tenant = (await findTenantBySlug(app.db, 'voorbeeld'))!;
    expect((await findQuestionnaire(app.db, tenant.id, 'hulp-wijk'))!.frozen).toBe(false);
  });

  it('opens a collection, shows its public link, and closes it after a confirmation', async () => {
    await page.goto(`${app.url}/verzamelingen`);
    await expectAccessible(page);
    await page.goto(`${app.url}/verzamelingen/nieuw`);
    await expectAccessible(page);
    await page.fill('#veld-title', 'Hulp in de wijk, voorjaar');
    await page.selectOption('#veld-questionnaire', 'hulp-wijk');
    await page.fill('#veld-slug', 'hulp-voorjaar');
    await page.fill('#veld-closes', '2099-12-31');
    await Promise.all([page.waitForURL(/\/verzamelingen\/[0-9a-f-]{36}\?opgeslagen=1/), page.click('button:has-text("Verzameling opslaan")')]);
    const link = page.locator('.duiding-public-link');
    expect(await link.getAttribute('href')).toBe('/vertel/hulp-voorjaar');
    expect(await link.textContent()).toBe(`${app.url}/vertel/hulp-voorjaar`);
    expect(await page.locator('a[href="/vertel/hulp-voorjaar/privacy"]').count()).toBe(1);
    await expectAccessible(page);
    const collectionUrl = page.url();
    // The public link leads to the teller's page of this questionnaire (slug → collection_links).
    expect((await page.goto(`${app.url}/vertel/hulp-voorjaar`))?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Hulp in de wijk');
    await page.goto(collectionUrl);

    // The same slug again is refused with a clear message next to the field.
    await page.goto(`${app.url}/verzamelingen/nieuw`);
    await page.fill('#veld-title', 'Dubbel');
    await page.selectOption('#veld-questionnaire', 'hulp-wijk');
    await page.fill('#veld-slug', 'hulp-voorjaar');
    await page.click('button:has-text("Verzameling opslaan")');
    expect(await page.locator('#veld-slug-fout').textContent()).toContain('al in gebruik');
    await expectAccessible(page);

    await page.goto(`${app.url}/verzamelingen`);
    await page.click('a:has-text("Hulp in de wijk, voorjaar")');
    await page.click('a:has-text("Nu sluiten")');
    await expect(page.locator('main').textContent()).resolves.toContain('Weet u zeker');
    await expectAccessible(page);
    await Promise.all([page.waitForURL(/gesloten=1/), page.click('button:has-text("Ja, nu sluiten")')]);
    await expect(page.locator('.duiding-facts').textContent()).resolves.toContain('gesloten');
  });

  it('lets staff enter an interview story with the teller’s consent and shows the withdrawal code', async () => {
    const tenant = (await findTenantBySlug(app.db, 'voorbeeld'))!;
    const ctx = { db: app.db, tenantId: tenant.id, actorUserId: null };
    const base = { questionnaire: 'hulp-wijk', opens: '', closes: '', languages: ['nl'], introNl: '', introEn: '', retentionDays: '365' };
    const interview = await createCollection(ctx, { ...base, title: 'Gesprekken wijkteam', slug: 'gesprekken-wijkteam', mode: 'interview' });
    const signal = await createCollection(ctx, { ...base, title: 'Signalen raad', slug: 'signalen-raad', mode: 'signal' });

    await page.goto(`${app.url}/verzamelingen/${interview}/invoeren`);
    // The teller's widgets, on one page for staff.
    await page.waitForSelector('[role=slider]');
    await expectAccessible(page);
    await page.check('#f-consent-share');
    await page.check('#f-consent-quote');
    await page.fill('#f-text', 'De wijkcoach belde terug op 06-12345678 en kwam dezelfde week langs.');
    // Without "consent was asked" nothing is stored and the box says why.
    await page.click('#teller-send');
    expect(await page.locator('#veld-asked-fout').textContent()).toContain('toestemming');
    // …and the error summary lists it too, linking to the box (issue 17, edge 4).
    const askedInSummary = page.locator('#teller-summary a[href="#veld-asked-ja"]');
    expect(await askedInSummary.textContent()).toBe('Toestemming: Vraag de verteller eerst om toestemming en vink dit aan.');
    await askedInSummary.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-asked-ja');
    await page.check('#veld-asked-ja');
    await page.click('#teller-send');
    const code = (await page.locator('#intrekcode').textContent())!;
    expect(code.length).toBeGreaterThan(5);
    await expectAccessible(page);
    const entered = (await listAudit(app.db, tenant.id)).find((e) => e.action === 'story.enter');
    expect(entered?.detail).toMatchObject({ mode: 'interview', consentAsked: true });

    // The council enters signals only: the interview collection is not in its list.
    const raad = await browser.newContext();
    const raadPage = await raad.newPage();
    await raadPage.goto(`${app.url}/inloggen`);
    await raadPage.fill('#email', 'raad@voorbeeld.example');
    await raadPage.fill('#password', DEMO_PASSWORD);
    await Promise.all([raadPage.waitForURL(`${app.url}/`), raadPage.press('#password', 'Enter')]);
    await raadPage.goto(`${app.url}/invoeren`);
    const list = await raadPage.locator('main').textContent();
    expect(list).toContain('Signalen raad');
    expect(list).not.toContain('Gesprekken wijkteam');
    await expectAccessible(raadPage);
    await Promise.all([raadPage.waitForURL(`${app.url}/verzamelingen/${signal}/signaal`), raadPage.click('a:has-text("Signalen raad")')]);
    await expect(raadPage.locator('main').textContent()).resolves.toContain('ombudsfunctie');
    await expectAccessible(raadPage);
    expect((await raadPage.goto(`${app.url}/verzamelingen/${interview}/invoeren`))?.status()).toBe(403);
    expect((await raadPage.goto(`${app.url}/verzamelingen`))?.status()).toBe(403);
    await raad.close();
  });

  it('keeps the English pages accessible too', async () => {
    for (const path of ['/vragenlijsten/hulp-wijk?lang=en', '/vragenlijsten/hulp-wijk/vragen/wie_hielp']) {
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expectAccessible(page);
    }
    await page.goto(`${app.url}/?lang=nl`);
  });
});

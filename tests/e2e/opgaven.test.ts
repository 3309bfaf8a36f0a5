// Opgaven and dialogues in a real browser: an analyst links an indicator and a question to a
// theory element and marks an assumption with evidence (refused first without it); a facilitator
// plans and records a dialogue with an action and prints the session pack; the council reads.
// axe-core finds nothing on any of these pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('opgaven and dialogues', () => {
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

  async function submit(page: Page, button: string) {
    await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), page.getByRole('button', { name: button, exact: true }).click()]);
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 40 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets an analyst link an indicator and a question, and judge an assumption only with evidence', async () => {
    const page = await signedIn('analist@voorbeeld.example');
    await page.getByRole('link', { name: 'Opgaven', exact: true }).click();
    await page.waitForURL(`${app.url}/opgaven`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Kinderen en jongeren groeien zo thuis mogelijk op' }).click();
    await page.waitForURL(`${app.url}/opgaven/zo-thuis`);
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('houdt stand');

    // Statement 3 ("samen met school") gets an indicator and a question.
    await page.getByRole('link', { name: /^Bewerken en koppelen\s*\(Stelling 3\)/ }).click();
    await expectAccessible(page);
    await page.selectOption('#koppel-indicator', 'wachttijd_weken');
    await submit(page, 'Indicator koppelen');
    expect(await page.locator('[role=status]').textContent()).toContain('Opgeslagen');
    await page.selectOption('#koppel-vraag', 'gehoord');
    await submit(page, 'Vraag koppelen');
    const links = await page.locator('#koppelingen').locator('..').textContent();
    expect(links).toContain('Gemiddelde wachttijd jeugdhulp');
    expect(links).toContain('Voelde u zich gehoord');
    await expectAccessible(page);

    // Unlinking asks first.
    await page.getByRole('button', { name: /Ontkoppelen: Voelde u zich gehoord/ }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('Weet u het zeker?');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Annuleren' }).click();

    // The assumption under statement 3: refused without evidence, accepted with a series.
    await page.goto(`${app.url}/opgaven/zo-thuis`);
    await page.getByRole('link', { name: /^Status vastleggen\s*:\s*School ziet problemen/ }).click();
    await expectAccessible(page);
    await page.check('#status-weerlegd');
    await submit(page, 'Status vastleggen');
    const alert = await page.locator('[role=alert]').textContent();
    expect(alert).toContain('alleen worden vastgelegd met bewijs');
    await expectAccessible(page);
    await page.check('#status-twijfelachtig');
    await page.selectOption('#bewijs-reeks-indicator', 'jongeren_met_jeugdhulp_pct');
    await page.selectOption('#bewijs-reeks-gebied', 'WK999903');
    await page.fill('#bewijs-toelichting', 'In de Molenwijk stijgt het aandeel jongeren met jeugdhulp.');
    await submit(page, 'Status vastleggen');
    expect(new URL(page.url()).pathname).toBe('/opgaven/zo-thuis');
    const item = page.locator('.duiding-assumption', { hasText: 'School ziet problemen' });
    expect(await item.locator('.duiding-status').first().textContent()).toBe('twijfelachtig');
    expect(await item.textContent()).toContain('Jongeren met jeugdhulp — Molenwijk');
    expect(await item.textContent()).toContain('Geschiedenis (1 wijziging)');

    await page.goto(`${app.url}/opgaven/zo-thuis?lang=en`);
    await expectAccessible(page);
    await page.goto(`${app.url}/opgaven?lang=nl`);
    await page.context().close();
  });

  it('lets a facilitator plan and record a dialogue with an action, and print the session pack', async () => {
    const page = await signedIn('gespreksleider@voorbeeld.example');
    await page.getByRole('link', { name: 'Dialogen', exact: true }).click();
    await page.waitForURL(`${app.url}/dialogen`);
    await expectAccessible(page);
    await page.goto(`${app.url}/dialogen?lang=en`);
    expect(await page.locator('h1').textContent()).toBe('Dialogues');
    await expectAccessible(page);
    await page.goto(`${app.url}/dialogen?lang=nl`);

    await page.selectOption('#plan-soort', 'kwaliteitsreview');
    await page.fill('#plan-titel', 'Kwaliteitsreview wijkteams');
    await page.fill('#plan-datum', '2026-04-15');
    await page.selectOption('#plan-opgave', 'zo-thuis');
    await page.check('#rol-aanbieder');
    await page.fill('#namen-aanbieder', 'De Linde');
    await page.check('#rol-ervaringsdeskundige');
    await submit(page, 'Plannen');
    expect(await page.locator('h1').textContent()).toBe('Kwaliteitsreview wijkteams');
    expect(await page.locator('main').textContent()).toContain('Aanbieder: De Linde');
    await expectAccessible(page);

    await page.locator('summary', { hasText: 'Verhaal toevoegen' }).click();
    await page.fill('#materiaal-verhaal', 'demo-000001, demo-000002');
    await submit(page, 'Verhaal toevoegen');
    await page.fill('#verslag-gezien', 'Ouders noemen de vaste contactpersoon vaak.');
    await page.fill('#verslag-duiding', 'Continuïteit is belangrijker dan snelheid.');
    await submit(page, 'Verslag opslaan');
    expect(await page.inputValue('#verslag-gezien')).toBe('Ouders noemen de vaste contactpersoon vaak.');

    await page.fill('#actie-beschrijving', 'Afspraken over een vaste contactpersoon in het contract');
    await page.selectOption('#actie-soort', 'contract-afspraken');
    await page.fill('#actie-eigenaar', 'Team inkoop');
    await page.fill('#actie-datum', '2026-09-01');
    await page.selectOption('#actie-niveau', '2');
    await submit(page, 'Actie toevoegen');
    const action = page.locator('.duiding-action', { hasText: 'Afspraken over een vaste contactpersoon' });
    expect(await action.textContent()).toContain('2 reflectief');
    await action.locator('select').selectOption('loopt');
    await action.locator('textarea').fill('Besproken met twee aanbieders.');
    await Promise.all([page.waitForNavigation(), action.getByRole('button', { name: 'Opvolging bijwerken' }).click()]);
    expect(await page.locator('.duiding-action').first().textContent()).toContain('loopt — Besproken met twee aanbieders.');
    await expectAccessible(page);

    // The pack: one card per published story, each with its consent.
    const dialogueUrl = page.url().split('?')[0];
    await page.goto(`${dialogueUrl}/sessiepakket`);
    const cards = page.locator('.duiding-story-card');
    expect(await cards.count()).toBe(2);
    for (const text of await cards.allTextContents()) expect(text).toMatch(/Mag geciteerd worden: (ja|nee|niet gevraagd)/);
    await expectAccessible(page);

    // Deleting the action asks for confirmation first.
    await page.goto(dialogueUrl);
    await page.getByRole('button', { name: /^Verwijderen: Afspraken over/ }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('Weet u het zeker?');
    await expectAccessible(page);
    await submit(page, 'Ja, verwijderen');
    expect(await page.locator('.duiding-action').count()).toBe(0);
    await page.context().close();
  });

  it('shows the council the theory of change and dialogues without forms or story titles', async () => {
    const page = await signedIn('raad@voorbeeld.example');
    await page.goto(`${app.url}/opgaven/zo-thuis`);
    expect(await page.locator('form[action*="aannames"], a[href*="/aannames/"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('titel alleen zichtbaar voor wie verhalen mag lezen');
    await expectAccessible(page);
    await page.goto(`${app.url}/dialogen`);
    await page.getByRole('link', { name: 'Verantwoordingsdialoog jeugdhulp voorjaar 2026' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('2 reflectief');
    await expectAccessible(page);
    const pack = await page.goto(`${page.url()}/sessiepakket`);
    expect(pack?.status()).toBe(403);
    await page.context().close();
  });
});

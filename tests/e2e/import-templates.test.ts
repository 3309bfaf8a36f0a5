// The import page in a real browser: templates per kind (CSV and XLSX) download, the page passes
// axe in Dutch and English, and the figures and questionnaire workbook templates import as they are.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
if (!available) console.warn('[duiding test] import template e2e tests SKIPPED: no Chromium at /usr/bin/chromium.');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.skipIf(!available)('import templates', () => {
  let app: TestApp;
  let browser: Browser;
  let analyst: BrowserContext;

  beforeAll(async () => {
    app = await startTestApp({ stories: 30 });
    browser = await launchBrowser();
    analyst = await browser.newContext();
    const page = await analyst.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', 'analist@voorbeeld.example');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers a CSV and an XLSX template per kind, and every link downloads one', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/importeren`);
    await expectAccessible(page);
    const links = await page
      .locator('section[aria-labelledby="sjablonen-titel"] a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.textContent!]));
    const hrefs = links.map(([href]) => href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/importeren/sjablonen/vragenlijst.xlsx',
        '/importeren/sjablonen/vragenlijst.json',
        '/importeren/sjablonen/cijfers.xlsx',
        '/importeren/sjablonen/cijfers.csv',
        '/importeren/sjablonen/definities.csv',
        '/importeren/sjablonen/definities.xlsx',
        '/importeren/sjablonen/verhalen.csv?vragenlijst=zo-thuis',
        '/importeren/sjablonen/verhalen.xlsx?vragenlijst=zo-thuis',
      ]),
    );
    // Every link says what it is, so a screen reader's list of links is clear.
    expect(new Set(links.map(([, text]) => text)).size).toBe(links.length);
    for (const href of hrefs) {
      const response = await analyst.request.get(`${app.url}${href}`);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      if (href.includes('.xlsx')) {
        expect(response.headers()['content-type'], href).toBe(XLSX);
        expect(body.subarray(0, 2).toString(), href).toBe('PK');
      } else if (href.endsWith('.json')) {
        expect(JSON.parse(body.toString())).toMatchObject({ format: 'duiding.questionnaire/v1' });
      } else {
        expect(response.headers()['content-type'], href).toContain('text/csv');
      }
      expect(response.headers()['content-disposition'], href).toMatch(/^attachment; filename="[a-z-]+\.(csv|xlsx|json)"$/);
    }
    expect((await analyst.request.get(`${app.url}/importeren/sjablonen/verhalen.csv?vragenlijst=bestaat-niet`)).status()).toBe(404);
    const stories = await (await analyst.request.get(`${app.url}/importeren/sjablonen/verhalen.csv?vragenlijst=zo-thuis`)).text();
    expect(stories.startsWith('story_id,collected_at,collection,language,prompt,title,text,')).toBe(true);
    await page.goto(`${app.url}/importeren?lang=en`);
    await expect(page.locator('#sjablonen-titel').textContent()).resolves.toBe('Templates');
    await expectAccessible(page);
    await page.close();
  });

  it('imports the figures workbook template as it is, and says how it was read', async () => {
    const template = await (await analyst.request.get(`${app.url}/importeren/sjablonen/cijfers.xlsx`)).body();
    const page = await analyst.newPage();
    await page.goto(`${app.url}/importeren?lang=nl`); // the first test left the language on English
    await page.setInputFiles('#cijfers-bestand', { name: 'cijfers.xlsx', mimeType: XLSX, buffer: template });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${app.url}/importeren/cijfers` && r.request().method() === 'POST'),
      page.click('form[action="/importeren/cijfers"] button[type=submit]'),
    ]);
    expect(response.status(), await response.text()).toBe(200);
    const outcome = await page.locator('#uitkomst-cijfers').textContent();
    expect(outcome).toContain('1 waarneming ingelezen.');
    expect(outcome).toContain('Nieuwe indicatoren: voorbeeld_wachttijd.');
    expect(outcome).toContain('Gelezen als XLSX (bladen "definities", "waarnemingen").');
    await expectAccessible(page);

    // The example questionnaire as a workbook imports through the questionnaire form.
    const questionnaire = await (await analyst.request.get(`${app.url}/importeren/sjablonen/vragenlijst.xlsx`)).body();
    await page.setInputFiles('#vragenlijst-bestand', { name: 'vragenlijst.xlsx', mimeType: XLSX, buffer: questionnaire });
    await Promise.all([
      page.waitForResponse((r) => r.url() === `${app.url}/importeren/vragenlijst` && r.request().method() === 'POST'),
      page.click('form[action="/importeren/vragenlijst"] button[type=submit]'),
    ]);
    await expect(page.locator('#uitkomst-vragenlijst').textContent()).resolves.toContain('Vragenlijst "mijn-vragenlijst" is toegevoegd (versie 1).');
    await page.close();
  });
});

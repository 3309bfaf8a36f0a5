// NarraFirma and SenseMaker on /importeren in Chromium, with the keyboard only (files are chosen
// through the file chooser that Space opens on a focused file field), and axe on every state.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuestionnaire } from '../../src/db/repositories/questionnaires.repository.ts';
import { findTenantBySlug } from '../../src/db/repositories/tenants.repository.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { haveDatasets, NARRAFIRMA, SENSEMAKER } from '../unit/foreign/fixtures.ts';

const available = browserAvailable() && haveDatasets;
if (!available) console.warn('[duiding test] foreign import e2e tests SKIPPED: no Chromium at /usr/bin/chromium or no ../shared/datasets.');

describe.skipIf(!available)('NarraFirma and SenseMaker on /importeren', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  async function tabTo(id: string) {
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.id)) !== id; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
  }

  async function chooseFile(id: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await tabTo(id);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(file);
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 20 });
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}/inloggen`);
    await tabTo('email');
    await page.keyboard.type('analist@voorbeeld.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.keyboard.press('Enter')]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("imports NarraFirma's example with the keyboard and lists what it could not carry over", async () => {
    await page.goto(`${app.url}/importeren`);
    await expectAccessible(page);
    await tabTo('narrafirma-sleutel');
    await page.keyboard.type('nf-voorbeeld');
    await chooseFile('narrafirma-formulier', path.join(NARRAFIRMA, 'narrafirma_example_story_form.csv'));
    await chooseFile('narrafirma-verhalen', path.join(NARRAFIRMA, 'narrafirma_example_stories.csv'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Importeren');
    const [response] = await Promise.all([page.waitForResponse((r) => r.url() === `${app.url}/importeren/narrafirma`), page.keyboard.press('Enter')]);
    expect(response.status()).toBe(200);
    const outcome = page.locator('#uitkomst-narrafirma');
    await expect(outcome.getAttribute('role')).resolves.toBe('status');
    await expect(outcome.textContent()).resolves.toContain('80 verhalen ingelezen');
    const notes = await page.locator('#uitkomst-narrafirma .duiding-not-mapped li').allTextContents();
    expect(notes.some((n) => n.startsWith('narrafirma_example_stories.csv:1: kolom "Participant ID"'))).toBe(true);
    await expectAccessible(page);
    const tenant = (await findTenantBySlug(app.db, 'voorbeeld'))!;
    expect(await findQuestionnaire(app.db, tenant.id, 'nf-voorbeeld')).not.toBeNull();
  });

  it("offers the stories back in SenseMaker's layout as a download", async () => {
    await page.goto(`${app.url}/importeren`);
    const link = page.locator('a[href="/importeren/sensemaker/nf-voorbeeld"]');
    await expect(link.textContent()).resolves.toContain('voor SenseMaker (CSV)');
    const response = await page.request.get(`${app.url}/importeren/sensemaker/nf-voorbeeld`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBe('attachment; filename="nf-voorbeeld-sensemaker.csv"');
    const csv = await response.text();
    expect(csv.startsWith('id,project_id,version,language,server_upload_time,')).toBe(true);
    expect(csv.trim().split('\r\n').length).toBeGreaterThanOrEqual(81);
    expect((await page.request.get(`${app.url}/importeren/sensemaker/bestaat-niet`)).status()).toBe(404);
  });

  it('refuses a SenseMaker export without its story column, saves nothing, and says where (in English too)', async () => {
    await page.goto(`${app.url}/importeren?lang=en`);
    await tabTo('sensemaker-sleutel');
    await page.keyboard.type('sm-kapot');
    await chooseFile('sensemaker-raamwerk', path.join(SENSEMAKER, 'ADemo_Definition.json'));
    const data = fs.readFileSync(path.join(SENSEMAKER, 'ADemo_Data.csv'), 'utf8').replace('ca82ba5d-6102-4f69-94da-76c38c28ce9b', 'tekst');
    await chooseFile('sensemaker-verhalen', { name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(data) });
    await page.keyboard.press('Tab');
    const [response] = await Promise.all([page.waitForResponse((r) => r.url() === `${app.url}/importeren/sensemaker`), page.keyboard.press('Enter')]);
    expect(response.status()).toBe(400);
    const alert = page.locator('#uitkomst-sensemaker');
    await expect(alert.getAttribute('role')).resolves.toBe('alert');
    const problems = await alert.locator('li').allTextContents();
    expect(problems).toContain(
      'export.csv:1: column "ca82ba5d-6102-4f69-94da-76c38c28ce9b": column "ca82ba5d-6102-4f69-94da-76c38c28ce9b" is missing (the stories themselves)',
    );
    await expectAccessible(page);
    const tenant = (await findTenantBySlug(app.db, 'voorbeeld'))!;
    expect(await findQuestionnaire(app.db, tenant.id, 'sm-kapot')).toBeNull();
    await page.goto(`${app.url}/importeren?lang=nl`);
  });
});

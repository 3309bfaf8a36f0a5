// The area register and CBS forms on /importeren and the choropleth map on /cijfers, in Chromium:
// axe finds nothing, the map has an accessible name, a legend and a keyboard-reachable table
// alternative, and for the council a suppressed wijk is hatched exactly where the table hides it.
// One seeded demo database for the whole file.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { CBS_DATASET_AVAILABLE, startCbsFixture, type CbsFixture } from '../support/cbs-fixture.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable() && CBS_DATASET_AVAILABLE;
if (!available) console.warn('[duiding test] area map e2e tests SKIPPED: no Chromium at /usr/bin/chromium or no ../shared/datasets/cbs.');

describe.skipIf(!available)('area register, CBS form and maps', () => {
  let app: TestApp;
  let cbs: CbsFixture;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();

  async function signedIn(role: string): Promise<BrowserContext> {
    const existing = contexts.get(role);
    if (existing) return existing;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', `${role}@voorbeeld.example`);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);
    await page.close();
    contexts.set(role, context);
    return context;
  }

  beforeAll(async () => {
    cbs = await startCbsFixture({ pageSize: 5 });
    app = await startTestApp({ stories: 30, cbs: { v4Url: cbs.v4Url, v3Url: cbs.v3Url, timeoutMs: 3000 } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cbs?.close();
  });

  it('shows /cijfers with a map per indicator: named, with a legend, and a table alternative reached by keyboard', async () => {
    const page = await (await signedIn('analist')).newPage();
    await page.goto(`${app.url}/cijfers`);
    const maps = page.locator('figure.duiding-map');
    expect(await maps.count()).toBeGreaterThan(0);
    const first = maps.first();
    const svg = first.locator('svg[role="img"]');
    const name = await svg.evaluate((el) =>
      el
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => document.getElementById(id)!.textContent)
        .join(' '),
    );
    expect(name).toMatch(/^Kaart: .+ per gebied, \d{4}.* Kaart van 8 gebieden/);
    // Eight invented wijken, each with its name and value as a title.
    const titles = await first.locator('path.duiding-map__area > title').allTextContents();
    expect(titles).toHaveLength(8);
    expect(titles.some((t) => t.startsWith('Molenwijk: '))).toBe(true);
    expect(await first.locator('.duiding-map__legend li').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // Keyboard only: Tab to the table link, Enter, and the table is the target.
    const link = first.locator('a', { hasText: 'De cijfers van de kaart als tabel' });
    const href = (await link.getAttribute('href'))!;
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((h) => document.activeElement?.getAttribute('href') === h, href);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, href);
    const table = page.locator(`${href}`);
    expect(await table.evaluate((el) => el.tagName)).toBe('TABLE');
    expect(await table.isVisible()).toBe(true);
    await page.close();
  });

  it('hatches, never colours, a wijk whose value the council may not see, exactly where the table says so', async () => {
    // A newest period in which Molenwijk's value rests on 2 young people: below the threshold (5).
    const analyst = await (await signedIn('analist')).newPage();
    await analyst.goto(`${app.url}/importeren`);
    const rows = ['WK999901', 'WK999902', 'WK999903', 'WK999904', 'WK999905', 'WK999906', 'WK999907', 'WK999908'].map(
      (code, i) => `jongeren_met_jeugdhulp_pct,${code},2027,${10 + i},,${code === 'WK999903' ? 2 : 50 + i},500`,
    );
    await analyst.setInputFiles('#cijfers-bestand', {
      name: 'klein.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['indicator,area,period,value,provider,numerator,denominator', ...rows].join('\n')),
    });
    await Promise.all([
      analyst.waitForResponse((r) => r.url().endsWith('/importeren/cijfers') && r.request().method() === 'POST'),
      analyst.click('form[action="/importeren/cijfers"] button[type=submit]'),
    ]);
    await expect(analyst.locator('#uitkomst-cijfers').textContent()).resolves.toContain('8 waarnemingen ingelezen');
    await analyst.close();

    const page = await (await signedIn('raad')).newPage();
    await page.goto(`${app.url}/cijfers`);
    const hatched = await page.locator('#kaart-jongeren_met_jeugdhulp_pct path.duiding-map__area--suppressed > title').allTextContents();
    expect(hatched).toEqual(['Molenwijk: te weinig om te tonen']);
    const maps = await page.locator('figure.duiding-map').all();
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const key = (await map.getAttribute('id'))!.replace(/^kaart-/, '');
      // The newest period's column of the table, per wijk name.
      const cells = await page
        .locator(`#tabel-${key} tbody tr`)
        .evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!.trim(), r.querySelector('td:last-child')!.textContent!.trim()]));
      const table = new Map(cells as [string, string][]);
      const areas = await map
        .locator('path.duiding-map__area')
        .evaluateAll((paths) => paths.map((p) => [p.getAttribute('class')!, p.querySelector('title')!.textContent!]));
      for (const [cls, title] of areas) {
        const name = title.slice(0, title.indexOf(': '));
        const hidden = table.get(name) === 'te weinig verhalen';
        expect(cls.includes('--suppressed'), `${key} ${name}`).toBe(hidden);
        if (hidden) expect(cls).not.toMatch(/--step-/);
      }
    }
    await expectAccessible(page);
    await page.close();
  });

  it('imports an area register from the form, lists every problem of a bad one, and offers a template', async () => {
    const context = await signedIn('analist');
    const template = await context.request.get(`${app.url}/importeren/sjablonen/gebieden.csv`);
    expect(template.status()).toBe(200);
    expect((await template.text()).split('\r\n')[0]).toBe('code,name,year,parent');

    const page = await context.newPage();
    await page.goto(`${app.url}/importeren`);
    await expectAccessible(page);
    const bad = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { wijkcode: 'WK99', wijknaam: 'Fout' }, geometry: null },
        { type: 'Feature', properties: { code: 'WK999930', name: '' }, geometry: null },
      ],
    });
    await page.setInputFiles('#gebieden-bestand', { name: 'wijken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(bad) });
    await page.fill('#gebieden-jaar', '2026');
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/importeren/gebieden') && r.request().method() === 'POST'),
      page.click('form[action="/importeren/gebieden"] button[type=submit]'),
    ]);
    const problems = await page.locator('#uitkomst-gebieden li').allTextContents();
    expect(problems).toEqual([
      'wijken.geojson: veld "features[0].properties.wijkcode": "WK99" is geen gebiedscode van het CBS (zoals GM0599, WK059901 of BU05990101)',
      'wijken.geojson: veld "features[1].properties.name": geen naam',
    ]);
    await expectAccessible(page);

    await page.setInputFiles('#gebieden-bestand', {
      name: 'gebieden.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code;naam;jaar\nWK999930;Nieuwe Haven;2026\n'),
    });
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/importeren/gebieden') && r.request().method() === 'POST'),
      page.click('form[action="/importeren/gebieden"] button[type=submit]'),
    ]);
    await expect(page.locator('#uitkomst-gebieden').textContent()).resolves.toContain('1 gebieden ingelezen (indeling 2026).');
    await page.close();
  });

  it('fetches CBS figures from the form, and says what is wrong when the table does not exist', async () => {
    const page = await (await signedIn('analist')).newPage();
    await page.goto(`${app.url}/importeren`);
    await page.fill('#cbs-tabel', '99999NED');
    await page.fill('#cbs-indicatoren', 'wmo_clienten=WmoClienten_100');
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/importeren/cbs') && r.request().method() === 'POST'),
      page.click('form[action="/importeren/cbs"] button[type=submit]'),
    ]);
    expect(await page.locator('#uitkomst-cbs li').allTextContents()).toEqual(['CBS-tabel: CBS kent tabel 99999NED niet (OData v4 en v3).']);
    await expectAccessible(page);

    await page.fill('#cbs-tabel', '85984NED');
    await page.fill('#cbs-gebieden', 'GM9999');
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/importeren/cbs') && r.request().method() === 'POST'),
      page.click('form[action="/importeren/cbs"] button[type=submit]'),
    ]);
    await expect(page.locator('#uitkomst-cbs').textContent()).resolves.toContain('9 waarnemingen opgeslagen uit CBS-tabel 85984NED (OData v4).');
    await expectAccessible(page);
    await page.goto(`${app.url}/cijfers`);
    expect(await page.locator('#kaart-wmo_clienten path.duiding-map__area').count()).toBe(8);
    await page.close();
  });
});

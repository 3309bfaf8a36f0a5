// The pattern workbench in a real browser (issue 11): /patronen/{key} as a list with search,
// sort and the API's filters; a pattern of each kind with its chart and table, whose counts are
// the numbers of stories their links open; choosing an area of a triad with the keyboard only;
// the stories behind a selection with highlights, a reader and distinctive words; the same
// without JavaScript; axe finds nothing; the council and providers never get in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pattern } from '../../src/domain/patterns/types.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, expectAccessible, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
if (!available) console.warn('[duiding test] patterns e2e tests SKIPPED: no Chromium at /usr/bin/chromium.');

describe.skipIf(!available)('pattern workbench', () => {
  let app: TestApp;
  let browser: Browser;
  let analyst: BrowserContext;
  let patterns: Pattern[];

  async function signIn(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', email);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);
    return page;
  }

  const detailPath = (p: Pattern) => `/patronen/zo-thuis/patroon?patroon=${encodeURIComponent(`${p.a}|${p.b}`)}`;
  const find = (test: (p: Pattern) => boolean, what: string) => {
    const found = patterns.filter((p) => p.significant).find(test) ?? patterns.find(test);
    if (!found) throw new Error(`the demo scan has no ${what} pattern`);
    return found;
  };

  /** The number in the stories page's heading ("12 verhalen bij deze keuze"). */
  async function storiesTotal(page: Page): Promise<number> {
    const heading = (await page.locator('h1').textContent()) ?? '';
    return Number(/^([\d.]+)/.exec(heading)?.[1]?.replace(/\./g, '') ?? NaN);
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 300 });
    browser = await launchBrowser();
    analyst = await browser.newContext();
    await signIn(analyst, 'analist@voorbeeld.example');
    const ctx = await contextForTenantSlug(app.db, 'voorbeeld');
    patterns = (await scanQuestionnaire(ctx, 'zo-thuis')).patterns;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the whole scan, searchable, sortable and filtered like the API, and passes axe', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/patronen`);
    await expectAccessible(page);
    await Promise.all([page.waitForURL(/\/patronen\/zo-thuis$/), page.click('a[href="/patronen/zo-thuis"]')]);
    await expectAccessible(page);
    const rows = page.locator('.duiding-pattern-table tbody tr');
    expect(await rows.count()).toBe(Math.min(25, patterns.length));
    await expect(page.locator('.duiding-result-count').textContent()).resolves.toContain(`naar ${patterns.length} paren van vragen`);

    // Sorted by q: the first row is the pattern with the smallest q.
    await page.selectOption('#sorteer', 'q');
    await Promise.all([page.waitForURL(/sorteer=q/), page.click('.duiding-pattern-form button[type="submit"]')]);
    const smallest = [...patterns].sort((x, y) => (x.q ?? 1) - (y.q ?? 1))[0];
    await expect(rows.first().locator('a').first().getAttribute('href')).resolves.toContain(encodeURIComponent(`${smallest.a}|${smallest.b}`));

    // A question search keeps only patterns about that question.
    await page.fill('#zoek', 'gehoord');
    await Promise.all([page.waitForURL(/zoek=gehoord/), page.click('.duiding-pattern-form button[type="submit"]')]);
    const about = patterns.filter((p) => p.a === 'gehoord' || p.b === 'gehoord').length;
    await expect(page.locator('.duiding-result-count').textContent()).resolves.toContain(`${about} patronen`);

    // A filter on an answer gives the API's scan with the same filter.
    await page.fill('#zoek', '');
    await page.click('summary:has-text("Filters")');
    await page.selectOption('#filter-rol', 'jongere');
    await Promise.all([page.waitForURL(/rol=jongere/), page.click('.duiding-pattern-form button[type="submit"]')]);
    const ctx = await contextForTenantSlug(app.db, 'voorbeeld');
    const filtered = await scanQuestionnaire(ctx, 'zo-thuis', { filter: { answers: [['rol', 'jongere']] } });
    await expect(page.locator('.duiding-result-count').textContent()).resolves.toContain(`naar ${filtered.patterns.length} paren van vragen`);
    await expectAccessible(page);

    // A refused filter: 400, the problem named, the form kept.
    const refused = await page.goto(`${app.url}/patronen/zo-thuis?bestaat_niet=x&period=2026-13`);
    expect(refused?.status()).toBe(400);
    await expect(page.locator('.duiding-alert').textContent()).resolves.toMatch(/bestaat_niet[\s\S]*2026-13/);
    await expectAccessible(page);
    await page.close();
  }, 120_000);

  it('shows each kind of pattern with a chart whose counts are the stories behind each part', async () => {
    const page = await analyst.newPage();
    const kinds = [
      find((p) => p.test === 'chi-square', 'choice × choice'),
      find((p) => (p.test === 'mann-whitney' || p.test === 'kruskal-wallis') && p.a.startsWith('wie_hielp.'), 'triad × group'),
      find((p) => p.test === 'spearman' && p.a.startsWith('steun.') !== p.b.startsWith('steun.'), 'number × number with a stone'),
      find((p) => p.a === 'gehoord' || p.b === 'gehoord', 'slider'),
    ];
    for (const pattern of kinds) {
      await page.goto(`${app.url}${detailPath(pattern)}`);
      await expectAccessible(page);
      const chart = page.locator('#grafiek-patroon');
      await expect(chart.getAttribute('role')).resolves.toBe('group');
      // Every count drawn in the charts opens exactly that many stories.
      const parts = page.locator('[data-select-cell]');
      expect(await parts.count()).toBeGreaterThan(0);
      const first = parts.first();
      const shown = Number(await first.getAttribute('data-count'));
      const href = (await first.getAttribute('href'))!;
      const stories = await analyst.newPage();
      await stories.goto(`${app.url}${href}`);
      expect(await storiesTotal(stories), `${pattern.a} × ${pattern.b}: ${href}`).toBe(shown);
      await stories.close();
    }
    // The slider's histogram and the triad's ternary plot are there too.
    await page.goto(`${app.url}${detailPath(kinds[3])}`);
    await expect(page.locator('h3:has-text("Verdeling van")').count()).resolves.toBe(1);
    await page.goto(`${app.url}${detailPath(kinds[1])}`);
    await expect(page.locator('h3:has-text("Driehoek")').count()).resolves.toBe(1);
    await page.close();
  }, 120_000);

  it('chooses an area of a triad with the keyboard only and opens its stories', async () => {
    const page = await analyst.newPage();
    const triad = find((p) => p.a.startsWith('wie_hielp.'), 'triad');
    await page.goto(`${app.url}${detailPath(triad)}`);
    const ternary = page.locator('svg[data-select-chart]:has(polygon.duiding-ternary__edge)');
    const id = await ternary.getAttribute('id');
    // Tab until the focus is inside the ternary plot: with the script it is one Tab stop.
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((chart) => !!document.activeElement?.closest(`#${chart}`), id)) break;
    }
    expect(await page.evaluate((chart) => !!document.activeElement?.closest(`#${chart}`), id)).toBe(true);
    const start = await page.evaluate(() => document.activeElement?.getAttribute('data-label'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const chosen = await page.evaluate(() => document.activeElement?.getAttribute('data-label'));
    const regions = await ternary.locator('[data-select-cell]').count();
    if (regions > 1) expect(chosen).not.toBe(start);
    await expect(page.locator('[data-select-status]').textContent()).resolves.toContain(chosen!);
    const count = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-count')));
    await Promise.all([page.waitForURL(/\/patronen\/zo-thuis\/verhalen\?/), page.keyboard.press('Enter')]);
    expect(await storiesTotal(page)).toBe(count);
    await expectAccessible(page);
    await page.close();
  }, 120_000);

  it("chooses a range of a slider's histogram by dragging, with Shift and the arrows, and with the range form", async () => {
    const page = await analyst.newPage();
    const slider = find((p) => p.a === 'gehoord' || p.b === 'gehoord', 'slider');
    await page.goto(`${app.url}${detailPath(slider)}`);
    await expectAccessible(page);
    const chart = page.locator('svg[data-select-range]').first();
    const cells = chart.locator('[data-select-cell]');
    const counts = (await cells.evaluateAll((all) => all.map((c) => Number(c.getAttribute('data-count'))))) as number[];
    expect(counts.length).toBeGreaterThan(1);
    const last = Math.min(2, counts.length - 1);
    const expected = counts.slice(0, last + 1).reduce((s, n) => s + n, 0);
    // The mouse: press on the first bar, drag to the third, let go.
    await chart.scrollIntoViewIfNeeded();
    const centreOf = async (i: number) => {
      const box = (await cells.nth(i).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height - 4 };
    };
    const start = await centreOf(0);
    const end = await centreOf(last);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 8 });
    await expect(cells.nth(last).getAttribute('class')).resolves.toContain('is-in-range');
    await Promise.all([page.waitForURL(/\/verhalen\?.*min=.*max=/), page.mouse.up()]);
    expect(await storiesTotal(page)).toBe(expected);
    // The keyboard: Tab to the histogram, Shift and the right arrow, Enter.
    await page.goBack();
    const id = await chart.getAttribute('id');
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((c) => !!document.activeElement?.closest(`#${c}`), id)) break;
    }
    for (let i = 0; i < last; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.locator('[data-select-status]').textContent()).resolves.toMatch(new RegExp(`: ${expected} verhalen`));
    await Promise.all([page.waitForURL(/\/verhalen\?.*min=.*max=/), page.keyboard.press('Enter')]);
    expect(await storiesTotal(page)).toBe(expected);
    // The form (no script needed): the same range typed in.
    await page.goBack();
    const from = await cells.nth(0).getAttribute('data-range-from');
    const to = await cells.nth(last).getAttribute('data-range-max');
    await page.fill(`#${id}-van`, from!);
    await page.fill(`#${id}-tot`, to!);
    await Promise.all([page.waitForURL(/\/verhalen\?.*var=/), page.click(`form:has(#${id}-van) button[type="submit"]`)]);
    expect(await storiesTotal(page)).toBe(expected);
    await page.close();
  }, 120_000);

  it('lists the stories behind a selection with highlights, a reader and distinctive words', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/patronen/zo-thuis/verhalen?group=rol:jongere`);
    await expectAccessible(page);
    const total = await storiesTotal(page);
    expect(total).toBeGreaterThan(0);
    await expect(page.locator('.duiding-selection__conditions dd').first().textContent()).resolves.toBeTruthy();
    await expect(page.locator('#woorden-kop').count()).resolves.toBe(1);
    // The reader walks through the selection.
    await Promise.all([page.waitForURL(/nr=1/), page.locator('.duiding-story-list a').first().click()]);
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain(`Verhaal 1 van ${total}`);
    await Promise.all([page.waitForURL(/nr=2/), page.click('a[rel="next"]')]);
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain(`Verhaal 2 van ${total}`);
    await expectAccessible(page);
    // A search within the selection marks the words found.
    await page.goto(`${app.url}/patronen/zo-thuis/verhalen?group=rol:jongere&q=hulp`);
    expect(await page.locator('.duiding-story-list mark').count()).toBeGreaterThan(0);
    // A cell the API refuses is refused here with the same words.
    const bad = await page.goto(`${app.url}/patronen/zo-thuis/verhalen?group=bestaat:niet`);
    expect(bad?.status()).toBe(400);
    await expect(page.locator('main').textContent()).resolves.toContain('bestaat');
    await page.close();
  }, 120_000);

  it('works without JavaScript: the list, the filter form, the charts with tables of links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signIn(context, 'gespreksleider@voorbeeld.example');
    await page.goto(`${app.url}/patronen/zo-thuis`);
    await page.click('summary:has-text("Filters")');
    await page.selectOption('#filter-wijk', { index: 1 });
    await Promise.all([page.waitForURL(/wijk=/), page.click('.duiding-pattern-form button[type="submit"]')]);
    // The server kept the choice in the form, and says how many patterns the filter leaves.
    expect(await page.locator('#filter-wijk').inputValue()).not.toBe('');
    await expect(page.locator('main [role="status"]').first().textContent()).resolves.toMatch(/paren van vragen/);
    await page.goto(`${app.url}${detailPath(find((p) => p.test === 'chi-square', 'table'))}`);
    // The table alternative: every count is a link to as many stories.
    const link = page.locator('#tabel tbody a').first();
    const shown = Number((await link.textContent())!.replace(/\./g, ''));
    await Promise.all([page.waitForURL(/\/verhalen\?/), link.click()]);
    expect(await storiesTotal(page)).toBe(shown);
    // Without the script every part of a chart is a link of its own, reachable with Tab.
    await page.goBack();
    await expect(page.locator('#grafiek-patroon a[data-select-cell]').first().getAttribute('tabindex')).resolves.toBeNull();
    await context.close();
  }, 120_000);

  it('links each monitor pattern to its stories for analysts, never for the council', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/monitor/zo-thuis`);
    const links = page.locator('a[href^="/patronen/zo-thuis/patroon?"]');
    expect(await links.count()).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/patronen\/zo-thuis\/patroon\?/), links.first().click()]);
    expect(await page.locator('[data-select-cell]').count()).toBeGreaterThan(0);
    // The analyst's preview of the council's monitor has no such links either.
    await page.goto(`${app.url}/monitor/zo-thuis?als=raad`);
    expect(await page.locator('a[href^="/patronen/"]').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('never lets the council or a provider in; another municipality gets a 404', async () => {
    for (const email of ['raad@voorbeeld.example', 'aanbieder@voorbeeld.example']) {
      const context = await browser.newContext();
      const page = await signIn(context, email);
      await page.goto(`${app.url}/monitor/zo-thuis`);
      expect(await page.locator('a[href^="/patronen/"]').count(), email).toBe(0);
      for (const path of ['/patronen', '/patronen/zo-thuis', '/patronen/zo-thuis/verhalen?group=rol:jongere']) {
        const response = await page.goto(`${app.url}${path}`);
        expect(response?.status(), `${email} ${path}`).toBe(403);
      }
      await context.close();
    }
    const page = await analyst.newPage();
    const missing = await page.goto(`${app.url}/patronen/bestaat-niet`);
    expect(missing?.status()).toBe(404);
    await page.close();
  }, 120_000);
});

// The storyteller's page in Chromium at 360×640: a keyboard-only teller completes the demo
// questionnaire (slider, triad and stones included) step by step, a reload keeps the draft, a
// double submit makes one story, /intrekken deletes it, the no-JavaScript form also stores a
// story, axe finds nothing on any step or page, and the first step weighs under 100 KB.
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories, storyAnswers } from '../../src/db/schema/index.ts';
import { createCollection } from '../../src/services/collections.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { browserAvailable, checkAccessibility, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
const VIEWPORT = { width: 360, height: 640 };

describe.skipIf(!available)('storyteller', () => {
  let app: TestApp;
  let browser: Browser;
  let slug: string;

  async function expectAccessible(page: Page, where: string) {
    const violations = await checkAccessibility(page);
    expect(violations, `${where}\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  /** Tab (never click) until the focused element matches the selector. */
  async function tabTo(page: Page, selector: string, max = 60) {
    for (let i = 0; i < max; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`never reached ${selector} with Tab`);
  }

  async function press(page: Page, key: string, times = 1) {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  }

  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const visibleStep = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.teller-step')].find((s) => !(s as HTMLElement).hidden)?.id);

  async function nextStep(page: Page) {
    await tabTo(page, '.teller-step:not([hidden]) .teller-nav .teller-button--primary');
    await page.keyboard.press('Enter');
  }

  async function answersOf(storyId: string) {
    const rows = await app.db.select().from(storyAnswers).where(eq(storyAnswers.storyId, storyId));
    return Object.fromEntries(rows.map((r) => [r.questionKey, r]));
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 20 });
    browser = await launchBrowser();
    slug = DEMO_PUBLIC_SLUG;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('keyboard only: every step, a reload that keeps the draft, a double submit, one story with the right values', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    let bytes = 0;
    const origins = new Set<string>();
    page.on('requestfinished', async (request) => {
      origins.add(new URL(request.url()).origin);
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.goto(`${app.url}/vertel/${slug}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(200);
    // The first step's weight: the document and every subresource, as transferred.
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes, `first step weighs ${bytes} bytes`).toBeLessThan(100_000);
    expect([...origins]).toEqual([app.url]);
    console.info(`[teller] first step: ${bytes} bytes transferred`);

    expect(await visibleStep(page)).toBe('stap-welkom');
    await expect(page.locator('.teller-step:not([hidden]) h2').textContent()).resolves.toContain('Stap 1 van 7');
    await expectAccessible(page, 'stap 1');

    // 1 Intro and consent.
    await tabTo(page, '#f-consent-share');
    await page.keyboard.press('Space');
    await tabTo(page, '#f-consent-quote');
    await page.keyboard.press('Space');
    await nextStep(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stap-vraag-titel');
    expect(await focusedText(page)).toContain('Stap 2 van 7');
    await expectAccessible(page, 'stap 2');

    // 2 Prompt: the second one.
    await tabTo(page, 'input[name="prompt"]');
    await page.keyboard.press('ArrowDown');
    await nextStep(page);
    expect(await focusedText(page)).toContain('Stap 3 van 7');
    await expectAccessible(page, 'stap 3');

    // 3 The story; then a reload mid-way keeps it.
    await tabTo(page, '#f-title');
    await page.keyboard.type('Lang wachten');
    await tabTo(page, '#f-text');
    await page.keyboard.type('We wachtten maanden op hulp. Het wijkteam luisterde wel, maar niemand kon iets doen.');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(400);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await visibleStep(page)).toBe('stap-verhaal');
    await expect(page.locator('.teller-notice').textContent()).resolves.toContain('eerdere antwoorden staan er weer');
    expect(await page.inputValue('#f-text')).toContain('Het wijkteam luisterde wel');
    expect(await page.isChecked('#f-consent-share')).toBe(true);
    await nextStep(page);
    expect(await focusedText(page)).toContain('Stap 4 van 7');

    // 4 Questions about the story. First "Volgende" without the required feeling: errors.
    await nextStep(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('teller-summary');
    await expect(page.locator('#teller-summary').textContent()).resolves.toContain('Kies een antwoord.');
    await expect(page.locator('#f-q-gevoel').getAttribute('aria-describedby')).resolves.toContain('f-q-gevoel-error');
    await expectAccessible(page, 'stap 4 met fouten');

    await tabTo(page, '[data-field="q.gehoord"] [role="slider"]');
    await press(page, 'ArrowRight', 3); // first press: the middle (50), then 55, 60
    await expect(page.locator('[data-field="q.gehoord"] [role="slider"]').getAttribute('aria-valuetext')).resolves.toBe(
      "dichter bij 'helemaal wel' (60 van 100)",
    );

    await tabTo(page, '[data-field="q.wie_hielp"] [role="slider"]');
    await page.keyboard.press('ArrowRight'); // the middle: all three equally
    await expect(page.locator('[data-field="q.wie_hielp"] [role="slider"]').getAttribute('aria-valuetext')).resolves.toContain('alle drie evenveel');
    await press(page, 'ArrowUp', 4);
    await expect(page.locator('[data-field="q.wie_hielp"] [role="slider"]').getAttribute('aria-valuetext')).resolves.toContain(
      "dichter bij 'familie en netwerk'",
    );

    await tabTo(page, '[data-field="q.steun"] [role="slider"][aria-label="het wijkteam"]');
    await press(page, 'ArrowRight', 3); // 50,50 → 60,50
    await page.keyboard.press('ArrowUp'); // 60,55
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('de jeugdhulp');
    await press(page, 'ArrowLeft', 3); // 40,50
    await page.keyboard.press('ArrowDown'); // 40,45
    await expect(page.locator('[aria-label="de jeugdhulp"]').getAttribute('aria-valuetext')).resolves.toBe('hoe snel 40 van 100, hoe passend 45 van 100');

    await tabTo(page, 'input[name="q.gevoel"]');
    await press(page, 'ArrowDown', 2); // onzeker
    await tabTo(page, 'input[name="q.wat_hielp"][value="vaste-contactpersoon"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="q.wat_hielp"][value="luisteren"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="q.cijfer"]');
    await press(page, 'ArrowRight', 6); // 7
    await tabTo(page, '#f-q-wachtweken-na');
    await page.keyboard.press('Space');
    await nextStep(page);
    expect(await focusedText(page)).toContain('Stap 5 van 7');
    expect(await page.locator('.teller-summary').count()).toBe(0);
    await expectAccessible(page, 'stap 5');

    // 5 Questions about you.
    await tabTo(page, 'input[name="q.rol"]');
    await page.keyboard.press('ArrowDown'); // ouder
    await tabTo(page, 'input[name="q.wijk"]');
    await press(page, 'ArrowDown', 2); // the third wijk
    const wijk = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await nextStep(page);
    expect(await focusedText(page)).toContain('Stap 6 van 7');
    const review = await page.locator('#teller-review').textContent();
    expect(review).toContain('Lang wachten');
    expect(review).toContain("dichter bij 'helemaal wel'");
    expect(review).toContain('niet van toepassing');
    await expectAccessible(page, 'stap 6');

    // 6 Send while offline: the draft stays and the teller is told so.
    await context.setOffline(true);
    await tabTo(page, '#teller-send');
    await page.keyboard.press('Enter');
    // The status changes once the failed request comes back: wait for it (slow under load), do not read it once.
    await page.waitForFunction(() => document.querySelector('#teller-status')?.textContent?.includes('Er is geen verbinding'), undefined, { timeout: 20_000 });
    expect(await page.evaluate((key) => localStorage.getItem(key), `duiding.verhaal.${slug}`)).toContain('Lang wachten');
    await context.setOffline(false);

    // Send, twice in a row: one request goes out, one story is made.
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/collections/${slug}/stories`));
    await tabTo(page, '#teller-send');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const body = JSON.parse((await sent).postData() ?? '{}');
    await page.waitForSelector('#stap-bedankt:not([hidden])');
    expect(await focusedText(page)).toContain('Stap 7 van 7');
    const code = (await page.locator('#teller-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await page.evaluate((key) => localStorage.getItem(key), `duiding.verhaal.${slug}`)).toBeNull();
    await expectAccessible(page, 'bedankt');

    // A retry of the very same request (a lost answer) gives the same story and code.
    const retry = await page.evaluate(
      async ([url, json]) => {
        const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
        return { status: r.status, body: await r.json() };
      },
      [`/api/v1/collections/${slug}/stories`, JSON.stringify(body)] as const,
    );
    expect(retry.status).toBeLessThan(300);
    expect(retry.body.withdrawalCode).toBe(code);

    const rows = await app.db.select().from(stories).where(eq(stories.submissionId, body.id));
    expect(rows).toHaveLength(1);
    const story = rows[0];
    expect(story.title).toBe('Lang wachten');
    expect(story.prompt).toBe('wachten');
    expect(story.consentQuote).toBe(true);
    const a = await answersOf(story.id);
    expect(a.gehoord.number).toBe(60);
    const w = a.wie_hielp.weights!;
    expect(w[0] + w[1] + w[2]).toBeCloseTo(1, 5);
    expect(w[0]).toBeGreaterThan(w[1]);
    expect(w[1]).toBeCloseTo(w[2], 5);
    expect(a.steun.points).toEqual({ wijkteam: [60, 55], jeugdhulp: [40, 45] });
    expect(a.gevoel.text).toBe('onzeker');
    expect(a.wat_hielp.options).toEqual(['vaste-contactpersoon', 'luisteren']);
    expect(a.cijfer.number).toBe(7);
    expect(a.wachtweken.notApplicable).toBe(true);
    expect(a.rol.text).toBe('ouder');
    expect(a.wijk.text).toBe(wijk);
    expect(a).not.toHaveProperty('tip');

    // Withdrawal: code → confirm → deleted; the same code again is not found.
    await page.goto(`${app.url}/intrekken`);
    await expectAccessible(page, '/intrekken');
    await tabTo(page, '#intrekcode');
    await page.keyboard.type(code.toLowerCase());
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Weet u het zeker?');
    await expectAccessible(page, '/intrekken bevestigen');
    await tabTo(page, 'button.teller-button--danger');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Uw verhaal is verwijderd")');
    await expectAccessible(page, '/intrekken klaar');
    expect(await app.db.select().from(stories).where(eq(stories.submissionId, body.id))).toHaveLength(0);
    expect(await answersOf(story.id)).toEqual({});
    const again = await page.request.post(`${app.url}/intrekken`, { form: { stap: 'verwijder', code }, headers: { origin: app.url } });
    expect(again.status()).toBe(404);
    expect(await again.text()).toContain('Code niet gevonden');
    await context.close();
  });

  it('without JavaScript: one page, errors next to the fields, fallbacks for triad and stones, one story per id', async () => {
    const noScript = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${app.url}/vertel/${slug}`);
    expect(await page.locator('.teller-step:not([hidden])').count()).toBe(5);

    // Sending the empty form: the same page with every problem named and linked.
    const [failed] = await Promise.all([page.waitForNavigation(), page.click('#teller-send')]);
    expect(failed?.status()).toBe(400);
    const summary = page.locator('#teller-summary');
    await expect(summary.textContent()).resolves.toContain('Zet een vinkje als u mee wilt doen');
    await expect(summary.locator('a[href="#f-q-gevoel"]').count()).resolves.toBe(1);
    await expect(page.locator('#f-q-gevoel').getAttribute('aria-describedby')).resolves.toBe('f-q-gevoel-error');

    const fields: Record<string, string> = {
      'consent.share': 'ja',
      'consent.quote': 'nee',
      prompt: 'thuis',
      text: 'Mijn oma kwam elke dag helpen toen het thuis moeilijk was.',
      'q.gehoord': '80',
      'q.wie_hielp.1': '60',
      'q.wie_hielp.2': '20',
      'q.wie_hielp.3': '20',
      'q.steun.school.x': '30',
      'q.steun.school.y': '70',
      'q.gevoel': 'tevreden',
      'q.rol': 'mantelzorger',
      'q.wijk': 'WK999901',
    };
    for (const [name, value] of Object.entries(fields)) {
      const input = page.locator(`[name="${name}"]`);
      if ((await input.count()) > 1 || ['consent.share'].includes(name)) await page.check(`[name="${name}"][value="${value}"]`);
      else await input.fill(value);
    }
    const id = await page.inputValue('input[name="id"]');
    const [done] = await Promise.all([page.waitForNavigation(), page.click('#teller-send')]);
    expect(done?.status()).toBe(200);
    const code = (await page.locator('#teller-code').textContent())?.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const rows = await app.db.select().from(stories).where(eq(stories.submissionId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0].consentQuote).toBe(false);
    expect(rows[0].title).toContain('Mijn oma kwam elke dag helpen');
    const a = await answersOf(rows[0].id);
    expect(a.gehoord.number).toBe(80);
    expect(a.wie_hielp.weights).toEqual([0.6, 0.2, 0.2]);
    expect(a.steun.points).toEqual({ school: [30, 70] });
    expect(a.gevoel.text).toBe('tevreden');

    // The same form posted again (a reload, a double click): the same story and code.
    const again = await page.request.post(`${app.url}/vertel/${slug}`, { form: { ...fields, id, language: 'nl', website: '' }, headers: { origin: app.url } });
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain(code!);
    expect(await app.db.select().from(stories).where(eq(stories.submissionId, id))).toHaveLength(1);
    await noScript.close();

    // axe is a script itself: it checks the same pages in a context where only our script is blocked.
    const blocked = await browser.newContext({ viewport: VIEWPORT });
    await blocked.route('**/assets/teller.js', (route) => route.abort());
    const check = await blocked.newPage();
    await check.goto(`${app.url}/vertel/${slug}`);
    expect(await check.locator('.teller-step:not([hidden])').count()).toBe(5);
    await Promise.all([check.waitForNavigation(), check.click('#teller-send')]);
    expect(await check.evaluate(() => document.activeElement?.id)).toBe('teller-summary');
    await expectAccessible(check, 'zonder script, met fouten');
    for (const [name, value] of Object.entries(fields)) {
      const input = check.locator(`[name="${name}"]`);
      if ((await input.count()) > 1 || name === 'consent.share') await check.check(`[name="${name}"][value="${value}"]`);
      else await input.fill(value);
    }
    await Promise.all([check.waitForNavigation(), check.click('#teller-send')]);
    await expect(check.locator('h2').first().textContent()).resolves.toBe('Bedankt voor uw verhaal');
    await expectAccessible(check, 'bedankt zonder script');
    await blocked.close();
  });

  it('mouse and touch move the triad, slider and stones; "niet van toepassing" turns a widget off', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
    const page = await context.newPage();
    // Start at step 4 from a draft, as after a reload.
    const draft = {
      v: 1,
      id: '7a1e7c52-4c47-4a8e-9a51-2f3b7c1d9e01',
      step: 3,
      entries: [
        ['consent.share', 'ja'],
        ['consent.quote', 'ja'],
        ['prompt', 'moment'],
        ['text', 'Kort verhaal.'],
      ],
    };
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [`duiding.verhaal.${slug}`, JSON.stringify(draft)] as const);
    await page.goto(`${app.url}/vertel/${slug}`, { waitUntil: 'networkidle' });
    expect(await visibleStep(page)).toBe('stap-over-verhaal');

    const triad = page.locator('[data-field="q.wie_hielp"] svg');
    await triad.scrollIntoViewIfNeeded();
    const box = (await triad.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.92);
    await expect(triad.getAttribute('aria-valuetext')).resolves.toContain("dichter bij 'ikzelf'");
    expect(Number(await page.inputValue('input[name="q.wie_hielp.3"]'))).toBeGreaterThan(70);

    const track = page.locator('[data-field="q.gehoord"] .teller-dyad__track');
    await track.scrollIntoViewIfNeeded();
    const t = (await track.boundingBox())!;
    await page.mouse.move(t.x + t.width * 0.8, t.y + t.height / 2);
    await page.mouse.down();
    await page.mouse.move(t.x + t.width * 0.2, t.y + t.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(Number(await page.inputValue('input[name="q.gehoord"]'))).toBe(20);
    await expect(page.locator('[data-field="q.gehoord"] [role="slider"]').getAttribute('aria-valuetext')).resolves.toContain("dichter bij 'helemaal niet'");

    await page.locator('[data-field="q.steun"] svg').scrollIntoViewIfNeeded();
    const plot = (await page.locator('[data-field="q.steun"] .teller-stones__plot').boundingBox())!;
    await page.touchscreen.tap(plot.x + plot.width * 0.9, plot.y + plot.height * 0.1);
    expect(Number(await page.inputValue('input[name="q.steun.wijkteam.x"]'))).toBeGreaterThan(80);
    expect(Number(await page.inputValue('input[name="q.steun.wijkteam.y"]'))).toBeGreaterThan(80);

    await page.check('#f-q-gehoord-na');
    const thumb = page.locator('[data-field="q.gehoord"] [role="slider"]');
    await expect(thumb.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(thumb.getAttribute('aria-valuetext')).resolves.toBe('niet van toepassing');
    await thumb.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.inputValue('input[name="q.gehoord"]')).toBe('20');
    await context.close();
  });

  it('privacy page, English, and friendly pages for unknown and closed collections', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const privacy = await page.goto(`${app.url}/vertel/${slug}/privacy`);
    expect(privacy?.status()).toBe(200);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Wie ziet uw verhaal?');
    expect(text).toContain('Hoeveel weken wachtte u?');
    await expectAccessible(page, 'privacy');

    await page.goto(`${app.url}/vertel/${slug}?lang=en`);
    await expect(page.locator('.teller-step:not([hidden]) h2').textContent()).resolves.toContain('Step 1 of 7');

    const unknown = await page.goto(`${app.url}/vertel/bestaat-niet`);
    expect(unknown?.status()).toBe(404);
    const ctx = await contextForTenantSlug(app.db, 'voorbeeld');
    await createCollection(ctx, {
      title: 'Voorbij',
      questionnaire: 'zo-thuis',
      slug: 'voorbij-e2e',
      opens: '2020-01-01',
      closes: '2020-02-01',
      languages: ['nl'],
      mode: 'self',
      introNl: '',
      introEn: '',
      retentionDays: '365',
    });
    const closed = await page.goto(`${app.url}/vertel/voorbij-e2e`);
    expect(closed?.status()).toBe(410);
    await expect(page.locator('h1').textContent()).resolves.toBe('Deze vragenlijst is gesloten');
    await page.close();
  });
});

// The storyteller's page in other languages, in Chromium at 360×640 with axe on every step:
// an Arabic teller (right to left) completes the demo questionnaire with the keyboard only —
// slider, triad and stones included, whose arrows move the point the way they point on the
// mirrored screen while the stored values keep their meaning — and sends the story; and the
// language chooser works without JavaScript; an analyst sees which translations are missing and
// adds a language. One seeded database for the file (the designer test runs last: it makes a new
// questionnaire version).
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories, storyAnswers } from '../../src/db/schema/index.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { browserAvailable, checkAccessibility, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
const VIEWPORT = { width: 360, height: 640 };
const slug = DEMO_PUBLIC_SLUG;

describe.skipIf(!available)('storyteller in the languages of the wijk', () => {
  let app: TestApp;
  let browser: Browser;

  async function expectAccessible(page: Page, where: string) {
    const violations = await checkAccessibility(page);
    expect(violations, `${where}\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  /** Tab (never click) until the focused element matches the selector. */
  async function tabTo(page: Page, selector: string, max = 80) {
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
  const centreX = async (page: Page, selector: string) => {
    const box = (await page.locator(selector).boundingBox())!;
    return box.x + box.width / 2;
  };

  async function nextStep(page: Page) {
    await tabTo(page, '.teller-step:not([hidden]) .teller-nav .teller-button--primary');
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    app = await startTestApp({ stories: 10 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('Arabic, right to left, keyboard only: every step, triad and stones mirrored, one story in Arabic with the right values', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${app.url}/vertel/${slug}?lang=ar`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await expect(page.locator('.teller-step:not([hidden]) h2').textContent()).resolves.toContain('الخطوة 1 من 7');
    await expect(page.locator('.teller-machine-note').textContent()).resolves.toContain('تُرجمت الأسئلة بواسطة الحاسوب');
    // Mirrored: the page's start (the header's name) is on the right.
    const header = (await page.locator('.teller-header').boundingBox())!;
    expect(await centreX(page, '.teller-header__name')).toBeGreaterThan(header.x + header.width / 2);
    await expectAccessible(page, 'ar stap 1');

    await tabTo(page, '#f-consent-share');
    await page.keyboard.press('Space');
    await tabTo(page, '#f-consent-quote');
    await page.keyboard.press('Space');
    await nextStep(page);
    expect(await focusedText(page)).toContain('الخطوة 2 من 7');
    await expectAccessible(page, 'ar stap 2');

    await tabTo(page, 'input[name="prompt"]');
    await page.keyboard.press('ArrowDown'); // in RTL, down is still the next option: "wachten"
    await nextStep(page);
    expect(await focusedText(page)).toContain('الخطوة 3 من 7');
    await tabTo(page, '#f-title');
    await page.keyboard.type('انتظار طويل');
    await tabTo(page, '#f-text');
    await page.keyboard.type('انتظرنا شهوراً طويلة حتى جاءت المساعدة. فريق الحي استمع إلينا.');
    await expectAccessible(page, 'ar stap 3');
    await nextStep(page);
    expect(await focusedText(page)).toContain('الخطوة 4 من 7');

    // Slider: the left pole ("أبداً", 0) is on the right. The first press puts it in the middle;
    // ArrowLeft then moves the thumb left on the screen, towards "تماماً" (100).
    const slider = '[data-field="q.gehoord"] [role="slider"]';
    await tabTo(page, slider);
    await press(page, 'ArrowLeft', 3);
    await expect(page.locator(slider).getAttribute('aria-valuetext')).resolves.toBe("أقرب إلى 'تماماً' (60 من 100)");
    const track = (await page.locator('[data-field="q.gehoord"] .teller-dyad__track').boundingBox())!;
    expect(await centreX(page, slider)).toBeLessThan(track.x + track.width / 2);
    await expect(page.locator('[data-field="q.gehoord"] .teller-dyad__ends span').first().textContent()).resolves.toBe('أبداً');
    expect(await centreX(page, '[data-field="q.gehoord"] .teller-dyad__ends span:first-child')).toBeGreaterThan(track.x + track.width / 2);

    // Triad: corner 1 on top, corner 2 ("شخص مختص") bottom right under the first bottom label,
    // corner 3 ("أنا نفسي") bottom left. Down and left from the middle: closer to corner 3.
    const triad = '[data-field="q.wie_hielp"] [role="slider"]';
    await tabTo(page, triad);
    await page.keyboard.press('ArrowLeft'); // the middle
    await expect(page.locator(triad).getAttribute('aria-valuetext')).resolves.toContain('الثلاثة بالتساوي');
    await press(page, 'ArrowDown', 2);
    await press(page, 'ArrowLeft', 3);
    await expect(page.locator(triad).getAttribute('aria-valuetext')).resolves.toContain("أقرب إلى 'أنا نفسي'");
    const bottom = page.locator('[data-field="q.wie_hielp"] .teller-triad__bottom span');
    expect(await bottom.nth(0).textContent()).toBe('شخص مختص');
    const dot = (await page.locator('[data-field="q.wie_hielp"] .teller-triad__dot').boundingBox())!;
    const svg = (await page.locator(triad).boundingBox())!;
    expect(dot.x + dot.width / 2).toBeLessThan(svg.x + svg.width / 2); // the dot went left, as pressed
    const labelOf2 = (await bottom.nth(0).boundingBox())!;
    expect(labelOf2.x + labelOf2.width / 2).toBeGreaterThan(svg.x + svg.width / 2); // corner 2's label on the right

    // Stones: x ("مدى السرعة") starts on the right. ArrowRight moves the stone right on the
    // screen, which is less of x; ArrowUp is more of y.
    const stone = '[data-field="q.steun"] [role="slider"][aria-label="فريق الحي"]';
    await tabTo(page, stone);
    await press(page, 'ArrowRight', 3); // 50,50 → 45 → 40
    await page.keyboard.press('ArrowUp'); // 40,55
    await expect(page.locator(stone).getAttribute('aria-valuetext')).resolves.toBe('مدى السرعة 40 من 100, مدى الملاءمة 55 من 100');
    const plot = (await page.locator('[data-field="q.steun"] .teller-stones__plot').boundingBox())!;
    expect(await centreX(page, stone)).toBeGreaterThan(plot.x + plot.width / 2);
    await expect(page.locator('[data-field="q.steun"] .teller-stones__axes--x').textContent()).resolves.toBe('مدى السرعة ←');

    await tabTo(page, 'input[name="q.gevoel"]');
    await press(page, 'ArrowDown', 2); // onzeker
    // Mirrored, nothing sticks out: no sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
    await expectAccessible(page, 'ar stap 4');
    await nextStep(page);
    expect(await focusedText(page)).toContain('الخطوة 5 من 7');

    await tabTo(page, 'input[name="q.rol"]');
    await page.keyboard.press('ArrowDown'); // ouder
    await tabTo(page, 'input[name="q.wijk"]');
    await page.keyboard.press('ArrowDown');
    const wijk = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await expectAccessible(page, 'ar stap 5');
    await nextStep(page);
    expect(await focusedText(page)).toContain('الخطوة 6 من 7');
    await expect(page.locator('#teller-review').textContent()).resolves.toContain('انتظار طويل');
    await expectAccessible(page, 'ar stap 6');

    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/collections/${slug}/stories`));
    await tabTo(page, '#teller-send');
    await page.keyboard.press('Enter');
    const body = JSON.parse((await sent).postData() ?? '{}');
    await page.waitForSelector('#stap-bedankt:not([hidden])');
    expect(await focusedText(page)).toContain('الخطوة 7 من 7');
    await expect(page.locator('#stap-bedankt').textContent()).resolves.toContain('شكراً على قصتك');
    await expectAccessible(page, 'ar bedankt');

    const [story] = await app.db.select().from(stories).where(eq(stories.submissionId, body.id));
    expect(story).toMatchObject({ language: 'ar', title: 'انتظار طويل', prompt: 'wachten' });
    const answers = Object.fromEntries((await app.db.select().from(storyAnswers).where(eq(storyAnswers.storyId, story.id))).map((r) => [r.questionKey, r]));
    expect(answers.gehoord.number).toBe(60);
    const w = answers.wie_hielp.weights!;
    expect(w[2]).toBeGreaterThan(w[1]); // corner 3 ("ikzelf"), wherever it is drawn
    expect(w[2]).toBeGreaterThan(w[0]);
    expect(answers.steun.points).toEqual({ wijkteam: [40, 55] });
    expect(answers.gevoel.text).toBe('onzeker');
    expect(answers.rol.text).toBe('ouder');
    expect(answers.wijk.text).toBe(wijk);
    await context.close();
  });

  it('without JavaScript: the chooser names each language in itself and switches with the keyboard', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/vertel/${slug}`);
    const chooser = page.locator('nav.teller-languages');
    await expect(chooser.getAttribute('aria-label')).resolves.toBe('Kies uw taal');
    const names = await chooser.locator('a, [aria-current]').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('lang')}:${n.textContent}`));
    expect(names).toEqual(['nl:Nederlands', 'en:English', 'ar:العربية', 'tr:Türkçe', 'pl:Polski', 'uk:Українська']);

    await tabTo(page, 'nav.teller-languages a[hreflang="tr"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
    await expect(page.locator('#teller-send').textContent()).resolves.toContain('Hikâyemi gönder');
    await expect(page.locator('.teller-machine-note').textContent()).resolves.toContain('Sorular bilgisayar ile çevrildi');
    expect(await page.locator('.teller-step:not([hidden])').count()).toBe(5);

    await tabTo(page, 'nav.teller-languages a[hreflang="ar"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // Without the script, the triad's fallback fields keep their labels beside them, mirrored.
    await expect(page.locator('label[for="f-q-wie_hielp"]').textContent()).resolves.toBe('العائلة والمعارف');
    // Remembered: the next visit without ?lang= is Arabic too.
    await page.goto(`${app.url}/vertel/${slug}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await context.close();

    // axe needs JavaScript to run: the same pages with the teller's own scripts blocked are
    // what a teller without JavaScript gets.
    const axeContext = await browser.newContext({ viewport: VIEWPORT });
    const axePage = await axeContext.newPage();
    await axePage.route('**/assets/teller*.js', (route) => route.abort());
    for (const lang of ['nl', 'tr', 'ar']) {
      await axePage.goto(`${app.url}/vertel/${slug}?lang=${lang}`);
      expect(await axePage.locator('.teller-step:not([hidden])').count()).toBe(5);
      await expectAccessible(axePage, `${lang} zonder JavaScript`);
    }
    await axeContext.close();
  });

  it('designer: shows per language which texts are missing, adds Somali and fills a text, with the keyboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', 'analist@voorbeeld.example');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);

    await page.goto(`${app.url}/vragenlijsten/zo-thuis`);
    await tabTo(page, 'a[href="/vragenlijsten/zo-thuis/vertalingen"]', 200);
    await Promise.all([page.waitForURL('**/vertalingen'), page.keyboard.press('Enter')]);
    const row = (tag: string) => page.locator('tbody tr', { has: page.locator(`th:has-text("(${tag})"), th:has-text(", ${tag})")`) });
    await expect(row('ar').textContent()).resolves.toMatch(/alle \d+ vertaald.*vertaald.*machinevertaling — nog na te kijken/);
    await expect(row('en').textContent()).resolves.toContain('nagekeken');
    await expectAccessible(page, 'vertalingen');

    // A wrong code is named next to the field; nothing changes.
    await tabTo(page, '#veld-taal');
    await page.keyboard.type('Somalisch!');
    await Promise.all([page.waitForLoadState(), page.keyboard.press('Enter')]);
    await expect(page.locator('#foutmeldingen').textContent()).resolves.toContain('vul een taalcode in');
    await expectAccessible(page, 'vertalingen met fout');

    await tabTo(page, '#veld-taal');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('so');
    await Promise.all([page.waitForURL('**/vertalingen/so'), page.keyboard.press('Enter')]);
    const total = Number(/Nog (\d+) teksten/.exec((await page.locator('main').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(50);
    await expect(page.locator('#vertaling-0').getAttribute('lang')).resolves.toBe('so');
    await expectAccessible(page, 'vertaling so');
    await tabTo(page, '#vertaling-0');
    await page.keyboard.type('Ku koritaanka guriga');
    await tabTo(page, 'form button[type="submit"]', 400);
    await Promise.all([page.waitForURL('**/vertalingen/so?*'), page.keyboard.press('Enter')]);
    await expect(page.locator('main').textContent()).resolves.toContain(`Nog ${total - 1} teksten zonder vertaling`);
    expect(await page.inputValue('#vertaling-0')).toBe('Ku koritaanka guriga');

    await page.goto(`${app.url}/vragenlijsten/zo-thuis/vertalingen`);
    await expect(row('so').textContent()).resolves.toContain(`${total - 1} van ${total} ontbreken`);
    await expect(row('so').textContent()).resolves.toContain('niet vertaald: de verteller ziet ze in het Nederlands');
    await context.close();
  });
});

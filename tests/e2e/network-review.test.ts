// The network's quality reviews in Chromium (issue 15), on ONE seeded database, server and browser:
// the gespreksleider reaches the reviews from the network page, plans one, brings a case with a
// phone number in it (told it was removed) and agrees an action with learning level 3 — keyboard
// only; another member reads the case by name only while its municipality is named. axe finds
// nothing on these pages, in Dutch and English.
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema/index.ts';
import { browserAvailable, expectAccessible, launchBrowser, signInDemo } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
if (!available) console.warn('[duiding test] network review e2e tests SKIPPED: no Chromium at /usr/bin/chromium.');

interface Focused {
  tag: string;
  name: string;
  text: string;
  href: string | null;
}

describe.skipIf(!available)('network quality review pages', () => {
  let app: TestApp;
  let browser: Browser;
  let reviewUrl = '';

  const signIn = async (email: string): Promise<Page> => signInDemo(await browser.newContext(), app.url, email);

  /** Presses Tab until the focused element matches; fails after a bounded number of presses. */
  async function tabTo(page: Page, matches: (el: Focused) => boolean) {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement | null;
        return { tag: a?.tagName.toLowerCase() ?? '', name: a?.name ?? '', text: a?.textContent?.trim() ?? '', href: a?.getAttribute('href') ?? null };
      });
      if (matches(el)) return;
    }
    throw new Error('element not reachable with Tab');
  }
  const button = (text: string) => (el: Focused) => el.tag === 'button' && el.text === text;

  beforeAll(async () => {
    app = await startTestApp({ stories: 20, network: true });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('plans a review, brings a case and agrees an action, keyboard only', async () => {
    const page = await signIn('gespreksleider@voorbeeld.example');
    await page.goto(`${app.url}/netwerken/voorbeeldland`);
    await tabTo(page, (el) => el.href === '/netwerken/voorbeeldland/reviews');
    await Promise.all([page.waitForURL(`${app.url}/netwerken/voorbeeldland/reviews`), page.keyboard.press('Enter')]);
    expect(await page.textContent('main')).toContain('Er is nog geen kwaliteitsreview gepland.');
    await expectAccessible(page);

    // (A rejected plan, with the field named, is tested in tests/integration/network-reviews.test.ts.)
    await tabTo(page, (el) => el.name === 'title');
    await page.keyboard.type('Kwaliteitsreview wachttijden');
    await tabTo(page, (el) => el.name === 'role_aanbieder');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('De Linde');
    await tabTo(page, button('Plannen'));
    await Promise.all([page.waitForURL(/\/reviews\/[0-9a-f-]{36}\?opgeslagen=1/), page.keyboard.press('Enter')]);
    reviewUrl = page.url().split('?')[0]!;
    expect(await page.locator('h1').textContent()).toBe('Kwaliteitsreview wachttijden');
    expect(await page.textContent('main')).toContain('Aanbieder: De Linde');
    await expectAccessible(page);

    await tabTo(page, (el) => el.name === 'title');
    await page.keyboard.type('Lang wachten op hulp');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Een moeder belde 06-12345678 drie keer. Pas na vier maanden kwam er hulp.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await tabTo(page, button('Casus inbrengen'));
    await Promise.all([page.waitForURL(/verwijderd=1/), page.keyboard.press('Enter')]);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('we hebben 1 persoonlijk gegeven');
    expect(main).toContain('Pas na vier maanden kwam er hulp.');
    expect(main).not.toContain('12345678');
    await expectAccessible(page);

    await tabTo(page, (el) => el.name === 'description');
    await page.keyboard.type('Afspraak over wachttijden met alle aanbieders');
    await tabTo(page, (el) => el.name === 'owner');
    await page.keyboard.type('Regio Voorbeeldland');
    await tabTo(page, (el) => el.name === 'learningLevel');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, button('Actie toevoegen'));
    await Promise.all([page.waitForURL(/#actie-/), page.keyboard.press('Enter')]);
    const action = page.locator('article.duiding-action', { hasText: 'Afspraak over wachttijden' });
    expect(await action.textContent()).toContain('3 systeem');
    await expectAccessible(page);
    await page.context().close();
  }, 90_000);

  it('shows another member the case by name only while that municipality is named, in Dutch and English', async () => {
    const page = await signIn('analist@proefhoven.example');
    await page.goto(reviewUrl);
    const casus = page.locator('article.duiding-action', { hasText: 'Lang wachten op hulp' });
    expect(await casus.textContent()).toContain('Gemeente Voorbeeld');
    // The analist brings cases but does not record: no record form.
    expect(await page.locator('form[action$="/verslag"]').count()).toBe(0);
    await expectAccessible(page);

    const [voorbeeld] = await app.db.select().from(schema.tenants).where(eq(schema.tenants.slug, 'voorbeeld'));
    await app.db.update(schema.networkMembers).set({ named: false }).where(eq(schema.networkMembers.tenantId, voorbeeld!.id));
    await page.goto(`${reviewUrl}?lang=en`);
    const text = (await casus.textContent()) ?? '';
    expect(text).toContain('a municipality in the network');
    expect(text).not.toContain('Voorbeeld');
    await expectAccessible(page);
    await page.goto(`${app.url}/netwerken/voorbeeldland/reviews?lang=en`);
    expect(await page.locator('h1').textContent()).toContain('Quality reviews of');
    await expectAccessible(page);
    await page.context().close();
  }, 60_000);
});

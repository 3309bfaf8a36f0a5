// The moderation queue in Chromium, keyboard only: an analyst publishes one story, edits a
// personal detail out of another (redacted again on save) and rejects a third after confirming;
// axe finds nothing on every page, in Dutch and English; the council role is refused.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/db/schema/index.ts';
import { submitStory } from '../../src/services/collect-story.ts';
import { browserAvailable, expectAccessible, launchBrowser, signInDemo } from '../support/browser.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('moderation queue', () => {
  let app: TestApp;
  let browser: Browser;
  let analyst: BrowserContext;
  const ids: string[] = [];

  const signIn = (context: BrowserContext, email: string) => signInDemo(context, app.url, email);

  /** Presses Tab until the focused element matches; fails after a bounded number of presses. */
  async function tabTo(page: Page, matches: (el: { tag: string; text: string; href: string | null }) => boolean) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return { tag: a?.tagName.toLowerCase() ?? '', text: a?.textContent?.trim() ?? '', href: a?.getAttribute('href') ?? null };
      });
      if (matches(el)) return;
    }
    throw new Error('element not reachable with Tab');
  }

  const statusOf = async (id: string) => (await app.db.select({ status: stories.status, text: stories.text }).from(stories).where(eq(stories.id, id)))[0];

  beforeAll(async () => {
    app = await startTestApp({ stories: 20 });
    // Oldest first, so the queue (newest first) shows them in reverse.
    for (const title of ['Derde verhaal', 'Tweede verhaal', 'Eerste verhaal']) {
      const text = `${title}: Jan de Vries van de Zonnebloemschool hielp ons. Bel 06-12345678.`;
      ids.push((await submitStory(app.db, DEMO_SLUG, demoSubmission({ title, text }))).id);
      await new Promise((r) => setTimeout(r, 5));
    }
    browser = await launchBrowser();
    analyst = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows pending stories newest first with redacted text, answers and consent, accessibly', async () => {
    const page = await signIn(analyst, 'analist@voorbeeld.example');
    await tabTo(page, (el) => el.href === '/moderatie');
    await Promise.all([page.waitForURL(`${app.url}/moderatie`), page.keyboard.press('Enter')]);
    const titles = await page.locator('.duiding-moderation__story h2').allTextContents();
    expect(titles).toEqual(['Eerste verhaal', 'Tweede verhaal', 'Derde verhaal']);
    const first = await page.locator('.duiding-moderation__story').first().textContent();
    expect(first).toContain('[TELEFOON]');
    expect(first).not.toContain('06-12345678');
    expect(first).toContain('mag anoniem geciteerd worden');
    expect(await page.locator('#wachtrij-aantal').textContent()).toBe('Er wachten 3 verhalen.');
    await expectAccessible(page);
    await page.goto(`${app.url}/moderatie?lang=en`);
    await expectAccessible(page);
    await page.goto(`${app.url}/moderatie?lang=nl`);
  });

  it('publishes with the keyboard; the story enters analysis', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/moderatie`);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Publiceren');
    await Promise.all([page.waitForURL(/gedaan=published/), page.keyboard.press('Enter')]);
    expect(await page.locator('[role=status]').textContent()).toContain('gepubliceerd');
    expect((await statusOf(ids[2])).status).toBe('published');
    await expectAccessible(page);
  });

  it('edits a name out with the keyboard, and redacts the new text again', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/moderatie`);
    await tabTo(page, (el) => el.text === 'Bewerken');
    await Promise.all([page.waitForURL(/\/bewerken$/), page.keyboard.press('Enter')]);
    expect(page.url()).toContain(ids[1]);
    await expectAccessible(page);
    await tabTo(page, (el) => el.tag === 'textarea');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Tweede verhaal: [naam] van [school] hielp ons. Mail mij op ouder@example.nl.');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Wijzigingen bewaren');
    await Promise.all([page.waitForURL(/gedaan=edited/), page.keyboard.press('Enter')]);
    const edited = await statusOf(ids[1]);
    expect(edited.status).toBe('pending');
    expect(edited.text).toBe('Tweede verhaal: [naam] van [school] hielp ons. Mail mij op [E-MAIL].');
  });

  it('refuses an empty text with a message next to the field', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/moderatie/${ids[1]}/bewerken`);
    await page.fill('#text', '');
    await page.locator('button[type=submit]').last().press('Enter');
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('#text').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#text-fout').textContent()).toContain('niet leeg');
    await expectAccessible(page);
  });

  it('rejects only after a confirmation, and deletes the story', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/moderatie`);
    await tabTo(page, (el) => el.text === 'Afwijzen');
    await Promise.all([page.waitForURL(/\/afwijzen$/), page.keyboard.press('Enter')]);
    expect(await statusOf(ids[1])).toBeDefined(); // nothing deleted yet
    await expectAccessible(page);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ja, afwijzen en verwijderen');
    await Promise.all([page.waitForURL(/gedaan=rejected/), page.keyboard.press('Enter')]);
    expect(await statusOf(ids[1])).toBeUndefined();
    expect(await page.locator('#wachtrij-aantal').textContent()).toBe('Er wacht 1 verhaal.');
  });

  it('keeps the council out', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'raad@voorbeeld.example');
    const response = await page.goto(`${app.url}/moderatie`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('a[href="/moderatie"]').count()).toBe(0);
    await context.close();
  });
});

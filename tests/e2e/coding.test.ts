// Coding in Chromium (issue 11): the codebook (add a code and a child, edit), coding a passage
// with the keyboard only (a sentence from the list, then start and end typed), selecting text
// with the mouse fills start and end, and the agreement page. axe finds nothing on every page, in
// Dutch and English; the council role is refused.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCode } from '../../src/services/coding/apply.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { sentences } from '../../src/domain/coding/passage.ts';
import { browserAvailable, expectAccessible, launchBrowser, signInDemo } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('coding', () => {
  let app: TestApp;
  let browser: Browser;
  let analyst: BrowserContext;
  let story: { id: string; text: string };

  const signIn = (context: BrowserContext, email: string) => signInDemo(context, app.url, email);

  /** Presses Tab until the focused element matches; fails after a bounded number of presses. */
  async function tabTo(page: Page, matches: (el: { tag: string; id: string; text: string; href: string | null }) => boolean) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return { tag: a?.tagName.toLowerCase() ?? '', id: a?.id ?? '', text: a?.textContent?.trim() ?? '', href: a?.getAttribute('href') ?? null };
      });
      if (matches(el)) return;
    }
    throw new Error('element not reachable with Tab');
  }

  const codings = async () =>
    (
      (await app.db.execute(
        sql`select c.slug, a.start_offset as start, a.end_offset as "end" from code_applications a join codes c on c.tenant_id = a.tenant_id and c.id = a.code_id where a.story_id = ${story.id} order by 2 nulls first, 3`,
      )) as unknown as {
        rows: { slug: string; start: number | null; end: number | null }[];
      }
    ).rows;

  beforeAll(async () => {
    app = await startTestApp({ stories: 20 });
    const rows = (
      (await app.db.execute(sql`select id::text as id, text from stories where status = 'published' order by ref limit 1`)) as unknown as {
        rows: { id: string; text: string }[];
      }
    ).rows;
    story = rows[0]!;
    browser = await launchBrowser();
    analyst = await browser.newContext();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('keeps a codebook: adds a code and a child, refuses a bad slug with the field named, edits a label', async () => {
    const page = await signIn(analyst, 'analist@voorbeeld.example');
    await tabTo(page, (el) => el.href === '/codeboek');
    await Promise.all([page.waitForURL(`${app.url}/codeboek`), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    await Promise.all([page.waitForURL(`${app.url}/codeboek/zo-thuis`), page.click('a[href="/codeboek/zo-thuis"]')]);
    await expectAccessible(page);

    const add = async (slug: string, label: string, parent = '') => {
      await page.fill('#slug', slug);
      await page.fill('#label', label);
      await page.selectOption('#parent', parent);
      await Promise.all([page.waitForLoadState('load'), page.click('form[action="/codeboek/zo-thuis"] button[type=submit]')]);
    };
    await add('steun', 'Steun');
    expect(await page.locator('[role=status]').textContent()).toContain('toegevoegd');
    await add('hulp-buren', 'Hulp van buren', 'steun');
    await add('Fout Slug', 'Fout');
    expect(await page.locator('#slug-fout').textContent()).toContain('geen geldige slug');
    expect(await page.locator('#slug').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await page.goto(`${app.url}/codeboek/zo-thuis`);
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows).toEqual([expect.stringContaining('Steun'), expect.stringContaining('Hulp van buren')]);
    expect(rows[1]).toContain('code:hulp-buren');
    // Edit: the label changes, the slug stays.
    await page.click('details:has(summary:text("Steun")) summary');
    await page.fill('#label-steun', 'Steun van anderen');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action="/codeboek/zo-thuis/steun"] button')]);
    expect(await page.locator('[role=status]').textContent()).toContain('aangepast');
    await page.goto(`${app.url}/codeboek/zo-thuis?lang=en`);
    await expectAccessible(page);
    await page.goto(`${app.url}/codeboek/zo-thuis?lang=nl`);
  });

  it('codes a sentence and a typed passage with the keyboard only', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/verhalen/${story.id}`);
    await tabTo(page, (el) => el.href === `/verhalen/${story.id}/coderen`);
    await Promise.all([page.waitForURL(`${app.url}/verhalen/${story.id}/coderen`), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    // The code list: "Steun van anderen" first, its child "— Hulp van buren" below; pick the child.
    await tabTo(page, (el) => el.id === 'code');
    await page.keyboard.press('ArrowDown');
    // The radios: from "Het hele verhaal" one down to "Eén zin".
    await tabTo(page, (el) => el.id === 'scope-whole');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (el) => el.id === 'sentence');
    const list = sentences(story.text);
    const second = list.length > 1 ? 1 : 0;
    if (second === 1) await page.keyboard.press('ArrowDown');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Code toevoegen');
    await Promise.all([page.waitForURL(/gedaan=toegevoegd/), page.keyboard.press('Enter')]);
    expect(await codings()).toEqual([{ slug: 'hulp-buren', start: list[second]!.start, end: list[second]!.end }]);
    await expectAccessible(page);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);

    // A passage of its own: characters 1 to 4, typed.
    await page.goto(`${app.url}/verhalen/${story.id}/coderen`);
    await tabTo(page, (el) => el.id === 'code');
    await tabTo(page, (el) => el.id === 'scope-whole');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (el) => el.id === 'start');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Code toevoegen');
    await Promise.all([page.waitForURL(/gedaan=toegevoegd/), page.keyboard.press('Enter')]);
    expect(await codings()).toContainEqual({ slug: 'steun', start: 0, end: 4 });

    // Past the end: a clear message naming the field, nothing written.
    const before = await codings();
    await page.goto(`${app.url}/verhalen/${story.id}/coderen`);
    await tabTo(page, (el) => el.id === 'scope-whole');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (el) => el.id === 'start');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(story.text.length + 5));
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Code toevoegen');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 400), page.keyboard.press('Enter')]);
    await page.waitForSelector('#end-fout');
    expect(await page.locator('#end-fout').textContent()).toContain('voorbij het einde');
    expect(await codings()).toEqual(before);
    await expectAccessible(page);
  });

  it('fills start and end from a text selection (JavaScript) and removes a coding', async () => {
    const page = await analyst.newPage();
    await page.goto(`${app.url}/verhalen/${story.id}/coderen`);
    await page.evaluate(() => {
      const container = document.getElementById('verhaaltekst')!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const last = (() => {
        let node: Node | null = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) node = n;
        return node!;
      })();
      const range = document.createRange();
      range.setStart(last, Math.max(0, (last.textContent ?? '').length - 6));
      range.setEnd(last, (last.textContent ?? '').length - 1);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    expect(await page.inputValue('#start')).toBe(String(story.text.length - 5));
    expect(await page.inputValue('#end')).toBe(String(story.text.length - 1));
    expect(await page.isChecked('#scope-passage')).toBe(true);
    expect(await page.locator('#selectie').textContent()).toContain(story.text.slice(-6, -1));
    await Promise.all([page.waitForURL(/gedaan=toegevoegd/), page.click('#codeer-formulier button[type=submit]')]);
    expect(await codings()).toContainEqual({ slug: 'steun', start: story.text.length - 6, end: story.text.length - 1 });
    const count = (await codings()).length;
    await Promise.all([page.waitForURL(/gedaan=verwijderd/), page.locator('form[action$="/verwijderen"] button').first().click()]);
    expect((await codings()).length).toBe(count - 1);
  });

  it('shows agreement between two analysts: κ per code, α and n, accessibly', async () => {
    const ctx = await contextForTenantSlug(app.db, 'voorbeeld', randomUUID());
    const other = { ...ctx, actorUserId: randomUUID() };
    const ids = (
      (await app.db.execute(sql`select id::text as id from stories where status = 'published' order by ref limit 6`)) as unknown as { rows: { id: string }[] }
    ).rows.map((r) => r.id);
    for (const [i, id] of ids.entries()) {
      await applyCode(ctx, id, 'steun', null);
      await applyCode(other, id, i < 3 ? 'steun' : 'hulp-buren', null);
      if (i < 4) await applyCode(ctx, id, 'hulp-buren', null);
    }
    const page = await analyst.newPage();
    await page.goto(`${app.url}/overeenstemming/zo-thuis`);
    await expect(page.locator('main').textContent()).resolves.toContain('n = 6');
    expect(await page.locator('main').textContent()).toContain('Krippendorffs α');
    await expectAccessible(page);
    await page.goto(`${app.url}/overeenstemming/zo-thuis?lang=en`);
    await expectAccessible(page);
  });

  it('refuses the council role', async () => {
    const council = await browser.newContext();
    const page = await signIn(council, 'raad@voorbeeld.example');
    const response = await page.goto(`${app.url}/codeboek/zo-thuis`);
    expect(response?.status()).toBe(403);
    await council.close();
  });
});

// Every page at phone and tablet widths (issue 17): each role signs in and follows every link it
// is shown, from the navigation down, one page per route; the storyteller's public pages and the
// sign-in page are visited signed out. At 320, 390 and 768 px the page never scrolls sideways
// (wide tables scroll inside their own region) and axe-core finds nothing — the `region` rule
// included. One seeded database, one browser, one tab per role.
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/db/schema/index.ts';
import { createApp } from '../../src/http/app.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { createNetwork, joinNetworkAsOperator } from '../../src/services/network/operator.ts';
import { agreeReviewAction, bringCase, planReview } from '../../src/services/network-compare/memory.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { navigationFor } from '../../src/web/navigation.tsx';
import { browserAvailable, checkAccessibility, launchBrowser } from '../support/browser.ts';
import { pageKind, pageLinks, routeMatcher } from '../support/page-crawl.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const WIDTHS = [320, 390, 768] as const;
/** A crawl that keeps finding new kinds of page past this is a bug in the crawl, not the app. */
const MAX_PAGES_PER_ROLE = 120;

const available = browserAvailable();

describe.skipIf(!available)('every page fits a phone and passes axe', () => {
  let app: TestApp;
  let browser: Browser;
  let match: (path: string) => string | undefined;
  /** Kinds of page already checked at every width by an earlier role (later roles: 320 px only). */
  const checkedEverywhere = new Set<string>();

  beforeAll(async () => {
    app = await startTestApp({ stories: 150 });
    // A region of one member, so the coordinator and the members have network pages to reach.
    await createNetwork(app.db, { slug: 'regio-test', name: 'Regio Test (fictief)' });
    await joinNetworkAsOperator(app.db, { network: 'regio-test', tenant: 'voorbeeld' });
    // A quality review with a case and an action, so its page is reached from the reviews list.
    const member = await contextForTenantSlug(app.db, 'voorbeeld');
    const review = await planReview(member, 'regio-test', { title: 'Kwaliteitsreview (fictief)', participants: [{ role: 'aanbieder', name: '' }] });
    await bringCase(member, 'regio-test', review.id, { title: 'Lang wachten', summary: 'Een gezin wachtte vier maanden.', period: '2026' });
    await agreeReviewAction(member, 'regio-test', review.id, { kind: 'praktijk', description: 'Vaste contactpersoon', owner: 'Regio', learningLevel: 2 });
    const routes = createApp({ db: app.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' }).routes;
    match = routeMatcher(routes);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** What is wrong with the page now open, at each width: sideways scroll and axe violations. */
  async function problemsOf(page: Page, path: string, widths: readonly number[]): Promise<string[]> {
    const problems: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      const wide = await page.evaluate(() => {
        const root = document.documentElement;
        if (root.scrollWidth <= root.clientWidth) return null;
        // Name the widest elements, so the failure says where to look.
        const sticksOut = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 1;
        const culprits = [...document.querySelectorAll('body *')]
          .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
        return { scrollWidth: root.scrollWidth, culprits };
      });
      if (wide) problems.push(`${path} @${width}px: page is ${wide.scrollWidth}px wide (${wide.culprits.join(', ')})`);
      for (const v of await checkAccessibility(page)) problems.push(`${path} @${width}px: axe ${v.id} — ${v.help} at ${v.targets.slice(0, 3).join(' | ')}`);
    }
    return problems;
  }

  /** Opens a path; undefined when it is not an HTML page (a download or a file). */
  async function open(page: Page, path: string): Promise<number | undefined> {
    try {
      const response = await page.goto(`${app.url}${path}`);
      if (!response || !/text\/html/.test(response.headers()['content-type'] ?? '')) return undefined;
      return response.status();
    } catch (error) {
      if (/Download is starting|net::ERR_ABORTED/.test(String(error))) return undefined;
      throw error;
    }
  }

  async function check(page: Page, paths: string[], follow: boolean): Promise<{ problems: string[]; kinds: Set<string> }> {
    const problems: string[] = [];
    const kinds = new Set<string>();
    const queue = [...paths];
    const seen = new Set<string>();
    while (queue.length) {
      const path = queue.shift()!;
      const kind = pageKind(path, match);
      if (!kind) {
        problems.push(`${path}: no route of the app answers this link`);
        continue;
      }
      if (seen.has(kind)) continue;
      seen.add(kind);
      const status = await open(page, path);
      if (status === undefined) continue;
      if (status >= 400) problems.push(`${path}: answered ${status}`);
      kinds.add(kind);
      const everywhere = !checkedEverywhere.has(kind);
      problems.push(...(await problemsOf(page, path, everywhere ? WIDTHS : [WIDTHS[0]])));
      checkedEverywhere.add(kind);
      if (follow) queue.push(...(await pageLinks(page, new URL(app.url).origin)));
      if (seen.size > MAX_PAGES_PER_ROLE) throw new Error(`more than ${MAX_PAGES_PER_ROLE} kinds of page: ${[...seen].join(', ')}`);
    }
    return { problems, kinds };
  }

  it('the storyteller, withdrawal and sign-in pages, signed out', async () => {
    const page = await (await browser.newContext()).newPage();
    const { problems, kinds } = await check(page, ['/inloggen', `/vertel/${DEMO_PUBLIC_SLUG}`, `/vertel/${DEMO_PUBLIC_SLUG}/privacy`, '/intrekken'], false);
    expect(problems).toEqual([]);
    expect([...kinds].sort()).toEqual(['/inloggen', '/intrekken', '/vertel/:slug', '/vertel/:slug/privacy']);
    await page.context().close();
  });

  it('folds the grouped menu behind a Menu button on a phone that works with the keyboard and without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.fill('#email', 'raad@voorbeeld.example');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);
    const toggle = page.locator('nav[aria-label="Hoofdmenu"] summary');
    const monitor = page.locator('nav a[href="/monitor"]');
    expect(await monitor.isVisible()).toBe(false);
    // Keyboard only: Tab to the button, Enter opens the menu, Tab reaches its first link.
    for (let i = 0; i < 15 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await toggle.textContent()).toBe('Menu');
    await page.keyboard.press('Enter');
    expect(await page.locator('nav details').getAttribute('open')).not.toBeNull();
    expect(await monitor.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Overzicht');
    // The council sees its groups only, with its own pages in them; no Verzamelen pages but its signal entry.
    const groups = await page.locator('nav .duiding-nav__heading').allTextContents();
    expect(groups).toEqual(['Verzamelen', 'Duiden', 'Raad', 'Beheer']);
    expect(await page.locator('nav ul[aria-labelledby="menu-council"] a').allTextContents()).toEqual(['Monitor', 'Staalkaart', 'Rapporten']);
    expect(await page.locator('nav a[href="/verhalen"]').count()).toBe(0);
    // The focus is visible on the button (an outline), and the open menu still fits.
    await toggle.focus();
    expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // On a tablet the groups show without the button.
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(`${app.url}/`);
    expect(await toggle.isVisible()).toBe(false);
    expect(await monitor.isVisible()).toBe(true);
    await context.close();
  });

  it.each(ROLES.map((role) => ({ role })))(
    'every page $role reaches',
    async ({ role }: { role: Role }) => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${app.url}/inloggen`);
      await page.fill('#email', `${role}@voorbeeld.example`);
      await page.fill('#password', DEMO_PASSWORD);
      await Promise.all([page.waitForURL(`${app.url}/`), page.press('#password', 'Enter')]);

      // The demo banner sits inside the header landmark (edge 11; axe's `region` rule checks every page).
      expect(await page.locator('header[class~="duiding-header"] > .duiding-demo-banner').count()).toBe(1);

      const menu = navigationFor([role]);
      const menuPaths = [menu.overview, ...menu.groups.flatMap((g) => g.items)].map((item) => item.href);
      const { problems, kinds } = await check(page, menuPaths, true);
      expect(problems).toEqual([]);
      // Every page in the role's menu was checked, and the crawl went deeper than the menu.
      for (const path of menuPaths) expect(kinds).toContain(match(path));
      expect(kinds.size).toBeGreaterThan(menuPaths.length);
      await page.context().close();
    },
    900_000,
  );
});

// The network pages in Chromium (issue 15), on ONE seeded database, server and browser: a
// beheerder joins with explicit consent (keyboard only, the missing tick refused first), chooses
// to be named; the coordinator saves a version of the shared questionnaire; the analist adopts it
// and sees the municipality's own question marked local; the beheerder leaves after confirming.
// axe finds nothing on any of these pages, in Dutch and English.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership } from '../../src/db/repositories/users.repository.ts';
import * as schema from '../../src/db/schema/index.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import { createNetwork } from '../../src/services/network/operator.ts';
import { browserAvailable, expectAccessible, launchBrowser, signInDemo } from '../support/browser.ts';
import { LOCAL_QUESTION, SHARED_QUESTIONNAIRE } from '../support/network-fixture.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('network pages', () => {
  let app: TestApp;
  let browser: Browser;
  let beheerder: BrowserContext;
  let analist: BrowserContext;

  const signIn = (context: BrowserContext, email: string) => signInDemo(context, app.url, email);

  /** Presses Tab until the focused element matches; fails after a bounded number of presses. */
  async function tabTo(page: Page, matches: (el: { tag: string; name: string; text: string; href: string | null }) => boolean) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement | null;
        return { tag: a?.tagName.toLowerCase() ?? '', name: a?.name ?? '', text: a?.textContent?.trim() ?? '', href: a?.getAttribute('href') ?? null };
      });
      if (matches(el)) return;
    }
    throw new Error('element not reachable with Tab');
  }

  const memberships = async () =>
    (
      (await app.db.execute(
        sql`select m.consent_via, m.left_at is null as active from network_members m join networks n on n.id = m.network_id where n.slug = 'regio-test' order by m.joined_at`,
      )) as unknown as {
        rows: { consent_via: string; active: boolean }[];
      }
    ).rows;

  beforeAll(async () => {
    app = await startTestApp({ stories: 10 });
    await createNetwork(app.db, { slug: 'regio-test', name: 'Regio Test' });
    const ctx = await contextForTenantSlug(app.db, 'voorbeeld');
    // The analist also coordinates the network; the municipality has its own question already.
    const [user] = await app.db.select().from(schema.users).where(eq(schema.users.email, 'analist@voorbeeld.example'));
    await addMembership(app.db, { tenantId: ctx.tenantId, userId: user!.id, role: 'netwerkcoordinator' });
    await importQuestionnaire(ctx, { ...SHARED_QUESTIONNAIRE, questions: [LOCAL_QUESTION] });
    browser = await launchBrowser();
    beheerder = await browser.newContext();
    analist = await browser.newContext();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a beheerder joins with explicit consent, keyboard only; without the tick nothing happens', async () => {
    const page = await signIn(beheerder, 'beheerder@voorbeeld.example');
    await tabTo(page, (el) => el.href === '/netwerken');
    await Promise.all([page.waitForURL(`${app.url}/netwerken`), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    await tabTo(page, (el) => el.href === '/netwerken/aansluiten');
    await Promise.all([page.waitForURL(`${app.url}/netwerken/aansluiten`), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    await tabTo(page, (el) => el.name === 'network');
    await page.keyboard.type('regio-test');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Aansluiten bij Regio Test');
    await expectAccessible(page);

    // Confirm without the tick: the page says so, and nothing is written.
    const confirmButton = (el: { tag: string; text: string }) => el.tag === 'button' && el.text.startsWith('Ja, sluit');
    await tabTo(page, confirmButton);
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('#foutmeldingen').textContent()).toContain('toestemming');
    await expectAccessible(page);
    expect(await memberships()).toEqual([]);

    await tabTo(page, (el) => el.name === 'consent');
    await page.keyboard.press('Space');
    await tabTo(page, confirmButton);
    await Promise.all([page.waitForURL(`${app.url}/netwerken/regio-test?gedaan=aangesloten`), page.keyboard.press('Enter')]);
    expect(await page.textContent('main')).toContain('Uw gemeente is nu lid van Regio Test');
    await expectAccessible(page);
    expect(await memberships()).toEqual([{ consent_via: 'page', active: true }]);

    // Being named is the beheerder's choice too.
    await Promise.all([page.waitForURL(/gedaan=naam/), page.click('button:has-text("Noem mijn gemeente bij naam")')]);
    expect(await page.textContent('main')).toContain('Uw gemeente wordt nu bij naam genoemd');
    await expectAccessible(page);
  }, 60_000);

  it('the coordinator saves a version; the analist adopts it and sees its own question marked local', async () => {
    const page = await signIn(analist, 'analist@voorbeeld.example');
    await page.goto(`${app.url}/netwerken/regio-test/instrument`);
    await expectAccessible(page);
    // A broken document first: the error names the problem, nothing is saved.
    await page.fill('#veld-document', '{"format": "duiding.questionnaire/v1"');
    await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("Versie opslaan")')]);
    expect(await page.locator('#foutmeldingen').textContent()).toContain('geen geldige JSON');
    await expectAccessible(page);

    await page.fill('#veld-document', JSON.stringify(SHARED_QUESTIONNAIRE));
    await page.fill('#veld-note', 'Eerste versie');
    await Promise.all([page.waitForURL(/gedaan=opgeslagen/), page.click('button:has-text("Versie opslaan")')]);
    expect(await page.textContent('main')).toContain('Versie 1 van samen-thuis is opgeslagen');

    await tabTo(page, (el) => el.tag === 'button' && el.text.startsWith('Deze versie overnemen'));
    await Promise.all([page.waitForURL(/gedaan=overgenomen/), page.keyboard.press('Enter')]);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('Uw gemeente gebruikt nu versie 1 van samen-thuis');
    expect(await page.locator('tr:has(th:text-is("buurthuis")) td').last().textContent()).toBe('lokaal');
    expect(await page.locator('tr:has(th:text-is("gehoord")) td').last().textContent()).toBe('gedeeld');
    await expectAccessible(page);
    await page.goto(`${app.url}/netwerken/regio-test/instrument?lang=en`);
    expect(await page.locator('tr:has(th:text-is("buurthuis")) td').last().textContent()).toBe('local');
    await expectAccessible(page);
    await page.goto(`${app.url}/netwerken/regio-test?lang=en`);
    await expectAccessible(page);
  }, 60_000);

  it('a beheerder leaves only after confirming; the network is then out of sight', async () => {
    const page = beheerder.pages()[0]!;
    await page.goto(`${app.url}/netwerken/regio-test/verlaten`);
    expect(await page.textContent('main')).toContain('Rapporten die al gepubliceerd zijn, blijven zoals ze zijn');
    await expectAccessible(page);
    await tabTo(page, (el) => el.name === 'confirm');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.text.startsWith('Ja, verlaat'));
    await Promise.all([page.waitForURL(`${app.url}/netwerken?gedaan=verlaten`), page.keyboard.press('Enter')]);
    expect(await page.textContent('main')).toContain('Uw gemeente heeft het netwerk verlaten');
    await expectAccessible(page);
    expect(await memberships()).toEqual([{ consent_via: 'page', active: false }]);
    const gone = await page.goto(`${app.url}/netwerken/regio-test`);
    expect(gone?.status()).toBe(404);
  }, 60_000);
});

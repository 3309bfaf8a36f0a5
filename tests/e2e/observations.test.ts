// Catalysis in Chromium (issue 11): an analyst writes an observation from a pattern, is told it is
// incomplete until two interpretations stand, clusters interpretations into perspectives on the
// board with the keyboard only (the per-card form, then the arrow keys of the script) and with the
// mouse (drag and drop), fetches the catalytic report, and changes and removes an observation with
// the keyboard only (the removal asks first). axe finds nothing on the new pages; the
// facilitator reads without forms, the council is refused. One seeded database for the whole file.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { scanQuestionnaire } from '../../src/services/patterns.ts';
import { addInterpretation, createObservation } from '../../src/services/sensemaking/observations.ts';
import { addPerspective } from '../../src/services/sensemaking/perspectives.ts';
import { browserAvailable, expectAccessible, launchBrowser, signInDemo } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();

describe.skipIf(!available)('observations, interpretations and the perspectives board', () => {
  let app: TestApp;
  let browser: Browser;
  let analyst: BrowserContext;
  let page: Page;
  let pattern: { a: string; b: string };
  /** The seeded complete observation: changed and then removed with the keyboard. */
  let seededId = '';
  const perspectives: Record<string, string> = {};

  const signIn = (context: BrowserContext, email: string) => signInDemo(context, app.url, email);

  /** Presses Tab until the focused element matches; fails after a bounded number of presses. */
  async function tabTo(matches: (el: { tag: string; id: string; text: string; name: string }) => boolean) {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement | null;
        return { tag: a?.tagName.toLowerCase() ?? '', id: a?.id ?? '', text: a?.textContent?.trim() ?? '', name: a?.getAttribute('name') ?? '' };
      });
      if (matches(el)) return;
    }
    throw new Error('element not reachable with Tab');
  }

  const placed = async () =>
    Object.fromEntries(
      (
        (await app.db.execute(sql`select text, coalesce(perspective_id::text, '') as p from interpretations order by created_at`)) as unknown as {
          rows: { text: string; p: string }[];
        }
      ).rows.map((r) => [r.text, r.p]),
    );

  beforeAll(async () => {
    app = await startTestApp({ stories: 40 });
    const ctx = await contextForTenantSlug(app.db, 'voorbeeld');
    pattern = (await scanQuestionnaire(ctx, 'zo-thuis')).patterns[0]!;
    // A second observation, complete, whose interpretations the board sorts.
    const seeded = await createObservation(ctx, {
      questionnaire: 'zo-thuis',
      source: { kind: 'compare', subsets: { a: 'rol=jongere', b: 'rol=ouder' } },
      title: 'Jongeren en ouders verschillen',
      strength: 'middel',
    });
    seededId = seeded.id;
    await addInterpretation(ctx, seeded.id, { text: 'Kaart een' });
    await addInterpretation(ctx, seeded.id, { text: 'Kaart twee' });
    for (const name of ['Toegang tot hulp', 'Eigen regie']) perspectives[name] = (await addPerspective(ctx, 'zo-thuis', { name })).id;
    browser = await launchBrowser();
    analyst = await browser.newContext();
    page = await signIn(analyst, 'analist@voorbeeld.example');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('writes an observation from a pattern; it is incomplete until two interpretations stand', async () => {
    await page.goto(`${app.url}/patronen/zo-thuis/patroon?patroon=${encodeURIComponent(`${pattern.a}|${pattern.b}`)}`);
    await Promise.all([page.waitForURL(/\/observaties\/nieuw/), page.click('text=Observatie schrijven')]);
    await expectAccessible(page);
    // Nothing filled in: the summary names the title and the strength.
    await Promise.all([page.waitForLoadState('load'), page.click('form[action="/observaties"] button[type=submit]')]);
    const summary = await page.locator('#foutmeldingen').textContent();
    expect(summary).toContain('Wat ziet u?');
    expect(summary).toContain('kies sterk, middel of zwak');
    await expectAccessible(page);
    await page.fill('#veld-title', 'Jongeren voelen zich minder gehoord');
    await page.check('#veld-strength-sterk');
    await Promise.all([page.waitForURL(/\/observaties\/[0-9a-f-]{36}/), page.click('form[action="/observaties"] button[type=submit]')]);
    expect(await page.locator('#onvolledig').textContent()).toContain('minstens twee duidingen');
    expect(await page.locator('#grafiek-patroon').count()).toBe(1);
    await expectAccessible(page);
    for (const text of ['Jongeren praten minder vaak zelf met de hulpverlener.', 'Ouders vullen vaker de vragenlijst in.']) {
      await page.fill('#duiding-tekst', text);
      await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/duidingen"] button[type=submit]')]);
    }
    expect(await page.locator('#onvolledig').count()).toBe(0);
    expect(await page.locator('.duiding-interpretations li').count()).toBe(2);
    await expectAccessible(page);
    await page.goto(`${app.url}/observaties`);
    await expectAccessible(page);
  });

  it('clusters interpretations into a perspective with the keyboard only', async () => {
    await page.goto(`${app.url}/perspectieven/zo-thuis`);
    await expectAccessible(page);
    // Without the script's help: the card's own select and button.
    await tabTo((el) => el.tag === 'select' && el.name === 'perspective');
    const select = await page.evaluate(() => document.activeElement!.id);
    const card = select.replace(/^naar-/, '');
    await page.keyboard.press('ArrowDown'); // → Toegang tot hulp
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/kaart=/), page.keyboard.press('Enter')]);
    expect(await page.locator('[role=status]').first().textContent()).toContain('Toegang tot hulp');
    const text = (await app.db.execute(sql`select text from interpretations where id = ${card}`)) as unknown as { rows: { text: string }[] };
    expect((await placed())[text.rows[0]!.text]).toBe(perspectives['Toegang tot hulp']);
    // The moved card has the focus again; → moves it one column on (Eigen regie).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`kaart-${card}`);
    // The address stays the same (the same card), so wait for the navigation itself.
    await Promise.all([page.waitForNavigation(), page.keyboard.press('ArrowRight')]);
    expect((await placed())[text.rows[0]!.text]).toBe(perspectives['Eigen regie']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`kaart-${card}`);
    await expectAccessible(page);
  });

  it('drags a card onto a perspective with the mouse', async () => {
    await page.goto(`${app.url}/perspectieven/zo-thuis`);
    const before = await placed();
    const card = await page.locator('[data-perspective=""] [data-card]').first().getAttribute('data-card');
    await Promise.all([page.waitForURL(/kaart=/), page.dragAndDrop(`#kaart-${card}`, `[data-perspective="${perspectives['Toegang tot hulp']}"]`)]);
    const after = await placed();
    const moved = Object.keys(after).filter((k) => after[k] !== before[k]);
    expect(moved).toHaveLength(1);
    expect(after[moved[0]!]).toBe(perspectives['Toegang tot hulp']);
  });

  it("fetches the catalytic report, which says it is the analysts' view", async () => {
    await page.goto(`${app.url}/catalyse/zo-thuis`);
    expect(await page.textContent('main')).toContain('kleine aantallen');
    await expectAccessible(page);
    const pdf = await page.request.get(`${app.url}/catalyse/zo-thuis/pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const html = await (await page.request.get(`${app.url}/catalyse/zo-thuis/html`)).text();
    expect(html).toContain('Jongeren voelen zich minder gehoord');
    expect(html).toContain('Toegang tot hulp');
    expect(html).toContain('kleine aantallen');
    expect(html).toContain('<svg');
  });

  it('changes an observation and then removes it, with the keyboard only', async () => {
    const titleOf = async () =>
      (
        (await app.db.execute(sql`select title, strength from pattern_observations where id = ${seededId}`)) as unknown as {
          rows: { title: string; strength: string }[];
        }
      ).rows[0];
    await page.goto(`${app.url}/observaties/${seededId}`);
    await tabTo((el) => el.tag === 'a' && el.text === 'Observatie aanpassen');
    await Promise.all([page.waitForURL(/\/bewerken$/), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    await tabTo((el) => el.name === 'title');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Jongeren en ouders kijken anders');
    // A radio group is one Tab stop, on the checked one (middel); the arrow moves the choice to zwak.
    await tabTo((el) => el.name === 'strength');
    await page.keyboard.press('ArrowDown');
    await tabTo((el) => el.tag === 'button' && el.text === 'Wijzigingen opslaan');
    await Promise.all([page.waitForURL(/gedaan=bewerkt/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Jongeren en ouders kijken anders');
    expect(await titleOf()).toEqual({ title: 'Jongeren en ouders kijken anders', strength: 'zwak' });

    await tabTo((el) => el.tag === 'button' && el.text === 'Observatie verwijderen');
    await Promise.all([page.waitForURL(/\/verwijderen$/), page.keyboard.press('Enter')]);
    expect(await page.textContent('main')).toContain('De 2 duidingen verdwijnen ook');
    await expectAccessible(page);
    expect(await titleOf()).toBeDefined(); // asking removed nothing
    await tabTo((el) => el.tag === 'button' && el.text === 'Ja, verwijderen');
    await Promise.all([page.waitForURL(/\/observaties\?gedaan=verwijderd/), page.keyboard.press('Enter')]);
    expect(await page.locator('[role=status]').first().textContent()).toContain('De observatie is verwijderd.');
    expect(await titleOf()).toBeUndefined();
    await expectAccessible(page);
  });

  it('lets the facilitator read without forms, and refuses the council', async () => {
    const leader = await signIn(await browser.newContext(), 'gespreksleider@voorbeeld.example');
    await leader.goto(`${app.url}/perspectieven/zo-thuis`);
    expect(await leader.locator('form[action$="/verplaatsen"]').count()).toBe(0);
    await expectAccessible(leader);
    const council = await signIn(await browser.newContext(), 'raad@voorbeeld.example');
    const refused = await council.goto(`${app.url}/observaties`);
    expect(refused?.status()).toBe(403);
  });
});

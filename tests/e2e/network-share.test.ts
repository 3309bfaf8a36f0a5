// Sharing with the network in Chromium, keyboard only (issue 15, docs/network.md "Shared
// stories"): a teller ticks the consent on the form, the analyst releases the story after reading
// the copy, another member reads it on the network's shared stories page, and an observation goes
// to the library through its prefilled form. axe finds nothing. One seeded database, server, browser.
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/db/schema/index.ts';
import { contextForTenantSlug } from '../../src/services/context.ts';
import { publishStory } from '../../src/services/moderation.ts';
import { createObservation } from '../../src/services/sensemaking/observations.ts';
import { browserAvailable, expectAccessible, launchBrowser, signInDemo } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const available = browserAvailable();
if (!available) console.warn('[duiding test] network share e2e tests SKIPPED: no Chromium at /usr/bin/chromium.');

async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached ${selector} with Tab`);
}

describe.skipIf(!available)('sharing with the network', () => {
  let app: TestApp;
  let browser: Browser;
  let observationId: string;
  const network = 'Regio Voorbeeldland (fictief)';

  beforeAll(async () => {
    app = await startTestApp({ stories: 40, network: true });
    const ctx = await contextForTenantSlug(app.db, 'voorbeeld');
    observationId = (
      await createObservation(ctx, {
        questionnaire: 'zo-thuis',
        source: { kind: 'compare', subsets: { a: 'rol=jongere', b: 'rol=ouder' } },
        title: 'Jongeren wachten langer dan ouders',
        strength: 'middel',
      })
    ).id;
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a teller’s consent, the municipality’s release, another member reads the story', async () => {
    // The teller's first step: the consent is there, unticked; axe finds nothing.
    const firstStep = await (await browser.newContext()).newPage();
    await firstStep.goto(`${app.url}/vertel/voorbeeld-zo-thuis`);
    expect(await firstStep.isChecked('#f-consent-network')).toBe(false);
    await expectAccessible(firstStep);
    await firstStep.context().close();
    // The whole story on the form without JavaScript (one page), the consents ticked by keyboard.
    const teller = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await teller.goto(`${app.url}/vertel/voorbeeld-zo-thuis`);
    const fields: Record<string, string> = {
      prompt: 'thuis',
      title: 'Lang wachten op een plek',
      text: 'We wachtten maanden op een plek. Mijn nummer is 06-12345678. De wachtlijst was lang.',
      'q.gevoel': 'tevreden',
      'q.rol': 'mantelzorger',
      'q.wijk': 'WK999901',
    };
    for (const [name, value] of Object.entries(fields)) {
      const input = teller.locator(`[name="${name}"]`);
      if ((await input.count()) > 1) await teller.check(`[name="${name}"][value="${value}"]`);
      else await input.fill(value);
    }
    for (const consent of ['#f-consent-share', '#f-consent-quote', '#f-consent-network']) {
      await teller.focus('h1');
      await tabTo(teller, consent);
      await teller.keyboard.press('Space');
    }
    const submission = await teller.inputValue('input[name="id"]');
    await tabTo(teller, '#teller-send');
    const [sent] = await Promise.all([teller.waitForNavigation(), teller.keyboard.press('Enter')]);
    expect(sent?.status()).toBe(200);
    const [story] = await app.db.select().from(stories).where(eq(stories.submissionId, submission));
    expect(story?.shareConsent).toBe(true);
    await teller.context().close();
    await publishStory(await contextForTenantSlug(app.db, 'voorbeeld'), story!.id);

    // The analyst: the story's page offers the network, the confirmation shows the copy.
    const analyst = await signInDemo(await browser.newContext(), app.url, 'analist@voorbeeld.example');
    await analyst.goto(`${app.url}/verhalen/${story!.id}`);
    await expectAccessible(analyst);
    await tabTo(analyst, `a[href^="/verhalen/${story!.id}/delen"]`);
    await Promise.all([analyst.waitForURL(/\/delen\?netwerk=voorbeeldland/), analyst.keyboard.press('Enter')]);
    await expect(analyst.locator('h1').textContent()).resolves.toBe(`Verhaal delen met ${network}`);
    expect(await analyst.locator('main').textContent()).not.toContain('06-12345678');
    await expectAccessible(analyst);
    // Without the tick: refused, with the reason linked.
    await tabTo(analyst, 'form[action$="/delen"] button[type="submit"]');
    await Promise.all([analyst.waitForLoadState(), analyst.keyboard.press('Enter')]);
    await expect(analyst.locator('#foutmeldingen').textContent()).resolves.toContain('Zet een vinkje');
    await tabTo(analyst, '#veld-confirm-ja');
    await analyst.keyboard.press('Space');
    await tabTo(analyst, 'form[action$="/delen"] button[type="submit"]');
    await Promise.all([analyst.waitForURL(/\/netwerken\/voorbeeldland\/verhalen\?gedeeld=1/), analyst.keyboard.press('Enter')]);
    await expect(analyst.locator('[role="status"]').first().textContent()).resolves.toContain('Gedeeld met het netwerk.');
    await analyst.context().close();

    // Another member finds it from the library, searching in Dutch.
    const other = await signInDemo(await browser.newContext(), app.url, 'analist@proefhoven.example');
    await other.goto(`${app.url}/netwerken/voorbeeldland/bibliotheek`);
    await tabTo(other, 'a[href="/netwerken/voorbeeldland/verhalen"]');
    await Promise.all([other.waitForURL(/\/verhalen$/), other.keyboard.press('Enter')]);
    await tabTo(other, '#veld-q');
    await other.keyboard.type('wachtlijsten');
    await Promise.all([other.waitForURL(/q=wachtlijsten/), other.keyboard.press('Enter')]);
    const article = other.locator('article');
    await expect(article.locator('h2').allTextContents()).resolves.toEqual(['Lang wachten op een plek']);
    const text = await article.textContent();
    expect(text).toContain('Gemeente Voorbeeld');
    expect(text).toContain('De wachtlijst was lang.');
    expect(text).not.toContain('06-12345678');
    await expectAccessible(other);
    await other.context().close();
  });

  it('shares an observation in the library from its page, refusing a small count', async () => {
    const analyst = await signInDemo(await browser.newContext(), app.url, 'analist@voorbeeld.example');
    await analyst.goto(`${app.url}/observaties/${observationId}`);
    await tabTo(analyst, `a[href="/observaties/${observationId}/delen"]`);
    await Promise.all([analyst.waitForURL(/\/delen$/), analyst.keyboard.press('Enter')]);
    await expectAccessible(analyst);
    expect(await analyst.inputValue('[name="title"]')).toBe('Jongeren wachten langer dan ouders');
    expect(await analyst.inputValue('[name="evidence"]')).toContain('vergelijking');
    // A count under the threshold in the words: refused, nothing shared.
    await tabTo(analyst, '[name="body"]');
    await analyst.keyboard.press('Control+A');
    await analyst.keyboard.type('Bij 3 jongeren duurde het maanden.');
    await tabTo(analyst, 'form[action$="/delen"] button[type="submit"]');
    const [refused] = await Promise.all([analyst.waitForResponse((r) => r.request().method() === 'POST'), analyst.keyboard.press('Enter')]);
    expect(refused.status()).toBe(400);
    await analyst.waitForLoadState();
    await expect(analyst.locator('#foutmeldingen').textContent()).resolves.toContain('andere gemeenten zien geen aantallen onder');
    await expectAccessible(analyst);
    await tabTo(analyst, '[name="body"]');
    await analyst.keyboard.press('Control+A');
    await analyst.keyboard.type('Jongeren wachten in hun verhalen vaker maanden dan ouders.');
    await tabTo(analyst, 'form[action$="/delen"] button[type="submit"]');
    await Promise.all([analyst.waitForURL(/\/netwerken\/voorbeeldland\/bibliotheek\?gedeeld=1/), analyst.keyboard.press('Enter')]);
    await expect(analyst.locator('article h3').allTextContents()).resolves.toContain('Observatie: Jongeren wachten langer dan ouders');
    await analyst.context().close();
  });
});

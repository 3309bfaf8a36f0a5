// Edge #2 of issue 17: without JavaScript, "submit, press Back, submit again" made a second
// pending story with a new code. The page is never cached (no-store), so Back fetches the form
// anew and the server rendered a fresh submission id; Chromium restores the typed answers but not
// a hidden input. The form now takes its id from a cookie of the collection's path, so the second
// submit carries the first id and gets the same story and the same code. A different story from
// the same browser is not refused: one more press sends it as a new story.
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/db/schema/index.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { browserAvailable, launchBrowser } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe.skipIf(!browserAvailable())('the no-JavaScript teller form after Back', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp({ stories: 5 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('submit, Back, submit again: one story, the same code', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/vertel/${DEMO_PUBLIC_SLUG}`);
    const before = (await app.db.select({ id: stories.id }).from(stories)).length;
    await page.check('[name="consent.share"][value="ja"]');
    await page.check('[name="consent.quote"][value="nee"]');
    await page.check('[name="prompt"][value="thuis"]');
    await page.fill('[name="text"]', 'De buurvrouw hielp ons toen het thuis moeilijk was.');
    await page.check('[name="q.gevoel"][value="tevreden"]');
    await page.check('[name="q.rol"][value="mantelzorger"]');
    await page.check('[name="q.wijk"][value="WK999901"]');
    const id = await page.inputValue('[name="id"]');
    await Promise.all([page.waitForNavigation(), page.click('#teller-send')]);
    const code = (await page.locator('#teller-code').textContent())?.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    await page.goBack();
    expect(await page.inputValue('[name="text"]')).toContain('De buurvrouw hielp');
    expect(await page.inputValue('[name="id"]')).toBe(id);
    await Promise.all([page.waitForNavigation(), page.click('#teller-send')]);
    expect((await page.locator('#teller-code').textContent())?.trim()).toBe(code);
    expect(await page.locator('main').textContent()).toContain('al eerder verstuurd');
    expect(await app.db.select({ id: stories.id }).from(stories)).toHaveLength(before + 1);
    expect(await app.db.select().from(stories).where(eq(stories.submissionId, id))).toHaveLength(1);

    // Back once more, now telling something else: the form says a story was sent before, and one
    // more press stores this one as a new story with its own code.
    await page.goBack();
    await page.fill('[name="text"]', 'Een ander verhaal: de school belde elke week.');
    const [conflict] = await Promise.all([page.waitForNavigation(), page.click('#teller-send')]);
    expect(conflict?.status()).toBe(400);
    expect(await page.locator('#teller-summary').textContent()).toContain('U heeft al eerder een verhaal verstuurd');
    expect(await page.inputValue('[name="text"]')).toContain('Een ander verhaal');
    const newId = await page.inputValue('[name="id"]');
    expect(newId).not.toBe(id);
    await Promise.all([page.waitForNavigation(), page.click('#teller-send')]);
    const secondCode = (await page.locator('#teller-code').textContent())?.trim();
    expect(secondCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(secondCode).not.toBe(code);
    expect(await app.db.select({ id: stories.id }).from(stories)).toHaveLength(before + 2);
    await context.close();
  });
});

// The public story API from a real browser: a page of the same origin can post a story (JSON)
// and withdraw it; a page of another origin can neither post JSON (no CORS preflight is granted)
// nor slip a form-encoded or text/plain post through.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stories } from '../../src/db/schema/index.ts';
import { browserAvailable, launchBrowser } from '../support/browser.ts';
import { DEMO_SLUG, demoSubmission } from '../support/story-submission.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe.skipIf(!browserAvailable())('story API from the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const storyCount = async () => Number((await app.db.select({ n: count() }).from(stories))[0].n);

  beforeAll(async () => {
    app = await startTestApp({ stories: 5 });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('accepts a same-origin JSON post and a withdrawal', async () => {
    await page.goto(`${app.url}/vertel/${DEMO_SLUG}`);
    const before = await storyCount();
    const result = await page.evaluate(
      async ({ slug, body }) => {
        const post = await fetch(`/api/v1/collections/${slug}/stories`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const created = (await post.json()) as { withdrawalCode: string };
        const again = await fetch(`/api/v1/collections/${slug}/stories`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: post.status, again: again.status, code: created.withdrawalCode };
      },
      { slug: DEMO_SLUG, body: demoSubmission() },
    );
    expect(result.status).toBe(201);
    expect(result.again).toBe(200);
    expect(await storyCount()).toBe(before + 1);
    const withdrawn = await page.evaluate(
      async (code) =>
        (await fetch('/api/v1/stories/withdraw', { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).status,
      result.code,
    );
    expect(withdrawn).toBe(204);
    expect(await storyCount()).toBe(before);
  });

  it('refuses posts from a page of another origin', async () => {
    // Another site: a plain page on another port (another origin), without our CSP.
    const site = http.createServer((_req, res) => res.end('<!doctype html><title>andere site</title>'));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const other = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    await page.goto(`${other}/`);
    const before = await storyCount();
    const outcome = await page.evaluate(
      async ({ target, body }) => {
        const json = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
          (r) => `status ${r.status}`,
          () => 'blocked',
        );
        // A "simple" request needs no preflight: the browser sends it, and the server must refuse
        // it (its answer is then hidden from the page by Cross-Origin-Resource-Policy anyway).
        const ignore = () => undefined;
        await fetch(target, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) }).catch(ignore);
        await fetch(target, { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ text: 'x' }) }).catch(ignore);
        return json;
      },
      { target: `${app.url}/api/v1/collections/${DEMO_SLUG}/stories`, body: demoSubmission() },
    );
    site.close();
    expect(outcome).toBe('blocked');
    expect(await storyCount()).toBe(before);
  });
});

// Pages in Debian's Chromium through playwright-core (no downloaded browser), and an axe-core
// check for WCAG 2.1 A/AA. Without /usr/bin/chromium the e2e tests are skipped with a notice —
// unless DUIDING_REQUIRE_BROWSER=1 (CI), where its absence is an error.
//
//   describe.skipIf(!browserAvailable())('…', () => { const browser = await launchBrowser(); … })
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';

const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let noticeShown = false;

/** Whether e2e tests can run; throws when DUIDING_REQUIRE_BROWSER=1 and Chromium is missing. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.DUIDING_REQUIRE_BROWSER === '1') {
    throw new Error(`DUIDING_REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing (apt-get install chromium).`);
  }
  if (!noticeShown) {
    noticeShown = true;
    console.warn(`[duiding test] ${CHROMIUM_PATH} is missing: browser tests are SKIPPED (apt-get install chromium).`);
  }
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

let axeSource: string | undefined;

function axeScript(): string {
  if (axeSource === undefined) {
    const main = createRequire(import.meta.url).resolve('axe-core');
    axeSource = readFileSync(path.join(path.dirname(main), 'axe.min.js'), 'utf8');
  }
  return axeSource;
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA, and `region`) on the page; `expect(violations).toEqual([])`. */
export async function checkAccessibility(page: Page): Promise<AccessibilityViolation[]> {
  const loaded = () => page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!(await loaded())) {
    try {
      await page.addScriptTag({ content: axeScript() });
    } catch (error) {
      // Our own pages forbid inline scripts (Content-Security-Policy); evaluating through the
      // DevTools protocol is not subject to the page's policy.
      if (!/Content Security Policy/i.test(String(error))) throw error;
      await page.evaluate(axeScript());
    }
    if (!(await loaded())) throw new Error('axe-core could not be loaded into the page');
  }
  return page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Plus `region` (a best-practice rule, so outside the tags): all content sits in a
      // landmark (issue 17, edge 11 — the demo banner did not). Never switch it off.
      rules: { region: { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** Fails the test with the page's address and every axe violation when there is any. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await checkAccessibility(page);
  expect(violations, `${page.url()}\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Signs a demo account in on a new tab of the context, as a person does; the tab is left on the overview. */
export async function signInDemo(context: BrowserContext, baseUrl: string, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/inloggen`);
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}/`), page.press('#password', 'Enter')]);
  return page;
}

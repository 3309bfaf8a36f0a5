// Edge #5 of issue 17: empty required fields showed red borders before anyone touched them
// ("Stelling toevoegen" in the designer). With our stylesheet over the component library, an
// untouched required textarea, radio group or checkbox looks like any other field; after a
// submit attempt it turns red. Runs in Chromium on a page built from the real stylesheets.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.ts';

const require = createRequire(import.meta.url);
const css = [
  readFileSync(require.resolve('@utrecht/design-tokens/dist/theme.css'), 'utf8'),
  readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8'),
  readFileSync('src/web/assets/duiding.css', 'utf8'),
].join('\n');

const page = `<!doctype html><html lang="nl"><head><style>${css}</style></head>
<body class="utrecht-theme"><form>
  <label for="t">Stelling</label>
  <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="t" name="t" required></textarea>
  <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="ok" name="ok"></textarea>
  <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="r" name="r" required>
  <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="r2" name="r2">
  <button type="submit">Stelling toevoegen</button>
</form></body></html>`;

describe.skipIf(!browserAvailable())('required fields before and after a submit attempt', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('shows no red border until the person tries to submit', async () => {
    const tab = await browser.newPage();
    await tab.setContent(page);
    const border = (id: string) => tab.$eval(`#${id}`, (el) => getComputedStyle(el).borderTopColor);
    // Untouched: the required field looks like the optional one.
    expect(await border('t')).toBe(await border('ok'));
    expect(await border('r')).toBe(await border('r2'));
    // A submit attempt: the browser blocks it and now the empty required fields are marked.
    await tab.click('button');
    expect(await border('t')).not.toBe(await border('ok'));
    expect(await border('r')).not.toBe(await border('r2'));
    await tab.close();
  });
});

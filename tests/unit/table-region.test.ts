// Issue 17: wide data tables scroll in their own focusable region named by the caption, and
// every data table of the workbench pages goes through that one component.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TableRegion } from '../../src/web/components/table-region.tsx';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourcesUnder(full) : /\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe('TableRegion', () => {
  it('renders a focusable region named by the table caption around the table', async () => {
    const html = String(await TableRegion({ caption: 'Verhalen per wijk', tableClass: 'duiding-x' }));
    const id = /<caption id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toMatch(new RegExp(`^<div class="duiding-table-region" role="region" tabindex="0" aria-labelledby="${id}">`));
    expect(html).toContain('<table class="utrecht-table utrecht-table--html-table duiding-x">');
    expect(html).toContain('Verhalen per wijk</caption>');
    // Two tables on one page never share a name.
    const other = String(await TableRegion({ caption: 'Ander' }));
    expect(/<caption id="([^"]+)"/.exec(other)?.[1]).not.toBe(id);
  });

  it('is how every page under src/web/pages writes a data table', () => {
    const bare = sourcesUnder(path.resolve('src/web/pages')).filter((file) => /<table[\s>]/.test(readFileSync(file, 'utf8')));
    expect(bare).toEqual([]);
  });
});

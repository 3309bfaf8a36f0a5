// Every NL Design System (Utrecht) class our pages write must exist in the Utrecht CSS the app
// serves (web/assets.ts): a misspelt modifier such as `utrecht-table__cell--numeric` (Utrecht's is
// `--numeric-column`) styles nothing, and the figures it was meant to right-align silently do not.
// A class built in a template (`utrecht-alert--${kind}`) is checked by its prefix.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/web');
const SERVED_CSS = ['@utrecht/component-library-css/dist/index.css', '@utrecht/design-tokens/dist/theme.css'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|js)$/.test(entry.name) ? [full] : [];
  });
}

const defined = new Set(SERVED_CSS.flatMap((name) => [...readFileSync(require.resolve(name), 'utf8').matchAll(/\.(utrecht-[\w-]+)/g)].map((m) => m[1]!)));

/** Utrecht class names in the sources: not custom properties (`--utrecht-…`); a template's prefix ends in `-` before `${`. */
function usedClasses(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles(WEB)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?<![\w-])(utrecht-[\w-]+)(\$\{)?/g)) {
      const name = m[2] ? `${m[1]}*` : m[1]!;
      used.set(name, [...(used.get(name) ?? []), path.relative(WEB, file)]);
    }
  }
  return used;
}

const exists = (name: string) => (name.endsWith('*') ? [...defined].some((d) => d.startsWith(name.slice(0, -1))) : defined.has(name));

describe('Utrecht classes in src/web', () => {
  it('reads the served CSS and finds the classes the kit writes (the check itself works)', () => {
    expect(defined.has('utrecht-table__cell--numeric-column')).toBe(true);
    expect(defined.has('utrecht-table__cell--numeric')).toBe(false);
    expect(usedClasses().has('utrecht-table__header-cell--numeric-column')).toBe(true);
  });

  it('uses no Utrecht class that the Utrecht CSS does not define', () => {
    const missing = [...usedClasses()].filter(([name]) => !exists(name)).map(([name, files]) => `${name} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });
});

#!/usr/bin/env node
// The package's bin. Runs the compiled JavaScript in dist/ (scripts/build.mjs, run by `npm install`
// through `prepare`) when it is there and newer than every source file; otherwise it runs the
// TypeScript sources with tsx and says so in one line, so that someone editing src/ never runs
// stale code without knowing it.
import { readFileSync } from 'node:fs';
import { distIsFresh, helpText } from './dist-freshness.mjs';

const root = new URL('..', import.meta.url);
const argv = process.argv.slice(2);

if (distIsFresh(root)) {
  // `--help` is answered from the index the build wrote, without loading a single package.
  const help = helpText(JSON.parse(readFileSync(new URL('dist/help-index.json', root), 'utf8')), argv);
  if (help !== undefined) {
    process.stdout.write(help);
  } else {
    const { main } = await import(new URL('dist/main.mjs', root).href);
    process.exitCode = await main(argv);
  }
} else {
  process.stderr.write('duiding: dist/ ontbreekt of is ouder dan src/; draait de TypeScript-bron met tsx (sneller na `npm run build`).\n');
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(new URL('src/cli/main.ts', root).href);
  process.exitCode = await main(argv);
}

// Vitest global setup: tests that spawn bin/duiding.mjs must run the compiled dist/ that users
// run, not the tsx fallback. Builds dist/ when it is missing or older than src/ (about a second).
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { distIsFresh } from '../../bin/dist-freshness.mjs';

export default function setup() {
  const root = path.resolve(import.meta.dirname, '../..');
  if (distIsFresh(pathToFileURL(`${root}/`))) return;
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build.mjs failed: the CLI tests need dist/');
}

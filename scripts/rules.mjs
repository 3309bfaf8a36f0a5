#!/usr/bin/env node
// `npm run rules`: the four checks CI runs before the tests (docs/architecture.md, "Rules that
// CI enforces"), one after another, each with its time. Unlike `a && b && c` it runs them all, so
// one run shows every broken rule; it exits 1 when any failed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CHECKS = [
  { name: 'types (tsc --noEmit)', script: 'typecheck' },
  { name: 'lint and format (Biome)', script: 'lint' },
  { name: 'import direction (dependency-cruiser)', script: 'deps' },
  { name: 'unused files, exports, dependencies (knip)', script: 'knip' },
];

const failed = [];
for (const check of CHECKS) {
  process.stdout.write(`\n==> ${check.name}: npm run ${check.script}\n`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', check.script], { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  if (!ok) failed.push(check.script);
  process.stdout.write(`<== ${check.name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)\n`);
}

if (failed.length) {
  process.stderr.write(`\nFailed: ${failed.map((s) => `npm run ${s}`).join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('\nAll rules hold.\n');

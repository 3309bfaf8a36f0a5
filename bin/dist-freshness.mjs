// Helpers of bin/duiding.mjs, plain JavaScript so that they run before anything is compiled.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * True when dist/ was built after the last change to src/ and the build script. Comparing
 * modification times of ~350 files takes a few milliseconds; an installed package without src/
 * trusts its dist/.
 */
export function distIsFresh(rootUrl) {
  const root = fileURLToPath(rootUrl);
  let built;
  try {
    built = statSync(path.join(root, 'dist', 'build-stamp')).mtimeMs;
  } catch {
    return false;
  }
  let sources = 0;
  try {
    sources = Math.max(newestMtime(path.join(root, 'src')), statSync(path.join(root, 'scripts', 'build.mjs')).mtimeMs);
  } catch {
    return true;
  }
  return sources <= built;
}

/**
 * The help that src/cli/main.ts would print for these arguments, from the build's help index, or
 * undefined when main.ts must run (a command, or an unknown word, which is an error there).
 * Same rule as main.ts: words are the arguments without a leading dash; a command matches when
 * all its words come first.
 */
export function helpText(index, argv) {
  const words = argv.filter((a) => !a.startsWith('-'));
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const spec = index.commands.find((c) => c.name.split(' ').every((part, i) => words[i] === part));
  if (!spec) return words.length === 0 ? index.general : undefined;
  return wantsHelp ? spec.help : undefined;
}

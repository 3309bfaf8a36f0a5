#!/usr/bin/env node
// Compiles the `duiding` command (and with it the server) to dist/ with esbuild, so that no
// TypeScript is transpiled at run time (`duiding --help` in well under half a second). Run by
// the `prepare` script, so `npm install` / `npm ci` builds it; bin/duiding.mjs falls back to tsx
// when dist/ is missing or older than src/.
//
// Only our own code is bundled: every package stays an import from node_modules. That keeps the
// packages with native or WebAssembly parts (PGlite's .wasm/.data, @node-rs/argon2, pdfkit's
// font files, pg-native) exactly where they expect their files, and keeps the build a second.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const started = Date.now();

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  // commands + help: only read below, to write the help index that bin/duiding.mjs answers
  // `--help` from without loading any package.
  entryPoints: {
    main: path.join(root, 'src/cli/main.ts'),
    commands: path.join(root, 'src/cli/commands.ts'),
    help: path.join(root, 'src/cli/help.ts'),
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Commands import their services lazily; splitting keeps those in their own chunks, so a
  // command loads only what it runs.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: 'linked',
  // Chunks stay in dist/ itself: code that finds its files through import.meta.url (migrations,
  // assets) must see the same directory wherever esbuild puts it.
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
});
// Files the code reads next to itself at run time (import.meta.url of the bundle is dist/main.mjs):
// the SQL migrations (db/connection.ts) and the browser assets (web/assets.ts).
cpSync(path.join(root, 'src/db/migrations'), path.join(dist, 'migrations'), { recursive: true });
cpSync(path.join(root, 'src/web/assets'), path.join(dist, 'assets'), { recursive: true });
// The help texts, so that `duiding --help` needs no package at all (bin/duiding.mjs).
const { COMMANDS } = await import(pathToFileURL(path.join(dist, 'commands.mjs')).href);
const { GENERAL_HELP } = await import(pathToFileURL(path.join(dist, 'help.mjs')).href);
const index = { general: GENERAL_HELP, commands: COMMANDS.map((c) => ({ name: c.name, help: c.help })) };
writeFileSync(path.join(dist, 'help-index.json'), JSON.stringify(index));
// Written last: bin/duiding.mjs trusts dist/ only when this stamp is newer than every source file.
writeFileSync(path.join(dist, 'build-stamp'), `${new Date().toISOString()}\n`);
process.stdout.write(`duiding: dist/ gebouwd in ${Date.now() - started} ms\n`);
// Importing the commands above may have started timers in packages; the build is done.
process.exit(0);

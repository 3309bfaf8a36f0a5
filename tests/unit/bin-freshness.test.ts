// bin/duiding.mjs: when it may trust dist/, and that its `--help` answers are main.ts's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distIsFresh, helpText } from '../../bin/dist-freshness.mjs';
import { COMMANDS } from '../../src/cli/commands.ts';
import { GENERAL_HELP } from '../../src/cli/help.ts';
import { main } from '../../src/cli/main.ts';

const index = { general: GENERAL_HELP, commands: COMMANDS.map((c) => ({ name: c.name, help: c.help })) };

async function mainOutput(argv: string[]) {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await main(argv);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

describe('bin/duiding.mjs', () => {
  it('answers --help exactly as main.ts does, and leaves everything else to main.ts', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['patterns', '--help'], ['import', 'stories', '-h'], ['export', 'stories', 'x', '--help']]) {
      expect(helpText(index, argv), argv.join(' ')).toBe(await mainOutput(argv));
    }
    for (const argv of [['patterns'], ['onzin'], ['onzin', '--help'], ['import'], ['redact']]) {
      expect(helpText(index, argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('trusts dist/ only when it was built after every change to src/ and the build script', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'duiding-bin-'));
    const url = pathToFileURL(`${root}/`);
    const at = (file: string, seconds: number) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      if (!fs.existsSync(path.join(root, file))) fs.writeFileSync(path.join(root, file), '');
      fs.utimesSync(path.join(root, file), seconds, seconds);
    };
    try {
      at('src/cli/main.ts', 1000);
      at('src/db/deep/nested.ts', 1000);
      at('scripts/build.mjs', 1000);
      expect(distIsFresh(url)).toBe(false); // never built
      at('dist/build-stamp', 2000);
      expect(distIsFresh(url)).toBe(true);
      at('src/db/deep/nested.ts', 3000); // an edit deep in src
      expect(distIsFresh(url)).toBe(false);
      at('dist/build-stamp', 4000);
      expect(distIsFresh(url)).toBe(true);
      at('scripts/build.mjs', 5000); // a changed build
      expect(distIsFresh(url)).toBe(false);
      fs.rmSync(path.join(root, 'src'), { recursive: true });
      fs.rmSync(path.join(root, 'scripts'), { recursive: true });
      expect(distIsFresh(url)).toBe(true); // an installed package without sources
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

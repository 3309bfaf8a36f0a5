// The ZIP writer is checked by an independent reader: Python's zipfile (CRC, sizes, UTF-8 names).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../src/domain/archive/zip.ts';

const python = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!python)('zip', () => {
  it('writes an archive that another reader opens with the same contents', () => {
    const big = 'verhaal,"met ""quotes""",€ 1.250\n'.repeat(5000);
    const archive = zip(
      [
        { name: 'LEESMIJ.txt', data: 'Hallo' },
        { name: 'verhalen/zo-thuis.csv', data: big },
        { name: 'tabellen/één.json', data: Buffer.from([0, 1, 2, 255]) },
        { name: 'leeg.txt', data: '' },
      ],
      new Date('2026-11-25T10:30:00Z'),
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zip-')), 'a.zip');
    fs.writeFileSync(file, archive);
    const script = `import zipfile, sys, json
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps({i.filename: [len(z.read(i)), list(z.read(i)[:4]), i.date_time[:3]] for i in z.infolist()}))`;
    const listing = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
    expect(listing['LEESMIJ.txt'][0]).toBe(5);
    expect(listing['verhalen/zo-thuis.csv'][0]).toBe(Buffer.byteLength(big));
    expect(listing['tabellen/één.json'][1]).toEqual([0, 1, 2, 255]);
    expect(listing['leeg.txt'][0]).toBe(0);
    expect(listing['LEESMIJ.txt'][2]).toEqual([2026, 11, 25]);
    // Deflate actually compresses the repetitive CSV.
    expect(archive.length).toBeLessThan(Buffer.byteLength(big) / 10);
  });
});

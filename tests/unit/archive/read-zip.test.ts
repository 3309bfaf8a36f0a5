// Reading a ZIP to restore from: what our writer made comes back byte for byte; a truncated
// archive and a changed byte inside a deflated entry are refused, naming the archive or the entry;
// and each table row is checked against its columns with file, row and field.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../src/domain/archive/read-zip.ts';
import { checkTableRows, type ColumnInfo } from '../../../src/domain/archive/row-check.ts';
import { zip } from '../../../src/domain/archive/zip.ts';

describe('readZip', () => {
  const archive = zip([
    { name: 'gemeente.json', data: '{"slug":"x"}' },
    { name: 'tabellen/stories.json', data: JSON.stringify([{ title: 'één "twee"' }]).repeat(50) },
  ]);

  it('returns every entry as written', () => {
    const { files, problems } = readZip(archive, 'a.zip');
    expect(problems).toEqual([]);
    expect(files.get('gemeente.json')!.toString()).toBe('{"slug":"x"}');
    expect(files.get('tabellen/stories.json')!.toString()).toBe(JSON.stringify([{ title: 'één "twee"' }]).repeat(50));
  });

  it('refuses a truncated archive, naming it', () => {
    const { problems } = readZip(archive.subarray(0, archive.length - 30), 'a.zip');
    expect(problems).toEqual([expect.objectContaining({ file: 'a.zip', code: 'damaged-zip' })]);
  });

  it('refuses an entry whose content no longer matches its CRC, naming the entry', () => {
    // Same compressed length, different content: only the CRC can tell.
    const good = zip([{ name: 't.json', data: '[1,2,3]' }]);
    const other = deflateRawSync(Buffer.from('[1,2,4]'));
    const original = deflateRawSync(Buffer.from('[1,2,3]'));
    expect(other.length).toBe(original.length);
    const damaged = Buffer.from(good);
    other.copy(damaged, 30 + 't.json'.length);
    const { problems } = readZip(damaged, 'a.zip');
    expect(problems).toEqual([expect.objectContaining({ file: 't.json', code: 'damaged-zip' })]);
  });
});

describe('checkTableRows', () => {
  const columns: ColumnInfo[] = [
    { name: 'tenant_id', type: 'uuid', required: true, generated: false },
    { name: 'id', type: 'uuid', required: true, generated: false },
    { name: 'collected_at', type: 'timestamptz', required: true, generated: false },
    { name: 'options', type: '_text', required: false, generated: false },
    { name: 'number', type: 'float8', required: false, generated: false },
    { name: 'search', type: 'tsvector', required: false, generated: true },
  ];
  const good = {
    tenant_id: 'ignored',
    id: '3f1d2c4b-1111-4222-8333-444455556666',
    collected_at: '2026-03-05T10:00:00.000Z',
    options: ['a'],
    number: 2.5,
    search: "'x'",
  };

  it('accepts rows as the export writes them (tenant_id is replaced, generated columns ignored)', () => {
    expect(checkTableRows('tabellen/s.json', [good, { ...good, options: null, number: null }], columns, 100)).toEqual([]);
  });

  it('names file, row and field for each wrong value, missing value and unknown column', () => {
    const problems = checkTableRows(
      'tabellen/s.json',
      [good, { ...good, collected_at: 'gisteren', number: 'veel' }, { ...good, id: undefined, extra: 1 }],
      columns,
      100,
    );
    expect(problems.map((p) => [p.file, p.field, p.code])).toEqual([
      ['tabellen/s.json', '[1].collected_at', 'wrong-type'],
      ['tabellen/s.json', '[1].number', 'wrong-type'],
      ['tabellen/s.json', '[2].extra', 'unknown-column'],
      ['tabellen/s.json', '[2].id', 'missing'],
    ]);
    expect(problems[0].nl).toBe('rij 2: "gisteren" is geen geldige datum');
  });

  it('refuses a file that is not a list', () => {
    expect(checkTableRows('tabellen/s.json', { rows: [] }, columns, 100)[0].code).toBe('not-a-list');
  });
});

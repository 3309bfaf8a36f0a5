// CSV dialects: Excel's Dutch CSV (semicolon, decimal comma, BOM or Windows-1252) is recognised and
// said; invalid UTF-8 in a file that is not recognisably Windows-1252 is still refused.
import { describe, expect, it } from 'vitest';
import { describeDialect, detectSeparator, standardDialect } from '../../../src/domain/csv/dialect.ts';
import { type CsvParseError, readCsv } from '../../../src/domain/csv/reader.ts';
import { readNumber } from '../../../src/domain/stories/cells.ts';

/** Reads byte chunks as a file stream gives them; returns the records and the dialect found. */
async function read(...chunks: (string | number[])[]) {
  const dialect = standardDialect();
  const bytes = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'latin1') : Buffer.from(c)));
  const records: string[][] = [];
  let error: CsvParseError | undefined;
  try {
    for await (const r of readCsv(
      (async function* () {
        yield* bytes;
      })(),
      { detect: dialect },
    ))
      records.push(r.fields);
  } catch (e) {
    error = e as CsvParseError;
  }
  return { records, dialect, error };
}

describe('CSV dialect detection', () => {
  it('reads an Excel "CSV (puntkomma)" file: semicolons, decimal comma, Windows-1252 é', async () => {
    // As Excel in a Dutch Windows saves it: CRLF, ; and an é as the single byte 0xE9.
    const { records, dialect, error } = await read('indicator;area;period;value;provider\r\njeugd;GM0479;2025;1,5;Caf', [0xe9], '\r\n');
    expect(error).toBeUndefined();
    expect(records).toEqual([
      ['indicator', 'area', 'period', 'value', 'provider'],
      ['jeugd', 'GM0479', '2025', '1,5', 'Café'],
    ]);
    expect(dialect).toEqual({ separator: ';', decimalComma: true, encoding: 'windows-1252', bom: false });
    expect(describeDialect(dialect)).toBe('puntkomma, decimaalkomma, Windows-1252');
    expect(describeDialect(dialect, 'en')).toBe('semicolon, decimal comma, Windows-1252');
  });

  it('reads a "CSV UTF-8" file with a byte-order mark', async () => {
    const { records, dialect } = await read([0xef, 0xbb, 0xbf], 'a;b\r\n', [0x43, 0x61, 0x66, 0xc3, 0xa9], ';2,25\r\n');
    expect(records).toEqual([
      ['a', 'b'],
      ['Café', '2,25'],
    ]);
    expect(dialect).toEqual({ separator: ';', decimalComma: true, encoding: 'utf-8', bom: true });
    expect(describeDialect(dialect)).toBe('puntkomma, decimaalkomma, UTF-8 met BOM');
  });

  it('decides on the first non-ASCII byte, even when it is cut between two chunks', async () => {
    const utf8 = await read('a,b\nx,', [0xc3], [0xa9, 0x0a]);
    expect(utf8.records).toEqual([
      ['a', 'b'],
      ['x', 'é'],
    ]);
    expect(utf8.dialect.encoding).toBe('utf-8');
    const latin = await read('a,b\nx,caf', [0xe9], '\nna,ïef\n'.replace('ï', '\u00ef'));
    expect(latin.dialect.encoding).toBe('windows-1252');
    expect(latin.records.at(-1)).toEqual(['na', 'ïef']);
  });

  it('still refuses bytes that are not UTF-8 in a file that started as UTF-8', async () => {
    const { records, error } = await read('a,b\nx,', [0xc3, 0xa9], '\ny,', [0xe9], '\n');
    expect(records).toEqual([
      ['a', 'b'],
      ['x', 'é'],
    ]);
    expect(error?.problem).toMatchObject({ code: 'invalid-utf8', line: 3 });
  });

  it('refuses a byte Windows-1252 does not define', async () => {
    const { error, dialect } = await read('a,b\nx,', [0xe9], '\ny,', [0x81], '\n');
    expect(dialect.encoding).toBe('windows-1252');
    expect(error?.problem).toMatchObject({ code: 'invalid-windows-1252', line: 3 });
  });

  it('keeps the standard dialect for a plain file', async () => {
    const { records, dialect } = await read('indicator,area,period,value\nx,GM0479,2025,1.5\n');
    expect(records[1]).toEqual(['x', 'GM0479', '2025', '1.5']);
    expect(dialect).toEqual(standardDialect());
  });

  it('picks the separator from the header, ignoring quoted text', () => {
    expect(detectSeparator('a;b;c')).toBe(';');
    expect(detectSeparator('"a;b";c,d')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('a')).toBe(',');
  });
});

describe('numbers with a decimal comma', () => {
  it('reads 1,5 as one and a half only in the Dutch dialect', () => {
    expect(readNumber('1,5', true)).toBe(1.5);
    expect(readNumber('-0,25', true)).toBe(-0.25);
    expect(readNumber('12.5', true)).toBe(12.5);
    expect(readNumber('1,5')).toMatchObject({ code: 'decimal-comma' });
  });

  it('refuses a possible thousands separator instead of guessing', () => {
    expect(readNumber('1.234', true)).toMatchObject({ code: 'thousands-separator' });
    expect(readNumber('1.234,5', true)).toMatchObject({ code: 'thousands-separator', nl: expect.stringContaining('schrijf 1234,5') });
    expect(readNumber('1,2,3', true)).toMatchObject({ code: 'not-a-number' });
  });
});

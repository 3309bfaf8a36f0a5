// The CSV dialects Duiding reads (docs/formats.md "CSV dialects"): the standard one (comma, decimal
// point, UTF-8) and Excel's Dutch one (semicolon, decimal comma, saved as "CSV (puntkomma)" in
// Windows-1252, or as "CSV UTF-8" with a byte-order mark). The reader detects the dialect and
// fills in a CsvDialect, so an import can say which one it used.

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvDialect {
  separator: CsvSeparator;
  /** `1,5` is one and a half: Excel writes a decimal comma whenever it separates with `;`. */
  decimalComma: boolean;
  encoding: 'utf-8' | 'windows-1252';
  /** The file started with a UTF-8 byte-order mark. */
  bom: boolean;
}

export function standardDialect(): CsvDialect {
  return { separator: ',', decimalComma: false, encoding: 'utf-8', bom: false };
}

/**
 * The separator of a file, from its first line (the header): the one of `,` `;` TAB that occurs
 * most often outside quotes; a tie or none at all is a comma. Header names never contain `;`
 * (keys cannot), so a Dutch Excel header like `indicator;area;period;value` decides at once.
 */
export function detectSeparator(firstLine: string): CsvSeparator {
  const count = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) count[ch]++;
  }
  if (count[';'] > count[','] && count[';'] >= count['\t']) return ';';
  if (count['\t'] > count[','] && count['\t'] > count[';']) return '\t';
  return ',';
}

/** The five bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252 text. */
export const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** "komma, decimaalpunt, UTF-8" / "puntkomma, decimaalkomma, Windows-1252" for messages. */
export function describeDialect(d: CsvDialect, language: 'nl' | 'en' = 'nl'): string {
  const nl = language === 'nl';
  const separator = { ',': nl ? 'komma' : 'comma', ';': nl ? 'puntkomma' : 'semicolon', '\t': 'tab' }[d.separator];
  const decimal = d.decimalComma ? (nl ? 'decimaalkomma' : 'decimal comma') : nl ? 'decimaalpunt' : 'decimal point';
  const encoding = d.encoding === 'windows-1252' ? 'Windows-1252' : d.bom ? (nl ? 'UTF-8 met BOM' : 'UTF-8 with BOM') : 'UTF-8';
  return `${separator}, ${decimal}, ${encoding}`;
}

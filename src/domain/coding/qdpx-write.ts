// A REFI-QDA project (QDPX, the exchange format of ATLAS.ti, MAXQDA, NVivo and others; schema
// Project-mrt2019.xsd, namespace urn:QDA-XML:project:1.0): the stories as text sources, the
// codebook (children nested in their parent) and the codings — a passage as a PlainTextSelection
// with its Coding, a whole story as a Coding on the TextSource itself. Pure: the service zips it.
//
// Positions in REFI-QDA count characters (Unicode code points); Duiding stores UTF-16 offsets, so
// they are converted here and back in qdpx-read.ts (they differ only around emoji and other
// characters beyond U+FFFF).

export interface QdpxCode {
  guid: string;
  name: string;
  description: string;
  children: QdpxCode[];
}

interface QdpxCoding {
  guid: string;
  codeGuid: string;
  user: string;
  /** UTF-16 offsets into the text; null = the whole story. */
  start: number | null;
  end: number | null;
  createdAt: Date;
}

interface QdpxSource {
  guid: string;
  /** The story's story_id. */
  name: string;
  text: string;
  codings: QdpxCoding[];
}

export interface QdpxProject {
  name: string;
  users: { guid: string; name: string }[];
  codes: QdpxCode[];
  sources: QdpxSource[];
  createdAt: Date;
}

/** Inside the ZIP, beside project.qde; plainTextPath refers to it as internal://FILE. */
export const sourceFile = (guid: string) => `${guid}.txt`;

export function projectXml(project: QdpxProject): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="utf-8"?>');
  out.push(`<Project xmlns="urn:QDA-XML:project:1.0" name="${attr(project.name)}" origin="Duiding" creationDateTime="${iso(project.createdAt)}">`);
  if (project.users.length > 0) {
    out.push('<Users>');
    for (const user of project.users) out.push(`<User guid="${user.guid}" name="${attr(user.name)}"/>`);
    out.push('</Users>');
  }
  if (project.codes.length > 0) {
    out.push('<CodeBook><Codes>');
    for (const code of project.codes) writeCode(code, out);
    out.push('</Codes></CodeBook>');
  }
  if (project.sources.length > 0) {
    out.push('<Sources>');
    for (const source of project.sources) writeSource(source, out);
    out.push('</Sources>');
  }
  out.push('</Project>');
  return `${out.join('\n')}\n`;
}

function writeCode(code: QdpxCode, out: string[]): void {
  const inner = code.description !== '' || code.children.length > 0;
  const open = `<Code guid="${code.guid}" name="${attr(code.name)}" isCodable="true"`;
  if (!inner) {
    out.push(`${open}/>`);
    return;
  }
  out.push(`${open}>`);
  if (code.description !== '') out.push(`<Description>${text(code.description)}</Description>`);
  for (const child of code.children) writeCode(child, out);
  out.push('</Code>');
}

function writeSource(source: QdpxSource, out: string[]): void {
  out.push(`<TextSource guid="${source.guid}" name="${attr(source.name)}" plainTextPath="internal://${sourceFile(source.guid)}">`);
  const coding = (c: QdpxCoding) =>
    `<Coding guid="${c.guid}" creatingUser="${c.user}" creationDateTime="${iso(c.createdAt)}"><CodeRef targetGUID="${c.codeGuid}"/></Coding>`;
  for (const c of source.codings.filter((x) => x.start !== null)) {
    const start = codePoints(source.text, c.start!);
    const end = codePoints(source.text, c.end!);
    // The selection gets its own GUID, derived from the coding's so that it is stable across exports.
    out.push(
      `<PlainTextSelection guid="${selectionGuid(c.guid)}" startPosition="${start}" endPosition="${end}" creatingUser="${c.user}" creationDateTime="${iso(c.createdAt)}">`,
    );
    out.push(coding(c));
    out.push('</PlainTextSelection>');
  }
  for (const c of source.codings.filter((x) => x.start === null)) out.push(coding(c));
  out.push('</TextSource>');
}

/** The number of code points in text[0, utf16Offset). */
export function codePoints(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Offset) i++;
    count++;
  }
  return count;
}

/** The UTF-16 offset of code point `position`, or null when the text is shorter. */
export function utf16Offset(text: string, position: number): number | null {
  let i = 0;
  for (let p = 0; p < position; p++) {
    if (i >= text.length) return null;
    const unit = text.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

function selectionGuid(codingGuid: string): string {
  // Flip the last hex digit: a different, still valid, GUID that is the same on every export.
  const last = codingGuid.slice(-1);
  return codingGuid.slice(0, -1) + (last === 'f' ? 'e' : 'f');
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** XML 1.0 allows no control characters except tab, newline and carriage return. */
function clean(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

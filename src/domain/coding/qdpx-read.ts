// Reads the codes and codings of a REFI-QDA project (project.qde inside a .qdpx). Pure: the
// service unzips and hands over the XML and the source files. Every problem names the element
// (and its GUID or name) it was found in; nothing is half-read.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Problem } from '../problems.ts';
import { clip } from './codebook.ts';
import { utf16Offset } from './qdpx-write.ts';

export interface ReadCode {
  guid: string;
  name: string;
  description: string;
  /** GUID of the parent code, null at the top. */
  parent: string | null;
}

interface ReadCoding {
  codeGuid: string;
  /** The creating user's GUID, or null when the file does not say. */
  user: string | null;
  /** UTF-16 offsets into the source text; null = the whole source. */
  start: number | null;
  end: number | null;
  /** Where in the file, for messages: `<PlainTextSelection guid="…">`. */
  element: string;
}

interface ReadSource {
  guid: string;
  name: string;
  text: string;
  codings: ReadCoding[];
}

export interface ReadProject {
  codes: ReadCode[];
  sources: ReadSource[];
  users: Map<string, string>;
  creatingUser: string | null;
}

const FILE = 'project.qde';
const ARRAYS = new Set(['User', 'Code', 'TextSource', 'PlainTextSelection', 'Coding', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']);
const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

type Node = Record<string, unknown>;

/** `files` holds the ZIP's other entries by name (sources/…); a text source may point into them. */
export function readProject(xml: string, files: ReadonlyMap<string, string>): { project: ReadProject | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (element: string, code: string, nl: string, en: string) => problems.push({ file: FILE, field: element, code, nl, en });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return {
      project: null,
      problems: [
        {
          file: FILE,
          line: valid.err.line,
          column: `${valid.err.col}`,
          code: 'invalid-xml',
          nl: `geen geldige XML: ${valid.err.msg}`,
          en: `not valid XML: ${valid.err.msg}`,
        },
      ],
    };
  }
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    isArray: (name) => ARRAYS.has(name),
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  }).parse(xml) as Node;
  const root = parsed.Project as Node | undefined;
  if (!root || typeof root !== 'object') {
    return {
      project: null,
      problems: [
        {
          file: FILE,
          code: 'no-project',
          nl: 'het bestand heeft geen <Project>-element: is dit een REFI-QDA-project?',
          en: 'the file has no <Project> element: is this a REFI-QDA project?',
        },
      ],
    };
  }
  const guid = (node: Node, element: string): string | null => {
    const value = node['@guid'];
    if (typeof value !== 'string' || !GUID.test(value)) {
      problem(
        element,
        'invalid-guid',
        `<${element}> heeft geen geldige guid ("${clip(String(value ?? ''))}")`,
        `<${element}> has no valid guid ("${clip(String(value ?? ''))}")`,
      );
      return null;
    }
    return normalGuid(value);
  };

  const users = new Map<string, string>();
  for (const user of list((root.Users as Node | undefined)?.User)) {
    const id = guid(user, 'User');
    if (id) users.set(id, String(user['@name'] ?? ''));
  }

  const codes: ReadCode[] = [];
  const walk = (nodes: Node[], parent: string | null, depth: number) => {
    for (const node of nodes) {
      const id = guid(node, 'Code');
      const name = typeof node['@name'] === 'string' ? node['@name'].trim() : '';
      const where = `Code guid="${id ?? '?'}"`;
      if (name === '') problem(where, 'no-name', `<${where}> heeft geen naam`, `<${where}> has no name`);
      if (depth > 2) {
        problem(
          where,
          'too-deep',
          `<${where}> ("${clip(name)}") ligt op niveau ${depth}; een codeboek in Duiding heeft hoogstens twee niveaus`,
          `<${where}> ("${clip(name)}") is at level ${depth}; a Duiding codebook has two levels at most`,
        );
      }
      if (id && codes.some((c) => c.guid === id)) problem(where, 'duplicate-guid', `<${where}> komt twee keer voor`, `<${where}> occurs twice`);
      if (id) codes.push({ guid: id, name, description: typeof node.Description === 'string' ? node.Description.trim() : '', parent });
      walk(list(node.Code), id, depth + 1);
    }
  };
  walk(list(((root.CodeBook as Node | undefined)?.Codes as Node | undefined)?.Code), null, 1);
  const known = new Set(codes.map((c) => c.guid));

  const sources: ReadSource[] = [];
  const sourceNodes = (root.Sources as Node | undefined) ?? {};
  for (const kind of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
    if (list(sourceNodes[kind]).length > 0)
      problem(
        kind,
        'unsupported-source',
        `<${kind}> wordt overgeslagen: Duiding leest alleen tekstbronnen`,
        `<${kind}> is not read: Duiding reads text sources only`,
      );
  }
  for (const node of list(sourceNodes.TextSource)) {
    const id = guid(node, 'TextSource');
    const name = String(node['@name'] ?? '');
    const where = `TextSource name="${clip(name)}"`;
    const text = sourceText(node, files);
    if (text === null) {
      problem(
        where,
        'no-text',
        `<${where}> heeft geen tekst (PlainTextContent of een bestaand plainTextPath)`,
        `<${where}> has no text (PlainTextContent or an existing plainTextPath)`,
      );
      continue;
    }
    const codings: ReadCoding[] = [];
    const codingsOf = (holder: Node, start: number | null, end: number | null, element: string, fallbackUser: string | null) => {
      for (const coding of list(holder.Coding)) {
        const target = (coding.CodeRef as Node | undefined)?.['@targetGUID'];
        const codeGuid = typeof target === 'string' && GUID.test(target) ? normalGuid(target) : null;
        if (!codeGuid || !known.has(codeGuid)) {
          problem(
            element,
            'unknown-code',
            `<${element}>: de CodeRef wijst naar een code die niet in het codeboek staat ("${clip(String(target ?? ''))}")`,
            `<${element}>: the CodeRef points to a code not in the codebook ("${clip(String(target ?? ''))}")`,
          );
          continue;
        }
        const user = userOf(coding['@creatingUser']) ?? fallbackUser;
        codings.push({ codeGuid, user, start, end, element });
      }
    };
    for (const selection of list(node.PlainTextSelection)) {
      const element = `PlainTextSelection guid="${String(selection['@guid'] ?? '?')}"`;
      const start = integer(selection['@startPosition']);
      const end = integer(selection['@endPosition']);
      const from = start === null ? null : utf16Offset(text, start);
      const to = end === null ? null : utf16Offset(text, end);
      if (start === null || end === null) {
        problem(
          element,
          'invalid-position',
          `<${element}>: startPosition en endPosition moeten gehele getallen vanaf 0 zijn`,
          `<${element}>: startPosition and endPosition must be whole numbers from 0`,
        );
      } else if (start >= end) {
        problem(
          element,
          'empty-span',
          `<${element}>: startPosition (${start}) moet vóór endPosition (${end}) liggen`,
          `<${element}>: startPosition (${start}) must come before endPosition (${end})`,
        );
      } else if (from === null || to === null) {
        problem(
          element,
          'past-end',
          `<${element}>: endPosition (${end}) ligt voorbij het einde van de tekst van "${clip(name)}"`,
          `<${element}>: endPosition (${end}) lies past the end of the text of "${clip(name)}"`,
        );
      } else codingsOf(selection, from, to, element, userOf(selection['@creatingUser']));
    }
    codingsOf(node, null, null, where, userOf(node['@creatingUser']));
    if (id) sources.push({ guid: id, name, text, codings });
  }
  const creatingUser = userOf(root['@creatingUserGUID']);
  // Media sources are noted, not refused: a project may mix them with text.
  if (problems.some((p) => p.code !== 'unsupported-source')) return { project: null, problems };
  return { project: { codes, sources, users, creatingUser }, problems };
}

function sourceText(node: Node, files: ReadonlyMap<string, string>): string | null {
  if (typeof node.PlainTextContent === 'string') return node.PlainTextContent;
  const path = node['@plainTextPath'];
  if (typeof path !== 'string') return null;
  // internal://NAME.txt lives in the ZIP's sources folder; a relative path is taken as given.
  const name = path.startsWith('internal://') ? `sources/${path.slice('internal://'.length)}` : path.replace(/^\.?\//, '');
  return files.get(name) ?? null;
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
}

function integer(value: unknown): number | null {
  return typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : null;
}

function userOf(value: unknown): string | null {
  return typeof value === 'string' && GUID.test(value) ? normalGuid(value) : null;
}

/** {ABC…} and abc… are one GUID. */
function normalGuid(value: string): string {
  return value.replace(/[{}]/g, '').toLowerCase();
}

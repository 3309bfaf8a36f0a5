// Indicator definitions (key, name, unit, direction, source, definition, domain) from CSV rows or JSON.
// Only key and name are required; the rest defaults to "" and direction to "none".
import type { CsvRecord } from '../csv/reader.ts';
import { neutraliseFormula, restoreFormula } from '../csv/formula.ts';
import type { Problem } from '../problems.ts';
import { JsonChecker } from '../questionnaire/parse-support.ts';
import type { CellMessage } from '../stories/cells.ts';
import { ColumnMap } from './columns.ts';
import { DIRECTIONS, type Direction, type IndicatorDefinition } from './types.ts';

export const DEFINITION_COLUMNS = ['key', 'name', 'unit', 'direction', 'source', 'definition', 'domain'] as const;
const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Dutch headers a spreadsheet may use instead (docs/formats.md). */
const DEFINITION_ALIASES: Record<string, string> = {
  sleutel: 'key',
  naam: 'name',
  eenheid: 'unit',
  richting: 'direction',
  bron: 'source',
  definitie: 'definition',
  domein: 'domain',
};
/** The registry's words for a direction, as the import page and templates spell them. */
const DUTCH_DIRECTIONS: Record<string, Direction> = { 'hoger is beter': 'up', 'lager is beter': 'down', 'geen van beide': 'none' };
const TEXT_FIELDS = ['unit', 'source', 'definition', 'domain'] as const;

function checkKey(key: string): CellMessage | null {
  if (key === '') return { code: 'empty', nl: 'de sleutel is leeg', en: 'the key is empty' };
  if (!KEY.test(key))
    return {
      code: 'invalid-key',
      nl: `"${key}" is geen geldige indicatorsleutel: gebruik alleen letters, cijfers, _ en -`,
      en: `"${key}" is not a valid indicator key: use only letters, digits, _ and -`,
    };
  return null;
}

function checkDirection(text: string): Direction | CellMessage {
  if (text === '') return 'none';
  if ((DIRECTIONS as readonly string[]).includes(text)) return text as Direction;
  const dutch = DUTCH_DIRECTIONS[text.toLowerCase()];
  if (dutch) return dutch;
  return {
    code: 'invalid-direction',
    nl: `"${text}" is geen richting; kies up (hoger is beter), down (lager is beter) of none`,
    en: `"${text}" is not a direction; choose up (higher is better), down (lower is better) or none`,
  };
}

function duplicate(key: string): CellMessage {
  return { code: 'duplicate-key', nl: `indicator "${key}" komt vaker voor`, en: `indicator "${key}" occurs more than once` };
}

export class DefinitionRowDecoder {
  private readonly columns: ColumnMap;
  private readonly seen = new Set<string>();

  constructor(header: CsvRecord, file: string) {
    this.columns = new ColumnMap(header, file, DEFINITION_COLUMNS, ['key', 'name'], DEFINITION_ALIASES);
  }

  get headerProblems(): Problem[] {
    return this.columns.headerProblems;
  }

  /** On failure `key` is still the row's key when that key itself is fine. */
  decode(record: CsvRecord): { definition: IndicatorDefinition; problems: [] } | { definition: null; problems: Problem[]; key?: string } {
    const row = this.columns.row(record);
    if (!row) return { definition: null, problems: this.columns.fieldCountProblem(record) };
    const key = row.cell('key').trim();
    const keyProblem = checkKey(key) ?? (this.seen.has(key) ? duplicate(key) : null);
    if (keyProblem) row.problem('key', keyProblem);
    const name = restoreFormula(row.cell('name').trim());
    if (name === '') row.problem('name', { code: 'empty', nl: 'de naam is leeg', en: 'the name is empty' });
    const direction = checkDirection(row.cell('direction').trim());
    if (typeof direction !== 'string') row.problem('direction', direction);
    if (row.problems.length > 0 || typeof direction !== 'string') return { definition: null, problems: row.problems, ...(keyProblem ? {} : { key }) };
    this.seen.add(key);
    const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, restoreFormula(row.cell(f).trim())])) as Record<(typeof TEXT_FIELDS)[number], string>;
    return { definition: { key, name, direction, ...text }, problems: [] };
  }
}

export function encodeDefinitionRow(d: IndicatorDefinition): string[] {
  // Free text is neutralised against spreadsheet formulas (csv/formula.ts); keys never need it.
  const text = neutraliseFormula;
  return [d.key, text(d.name), text(d.unit), d.direction, text(d.source), text(d.definition), text(d.domain)];
}

/** An array of definitions, or {"definitions": [...]}. */
export function parseDefinitionsJson(json: unknown, file?: string): { ok: true; value: IndicatorDefinition[] } | { ok: false; problems: Problem[] } {
  const c = new JsonChecker(file);
  const wrapped = typeof json === 'object' && json !== null && !Array.isArray(json);
  const base = wrapped ? 'definitions' : '';
  const list = c.array(wrapped ? (json as Record<string, unknown>).definitions : json, wrapped ? 'definitions' : '$');
  if (!list) return { ok: false, problems: c.problems };
  const seen = new Set<string>();
  const out: IndicatorDefinition[] = [];
  list.forEach((entry, i) => {
    const at = `${base}[${i}]`;
    const o = c.object(entry, at);
    if (!o) return;
    const before = c.problems.length;
    const key = c.string(o.key, `${at}.key`);
    const keyProblem = key === null ? null : (checkKey(key) ?? (seen.has(key) ? duplicate(key) : null));
    if (keyProblem) c.add(`${at}.key`, keyProblem.code, keyProblem.nl, keyProblem.en);
    const name = c.string(o.name, `${at}.name`);
    let direction: Direction | CellMessage = 'none';
    if (o.direction !== undefined) {
      direction = typeof o.direction === 'string' ? checkDirection(o.direction) : checkDirection(String(o.direction) || '?');
      if (typeof direction !== 'string') c.add(`${at}.direction`, direction.code, direction.nl, direction.en);
    }
    const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
    for (const f of TEXT_FIELDS) {
      const v = o[f];
      if (v === undefined || v === null) text[f] = '';
      else if (typeof v === 'string') text[f] = v;
      else c.add(`${at}.${f}`, 'not-a-string', 'hier hoort tekst', 'expected text');
    }
    if (c.problems.length > before || key === null || name === null || typeof direction !== 'string') return;
    seen.add(key);
    out.push({ key, name, direction, unit: text.unit!, source: text.source!, definition: text.definition!, domain: text.domain! });
  });
  return c.problems.length > 0 ? { ok: false, problems: c.problems } : { ok: true, value: out };
}

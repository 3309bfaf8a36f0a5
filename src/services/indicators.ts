// Import and export of cold data (duiding.indicators/v1): observations and definitions.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { ensureDefinitions, listDefinitions, listObservations, upsertDefinitions, upsertObservations } from '../db/repositories/indicators.repository.ts';
import { neutraliseFormula } from '../domain/csv/formula.ts';
import { csvRow } from '../domain/csv/writer.ts';
import {
  DefinitionRowDecoder,
  DEFINITION_COLUMNS,
  detectIndicatorCsvKind,
  encodeDefinitionRow,
  encodeObservationRow,
  OBSERVATION_ALIASES,
  OBSERVATION_COLUMNS,
  ObservationRowDecoder,
  parseDefinitionsJson,
} from '../domain/indicators/csv-codec.ts';
import type { IndicatorDefinition, Observation } from '../domain/indicators/types.ts';
import { InputRejected, MAX_PROBLEMS, type Problem } from '../domain/problems.ts';
import { filterObservations, visibleProviders } from './auth/provider-scope.ts';
import { CONFIDENTIAL_CSV, indicatorParts, indicatorValue } from '../domain/disclosure/indicators.ts';
import { isSuppressed } from '../domain/privacy/suppression.ts';
import { readerPolicy } from './disclosure.ts';
import type { ServiceContext, TextSource } from './context.ts';
import { isBlankRecord } from './csv-problems.ts';
import { unknownAreaProblems } from './areas.ts';
import type { SheetSpec } from './tables/xlsx-write.ts';
import { placeProblems, readTable, startTableRead, tableReadProblem, type TableRead, type TableRecord } from './tables/table-source.ts';

export interface IndicatorsImportResult {
  /** "observations" when the file held any, else "definitions". */
  kind: 'observations' | 'definitions';
  /** Observations read (or, for a definitions file, definitions read). */
  rows: number;
  /** Definitions read from the file(s), all of them. */
  definitions: number;
  /** Keys that had no definition before this import. */
  definitionsCreated: string[];
  /** How the (main) file was read: CSV with its dialect, or XLSX with its sheets. */
  read?: TableRead;
}

export interface IndicatorsImportOptions {
  /** A separate file of definitions (CSV, XLSX, or JSON as parsed definitions). */
  definitions?: TextSource | { file: string; json: unknown };
}

interface ParsedIndicatorFile {
  problems: Problem[];
  observations: { observation: Observation; record: TableRecord; header: TableRecord }[];
  /** Every well-formed indicator key an observation row names, also of rows with other problems. */
  named: { key: string; record: TableRecord; header: TableRecord }[];
  definitions: IndicatorDefinition[];
  /** Keys the file defines, also on definition rows with other problems (not "unknown" then). */
  definedKeys: Set<string>;
  read: TableRead;
}

const MISSING_HEADER_COLUMN = 'missing-column';

/**
 * Reads one indicator file, CSV or XLSX, completely: every sheet of a workbook is a table of
 * observations or definitions (told apart by its header), and every problem of every row is
 * collected, not only the first. Observation files are small (areas × periods × indicators:
 * thousands of rows, not millions), so they are checked in memory and then written at once.
 */
async function parseIndicatorFile(source: TextSource): Promise<ParsedIndicatorFile> {
  const read = await startTableRead(source);
  const result: ParsedIndicatorFile = { problems: [], observations: [], named: [], definitions: [], definedKeys: new Set(), read };
  const add = (problems: Problem[]) => result.problems.push(...problems.slice(0, Math.max(0, MAX_PROBLEMS - result.problems.length)));
  // Known once the reader has seen the header line.
  const decimalComma = () => read.format === 'csv' && read.dialect.decimalComma;
  let decoder: ObservationRowDecoder | DefinitionRowDecoder | null = null;
  let header: TableRecord | undefined;
  let skipSheet = false;
  // One value per indicator, area, period and provider: a repeat would silently overwrite.
  const seen = new Map<string, TableRecord>();
  const definitionKeys = new Set<string>();
  try {
    for await (const record of readTable(source, read)) {
      if (header && record.sheet !== header.sheet) decoder = null; // a new sheet has its own header
      if (!decoder) {
        header = record;
        skipSheet = false;
        const kind = detectIndicatorCsvKind(record);
        if (!kind) {
          add(
            placeProblems(
              [
                {
                  file: source.name,
                  line: record.line,
                  code: 'unknown-indicator-header',
                  nl: 'onbekende kopregel: verwacht "indicator,area,period,value" (waarnemingen) of "key,name,unit,direction,source,definition,domain" (definities)',
                  en: 'unknown header: expected "indicator,area,period,value" (observations) or "key,name,unit,direction,source,definition,domain" (definitions)',
                },
              ],
              record,
            ),
          );
          // A CSV has one table; a workbook's other sheets may still be fine.
          if (read.format === 'csv') break;
          decoder = new DefinitionRowDecoder({ line: record.line, fields: ['key', 'name'] }, source.name);
          skipSheet = true;
          continue;
        }
        decoder = kind === 'observations' ? new ObservationRowDecoder(record, source.name, decimalComma()) : new DefinitionRowDecoder(record, source.name);
        add(placeProblems(decoder.headerProblems, record, header));
        // Unknown or doubled columns are reported and the rows still checked; without a
        // required column every row would only repeat that it is empty.
        if (decoder.headerProblems.some((p) => p.code === MISSING_HEADER_COLUMN)) skipSheet = true;
        continue;
      }
      if (skipSheet || isBlankRecord(record)) continue;
      const decoded = decoder.decode(padded(record, header!));
      const named = 'observation' in decoded ? (decoded.observation?.indicator ?? ('indicator' in decoded ? decoded.indicator : undefined)) : undefined;
      if (named !== undefined) result.named.push({ key: named, record, header: header! });
      const definedKey = 'definition' in decoded ? (decoded.definition?.key ?? ('key' in decoded ? decoded.key : undefined)) : undefined;
      if (definedKey !== undefined) result.definedKeys.add(definedKey);
      if (decoded.problems.length > 0) {
        add(placeProblems(decoded.problems, record, header));
      } else if ('observation' in decoded && decoded.observation) {
        const o = decoded.observation;
        const key = [o.indicator, o.area, o.period, o.provider ?? ''].join('|');
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          const where = earlier.sheet !== undefined ? `rij ${earlier.line}` : `regel ${earlier.line}`;
          const whereEn = earlier.sheet !== undefined ? `row ${earlier.line}` : `line ${earlier.line}`;
          add(
            placeProblems(
              [
                {
                  file: source.name,
                  line: record.line,
                  code: 'duplicate-observation',
                  nl: `"${o.indicator}" voor ${o.area} in ${o.period}${o.provider ? ` (${o.provider})` : ''} staat er twee keer in (ook op ${where})`,
                  en: `"${o.indicator}" for ${o.area} in ${o.period}${o.provider ? ` (${o.provider})` : ''} occurs twice (also on ${whereEn})`,
                },
              ],
              record,
              header,
            ),
          );
        } else seen.set(key, record);
        result.observations.push({ observation: o, record, header: header! });
      } else if ('definition' in decoded && decoded.definition) {
        const d = decoded.definition as IndicatorDefinition;
        // Keys are unique per file, across the sheets of a workbook too.
        if (definitionKeys.has(d.key)) {
          add(
            placeProblems(
              [
                {
                  file: source.name,
                  line: record.line,
                  column: 'key',
                  code: 'duplicate-key',
                  nl: `indicator "${d.key}" komt vaker voor`,
                  en: `indicator "${d.key}" occurs more than once`,
                },
              ],
              record,
              header,
            ),
          );
        }
        definitionKeys.add(d.key);
        result.definitions.push(d);
      }
    }
  } catch (error) {
    const problem = tableReadProblem(error, source.name, header);
    if (!problem) throw error;
    add([problem]);
  }
  if (!header && result.problems.length === 0) {
    add([{ file: source.name, code: 'empty-file', nl: 'het bestand is leeg (geen kopregel)', en: 'the file is empty (no header row)' }]);
  }
  return result;
}

/** A spreadsheet row stops at its last filled cell; the decoders want the header's width. */
function padded(record: TableRecord, header: TableRecord): TableRecord {
  if (record.sheet === undefined || record.fields.length >= header.fields.length) return record;
  return { ...record, fields: [...record.fields, ...Array<string>(header.fields.length - record.fields.length).fill('')] };
}

/**
 * Imports observations and/or definitions from a CSV or XLSX file, all or nothing. An
 * observation must name a known indicator: one already in the registry, or one the file itself
 * (or the `definitions` file) defines; every unknown key is reported with the row it first
 * appears on.
 */
export async function importIndicators(ctx: ServiceContext, source: TextSource, options: IndicatorsImportOptions = {}): Promise<IndicatorsImportResult> {
  const main = await parseIndicatorFile(source);
  const problems = [...main.problems];
  const definitions = [...main.definitions];
  if (options.definitions) {
    if ('json' in options.definitions) {
      const parsed = parseDefinitionsJson(options.definitions.json, options.definitions.file);
      if (parsed.ok) definitions.push(...parsed.value);
      else problems.push(...parsed.problems);
    } else {
      const extra = await parseIndicatorFile(options.definitions);
      problems.push(...extra.problems);
      definitions.push(...extra.definitions);
      for (const key of extra.definedKeys) main.definedKeys.add(key);
      if (extra.observations.length > 0) {
        const { record } = extra.observations[0]!;
        problems.push(
          ...placeProblems(
            [
              {
                file: options.definitions.name,
                line: record.line,
                code: 'observations-in-definitions',
                nl: 'dit bestand hoort alleen definities te bevatten (key,name,…), maar er staan waarnemingen in',
                en: 'this file should hold definitions only (key,name,…), but it holds observations',
              },
            ],
            record,
          ),
        );
      }
    }
  }
  const registry = new Set((await listDefinitions(ctx.db, ctx.tenantId)).map((d) => d.key));
  const defined = new Set(definitions.map((d) => d.key));
  problems.push(
    ...unknownIndicatorProblems(
      source.name,
      main.named,
      (key) => registry.has(key) || defined.has(key) || main.definedKeys.has(key),
      options.definitions !== undefined,
    ),
  );
  problems.push(
    ...(await unknownAreaProblems(
      ctx.db,
      ctx.tenantId,
      main.observations.map(({ observation, record, header }) => ({ code: observation.area, where: areaCell(source.name, record, header) })),
    )),
  );
  if (problems.length > 0) throw new InputRejected(problems.slice(0, MAX_PROBLEMS));

  const observations = main.observations.map((o) => o.observation);
  const created = [...defined].filter((key) => !registry.has(key));
  await ctx.db.transaction(async (tx) => {
    await upsertDefinitions(tx, ctx.tenantId, definitions);
    await upsertObservations(tx, ctx.tenantId, observations);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'indicators.import',
      detail: { observations: observations.length, definitions: definitions.length, definitionsCreated: created },
    });
  });
  const kind = observations.length > 0 || definitions.length === 0 ? 'observations' : 'definitions';
  return {
    kind,
    rows: kind === 'observations' ? observations.length : definitions.length,
    definitions: definitions.length,
    definitionsCreated: created,
    read: main.read,
  };
}

/** Where an observation's area code stands, for the register check (the header may say "gebied"). */
function areaCell(file: string, record: TableRecord, header: TableRecord): Problem {
  const column = header.fields.map((f) => f.trim()).find((f) => OBSERVATION_ALIASES[f.toLowerCase()] === 'area' || f.toLowerCase() === 'area') ?? 'area';
  return placeProblems([{ file, line: record.line, column, code: '', nl: '', en: '' }], record, header)[0]!;
}

/** One problem per unknown key, at the first row that names it, with how often it occurs. */
function unknownIndicatorProblems(file: string, rows: ParsedIndicatorFile['named'], known: (key: string) => boolean, hadDefinitionsFile: boolean): Problem[] {
  const unknown = new Map<string, { record: TableRecord; header: TableRecord; count: number }>();
  for (const { key, record, header } of rows) {
    if (known(key)) continue;
    const entry = unknown.get(key);
    if (entry) entry.count++;
    else unknown.set(key, { record, header, count: 1 });
  }
  return [...unknown].flatMap(([key, { record, header, count }]) =>
    placeProblems(
      [
        {
          file,
          line: record.line,
          column: 'indicator',
          code: 'unknown-indicator',
          nl: `indicator "${key}" is onbekend${count > 1 ? ` (${count} rijen)` : ''}: voeg eerst de definitie toe, in dit bestand (blad "definities") of met --definitions${hadDefinitionsFile ? ' (ook daar staat hij niet in)' : ''}`,
          en: `indicator "${key}" is unknown${count > 1 ? ` (${count} rows)` : ''}: add its definition first, in this file (sheet "definities") or with --definitions${hadDefinitionsFile ? ' (it is not there either)' : ''}`,
        },
      ],
      record,
      header,
    ),
  );
}

/** @deprecated name kept for callers of the CSV-only importer: it reads XLSX too. */
export const importIndicatorsCsv = (ctx: ServiceContext, source: TextSource) => importIndicators(ctx, source);

export async function importDefinitionsJson(ctx: ServiceContext, json: unknown, file?: string) {
  const parsed = parseDefinitionsJson(json, file);
  if (!parsed.ok) throw new InputRejected(parsed.problems);
  return saveDefinitions(ctx, parsed.value);
}

async function saveDefinitions(ctx: ServiceContext, definitions: IndicatorDefinition[]): Promise<IndicatorsImportResult> {
  const registry = new Set((await listDefinitions(ctx.db, ctx.tenantId)).map((d) => d.key));
  await ctx.db.transaction(async (tx) => {
    await upsertDefinitions(tx, ctx.tenantId, definitions);
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'indicators.import', detail: { definitions: definitions.length } });
  });
  return {
    kind: 'definitions',
    rows: definitions.length,
    definitions: definitions.length,
    definitionsCreated: definitions.map((d) => d.key).filter((key) => !registry.has(key)),
  };
}

/**
 * Observations of an indicator without a definition get a minimal one. Only for generated data
 * (the demo municipality, tests); files go through importIndicators, which refuses unknown keys.
 */
export async function saveObservations(ctx: ServiceContext, observations: Observation[]): Promise<IndicatorsImportResult> {
  const known = new Set((await listDefinitions(ctx.db, ctx.tenantId)).map((d) => d.key));
  const missing = [...new Set(observations.map((o) => o.indicator))].filter((key) => !known.has(key));
  await ctx.db.transaction(async (tx) => {
    await ensureDefinitions(
      tx,
      ctx.tenantId,
      missing.map((key) => ({ key, name: key, unit: '', direction: 'none', source: '', definition: '', domain: '' })),
    );
    await upsertObservations(tx, ctx.tenantId, observations);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'indicators.import',
      detail: { observations: observations.length, definitionsCreated: missing },
    });
  });
  return { kind: 'observations', rows: observations.length, definitions: 0, definitionsCreated: missing };
}

export async function exportObservationsCsv(ctx: ServiceContext, indicatorKey?: string): Promise<string> {
  const rows = filterObservations(await listObservations(ctx.db, ctx.tenantId, indicatorKey), await visibleProviders(ctx));
  const policy = await readerPolicy(ctx);
  if (!policy.apply) return csvRow([...OBSERVATION_COLUMNS]) + rows.map((o) => csvRow(encodeObservationRow(o))).join('');
  // The council and providers get what the monitor shows them: no numerators or denominators,
  // and a value resting on a small numerator as CBS's "x" (geheim), never the number.
  return (
    csvRow([...OBSERVATION_COLUMNS]) +
    rows
      .map((o) => {
        const value = indicatorValue(o, policy);
        const cells = encodeObservationRow({ ...indicatorParts(o, policy), value: typeof value === 'number' ? value : null });
        if (isSuppressed(value)) cells[OBSERVATION_COLUMNS.indexOf('value')] = CONFIDENTIAL_CSV;
        return csvRow(cells);
      })
      .join('')
  );
}

export async function exportDefinitionsCsv(ctx: ServiceContext): Promise<string> {
  const rows = await listDefinitions(ctx.db, ctx.tenantId);
  return csvRow([...DEFINITION_COLUMNS]) + rows.map((d) => csvRow(encodeDefinitionRow(d))).join('');
}

export async function exportDefinitions(ctx: ServiceContext): Promise<IndicatorDefinition[]> {
  return listDefinitions(ctx.db, ctx.tenantId);
}

/**
 * The figures as a workbook (XLSX): a sheet "definities" and, unless only the definitions are
 * asked for, a sheet "waarnemingen". Importing it again gives the same registry and values.
 * Numbers are number cells; texts are text cells, free text neutralised as in CSV.
 */
export async function indicatorSheets(ctx: ServiceContext, options: { definitionsOnly?: boolean; indicator?: string } = {}): Promise<SheetSpec[]> {
  const definitions = await listDefinitions(ctx.db, ctx.tenantId);
  const text = neutraliseFormula;
  const sheets: SheetSpec[] = [
    {
      name: 'definities',
      header: [...DEFINITION_COLUMNS],
      rows: [definitions.map((d) => [d.key, text(d.name), text(d.unit), d.direction, text(d.source), text(d.definition), text(d.domain)])],
    },
  ];
  if (options.definitionsOnly) return sheets;
  const observations = filterObservations(await listObservations(ctx.db, ctx.tenantId, options.indicator), await visibleProviders(ctx));
  sheets.push({
    name: 'waarnemingen',
    header: [...OBSERVATION_COLUMNS],
    rows: [observations.map((o) => [o.indicator, o.area, o.period, o.value, text(o.provider ?? ''), o.numerator, o.denominator])],
  });
  return sheets;
}

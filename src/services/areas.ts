// Import of the area register (CBS "Wijk- en buurtindeling"): a table (CSV in any dialect, XLSX)
// of code,name,year[,parent], or GeoJSON with the areas' shapes. All or nothing: every problem
// of every row or feature is reported and then nothing is written. Also the check other imports
// use: area codes must be in the register.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { knownAreaCodes, saveAreaRecords } from '../db/repositories/areas.repository.ts';
import { AreaRowDecoder } from '../domain/areas/csv-codec.ts';
import { readAreasGeoJson } from '../domain/areas/geojson.ts';
import type { AreaRecord } from '../domain/areas/types.ts';
import { InputRejected, MAX_PROBLEMS, type Problem } from '../domain/problems.ts';
import type { ServiceContext, TextSource } from './context.ts';
import { isBlankRecord } from './csv-problems.ts';
import { placeProblems, readTable, startTableRead, tableReadProblem, type TableRead, type TableRecord } from './tables/table-source.ts';
import type { Tx } from '../db/repositories/tenants.repository.ts';

export interface AreasImportResult {
  areas: number;
  withGeometry: number;
  years: number[];
  read: TableRead | { format: 'geojson' };
}

export interface AreasImportOptions {
  /** Division year for GeoJSON features without a "jaar" property. */
  year?: number;
}

/** Reads the register file and writes it, or throws InputRejected with every problem. */
export async function importAreas(ctx: ServiceContext, source: TextSource, options: AreasImportOptions = {}): Promise<AreasImportResult> {
  const parsed = (await looksLikeJson(source)) ? await parseGeoJsonSource(source, options.year ?? null) : await parseAreaTable(source);
  const problems = [...parsed.problems, ...duplicateProblems(source.name, parsed.records)];
  if (parsed.records.length === 0 && problems.length === 0) {
    problems.push({ file: source.name, code: 'empty-file', nl: 'het bestand bevat geen gebieden', en: 'the file holds no areas' });
  }
  if (problems.length > 0) throw new InputRejected(problems.slice(0, MAX_PROBLEMS));
  const records = parsed.records.map((r) => r.record);
  await ctx.db.transaction(async (tx) => {
    await saveAreaRecords(tx, ctx.tenantId, records);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'areas.import',
      detail: { areas: records.length, years: yearsOf(records) },
    });
  });
  return { areas: records.length, withGeometry: records.filter((r) => r.geometry).length, years: yearsOf(records), read: parsed.read };
}

const yearsOf = (records: AreaRecord[]) => [...new Set(records.map((r) => r.year))].sort();

interface ParsedAreas {
  records: { record: AreaRecord; where: Problem }[];
  problems: Problem[];
  read: AreasImportResult['read'];
}

async function looksLikeJson(source: TextSource): Promise<boolean> {
  if (/\.(geo)?json$/i.test(source.name)) return true;
  if (/\.(csv|xlsx|txt)$/i.test(source.name)) return false;
  for await (const chunk of source.open()) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8', 0, 64);
    const first = text.replace(/^\uFEFF/, '').trimStart();
    if (first.length > 0) return first.startsWith('{');
  }
  return false;
}

async function readText(source: TextSource): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of source.open()) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(parts)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

async function parseGeoJsonSource(source: TextSource, year: number | null): Promise<ParsedAreas> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(source));
  } catch (error) {
    return {
      records: [],
      read: { format: 'geojson' },
      problems: [
        { file: source.name, code: 'invalid-json', nl: `geen geldige JSON: ${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  const read = readAreasGeoJson(json, source.name, year);
  return {
    records: read.records.map((record, i) => ({ record, where: { file: source.name, field: `features[${i}]`, code: '', nl: '', en: '' } })),
    problems: read.problems,
    read: { format: 'geojson' },
  };
}

async function parseAreaTable(source: TextSource): Promise<ParsedAreas> {
  const read = await startTableRead(source);
  const result: ParsedAreas = { records: [], problems: [], read };
  let decoder: AreaRowDecoder | null = null;
  let header: TableRecord | undefined;
  try {
    for await (const record of readTable(source, read)) {
      if (header && record.sheet !== header.sheet) break; // the register is the first sheet
      if (!decoder) {
        header = record;
        decoder = new AreaRowDecoder(record, source.name);
        result.problems.push(...placeProblems(decoder.headerProblems, record, header));
        if (decoder.headerProblems.some((p) => p.code === 'missing-column')) break;
        continue;
      }
      if (isBlankRecord(record) || record.fields.every((f) => f.trim() === '')) continue;
      const decoded = decoder.decode(padded(record, header!));
      if (decoded.problems.length > 0) result.problems.push(...placeProblems(decoded.problems, record, header));
      else
        result.records.push({
          record: decoded.record!,
          where: placeProblems([{ file: source.name, line: record.line, code: '', nl: '', en: '' }], record, header)[0]!,
        });
      if (result.problems.length >= MAX_PROBLEMS) break;
    }
  } catch (error) {
    const problem = tableReadProblem(error, source.name, header);
    if (!problem) throw error;
    result.problems.push(problem);
  }
  if (!header && result.problems.length === 0)
    result.problems.push({ file: source.name, code: 'empty-file', nl: 'het bestand is leeg (geen kopregel)', en: 'the file is empty (no header row)' });
  return result;
}

function padded(record: TableRecord, header: TableRecord): TableRecord {
  if (record.sheet === undefined || record.fields.length >= header.fields.length) return record;
  return { ...record, fields: [...record.fields, ...Array<string>(header.fields.length - record.fields.length).fill('')] };
}

/** One code twice for the same year would leave it to chance which name wins. */
function duplicateProblems(file: string, records: ParsedAreas['records']): Problem[] {
  const seen = new Map<string, Problem>();
  const problems: Problem[] = [];
  for (const { record, where } of records) {
    const key = `${record.code}|${record.year}`;
    const earlier = seen.get(key);
    const place = (p: Problem) => (p.line !== undefined ? (p.sheet ? `rij ${p.line}` : `regel ${p.line}`) : (p.field ?? ''));
    const placeEn = (p: Problem) => (p.line !== undefined ? (p.sheet ? `row ${p.line}` : `line ${p.line}`) : (p.field ?? ''));
    if (earlier) {
      problems.push({
        ...where,
        file,
        column: where.line !== undefined ? 'code' : undefined,
        code: 'duplicate-area',
        nl: `${record.code} staat voor ${record.year} twee keer in het bestand (ook op ${place(earlier)})`,
        en: `${record.code} occurs twice for ${record.year} (also at ${placeEn(earlier)})`,
      });
    } else seen.set(key, where);
  }
  return problems;
}

/**
 * Problems for area codes the register does not know, all of them, each at the first row that
 * names it. `rows` gives every code with where it occurs (file, line, sheet, column).
 */
export async function unknownAreaProblems(db: Tx, tenantId: string, rows: { code: string; where: Problem }[]): Promise<Problem[]> {
  const known = await knownAreaCodes(
    db,
    tenantId,
    rows.map((r) => r.code),
  );
  const unknown = new Map<string, { where: Problem; count: number }>();
  for (const { code, where } of rows) {
    if (known.has(code)) continue;
    const entry = unknown.get(code);
    if (entry) entry.count++;
    else unknown.set(code, { where, count: 1 });
  }
  if (unknown.size === 0) return [];
  const all = [...unknown.keys()];
  const list = all.length > 20 ? `${all.slice(0, 20).join(', ')} en ${all.length - 20} meer` : all.join(', ');
  const listEn = all.length > 20 ? `${all.slice(0, 20).join(', ')} and ${all.length - 20} more` : all.join(', ');
  return [...unknown].map(([code, { where, count }], i) => ({
    ...where,
    code: 'unknown-area',
    nl: `gebied ${code} staat niet in het gebiedenregister${count > 1 ? ` (${count} rijen)` : ''}${i === 0 ? `; onbekend zijn: ${list}. Lees eerst de gebieden in (duiding import areas)` : ''}`,
    en: `area ${code} is not in the area register${count > 1 ? ` (${count} rows)` : ''}${i === 0 ? `; unknown are: ${listEn}. Import the areas first (duiding import areas)` : ''}`,
  }));
}

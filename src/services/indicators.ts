// Import and export of cold data (duiding.indicators/v1): observations and definitions.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import {
  ensureDefinitions,
  listDefinitions,
  listObservations,
  upsertDefinitions,
  upsertObservations,
} from '../db/repositories/indicators.repository.ts';
import { CsvParseError, readCsv } from '../domain/csv/reader.ts';
import { csvRow } from '../domain/csv/writer.ts';
import {
  DefinitionRowDecoder,
  DEFINITION_COLUMNS,
  detectIndicatorCsvKind,
  encodeDefinitionRow,
  encodeObservationRow,
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
import { csvSyntaxProblem, isBlankRecord } from './csv-problems.ts';

export interface IndicatorsImportResult {
  kind: 'observations' | 'definitions';
  rows: number;
  definitionsCreated: string[];
}

/**
 * Observation files are small (areas × periods × indicators: thousands of rows, not millions),
 * so they are checked completely in memory and then written in one transaction.
 */
export async function importIndicatorsCsv(ctx: ServiceContext, source: TextSource): Promise<IndicatorsImportResult> {
  const problems: Problem[] = [];
  const observations: Observation[] = [];
  const definitions: IndicatorDefinition[] = [];
  let kind: 'observations' | 'definitions' | null = null;
  let decoder: ObservationRowDecoder | DefinitionRowDecoder | null = null;
  // One value per indicator, area, period and provider: a repeat would silently overwrite.
  const seen = new Map<string, number>();
  try {
    for await (const record of readCsv(source.open())) {
      if (!decoder) {
        kind = detectIndicatorCsvKind(record);
        if (!kind) {
          problems.push({
            file: source.name,
            line: record.line,
            code: 'unknown-indicator-header',
            nl: 'onbekende kopregel: verwacht "indicator,area,period,value" (waarnemingen) of "key,name,unit,direction,source,definition,domain" (definities)',
            en: 'unknown header: expected "indicator,area,period,value" (observations) or "key,name,unit,direction,source,definition,domain" (definitions)',
          });
          break;
        }
        decoder = kind === 'observations' ? new ObservationRowDecoder(record, source.name) : new DefinitionRowDecoder(record, source.name);
        problems.push(...decoder.headerProblems);
        if (problems.length) break;
        continue;
      }
      if (isBlankRecord(record)) continue;
      const decoded = decoder.decode(record);
      if (decoded.problems.length > 0) {
        if (problems.length < MAX_PROBLEMS) problems.push(...decoded.problems);
      } else if ('observation' in decoded && decoded.observation) {
        const o = decoded.observation;
        const key = [o.indicator, o.area, o.period, o.provider ?? ''].join('|');
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          problems.push({
            file: source.name,
            line: record.line,
            code: 'duplicate-observation',
            nl: `"${o.indicator}" voor ${o.area} in ${o.period}${o.provider ? ` (${o.provider})` : ''} staat er twee keer in (ook op regel ${earlier})`,
            en: `"${o.indicator}" for ${o.area} in ${o.period}${o.provider ? ` (${o.provider})` : ''} occurs twice (also on line ${earlier})`,
          });
        } else seen.set(key, record.line);
        observations.push(o);
      }
      else if ('definition' in decoded && decoded.definition) definitions.push(decoded.definition as IndicatorDefinition);
    }
  } catch (error) {
    if (error instanceof CsvParseError) problems.push(csvSyntaxProblem(source.name, error));
    else throw error;
  }
  if (!decoder && problems.length === 0) {
    problems.push({ file: source.name, code: 'empty-file', nl: 'het bestand is leeg (geen kopregel)', en: 'the file is empty (no header row)' });
  }
  if (problems.length > 0) throw new InputRejected(problems.slice(0, MAX_PROBLEMS));
  if (kind === 'definitions') return saveDefinitions(ctx, definitions);
  return saveObservations(ctx, observations);
}

export async function importDefinitionsJson(ctx: ServiceContext, json: unknown, file?: string) {
  const parsed = parseDefinitionsJson(json, file);
  if (!parsed.ok) throw new InputRejected(parsed.problems);
  return saveDefinitions(ctx, parsed.value);
}

async function saveDefinitions(ctx: ServiceContext, definitions: IndicatorDefinition[]): Promise<IndicatorsImportResult> {
  await ctx.db.transaction(async (tx) => {
    await upsertDefinitions(tx, ctx.tenantId, definitions);
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'indicators.import', detail: { definitions: definitions.length } });
  });
  return { kind: 'definitions', rows: definitions.length, definitionsCreated: [] };
}

/** Observations of an indicator without a definition get a minimal one, to be completed later. */
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
  return { kind: 'observations', rows: observations.length, definitionsCreated: missing };
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

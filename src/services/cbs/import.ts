// `duiding cbs import TABLE --indicators KEY=CBSKEY,… [--areas GM0599] [--add-areas]`: CBS
// figures as indicator observations. All or nothing: a network failure, a timeout, an unknown
// table or measure, or area codes the register lacks write nothing. Provenance (table, edition,
// period, retrieval time, API) goes into the indicator's source and the audit log.
import type { CbsConfig } from '../../config.ts';
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { knownAreaCodes, saveAreaRecords } from '../../db/repositories/areas.repository.ts';
import { listDefinitions, upsertDefinitions, upsertObservations } from '../../db/repositories/indicators.repository.ts';
import { levelOfCode, parentFromCode, type AreaRecord } from '../../domain/areas/types.ts';
import type { IndicatorDefinition, Observation } from '../../domain/indicators/types.ts';
import { PERIOD } from '../../domain/indicators/types.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { KNOWN_TABLES } from './known-tables.ts';
import { CbsError } from './http.ts';
import { readCbsTable } from './sources.ts';

export interface CbsImportRequest {
  table: string;
  /** Duiding key → CBS key, e.g. wmo_clienten → WmoClienten_100. */
  indicators: { key: string; cbsKey: string }[];
  /** Only these gemeenten (GM0599) and their wijken and buurten; empty = every area. */
  areas: string[];
  /** Add areas the register lacks, from the table's own WijkenEnBuurten dimension. */
  addAreas: boolean;
}

export interface CbsImportResult {
  api: 'v4' | 'v3';
  table: string;
  title: string;
  modified: string;
  period: string;
  observations: number;
  areasAdded: string[];
  definitionsCreated: string[];
  retrievedAt: string;
  /** Why v4 was not used, when v3 was. */
  v4Failure?: string;
}

const FIELD = 'indicators';

/** Parses "KEY=CBSKEY,KEY2=CBSKEY2"; a bare CBSKEY gets a key of its own (lower case). */
export function parseIndicatorMapping(text: string): { mapping: CbsImportRequest['indicators']; problems: Problem[] } {
  const mapping: CbsImportRequest['indicators'] = [];
  const problems: Problem[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [left, right, extra] = part.split('=').map((s) => s.trim());
    const cbsKey = right ?? left!;
    const key =
      right === undefined
        ? cbsKey
            .replace(/_\d+$/, '')
            .replace(/([a-z])([A-Z])/g, '$1_$2')
            .toLowerCase()
        : left!;
    if (extra !== undefined || !/^[A-Za-z][A-Za-z0-9_]*$/.test(cbsKey) || !/^[a-z0-9][a-z0-9_.-]*$/.test(key)) {
      problems.push({
        field: FIELD,
        code: 'invalid-mapping',
        nl: `"${part}" is geen KEY=CBSKEY (zoals wmo_clienten=WmoClienten_100; de sleutel in kleine letters)`,
        en: `"${part}" is not KEY=CBSKEY (such as wmo_clienten=WmoClienten_100; the key in lower case)`,
      });
    } else mapping.push({ key, cbsKey });
  }
  if (mapping.length === 0 && problems.length === 0)
    problems.push({ field: FIELD, code: 'missing-indicators', nl: 'noem ten minste één indicator: KEY=CBSKEY', en: 'name at least one indicator: KEY=CBSKEY' });
  return { mapping, problems };
}

/** GM0599 covers GM0599, WK0599xx and BU0599xxxx. */
function inGemeenten(code: string, gemeenten: string[]): boolean {
  return gemeenten.length === 0 || gemeenten.some((gm) => code.slice(2, 6) === gm.slice(2, 6));
}

export async function importCbs(ctx: ServiceContext, cbs: CbsConfig, request: CbsImportRequest): Promise<CbsImportResult> {
  const table = request.table.trim().toUpperCase();
  const problems: Problem[] = [];
  if (!/^[0-9]{5}[A-Z]{3}$/.test(table))
    problems.push({
      field: 'table',
      code: 'invalid-table',
      nl: `"${request.table}" is geen tabelnummer van CBS (zoals 85984NED)`,
      en: `"${request.table}" is not a CBS table number (such as 85984NED)`,
    });
  for (const gm of request.areas) {
    if (levelOfCode(gm) !== 'gemeente')
      problems.push({
        field: 'areas',
        code: 'invalid-area-code',
        nl: `"${gm}" is geen gemeentecode (zoals GM0599)`,
        en: `"${gm}" is not a gemeente code (such as GM0599)`,
      });
  }
  if (request.indicators.length === 0)
    problems.push({ field: FIELD, code: 'missing-indicators', nl: 'noem ten minste één indicator: KEY=CBSKEY', en: 'name at least one indicator: KEY=CBSKEY' });
  if (problems.length > 0) throw new InputRejected(problems);

  const retrievedAt = new Date().toISOString();
  let fetched: Awaited<ReturnType<typeof readCbsTable>>;
  try {
    fetched = await readCbsTable(cbs, { table, measures: request.indicators.map((i) => i.cbsKey), withAreaNames: request.addAreas, timeoutMs: cbs.timeoutMs });
  } catch (error) {
    if (!(error instanceof CbsError)) throw error;
    const unknownTable = error.kind === 'not-found';
    throw new InputRejected(
      [
        {
          field: 'table',
          code: unknownTable ? 'unknown-cbs-table' : `cbs-${error.kind}`,
          nl: unknownTable ? `CBS kent tabel ${table} niet (OData v4 en v3).` : `${error.nl}.`,
          en: unknownTable ? `CBS does not know table ${table} (OData v4 and v3).` : `${error.en}.`,
        },
      ],
      unknownTable ? 404 : 400,
    );
  }
  if (fetched.missing.length > 0) {
    throw new InputRejected(
      fetched.missing.map((key) => ({
        field: FIELD,
        code: 'unknown-cbs-measure',
        nl: `tabel ${table} heeft geen onderwerp "${key}" (sleutels veranderen per editie, zoals WmoClienten_100)`,
        en: `table ${table} has no measure "${key}" (keys change between editions, such as WmoClienten_100)`,
      })),
    );
  }

  const observations: Observation[] = [];
  const badPeriods = new Set<string>();
  for (const row of fetched.rows) {
    if (!levelOfCode(row.area) || !inGemeenten(row.area, request.areas)) continue; // NL00 (Nederland) and the like
    if (!PERIOD.test(row.period)) {
      badPeriods.add(row.period);
      continue;
    }
    for (const { key, cbsKey } of request.indicators) {
      observations.push({
        indicator: key,
        area: row.area,
        period: row.period,
        value: row.values.get(cbsKey) ?? null,
        provider: null,
        numerator: null,
        denominator: null,
      });
    }
  }
  if (badPeriods.size > 0 || observations.length === 0) {
    throw new InputRejected([
      badPeriods.size > 0
        ? {
            field: 'table',
            code: 'unknown-cbs-period',
            nl: `tabel ${table} heeft perioden die Duiding niet kent: ${[...badPeriods].join(', ')}`,
            en: `table ${table} has periods Duiding does not know: ${[...badPeriods].join(', ')}`,
          }
        : {
            field: 'areas',
            code: 'no-cbs-rows',
            nl: `tabel ${table} heeft geen cijfers voor ${request.areas.join(', ') || 'deze gebieden'}`,
            en: `table ${table} has no figures for ${request.areas.join(', ') || 'these areas'}`,
          },
    ]);
  }

  const codes = [...new Set(observations.map((o) => o.area))];
  const toAdd: AreaRecord[] = [];
  if (request.addAreas) {
    const known = await knownAreaCodes(ctx.db, ctx.tenantId, codes);
    const year = fetched.mapYear ?? Number(fetched.period);
    for (const code of codes.filter((c) => !known.has(c))) {
      toAdd.push({ code, name: fetched.areaNames.get(code) || code, level: levelOfCode(code)!, year, parent: parentFromCode(code), geometry: null });
    }
  } else {
    const known = await knownAreaCodes(ctx.db, ctx.tenantId, codes);
    const list = codes.filter((c) => !known.has(c));
    if (list.length > 0) {
      throw new InputRejected([
        {
          field: 'WijkenEnBuurten',
          code: 'unknown-area',
          nl: `${list.length} gebieden van CBS staan niet in het gebiedenregister: ${list.join(', ')}. Lees ze eerst in (duiding import areas), of neem ze over van CBS met --add-areas.`,
          en: `${list.length} areas from CBS are not in the area register: ${list.join(', ')}. Import them first (duiding import areas), or take them from CBS with --add-areas.`,
        },
      ]);
    }
  }

  const provenance = `CBS StatLine ${table} "${fetched.title}", editie ${fetched.modified || 'onbekend'}, periode ${fetched.period}, opgehaald ${retrievedAt} (OData ${fetched.api})`;
  const registry = new Map((await listDefinitions(ctx.db, ctx.tenantId)).map((d) => [d.key, d]));
  const known = KNOWN_TABLES[table]?.measures ?? {};
  const definitions: IndicatorDefinition[] = request.indicators.map(({ key, cbsKey }) => {
    const existing = registry.get(key);
    const measure = fetched.measures.get(cbsKey)!;
    const k = known[cbsKey];
    return existing
      ? { ...existing, source: provenance }
      : {
          key,
          name: k?.name ?? measure.title,
          unit: k?.unit ?? measure.unit,
          direction: k?.direction ?? 'none',
          source: provenance,
          definition: k?.definition ?? measure.description.trim(),
          domain: '',
        };
  });
  await ctx.db.transaction(async (tx) => {
    if (toAdd.length > 0) await saveAreaRecords(tx, ctx.tenantId, toAdd);
    await upsertDefinitions(tx, ctx.tenantId, definitions);
    await upsertObservations(tx, ctx.tenantId, observations);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'indicators.cbs-import',
      detail: {
        table,
        api: fetched.api,
        edition: fetched.modified,
        period: fetched.period,
        retrievedAt,
        observations: observations.length,
        areasAdded: toAdd.length,
        indicators: request.indicators,
      },
    });
  });
  return {
    api: fetched.api,
    table,
    title: fetched.title,
    modified: fetched.modified,
    period: fetched.period,
    observations: observations.length,
    areasAdded: toAdd.map((a) => a.code),
    definitionsCreated: request.indicators.map((i) => i.key).filter((k) => !registry.has(k)),
    retrievedAt,
    ...(fetched.v4Error ? { v4Failure: fetched.v4Error.nl } : {}),
  };
}

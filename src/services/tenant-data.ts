// AVG duties towards a whole municipality: hand over all its data (every format we have, plus
// every table row as JSON) and delete all of it. Both run as the database owner across tables
// found from the catalog (db/repositories/tenant-tables.repository.ts), so nothing is forgotten.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { listQuestionnaires } from '../db/repositories/questionnaires.repository.ts';
import {
  deleteRowsOfTenant,
  deleteTenantRow,
  deleteUsersWithoutMemberships,
  memberUserIds,
  rowsOfTenantInPages,
  tenantTablesInDeleteOrder,
} from '../db/repositories/tenant-tables.repository.ts';
import { findTenantBySlug } from '../db/repositories/tenants.repository.ts';
import { tenantRecord } from '../db/repositories/tenant-restore.repository.ts';
import { listMembers } from './auth/members.ts';
import type { Database } from '../db/connection.ts';
import { allowAuditErasure } from '../db/tenant-scope.ts';
import { InputRejected } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { exportStories } from './export-stories.ts';
import { exportQuestionnaire } from './import-questionnaire.ts';
import { exportDefinitionsCsv, exportObservationsCsv } from './indicators.ts';

/**
 * Live session tokens are secrets, not the municipality's data. The answer snapshots and story
 * change counters (migration 0010) are caches derived from the stories: rebuilt, never carried.
 * Jobs and their files (0016) are the work of the moment, not data (and the export is one of them).
 */
export const NOT_EXPORTED = new Set(['sessions', 'answer_snapshots', 'story_change_counters', 'jobs', 'job_files']);

const README = `Alle gegevens van deze gemeente uit Duiding.

vragenlijsten/  elke vragenlijst als duiding.questionnaire/v1 (JSON)
verhalen/       de verhalen per vragenlijst als duiding.stories/v1 (CSV, UTF-8)
cijfers/        indicatoren: observaties en definities als duiding.indicators/v1 (CSV)
tabellen/       elke tabel van deze gemeente als JSON (één rij per object), ook wat geen
                uitwisselformaat heeft: opgaven, verandertheorie, dialogen, acties, logboek.
gemeente.json   naam en instellingen (drempel, sleutel van de intrekcodes, inloggen)
accounts.json   de accounts van de leden (e-mail en naam; nooit wachtwoorden)
Terugzetten: duiding tenant import gegevens.zip [--tenant NIEUWE-NAAM].
Zie docs/formats.md van Duiding voor de formaten.
`;

export interface TenantArchiveWritten {
  files: string[];
  bytes: number;
}

/**
 * Writes the ZIP as it is made (fflate's streaming Zip): every file is deflated while it is read
 * (the stories CSV page by page), and each compressed piece goes to `out`, awaited, before the
 * next is made. So neither the archive nor a stories file is ever held whole: the job writes the
 * pieces to the database, the API straight into the response.
 */
export async function writeTenantArchive(
  ctx: ServiceContext,
  out: (chunk: Uint8Array) => Promise<void>,
  progress: (done: number, total: number) => void = () => {},
): Promise<TenantArchiveWritten> {
  const made = new Date();
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  let bytes = 0;
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const drain = async () => {
    if (failure) throw failure;
    while (pending.length > 0) {
      const chunk = pending.shift()!;
      bytes += chunk.length;
      await out(chunk);
    }
  };
  const files: string[] = [];
  const questionnaires = await listQuestionnaires(ctx.db, ctx.tenantId);
  const tables = (await tenantTablesInDeleteOrder(ctx.db)).filter((table) => !NOT_EXPORTED.has(table));
  const total = 5 + 2 * questionnaires.length + tables.length;
  /** One file of the archive, from text or chunks of text as they come. */
  const add = async (name: string, content: string | AsyncIterable<string>) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = made;
    archive.add(file);
    if (typeof content === 'string') file.push(strToU8(content), true);
    else {
      for await (const chunk of content) {
        file.push(strToU8(chunk));
        await drain();
      }
      file.push(new Uint8Array(0), true);
    }
    await drain();
    files.push(name);
    progress(files.length, total);
  };
  await add('LEESMIJ.txt', README);
  // For `duiding tenant import` (services/tenant-import.ts): the tenant row and its members'
  // accounts are not in a tenant_id table. Password hashes stay out: see docs/avg.md.
  await add('gemeente.json', JSON.stringify({ format: 'duiding.tenant/v1', ...(await tenantRecord(ctx.db, ctx.tenantId)) }, null, 1));
  const members = await listMembers(ctx);
  await add(
    'accounts.json',
    JSON.stringify(
      members.map((m) => ({ id: m.userId, email: m.email, display_name: m.displayName })),
      null,
      1,
    ),
  );
  for (const questionnaire of questionnaires) {
    await add(`vragenlijsten/${questionnaire.key}.json`, JSON.stringify(await exportQuestionnaire(ctx, questionnaire.key), null, 2));
    await add(`verhalen/${questionnaire.key}.csv`, await exportStories(ctx, questionnaire.key));
  }
  await add('cijfers/observaties.csv', await exportObservationsCsv(ctx));
  await add('cijfers/definities.csv', await exportDefinitionsCsv(ctx));
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = 0;
    // A page of rows at a time (keyset on the primary key): a big table is never held whole.
    const pages = rowsOfTenantInPages(ctx.db, table, ctx.tenantId);
    await add(
      `tabellen/${table}.json`,
      jsonRows(pages, (n) => (counts[table] += n)),
    );
  }
  archive.end();
  await drain();
  await recordAudit(ctx.db, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'tenant.export', detail: { rows: counts } });
  return { files, bytes };
}

/** The rows as one JSON array, a page of rows to a piece of text (the same text as all at once). */
async function* jsonRows(pages: AsyncIterable<Record<string, unknown>[]>, counted: (rows: number) => void): AsyncGenerator<string> {
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    counted(page.length);
    yield (first ? '[\n' : ',\n') + page.map((row) => JSON.stringify(row, bytesAsBase64, 1)).join(',\n');
    first = false;
  }
  yield first ? '[]' : '\n]';
}

/** The whole archive in memory: the CLI (which writes a file) and tests. */
export async function exportTenantArchive(ctx: ServiceContext): Promise<{ archive: Buffer; files: string[] }> {
  const chunks: Uint8Array[] = [];
  const { files } = await writeTenantArchive(ctx, async (chunk) => {
    chunks.push(chunk);
  });
  return { archive: Buffer.concat(chunks), files };
}

function bytesAsBase64(_key: string, value: unknown) {
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer') {
    return { base64: Buffer.from((value as { data: number[] }).data).toString('base64') };
  }
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  return value;
}

export interface TenantDeletion {
  tenant: string;
  rowsDeleted: Record<string, number>;
  usersDeleted: number;
}

/**
 * Deletes a municipality and everything it holds, in one transaction. The confirmation must
 * repeat the slug: this cannot be undone (make an export first).
 */
export async function deleteTenant(db: Database, slug: string, confirmation: string): Promise<TenantDeletion> {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) {
    throw new InputRejected([{ field: 'tenant', code: 'unknown-tenant', nl: `gemeente "${slug}" bestaat niet`, en: `municipality "${slug}" does not exist` }]);
  }
  if (confirmation !== slug) {
    throw new InputRejected([
      {
        field: 'confirm',
        code: 'confirmation-mismatch',
        nl: `typ ter bevestiging de naam "${slug}": verwijderen kan niet ongedaan worden gemaakt`,
        en: `repeat the slug "${slug}" to confirm: deletion cannot be undone`,
      },
    ]);
  }
  return db.transaction(async (tx) => {
    // The audit log is append-only (migration 0006); erasing the whole municipality is the one
    // deliberate exception, for this transaction and this municipality only.
    await allowAuditErasure(tx, tenant.id);
    const members = await memberUserIds(tx, tenant.id);
    const rowsDeleted: Record<string, number> = {};
    for (const table of await tenantTablesInDeleteOrder(tx)) rowsDeleted[table] = await deleteRowsOfTenant(tx, table, tenant.id);
    // Before the tenant row: its local accounts (users.home_tenant_id) would otherwise go by
    // cascade, uncounted.
    const usersDeleted = await deleteUsersWithoutMemberships(tx, members);
    await deleteTenantRow(tx, tenant.id);
    return { tenant: slug, rowsDeleted, usersDeleted };
  });
}

// AVG duties towards a whole municipality: hand over all its data (every format we have, plus
// every table row as JSON) and delete all of it. Both run as the database owner across tables
// found from the catalog (db/repositories/tenant-tables.repository.ts), so nothing is forgotten.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { listQuestionnaires } from '../db/repositories/questionnaires.repository.ts';
import {
  deleteRowsOfTenant,
  deleteTenantRow,
  deleteUsersWithoutMemberships,
  memberUserIds,
  rowsOfTenant,
  tenantTablesInDeleteOrder,
} from '../db/repositories/tenant-tables.repository.ts';
import { findTenantBySlug } from '../db/repositories/tenants.repository.ts';
import { tenantRecord } from '../db/repositories/tenant-restore.repository.ts';
import { listMembers } from './auth/members.ts';
import type { Database } from '../db/connection.ts';
import { allowAuditErasure } from '../db/tenant-scope.ts';
import { zip, type ZipEntry } from '../domain/archive/zip.ts';
import { InputRejected } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { exportStories } from './export-stories.ts';
import { exportQuestionnaire } from './import-questionnaire.ts';
import { exportDefinitionsCsv, exportObservationsCsv } from './indicators.ts';

/**
 * Live session tokens are secrets, not the municipality's data. The answer snapshots and story
 * change counters (migration 0010) are caches derived from the stories: rebuilt, never carried.
 */
export const NOT_EXPORTED = new Set(['sessions', 'answer_snapshots', 'story_change_counters']);

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

export async function exportTenantArchive(ctx: ServiceContext): Promise<{ archive: Buffer; files: string[] }> {
  const entries: ZipEntry[] = [{ name: 'LEESMIJ.txt', data: README }];
  // For `duiding tenant import` (services/tenant-import.ts): the tenant row and its members'
  // accounts are not in a tenant_id table. Password hashes stay out: see docs/avg.md.
  entries.push({ name: 'gemeente.json', data: JSON.stringify({ format: 'duiding.tenant/v1', ...(await tenantRecord(ctx.db, ctx.tenantId)) }, null, 1) });
  entries.push({
    name: 'accounts.json',
    data: JSON.stringify(
      (await listMembers(ctx)).map((m) => ({ id: m.userId, email: m.email, display_name: m.displayName })),
      null,
      1,
    ),
  });
  for (const questionnaire of await listQuestionnaires(ctx.db, ctx.tenantId)) {
    entries.push({ name: `vragenlijsten/${questionnaire.key}.json`, data: JSON.stringify(await exportQuestionnaire(ctx, questionnaire.key), null, 2) });
    let csv = '';
    for await (const chunk of await exportStories(ctx, questionnaire.key)) csv += chunk;
    entries.push({ name: `verhalen/${questionnaire.key}.csv`, data: csv });
  }
  entries.push({ name: 'cijfers/observaties.csv', data: await exportObservationsCsv(ctx) });
  entries.push({ name: 'cijfers/definities.csv', data: await exportDefinitionsCsv(ctx) });
  const counts: Record<string, number> = {};
  for (const table of await tenantTablesInDeleteOrder(ctx.db)) {
    if (NOT_EXPORTED.has(table)) continue;
    const rows = await rowsOfTenant(ctx.db, table, ctx.tenantId);
    counts[table] = rows.length;
    entries.push({ name: `tabellen/${table}.json`, data: JSON.stringify(rows, bytesAsBase64, 1) });
  }
  await recordAudit(ctx.db, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'tenant.export', detail: { rows: counts } });
  entries.sort((a, b) => (a.name === 'LEESMIJ.txt' ? -1 : b.name === 'LEESMIJ.txt' ? 1 : a.name.localeCompare(b.name)));
  return { archive: zip(entries, new Date()), files: entries.map((e) => e.name) };
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

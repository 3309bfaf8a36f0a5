// `duiding tenant import`: restores a municipality from its own ZIP export (tenant-data.ts) as a
// new tenant — into an empty installation after a loss, or beside others. All or nothing: the
// whole archive is checked first (every problem with its file in the ZIP, row and field), then
// written in ONE transaction; a database refusal found while writing also rolls everything back.
//
// Accounts: the export holds e-mail and name, never a password hash (docs/avg.md). A restored
// account therefore has no password and gets a fresh one-time link. Every restored account is a
// NEW account of the restored municipality (users.home_tenant_id, docs/accounts.md), even when the
// e-mail has an account elsewhere here: attaching that one would hand the restored data to whoever
// knows its password (issue 14, account takeover).
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/connection.ts';
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { tenantTablesInDeleteOrder } from '../db/repositories/tenant-tables.repository.ts';
import { findTenantBySlug, type Tx } from '../db/repositories/tenants.repository.ts';
import { addMembership } from '../db/repositories/users.repository.ts';
import {
  existingCollectionSlugs,
  existingUserIds,
  insertAccountWithoutPassword,
  insertTenantWithSettings,
  tenantTableColumns,
} from '../db/repositories/tenant-restore.repository.ts';
import { readZip } from '../domain/archive/read-zip.ts';
import { checkTableRows, type ColumnInfo } from '../domain/archive/row-check.ts';
import { InputRejected, MAX_PROBLEMS, type Problem } from '../domain/problems.ts';
import { createPasswordLink } from './auth/one-time-links.ts';
import { NOT_EXPORTED } from './tenant-data.ts';
import { insertInBatches } from './tenant-import-write.ts';
import { SLUG_PATTERN } from './auth/tenant-setup.ts';
import type { ProgressListener } from './context.ts';

/** Secrets and derived caches, not data: never restored even if an archive carries them. */
/**
 * A network membership, its adoptions and its released stories point at a network of this
 * installation (issue 15): a restored municipality joins again with a beheerder's consent (and
 * releases again) rather than inheriting them.
 */
export const NETWORK_TABLES_NOT_RESTORED = ['network_members', 'network_adoptions', 'network_story_releases'];
const NEVER_RESTORED = new Set(['user_tokens', ...NETWORK_TABLES_NOT_RESTORED, ...NOT_EXPORTED]);
const TABLE_FILE = /^tabellen\/([a-z_][a-z0-9_]*)\.json$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TenantImportResult {
  tenant: string;
  tenantId: string;
  rows: Record<string, number>;
  /** Restored accounts, each with a one-time token to set a password (linkPath(token)). */
  accounts: { email: string; token: string }[];
  /** Public links (/vertel/…) already used by another municipality here: left out. */
  linksNotRestored: string[];
  /** False: nobody restored is beheerder here (give --admin-email). */
  hasAdministrator: boolean;
}

interface Account {
  id: string;
  email: string;
  display_name: string;
}

export async function importTenantArchive(
  db: Database,
  archive: Uint8Array,
  options: { archiveName: string; slug?: string; name?: string; adminEmail?: string; onProgress?: ProgressListener },
): Promise<TenantImportResult> {
  const { files, problems } = readZip(archive, options.archiveName);
  if (problems.length) throw new InputRejected(problems);
  const parsed = new Map<string, unknown>();
  for (const [name, data] of files) {
    if (!name.endsWith('.json') || !(name === 'gemeente.json' || name === 'accounts.json' || TABLE_FILE.test(name))) continue;
    try {
      parsed.set(name, JSON.parse(data.toString('utf8')));
    } catch (error) {
      problems.push({
        file: name,
        code: 'invalid-json',
        nl: `geen geldige JSON: ${(error as Error).message}`,
        en: `not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  if (problems.length) throw new InputRejected(problems);

  const tenant = tenantOf(parsed.get('gemeente.json'), options, problems);
  if (!parsed.has('gemeente.json') && ![...parsed.keys()].some((n) => TABLE_FILE.test(n))) {
    throw new InputRejected([
      {
        file: options.archiveName,
        code: 'not-an-export',
        nl: 'dit is geen export van Duiding (gemeente.json en tabellen/ ontbreken)',
        en: 'not a Duiding export (gemeente.json and tabellen/ are missing)',
      },
    ]);
  }
  if (SLUG_PATTERN.test(tenant.slug) && (await findTenantBySlug(db, tenant.slug))) {
    problems.push({
      field: 'tenant',
      code: 'taken',
      nl: `gemeente "${tenant.slug}" bestaat al; kies een nieuwe naam met --tenant NIEUWE-NAAM`,
      en: `municipality "${tenant.slug}" already exists; choose a new one with --tenant NEW-SLUG`,
    });
  }
  const accounts = accountsOf(parsed.get('accounts.json'), problems);
  const adminEmail = options.adminEmail?.trim().toLowerCase();
  if (adminEmail !== undefined) problems.push(...adminEmailProblems(adminEmail));
  const columns = await tenantTableColumns(db);
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const [name, rows] of parsed) {
    const table = TABLE_FILE.exec(name)?.[1];
    if (!table || NEVER_RESTORED.has(table)) continue;
    const known = columns.get(table);
    if (!known) {
      problems.push({
        file: name,
        code: 'unknown-table',
        nl: `deze versie van Duiding heeft geen tabel "${table}"`,
        en: `this version of Duiding has no table "${table}"`,
      });
      continue;
    }
    problems.push(...checkTableRows(name, rows, known, MAX_PROBLEMS - problems.length));
    tables.set(table, rows as Record<string, unknown>[]);
  }
  if (accounts) problems.push(...membershipsWithoutAccount(tables.get('memberships') ?? [], accounts));
  if (problems.length) throw new InputRejected(problems.slice(0, MAX_PROBLEMS));

  const total = [...tables.values()].reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  return db.transaction(async (tx) => {
    options.onProgress?.('write', 0, total);
    const tenantId = await insertTenantWithSettings(tx, tenant);
    const restored = await restoreAccounts(tx, tenantId, accounts ?? []);
    const linksTaken = await existingCollectionSlugs(
      tx,
      (tables.get('collection_links') ?? []).map((r) => String(r.slug)),
    );
    const counts: Record<string, number> = {};
    // Parents before children: the reverse of the catalog's safe delete order.
    for (const table of (await tenantTablesInDeleteOrder(tx)).reverse()) {
      const rows = tables.get(table);
      if (!rows) continue;
      const prepared = prepareRows(table, rows, columns.get(table)!, tenantId, restored, linksTaken);
      counts[table] = await insertInBatches(tx, table, prepared, columns.get(table)!, (n) => options.onProgress?.('write', (done += n), total));
    }
    if (adminEmail) await addAdministrator(tx, tenantId, adminEmail, restored);
    const links: TenantImportResult['accounts'] = [];
    for (const [, account] of restored) links.push({ email: account.email, token: await createPasswordLink(tx as unknown as Database, account.id) });
    await recordAudit(tx, {
      tenantId,
      action: 'tenant.import',
      subject: tenant.slug,
      detail: { from: tenant.from, rows: counts, accounts: links.length, administratorAdded: Boolean(adminEmail), linksNotRestored: linksTaken.size },
    });
    const hasAdministrator = Boolean(adminEmail) || (tables.get('memberships') ?? []).some((m) => m.role === 'beheerder' && restored.has(String(m.user_id)));
    return { tenant: tenant.slug, tenantId, rows: counts, accounts: links, linksNotRestored: [...linksTaken], hasAdministrator };
  });
}

function tenantOf(value: unknown, options: { slug?: string; name?: string }, problems: Problem[]) {
  const record = (value && typeof value === 'object' ? value : {}) as { slug?: unknown; name?: unknown; fictional?: unknown; settings?: unknown };
  const slug = (options.slug ?? (typeof record.slug === 'string' ? record.slug : '')).trim();
  if (!slug) {
    problems.push({
      field: 'tenant',
      code: 'slug',
      nl: 'gemeente.json ontbreekt: geef de nieuwe gemeente een naam met --tenant',
      en: 'gemeente.json is missing: name the new municipality with --tenant',
    });
  } else if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      field: 'tenant',
      code: 'slug',
      nl: `"${slug}": gebruik alleen kleine letters, cijfers en streepjes`,
      en: `"${slug}": use lowercase letters, digits and hyphens only`,
    });
  }
  const settings =
    record.settings && typeof record.settings === 'object' && !Array.isArray(record.settings) ? (record.settings as Record<string, unknown>) : {};
  if (record.settings !== undefined && settings !== record.settings) {
    problems.push({ file: 'gemeente.json', field: 'settings', code: 'wrong-type', nl: 'verwacht een object', en: 'expected an object' });
  }
  return {
    slug,
    name: options.name ?? (typeof record.name === 'string' && record.name.trim() ? record.name : slug),
    fictional: record.fictional === true,
    settings,
    from: typeof record.slug === 'string' ? record.slug : null,
  };
}

function accountsOf(value: unknown, problems: Problem[]): Account[] | null {
  if (value === undefined) return null; // an export made before accounts.json existed: memberships are left out
  const file = 'accounts.json';
  if (!Array.isArray(value)) {
    problems.push({ file, code: 'not-a-list', nl: 'verwacht een JSON-lijst van accounts', en: 'expected a JSON array of accounts' });
    return [];
  }
  value.forEach((a: Partial<Account>, i) => {
    const bad = (field: string, nl: string, en: string) =>
      problems.push({ file, field: `[${i}].${field}`, code: 'wrong-type', nl: `rij ${i + 1}: ${nl}`, en: `row ${i + 1}: ${en}` });
    if (typeof a?.id !== 'string' || !UUID.test(a.id)) bad('id', 'geen uuid', 'not a uuid');
    if (typeof a?.email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(a.email)) bad('email', 'geen e-mailadres', 'not an e-mail address');
    if (typeof a?.display_name !== 'string') bad('display_name', 'geen tekst', 'not text');
  });
  return value as Account[];
}

function membershipsWithoutAccount(memberships: Record<string, unknown>[], accounts: Account[]): Problem[] {
  const ids = new Set(accounts.map((a) => a.id));
  return memberships.flatMap((m, i) =>
    ids.has(String(m.user_id))
      ? []
      : [
          {
            file: 'tabellen/memberships.json',
            field: `[${i}].user_id`,
            code: 'unknown-account',
            nl: `rij ${i + 1}: dit account staat niet in accounts.json`,
            en: `row ${i + 1}: this account is not in accounts.json`,
          },
        ],
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** --admin-email: an account of the restored municipality (a restored one, or a new one). */
function adminEmailProblems(email: string): Problem[] {
  if (!EMAIL.test(email) || email.length > 320)
    return [{ field: 'admin-email', code: 'email', nl: 'geen geldig e-mailadres', en: 'not a valid e-mail address' }];
  return [];
}

async function addAdministrator(tx: Tx, tenantId: string, email: string, restored: Map<string, { id: string; email: string }>) {
  let account = [...restored.values()].find((a) => a.email === email);
  if (!account) {
    account = { id: randomUUID(), email };
    await insertAccountWithoutPassword(tx, { id: account.id, email, displayName: email.split('@')[0], homeTenantId: tenantId });
    restored.set(`admin:${email}`, account);
  }
  await addMembership(tx, { tenantId, userId: account.id, role: 'beheerder' });
}

/** Old id → the account as restored here: a new account of this municipality, without a password. */
async function restoreAccounts(tx: Tx, tenantId: string, accounts: Account[]) {
  const idsTaken = await existingUserIds(
    tx,
    accounts.map((a) => a.id),
  );
  const restored = new Map<string, { id: string; email: string }>();
  for (const account of accounts) {
    const email = account.email.trim().toLowerCase();
    // Keep the id (audit entries and authors refer to it) unless another account here has it.
    const id = idsTaken.has(account.id) ? randomUUID() : account.id;
    await insertAccountWithoutPassword(tx, { id, email, displayName: account.display_name, homeTenantId: tenantId });
    restored.set(account.id, { id, email });
  }
  return restored;
}

function prepareRows(
  table: string,
  rows: Record<string, unknown>[],
  columns: ColumnInfo[],
  tenantId: string,
  accounts: Map<string, { id: string }>,
  linksTaken: Set<string>,
): { index: number; row: Record<string, unknown> }[] {
  const identity = columns.some((c) => c.generated && c.name === 'id');
  let list = rows.map((row, index) => ({ index, row }));
  if (table === 'memberships') list = list.filter(({ row }) => accounts.has(String(row.user_id)));
  if (table === 'collection_links') list = list.filter(({ row }) => !linksTaken.has(String(row.slug)));
  // Identity ids are made anew; inserting in their old order keeps the log's order.
  if (identity) list.sort((a, b) => Number(a.row.id) - Number(b.row.id));
  return list.map(({ index, row }) => {
    const out: Record<string, unknown> = {};
    for (const column of columns) {
      if (column.generated) continue;
      let value = row[column.name] ?? null;
      if (column.name === 'tenant_id') value = tenantId;
      else if (column.name === 'password_hash')
        value = null; // never from an archive
      else if (column.type === 'bytea' && value !== null) value = `\\x${Buffer.from((value as { base64: string }).base64, 'base64').toString('hex')}`;
      else if (table === 'memberships' && column.name === 'user_id') value = accounts.get(String(value))!.id;
      out[column.name] = value;
    }
    return { index, row: out };
  });
}

import fs from 'node:fs';
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { DataDirectoryLockedError } from '../db/lock-file.ts';
import { openThroughServer } from '../db/socket-client.ts';
import { tenantDatabase } from '../db/tenant-scope.ts';
import { contextForTenantSlug, type ServiceContext, type TextSource } from '../services/context.ts';

export function databaseTarget(config: Config) {
  return config.database.kind === 'postgres'
    ? ({ kind: 'postgres', url: config.database.url, appUrl: config.database.appUrl } as const)
    : ({ kind: 'pglite', dataDir: config.database.dataDir } as const);
}

/**
 * Opens the database for a command. On the embedded database while `duiding serve` runs on the
 * same data directory, the command goes through the server's socket instead (socket-client.ts);
 * a data directory held by another command (which opens no socket) is still refused.
 */
async function openForCommand(config: Config): Promise<DatabaseHandle> {
  const target = databaseTarget(config);
  try {
    return await openDatabase(target);
  } catch (error) {
    if (!(error instanceof DataDirectoryLockedError) || target.kind !== 'pglite') throw error;
    const shared = await openThroughServer(target.dataDir, error.ownerPid);
    if (!shared) throw error;
    return shared;
  }
}

/** Opens and migrates the database, runs the work, and always closes it (PGlite needs that). */
export async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openForCommand(config);
  const onSignal = () => {
    void handle.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await handle.migrate();
    return await work(handle);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await handle.close();
  }
}

/** Commands for one municipality run as the application role within it (row-level security). */
export async function withTenant<T>(config: Config, tenant: string, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  return withDatabase(config, async (handle) => {
    const ctx = await contextForTenantSlug(handle.db, tenant);
    return work({ ...ctx, db: tenantDatabase(handle.db, ctx.tenantId) });
  });
}

export function fileSource(file: string): TextSource {
  if (!fs.existsSync(file)) {
    throw new FileMissing(file);
  }
  return { name: file.split('/').pop() ?? file, open: () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }) }; // bytes: readCsv decodes strict UTF-8
}

export class FileMissing extends Error {
  constructor(file: string) {
    super(`Bestand niet gevonden: ${file}`);
  }
}

/** Writes to --out FILE, or to standard output. */
export async function writeOutput(out: string | undefined, chunks: AsyncIterable<string> | string): Promise<void> {
  const target = out ? fs.createWriteStream(out, { encoding: 'utf8' }) : process.stdout;
  const write = (chunk: string) =>
    new Promise<void>((resolve, reject) => (target.write(chunk, (error) => (error ? reject(error) : resolve())) ? undefined : undefined));
  if (typeof chunks === 'string') await write(chunks);
  else for await (const chunk of chunks) await write(chunk);
  if (out) await new Promise<void>((resolve) => (target as fs.WriteStream).end(resolve));
}

// `duiding tenant import`, `duiding backup`, `duiding restore`: getting data back after a loss
// (docs/operations.md has the whole procedure, docs/avg.md what a tenant import restores).
import fs from 'node:fs';
import type { CommandSpec } from '../command-spec.ts';
import { UsageError } from '../args.ts';
import { withDatabase } from '../runtime.ts';
import { terminalProgress } from '../progress.ts';
import { DataDirectoryLockedError } from '../../db/lock-file.ts';
import { backupDataDir, NoDatabaseHere, NotABackup, restoreDataDir, writeFileDurably } from '../../db/embedded-backup.ts';
import { controlRequest, ControlError } from '../../db/live-control.ts';
import { serverSocket, ServerSocketUnavailable } from '../../db/socket-client.ts';
import { linkPath } from '../../services/auth/one-time-links.ts';
import { importTenantArchive } from '../../services/tenant-import.ts';
import type { Config } from '../../config.ts';

export const tenantImportCommand: CommandSpec = {
  name: 'tenant import',
  positionals: ['file'],
  options: { name: { type: 'string' }, 'admin-email': { type: 'string' } },
  help:
    'duiding tenant import gegevens.zip [--tenant NIEUWE-NAAM] [--name "Gemeente X"] [--admin-email ADRES]\n\n' +
    'Zet een gemeente terug uit haar eigen export (duiding tenant export, of de ZIP van Beheer → Gegevens),\n' +
    'als nieuwe gemeente: in een lege installatie of naast andere. Alles of niets: bij één fout wordt niets\n' +
    'opgeslagen. Instellingen, bewaartermijnen, intrekcodes en rollen komen mee; wachtwoorden niet: elk\n' +
    'teruggezet account krijgt een eenmalige link. Een e-mailadres dat hier al een account heeft, wordt niet\n' +
    'gekoppeld (voeg die persoon toe via Beheer → Gebruikers).\n' +
    '  --tenant NAAM   de korte naam van de nieuwe gemeente (standaard: die uit de export; mag nog niet bestaan)\n' +
    '  --name NAAM     de naam (standaard: die uit de export)\n' +
    '  --admin-email ADRES  maak (ook) dit adres beheerder, met een wachtwoordlink; het mag hier nog geen account hebben\n',
  async run(args, config) {
    const file = args.positionals[0];
    if (!fs.existsSync(file)) throw new UsageError(`Bestand niet gevonden: ${file}`);
    const archive = fs.readFileSync(file);
    const progress = terminalProgress();
    let announced = false;
    const result = await withDatabase(config, (handle) =>
      importTenantArchive(handle.db, archive, {
        archiveName: file.split('/').pop() ?? file,
        slug: args.options.tenant as string | undefined,
        name: args.options.name as string | undefined,
        adminEmail: args.options['admin-email'] as string | undefined,
        onProgress(phase, done, total) {
          if (!announced) {
            announced = true;
            process.stderr.write(`Alles gecontroleerd; ${total ?? 0} rijen opslaan in één transactie…\n`);
          }
          progress(phase, done, total);
        },
      }),
    ).finally(() => progress.end());
    const rows = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
    const tables = Object.values(result.rows).filter((n) => n > 0).length;
    process.stdout.write(
      `Vastgelegd: gemeente "${result.tenant}" teruggezet uit ${file} (${rows} ${rows === 1 ? 'rij' : 'rijen'} in ${tables} ${tables === 1 ? 'tabel' : 'tabellen'}).\n`,
    );
    if (result.accounts.length) {
      process.stdout.write('\nWachtwoordlinks voor de teruggezette accounts (elk werkt één keer, 24 uur geldig; geef ze persoonlijk door):\n');
      for (const a of result.accounts) process.stdout.write(`  ${a.email}  ${config.publicUrl}${linkPath(a.token)}\n`);
      process.stdout.write(`Later een nieuwe link: duiding user reset-link --tenant ${result.tenant} --email ADRES\n`);
    }
    if (!result.hasAdministrator) {
      process.stdout.write(
        `\nLet op: niemand kan deze gemeente beheren (geen teruggezet account is beheerder). Zet haar opnieuw terug met\n` +
          `--admin-email ADRES (na duiding tenant delete --tenant ${result.tenant} --confirm ${result.tenant}).\n`,
      );
    }
    if (result.linksNotRestored.length) {
      process.stdout.write(
        `\nOpenbare links die hier al bij een andere gemeente horen, zijn weggelaten (geef de verzameling een nieuwe link):\n` +
          result.linksNotRestored.map((s) => `  /vertel/${s}\n`).join(''),
      );
    }
    return 0;
  },
};

const postgresAdvice = (what: 'backup' | 'restore', file: string) =>
  what === 'backup'
    ? `Deze installatie gebruikt een PostgreSQL-server (DATABASE_URL): maak de back-up met pg_dump. ` +
      `(This installation uses a PostgreSQL server: back it up with pg_dump.)\n\n` +
      `  pg_dump --format=custom --file=${file} "$DATABASE_URL"\n\nZie docs/operations.md.\n`
    : `Deze installatie gebruikt een PostgreSQL-server (DATABASE_URL): zet terug met pg_restore in een lege database. ` +
      `(This installation uses a PostgreSQL server: restore with pg_restore into an empty database.)\n\n` +
      `  pg_restore --exit-on-error --single-transaction --no-owner --dbname="$DATABASE_URL" ${file}\n\nZie docs/operations.md.\n`;

/** The lock error with what to do for this command; main.ts prints it with exit code 2. */
function heldByCommand(error: DataDirectoryLockedError, what: 'backup' | 'restore'): DataDirectoryLockedError {
  const explained = new DataDirectoryLockedError(error.dataDir, error.ownerPid);
  explained.message =
    what === 'backup'
      ? `De ingebouwde database in ${error.dataDir} is in gebruik door een ander Duiding-commando (pid ${error.ownerPid}), ` +
        `niet door een server waarmee dit commando kan praten. Wacht tot dat klaar is en probeer het opnieuw.\n` +
        `(The embedded database is in use by another Duiding command (pid ${error.ownerPid}), not by a server this command can talk to. ` +
        `Wait for it to finish and try again.)`
      : `Terugzetten kan niet terwijl een ander Duiding-commando (pid ${error.ownerPid}) de database in ${error.dataDir} gebruikt. ` +
        `Wacht tot dat klaar is. (Terwijl \`duiding serve\` draait, gaat het wel: de server zet dan zelf terug.)\n` +
        `(Cannot restore while another Duiding command (pid ${error.ownerPid}) uses the database; wait for it to finish. ` +
        `While \`duiding serve\` runs, restore works: the server does it.)`;
  return explained;
}

type Done<T> = { result: T; server: number | null };

/**
 * Runs the command on the data directory itself or, while `duiding serve` holds it, asks that
 * server over its control channel (serve-maintenance.ts). `local` and `live` return the same shape.
 */
async function embedded<T>(
  config: Config,
  what: 'backup' | 'restore',
  file: string,
  local: (dataDir: string) => Promise<T>,
  live: (socketDir: string) => Promise<T>,
): Promise<Done<T> | null> {
  if (config.database.kind === 'postgres') {
    process.stderr.write(postgresAdvice(what, file));
    return null;
  }
  const dataDir = config.database.dataDir;
  try {
    return { result: await local(dataDir), server: null };
  } catch (error) {
    if (error instanceof NoDatabaseHere || error instanceof NotABackup) throw new UsageError(error.message);
    if (!(error instanceof DataDirectoryLockedError)) throw error;
    const server = serverSocket(dataDir, error.ownerPid);
    if (!server) throw heldByCommand(error, what);
    try {
      return { result: await live(server.dir), server: error.ownerPid };
    } catch (failure) {
      if (failure instanceof ControlError) {
        if (failure.kind === 'not-a-backup') throw new UsageError(failure.message);
        if (failure.kind === 'busy') throw new ServerSocketUnavailable(dataDir, error.ownerPid, failure.message);
        throw failure;
      }
      // No answer on the control channel (a server of an older version, say): as before, stop it first.
      throw new ServerSocketUnavailable(
        dataDir,
        error.ownerPid,
        `${(failure as Error).message}; stop de server en probeer het opnieuw (stop the server and try again)`,
      );
    }
  }
}

const progressLine = (text: string) => process.stderr.write(`${text}\n`);

export const backupCommand: CommandSpec = {
  name: 'backup',
  positionals: [],
  options: { out: { type: 'string', short: 'o' } },
  requiredOptions: ['out'],
  help:
    'duiding backup --out duiding-backup.tar.gz\n\n' +
    'Een back-up van de hele ingebouwde database (alle gemeenten) in één bestand. Terugzetten: duiding restore.\n' +
    'Werkt ook terwijl duiding serve draait: de server maakt de back-up dan zelf.\n' +
    'Bij een PostgreSQL-server (DATABASE_URL) zegt dit commando hoe het met pg_dump moet.\n',
  async run(args, config) {
    const out = args.options.out as string;
    const done = await embedded(
      config,
      'backup',
      out,
      (dataDir) => backupDataDir(dataDir, out),
      async (socketDir) => {
        const { data } = await controlRequest(socketDir, { op: 'backup' }, progressLine);
        writeFileDurably(out, data!);
        return { bytes: data!.length };
      },
    );
    if (!done) return 2;
    const by = done.server ? `, gemaakt door de draaiende server (pid ${done.server})` : '';
    process.stdout.write(`Back-up geschreven naar ${out} (${(done.result.bytes / 1_048_576).toFixed(1)} MB${by}).\n`);
    return 0;
  },
};

export const restoreCommand: CommandSpec = {
  name: 'restore',
  positionals: ['file'],
  options: {},
  help:
    'duiding restore duiding-backup.tar.gz\n\n' +
    'Zet een back-up van `duiding backup` terug als de ingebouwde database. Terwijl duiding serve draait, doet de\n' +
    'server het zelf: eerst controleert hij de back-up, dan antwoordt hij een paar seconden niet (503) en wisselt hij.\n' +
    'De huidige database wordt niet verwijderd maar opzijgezet (pgdata.voor-herstel-…).\n' +
    'Bij een PostgreSQL-server (DATABASE_URL) zegt dit commando hoe het met pg_restore moet.\n',
  async run(args, config) {
    const file = args.positionals[0];
    if (!fs.existsSync(file)) throw new UsageError(`Bestand niet gevonden: ${file}`);
    const done = await embedded(
      config,
      'restore',
      file,
      (dataDir) => restoreDataDir(dataDir, file),
      async (socketDir) => {
        progressLine('De server draait: die zet de back-up zelf terug.');
        const { answer } = await controlRequest(socketDir, { op: 'restore', data: fs.readFileSync(file), name: file }, progressLine);
        return { tenants: Number(answer.tenants), previous: typeof answer.previous === 'string' ? answer.previous : null };
      },
    );
    if (!done) return 2;
    process.stdout.write(`Teruggezet uit ${file}: ${done.result.tenants} gemeente(n).\n`);
    if (done.server) process.stdout.write(`De server (pid ${done.server}) antwoordt weer, met de teruggezette gegevens.\n`);
    if (done.result.previous) process.stdout.write(`De vorige database staat nog in ${done.result.previous} (verwijder die zelf als alles klopt).\n`);
    return 0;
  },
};

// `duiding retention`, `duiding tenant export`, `duiding tenant delete`: the AVG duties an
// administrator runs from the console (the web offers the export and the audit log too).
import fs from 'node:fs';
import type { CommandSpec } from '../command-spec.ts';
import { UsageError } from '../args.ts';
import { withDatabase, withTenant } from '../runtime.ts';
import { applyRetention } from '../../services/retention.ts';
import { deleteTenant, writeTenantArchive } from '../../services/tenant-data.ts';

export const retentionCommand: CommandSpec = {
  name: 'retention',
  positionals: [],
  options: {},
  help:
    'duiding retention\n\nVerwijdert verhalen die ouder zijn dan de bewaartermijn van hun verzameling (alle gemeenten),\n' +
    'met hun antwoorden en de opgeslagen analyses. Het logboek van elke gemeente krijgt het aantal.\n' +
    '`duiding serve` doet dit ook zelf, elke zes uur.\n',
  async run(_args, config) {
    const run = await withDatabase(config, (handle) => applyRetention(handle.db));
    process.stdout.write(`Bewaartermijnen toegepast: ${run.deleted} verhalen verwijderd.\n`);
    for (const group of run.perCollection) process.stdout.write(`  ${group.collection}: ${group.stories}\n`);
    return 0;
  },
};

export const tenantExportCommand: CommandSpec = {
  name: 'tenant export',
  positionals: [],
  options: { out: { type: 'string', short: 'o' } },
  requiredOptions: ['out'],
  help:
    'duiding tenant export --out gegevens.zip [--tenant SLUG]\n\nAlle gegevens van een gemeente in één ZIP-bestand: vragenlijsten (JSON), verhalen (CSV),\n' +
    'cijfers (CSV) en elke tabel als JSON. Komt in het logboek.\n  --tenant SLUG        de gemeente (standaard: voorbeeld)\n',
  async run(args, config) {
    const out = args.options.out as string;
    let file: fs.promises.FileHandle;
    try {
      file = await fs.promises.open(out, 'w');
    } catch (error) {
      throw new UsageError(`Kan ${out} niet schrijven: ${(error as Error).message}`);
    }
    // The ZIP goes to the file as it is made (services/tenant-data.ts), never whole in memory; a
    // failure half-way leaves no half file behind.
    let written: { files: string[]; bytes: number };
    try {
      written = await withTenant(config, args.tenant, (ctx) => writeTenantArchive(ctx, (chunk) => file.write(chunk).then(() => {})));
      await file.close();
    } catch (error) {
      await file.close().catch(() => {});
      fs.rmSync(out, { force: true });
      throw error;
    }
    process.stdout.write(`${written.files.length} bestanden geschreven naar ${out} (${(written.bytes / 1024).toFixed(0)} kB).\n`);
    return 0;
  },
};

export const tenantDeleteCommand: CommandSpec = {
  name: 'tenant delete',
  positionals: [],
  options: { confirm: { type: 'string' } },
  requiredOptions: ['confirm'],
  help:
    'duiding tenant delete --tenant SLUG --confirm SLUG\n\nVerwijdert een gemeente met AL haar gegevens: verhalen, cijfers, opgaven, logboek, accounts die\n' +
    'nergens anders lid zijn. Dit kan niet ongedaan worden gemaakt: maak eerst `duiding tenant export`.\n' +
    '  --confirm SLUG       herhaal de naam van de gemeente ter bevestiging\n',
  async run(args, config) {
    const deletion = await withDatabase(config, (handle) => deleteTenant(handle.db, args.tenant, args.options.confirm as string));
    const rows = Object.values(deletion.rowsDeleted).reduce((sum, n) => sum + n, 0);
    process.stdout.write(`Gemeente ${deletion.tenant} verwijderd: ${rows} rijen, ${deletion.usersDeleted} accounts.\n`);
    return 0;
  },
};

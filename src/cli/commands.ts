import fs from 'node:fs';
import { exportQuestionnaire, importQuestionnaire } from '../services/import-questionnaire.ts';
import { importStories } from '../services/import-stories.ts';
import { exportStories, exportStoriesSheet } from '../services/export-stories.ts';
import { exportDefinitionsCsv, exportObservationsCsv, importDefinitionsJson, importIndicators, indicatorSheets } from '../services/indicators.ts';
import { readLine, wantsXlsx, writeWorkbook } from './table-output.ts';
import { importQuestionnaireWorkbook, questionnaireSheets } from '../services/questionnaire-xlsx.ts';
import { scanQuestionnaire } from '../services/patterns.ts';
import { seedDemo } from '../services/seed-demo.ts';
import { InputRejected } from '../domain/problems.ts';
import { type CommandSpec, type OptionSpec, TENANT_HELP } from './command-spec.ts';
import { terminalProgress } from './progress.ts';
import { withServeOptions } from './serve-options.ts';
import { fileSource, withDatabase, withTenant, writeOutput } from './runtime.ts';
import { printPatternTable } from './pattern-table.ts';
import { wordsCommand } from './commands/words.ts';
import { linkCommand } from './commands/link.ts';
import { reportCommand } from './commands/report.ts';
import { tenantCreateCommand, userResetLinkCommand } from './commands/accounts.ts';
import { redactCommand } from './commands/redact.ts';
import { retentionCommand, tenantDeleteCommand, tenantExportCommand } from './commands/tenant-data.ts';
import { backupCommand, restoreCommand, tenantImportCommand } from './commands/restore.ts';
import { exportSenseMakerCommand, importNarraFirmaCommand, importSenseMakerCommand } from './commands/foreign.ts';
import { cbsImportCommand, importAreasCommand } from './commands/areas.ts';
import { exportQdpxCommand, importQdpxCommand } from './commands/qdpx.ts';
import { networkCreateCommand, networkJoinCommand, networkLeaveCommand } from './commands/network.ts';

function readJsonFile(file: string): unknown {
  const source = fileSource(file);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputRejected([
      { file: source.name, code: 'invalid-json', nl: `geen geldige JSON: ${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

export const COMMANDS: CommandSpec[] = [
  {
    name: 'serve',
    positionals: [],
    options: { port: { type: 'string' }, host: { type: 'string' } },
    help:
      'duiding serve [--port POORT] [--host ADRES]\n\nStart de webapplicatie. Past migraties toe en vult bij een lege database de demogemeente.\n\n' +
      '  --port POORT         de poort (standaard 3000, of PORT); 0 kiest een vrije poort\n' +
      '  --host ADRES         het adres waarop de server luistert (standaard 127.0.0.1, of HOST);\n' +
      '                       0.0.0.0 voor alle netwerken, bijvoorbeeld in een container\n\n' +
      'Omgeving: PORT, HOST, DATABASE_URL of DUIDING_DATA_DIR (./data), DUIDING_SEED_DEMO=never om geen demo te vullen.\n' +
      '--port en --host gaan voor PORT en HOST.\n',
    // Loaded only for serve: the other commands need none of the web app's modules.
    run: async (args, config) => (await import('./serve.ts')).serve(withServeOptions(config, args.options)),
  },
  {
    name: 'migrate',
    positionals: [],
    options: {},
    help: 'duiding migrate\n\nWerkt het databaseschema bij (veilig om vaker te draaien).\n',
    async run(_args, config) {
      await withDatabase(config, async () => {});
      process.stdout.write('Database is bijgewerkt.\n');
      return 0;
    },
  },
  {
    name: 'seed-demo',
    positionals: [],
    options: { stories: { type: 'string' } },
    help: 'duiding seed-demo [--stories N]\n\nVult de fictieve demogemeente "Gemeente Voorbeeld" (tenant voorbeeld) met ongeveer 2.000 verzonnen verhalen en cijfers.\n',
    async run(args, config) {
      const stories = args.options.stories ? Number(args.options.stories) : undefined;
      const progress = terminalProgress();
      const result = await withDatabase(config, (h) => seedDemo(h.db, { stories, onProgress: progress, network: true }));
      progress.end();
      process.stdout.write(result.created ? `Demogemeente gevuld met ${result.stories} verhalen.\n` : 'De demogemeente bestaat al; er is niets veranderd.\n');
      return 0;
    },
  },
  {
    name: 'import questionnaire',
    positionals: ['file'],
    options: {},
    help: `duiding import questionnaire FILE\n\nLeest een vragenlijst (duiding.questionnaire/v1, JSON, of XLSX met de bladen vragenlijst, vertelvragen, vragen en opties).\nEen nieuwe sleutel maakt de vragenlijst; een bestaande sleutel met gewijzigde vragen maakt een nieuwe versie.\n${TENANT_HELP}`,
    async run(args, config) {
      const file = args.positionals[0];
      const result = wantsXlsx(file)
        ? await withTenant(config, args.tenant, (ctx) => importQuestionnaireWorkbook(ctx, fileSource(file)))
        : await withTenant(config, args.tenant, (ctx) => importQuestionnaire(ctx, readJsonFile(file), file.split('/').pop()));
      const what = { created: 'aangemaakt', 'new-version': 'nieuwe versie', unchanged: 'ongewijzigd' }[result.outcome];
      process.stdout.write(`Vragenlijst "${result.key}": ${what} (versie ${result.version}).\n`);
      return 0;
    },
  },
  {
    name: 'import stories',
    positionals: ['file'],
    options: { questionnaire: { type: 'string' }, collection: { type: 'string' } },
    requiredOptions: ['questionnaire'],
    help: `duiding import stories FILE --questionnaire KEY [--collection SLUG]\n\nLeest verhalen (duiding.stories/v1) uit CSV (ook Excels puntkomma-CSV) of XLSX (het eerste blad). Alles of niets: bij één fout wordt niets opgeslagen.\nEen verhaal met een bestaand story_id wordt vervangen.\n  --questionnaire KEY  de vragenlijst\n  --collection SLUG    zet alle verhalen in deze collectie (anders: de kolom collection)\n${TENANT_HELP}`,
    async run(args, config) {
      const source = fileSource(args.positionals[0]);
      const progress = terminalProgress();
      const result = await withTenant(config, args.tenant, (ctx) =>
        importStories(ctx, {
          source,
          questionnaireKey: args.options.questionnaire as string,
          collectionSlug: args.options.collection as string | undefined,
          onProgress: progress,
          // Said the moment COMMIT returns (stdout to a pipe or file is synchronous on Linux): a run
          // killed after it still tells that the stories are stored.
          onCommitted: (n) => {
            progress.end();
            process.stdout.write(`Vastgelegd: ${n.toLocaleString('nl-NL')} verhalen (transactie afgerond).\n`);
          },
        }),
      ).finally(() => progress.end());
      process.stdout.write(readLine(result.read));
      process.stdout.write(
        `${result.stories} verhalen ingelezen${result.replaced ? ` (${result.replaced} vervangen)` : ''}` +
          `${result.collectionsCreated.length ? `; nieuwe collecties: ${result.collectionsCreated.join(', ')}` : ''}.\n` +
          codingsLine(result.codings),
      );
      return 0;
    },
  },
  {
    name: 'import indicators',
    positionals: ['file'],
    options: { definitions: { type: 'string' } },
    help: `duiding import indicators FILE [--definitions FILE]\n\nLeest cijfers (duiding.indicators/v1) uit CSV, XLSX of JSON: waarnemingen (indicator,area,period,value[,provider,numerator,denominator])\nen/of definities (key,name,unit,direction,source,definition,domain; JSON: alleen definities). Een werkmap mag een blad\n"definities" en een blad "waarnemingen" hebben. Leeg of "." is ontbrekend, nooit nul.\nEen waarneming van een onbekende indicator keurt het bestand af, tenzij het bestand (of --definitions) hem definieert.\n  --definitions FILE   definities die eerst gelden (CSV, XLSX of JSON)\n${TENANT_HELP}`,
    async run(args, config) {
      const file = args.positionals[0];
      const extra = args.options.definitions as string | undefined;
      const definitions =
        extra === undefined ? undefined : extra.endsWith('.json') ? { file: extra.split('/').pop()!, json: readJsonFile(extra) } : fileSource(extra);
      const result = file.endsWith('.json')
        ? await withTenant(config, args.tenant, (ctx) => importDefinitionsJson(ctx, readJsonFile(file), file.split('/').pop()))
        : await withTenant(config, args.tenant, (ctx) => importIndicators(ctx, fileSource(file), { definitions }));
      process.stdout.write(readLine(result.read));
      const observations = result.kind === 'observations' ? `${result.rows} waarnemingen` : '';
      const defs = result.definitions > 0 || result.kind === 'definitions' ? `${result.definitions} definities` : '';
      process.stdout.write(
        `${[defs, observations].filter(Boolean).join(' en ')} ingelezen` +
          `${result.definitionsCreated.length ? `; nieuwe indicatoren: ${result.definitionsCreated.join(', ')}` : ''}.\n`,
      );
      return 0;
    },
  },
  {
    name: 'export questionnaire',
    positionals: ['key'],
    options: { out: { type: 'string' } },
    help: `duiding export questionnaire KEY [--out FILE]\n\nSchrijft de nieuwste versie van de vragenlijst als duiding.questionnaire/v1 (JSON, of XLSX als FILE op .xlsx eindigt).\n${TENANT_HELP}`,
    async run(args, config) {
      const out = args.options.out as string | undefined;
      if (wantsXlsx(out)) {
        await withTenant(config, args.tenant, async (ctx) => writeWorkbook(out!, await questionnaireSheets(ctx, args.positionals[0])));
        return 0;
      }
      const q = await withTenant(config, args.tenant, (ctx) => exportQuestionnaire(ctx, args.positionals[0]));
      await writeOutput(args.options.out as string | undefined, JSON.stringify(q, null, 2) + '\n');
      return 0;
    },
  },
  {
    name: 'export stories',
    positionals: [],
    options: { questionnaire: { type: 'string' }, out: { type: 'string' } },
    requiredOptions: ['questionnaire'],
    help: `duiding export stories --questionnaire KEY [--out FILE]\n\nSchrijft alle verhalen van de vragenlijst als duiding.stories/v1: CSV, of XLSX als FILE op .xlsx eindigt.\n${TENANT_HELP}`,
    async run(args, config) {
      const out = args.options.out as string | undefined;
      if (wantsXlsx(out)) {
        await withTenant(config, args.tenant, async (ctx) => writeWorkbook(out!, [await exportStoriesSheet(ctx, args.options.questionnaire as string)]));
        return 0;
      }
      await withTenant(config, args.tenant, async (ctx) =>
        writeOutput(args.options.out as string | undefined, await exportStories(ctx, args.options.questionnaire as string)),
      );
      return 0;
    },
  },
  {
    name: 'export indicators',
    positionals: [],
    options: { out: { type: 'string' }, definitions: { type: 'boolean' }, indicator: { type: 'string' } },
    help: `duiding export indicators [--definitions] [--indicator KEY] [--out FILE]\n\nSchrijft de waarnemingen (of met --definitions de definities) als duiding.indicators/v1 (CSV).\nEindigt FILE op .xlsx, dan een werkmap met de bladen "definities" en "waarnemingen" (met --definitions alleen "definities").\n${TENANT_HELP}`,
    async run(args, config) {
      const out = args.options.out as string | undefined;
      if (wantsXlsx(out)) {
        const options = { definitionsOnly: Boolean(args.options.definitions), indicator: args.options.indicator as string | undefined };
        await withTenant(config, args.tenant, async (ctx) => writeWorkbook(out!, await indicatorSheets(ctx, options)));
        return 0;
      }
      const csv = await withTenant(config, args.tenant, (ctx) =>
        args.options.definitions ? exportDefinitionsCsv(ctx) : exportObservationsCsv(ctx, args.options.indicator as string | undefined),
      );
      await writeOutput(args.options.out as string | undefined, csv);
      return 0;
    },
  },
  {
    name: 'patterns',
    positionals: [],
    options: {
      questionnaire: { type: 'string' },
      json: { type: 'boolean' },
      collection: { type: 'string' },
      period: { type: 'string' },
      // Repeatable (parseArgs' `multiple`), which OptionSpec does not spell.
      filter: { type: 'string', multiple: true } as OptionSpec[string],
      'no-cache': { type: 'boolean' },
    },
    requiredOptions: ['questionnaire'],
    help:
      'duiding patterns --questionnaire KEY [--collection SLUG] [--period 2026|2026-Q1|2026-03] [--filter VRAAG=WAARDE[,WAARDE]]... [--no-cache] [--json]\n\n' +
      'Toetst elk paar vragen (duiding.patterns/v1) over de gepubliceerde verhalen. Zonder --json een gerangschikte tabel.\n' +
      '  --filter rol=jongere,ouder   alleen verhalen met een van deze antwoorden (keuze-, meerkeuze- of gebiedsvraag); herhaalbaar\n' +
      '  --period 2026-Q1             alleen verhalen verzameld in dat jaar, kwartaal of die maand\n' +
      '  --no-cache                   opnieuw toetsen, ook als er een bewaarde uitkomst is\n' +
      TENANT_HELP,
    async run(args, config) {
      const { filterFromArguments } = await import('../services/patterns.ts');
      const filters = (args.options.filter as unknown as string[] | undefined) ?? [];
      const doc = await withTenant(config, args.tenant, (ctx) =>
        scanQuestionnaire(ctx, args.options.questionnaire as string, {
          filter: filterFromArguments(filters, args.options.collection as string | undefined, args.options.period as string | undefined),
          cache: !args.options['no-cache'],
        }),
      );
      if (args.options.json) process.stdout.write(JSON.stringify(doc) + '\n');
      else printPatternTable(doc);
      return 0;
    },
  },
  linkCommand,
  redactCommand,
  {
    name: 'stories',
    positionals: [],
    options: {
      questionnaire: { type: 'string' },
      var: { type: 'string' },
      min: { type: 'string' },
      max: { type: 'string' },
      range: { type: 'string', multiple: true } as OptionSpec[string],
      group: { type: 'string', multiple: true } as OptionSpec[string],
      search: { type: 'string' },
      collection: { type: 'string' },
      period: { type: 'string' },
      filter: { type: 'string', multiple: true } as OptionSpec[string],
      page: { type: 'string' },
      'page-size': { type: 'string' },
      json: { type: 'boolean' },
    },
    requiredOptions: ['questionnaire'],
    help:
      'duiding stories --questionnaire KEY [--var NAAM --min X --max Y] [--range NAAM:X:Y]... [--group NAAM:WAARDE]...\n' +
      '                [--search WOORDEN] [--filter VRAAG=WAARDE]... [--collection SLUG] [--period P] [--page N] [--page-size N] [--json]\n\n' +
      'De gepubliceerde verhalen achter een patroon: bijvoorbeeld --var gehoord --min 0 --max 40, --group rol:jongere,\n' +
      '--group wat_hielp=luisteren:ja of --range wie_hielp.2:0.5: (hoek van een driehoek, aandeel ≥ 0,5).\n' +
      '--search zoekt in het Nederlands in titel en tekst ("wachtlijsten" vindt "wachtlijst").\n' +
      TENANT_HELP,
    async run(args, config) {
      const { filterFromArguments } = await import('../services/patterns.ts');
      const { storiesBehind } = await import('../services/stories-behind.ts');
      const o = args.options;
      const list = (name: string) => (o[name] as unknown as string[] | undefined) ?? [];
      const result = await withTenant(config, args.tenant, (ctx) =>
        storiesBehind(ctx, o.questionnaire as string, {
          filter: filterFromArguments(list('filter'), o.collection as string | undefined, o.period as string | undefined),
          cell: {
            var: o.var as string | undefined,
            min: o.min as string | undefined,
            max: o.max as string | undefined,
            ranges: list('range'),
            groups: list('group'),
          },
          search: (o.search as string | undefined) ?? null,
          page: o.page === undefined ? 1 : Number(o.page),
          pageSize: o['page-size'] === undefined ? 25 : Number(o['page-size']),
        }),
      );
      if (o.json) process.stdout.write(JSON.stringify(result) + '\n');
      else {
        process.stdout.write(`${result.total} verhalen (pagina ${result.page} van ${result.pages})\n`);
        for (const story of result.stories) {
          const text = story.text.replace(/\s+/g, ' ');
          process.stdout.write(
            `\n${story.ref}  ${story.collected_at.slice(0, 10)}  ${story.collection}\n  ${story.title}\n  ${text.length > 160 ? `${text.slice(0, 159)}…` : text}\n`,
          );
        }
      }
      return 0;
    },
  },
  wordsCommand,
  reportCommand,
  userResetLinkCommand,
  tenantCreateCommand,
  networkCreateCommand,
  networkJoinCommand,
  networkLeaveCommand,
  retentionCommand,
  tenantExportCommand,
  tenantDeleteCommand,
  tenantImportCommand,
  backupCommand,
  restoreCommand,
  importNarraFirmaCommand,
  importSenseMakerCommand,
  exportSenseMakerCommand,
  importAreasCommand,
  cbsImportCommand,
  exportQdpxCommand,
  importQdpxCommand,
];

/** What a re-import did to the analysts' codings of the stories it replaced (empty when none). */
function codingsLine(codings: { kept: number; passagesDropped: number }): string {
  if (codings.kept === 0 && codings.passagesDropped === 0) return '';
  const dropped = codings.passagesDropped ? `; ${codings.passagesDropped} gecodeerde passages vervallen omdat de tekst van het verhaal veranderde` : '';
  return `Coderingen van vervangen verhalen meegenomen: ${codings.kept}${dropped}.\n`;
}

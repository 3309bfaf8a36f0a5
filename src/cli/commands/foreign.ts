// `duiding import narrafirma`, `import sensemaker` and `export sensemaker`: stories from and to
// the other narrative tools municipalities use (docs/formats.md).
import fs from 'node:fs';
import { type CommandSpec, TENANT_HELP } from '../command-spec.ts';
import { formatProblem, InputRejected } from '../../domain/problems.ts';
import { exportSenseMaker } from '../../services/export-sensemaker.ts';
import { importNarraFirma, importSenseMaker, type ForeignImportResult } from '../../services/import-foreign.ts';
import { fileSource, withTenant, writeOutput } from '../runtime.ts';

const COMMON_HELP =
  '  --questionnaire KEY  sleutel van de vragenlijst die ontstaat (bestaat hij al: een nieuwe versie)\n' +
  '  --collection SLUG    collectie van de verhalen (standaard: KEY-narrafirma / KEY-sensemaker)\n' +
  '  --language CODE      taal van de teksten in het formulier (standaard: uit de bestanden)\n' +
  TENANT_HELP;
const COMMON_OPTIONS = {
  questionnaire: { type: 'string' },
  stories: { type: 'string' },
  collection: { type: 'string' },
  language: { type: 'string' },
} as const;

function report(result: ForeignImportResult): void {
  const q = result.questionnaire;
  const what = { created: 'aangemaakt', 'new-version': 'nieuwe versie', unchanged: 'ongewijzigd' }[q.outcome];
  process.stdout.write(`Vragenlijst "${q.key}": ${what} (versie ${q.version}).\n`);
  process.stdout.write(
    `${result.stories} verhalen ingelezen${result.replaced ? ` (${result.replaced} vervangen)` : ''}${result.collectionsCreated.length ? `; nieuwe collecties: ${result.collectionsCreated.join(', ')}` : ''}.\n`,
  );
  if (result.notMapped.length > 0) {
    process.stdout.write(`\nNiet overgenomen (${result.notMapped.length}):\n`);
    for (const note of result.notMapped) process.stdout.write(`  ${formatProblem(note)}\n`);
  }
}

export const importNarraFirmaCommand: CommandSpec = {
  name: 'import narrafirma',
  positionals: [],
  options: { ...COMMON_OPTIONS, form: { type: 'string' } },
  requiredOptions: ['questionnaire', 'form', 'stories'],
  help:
    'duiding import narrafirma --questionnaire KEY --form FORM.csv --stories STORIES.csv [--collection SLUG]\n\n' +
    'Leest een verhaalformulier en verhalen uit NarraFirma (de CSV-bestanden van zijn import). Het formulier\n' +
    'wordt een vragenlijst, elke rij een verhaal. Alles of niets; wat niet over te nemen is, wordt gemeld.\n' +
    '  --form FILE          het verhaalformulier (CSV)\n  --stories FILE       de verhalen (CSV)\n' +
    COMMON_HELP,
  async run(args, config) {
    const o = args.options;
    const [form, stories] = [fileSource(o.form as string), fileSource(o.stories as string)];
    const result = await withTenant(config, args.tenant, (ctx) =>
      importNarraFirma(ctx, {
        questionnaireKey: o.questionnaire as string,
        form,
        stories,
        collectionSlug: o.collection as string | undefined,
        language: o.language as string | undefined,
      }),
    );
    report(result);
    return 0;
  },
};

export const importSenseMakerCommand: CommandSpec = {
  name: 'import sensemaker',
  positionals: [],
  options: { ...COMMON_OPTIONS, definition: { type: 'string' } },
  requiredOptions: ['questionnaire', 'definition', 'stories'],
  help:
    'duiding import sensemaker --questionnaire KEY --definition DEF.json --stories EXPORT.csv [--collection SLUG]\n\n' +
    'Leest een SenseMaker-raamwerk (definitie, JSON) en de export van zijn verhalen (CSV). Driehoeken, schuiven,\n' +
    'stenen en lijsten worden vragen; elke rij een verhaal. Alles of niets; wat niet over te nemen is, wordt gemeld.\n' +
    '  --definition FILE    het raamwerk (JSON)\n  --stories FILE       de export (CSV)\n' +
    COMMON_HELP,
  async run(args, config) {
    const o = args.options;
    const [definition, stories] = [fileSource(o.definition as string), fileSource(o.stories as string)];
    const result = await withTenant(config, args.tenant, (ctx) =>
      importSenseMaker(ctx, {
        questionnaireKey: o.questionnaire as string,
        definition,
        stories,
        collectionSlug: o.collection as string | undefined,
        language: o.language as string | undefined,
      }),
    );
    report(result);
    return 0;
  },
};

export const exportSenseMakerCommand: CommandSpec = {
  name: 'export sensemaker',
  positionals: [],
  options: { questionnaire: { type: 'string' }, out: { type: 'string' }, definition: { type: 'string' } },
  requiredOptions: ['questionnaire'],
  help:
    'duiding export sensemaker --questionnaire KEY [--out FILE.csv] [--definition DEF.json]\n\n' +
    'Schrijft de verhalen in de CSV-indeling van een SenseMaker-export. Met --definition dragen de kolommen\n' +
    'de ids van dat raamwerk (zoals bij de import); zonder krijgen ze vaste ids uit de sleutels.\n' +
    TENANT_HELP,
  async run(args, config) {
    const o = args.options;
    let definition: { name: string; json: unknown } | undefined;
    if (o.definition) {
      const source = fileSource(o.definition as string);
      try {
        definition = { name: source.name, json: JSON.parse(fs.readFileSync(o.definition as string, 'utf8').replace(/^\uFEFF/, '')) };
      } catch (error) {
        throw new InputRejected([
          { file: source.name, code: 'invalid-json', nl: `geen geldige JSON: ${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` },
        ]);
      }
    }
    await withTenant(config, args.tenant, async (ctx) =>
      writeOutput(o.out as string | undefined, await exportSenseMaker(ctx, o.questionnaire as string, { definition })),
    );
    return 0;
  },
};

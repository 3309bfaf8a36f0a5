// `duiding export qdpx` and `duiding import qdpx`: the stories, codebook and codings of a
// questionnaire as a REFI-QDA project, for ATLAS.ti, MAXQDA and NVivo, and the codes back.
import fs from 'node:fs';
import { TENANT_HELP, type CommandSpec } from '../command-spec.ts';
import { formatProblem } from '../../domain/problems.ts';
import { exportQdpx, importQdpx } from '../../services/coding/qdpx.ts';
import { FileMissing, withTenant } from '../runtime.ts';

export const exportQdpxCommand: CommandSpec = {
  name: 'export qdpx',
  positionals: [],
  options: { questionnaire: { type: 'string' }, out: { type: 'string' } },
  requiredOptions: ['questionnaire', 'out'],
  help:
    'duiding export qdpx --questionnaire KEY --out PROJECT.qdpx\n\n' +
    'Schrijft de verhalen van de vragenlijst, het codeboek en alle coderingen als REFI-QDA-project (QDPX).\n' +
    'ATLAS.ti, MAXQDA en NVivo openen dat. Elk verhaal is een tekstbron met zijn story_id als naam;\n' +
    'een gecodeerd fragment is een selectie met zijn code, een heel verhaal een codering van de bron.\n\n' +
    '  --questionnaire KEY  de vragenlijst\n  --out FILE           het projectbestand (.qdpx)\n' +
    TENANT_HELP,
  async run(args, config) {
    const bytes = await withTenant(config, args.tenant, (ctx) => exportQdpx(ctx, args.options.questionnaire as string));
    fs.writeFileSync(args.options.out as string, bytes);
    process.stdout.write(`Project geschreven naar ${args.options.out as string}.\n`);
    return 0;
  },
};

export const importQdpxCommand: CommandSpec = {
  name: 'import qdpx',
  positionals: ['FILE'],
  options: { questionnaire: { type: 'string' } },
  requiredOptions: ['questionnaire'],
  help:
    'duiding import qdpx PROJECT.qdpx --questionnaire KEY\n\n' +
    'Leest codes en gecodeerde fragmenten terug uit een REFI-QDA-project (QDPX). Verhalen worden herkend\n' +
    'aan hun GUID (een export van Duiding) of aan de naam van de bron (de story_id); codes aan hun GUID of\n' +
    'naam, anders komen ze er als nieuwe code bij. Alles of niets: bij een fout wordt niets opgeslagen,\n' +
    'en de melding noemt het element. Wat er al was, komt er niet twee keer in.\n\n' +
    '  --questionnaire KEY  de vragenlijst waarvan de verhalen zijn\n' +
    TENANT_HELP,
  async run(args, config) {
    const file = args.positionals[0]!;
    if (!fs.existsSync(file)) throw new FileMissing(file);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const name = file.split('/').pop() ?? file;
    const result = await withTenant(config, args.tenant, (ctx) => importQdpx(ctx, args.options.questionnaire as string, bytes, name));
    process.stdout.write(
      `${result.codings} coderingen ingelezen${result.unchanged ? ` (${result.unchanged} waren er al)` : ''}; ` +
        `${result.codesMatched} codes herkend${result.codesCreated.length ? `, nieuw: ${result.codesCreated.join(', ')}` : ''}.\n`,
    );
    for (const note of result.notes) process.stdout.write(`  ${formatProblem(note)}\n`);
    return 0;
  },
};

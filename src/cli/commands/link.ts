// `duiding link`: warm × cold for one questionnaire, as duiding.link/v1 JSON or a ranked table.
import type { LinkDocument, LinkFlag } from '../../domain/link/index.ts';
import { linkQuestionnaire } from '../../services/link.ts';
import type { CommandSpec } from '../command-spec.ts';
import { withTenant } from '../runtime.ts';

const FLAG_NL: Record<LinkFlag, string> = { few_areas: 'weinig gebieden', few_stories: 'weinig verhalen' };
const AGGREGATE_NL = { median: 'mediaan', share: 'aandeel' } as const;

export const linkCommand: CommandSpec = {
  name: 'link',
  positionals: [],
  options: { questionnaire: { type: 'string' }, json: { type: 'boolean' }, indicator: { type: 'string' }, 'area-question': { type: 'string' } },
  requiredOptions: ['questionnaire'],
  help:
    'duiding link --questionnaire KEY [--json] [--indicator KEY] [--area-question KEY]\n\n' +
    'Warm × koud: zet elke verhaalvariabele (mediaan per gebied en jaar, of aandeel per antwoordoptie)\n' +
    'af tegen elke indicator voor dezelfde gebieden en jaren (Spearmans ρ, p, q; duiding.link/v1).\n' +
    'Gebieden met minder dan 10 verhalen staan erbij als "te weinig verhalen" en tellen niet mee in ρ.\n' +
    '  --questionnaire KEY   de vragenlijst\n' +
    '  --json                schrijf duiding.link/v1 (JSON) in plaats van een tabel\n' +
    '  --indicator KEY       alleen deze indicator\n' +
    '  --area-question KEY   de gebiedsvraag (standaard: de eerste op wijkniveau)\n' +
    '  --tenant SLUG         de gemeente (standaard: voorbeeld)\n',
  async run(args, config) {
    const doc = await withTenant(config, args.tenant, (ctx) =>
      linkQuestionnaire(ctx, args.options.questionnaire as string, {
        indicator: args.options.indicator as string | undefined,
        areaQuestion: args.options['area-question'] as string | undefined,
      }),
    );
    if (args.options.json) process.stdout.write(JSON.stringify(doc) + '\n');
    else printLinkTable(doc);
    return 0;
  },
};

/** Ranked by p, as in the document. */
function printLinkTable(doc: LinkDocument, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`${doc.stories} verhalen (${doc.stories_without_area} zonder gebied), gebiedsvraag "${doc.area_question}", ${doc.links.length} koppelingen\n`);
  if (doc.indicators_without_observations.length) {
    out.write(`Geen jaarcijfers voor deze gebieden en jaren: ${doc.indicators_without_observations.join(', ')}\n`);
  }
  out.write('\n');
  out.write(
    `${'verhaalvariabele'.padEnd(26)} ${'maat'.padEnd(8)} ${'indicator'.padEnd(36)} ${'ρ'.padStart(7)} ${'p'.padStart(10)} ${'q'.padStart(10)} ${'gebieden'.padStart(8)} ${'punten'.padStart(6)}  signalen\n`,
  );
  for (const link of doc.links) {
    const rho = (link.rho === null ? '–' : link.rho.toFixed(3)).padStart(7);
    out.write(
      `${link.story_variable.padEnd(26)} ${AGGREGATE_NL[link.aggregate].padEnd(8)} ${link.indicator.padEnd(36)} ${rho} ${fmt(link.p)} ${fmt(link.q)} ` +
        `${String(link.n_areas).padStart(8)} ${String(link.n_points).padStart(6)}  ${link.flags.map((f) => FLAG_NL[f]).join(', ')}\n`,
    );
  }
}

function fmt(value: number | null): string {
  return (value === null ? '–' : value.toExponential(2)).padStart(10);
}

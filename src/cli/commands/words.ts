// `duiding words`: the words that set one group of stories apart from another.
import type { CommandSpec } from '../command-spec.ts';
import { UsageError } from '../args.ts';
import { withTenant } from '../runtime.ts';
import { distinctiveWordsFor } from '../../services/words.ts';
import type { DistinctiveWord, WordsDocument } from '../../domain/words/index.ts';

export const wordsCommand: CommandSpec = {
  name: 'words',
  positionals: [],
  options: { questionnaire: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean' } },
  requiredOptions: ['questionnaire', 'a'],
  help:
    'duiding words --questionnaire KEY --a VRAAG=ANTWOORD [--b VRAAG=ANTWOORD] [--top 20] [--json]\n\n' +
    'Woorden die groep A onderscheiden van groep B (zonder --b: alle andere gepubliceerde verhalen),\n' +
    'met gewogen log-odds en een informatieve Dirichlet-prior (Monroe, Colaresi & Quinn 2008).\n' +
    'Titel en tekst, kleine letters, zonder stopwoorden, gestemd (Snowball Nederlands).\n' +
    '  --a gevoel=boos      groep A: een antwoord op een keuze- of gebiedsvraag, of een optie van een meerkeuzevraag\n' +
    '  --b gevoel=blij      groep B (standaard: de rest)\n' +
    '  --top N              aantal woorden per groep (standaard 20)\n' +
    '  --json               duiding.words/v1 als JSON\n' +
    '  --tenant SLUG        de gemeente (standaard: voorbeeld)\n',
  async run(args, config) {
    const top = args.options.top === undefined ? undefined : Number(args.options.top);
    if (top !== undefined && !Number.isInteger(top)) throw new UsageError('--top moet een geheel getal zijn');
    const doc = await withTenant(config, args.tenant, (ctx) =>
      distinctiveWordsFor(ctx, {
        questionnaireKey: args.options.questionnaire as string,
        a: args.options.a as string,
        b: (args.options.b as string | undefined) ?? null,
        top,
      }),
    );
    if (args.options.json) process.stdout.write(JSON.stringify(doc) + '\n');
    else printWordsTable(doc);
    return 0;
  },
};

function printWordsTable(doc: WordsDocument, out: NodeJS.WritableStream = process.stdout): void {
  const b = doc.b.label === 'rest' ? 'de rest' : doc.b.label;
  out.write(`A: ${doc.a.label} (${doc.a.stories} verhalen, ${doc.a.words} woorden)\n`);
  out.write(`B: ${b} (${doc.b.stories} verhalen, ${doc.b.words} woorden)\n`);
  out.write(`Prior: α0 = ${Math.round(doc.method.alpha0)}; woorden die minder dan ${doc.method.minCount} keer voorkomen, zijn weggelaten.\n`);
  if (doc.method.note) out.write(`Let op: ${doc.method.note.nl}\n`);
  section(out, `Kenmerkend voor ${doc.a.label}`, doc.topA);
  section(out, `Kenmerkend voor ${b}`, doc.topB);
}

function section(out: NodeJS.WritableStream, title: string, words: DistinctiveWord[]): void {
  out.write(`\n${title}\n`);
  if (words.length === 0) {
    out.write('  (geen woorden)\n');
    return;
  }
  out.write(`${'woord'.padEnd(24)} ${'stam'.padEnd(20)} ${'in A'.padStart(6)} ${'in B'.padStart(6)} ${'δ'.padStart(8)} ${'z'.padStart(8)}\n`);
  for (const w of words) {
    out.write(
      `${w.word.padEnd(24)} ${w.stem.padEnd(20)} ${String(w.countA).padStart(6)} ${String(w.countB).padStart(6)} ${nl(w.delta, 3).padStart(8)} ${nl(w.z, 2).padStart(8)}\n`,
    );
  }
}

const nl = (value: number, digits: number) => value.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

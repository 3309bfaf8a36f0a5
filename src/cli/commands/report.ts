// `duiding report`: the council report of one opgave as PDF or HTML, stored as a draft (or
// published with --publish) exactly as the button on /rapporten does.
import fs from 'node:fs';
import path from 'node:path';
import { InputRejected } from '../../domain/problems.ts';
import { generateReport, publishReport } from '../../services/reports.ts';
import { UsageError } from '../args.ts';
import type { CommandSpec } from '../command-spec.ts';
import { withTenant } from '../runtime.ts';

export const reportCommand: CommandSpec = {
  name: 'report',
  positionals: [],
  options: { opgave: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' }, publish: { type: 'boolean' }, lang: { type: 'string' } },
  requiredOptions: ['opgave', 'out'],
  help:
    'duiding report --opgave KEY --out BESTAND.pdf|BESTAND.html [--period 2026] [--publish] [--lang nl|en]\n\n' +
    'Maakt de raadsrapportage van een opgave: omslag, samenvatting, cijfers, patronen in de verhalen,\n' +
    'geciteerde verhalen, verhalen naast cijfers, verandertheorie, afspraken en een methodebijlage.\n' +
    'Altijd zoals de raad het ziet: groepen onder de drempel staan er als "te weinig verhalen".\n' +
    'Het rapport wordt bewaard als concept; met --publish wordt het gepubliceerd (een vaste momentopname).\n' +
    '  --opgave KEY      de opgave, bijvoorbeeld zo-thuis\n' +
    '  --out BESTAND     .pdf of .html\n' +
    '  --period PERIODE  bijvoorbeeld 2026, 2026-Q1 of 2026-03 (standaard: alle jaren)\n' +
    '  --publish         publiceer het rapport meteen\n' +
    '  --lang nl|en      taal van het rapport (standaard: nl)\n' +
    '  --tenant SLUG     de gemeente (standaard: voorbeeld)\n',
  async run(args, config) {
    const out = args.options.out as string;
    const format = formatOf(out);
    const lang = (args.options.lang as string | undefined) ?? 'nl';
    if (lang !== 'nl' && lang !== 'en') throw new UsageError(`--lang moet nl of en zijn, niet "${lang}"`);
    checkWritable(out);
    const started = performance.now();
    const opened = await withTenant(config, args.tenant, async (ctx) => {
      const draft = await generateReport(ctx, args.options.opgave as string, { period: (args.options.period as string | undefined) ?? null, lang });
      return args.options.publish ? publishReport(ctx, draft.item.id, { regenerate: false }) : draft;
    });
    fs.writeFileSync(out, format === 'pdf' ? opened.pdf : opened.html);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const state = opened.item.status === 'published' ? 'gepubliceerd' : 'bewaard als concept';
    process.stdout.write(`${opened.item.title}: ${out} geschreven in ${seconds} s (${state}, rapport ${opened.item.id}).\n`);
    return 0;
  },
};

function formatOf(out: string): 'pdf' | 'html' {
  const ext = path.extname(out).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new UsageError(`--out moet eindigen op .pdf of .html, niet "${ext || out}"`);
}

/** Fails before the (seconds-long) generation when the file cannot be written. */
function checkWritable(out: string): void {
  const dir = path.dirname(path.resolve(out));
  const fail = (nl: string, en: string) => {
    throw new InputRejected([{ field: 'out', code: 'unwritable', nl: `kan het rapport niet opslaan: ${nl}`, en: `cannot write the report: ${en}` }]);
  };
  if (!fs.existsSync(dir)) fail(`de map ${dir} bestaat niet`, `directory ${dir} does not exist`);
  const exists = fs.existsSync(out);
  if (exists && fs.statSync(out).isDirectory()) fail(`${out} is een map, geen bestand`, `${out} is a directory`);
  try {
    fs.accessSync(exists ? out : dir, fs.constants.W_OK);
  } catch {
    fail(`geen schrijfrechten voor ${exists ? out : dir}`, `no permission to write ${exists ? out : dir}`);
  }
}

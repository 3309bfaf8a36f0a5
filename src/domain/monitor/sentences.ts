// One plain-language sentence per pattern, generated from the pattern's (already suppressed)
// chart data, so a sentence can never state a figure the reader may not see. Rules in
// docs/monitor.md: groups → highest against lowest median; table → the cell that is most
// above its column's average; correlation → direction and strength. Dutch number formatting.
import type { PatternTest } from '../patterns/types.ts';
import { isSuppressed, type Figure } from '../privacy/suppression.ts';
import type { Bilingual } from './labels.ts';
import type { GroupBar, PatternChart } from './pattern-chart.ts';

export interface SentenceInput {
  test: PatternTest;
  n: Figure;
  a: Bilingual;
  b: Bilingual;
  chart: PatternChart;
  /** The strength word (zwak, matig, …), said beside a correlation's number. */
  strength?: Bilingual;
}

type Lang = 'nl' | 'en';

export function formatFigure(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, useGrouping: true }).format(value);
}

const pct = (share: number, lang: Lang) => `${formatFigure(Math.round(share * 100), lang, 0)}%`;

function storiesText(n: Figure, lang: Lang): string {
  if (isSuppressed(n)) return lang === 'nl' ? 'te weinig verhalen' : 'too few stories';
  const number = formatFigure(n, lang, 0);
  if (lang === 'nl') return n === 1 ? '1 verhaal' : `${number} verhalen`;
  return n === 1 ? '1 story' : `${number} stories`;
}

export function patternSentence(input: SentenceInput): Bilingual {
  return { nl: sentence(input, 'nl'), en: sentence(input, 'en') };
}

function sentence(input: SentenceInput, lang: Lang): string {
  const { chart } = input;
  if (chart.kind === 'groups') return groupSentence(input, chart.groups, chart.higher, lang, chart.percent ?? false);
  if (chart.kind === 'table') return tableSentence(input, chart, lang);
  return correlationSentence(input, chart.rho, lang);
}

function groupSentence(input: SentenceInput, groups: GroupBar[], higherEnd: Bilingual | null, lang: Lang, percent: boolean): string {
  const a = input.a[lang];
  const b = input.b[lang];
  const n = storiesText(input.n, lang);
  const visible = groups.filter((g): g is GroupBar & { median: number } => !isSuppressed(g.median));
  if (visible.length < 2) {
    return lang === 'nl'
      ? `Het antwoord op "${a}" verschilt per antwoord op "${b}". De groepen zijn te klein om cijfers te tonen (${n}).`
      : `The answer to "${a}" differs by the answer to "${b}". The groups are too small to show figures (${n}).`;
  }
  const sorted = [...visible].sort((x, y) => y.median - x.median);
  const hi = sorted[0];
  const lo = sorted[sorted.length - 1];
  const m = (g: { median: number }) => (percent ? pct(g.median, lang) : formatFigure(g.median, lang));
  // n beside every figure: a median of 7 stories reads differently from one of 700.
  const of = (g: GroupBar) => (isSuppressed(g.n) ? '' : ` (${storiesText(g.n, lang)})`);
  // "Het middelste antwoord" is the median in plain words (docs/monitor.md, "Gewone taal").
  if (hi.median === lo.median) {
    return lang === 'nl'
      ? `Het antwoord op "${a}" verschilt tussen ${hi.label.nl} en ${lo.label.nl}. Toch is het middelste antwoord bij beide ${m(hi)}. Samen ${n}.`
      : `The answer to "${a}" differs between ${hi.label.en} and ${lo.label.en}. Yet the median answer is ${m(hi)} for both. ${capital(n)} in all.`;
  }
  if (groups.length === 2) {
    const end = higherEnd?.[lang];
    if (lang === 'nl') {
      const what = end ? `ligt het antwoord op "${a}" dichter bij "${end}"` : `is het antwoord op "${a}" hoger`;
      return `Bij ${hi.label.nl} ${what} dan bij ${lo.label.nl}. Het middelste antwoord is ${m(hi)}${of(hi)} tegen ${m(lo)}${of(lo)}. Samen ${n}.`;
    }
    const what = end ? `the answer to "${a}" is closer to "${end}"` : `the answer to "${a}" is higher`;
    return `For ${hi.label.en} ${what} than for ${lo.label.en}. The median answer is ${m(hi)}${of(hi)} against ${m(lo)}${of(lo)}. ${capital(n)} in all.`;
  }
  const inner = (g: GroupBar) => (isSuppressed(g.n) ? '' : `, ${storiesText(g.n, lang)}`);
  return lang === 'nl'
    ? `Het antwoord op "${a}" verschilt per antwoord op "${b}". Het middelste antwoord is het hoogst bij ${hi.label.nl} (${m(hi)}${inner(hi)}) en het laagst bij ${lo.label.nl} (${m(lo)}${inner(lo)}). Samen ${n}.`
    : `The answer to "${a}" differs by the answer to "${b}". The median answer is highest for ${hi.label.en} (${m(hi)}${inner(hi)}) and lowest for ${lo.label.en} (${m(lo)}${inner(lo)}). ${capital(n)} in all.`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Two shares written so that they differ on the page: whole percents, or one decimal when whole
 * percents would read "100% tegen 100%"; null when even one decimal cannot tell them apart.
 */
export function distinctShares(share: number, average: number, lang: Lang): [string, string] | null {
  for (const digits of [0, 1]) {
    const f = (v: number) => `${formatFigure(Math.round(v * 100 * 10 ** digits) / 10 ** digits, lang, digits)}%`;
    if (f(share) !== f(average)) return [f(share), f(average)];
  }
  return null;
}

function tableSentence(input: SentenceInput, chart: Extract<PatternChart, { kind: 'table' }>, lang: Lang): string {
  const candidates: { row: number; column: number; share: number; average: number }[] = [];
  chart.rowShares.forEach((row, i) =>
    row.forEach((share, j) => {
      const average = chart.columnShares[j];
      if (isSuppressed(share) || isSuppressed(average) || share <= average) return;
      candidates.push({ row: i, column: j, share, average });
    }),
  );
  candidates.sort((x, y) => y.share - y.average - (x.share - x.average));
  const n = storiesText(input.n, lang);
  const found = candidates.map((c) => ({ ...c, written: distinctShares(c.share, c.average, lang) })).find((c) => c.written !== null);
  if (!found) {
    return lang === 'nl'
      ? `De antwoorden op "${input.a.nl}" en "${input.b.nl}" hangen samen. De groepen zijn te klein om cijfers te tonen (${n}).`
      : `The answers to "${input.a.en}" and "${input.b.en}" are related. The groups are too small to show figures (${n}).`;
  }
  const row = chart.rows[found.row][lang];
  const column = chart.columns[found.column][lang];
  const [share, average] = found.written!;
  // The row's stories, when every count of the row is visible (then the reader can add them up anyway).
  const counts = chart.counts[found.row];
  const rowN = counts.every((c) => !isSuppressed(c))
    ? ` ${lang === 'nl' ? 'van' : 'of'} ${storiesText(
        (counts as number[]).reduce((s, c) => s + c, 0),
        lang,
      )}`
    : '';
  return lang === 'nl'
    ? `Bij ${row} is "${column}" vaker het antwoord op "${input.b.nl}": ${share}${rowN}, tegen ${average} gemiddeld. Samen ${n}.`
    : `For ${row}, "${column}" is more often the answer to "${input.b.en}": ${share}${rowN}, against ${average} on average. ${capital(n)} in all.`;
}

function correlationSentence(input: SentenceInput, rho: number | null, lang: Lang): string {
  const n = storiesText(input.n, lang);
  if (rho === null || rho === 0) {
    return lang === 'nl'
      ? `De antwoorden op "${input.a.nl}" en "${input.b.nl}" hangen samen (${n}).`
      : `The answers to "${input.a.en}" and "${input.b.en}" are related (${n}).`;
  }
  const strength = formatFigure(rho, lang, 2);
  const word = input.strength ? ` (${input.strength[lang]})` : '';
  return lang === 'nl'
    ? `Hoe hoger het antwoord op "${input.a.nl}", hoe ${rho > 0 ? 'hoger' : 'lager'} meestal het antwoord op "${input.b.nl}". Samenhang ${strength}${word}, in ${n}.`
    : `The higher the answer to "${input.a.en}", the ${rho > 0 ? 'higher' : 'lower'} the answer to "${input.b.en}" tends to be. Correlation ${strength}${word}, in ${n}.`;
}

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
      ? `"${a}" verschilt naar "${b}", maar de groepen zijn te klein om cijfers te tonen (${n}).`
      : `"${a}" differs by "${b}", but the groups are too small to show figures (${n}).`;
  }
  const sorted = [...visible].sort((x, y) => y.median - x.median);
  const hi = sorted[0];
  const lo = sorted[sorted.length - 1];
  const m = (g: { median: number }) => (percent ? pct(g.median, lang) : formatFigure(g.median, lang));
  // n beside every figure: a median of 7 stories reads differently from one of 700.
  const of = (g: GroupBar) => (isSuppressed(g.n) ? '' : ` (${storiesText(g.n, lang)})`);
  if (hi.median === lo.median) {
    return lang === 'nl'
      ? `"${a}" verschilt tussen ${hi.label.nl} en ${lo.label.nl}, al is de mediaan bij beide ${m(hi)}; ${n}.`
      : `"${a}" differs between ${hi.label.en} and ${lo.label.en}, although both have median ${m(hi)}; ${n}.`;
  }
  if (groups.length === 2) {
    const end = higherEnd?.[lang];
    if (lang === 'nl') {
      const what = end ? `ligt "${a}" dichter bij "${end}"` : `is "${a}" hoger`;
      return `Bij ${hi.label.nl} ${what} dan bij ${lo.label.nl}: mediaan ${m(hi)}${of(hi)} tegen ${m(lo)}${of(lo)}; samen ${n}.`;
    }
    const what = end ? `"${a}" is closer to "${end}"` : `"${a}" is higher`;
    return `For ${hi.label.en} ${what} than for ${lo.label.en}: median ${m(hi)}${of(hi)} against ${m(lo)}${of(lo)}; ${n} in all.`;
  }
  return lang === 'nl'
    ? `"${a}" verschilt naar "${b}": het hoogst bij ${hi.label.nl} (mediaan ${m(hi)}${of(hi).replace(' (', ', ').replace(')', '')}), het laagst bij ${lo.label.nl} (mediaan ${m(lo)}${of(lo).replace(' (', ', ').replace(')', '')}); samen ${n}.`
    : `"${a}" differs by "${b}": highest for ${hi.label.en} (median ${m(hi)}${of(hi).replace(' (', ', ').replace(')', '')}), lowest for ${lo.label.en} (median ${m(lo)}${of(lo).replace(' (', ', ').replace(')', '')}); ${n} in all.`;
}

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
      ? `"${input.a.nl}" en "${input.b.nl}" hangen samen, maar de groepen zijn te klein om cijfers te tonen (${n}).`
      : `"${input.a.en}" and "${input.b.en}" are related, but the groups are too small to show figures (${n}).`;
  }
  const row = chart.rows[found.row][lang];
  const column = chart.columns[found.column][lang];
  const [share, average] = found.written!;
  // The row's stories, when every count of the row is visible (then the reader can add them up anyway).
  const counts = chart.counts[found.row];
  const rowN = counts.every((c) => !isSuppressed(c)) ? ` ${lang === 'nl' ? 'van' : 'of'} ${storiesText((counts as number[]).reduce((s, c) => s + c, 0), lang)}` : '';
  return lang === 'nl'
    ? `Bij ${row} komt "${column}" vaker voor als antwoord op "${input.b.nl}": ${share}${rowN} tegen ${average} gemiddeld; samen ${n}.`
    : `For ${row}, "${column}" is a more frequent answer to "${input.b.en}": ${share}${rowN} against ${average} on average; ${n} in all.`;
}

function correlationSentence(input: SentenceInput, rho: number | null, lang: Lang): string {
  const n = storiesText(input.n, lang);
  if (rho === null || rho === 0) {
    return lang === 'nl' ? `"${input.a.nl}" en "${input.b.nl}" hangen samen (${n}).` : `"${input.a.en}" and "${input.b.en}" are related (${n}).`;
  }
  const strength = formatFigure(rho, lang, 2);
  const word = input.strength ? ` (${input.strength[lang]})` : '';
  return lang === 'nl'
    ? `Hoe hoger "${input.a.nl}", hoe ${rho > 0 ? 'hoger' : 'lager'} meestal "${input.b.nl}": samenhang ${strength}${word}, ${n}.`
    : `The higher "${input.a.en}", the ${rho > 0 ? 'higher' : 'lower'} "${input.b.en}" tends to be: correlation ${strength}${word}, ${n}.`;
}

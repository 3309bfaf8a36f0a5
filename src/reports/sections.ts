// The monitor's sections as report blocks. Every figure passes through `fig`, which prints a
// suppressed marker as "te weinig verhalen": the monitor (built with the council's view) has
// already replaced small cells, and this code has no way to recover them.
import type { Figure, IndicatorSeries, MonitorData, MonitorIndicator, MonitorPattern, CuratedStoryView } from '../domain/monitor/types.ts';
import { numberFormatter } from './chart-table.ts';
import type { ReportBlock, ReportChart, ReportLang } from './document.ts';
import type { ReportTexts } from './texts.ts';

export interface SectionContext {
  lang: ReportLang;
  t: ReportTexts;
  format: (n: number) => string;
  /** A p or q value: two significant digits, "< 0,001" below that. */
  formatP(p: number): string;
  /** A figure as text: the number, or "te weinig verhalen". */
  fig(value: Figure | null | undefined): string;
  /** A figure for a chart: the number, or the text that stands in for it. */
  chartValue(value: Figure | null | undefined): number | string;
}

export function sectionContext(lang: ReportLang, t: ReportTexts): SectionContext {
  const format = numberFormatter(lang);
  const chartValue = (value: Figure | null | undefined) => (typeof value === 'number' ? value : value == null ? t.missing : t.tooFew);
  const significant = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumSignificantDigits: 2 });
  const formatP = (p: number) => (p < 0.001 ? `< ${significant.format(0.001)}` : `= ${significant.format(p)}`);
  return {
    lang,
    t,
    format,
    formatP,
    chartValue,
    fig: (value) => {
      const v = chartValue(value);
      return typeof v === 'number' ? format(v) : v;
    },
  };
}

export function indicatorBlocks(m: MonitorData, c: SectionContext): ReportBlock[] {
  const { t } = c;
  if (!m.indicators.length) return [{ kind: 'note', text: t.indicators.none }];
  return [{ kind: 'paragraph', text: t.indicators.intro }, ...m.indicators.flatMap((i) => indicatorOf(i, c))];
}

function indicatorOf(i: MonitorIndicator, c: SectionContext): ReportBlock[] {
  const { t } = c;
  const unit = i.unit ? ` (${i.unit})` : '';
  const blocks: ReportBlock[] = [{ kind: 'heading', text: `${i.name}${unit}` }];
  const direction = t.vocabulary.direction[i.direction] ?? i.direction;
  const about = [
    i.definition,
    `${direction.charAt(0).toUpperCase()}${direction.slice(1)}.`,
    i.source ? `${c.lang === 'nl' ? 'Bron' : 'Source'}: ${i.source}.` : '',
  ].filter(Boolean);
  blocks.push({ kind: 'note', text: about.join(' ') });
  const series = i.whole;
  if (series) {
    blocks.push({ kind: 'paragraph', text: trendText(series, c) });
    blocks.push({ kind: 'chart', chart: lineChart(i, [series], c) });
  }
  // Per wijk: the last two periods as grouped bars, and which wijken move which way.
  const periods = i.periods.slice(-2);
  if (i.areas.length && periods.length) {
    const chart: ReportChart = {
      kind: 'bars',
      title: `${i.name} ${c.lang === 'nl' ? 'per wijk' : 'per area'}`,
      description: `${i.name}: ${periods.join(c.lang === 'nl' ? ' en ' : ' and ')}, ${i.areas.length} ${c.lang === 'nl' ? 'wijken' : 'areas'}.`,
      unit: i.unit,
      categoryLabel: t.indicators.area,
      categories: i.areas.map((a) => a.area?.name ?? '?'),
      series: periods.map((p) => ({ name: p, values: i.areas.map((a) => c.chartValue(a.points.find((pt) => pt.period === p)?.value)) })),
    };
    blocks.push({ kind: 'chart', chart });
    const byJudgement = (j: string) => i.areas.filter((a) => a.trend?.judgement === j).map((a) => a.area?.name ?? '?');
    const items = (['better', 'worse'] as const).filter((j) => byJudgement(j).length).map((j) => `${t.vocabulary.judgement[j]}: ${byJudgement(j).join(', ')}`);
    if (items.length) blocks.push({ kind: 'list', items });
  }
  return blocks;
}

function trendText(series: IndicatorSeries, c: SectionContext): string {
  const last = [...series.points].reverse().find((p) => p.value !== null);
  const parts: string[] = [];
  if (last) parts.push(c.t.indicators.latest(c.fig(last.value), last.period));
  if (series.trend) {
    const sign = series.trend.change > 0 ? '+' : '';
    const span = c.lang === 'nl' ? `Van ${series.trend.from} naar ${series.trend.to}` : `From ${series.trend.from} to ${series.trend.to}`;
    parts.push(`${span}: ${sign}${c.format(series.trend.change)}, ${c.t.vocabulary.judgement[series.trend.judgement]}.`);
  } else parts.push(`${c.t.indicators.trend.unknown}.`);
  return parts.join(' ');
}

function lineChart(i: MonitorIndicator, series: IndicatorSeries[], c: SectionContext): ReportChart {
  return {
    kind: 'lines',
    title: `${i.name}: ${c.t.vocabulary.wholeMunicipality.toLowerCase()}`,
    description: `${i.name} ${c.lang === 'nl' ? 'per jaar' : 'per year'}, ${i.periods[0] ?? ''}–${i.periods[i.periods.length - 1] ?? ''}.`,
    unit: i.unit,
    categoryLabel: c.lang === 'nl' ? 'Periode' : 'Period',
    categories: i.periods,
    series: series.map((s) => ({
      name: s.area?.name ?? c.t.vocabulary.wholeMunicipality,
      values: i.periods.map((p) => c.chartValue(s.points.find((pt) => pt.period === p)?.value)),
    })),
  };
}

export function patternBlocks(m: MonitorData, c: SectionContext): ReportBlock[] {
  const { t } = c;
  if (!m.patterns.length) return [{ kind: 'note', text: t.patterns.none }];
  return [{ kind: 'paragraph', text: t.patterns.intro }, { kind: 'note', text: t.patterns.notCause }, ...m.patterns.flatMap((p) => patternOf(p, c))];
}

function patternOf(p: MonitorPattern, c: SectionContext): ReportBlock[] {
  const { t, lang } = c;
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: `${p.a.label[lang]} × ${p.b.label[lang]}` },
    { kind: 'paragraph', text: p.sentence[lang], emphasis: true },
  ];
  // Plain words and the measure's value; the test, its symbol and q are in the appendix (methodBlocks).
  const value = p.effect.value === null ? '–' : c.format(Number(p.effect.value.toFixed(2)));
  const kind = p.test === 'mann-whitney' || p.test === 'kruskal-wallis' ? 'difference' : 'link';
  const label = p.significant ? '' : ` ${t.patterns.notSignificant}`;
  blocks.push({ kind: 'note', text: `${t.patterns.strength(p.strength.label[lang], kind, value)} ${t.patterns.stories(c.fig(p.n))}${label}` });
  const chart = p.chart;
  if (chart.kind === 'groups') {
    blocks.push({
      kind: 'chart',
      chart: {
        kind: 'bars',
        title: `${p.a.label[lang]}: ${t.patterns.medianPerGroup}`,
        description: p.sentence[lang],
        unit: '',
        categoryLabel: p.b.label[lang],
        categories: chart.groups.map((g) => `${g.label[lang]} (${t.patterns.groupStories(c.fig(g.n), typeof g.n === 'number')})`),
        series: [{ name: t.patterns.median, values: chart.groups.map((g) => c.chartValue(g.median)) }],
      },
    });
  } else if (chart.kind === 'table') {
    blocks.push({
      kind: 'chart',
      chart: {
        kind: 'bars',
        title: `${p.b.label[lang]} ${lang === 'nl' ? 'per' : 'by'} ${p.a.label[lang]} (%)`,
        description: p.sentence[lang],
        unit: '%',
        categoryLabel: p.a.label[lang],
        categories: chart.rows.map((r) => r[lang]),
        series: chart.columns.map((col, j) => ({
          name: col[lang],
          values: chart.rowShares.map((row) => {
            const v = c.chartValue(row[j]);
            return typeof v === 'number' ? Math.round(v * 1000) / 10 : v;
          }),
        })),
      },
    });
  }
  blocks.push(...p.stories.map((s) => quote(s, c)));
  return blocks;
}

export function quote(s: CuratedStoryView, c: SectionContext): ReportBlock {
  const told = c.lang === 'nl' ? `Verteld in ${s.collectedYear}` : `Told in ${s.collectedYear}`;
  return { kind: 'quote', title: s.title, text: s.text, source: s.note ? `${told} · ${s.note}` : told };
}

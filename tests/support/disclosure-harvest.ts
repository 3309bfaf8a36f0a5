// What a council reader fetched, turned into the auditor's publications: every count of the
// monitor (pattern tables and groups, n, warm × cold per wijk, channels, summary), the overview
// page and the staalkaart, each named by the set of stories it counts. Figures the published
// method derives from others (margins, shares, n, totals) are checked to be exactly that
// derivation; any that is not is listed as unexplained (a leak the auditor cannot model away).
// A shown pattern also tells the reader that each of its non-empty groups and cells holds at
// least the threshold (the monitor's qualification rule, docs/monitor.md): a lower bound.
import type { MonitorData } from '../../src/domain/monitor/types.ts';
import type { Auditor, Shown } from './disclosure-auditor.ts';

type Fig = number | { suppressed: true };
const shown = (f: Fig | null | undefined): Shown => (typeof f === 'number' ? f : 'hidden');
const sum = (figures: readonly Fig[]) => figures.reduce<number>((s, f) => s + (typeof f === 'number' ? f : 0), 0);
/** The method's total of parts: their sum, the marker when all rounded away, 0 only when all are 0. */
const sumFigure = (figures: readonly Fig[]): Shown => (figures.every((f) => f === 0) ? 0 : sum(figures) === 0 ? 'hidden' : sum(figures));

/** A set of stories by its conditions (variable → value, '*' = answered); sorted, so A×B = B×A. */
const setName = (conditions: Record<string, string>) =>
  Object.entries(conditions)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

export class Harvest {
  readonly unexplained: string[] = [];
  readonly sets = new Map<string, Record<string, string>>();

  constructor(readonly auditor: Auditor) {}

  private publish(conditions: Record<string, string>, months: readonly string[], value: Shown, where: string) {
    const set = setName(conditions);
    this.sets.set(set, conditions);
    this.auditor.publish({ set, months, value, where });
  }

  /** A shown pattern qualified: each of its non-empty groups or cells has at least the threshold (base). */
  private qualified(conditions: Record<string, string>, months: readonly string[], value: Shown) {
    if (value !== 0) this.auditor.atLeast(setName(conditions), months, this.auditor.base);
  }

  private explain(where: string, actual: unknown, expected: unknown) {
    const same =
      typeof actual === 'number' && typeof expected === 'number' ? Math.abs(actual - expected) < 1e-9 : JSON.stringify(actual) === JSON.stringify(expected);
    if (!same) this.unexplained.push(`${where}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
  }

  monitor(m: MonitorData, months: readonly string[], options: { areaQuestion: string }) {
    const at = `monitor ${m.period ?? 'alles'}`;
    for (const p of m.patterns) {
      const chart = p.chart;
      if (chart.kind === 'table') {
        chart.rows.forEach((r, i) =>
          chart.columns.forEach((c, j) => {
            this.publish({ [p.a.key]: r.nl, [p.b.key]: c.nl }, months, shown(chart.counts[i][j] as Fig), `${at} ${p.key}`);
            this.qualified({ [p.a.key]: r.nl, [p.b.key]: c.nl }, months, shown(chart.counts[i][j] as Fig));
          }),
        );
        const counts = chart.counts as Fig[][];
        this.explain(`${at} ${p.key} n`, shown(p.n as Fig), sumFigure(counts.flat()));
        counts.forEach((row, i) =>
          row.forEach((cell, j) => {
            const expected = typeof cell === 'number' && sum(row) > 0 ? cell / sum(row) : { suppressed: true };
            this.explain(`${at} ${p.key} rowShare ${i},${j}`, chart.rowShares[i][j], expected);
          }),
        );
        chart.columnShares.forEach((share, j) => {
          const column = counts.map((row) => row[j]);
          // The column's total is the sum of its published cells (hidden ones count 0).
          const columnTotal = sumFigure(column);
          const expected = columnTotal !== 'hidden' && sum(counts.flat()) > 0 ? columnTotal / sum(counts.flat()) : { suppressed: true };
          this.explain(`${at} ${p.key} columnShare ${j}`, share, expected);
        });
      } else if (chart.kind === 'groups') {
        chart.groups.forEach((g) => {
          this.publish({ [p.a.key]: '*', [p.b.key]: g.label.nl }, months, shown(g.n as Fig), `${at} ${p.key}`);
          this.qualified({ [p.a.key]: '*', [p.b.key]: g.label.nl }, months, shown(g.n as Fig));
        });
        this.explain(`${at} ${p.key} n`, shown(p.n as Fig), sumFigure(chart.groups.map((g) => g.n as Fig)));
      } else {
        this.publish({ [p.a.key]: '*', [p.b.key]: '*' }, months, shown(p.n as Fig), `${at} ${p.key}`);
      }
    }
    for (const link of m.warmCold.links) {
      // Warm × cold shows a whole year (a quarter's or month's monitor shows its year): its
      // per-wijk counts cover every month of that year, whatever period the monitor has.
      const year = Array.from({ length: 12 }, (_, i) => `${link.period}-${String(i + 1).padStart(2, '0')}`);
      const variable = link.storyVariable.key.split('=')[0];
      for (const a of link.areas) this.publish({ [variable]: '*', [options.areaQuestion]: a.name }, year, shown(a.stories as Fig), `${at} warm × cold`);
    }
    for (const c of m.method.channels) this.publish({ collection: c.title }, months, shown(c.stories as Fig), `${at} channels`);
    const channels = m.method.channels.map((c) => c.stories as Fig);
    this.explain(`${at} summary.stories`, shown(m.summary.stories as Fig), sumFigure(channels));
    this.explain(`${at} method.stories`, shown(m.method.stories as Fig), sumFigure(channels));
  }

  /** The overview page `/`: per questionnaire and per collection (all published stories). */
  overview(html: string, months: readonly string[], questionnaireCollections: Record<string, string[]>) {
    const cell = (label: string) => {
      const match = new RegExp(`scope="row">${label}</th><td[^>]*>(?:<span[^>]*>([^<]*)</span>|([0-9.]+))</td>`).exec(html);
      if (!match) throw new Error(`the overview has no row "${label}"`);
      return match[2] !== undefined ? Number(match[2].replace(/\./g, '')) : ('hidden' as const);
    };
    const collections = new Map<string, Shown>();
    for (const list of Object.values(questionnaireCollections)) {
      for (const c of list) {
        collections.set(c, cell(c));
        this.publish({ collection: c }, months, collections.get(c)!, 'overview');
      }
    }
    for (const [title, list] of Object.entries(questionnaireCollections)) {
      const parts = list.map((c) => collections.get(c)!).map((v) => (v === 'hidden' ? { suppressed: true as const } : v));
      this.explain(`overview ${title}`, cell(title), sumFigure(parts));
    }
  }

  /** The staalkaart's story count of a domain: the sum of the collections of its questionnaires. */
  staalkaart(figure: Fig, collections: readonly Shown[], where: string) {
    this.explain(where, shown(figure), sumFigure(collections.map((v) => (v === 'hidden' ? { suppressed: true as const } : v))));
  }
}

/**
 * Facts an attacker knows when every story answers every question: each published set, in each
 * month, is the sum of the story "types" (a combination of answers and channel) that match it.
 */
export function everythingAnswered(
  auditor: Auditor,
  harvest: Harvest,
  months: readonly string[],
  domains: Record<string, readonly string[]>,
  apart: readonly string[] = [],
) {
  const keys = Object.keys(domains);
  const types: Record<string, string>[] = [{}];
  for (const key of keys) {
    const next: Record<string, string>[] = [];
    for (const t of types) for (const value of domains[key]) next.push({ ...t, [key]: value });
    types.splice(0, types.length, ...next);
  }
  for (const [set, conditions] of harvest.sets) {
    for (const month of months) {
      // A variable kept apart (the channel) only partitions all stories: its sets add up to the total.
      if (Object.keys(conditions).some((k) => apart.includes(k))) continue;
      const matching = types.filter((t) => Object.entries(conditions).every(([k, v]) => v === '*' || t[k] === v));
      auditor.identity({
        terms: [{ set, month, coefficient: -1 }, ...matching.map((t) => ({ set: `type:${setName(t)}`, month, coefficient: 1 }))],
        rhs: 0,
      });
    }
  }
  for (const variable of apart) {
    const sets = [...harvest.sets].filter(([, c]) => Object.keys(c).length === 1 && variable in c).map(([set]) => set);
    for (const month of months) {
      auditor.identity({
        terms: [...sets.map((set) => ({ set, month, coefficient: -1 })), ...types.map((t) => ({ set: `type:${setName(t)}`, month, coefficient: 1 }))],
        rhs: 0,
      });
    }
  }
}

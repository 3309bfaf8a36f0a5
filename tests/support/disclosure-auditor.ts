// An attacker with an integer-programming solver (HiGHS). It knows what a reader fetched and the
// published method (docs/disclosure.md): every count is the sum, over the months it covers, of
// the month's true count rounded to a multiple of the base, up or down (|rounded − true| < base);
// 0 is a true 0; "hidden" means every month rounded to 0 while some story exists. Unknowns are the
// true counts per set of stories and month. For each published figure it minimises and maximises
// the true value; a figure whose minimum equals its maximum is pinned (issue 10: the floor).
// Anything published that is NOT explained by the method is entered as an exact value, so an
// implementation that leaks an exact count somewhere shows up as a pinned figure here.
import highsModule, { type Highs } from 'highs';

// highs is CommonJS: under Node's ESM interop its default export is the loader itself.
const loadHighs = highsModule as unknown as () => Promise<Highs>;

export type Shown = number | 'hidden';

export interface Publication {
  /** Which stories: any stable name, e.g. "gevoel|wat_hielp: opgelucht × niets". */
  set: string;
  /** Months covered ("2026-03"). */
  months: readonly string[];
  value: Shown;
  /** true: the value is the exact count (a leak model, or a figure outside the method). */
  exact?: boolean;
  /** Where it was seen, for messages. */
  where?: string;
}

/** sum(coefficient × true count of set in month) = rhs: facts the attacker knows (e.g. a set is a union of others). */
export interface Identity {
  terms: { set: string; month: string; coefficient: number }[];
  rhs: number;
}

export interface Range {
  publication: Publication;
  min: number;
  max: number;
}

let solver: Highs | undefined;

export class Auditor {
  private readonly vars = new Map<string, number>();
  private readonly rows: string[] = [];
  private readonly seen = new Set<string>();
  private readonly exactVars = new Set<number>();
  readonly publications: Publication[] = [];
  private readonly parent: number[] = [];
  /** Unknowns that were published (and so have a rounding variable k). */
  private readonly rounded = new Set<number>();

  constructor(readonly base: number) {}

  private index(set: string, month: string): number {
    const key = `${set}\u001f${month}`;
    let i = this.vars.get(key);
    if (i === undefined) {
      i = this.vars.size;
      this.vars.set(key, i);
      this.parent.push(i);
    }
    return i;
  }

  /** |base·k − x| ≤ base − 1: the month's rounding, for an unknown that is published. */
  private round(i: number): void {
    if (this.rounded.has(i)) return;
    this.rounded.add(i);
    this.rows.push(`x${i} - ${this.base} k${i} >= ${1 - this.base}`, `x${i} - ${this.base} k${i} <= ${this.base - 1}`);
  }

  private find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }

  private join(indices: number[]): void {
    for (const i of indices.slice(1)) this.parent[this.find(i)] = this.find(indices[0]);
  }

  publish(p: Publication): void {
    // The same figure fetched twice (e.g. "all" and the only year) is one constraint and one target.
    const key = `${p.set}|${p.months.join(',')}|${p.value}|${p.exact ?? false}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.publications.push(p);
    const ix = p.months.map((m) => this.index(p.set, m));
    this.join(ix);
    if (!p.exact) ix.forEach((i) => this.round(i));
    else ix.forEach((i) => this.exactVars.add(i));
    const xs = ix.map((i) => `x${i}`).join(' + ');
    const ks = ix.map((i) => `k${i}`).join(' + ');
    if (p.exact && typeof p.value === 'number') this.rows.push(`${xs} = ${p.value}`);
    else if (p.value === 0) this.rows.push(`${xs} = 0`);
    else if (p.value === 'hidden') this.rows.push(`${ks} = 0`, `${xs} >= 1`);
    else this.rows.push(`${ks} = ${p.value / this.base}`);
  }

  /**
   * A lower bound the reader knows for a published set over its months, e.g. from the monitor's
   * qualification rule: a pattern is shown only when each of its groups and non-empty cells holds
   * at least the threshold of stories (docs/monitor.md), so being shown says so.
   */
  atLeast(set: string, months: readonly string[], bound: number): void {
    const ix = months.map((m) => this.index(set, m));
    this.join(ix);
    this.rows.push(`${ix.map((i) => `x${i}`).join(' + ')} >= ${bound}`);
  }

  identity(fact: Identity): void {
    const ix = fact.terms.map((t) => this.index(t.set, t.month));
    this.join(ix);
    this.rows.push(fact.terms.map((t, n) => `${t.coefficient >= 0 ? '+' : '-'} ${Math.abs(t.coefficient)} x${ix[n]}`).join(' ') + ` = ${fact.rhs}`);
  }

  /** min and max of every published figure's true value (Infinity when unbounded). */
  async ranges(filter: (p: Publication) => boolean = (p) => p.value !== 0): Promise<Range[]> {
    solver ??= await loadHighs();
    // Constraints per connected component: each solve sees only the unknowns it can touch.
    const rowVars = this.rows.map((row) => [...row.matchAll(/[xk](\d+)/g)].map((m) => Number(m[1])));
    const componentRows = new Map<number, string[]>();
    const componentVars = new Map<number, Set<number>>();
    this.rows.forEach((row, r) => {
      const c = this.find(rowVars[r][0]);
      componentRows.set(c, [...(componentRows.get(c) ?? []), row]);
      const vars = componentVars.get(c) ?? new Set<number>();
      rowVars[r].forEach((v) => vars.add(v));
      componentVars.set(c, vars);
    });
    const out: Range[] = [];
    for (const p of this.publications.filter(filter)) {
      const ix = p.months.map((m) => this.index(p.set, m));
      const c = this.find(ix[0]);
      const objective = ix.map((i) => `x${i}`).join(' + ');
      const solve = (sense: 'Minimize' | 'Maximize') => {
        const vars = [...componentVars.get(c)!];
        const lp = [
          sense,
          ` obj: ${objective}`,
          'Subject To',
          ...componentRows.get(c)!.map((row, n) => ` c${n}: ${row}`),
          'Bounds',
          ...vars.map((v) => ` x${v} >= 0`),
          ...vars.filter((v) => this.rounded.has(v)).map((v) => ` k${v} >= 0`),
          'General',
          ` ${vars.map((v) => (this.rounded.has(v) ? `x${v} k${v}` : `x${v}`)).join(' ')}`,
          'End',
        ].join('\n');
        const result = solver!.solve(lp);
        if (result.Status === 'Unbounded' || result.Status === 'Primal infeasible or unbounded') return sense === 'Maximize' ? Infinity : -Infinity;
        if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status} for ${p.set} (${p.where ?? ''})`);
        return Math.round(result.ObjectiveValue);
      };
      out.push({ publication: p, min: solve('Minimize'), max: solve('Maximize') });
    }
    return out;
  }
}

/** The smallest width (max − min) among ranges, and the pinned ones. */
export function summarise(ranges: readonly Range[]) {
  const pinned = ranges.filter((r) => r.min === r.max);
  const widths = ranges.map((r) => r.max - r.min);
  const hidden = ranges.filter((r) => r.publication.value === 'hidden').map((r) => r.max - r.min);
  const rounded = ranges.filter((r) => typeof r.publication.value === 'number').map((r) => r.max - r.min);
  return {
    figures: ranges.length,
    pinned,
    minWidth: widths.length ? Math.min(...widths) : null,
    minHiddenWidth: hidden.length ? Math.min(...hidden) : null,
    minRoundedWidth: rounded.length ? Math.min(...rounded) : null,
  };
}

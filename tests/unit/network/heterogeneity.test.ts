// The network's statistics against SciPy: scripts/network-reference.py computes every figure from
// the pooled rows; here each member is first reduced to its sufficient statistics (what would
// leave its node) and only those are combined. Relative 1e-6, the product's promise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  associationHeterogeneity,
  categoryHomogeneity,
  correlationHeterogeneity,
  medianOfCounts,
  pooledCrossCounts,
  pooledValueCounts,
  valueHeterogeneity,
} from '../../../src/domain/network/heterogeneity.ts';
import { categoryCounts, crossCounts, rankCorrelation, valueCounts } from '../../../src/domain/network/member-statistics.ts';
import { chiSquareIndependence } from '../../../src/domain/stats/chi-square.ts';
import { expectClose } from '../stats/expect-close.ts';

interface Member {
  gevoel: Array<string | null>;
  hulp: Array<string | null>;
  x: Array<number | null>;
  y: Array<number | null>;
}
// biome-ignore lint/suspicious/noExplicitAny: the fixture's shape is the reference script's
type Expected = any;
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/network.reference.json', import.meta.url), 'utf8'));
const close = (actual: number, expected: number | null) => expectClose(actual, expected ?? Number.NaN, 1e-6);

/** A categorical column as the scan derives it: observed labels in code-point order, −1 = missing. */
function categorical(values: Array<string | null>) {
  const labels = [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => (a < b ? -1 : 1));
  return { labels, codes: Int32Array.from(values, (v) => (v === null ? -1 : labels.indexOf(v))) };
}
const numeric = (values: Array<number | null>) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe.each(fixture.networks as Array<{ name: string; members: Member[] } & Record<string, Expected>>)('network $name', (network) => {
  const members = network.members;

  it('tests a choice question for homogeneity across members (chi2_contingency)', () => {
    const result = categoryHomogeneity(members.map((m) => categoryCounts(categorical(m.gevoel).labels, categorical(m.gevoel).codes)));
    close(result.statistic, network.gevoel.statistic);
    close(result.p, network.gevoel.p);
    close(result.cramersV, network.gevoel.cramersV);
    expect(result.df).toBe(network.gevoel.df);
    expect(result.members).toBe(network.gevoel.members);
  });

  it('tests a number question across members (kruskal) from value counts only', () => {
    const counts = members.map((m) => valueCounts(numeric(m.x)));
    const result = valueHeterogeneity(counts);
    close(result.statistic, network.x.statistic);
    close(result.p, network.x.p);
    close(result.epsilon2, network.x.epsilon2);
    expect(result.df).toBe(network.x.df);
    close(medianOfCounts(pooledValueCounts(counts)), network.x.median);
  });

  it('pools a choice × choice pattern and tests it for no three-way interaction', () => {
    const tables = members.map((m) => crossCounts(categorical(m.hulp), categorical(m.gevoel)));
    const pooled = pooledCrossCounts(tables);
    expect(pooled.rows).toEqual(network.hulpGevoel.pooled.rows);
    expect(pooled.columns).toEqual(network.hulpGevoel.pooled.columns);
    const chi = chiSquareIndependence(pooled.counts);
    close(chi.statistic, network.hulpGevoel.pooled.statistic);
    close(chi.p, network.hulpGevoel.pooled.p);
    close(chi.cramersV, network.hulpGevoel.pooled.cramersV);
    const result = associationHeterogeneity(tables);
    close(result.statistic, network.hulpGevoel.heterogeneity.statistic);
    close(result.p, network.hulpGevoel.heterogeneity.p);
    expect(result.df).toBe(network.hulpGevoel.heterogeneity.df);
  });

  it("combines the members' Spearman ρ with Cochran's Q", () => {
    const effects = members.map((m) => rankCorrelation(numeric(m.x), numeric(m.y)));
    effects.forEach((e, i) => {
      close(e.rho, network.xy.members[i].rho);
      expect(e.n).toBe(network.xy.members[i].n);
    });
    const result = correlationHeterogeneity(effects);
    close(result.statistic, network.xy.statistic);
    close(result.p, network.xy.p);
    close(result.pooledRho, network.xy.pooledRho);
    close(result.pooledP, network.xy.pooledP);
    if (network.xy.iSquared === 0) expect(result.iSquared).toBe(0);
    else close(result.iSquared, network.xy.iSquared);
  });
});

describe('tests that cannot be done', () => {
  it('gives no p with one member or a single category', () => {
    expect(categoryHomogeneity([new Map([['a', 3]])]).p).toBeNaN();
    expect(categoryHomogeneity([new Map([['a', 3]]), new Map([['a', 4]])]).p).toBeNaN();
    expect(valueHeterogeneity([[[1, 3]]]).p).toBeNaN();
    expect(correlationHeterogeneity([{ rho: 0.3, n: 20 }]).p).toBeNaN();
    expect(
      associationHeterogeneity([
        {
          rows: ['a', 'b'],
          columns: ['x', 'y'],
          counts: [
            [1, 2],
            [3, 4],
          ],
        },
      ]).p,
    ).toBeNaN();
  });

  it('leaves out members with too few pairs or a perfect ρ', () => {
    expect(
      correlationHeterogeneity([
        { rho: 1, n: 30 },
        { rho: 0.2, n: 3 },
        { rho: 0.4, n: 40 },
        { rho: 0.1, n: 50 },
      ]).members,
    ).toBe(2);
  });

  it('finds homogeneous association in proportional tables (X² = 0)', () => {
    const table = {
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      counts: [
        [10, 20],
        [30, 40],
      ],
    };
    const double = { ...table, counts: table.counts.map((r) => r.map((c) => c * 2)) };
    const result = associationHeterogeneity([table, double, table]);
    expect(result.statistic).toBeLessThan(1e-9);
    expect(result.df).toBe(2);
  });
});

// Warm × cold on data where stories and numbers are unrelated: at most about 5 % of links may
// come out at p < 0.05. Each simulated wijk has its own lasting level on both measures (as real
// wijken do) and every wijk shares a trend over the years; both are independent between the
// story measure and the indicator. Pooling the wijk × year points as independent — what linkOf
// did before — finds a "link" far more often; one point per wijk does not.
import { describe, expect, it } from 'vitest';
import { linkOf, type LinkPoint } from '../../../src/domain/link/index.ts';
import { spearman } from '../../../src/domain/stats/spearman.ts';

/** mulberry32: a small seeded generator, so the test gives the same figures on every run. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const WIJKEN = 10;
const YEARS = ['2023', '2024', '2025', '2026'];

function nullDataset(random: () => number): LinkPoint[] {
  const storyLevel = Array.from({ length: WIJKEN }, () => normal(random));
  const indicatorLevel = Array.from({ length: WIJKEN }, () => normal(random));
  const points: LinkPoint[] = [];
  YEARS.forEach((period, y) => {
    for (let w = 0; w < WIJKEN; w++) {
      const story = 50 + 10 * storyLevel[w] + 2 * y + 3 * normal(random);
      points.push({
        area: `WK0001${String(w).padStart(2, '0')}`,
        period,
        stories: 20,
        story_value: story,
        story_mean: story,
        indicator_value: 8 + 2 * indicatorLevel[w] - 0.5 * y + 0.6 * normal(random),
        too_few_stories: false,
      });
    }
  });
  return points;
}

describe('warm × cold on null data (200 datasets, seed 20261202)', () => {
  const random = generator(20261202);
  const datasets = Array.from({ length: 200 }, () => nullDataset(random));
  const share = (ps: number[]) => ps.filter((p) => p < 0.05).length / ps.length;

  it('keeps the share of p < 0.05 near 5 % with one point per wijk', () => {
    const ps = datasets.map((points) => linkOf('x', 'median', 'y', points).p!);
    expect(ps.every((p) => p >= 0 && p <= 1)).toBe(true);
    const found = share(ps);
    console.info(`warm × cold null calibration: ${(found * 100).toFixed(1)} % of 200 links at p < 0.05 (one point per wijk)`);
    expect(found).toBeLessThanOrEqual(0.085);
    expect(found).toBeGreaterThanOrEqual(0.02);
  });

  it('would not: the wijk × year points pooled as independent find far more', () => {
    const pooled = datasets.map(
      (points) =>
        spearman(
          points.map((p) => p.story_value!),
          points.map((p) => p.indicator_value!),
        ).p,
    );
    const found = share(pooled);
    console.info(`warm × cold null calibration: ${(found * 100).toFixed(1)} % at p < 0.05 when pooled`);
    expect(found).toBeGreaterThan(0.12);
  });

  it('uses each wijk once: n_areas points for ρ, whatever the number of years', () => {
    const link = linkOf('x', 'median', 'y', datasets[0]);
    expect(link.n_areas).toBe(WIJKEN);
    expect(link.n_points).toBe(WIJKEN * YEARS.length);
    expect(link.unit).toBe('area');
    const perWijk = spearman(
      Array.from({ length: WIJKEN }, (_, w) => datasets[0].filter((p) => p.area.endsWith(String(w).padStart(2, '0'))).reduce((s, p) => s + p.story_value!, 0)),
      Array.from({ length: WIJKEN }, (_, w) =>
        datasets[0].filter((p) => p.area.endsWith(String(w).padStart(2, '0'))).reduce((s, p) => s + p.indicator_value!, 0),
      ),
    );
    // Every wijk has all four years, so centring per year does not change the order of the wijk means.
    expect(link.rho).toBeCloseTo(perWijk.rho, 12);
  });

  it('leaves out a year in which only one wijk enters', () => {
    const points = datasets[1].filter((p) => p.period !== '2026' || p.area.endsWith('00'));
    const link = linkOf('x', 'median', 'y', points);
    expect(link.n_points).toBe(WIJKEN * 3);
  });
});

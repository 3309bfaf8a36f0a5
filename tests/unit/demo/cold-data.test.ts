// The demo's opgave, theory of change, indicator definitions and observations.
import { describe, expect, it } from 'vitest';
import { BUILDING_BLOCKS, generateDemo } from '../../../src/domain/demo/index.ts';
import { AREA_CODE, DIRECTIONS, PERIOD } from '../../../src/domain/indicators/types.ts';

const demo = generateDemo({ stories: 10 });
const { opgave, indicatorDefinitions: definitions, observations } = demo;
const AREAS = ['GM9999', ...Array.from({ length: 8 }, (_, i) => `WK99990${i + 1}`)];

describe('opgave and theory of change', () => {
  it('is the jeugd opgave "zo thuis"', () => {
    expect(opgave).toMatchObject({ key: 'zo-thuis', title: 'Kinderen en jongeren groeien zo thuis mogelijk op', domain: 'jeugd' });
    expect(opgave.description.length).toBeGreaterThan(50);
  });

  it('has 3–4 statements "Als wij A doen, draagt dat bij aan B, omdat C" that refer to real keys', () => {
    const statements = opgave.theoryOfChange;
    expect(statements.length).toBeGreaterThanOrEqual(3);
    expect(statements.length).toBeLessThanOrEqual(4);
    const indicatorKeys = definitions.map((d) => d.key);
    const questionKeys = demo.questionnaire.questions.map((q) => q.key);
    for (const s of statements) {
      expect(s.text).toMatch(/^Als wij .+, draagt dat bij aan .+, omdat .+\.$/);
      expect(s.assumptions.length).toBeGreaterThanOrEqual(1);
      expect(s.assumptions.length).toBeLessThanOrEqual(2);
      expect(BUILDING_BLOCKS).toContain(s.buildingBlock);
      for (const key of s.indicators) expect(indicatorKeys).toContain(key);
      for (const key of s.questions) expect(questionKeys).toContain(key);
      expect(s.indicators.length + s.questions.length).toBeGreaterThan(0);
    }
  });
});

describe('indicator definitions', () => {
  it('has the jeugd indicators and one Wmo indicator', () => {
    const byKey = new Map(definitions.map((d) => [d.key, d]));
    expect(byKey.get('jeugdhulp_verblijf_per_1000')).toMatchObject({
      unit: 'per 1.000 jongeren',
      direction: 'down',
      source: 'Fictief (demo)',
      domain: 'jeugd',
    });
    expect(byKey.get('wachttijd_weken')).toMatchObject({ unit: 'weken', direction: 'down' });
    expect(byKey.get('kosten_per_client')).toMatchObject({ unit: 'euro', direction: 'down' });
    expect(byKey.get('jongeren_met_jeugdhulp_pct')?.direction).toMatch(/^(none|down)$/);
    expect(definitions.filter((d) => d.domain === 'wmo').length).toBeGreaterThanOrEqual(1);
    for (const d of definitions) {
      expect(DIRECTIONS).toContain(d.direction);
      expect(d.name && d.definition && d.source).toBeTruthy();
    }
  });
});

describe('observations', () => {
  const total = observations.filter((o) => o.provider === null);

  it('covers every area × year × indicator exactly once, with valid codes and periods', () => {
    for (const area of AREAS)
      for (const period of ['2025', '2026'])
        for (const d of definitions) {
          const found = total.filter((o) => o.area === area && o.period === period && o.indicator === d.key);
          expect(found, `${d.key} ${area} ${period}`).toHaveLength(1);
        }
    for (const o of observations) {
      expect(o.area).toMatch(AREA_CODE);
      expect(o.period).toMatch(PERIOD);
    }
  });

  it('gives wachttijd per provider', () => {
    for (const p of demo.providers)
      for (const period of ['2025', '2026'])
        expect(observations.some((o) => o.indicator === 'wachttijd_weken' && o.provider === p.code && o.period === period)).toBe(true);
  });

  it('leaves one or two values deliberately missing (null, not zero)', () => {
    const missing = observations.filter((o) => o.value === null);
    expect(missing.length).toBeGreaterThanOrEqual(1);
    expect(missing.length).toBeLessThanOrEqual(2);
    expect(observations.every((o) => o.value === null || (Number.isFinite(o.value) && o.value > 0))).toBe(true);
  });

  it('agrees with the stories: Molenwijk has the highest wachttijd in both years', () => {
    for (const period of ['2025', '2026']) {
      const waits = total.filter((o) => o.indicator === 'wachttijd_weken' && o.period === period && o.area.startsWith('WK'));
      const highest = waits.reduce((a, b) => ((a.value ?? 0) >= (b.value ?? 0) ? a : b));
      expect(highest.area).toBe('WK999903');
    }
  });

  it('keeps value, numerator and denominator consistent', () => {
    const scale: Record<string, number> = {
      jeugdhulp_verblijf_per_1000: 1000,
      jongeren_met_jeugdhulp_pct: 100,
      kosten_per_client: 1,
      wmo_mantelzorg_ondersteuning_per_1000: 1000,
    };
    for (const o of observations) {
      if (o.value === null || o.numerator === null || o.denominator === null) continue;
      expect(Math.abs(o.value - (scale[o.indicator]! * o.numerator) / o.denominator)).toBeLessThanOrEqual(0.5);
    }
  });

  it('does not depend on the number of stories', () => {
    expect(generateDemo({ stories: 0 }).observations).toEqual(observations);
  });
});

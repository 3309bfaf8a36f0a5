import { describe, expect, it } from 'vitest';
import {
  count,
  figure,
  isSuppressed,
  mustSuppress,
  policyFor,
  suppressParts,
  thresholdFromSettings,
  validateThreshold,
} from '../../../src/domain/privacy/suppression.ts';
import { InputRejected } from '../../../src/domain/problems.ts';

const council = { threshold: 5, apply: true };
const analyst = { threshold: 5, apply: false };

describe('small-cell suppression', () => {
  it('reads the tenant threshold, defaulting to 5 and never below 3', () => {
    expect(thresholdFromSettings({})).toBe(5);
    expect(thresholdFromSettings(null)).toBe(5);
    expect(thresholdFromSettings({ suppressionThreshold: 'abc' })).toBe(5);
    expect(thresholdFromSettings({ suppressionThreshold: 10 })).toBe(10);
    expect(thresholdFromSettings({ suppressionThreshold: '8' })).toBe(8);
    expect(thresholdFromSettings({ suppressionThreshold: 1 })).toBe(3);
    expect(thresholdFromSettings({ suppressionThreshold: -4 })).toBe(3);
    expect(thresholdFromSettings({ suppressionThreshold: 4.2 })).toBe(5);
    expect(thresholdFromSettings({ suppressionThreshold: 1e9 })).toBe(1000);
  });

  it('validates a threshold a person enters', () => {
    expect(validateThreshold(3)).toBe(3);
    expect(validateThreshold('12')).toBe(12);
    for (const bad of [2, 0, -1, 3.5, 'vijf', null, 1001]) {
      expect(() => validateThreshold(bad)).toThrow(InputRejected);
    }
    try {
      validateThreshold(2);
    } catch (error) {
      expect((error as InputRejected).problems[0].field).toBe('suppressionThreshold');
      expect((error as InputRejected).problems[0].nl).toContain('3');
    }
  });

  it('applies to raad and aanbieder only; anyone who also works with stories sees everything', () => {
    expect(mustSuppress(['raad'])).toBe(true);
    expect(mustSuppress(['aanbieder'])).toBe(true);
    expect(mustSuppress(['raad', 'aanbieder'])).toBe(true);
    expect(mustSuppress([])).toBe(true);
    expect(mustSuppress(['analist'])).toBe(false);
    expect(mustSuppress(['raad', 'analist'])).toBe(false);
    expect(policyFor(['raad'], { suppressionThreshold: 7 })).toEqual({ threshold: 7, apply: true });
  });

  it('replaces counts and values below the threshold by a marker', () => {
    expect(count(4, council)).toEqual({ suppressed: true });
    expect(count(0, council)).toBe(0);
    expect(count(5, council)).toBe(5);
    expect(figure(62.5, 3, council)).toEqual({ suppressed: true });
    expect(figure(62.5, 5, council)).toBe(62.5);
    expect(count(3, analyst)).toBe(3);
    expect(figure(0.4, 2, analyst)).toBe(0.4);
    expect(isSuppressed(count(1, council))).toBe(true);
    expect(JSON.stringify(count(2, council))).toBe('{"suppressed":true}');
  });

  it('suppresses a second part when one hidden part could be recovered from the total', () => {
    expect(suppressParts([100, 3, 40], council)).toEqual([100, { suppressed: true }, { suppressed: true }]);
    expect(suppressParts([100, 3, 2, 40], council)).toEqual([100, { suppressed: true }, { suppressed: true }, 40]);
    expect(suppressParts([100, 40], council)).toEqual([100, 40]);
    expect(suppressParts([100, 0, 3, 40], council)).toEqual([100, 0, { suppressed: true }, { suppressed: true }]);
    expect(suppressParts([100, 3, 40], analyst)).toEqual([100, 3, 40]);
  });
});

// Expected values: SciPy 1.10.1 (Debian python3-scipy), the call is in each row's comment.
import { describe, expect, it } from 'vitest';
import { chiSquareSf, erfc, normalSf, studentTSf } from '../../../src/domain/stats/distributions.ts';
import { incompleteBeta } from '../../../src/domain/stats/incomplete-beta.ts';
import { lowerGammaP, upperGammaQ } from '../../../src/domain/stats/incomplete-gamma.ts';
import { logGamma } from '../../../src/domain/stats/log-gamma.ts';
import { expectClose } from './expect-close.ts';

describe('chi-square survival (scipy.stats.chi2.sf(x, df))', () => {
  it.each([
    [3.84, 1, 0.05004352124870519],
    [0.5, 3, 0.9188914116546758],
    [491.2, 3, 3.852351892970027e-106],
    [1500, 99, 6.466984367228185e-249],
    [1400, 2, 9.85967654375939e-305],
  ])('chi2.sf(%d, %d)', (x, df, expected) => expectClose(chiSquareSf(x, df), expected));

  it('is 1 at and below 0, and NaN for NaN', () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(Number.NaN, 3)).toBeNaN();
  });
});

describe('normal survival (scipy.stats.norm.sf(z))', () => {
  it.each([
    [-1.3, 0.9031995154143897],
    [0, 0.5],
    [0.5, 0.3085375387259869],
    [1.96, 0.024997895148220435],
    [8, 6.22096057427174e-16],
    [37, 5.7255712225239266e-300],
  ])('norm.sf(%d)', (z, expected) => expectClose(normalSf(z), expected));

  it('underflows to 0 far out in the tail, like SciPy (norm.sf(38.5) == 0.0)', () => {
    expect(normalSf(38.5)).toBeLessThan(1e-300);
    expect(normalSf(Infinity)).toBe(0);
    expect(normalSf(-Infinity)).toBe(1);
  });
});

describe('Student t survival (scipy.stats.t.sf(t, df))', () => {
  it.each([
    [2.1, 1, 0.141463028121509],
    [0.3, 2, 0.3962428304200888],
    [-1.5, 5, 0.9030481598787634],
    [33.5, 1904, 3.9591343731237135e-194],
    [1, 99998, 0.15865646380625253],
  ])('t.sf(%d, %d)', (t, df, expected) => expectClose(studentTSf(t, df), expected));
});

describe('underlying special functions', () => {
  it.each([
    // scipy.special.gammaln(x)
    [0.5, 0.5723649429247],
    [2.5, 0.2846828704729192],
    [7.5, 7.534364236758734],
    [952, 5574.843656672199],
    [1e5, 1051287.7089736569],
  ])('gammaln(%d)', (x, expected) => expectClose(logGamma(x), expected, 1e-13));

  it('gammaln(1) = gammaln(2) = 0 to absolute 1e-14', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
  });

  it.each([
    // scipy.special.gammaincc(a, x), scipy.special.gammainc(a, x)
    [0.5, 0.1, 0.6547208460185768, 0.34527915398142317],
    [2, 3, 0.1991482734714558, 0.8008517265285442],
    [10, 5, 0.9681719426937951, 0.03182805730620481],
    [100, 120, 0.027863739890520652, 0.9721362601094793],
  ])('gammaincc / gammainc(%d, %d)', (a, x, upper, lower) => {
    expectClose(upperGammaQ(a, x), upper);
    expectClose(lowerGammaP(a, x), lower);
  });

  it.each([
    // scipy.special.betainc(a, b, x)
    [2, 3, 0.4, 0.5247999999999999],
    [0.5, 952, 0.01, 0.9999877942056197],
    [952, 0.5, 0.999, 0.16758078906840565],
    [5, 5, 0.5, 0.5000000000000001],
  ])('betainc(%d, %d, %d)', (a, b, x, expected) => expectClose(incompleteBeta(a, b, x), expected));

  it.each([
    // scipy.special.erfc(u)
    [-1, 1.8427007929497148],
    [0.2, 0.7772974107895215],
    [3, 2.2090496998585445e-5],
    [20, 5.395865611607901e-176],
  ])('erfc(%d)', (u, expected) => expectClose(erfc(u), expected));
});

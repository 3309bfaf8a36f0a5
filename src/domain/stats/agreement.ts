// Inter-coder agreement (issue 11): Cohen's κ for two coders and Krippendorff's α for nominal
// data. Both follow the textbook definitions; the reference values come from an independent
// script (scripts/agreement-reference.py → tests/fixtures/agreement.reference.json).
//
// Cohen (1960): κ = (p_o − p_e) / (1 − p_e), p_o the share of units both coders put in the same
// category, p_e = Σ_c p_A(c)·p_B(c) the agreement expected from each coder's own marginals
// (sklearn.metrics.cohen_kappa_score without weights). Undefined (null) when p_e = 1: both coders
// used one and the same category for every unit, so there is no variation to agree on.
//
// Krippendorff (2011, "Computing Krippendorff's Alpha-Reliability", nominal metric): from the
// coincidence matrix o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1), over units
// with m_u ≥ 2 values (others are not pairable), n_c = Σ_k o_ck, n = Σ_c n_c:
//   α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
// Any number of coders, missing values allowed. Undefined (null) when fewer than two pairable
// values or only one category occurs (the expected disagreement is 0).

export interface KappaResult {
  /** null when undefined (p_e = 1) or no units. */
  kappa: number | null;
  observed: number;
  expected: number;
  n: number;
}

/** Cohen's κ of two codings of the same units (equal length; categories compared with ===). */
export function cohensKappa<T>(a: readonly T[], b: readonly T[]): KappaResult {
  if (a.length !== b.length) throw new Error('cohensKappa: both coders must code the same units');
  const n = a.length;
  if (n === 0) return { kappa: null, observed: Number.NaN, expected: Number.NaN, n };
  const countA = new Map<T, number>();
  const countB = new Map<T, number>();
  let same = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
  }
  const observed = same / n;
  let expected = 0;
  for (const [category, k] of countA) expected += (k / n) * ((countB.get(category) ?? 0) / n);
  const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, n };
}

export interface AlphaResult {
  /** null when undefined: fewer than two pairable values, or a single category among them. */
  alpha: number | null;
  /** Pairable values (n of the coincidence matrix). */
  values: number;
  /** Units with at least two values. */
  units: number;
}

/** Krippendorff's α, nominal. `units[u]` holds each coder's value for unit u; null = not coded. */
export function krippendorffAlphaNominal<T>(units: ReadonlyArray<ReadonlyArray<T | null>>): AlphaResult {
  const index = new Map<T, number>();
  const coincidences: number[][] = [];
  let pairable = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is T => v !== null);
    const m = values.length;
    if (m < 2) continue;
    pairable++;
    const codes = values.map((v) => {
      let c = index.get(v);
      if (c === undefined) {
        c = index.size;
        index.set(v, c);
        for (const row of coincidences) row.push(0);
        coincidences.push(new Array(index.size).fill(0));
      }
      return c;
    });
    // Every ordered pair of distinct values (i ≠ j) of the unit, weighted 1 / (m − 1).
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) coincidences[codes[i]!]![codes[j]!]! += 1 / (m - 1);
  }
  const marginals = coincidences.map((row) => row.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let c = 0; c < coincidences.length; c++) {
    for (let k = 0; k < coincidences.length; k++) {
      if (c === k) continue;
      observedDisagreement += coincidences[c]![k]!;
      expectedDisagreement += marginals[c]! * marginals[k]!;
    }
  }
  const values = Math.round(n);
  if (n < 2 || expectedDisagreement === 0) return { alpha: null, values, units: pairable };
  return { alpha: 1 - ((n - 1) * observedDisagreement) / expectedDisagreement, values, units: pairable };
}

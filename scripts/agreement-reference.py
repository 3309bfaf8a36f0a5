#!/usr/bin/python3
"""Reference values for inter-coder agreement (Duiding issue 11), from the textbook formulas.

Written independently of Duiding's TypeScript (src/domain/stats/agreement.ts), with numpy only:
- Cohen's kappa (Cohen 1960) from the confusion matrix: po = trace / n, pe = sum of the products of
  the row and column marginal shares; kappa = (po - pe) / (1 - pe); None when pe == 1.
- Krippendorff's alpha, nominal (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
  section C): from the values-by-units matrix n_uc, the coincidences
  o_ck = sum_u (n_uc * n_uk - [c == k] * n_uc) / (m_u - 1) over units with m_u >= 2,
  D_o = sum_{c != k} o_ck / n, D_e = sum_{c != k} n_c * n_k / (n * (n - 1)), alpha = 1 - D_o / D_e;
  None when D_e == 0 or n < 2.
Checks itself on the published examples (Krippendorff 2011: nominal alpha 0.743 on his 4 coders x
12 units; Wikipedia's Cohen example: kappa 0.4), then prints seeded random cases with their values
as JSON.

usage: agreement-reference.py > tests/fixtures/agreement.reference.json
"""
import json
import sys

import numpy as np


def cohen_kappa(a, b):
    cats = sorted(set(a) | set(b))
    idx = {c: i for i, c in enumerate(cats)}
    m = np.zeros((len(cats), len(cats)))
    for x, y in zip(a, b):
        m[idx[x], idx[y]] += 1
    n = m.sum()
    po = np.trace(m) / n
    pe = float((m.sum(axis=1) / n) @ (m.sum(axis=0) / n))
    if pe == 1:
        return None
    return float((po - pe) / (1 - pe))


def krippendorff_alpha_nominal(units):
    """units: list of lists, one value per coder, None = missing."""
    cats = sorted({v for unit in units for v in unit if v is not None})
    idx = {c: i for i, c in enumerate(cats)}
    counts = np.zeros((len(units), len(cats)))
    for u, unit in enumerate(units):
        for v in unit:
            if v is not None:
                counts[u, idx[v]] += 1
    m_u = counts.sum(axis=1)
    keep = m_u >= 2
    counts, m_u = counts[keep], m_u[keep]
    if len(counts) == 0:
        return None
    o = np.zeros((len(cats), len(cats)))
    for row, m in zip(counts, m_u):
        o += (np.outer(row, row) - np.diag(row)) / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    off = ~np.eye(len(cats), dtype=bool)
    d_e = (np.outer(n_c, n_c)[off].sum()) / (n * (n - 1)) if n >= 2 else 0.0
    if d_e == 0:
        return None
    d_o = o[off].sum() / n
    return float(1 - d_o / d_e)


def self_check():
    n = None
    k = [
        [1, 1, n, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
        [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [n, 5, 5, 5], [n, n, 1, 1], [n, 3, n, n],
    ]
    alpha = krippendorff_alpha_nominal(k)
    assert abs(alpha - 0.743) < 5e-4, alpha
    a = ["ja"] * 25 + ["nee"] * 25
    b = ["ja"] * 20 + ["nee"] * 5 + ["ja"] * 10 + ["nee"] * 15
    assert abs(cohen_kappa(a, b) - 0.4) < 1e-12, cohen_kappa(a, b)
    return k


def main():
    textbook = self_check()
    rng = np.random.default_rng(20261203)
    kappa_cases = [
        {"a": ["ja"] * 25 + ["nee"] * 25, "b": ["ja"] * 20 + ["nee"] * 5 + ["ja"] * 10 + ["nee"] * 15},
        {"a": [1, 1, 1, 1], "b": [1, 1, 1, 1]},
        {"a": [0, 1, 0, 1], "b": [0, 1, 0, 1]},
        {"a": [0, 0, 0, 0], "b": [1, 1, 1, 1]},
    ]
    for _ in range(40):
        size = int(rng.integers(3, 90))
        cats = int(rng.integers(2, 5))
        a = rng.integers(0, cats, size)
        # b agrees with a most of the time, so kappa spreads over its range.
        agree = rng.random(size) < rng.random()
        b = np.where(agree, a, rng.integers(0, cats, size))
        kappa_cases.append({"a": a.tolist(), "b": b.tolist()})
    for case in kappa_cases:
        case["kappa"] = cohen_kappa(case["a"], case["b"])

    alpha_cases = [{"units": textbook}, {"units": [[1, 1], [1, 1]]}, {"units": [[0, 1], [1, 0], [0, 0], [1, 1]]}]
    for _ in range(40):
        units = int(rng.integers(2, 70))
        coders = int(rng.integers(2, 6))
        cats = int(rng.integers(2, 5))
        truth = rng.integers(0, cats, units)
        data = []
        for u in range(units):
            row = []
            for _c in range(coders):
                if rng.random() < 0.15:
                    row.append(None)
                elif rng.random() < 0.7:
                    row.append(int(truth[u]))
                else:
                    row.append(int(rng.integers(0, cats)))
            data.append(row)
        alpha_cases.append({"units": data})
    for case in alpha_cases:
        case["alpha"] = krippendorff_alpha_nominal(case["units"])

    json.dump(
        {
            "generated_by": "scripts/agreement-reference.py > tests/fixtures/agreement.reference.json",
            "numpy": np.__version__,
            "kappa": kappa_cases,
            "alpha": alpha_cases,
        },
        sys.stdout,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

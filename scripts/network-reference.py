#!/usr/bin/python3
"""The network comparison's statistics (src/domain/network/heterogeneity.ts), written
independently from the rows with numpy + SciPy, on a few generated networks of member
municipalities. For each network and member it writes the member's rows, and for the network:

  choice question      chi2_contingency(member x category table, correction=False), Cramer's V
  number question      kruskal(*members), epsilon^2 = H/(n - 1), np.median of all values
  choice x choice      pooled chi2_contingency of the summed table; the test of no three-way
                       interaction: iterative proportional fitting of the three two-way margins
                       (numpy, vectorised), Pearson X^2, df = (K-1)(r-1)(c-1) less (K-1) per empty
                       pooled cell, chi2.sf; rows and columns that some member never observed
                       in the pair are left out
  number x number      spearmanr per member; Cochran's Q on atanh(rho) with weights
                       (n - 3)/1.06, chi2.sf(Q, k - 1), I^2, pooled tanh(z), 2*norm.sf(|z| sqrt(sum w))
  number x choice      (under "groups", own generated networks, one unbalanced with a member that
                       lacks categories and one that saw a single category) the pooled pattern as
                       the local scan tests it: mannwhitneyu (two categories, asymptotic, with
                       continuity) or kruskal; per member the same test; the member x category
                       interaction of a two-way ANOVA on the rows: the full cell-means model and the
                       additive member + category model by numpy.linalg.lstsq on the stories, df from
                       the ranks lstsq reports, F = ((SSE_add - SSE_full)/df_int)/(SSE_full/df_err),
                       scipy.stats.f.sf

Run (needs Debian's python3-scipy):
  python3 scripts/network-reference.py > tests/fixtures/network.reference.json
"""
import json
import numpy as np
from scipy import stats

FEELINGS = ["bang", "blij", "boos", "opgelucht"]
HELP = ["geen", "ja", "nee"]


def member(rng, n, feel_p, help_p, slider_shift, rho, missing=0.05, assoc=0.0):
    feel = rng.choice(FEELINGS, size=n, p=feel_p).astype(object)
    helped = rng.choice(HELP, size=n, p=help_p).astype(object)
    # An association of strength `assoc`: part of the stories that got help feel relieved.
    relieved = (helped == "ja") & (rng.random(n) < assoc)
    feel[relieved] = "opgelucht"
    base = rng.normal(size=n)
    other = rho * base + np.sqrt(1 - rho * rho) * rng.normal(size=n)
    x = np.clip(np.round(50 + 20 * base + slider_shift, -1), 0, 100)  # ties: multiples of 10
    y = np.round(50 + 20 * other, 1)
    for column in (feel, helped):
        column[rng.random(n) < missing] = None
    x[rng.random(n) < missing] = np.nan
    y[rng.random(n) < missing] = np.nan
    return {"gevoel": list(feel), "hulp": list(helped), "x": x.tolist(), "y": y.tolist()}


def networks():
    rng = np.random.RandomState(20261203)
    same_feel = [0.2, 0.4, 0.2, 0.2]
    yield "verschillen", [
        member(rng, 140, [0.1, 0.5, 0.2, 0.2], [0.3, 0.4, 0.3], 0, 0.6, assoc=0.6),
        member(rng, 90, [0.3, 0.2, 0.3, 0.2], [0.2, 0.5, 0.3], 10, 0.1, assoc=0.0),
        member(rng, 60, [0.25, 0.25, 0.25, 0.25], [0.4, 0.3, 0.3], -10, -0.3, assoc=0.2),
        member(rng, 35, [0.4, 0.0, 0.3, 0.3], [0.3, 0.4, 0.3], 5, 0.4, assoc=0.3),
    ]
    yield "overal-hetzelfde", [
        member(rng, n, same_feel, [0.3, 0.4, 0.3], 0, 0.5, assoc=0.4) for n in (120, 80, 70)
    ]
    yield "twee-leden", [
        member(rng, 50, same_feel, [0.3, 0.4, 0.3], 0, 0.3),
        member(rng, 40, [0.1, 0.3, 0.3, 0.3], [0.2, 0.2, 0.6], 20, 0.7),
    ]


def choice_table(members, key):
    counted = [{} for _ in members]
    for counts, m in zip(counted, members):
        for v in m[key]:
            if v is not None:
                counts[v] = counts.get(v, 0) + 1
    counted = [c for c in counted if c]
    labels = sorted(set().union(*counted))
    return np.array([[c.get(label, 0) for label in labels] for c in counted], dtype=float)


def cramers_v(chi2, table):
    return float(np.sqrt(chi2 / (table.sum() * (min(table.shape) - 1))))


def homogeneity(members):
    table = choice_table(members, "gevoel")
    chi2, p, df, _ = stats.chi2_contingency(table, correction=False)
    return {"statistic": chi2, "df": int(df), "p": p, "cramersV": cramers_v(chi2, table), "members": len(table)}


def numbers(members):
    groups = [np.array([v for v in m["x"] if not np.isnan(v)]) for m in members]
    groups = [g for g in groups if len(g)]
    h, p = stats.kruskal(*groups)
    n = sum(len(g) for g in groups)
    return {"statistic": h, "df": len(groups) - 1, "p": p, "epsilon2": h / (n - 1), "members": len(groups), "median": float(np.median(np.concatenate(groups)))}


def cross(m):
    pairs = [(a, b) for a, b in zip(m["hulp"], m["gevoel"]) if a is not None and b is not None]
    return pairs


def ipf(n, tolerance=1e-13):
    m = np.ones_like(n)
    for _ in range(100000):
        before = m.copy()
        m *= np.divide(n.sum(0), m.sum(0), out=np.zeros_like(m[0]), where=m.sum(0) > 0)[None, :, :]
        m *= np.divide(n.sum(2), m.sum(2), out=np.zeros_like(n.sum(2)), where=m.sum(2) > 0)[:, :, None]
        m *= np.divide(n.sum(1), m.sum(1), out=np.zeros_like(n.sum(1)), where=m.sum(1) > 0)[:, None, :]
        if np.max(np.abs(m - before)) < tolerance:
            return m
    raise RuntimeError("ipf did not converge")


def association(members):
    pairs = [cross(m) for m in members]
    pairs = [p for p in pairs if p]
    rows_all = sorted({a for p in pairs for a, _ in p})
    cols_all = sorted({b for p in pairs for _, b in p})
    pooled = np.array([[sum(1 for p in pairs for a, b in p if a == r and b == c) for c in cols_all] for r in rows_all], dtype=float)
    chi2, p, df, _ = stats.chi2_contingency(pooled, correction=False)
    rows = [r for r in rows_all if all(any(a == r for a, _ in p) for p in pairs)]
    cols = [c for c in cols_all if all(any(b == c for _, b in p) for p in pairs)]
    n = np.array([[[sum(1 for a, b in p if a == r and b == c) for c in cols] for r in rows] for p in pairs], dtype=float)
    fitted = ipf(n)
    positive = fitted > 0
    x2 = float(((n[positive] - fitted[positive]) ** 2 / fitted[positive]).sum())
    k = len(pairs)
    empty = int((n.sum(0) == 0).sum())
    hdf = (k - 1) * (len(rows) - 1) * (len(cols) - 1) - empty * (k - 1)
    return {
        "pooled": {"rows": rows_all, "columns": cols_all, "statistic": chi2, "df": int(df), "p": p, "cramersV": cramers_v(chi2, pooled)},
        "heterogeneity": {"statistic": x2, "df": hdf, "p": float(stats.chi2.sf(x2, hdf)), "members": k, "rows": rows, "columns": cols},
    }


def correlation(members):
    effects = []
    for m in members:
        x, y = np.array(m["x"]), np.array(m["y"])
        keep = ~np.isnan(x) & ~np.isnan(y)
        rho = stats.spearmanr(x[keep], y[keep]).statistic
        effects.append({"rho": float(rho), "n": int(keep.sum())})
    usable = [e for e in effects if e["n"] >= 4 and abs(e["rho"]) < 1]
    z = np.array([np.arctanh(e["rho"]) for e in usable])
    w = np.array([(e["n"] - 3) / 1.06 for e in usable])
    mean = float((w * z).sum() / w.sum())
    q = float((w * (z - mean) ** 2).sum())
    df = len(usable) - 1
    return {
        "members": effects,
        "statistic": q, "df": df, "p": float(stats.chi2.sf(q, df)),
        "iSquared": max(0.0, (q - df) / q),
        "pooledRho": float(np.tanh(mean)),
        "pooledP": float(2 * stats.norm.sf(abs(mean) * np.sqrt(w.sum()))),
    }


GROUP_FEELINGS = ["bang", "blij", "boos", "opgelucht"]


def group_member(rng, n, feel_p, effects, shift, pair_effect, missing=0.05):
    """A slider 'score' that depends on gevoel with this member's own effects (the interaction)."""
    feel = rng.choice(GROUP_FEELINGS, size=n, p=feel_p).astype(object)
    pair = rng.choice(["ja", "nee"], size=n, p=[0.5, 0.5]).astype(object)
    score = np.array([50 + shift + effects[GROUP_FEELINGS.index(f)] + (pair_effect if q == "ja" else 0) for f, q in zip(feel, pair)])
    score = np.clip(np.round(score + 15 * rng.normal(size=n)), 0, 100)  # whole numbers: ties
    feel[rng.random(n) < missing] = None
    pair[rng.random(n) < missing] = None
    score[rng.random(n) < missing] = np.nan
    return {"gevoel": list(feel), "paar": list(pair), "score": score.tolist()}


def group_networks():
    rng = np.random.RandomState(20261204)
    alike = [0, 10, -10, 5]
    yield "verschillen", [
        group_member(rng, 140, [0.1, 0.5, 0.2, 0.2], [0, 15, -10, 5], 0, 10),
        group_member(rng, 90, [0.3, 0.2, 0.3, 0.2], [0, -10, 10, 0], 5, 0),
        group_member(rng, 60, [0.25, 0.25, 0.25, 0.25], alike, -5, -5),
        group_member(rng, 35, [0.4, 0.0, 0.3, 0.3], [0, 0, 20, -10], 0, 10),  # never "blij"
    ]
    yield "overal-hetzelfde", [group_member(rng, n, [0.2, 0.4, 0.2, 0.2], alike, 0, 8) for n in (120, 80, 70)]
    # Unbalanced and incomplete: A never saw "opgelucht", B never "bang", C only "bang".
    yield "ongelijk", [
        group_member(rng, 14, [0.4, 0.3, 0.3, 0.0], alike, 0, 0, missing=0),
        group_member(rng, 30, [0.0, 0.3, 0.3, 0.4], alike, 10, 5, missing=0),
        group_member(rng, 7, [1.0, 0.0, 0.0, 0.0], alike, -10, 0, missing=0),
    ]
    yield "twee-leden", [
        group_member(rng, 50, [0.2, 0.4, 0.2, 0.2], alike, 0, 0),
        group_member(rng, 40, [0.1, 0.3, 0.3, 0.3], [0, -15, 15, 0], 10, 15),
    ]


def group_rows(members, key):
    return [(i, g, v) for i, m in enumerate(members) for g, v in zip(m[key], m["score"]) if g is not None and not np.isnan(v)]


def group_test(rows, test=None, categories=None):
    present = sorted({g for _, g, _ in rows})
    if len(present) < 2:
        return None
    test = test or ("mann-whitney" if len(present) == 2 else "kruskal-wallis")
    groups = list(categories) if test == "mann-whitney" and categories else present
    if not all(g in present for g in groups):
        return None
    samples = [np.array([v for _, h, v in rows if h == g]) for g in groups]
    n = int(sum(len(x) for x in samples))
    if test == "mann-whitney":
        res = stats.mannwhitneyu(samples[0], samples[1], alternative="two-sided", method="asymptotic", use_continuity=True)
        effect = 1 - 2 * res.statistic / (len(samples[0]) * len(samples[1]))
        return {"test": test, "statistic": float(res.statistic), "p": float(res.pvalue), "effect": float(effect), "categories": groups, "n": n}
    h, p = stats.kruskal(*samples)
    return {"test": test, "statistic": float(h), "p": float(p), "effect": float(h / (n - 1)), "categories": groups, "n": n}


def sse(design, y):
    coef, _, rank, _ = np.linalg.lstsq(design, y, rcond=None)
    residual = y - design @ coef
    return float(residual @ residual), int(rank)


def interaction(rows):
    members = sorted({i for i, _, _ in rows})
    categories = sorted({g for _, g, _ in rows})
    cells = sorted({(i, g) for i, g, _ in rows})
    y = np.array([v for _, _, v in rows])
    dummy = lambda test: np.array([1.0 if test(i, g) else 0.0 for i, g, _ in rows])
    additive = np.column_stack([np.ones(len(rows))] + [dummy(lambda i, g, m=m: i == m) for m in members] + [dummy(lambda i, g, c=c: g == c) for c in categories])
    full = np.column_stack([dummy(lambda i, g, cell=cell: (i, g) == cell) for cell in cells])
    sse_add, rank_add = sse(additive, y)
    sse_full, rank_full = sse(full, y)
    df, df_error = rank_full - rank_add, len(rows) - rank_full
    out = {"df": df, "dfError": df_error, "members": len(members), "statistic": None, "p": None}
    if len(members) >= 2 and df > 0 and df_error > 0 and sse_full > 0:
        f = ((sse_add - sse_full) / df) / (sse_full / df_error)
        out.update(statistic=f, p=float(stats.f.sf(f, df, df_error)))
    return out


def group_pair(members, key):
    rows = group_rows(members, key)
    pooled = group_test(rows)
    own = []
    for i in range(len(members)):
        mine = group_test([r for r in rows if r[0] == i], pooled["test"], pooled["categories"])
        own.append(None if mine is None else mine["effect"])
    return {"pooled": pooled, "members": own, "heterogeneity": interaction(rows)}


def clean(value):
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


out = []
for name, members in networks():
    out.append({
        "name": name,
        "members": members,
        "gevoel": homogeneity(members),
        "x": numbers(members),
        "hulpGevoel": association(members),
        "xy": correlation(members),
    })
groups = [{"name": name, "members": members, "scoreGevoel": group_pair(members, "gevoel"), "scorePaar": group_pair(members, "paar")} for name, members in group_networks()]
print(json.dumps(clean({"generator": "scripts/network-reference.py", "scipy": __import__("scipy").__version__, "networks": out, "groups": groups})))

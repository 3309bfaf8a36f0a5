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
print(json.dumps(clean({"generator": "scripts/network-reference.py", "scipy": __import__("scipy").__version__, "networks": out})))

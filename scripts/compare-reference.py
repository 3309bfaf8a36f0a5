#!/usr/bin/python3
"""The comparison of subsets (duiding.compare/v1), written independently with numpy + SciPy.

Reads a duiding.questionnaire/v1 JSON and a duiding.stories/v1 CSV (the shared reference case
../shared/reference/case-2000), and for a few fixed comparisons prints, per analysis variable, the
test of difference between the subsets exactly as ../shared/tools/scipy-scan.py tests a
numeric × categorical or categorical × categorical pair (the subset is the categorical side):
  chi2_contingency(table, correction=False)               categorical variable × subset
  mannwhitneyu(x, y, two-sided, asymptotic, continuity)   numeric variable, 2 subsets
  kruskal(*groups)                                        numeric variable, 3-4 subsets
and Benjamini-Hochberg q over the variables that have a p. A subset is `key=value[,value]`
(answer filters; conditions joined by ";") or "rest" (every story in no other subset); questions
that define a subset are not tested. Needs Debian's python3-scipy (no pandas).

The output is tests/unit/patterns/fixtures/compare-reference.json:
  python3 scripts/compare-reference.py ../shared/reference/case-2000/questionnaire.json \
      ../shared/reference/case-2000/stories.csv > tests/unit/patterns/fixtures/compare-reference.json
"""
import csv, json, sys
import numpy as np
from scipy import stats

CASES = [
    {"a": "wijk=WK047901", "b": "wijk=WK047902"},
    {"a": "rol=jongere", "b": "rol=ouder", "c": "rest"},
    {"a": "wat_hielp=geld", "b": "rest"},
    {"a": "gevoel=blij", "b": "gevoel=boos", "c": "gevoel=bang", "d": "rest"},
    {"a": "aanbieder=dock,smd;eerder_hulp=ja", "b": "aanbieder=incluzio;eerder_hulp=ja"},
]


def number(cell):
    try:
        return float(cell) if cell not in ("", "NA") else np.nan
    except ValueError:
        return np.nan


def variables(q, rows):
    """Per variable (questionnaire order): (name, question, kind, values); as scipy-scan.py."""
    out = []
    for qu in q["questions"]:
        k, t = qu["key"], qu["type"]
        if t in ("slider", "scale", "number"):
            out.append((k, k, "numeric", np.array([number(r[k]) for r in rows])))
        elif t == "triad":
            parts = [np.array([number(r[f"{k}.{i}"]) for r in rows]) for i in (1, 2, 3)]
            s = parts[0] + parts[1] + parts[2]
            with np.errstate(invalid="ignore", divide="ignore"):
                for i in (1, 2, 3):
                    v = parts[i - 1] / s
                    v[~np.isfinite(v)] = np.nan
                    out.append((f"{k}.{i}", k, "numeric", v))
        elif t == "stones":
            for st in qu["stones"]:
                for ax in ("x", "y"):
                    col = f"{k}.{st['key']}.{ax}"
                    out.append((col, k, "numeric", np.array([number(r[col]) for r in rows])))
        elif t in ("choice", "area"):
            out.append((k, k, "categorical", np.array([r[k] if r[k] not in ("", "NA") else None for r in rows], dtype=object)))
        elif t == "multichoice":
            for o in qu["options"]:
                v = [None if r[k] == "NA" else ("ja" if o["key"] in r[k].split("|") else "nee") for r in rows]
                out.append((f"{k}={o['key']}", k, "categorical", np.array(v, dtype=object)))
    return out


def matches(rows, text):
    conditions = [c.split("=", 1) for c in text.split(";")]
    def one(r):
        for key, values in conditions:
            accepted = values.split(",")
            cell = r[key]
            if cell in ("", "NA"):
                return False
            if not any(v in accepted for v in cell.split("|")):
                return False
        return True
    return np.array([one(r) for r in rows])


def membership(rows, case):
    names = list(case)
    codes = np.full(len(rows), -1)
    for k, name in enumerate(names):
        if case[name] == "rest":
            continue
        m = matches(rows, case[name])
        assert not np.any(m & (codes >= 0)), "overlapping subsets"
        codes[m] = k
    if "rest" in case.values():
        codes[codes < 0] = names.index(next(n for n in names if case[n] == "rest"))
    return names, codes


def bh(p):
    p = np.asarray(p, dtype=float)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * len(p) / np.arange(1, len(p) + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty_like(q)
    out[order] = np.minimum(q, 1)
    return out


def compare(q, rows, case):
    names, codes = membership(rows, case)
    defining = {c.split("=", 1)[0] for text in case.values() if text != "rest" for c in text.split(";")}
    out = []
    for name, question, kind, values in variables(q, rows):
        if question in defining:
            continue
        row = {"key": name, "test": None, "statistic": None, "p": None}
        if kind == "numeric":
            have = ~np.isnan(values) & (codes >= 0)
            groups = [values[have & (codes == k)] for k in range(len(names))]
            present = [g for g in groups if len(g) > 0]
            row["n"] = int(have.sum())
            row["groups"] = [{"subset": names[k], "n": int(len(g)), "median": float(np.median(g)) if len(g) else None} for k, g in enumerate(groups)]
            if len(present) == 2:
                res = stats.mannwhitneyu(present[0], present[1], alternative="two-sided", method="asymptotic", use_continuity=True)
                row.update(test="mann-whitney", statistic=float(res.statistic), p=float(res.pvalue))
            elif len(present) > 2:
                row["test"] = "kruskal-wallis"
                row["df"] = len(present) - 1
                if len(set(np.concatenate(present))) > 1:
                    res = stats.kruskal(*present)
                    row.update(statistic=float(res.statistic), p=float(res.pvalue))
        else:
            have = np.array([v is not None for v in values]) & (codes >= 0)
            labels = sorted(set(values[have]))
            table = np.array([[int(np.sum(have & (values == label) & (codes == k))) for k in range(len(names))] for label in labels])
            row["n"] = int(have.sum())
            row["categories"] = labels
            row["groups"] = [{"subset": names[k], "n": int(table[:, k].sum()), "counts": [int(x) for x in table[:, k]]} for k in range(len(names))]
            used = table[:, table.sum(axis=0) > 0] if table.size else table
            if used.shape[0] >= 2 and used.shape[1] >= 2:
                chi2, p, dof, _ = stats.chi2_contingency(used, correction=False)
                row.update(test="chi-square", statistic=float(chi2), p=float(p), df=int(dof))
        out.append(row)
    tested = [r for r in out if r["p"] is not None]
    for r, x in zip(tested, bh([r["p"] for r in tested])):
        r["q"] = float(x)
    for r in out:
        r.setdefault("q", None)
    return {"subsets": [{"name": n, "filter": case[n], "stories": int(np.sum(codes == k))} for k, n in enumerate(names)],
            "defining": sorted(defining), "questions": out}


def main():
    q = json.load(open(sys.argv[1]))
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    json.dump({"source": "scripts/compare-reference.py (numpy + scipy " + __import__("scipy").__version__ + ")",
               "cases": [compare(q, rows, case) for case in CASES]}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()

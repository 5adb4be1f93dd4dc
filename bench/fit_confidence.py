"""Fit the weights of `ask`'s confidence (factcli/ask/confidence.py) and report how well it is calibrated.

    python bench/fit_confidence.py            # fit on the dev sets, print weights and calibration tables
    python bench/fit_confidence.py --write    # ... and write the weights into factcli/ask/confidence.py

The model is a logistic regression over the general signs `confidence.evidence` computes for every
answered question (right = one of the expected facts; an answer to an unanswerable question is wrong). It
is fitted on the development sets only, each fact file weighted equally, with a small L2 penalty. The
frozen sets are only measured: the table says what share of their answers were right at each confidence.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from ask_quality import EVAL, ROOT, expected, fact_file

from factcli import FactBase
from factcli.ask.confidence import FEATURES, confidence

BINS = (0.0, 0.5, 0.7, 0.9, 0.97, 1.0001)
PENALTY = 1.0

Sample = tuple[list[float], bool, str]  # signs, right, fact file


def samples(kind: str) -> list[Sample]:
    """Every answered question of the `kind` sets (dev or frozen): its signs, whether right, its fact file."""
    out: list[Sample] = []
    bases: dict[tuple[str, ...], FactBase] = {}
    for path in sorted(EVAL.glob(f"*/{kind}/*.yaml")):
        files = tuple(fact_file(path))
        fb = bases.setdefault(files, FactBase.load(list(files)))
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            result = fb.ask(str(item["q"]), explain=True)
            if result.answer is None or "evidence" not in result.explain:
                continue  # (an exact quote's answer has its confidence by what it is, no signs to fit)
            expect = expected(item)
            signs = [float(result.explain["evidence"][f]) for f in FEATURES]
            out.append((signs, expect is not None and result.answer.fact.id in expect, path.parent.parent.name))
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b by Gaussian elimination with partial pivoting (a small, well-posed system)."""
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[col][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(data: list[Sample]) -> tuple[float, ...]:
    """Weights (bias first) by Newton's method on the L2-penalised, file-weighted log loss."""
    per_file: dict[str, int] = {}
    for _, _, name in data:
        per_file[name] = per_file.get(name, 0) + 1
    rows = [([1.0, *x], float(y), len(data) / (len(per_file) * per_file[name])) for x, y, name in data]
    k = len(FEATURES) + 1
    w = [0.0] * k
    for _ in range(50):
        grad = [PENALTY * wi if i else 0.0 for i, wi in enumerate(w)]
        hess = [[(PENALTY if i == j and i else 0.0) for j in range(k)] for i in range(k)]
        for x, y, weight in rows:
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))))
            for i in range(k):
                grad[i] += weight * (p - y) * x[i]
                for j in range(k):
                    hess[i][j] += weight * p * (1 - p) * x[i] * x[j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return tuple(round(x, 4) for x in w)


def table(data: list[Sample], weights: tuple[float, ...]) -> str:
    """What share of answers were right in each band of confidence, per fact file."""
    lines = ["| fact file | " + " | ".join(f"{lo:.2f}-{min(hi, 1):.2f}" for lo, hi in itertools.pairwise(BINS)) + " |",
             "| --- |" + " --- |" * (len(BINS) - 1)]
    for name in sorted({n for _, _, n in data}):
        cells = []
        for lo, hi in itertools.pairwise(BINS):
            band = [y for x, y, n in data if n == name and lo <= confidence(x, weights) < hi]
            cells.append(f"{sum(band) / len(band):.0%} of {len(band)}" if band else "-")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def thresholds(data: list[Sample], weights: tuple[float, ...]) -> str:
    """For --min-confidence X: the share of answers kept and the share of those that are wrong, per fact file."""
    names = sorted({n for _, _, n in data})
    lines = ["| --min-confidence | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]
    for x in (0.0, 0.5, 0.7, 0.8, 0.9, 0.95):
        cells = []
        for name in names:
            mine = [(confidence(s, weights), y) for s, y, n in data if n == name]
            kept = [y for c, y in mine if c >= x]
            cells.append(f"{len(kept) / len(mine):.0%} kept, {1 - sum(kept) / len(kept):.1%} wrong" if kept else "none")
        lines.append(f"| {x:g} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    """Fit on the dev sets, report calibration on dev and frozen, optionally write the weights."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write the weights into factcli/ask/confidence.py")
    args = parser.parse_args()
    dev = samples("dev")
    weights = fit(dev)
    print("weights (bias, " + ", ".join(FEATURES) + "):", weights)
    print("\nDevelopment sets (fitted on): share of answers right, by confidence\n")
    print(table(dev, weights))
    print("\nDevelopment sets: answers kept and wrong at each --min-confidence\n")
    print(thresholds(dev, weights))
    frozen = samples("frozen")
    print("\nFrozen sets (measured only): share of answers right, by confidence\n")
    print(table(frozen, weights))
    print("\nFrozen sets: answers kept and wrong at each --min-confidence\n")
    print(thresholds(frozen, weights))
    if args.write:
        module = ROOT / "factcli" / "ask" / "confidence.py"
        text = re.sub(r"WEIGHTS = \([^)]*\)", f"WEIGHTS = {weights!r}", module.read_text(encoding="utf-8"))
        module.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

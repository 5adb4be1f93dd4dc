"""Measure `factcli ask` on a question set: accuracy on answerable questions, abstention on the rest.

    python bench/ask_quality.py tests/questions/dev.yaml [--file FACTS] [--verbose]

Runs the library API (the same code path as `factcli ask --format json`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from factcli import FactBase


def evaluate(questions: list[dict[str, Any]], fb: FactBase, verbose: bool = False) -> tuple[float, float, list[str]]:
    """(accuracy on answerable, abstention rate on unanswerable, failures)."""
    right = answerable = abstained = unanswerable = 0
    failures: list[str] = []
    for item in questions:
        q, expect = str(item["q"]), item["expect"]
        result = fb.ask(q)
        got = result.answer.fact.id if result.answer else None
        if expect is None:
            unanswerable += 1
            abstained += got is None
        else:
            answerable += 1
            right += got in (expect if isinstance(expect, list) else [expect])
        ok = got is None if expect is None else got in (expect if isinstance(expect, list) else [expect])
        if not ok:
            failures.append(f"{q!r}: expected {expect}, got {got}")
        elif verbose:
            print(f"ok  {q!r} -> {got}")
    return right / max(answerable, 1), abstained / max(unanswerable, 1), failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--file", "-f", action="append", default=[])
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    questions = yaml.safe_load(args.questions.read_text(encoding="utf-8"))
    fb = FactBase.load(args.file)
    accuracy, abstention, failures = evaluate(questions, fb, args.verbose)
    for failure in failures:
        print("FAIL", failure)
    n_ans = sum(1 for q in questions if q["expect"] is not None)
    print(f"questions: {len(questions)} ({n_ans} answerable, {len(questions) - n_ans} unanswerable)")
    print(f"accuracy on answerable: {accuracy:.1%}  (target 95%)")
    print(f"abstention on unanswerable: {abstention:.1%}  (target 90%)")
    return 0 if accuracy >= 0.95 and abstention >= 0.90 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Measure `factcli ask` on question sets: right, wrong and refused on answerable questions, refused on the rest.

    python bench/ask_quality.py                       # every set under tests/eval/, one line each
    python bench/ask_quality.py tests/eval/it-bibliobus/frozen/test.yaml --verbose

A set lives in tests/eval/<fact file>/dev/ (development: tune on it freely) or .../frozen/ (written before
any change made for it, never edited). The fact file of tests/eval/<name>/ is its facts.yaml, or the
bundled facts.yaml for tests/eval/bundled/. Where tests/eval/<name>/vocabulary.yaml exists (a curator's
vocabulary, written without seeing any question), every set of that file is run a second time with it
loaded beside the facts, reported as "<set> +vocabulary". Runs the library API, as `factcli ask` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from factcli import FactBase

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"


class Score:
    """The counts of one question set."""

    def __init__(self) -> None:
        self.right = self.wrong = self.refused = self.unanswerable = self.abstained = 0
        self.verdicts = self.verdicts_right = 0
        self.failures: list[str] = []

    @property
    def answerable(self) -> int:
        """How many questions have an answer in the facts."""
        return self.right + self.wrong + self.refused

    def share(self, n: int, of: int) -> float:
        """n as a share of `of` (0 when there is nothing to share)."""
        return n / of if of else 0.0

    def line(self) -> str:
        """Right / wrong / refused of answerable, and refused of unanswerable, as percentages."""
        a = self.answerable
        return (f"right {self.share(self.right, a):6.1%}  wrong {self.share(self.wrong, a):5.1%}  "
                f"refused {self.share(self.refused, a):5.1%}  unanswerable refused "
                f"{self.share(self.abstained, self.unanswerable):6.1%}  verdicts {self.share(self.verdicts_right, self.verdicts):6.1%}"
                f"  ({a} answerable, {self.unanswerable} not, {self.verdicts} claims)")


def expected(item: dict[str, Any]) -> list[str] | None:
    """The acceptable fact ids of a question, or None when no fact answers it (`expect` null or left out)."""
    expect = item.get("expect")
    if expect is None:
        return None
    # `also`: other facts its writer fixed in advance as equally right (a set written with that key).
    return [*(expect if isinstance(expect, list) else [expect]), *item.get("also", [])]


def evaluate(questions: list[dict[str, Any]], fb: FactBase, verbose: bool = False) -> Score:
    """Ask every question and count the outcomes."""
    score = Score()
    for item in questions:
        q, expect = str(item["q"]), expected(item)
        result = fb.ask(q)
        got = result.answer.fact.id if result.answer else None
        if expect is None:
            score.unanswerable += 1
            score.abstained += got is None
            ok = got is None
        else:
            ok = got in expect
            score.right += ok
            score.wrong += got is not None and not ok
            score.refused += got is None
        if "verdict" in item:
            score.verdicts += 1
            score.verdicts_right += result.verdict == item["verdict"]
            if result.verdict != item["verdict"]:
                score.failures.append(f"{q!r}: verdict {item['verdict']!r} expected, got {result.verdict!r}")
        if not ok:
            score.failures.append(f"{q!r}: expected {item.get('expect')}, got {got}")
        elif verbose:
            print(f"ok  {q!r} -> {got}")
    return score


VOCABULARY = "vocabulary.yaml"


def fact_file(question_set: Path, vocabulary: bool = False) -> list[str]:
    """The fact files a set is asked of: its folder's facts.yaml (and vocabulary.yaml), or the bundled one."""
    home = question_set.resolve().parent.parent
    own = home / "facts.yaml"
    files = [str(own)] if own.is_file() and home.parent == EVAL else []
    return [*files, str(home / VOCABULARY)] if vocabulary else files


def all_sets() -> list[Path]:
    """Every question set under tests/eval/, frozen and development."""
    return sorted(EVAL.glob("*/*/*.yaml"))


def all_runs() -> list[tuple[Path, bool]]:
    """Every set, and again with its file's curator vocabulary where there is one."""
    return [(p, v) for p in all_sets() for v in (False, True)
            if not v or (p.resolve().parent.parent / VOCABULARY).is_file()]


FLOORS = EVAL / "floors.yaml"


def set_name(path: Path, vocabulary: bool = False) -> str:
    """A set's name in reports and in floors.yaml: its path under tests/eval/ (+vocabulary: run with it)."""
    resolved = path.resolve()
    name = str(resolved.relative_to(EVAL)) if resolved.is_relative_to(EVAL) else str(path)
    return f"{name} +vocabulary" if vocabulary else name


def score_set(path: Path, cache: dict[tuple[str, ...], FactBase], verbose: bool = False,
              vocabulary: bool = False) -> Score:
    """Ask a set of its own fact file (loaded once per file), with the file's vocabulary when asked."""
    files = tuple(fact_file(path, vocabulary))
    if files not in cache:
        cache[files] = FactBase.load(list(files))
    return evaluate(yaml.safe_load(path.read_text(encoding="utf-8")), cache[files], verbose)


def floor_of(score: Score) -> dict[str, float]:
    """What a set must keep: its right, unanswerable-refused and right-verdict shares (down) and its wrong share
    (up), to 0.1 %."""
    import math

    a = score.answerable
    return {"right": math.floor(1000 * score.share(score.right, a)) / 1000,
            "wrong": math.ceil(1000 * score.share(score.wrong, a)) / 1000,
            "refused_unanswerable": math.floor(1000 * score.share(score.abstained, score.unanswerable)) / 1000,
            "verdicts": math.floor(1000 * score.share(score.verdicts_right, score.verdicts)) / 1000}


def raise_floors(scores: dict[str, Score]) -> None:
    """Raise each set's floor to what it scores now, never lower one; a new set gets its first floor."""
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
    for name, score in scores.items():
        now, old = floor_of(score), floors.get(name)
        floors[name] = now if old is None else {
            "right": max(old["right"], now["right"]), "wrong": min(old["wrong"], now["wrong"]),
            "refused_unanswerable": max(old["refused_unanswerable"], now["refused_unanswerable"]),
            "verdicts": max(old.get("verdicts", 0.0), now["verdicts"])}
    header = ("# What each question set must keep (tests/test_ask_quality.py). Raised by\n"
              "# `python bench/ask_quality.py --raise-floors`, which never lowers a floor; a set with no floor fails.\n"
              "# A floor lowered by hand is listed in bench/RESULTS.md with the change that traded it.\n")
    FLOORS.write_text(header + yaml.safe_dump(floors, sort_keys=True), encoding="utf-8")


def main() -> int:
    """Print one line per set (or the failures of the sets named, with --verbose)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", type=Path, nargs="*", help="question sets (default: every set under tests/eval/)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every failure")
    parser.add_argument("--raise-floors", action="store_true", help="raise tests/eval/floors.yaml to these scores")
    args = parser.parse_args()
    cache: dict[tuple[str, ...], FactBase] = {}
    scores: dict[str, Score] = {}
    runs = [(p, v) for p in args.sets for v in (False, True)
            if not v or (p.resolve().parent.parent / VOCABULARY).is_file()] if args.sets else all_runs()
    for path, vocabulary in runs:
        name = set_name(path, vocabulary)
        score = scores[name] = score_set(path, cache, args.verbose, vocabulary)
        print(f"{name:44} {score.line()}")
        if args.verbose:
            for failure in score.failures:
                print("   FAIL", failure)
    if args.raise_floors:
        raise_floors(scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())

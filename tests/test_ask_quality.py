"""Every question set under tests/eval/ holds its floor: none is left out, a set without a floor fails."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from ask_quality import EVAL, FLOORS, Score, all_runs, all_sets, score_set, set_name

_CACHE: dict[tuple[str, ...], Any] = {}


def test_there_are_frozen_sets_for_several_fact_files() -> None:
    """At least three fact files on unrelated topics with a frozen set of 60 questions or more; a smaller blind set
    (a new user's trial: 50 questions) is more evidence, not one of those three."""
    frozen = [p for p in all_sets() if p.parent.name == "frozen"]
    sizes = {p.parent.parent.name: len(yaml.safe_load(p.read_text(encoding="utf-8"))) for p in frozen}
    assert sum(n >= 60 for n in sizes.values()) >= 3 and all(n >= 40 for n in sizes.values()), sizes


@pytest.mark.parametrize(("path", "vocabulary"), all_runs(), ids=[set_name(p, v) for p, v in all_runs()])
def test_question_set_holds_its_floor(path: Path, vocabulary: bool) -> None:
    """Right, unanswerable-refused and right verdicts at or above the set's floor, wrong at or below it."""
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    name = set_name(path, vocabulary)
    assert name in floors, f"{name} has no floor: run python bench/ask_quality.py --raise-floors"
    floor = floors[name]
    score: Score = score_set(path, _CACHE, vocabulary=vocabulary)
    a, u = score.answerable, score.unanswerable
    assert score.right / a >= floor["right"], score.failures
    assert score.wrong / a <= floor["wrong"], score.failures
    assert (score.abstained / u if u else 1.0) >= floor["refused_unanswerable"], score.failures
    assert (score.verdicts_right / score.verdicts if score.verdicts else 1.0) >= floor["verdicts"], score.failures


def test_every_floor_names_a_set() -> None:
    """A floor for a set that no longer exists means a set was dropped."""
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    assert sorted(floors) == sorted(set_name(p, v) for p, v in all_runs())
    assert EVAL.is_dir()

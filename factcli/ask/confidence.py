"""How likely an answer is right: a logistic model over a few general signs of the evidence, 0..1.

The weights are data, fitted by `bench/fit_confidence.py` on the development question sets of every fact
file under tests/eval/ (each file weighted equally); the README says what share of answers were right at
each confidence, on the development and on the frozen sets.
"""

from __future__ import annotations

import math

from factcli.ask.checks import Choice
from factcli.ask.claim_form import is_claim
from factcli.ask.reading import Reading
from factcli.core.model import Fact
from factcli.index.read import Hit

FEATURES = ("score", "margin", "covered", "named", "tolerated", "relaxed", "fallback", "claim", "alone")

# A margin under this is a tie: the rival scored the same, or more.
_TIED = 0.01

# Fitted by bench/fit_confidence.py (bias first, then one weight per feature, in FEATURES order).
WEIGHTS = (-4.0535, 0.9088, 2.2977, 2.1489, -0.1352, 0.1394, -0.118, 0.3727, 0.8077, 1.0696)


def evidence(r: Reading, choice: Choice, shortlist: list[Hit], facts: dict[int, Fact], *, tolerated: bool,
             fallback: bool) -> list[float]:
    """The signs an answer rests on, in FEATURES order, each in 0..1 but the score's logarithm."""
    best = choice.hit.score
    chosen = facts.get(choice.hit.n)
    # Only a fact that gives another answer is a rival: two facts of the same day agree on "when".
    rival = max((h.score for h in shortlist if h.n != choice.hit.n and not _same_answer(chosen, facts.get(h.n))),
                default=0.0)
    return [
        math.log1p(max(best, 0.0)),
        # How far ahead of the next candidate: a near tie is a coin toss.
        max(0.0, 1.0 - rival / best) if best > 0 else 0.0,
        choice.said / len(r.plain_words) if r.plain_words else 1.0,
        1.0 if r.named else 0.0,
        1.0 if tolerated and r.unknown else 0.0,
        1.0 if choice.relaxed else 0.0,
        1.0 if fallback else 0.0,
        1.0 if r.yes_no else 0.0,
        1.0 / choice.passing,
    ]


def guessed(r: Reading, signs: list[float]) -> bool:
    """Whether an open question's answer, with these signs (`evidence`), is a guess: it leaves some of the
    question's words unsaid, and a fact that gives another answer ranks as high, passing or ruled out (a what- or
    who-question has no kind of answer to tell them apart)."""
    if r.q.kind != "entity" or r.yes_no or is_claim(r.q):
        return False
    return signs[FEATURES.index("margin")] < _TIED and signs[FEATURES.index("covered")] < 1.0


def _same_answer(a: Fact | None, b: Fact | None) -> bool:
    """Whether two facts give one answer: the same type and the same value."""
    return a is not None and b is not None and a.type == b.type and a.value == b.value


def confidence(signs: list[float], weights: tuple[float, ...] = WEIGHTS) -> float:
    """The model's probability that an answer with these signs is right."""
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], signs))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

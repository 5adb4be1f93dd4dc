"""An outcome a fact says behind a negation ("a verdict of not guilty") is not told; its opposite is: a claim of
acquittal is confirmed, one of conviction contradicted."""

from __future__ import annotations

import json
from typing import Any

import pytest

TRIAL = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: driver, kind: person, names: {en: [the driver], it: [il macchinista]}}
facts:
  - id: not-guilty
    type: event
    value: {name: {en: acquittal of the driver, it: assoluzione del macchinista}}
    statement: {en: At the trial of the driver the jury returned a verdict of not guilty., it: Al processo del macchinista la giuria emise un verdetto di non colpevolezza.}
    entities: [driver]
    status: stated
    source: {id: paper, excerpt: the jury returned a verdict of not guilty}
"""


@pytest.mark.parametrize(("claim", "verdict"), [("Was the driver acquitted?", "confirmed"),
                                                ("Was the driver convicted?", "contradicted")])
def test_a_negated_outcome_tells_its_opposite(run: Any, write: Any, claim: str, verdict: str) -> None:
    result = run("ask", claim, "-f", str(write(TRIAL)), "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["verdict"] == verdict and answer["answer"]["id"] == "not-guilty", answer

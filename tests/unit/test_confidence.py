"""ask's confidence: a probability from the shipped weights, higher for a clear answer than a stretched one."""

from __future__ import annotations

import json
from typing import Any

from factcli.ask.confidence import FEATURES, confidence


def _signs(**given: float) -> list[float]:
    """Signs in FEATURES order: a plain answer, with the given ones changed."""
    plain = {"score": 2.5, "margin": 0.5, "covered": 1.0, "named": 1.0, "tolerated": 0.0, "relaxed": 0.0,
             "fallback": 0.0, "claim": 0.0, "alone": 1.0}
    return [given.get(f, plain[f]) for f in FEATURES]


def test_a_clear_answer_is_more_confident_than_a_stretched_one() -> None:
    """Covering the whole question, far ahead of the next fact, beats half covered in a near tie; each of the two
    alone lowers it too (the weights are fitted: what they must keep is the direction of these two signs)."""
    clear = confidence(_signs())
    stretched = confidence(_signs(covered=0.5, margin=0.02))
    assert 0.0 < stretched < clear < 1.0
    assert clear - stretched > 0.3
    assert confidence(_signs(covered=0.5)) < clear and confidence(_signs(margin=0.02)) < clear


def test_the_json_score_of_an_answer_is_its_confidence(run: Any) -> None:
    """`score` of `ask --json` is in 0..1 and the same as --explain's evidence gives through the model."""
    data = json.loads(run("ask", "Dove si sono incontrati Putin e Kim?", "--json", "--explain").stdout)
    signs = [float(data["explain"]["evidence"][f]) for f in FEATURES]
    assert 0.0 <= data["score"] <= 1.0
    assert abs(data["score"] - confidence(signs)) < 0.002


def test_min_confidence_refuses_a_less_sure_answer(run: Any, sh: Any) -> None:
    """Above the answer's confidence: exit 1, nothing on stdout, the reason on stderr; at 0: answered."""
    question = "Dove si sono incontrati Putin e Kim?"
    sure = json.loads(run("ask", question, "--json").stdout)["score"]
    refused = run("ask", question, "--min-confidence", str(min(1.0, sure + 0.01)), "--format", "value")
    assert refused.exit_code == 1 and refused.stdout == "" and "no answer with a confidence of" in refused.stderr
    answered = run("ask", question, "--min-confidence", "0", "--format", "value")
    assert answered.exit_code == 0 and answered.stdout.strip()
    batch = sh("ask", "-", "--min-confidence", str(min(1.0, sure + 0.01)), "--format", "jsonl",
               input=(question + "\n").encode())
    assert batch.returncode == 1 and json.loads(batch.stdout)["answer"] is None


def test_min_confidence_outside_0_to_1_is_a_usage_error(run: Any) -> None:
    """1.5 is no confidence: exit 2, before any question is asked."""
    assert run("ask", "kim", "--min-confidence", "1.5").exit_code == 2


def test_ask_dash_says_why_a_less_sure_answer_was_held_back(sh: Any) -> None:
    """`ask -` with --min-confidence names the confidence, not 'no fact answers', on stderr."""
    question = "Dove si sono incontrati Putin e Kim?"
    out = sh("ask", "-", "--min-confidence", "1", "--format", "value", input=(question + "\n").encode())
    assert out.returncode == 1 and b"no answer with a confidence of 1 or more" in out.stderr


SAME_DAY = """\
format: 1
sources:
  - {id: log, title: Harbour log, language: en}
entities:
  - {id: storm, kind: event, names: {en: [the Harbour Storm], it: [la tempesta del porto]}}
facts:
  - id: storm-date
    type: date
    value: {date: "1952-03-04"}
    statement: {en: The Harbour Storm struck on 4 March 1952., it: La tempesta del porto colpì il 4 marzo 1952.}
    entities: [storm]
    status: stated
    source: {id: log, excerpt: 4 March 1952}
  - id: storm-pier-date
    type: date
    value: {date: "1952-03-04"}
    statement: {en: The Harbour Storm broke the pier on 4 March 1952., it: La tempesta del porto ruppe il molo il 4 marzo 1952.}
    entities: [storm]
    status: stated
    source: {id: log, excerpt: broke the pier on 4 March 1952}
  - id: storm-wind-date
    type: date
    value: {date: "1952-03-03"}
    statement: {en: The harbour wind rose on 3 March 1952., it: Il vento del porto salì il 3 marzo 1952.}
    entities: []
    status: stated
    source: {id: log, excerpt: wind rose on 3 March 1952}
"""


def test_a_fact_giving_the_same_answer_is_no_rival(run: Any, write: Any) -> None:
    """Two facts of the same day both answer "when": the margin is to the next *different* answer, so the
    answer is not a near tie (a fact of another day, close behind, would be)."""
    path = write(SAME_DAY)
    data = json.loads(run("ask", "When was the Harbour Storm?", "-f", str(path), "--json", "--explain").stdout)
    assert data["answer"]["value"]["date"] == "1952-03-04"
    assert data["explain"]["evidence"]["margin"] > 0.3

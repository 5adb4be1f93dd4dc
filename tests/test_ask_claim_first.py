"""A claim that no fact says word for word ("inaugurated" where the fact says "opened") is contradicted by the one
fact far ahead of all others when that fact's own value, its date or its count of what the claim counts, is
another; not when the claim's number counts something else, nor when it names what the fact does not."""

from __future__ import annotations

import json
from typing import Any

import pytest

BRIDGE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: bridge, kind: thing, names: {en: [the bridge], it: [il ponte]}}
  - {id: river, kind: place, names: {en: [the Tamar, the river], it: [il Tamar, il fiume]}}
  - {id: mayor, kind: person, names: {en: [the mayor], it: [il sindaco]}}
facts:
  - id: bridge-opened
    type: date
    value: {date: "1932-05-14"}
    statement: {en: The bridge was opened to traffic on 14 May 1932., it: Il ponte fu aperto al traffico il 14 maggio 1932.}
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: opened to traffic on 14 May 1932}
  - id: bridge-workers
    type: count
    value: {number: 120, unit: {en: workers, it: operai}}
    statement: {en: 120 workers built the bridge., it: 120 operai costruirono il ponte.}
    entities: [bridge]
    status: stated
    source: {id: paper, excerpt: 120 workers built the bridge}
  - id: river-length
    type: count
    value: {number: 80, unit: {en: km, it: km}}
    statement: {en: The Tamar is 80 km long., it: Il Tamar è lungo 80 km.}
    entities: [river]
    status: stated
    source: {id: paper, excerpt: The Tamar is 80 km long}
  - id: mayor-elected
    type: date
    value: {date: "1930-03-02"}
    statement: {en: The mayor was elected on 2 March 1930., it: Il sindaco fu eletto il 2 marzo 1930.}
    entities: [mayor]
    status: stated
    source: {id: paper, excerpt: elected on 2 March 1930}
"""


def _ask(run: Any, write: Any, claim: str) -> tuple[dict[str, Any], int]:
    result = run("ask", claim, "-f", str(write(BRIDGE)), "--format", "json")
    return json.loads(result.stdout or "{}"), result.exit_code


@pytest.mark.parametrize(("claim", "fact"), [
    ("Claim: the bridge was solemnly inaugurated in 1935.", "bridge-opened"),
    ("È vero che il ponte fu inaugurato nel 1935?", "bridge-opened"),
    ("Claim: 150 workers toiled on the bridge.", "bridge-workers"),
])
def test_the_fact_far_ahead_corrects_a_claim_in_its_own_words(run: Any, write: Any, claim: str, fact: str) -> None:
    """The claim's verb is its own; the fact's date or count of the same thing says otherwise."""
    out, code = _ask(run, write, claim)
    assert out["verdict"] == "contradicted", out
    assert out["answer"]["id"] == fact
    assert code == 0


@pytest.mark.parametrize("claim", [
    "Claim: the workers toiled on the bridge for 150 days.",  # 150 counts days, not the workers
    "Claim: the Tamar flooded the bridge in 1935.",  # the opening's date is not the river's
    "Claim: Garibaldi inaugurated the bridge in 1935.",  # a name no fact knows: another claim
])
def test_no_correction_from_a_detail_of_something_else(run: Any, write: Any, claim: str) -> None:
    """The negative cases: the fact's value is not what the claim's number or date is about."""
    out, code = _ask(run, write, claim)
    assert out["verdict"] == "not in the facts", out
    assert code == 1


@pytest.mark.parametrize(("claim", "expected"), [
    ("Claim: the bridge was opened in 1935.", True),
    ("Claim: the Tamar flooded the bridge in 1935.", False),  # the river: the opening's date is not its own
    ("Claim: the bridge was opened in 1932.", False),  # the same year: nothing to correct
])
def test_a_date_corrects_only_a_claim_about_what_it_dates(write: Any, claim: str, expected: bool) -> None:
    """A date fact's value corrects a claim's year only when the claim names nothing the fact does not."""
    from factcli.ask.question import parse
    from factcli.ask.verdict import corrects
    from factcli.core.text import stem
    from factcli.factbase import FactBase
    from factcli.index.synonyms import phrases

    base = FactBase.load(str(write(BRIDGE)))
    index = base.index
    q = parse(claim, phrases(index), known=lambda w: index.has_term(stem(w)))
    fact = base.fact("bridge-opened")
    assert fact is not None
    assert corrects(index, q, fact) is expected

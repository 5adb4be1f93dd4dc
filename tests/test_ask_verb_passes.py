"""A question whose one word no fact uses stands where a verb does ("When did Ada send her petition?" of a fact
that she mailed it) is answered when its other word and its names find one fact clear of all others; not in a
count, a who-question or a claim, whose verb is what is asked, nor where a noun stands."""

from __future__ import annotations

import json
from typing import Any

import pytest

COURT = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Ada], it: [Ada Rossi, Ada]}}
  - {id: court, kind: organisation, names: {en: [the court], it: [la corte]}}
facts:
  - id: petition-date
    type: date
    value: {date: "1962-01-08"}
    statement: {en: Ada mailed her petition to the court on 8 January 1962., it: Ada spedì la sua petizione alla corte l'8 gennaio 1962.}
    entities: [ada, court]
    status: stated
    source: {id: paper, excerpt: mailed her petition on 8 January 1962}
  - id: court-founded
    type: date
    value: {date: "1901-05-02"}
    statement: {en: The court was founded on 2 May 1901., it: La corte fu fondata il 2 maggio 1901.}
    entities: [court]
    status: stated
    source: {id: paper, excerpt: founded on 2 May 1901}
  - id: court-clerks
    type: count
    value: {number: 40, unit: {en: clerks, it: cancellieri}}
    statement: {en: The court employs 40 clerks., it: La corte impiega 40 cancellieri.}
    entities: [court]
    status: stated
    source: {id: paper, excerpt: employs 40 clerks}
"""
# A second fact of her petition's: neither stands clear of the other for a verb no fact uses.
REJECTED = COURT + """\
  - id: petition-rejected
    type: date
    value: {date: "1962-03-01"}
    statement: {en: The court rejected Ada's petition on 1 March 1962., it: La corte respinse la petizione di Ada il 1º marzo 1962.}
    entities: [ada, court]
    status: stated
    source: {id: paper, excerpt: rejected the petition on 1 March 1962}
"""


def _ask(run: Any, write: Any, question: str, facts: str = COURT) -> tuple[dict[str, Any], int]:
    result = run("ask", question, "-f", str(write(facts)), "--format", "json")
    return json.loads(result.stdout or "{}"), result.exit_code


@pytest.mark.parametrize("question", ["When did Ada send her petition?", "Quando Ada inoltrò la sua petizione?"])
def test_a_verb_no_fact_uses_is_let_pass_for_a_clear_answer(run: Any, write: Any, question: str) -> None:
    """The petition's fact stands clear of the hearing's: "send" is how the question says "mailed"."""
    out, code = _ask(run, write, question)
    assert code == 0 and out["answer"]["id"] == "petition-date", out


@pytest.mark.parametrize("question", [
    "Who sent the petition?",  # the verb says who is asked for
    "How many clerks did the court dismiss?",  # the verb says what is counted
    "When did Ada mail the lawyer?",  # "lawyer" stands where a noun does: a thing no fact tells of
    "Quando fu fondata la corte suprema?",  # an adjective, no verb: another court
])
def test_no_verb_let_pass_where_it_says_what_is_asked(run: Any, write: Any, question: str) -> None:
    """The negative cases: refused, as before."""
    out, code = _ask(run, write, question)
    assert code == 1 and out.get("answer") is None, out


def test_no_verb_let_pass_where_two_facts_may_answer(run: Any, write: Any) -> None:
    """The negative case of the margin: the petition was mailed and rejected; "send" may be either."""
    out, code = _ask(run, write, "When did Ada send her petition?", REJECTED)
    assert code == 1 and out.get("answer") is None, out

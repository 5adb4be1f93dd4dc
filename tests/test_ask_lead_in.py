"""A lead-in before a comma ("According to the report,", "Secondo il governo,") asks nothing: the question after it
is open, so it gets an answer and no verdict; a claim after a lead-in is still a claim. "Secondo" there is "according
to", a word no fact need say."""

from __future__ import annotations

import json
from typing import Any

import pytest

REPORT = """\
format: 1
sources:
  - {id: report, title: The report, language: en}
entities:
  - {id: board, kind: organisation, names: {en: [the board], it: [il consiglio]}}
facts:
  - id: hurt
    type: count
    value: {number: 120, unit: {en: people hurt, it: persone ferite}}
    statement: {en: "According to the board's report, 120 people were hurt.", it: Il rapporto del consiglio conta 120 persone ferite.}
    entities: [board]
    status: stated
    source: {id: report, excerpt: 120 people were hurt}
"""


@pytest.mark.parametrize(("question", "verdict"), [
    ("According to the board, how many people were hurt?", None),
    ("Secondo il consiglio, quante persone furono ferite?", None),
    ("Secondo il consiglio quante persone furono ferite?", None),  # no comma: "secondo" first is the lead-in
    ("According to the board, were 120 people hurt?", "confirmed"),  # the negative case: a claim after the lead-in
    ("Secondo il consiglio 120 persone furono ferite?", "confirmed"),
])
def test_a_lead_in_makes_no_claim(run: Any, write: Any, question: str, verdict: str | None) -> None:
    """The open question is answered with the count, without a verdict; the yes/no question gets one."""
    out = json.loads(run("ask", question, "-f", str(write(REPORT)), "--format", "json").stdout)
    assert out["answer"]["id"] == "hurt" and out.get("verdict") == verdict, out


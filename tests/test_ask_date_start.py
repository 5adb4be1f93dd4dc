"""'When did X start?' asks the date of X: the date a fact gives for it is when it began, so 'start' need not be
one of the fact's words; 'When did X end?' still must find an end."""

from __future__ import annotations

from typing import Any

import pytest

CAMPAIGN = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: campaign, kind: event, names: {en: [the fundraising campaign, campaign], it: [la raccolta fondi, campagna]}}
facts:
  - id: campaign-2014
    type: date
    value: {date: "2014"}
    statement: {en: The fundraising campaign for the tower was launched in 2014., it: La raccolta fondi per la torre fu lanciata nel 2014.}
    entities: [campaign]
    status: stated
    source: {id: paper, excerpt: launched in 2014}
  - id: campaign-goal
    type: count
    value: {number: 400000, unit: {en: dollars, it: dollari}}
    statement: {en: The campaign needed 400000 dollars before the end of the works., it: La campagna doveva raccogliere 400000 dollari prima della fine dei lavori.}
    entities: [campaign]
    status: stated
    source: {id: paper, excerpt: 400000 dollars}
"""


@pytest.mark.parametrize("question", ["When did the fundraising campaign start?",
                                      "Quando è iniziata la raccolta fondi?"])
def test_when_something_started_is_its_date(run: Any, write: Any, question: str) -> None:
    result = run("ask", question, "-f", str(write(CAMPAIGN)), "--format", "value")
    assert result.exit_code == 0 and result.stdout.strip() == "2014"


def test_when_something_ended_is_not_when_it_began(run: Any, write: Any) -> None:
    """The negative case: 'end' is a word of the question the date fact does not say."""
    result = run("ask", "When did the fundraising campaign end?", "-f", str(write(CAMPAIGN)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""

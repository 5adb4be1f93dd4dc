"""A which-question asks for the things themselves: "Which country...?" is not answered by "5 countries", nor
"Which five countries...?" by a fact that says there were five, or by one naming a single country."""

from __future__ import annotations

from typing import Any

import pytest

TRIPS = """\
format: 1
sources:
  - {id: log, title: Travel log, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi], it: [Ada Rossi]}}
  - {id: france, kind: country, names: {en: [France], it: [Francia]}}
facts:
  - id: rossi-five-countries
    type: count
    value: {number: 5, unit: {en: countries, it: paesi}}
    statement: {en: Ada Rossi has visited five countries., it: Ada Rossi ha visitato cinque paesi.}
    entities: [rossi]
    status: stated
    source: {id: log, excerpt: five countries}
  - id: rossi-nine-trips
    type: count
    value: {number: 9, unit: {en: trips, it: viaggi}}
    statement: {en: Ada Rossi made nine trips to five countries., it: Ada Rossi ha fatto nove viaggi in cinque paesi.}
    entities: [rossi]
    status: stated
    source: {id: log, excerpt: nine trips}
  - id: rossi-in-france
    type: event
    value: {name: {en: a visit to France, it: una visita in Francia}}
    statement: {en: Ada Rossi visited France., it: Ada Rossi ha visitato la Francia.}
    entities: [rossi, france]
    status: stated
    source: {id: log, excerpt: visited France}
"""


@pytest.mark.parametrize("question", ["Which five countries did Ada Rossi visit?",
                                      "Quali cinque paesi ha visitato Ada Rossi?"])
def test_which_five_is_not_answered_by_the_number_nor_by_one(run: Any, write: Any, question: str) -> None:
    """No fact names five countries: refused, not '5 countries', not 'nine trips to five countries', not France."""
    result = run("ask", question, "-f", str(write(TRIPS)), "--format", "value")
    assert result.exit_code == 1 and result.stdout == ""


def test_which_country_is_answered_by_the_country_not_the_count(run: Any, write: Any) -> None:
    """'Which country...?' gets the fact naming a country; 'How many countries...?' still gets the count."""
    path = str(write(TRIPS))
    which = run("ask", "Which country did Ada Rossi visit?", "-f", path, "--format", "plain")
    assert which.exit_code == 0 and which.stdout.splitlines()[0] == "a visit to France"
    many = run("ask", "How many countries has Ada Rossi visited?", "-f", path, "--format", "value")
    assert many.stdout == "5\n"

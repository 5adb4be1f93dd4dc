"""A name said with its year in two digits ("Euro 68", "Sanremo 51") is the thing the facts name with the full year
("Euro 1968"), not an unknown numbered name; two digits after any other word stay a number."""

from __future__ import annotations

from typing import Any

import pytest

from factcli.ask.short_years import full_years

CUP = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: cup, kind: event, names: {en: [Vela 1968, Vela Cup 1968], it: [Vela 1968, Coppa Vela 1968]}}
facts:
  - id: cup-ball
    type: event
    value: {name: {en: the Orbit ball, it: il pallone Orbit}}
    statement: {en: The official ball of the Vela Cup 1968 was the Orbit., it: Il pallone ufficiale della Coppa Vela 1968 fu l'Orbit.}
    entities: [cup]
    status: stated
    source: {id: paper, excerpt: official ball}
  - id: cup-teams
    type: count
    value: {number: 70, unit: {en: teams, it: squadre}}
    statement: {en: 70 teams entered the Vela Cup 1968., it: Alla Coppa Vela 1968 si iscrissero 70 squadre.}
    entities: [cup]
    status: stated
    source: {id: paper, excerpt: 70 teams}
"""


@pytest.mark.parametrize("question", ["official ball vela 68", "pallone ufficiale vela 68"])
def test_a_name_with_its_year_short_is_the_named_thing(run: Any, write: Any, question: str) -> None:
    """"vela 68" is Vela 1968, not another numbered Vela: its ball is the answer."""
    result = run("ask", question, "-f", str(write(CUP)), "--json")
    assert result.exit_code == 0 and '"id": "cup-ball"' in result.stdout


def test_two_digits_after_another_word_stay_a_number() -> None:
    """The negative case: "68 teams" is no year, though the facts know 1968; "cup 68" is, where the name is known."""
    known = {"1968"}.__contains__
    named = {"cup 1968"}.__contains__
    assert full_years(["the", "68", "teams"], "the 68 teams", known, named) == ["the", "68", "teams"]
    assert full_years(["cup", "68"], "cup 68", known, named) == ["cup", "1968"]
    assert full_years(["cup", "68"], "cup 68", known, None) == ["cup", "68"]

"""`factcli ask` on yes/no questions and claims to check: the fact that confirms or corrects them.

A fact desk asks "Was this Kim's third trip to Russia?" and wants the fact that says it was the
second; a wrong number is the detail to correct, not a reason to abstain, but two wrong details are.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import unanswered


def test_a_claim_to_verify_is_answered_with_its_fact(run: Any) -> None:
    """'Is it true that...', 'È vero che...': the framing is not a term the facts must contain."""
    for claim, fact in (("Is it true that Kim went to Russia by train?", "kim-travelled-by-train"),
                        ("È vero che Kim ha fatto nove viaggi all'estero?", "kim-nine-trips-abroad")):
        data = json.loads(run("ask", claim, "--format", "json").stdout)
        assert data["answer"]["id"] == fact, claim


def test_a_yes_no_question_about_a_means_is_answered_by_the_means_used(run: Any) -> None:
    """'Kim è arrivato in aereo?': no plane in any fact, but the train he took answers it."""
    data = json.loads(run("ask", "Kim è arrivato in aereo?", "--json").stdout)
    assert data["answer"]["id"] == "kim-travelled-by-train"


@pytest.mark.parametrize("question", ["Where was the first summit between Kim and Trump?",
                                      "Quando si è tenuto il primo vertice tra Kim e Trump?"])
def test_another_ordinal_for_the_same_thing_is_not_an_answer(run: Any, question: str) -> None:
    """The facts know the second Kim-Trump summit (Hanoi), not the first."""
    result = run("ask", question, "--json")
    assert unanswered(result), question


def test_a_yes_no_question_with_an_ordinal_is_answered_by_the_fact_that_corrects_it(run: Any) -> None:
    """'Was this Kim's first visit to Russia?' -- no: the second. The ordinal rule leaves yes/no questions alone."""
    assert json.loads(run("ask", "Was this Kim's first visit to Russia?", "--json").stdout)["answer"]["id"] in (
        "kim-second-russia-trip", "previous-russia-trip-2019")
    data = json.loads(run("ask", "Where was the second summit between Kim and Trump?", "--json").stdout)
    assert data["answer"]["id"] == "hanoi-summit-location"


def test_alternatives_of_means_are_answered_by_the_one_used(run: Any) -> None:
    """'Treno o nave?': no ship in any fact, but the train is one of the two asked about."""
    assert json.loads(run("ask", "Treno o nave?", "--json").stdout)["answer"]["id"] == "kim-travelled-by-train"
    assert run("ask", "Nave o elicottero?", "--json").exit_code == 1


@pytest.mark.parametrize("claim,expected", [
    ("Is it true that Kim came to power in 2012?", "kim-came-to-power-end-2011"),
    ("Was the Hanoi summit in 2018?", "hanoi-summit-2019"),
    ("Claim: Kim has visited six countries since 2011", "kim-five-countries-visited"),
    ("Kim ha fatto dieci viaggi all'estero?", "kim-nine-trips-abroad"),
    ("Was this Kim's third trip to Russia?", "kim-second-russia-trip"),
])
def test_a_claim_with_a_wrong_number_is_answered_by_the_fact_that_corrects_it(run: Any, claim: str,
                                                                               expected: str) -> None:
    """A fact desk checks claims: the wrong year, count or ordinal is no reason to abstain when the rest fits."""
    assert json.loads(run("ask", claim, "--json").stdout)["answer"]["id"] == expected


def test_a_claim_with_a_wrong_number_and_an_unknown_name_still_abstains(run: Any) -> None:
    """'È vero che Kim ha visitato la Cina nel 2018?': China is in no fact; a wh-question's unknown year is not a claim."""
    assert run("ask", "È vero che Kim ha visitato la Cina nel 2018?", "--json").exit_code == 1
    assert run("ask", "What happened in Hanoi in 2018?", "--json").exit_code == 1


def test_a_claim_with_a_wrong_number_must_name_the_rest_exactly(run: Any) -> None:
    """'Was the summit held in Moscow in 2022?': two details wrong (Moscow is not Russia here): abstain."""
    assert run("ask", "Was the summit held in Moscow in 2022?", "--json").exit_code == 1


def test_a_yes_no_question_about_a_means_prefers_the_means_used_over_any_trip(run: Any) -> None:
    """'Kim ha viaggiato in aereo?': his longest trip says 'viaggio' more often, the train fact says how."""
    assert json.loads(run("ask", "Kim ha viaggiato in aereo?", "--json").stdout)["answer"]["id"] == \
        "kim-travelled-by-train"

"""A claim's day or month is weighed against the date a date fact gives as its own: a month another fact names
("March", said of something else) does not rule the date fact out, and a day its words name in passing ("went on
into the 8th") does not confirm a claim of that day for what began on the 7th."""

from __future__ import annotations

import json
from typing import Any

import pytest

STORM = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: storm, kind: event, names: {en: [the Great Gale, the Great Gale of 14 April 1931], it: [la Grande Burrasca, la Grande Burrasca del 14 aprile 1931]}}
  - {id: fund, kind: organisation, names: {en: [the Relief Fund], it: [il Fondo di soccorso]}}
facts:
  - id: gale-date
    type: date
    value: {date: "1931-04-14"}
    statement: {en: The Great Gale struck on 14 April 1931., it: La Grande Burrasca colpì il 14 aprile 1931.}
    entities: [storm]
    status: stated
    source: {id: paper, excerpt: "The gale struck on 14 April 1931 and raged until 15 April"}
  - id: gale-reached-port
    type: date
    value: {date: "1931-04-14"}
    statement: {en: The gale reached the port at 4 p.m. on 14 April 1931., it: La burrasca raggiunse il porto alle 16 del 14 aprile 1931.}
    entities: [storm]
    status: stated
    source: {id: paper, excerpt: reached the port at 4 p.m.}
  - id: fund-opened
    type: date
    value: {date: "1931-03-02"}
    statement: {en: The Relief Fund opened on 2 March 1931., it: Il Fondo di soccorso aprì il 2 marzo 1931.}
    entities: [fund]
    status: stated
    source: {id: paper, excerpt: opened on 2 March 1931}
"""


def _verdict(run: Any, write: Any, claim: str) -> tuple[str | None, str | None]:
    """The verdict and the fact of `claim` against the storm file."""
    result = run("ask", claim, "-f", str(write(STORM)), "--format", "json")
    if result.exit_code != 0:
        return None, None
    answer = json.loads(result.stdout)
    return answer["verdict"], answer["answer"]["id"]


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Claim: the Great Gale happened on 14 March 1931.", "contradicted"),
    ("La Grande Burrasca avvenne nel marzo 1931?", "contradicted"),
    ("Claim: the Great Gale struck on 14 April 1931.", "confirmed"),
    ("Claim: the Great Gale struck in April 1931.", "confirmed"),
    # A day the excerpt names in passing is not the day the fact dates the gale to.
    ("È vero che la Grande Burrasca colpì il 15 aprile 1931?", "contradicted"),
    ("Claim: the Great Gale struck on 15 April 1931.", "contradicted"),
])
def test_a_claims_day_or_month_is_weighed_against_the_date_facts_own(run: Any, write: Any, claim: str,
                                                                    verdict: str) -> None:
    assert _verdict(run, write, claim) == (verdict, "gale-date")


def test_a_month_no_fact_of_the_claims_thing_gives_is_still_not_in_the_facts_without_a_date_fact(
        run: Any, write: Any) -> None:
    # The fund's fact gives March; a claim of the fund in May is contradicted by it, a claim of the fund's
    # director names nothing a fact says.
    assert _verdict(run, write, "Claim: the Relief Fund opened on 2 May 1931.")[0] == "contradicted"
    assert _verdict(run, write, "Claim: the Relief Fund's director resigned in March 1931.") == (None, None)

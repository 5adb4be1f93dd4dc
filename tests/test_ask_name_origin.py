"""Where a name comes from is an origin: "Da dove prende il nome X?" is answered by a fact that X "takes its name
from" / "prende il nome dal" something, not refused for saying no "from" + a capitalised place."""

from __future__ import annotations

from typing import Any

import pytest

from factcli.ask.kinds import states_an_origin
from factcli.core.model import Bilingual, EventValue, Fact

STREET = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: street, kind: place, names: {en: [Via Corno], it: [via Corno]}}
facts:
  - id: street-name
    type: event
    value: {name: {en: name from the old abbey, it: nome dalla vecchia abbazia}}
    statement:
      en: Via Corno takes its name from the old abbey that stood there.
      it: Via Corno prende il nome dalla vecchia abbazia che vi sorgeva.
    entities: [street]
    status: stated
    source: {id: paper, excerpt: takes its name from the old abbey}
"""


@pytest.mark.parametrize("question", ["Da dove prende il nome via Corno?", "Where does Via Corno get its name from?"])
def test_where_a_name_comes_from_is_answered(run: Any, write: Any, question: str) -> None:
    """The fact says where the name comes from, in its own words."""
    result = run("ask", question, "-f", str(write(STREET)), "--json")
    assert result.exit_code == 0 and '"id": "street-name"' in result.stdout


def _event(en: str, it: str) -> Fact:
    """A bare event fact with these statements."""
    return Fact(id="x", type="event", value=EventValue(name=Bilingual(en="x", it="x")), statement=Bilingual(en=en, it=it),
                entities=(), tags=(), status="stated", source="s", excerpt="x")


def test_a_name_alone_is_no_origin() -> None:
    """The negative case: a fact that only says a name ("named Corno", "il nome della via") tells no origin."""
    assert states_an_origin(_event("The street was named after the abbey.", "La via prese il nome dall'abbazia."))
    assert not states_an_origin(_event("The street's name is Corno.", "Il nome della via è Corno."))

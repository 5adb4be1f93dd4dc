"""A fact that says "without X or Y" ("senza X né Y") denies both, and "except X" ("tranne X") denies X; one that
tells of a medal of one metal
contradicts a claim of another. A metal no fact names is still no word to let pass."""

from __future__ import annotations

import json
from typing import Any

import pytest

FLIGHT = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: no-instruments
    type: event
    value: {name: {en: flight without map or compass, it: volo senza carta né bussola}}
    statement: {en: Ada Rossi flew without map or compass., it: Ada Rossi volò senza carta né bussola.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: flew without map or compass}
  - id: ada-medal
    type: event
    value: {name: {en: silver medal, it: medaglia d'argento}}
    statement: {en: Ada Rossi was awarded the silver medal., it: Ada Rossi ricevette la medaglia d'argento.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: awarded the silver medal}
  - id: ada-cargo
    type: event
    value: {name: {en: mail, it: posta}}
    statement: {en: Ada Rossi carried the mail., it: Ada Rossi trasportava la posta.}
    entities: [ada]
    status: stated
    source: {id: paper, excerpt: carried the mail}
"""


def _verdict(run: Any, write: Any, claim: str) -> tuple[str | None, str | None]:
    """The verdict and the fact of `claim` against the flight file; Nones when it is refused."""
    result = run("ask", claim, "-f", str(write(FLIGHT)), "--format", "json")
    if result.exit_code != 0:
        return None, None
    data = json.loads(result.stdout)
    return data["verdict"], data["answer"]["id"]


@pytest.mark.parametrize(("claim", "verdict", "fact"), [
    ("Did Ada Rossi have a compass?", "contradicted", "no-instruments"),
    ("Ada Rossi aveva la bussola?", "contradicted", "no-instruments"),
    ("Did Ada Rossi have a map?", "contradicted", "no-instruments"),
    ("Claim: Ada Rossi was awarded the gold medal.", "contradicted", "ada-medal"),
    ("Ada Rossi ricevette la medaglia di bronzo?", "contradicted", "ada-medal"),
    ("Claim: Ada Rossi was awarded the silver medal.", "confirmed", "ada-medal"),
])
def test_what_the_fact_excludes_contradicts_the_claim(run: Any, write: Any, claim: str, verdict: str,
                                                       fact: str) -> None:
    assert _verdict(run, write, claim) == (verdict, fact)


def test_a_metal_no_fact_names_is_not_let_pass(run: Any, write: Any) -> None:
    assert _verdict(run, write, "Ada Rossi trasportava oro?") == (None, None)


EXCEPT = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: museum, kind: place, names: {en: [the Harbour Museum], it: [il Museo del Porto]}}
  - {id: wave, kind: event, names: {en: [the 1890 wave], it: [l'onda del 1890]}}
facts:
  - id: museum-open
    type: event
    value: {name: {en: open every day except Christmas, it: aperto ogni giorno tranne Natale}}
    statement: {en: The Harbour Museum is open every day except Christmas., it: Il Museo del Porto è aperto ogni giorno tranne Natale.}
    entities: [museum]
    status: stated
    source: {id: paper, excerpt: open every day except Christmas}
  - id: wave-damage
    type: event
    value: {name: {en: every building but the chapel washed away, it: ogni edificio tranne la cappella spazzato via}}
    statement: {en: The 1890 wave washed away every building except the chapel., it: "L'onda del 1890 spazzò via ogni edificio tranne la cappella."}
    entities: [wave]
    status: stated
    source: {id: paper, excerpt: washed away every building except the chapel}
"""


@pytest.mark.parametrize(("claim", "verdict", "fact"), [
    ("Is the Harbour Museum open at Christmas?", "contradicted", "museum-open"),
    ("Il Museo del Porto è aperto a Natale?", "contradicted", "museum-open"),
    # A claim that leaves Christmas out itself says what the fact says.
    ("Claim: the Harbour Museum is open every day except Christmas.", "confirmed", "museum-open"),
    # Where the fact tells an outcome, what it leaves out had the other one: the chapel survived.
    ("Did the chapel survive the 1890 wave?", "confirmed", "wave-damage"),
])
def test_except_leaves_out_what_follows_it(run: Any, write: Any, claim: str, verdict: str, fact: str) -> None:
    result = run("ask", claim, "-f", str(write(EXCEPT)), "--format", "json")
    data = json.loads(result.stdout)
    assert (data["verdict"], data["answer"]["id"]) == (verdict, fact), result.stdout

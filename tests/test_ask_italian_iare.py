"""An Italian verb in -iare keeps its "i" in most forms ("scoppiato", stem "scoppi") but not in its past in -iò,
which the stemmer reads as a noun in -io ("scoppiò", stem "scopp"): a question in one form finds a fact in the other,
also where another fact says the question's own form (so that it is no slip to be corrected)."""

from __future__ import annotations

from typing import Any

import pytest

FIRE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: it}
entities:
  - {id: fire, kind: event, names: {it: [l'incendio del teatro, incendio del teatro], en: [the theatre fire]}}
  - {id: works, kind: event, names: {it: [i lavori del ponte, lavori del ponte], en: [the bridge works]}}
facts:
  - id: fire-date
    type: date
    value: {date: "1911-07-06"}
    statement: {it: L'incendio del teatro scoppiò il 6 luglio 1911., en: The theatre fire broke out on 6 July 1911.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: scoppiò il 6 luglio 1911}
  - id: works-start
    type: date
    value: {date: "1958"}
    statement: {it: I lavori del ponte cominciarono nel 1958., en: The bridge works began in 1958.}
    entities: [works]
    status: stated
    source: {id: paper, excerpt: cominciarono nel 1958}
  - id: store-fire
    type: date
    value: {date: "1905"}
    statement: {it: Un incendio precedente era scoppiato nel magazzino nel 1905., en: An earlier fire had broken out in the store in 1905.}
    status: stated
    source: {id: paper, excerpt: era scoppiato nel magazzino}
  - id: repairs
    type: date
    value: {date: "1950"}
    statement: {it: Il restauro del magazzino era cominciato nel 1950., en: The repairs of the store had begun in 1950.}
    status: stated
    source: {id: paper, excerpt: era cominciato nel 1950}
"""


@pytest.mark.parametrize(("question", "answer"), [
    ("Quando è scoppiato l'incendio del teatro?", "1911-07-06"),
    ("Quando è scoppiato l'incendio del teatro", "1911-07-06"),
    ("In che anno sono cominciati i lavori del ponte?", "1958"),
])
def test_a_participle_finds_the_past_in_io(run: Any, write: Any, question: str, answer: str) -> None:
    """"scoppiato" finds "scoppiò"; "cominciati" finds "cominciarono" as before (found by a new user's trial)."""
    result = run("ask", question, "-f", str(write(FIRE)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, answer)


def test_another_verb_still_refused(run: Any, write: Any) -> None:
    """No fact says the fire was studied: "studiato" finds nothing, though "studi" loses its "i" as "scoppi" does."""
    result = run("ask", "Quando è stato studiato l'incendio del teatro?", "-f", str(write(FIRE)), "--format", "value")
    assert (result.exit_code, result.stdout) == (1, "")

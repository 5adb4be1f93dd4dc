"""How long something lasted: a count of time answers it when what it counts, or its statement where the file does
not say what it counts, is no time since another thing; the lasting verb itself need not be the fact's word."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: fire, kind: event, names: {en: [the fire, fire], it: [l'incendio, incendio]}}
  - {id: fest, kind: event, names: {en: [the festival, festival], it: [il festival, festival]}}
  - {id: burn, kind: event, names: {en: [the engine burn, engine burn], it: [l'accensione del motore]}}
  - {id: hop, kind: event, names: {en: [the hop, hop], it: [il salto, salto]}}
  - {id: trip, kind: event, names: {en: [the trip, trip], it: [il viaggio, viaggio]}}
  - {id: tour, kind: event, names: {en: [the tour, tour], it: [la tournée, tournée]}}
facts:
"""

FIRE = HEAD + """\
  - id: fire-minutes
    type: count
    value: {number: 20, unit: {en: minutes, it: minuti}, counted: {en: duration of the fire, it: durata dell'incendio}}
    statement: {en: The fire went out after 20 minutes., it: L'incendio si spense dopo 20 minuti.}
    entities: [fire]
    status: stated
    source: {id: paper, excerpt: 20 minutes}
  - id: fest-years
    type: count
    value: {number: 4, unit: {en: years, it: anni}, counted: {en: years since the previous festival, it: anni dal festival precedente}}
    statement: {en: The festival came back in four years., it: Il festival tornò in quattro anni.}
    entities: [fest]
    status: stated
    source: {id: paper, excerpt: four years}
  - id: burn-seconds
    type: count
    value: {number: 42, unit: {en: seconds, it: secondi}}
    statement: {en: The engine burn took 42 seconds., it: L'accensione del motore richiese 42 secondi.}
    entities: [burn]
    status: stated
    source: {id: paper, excerpt: 42 seconds}
  - id: hop-hours
    type: count
    value: {number: 7, unit: {en: hours, it: ore}}
    statement: {en: The hop took 7 hours from the airfield to the coast., it: Il salto durò 7 ore dal campo d'aviazione alla costa.}
    entities: [hop]
    status: stated
    source: {id: paper, excerpt: 7 hours}
  - id: trip-days
    type: count
    value: {number: 9, unit: {en: days, it: giorni}, counted: {en: the trip from departure to return, it: il viaggio dalla partenza al ritorno}}
    statement: {en: The trip took nine days., it: Il viaggio richiese nove giorni.}
    entities: [trip]
    status: stated
    source: {id: paper, excerpt: nine days}
  - id: tour-months
    type: count
    value: {number: 3, unit: {en: months, it: mesi}, counted: {en: months between the premiere and the tour, it: mesi tra la prima e la tournée}}
    statement: {en: Three months passed between the premiere and the tour., it: Tra la prima e la tournée passarono tre mesi.}
    entities: [tour]
    status: stated
    source: {id: paper, excerpt: Three months}
"""


@pytest.mark.parametrize(("question", "answer"), [
    # What it counts is the fire's duration, though its statement says "after".
    ("How long did the fire last?", "20"), ("Quanto tempo è durato l'incendio?", "20"),
    # The lasting verb is what the question asks, not a word the fact must say.
    ("Quanto durò l'accensione del motore?", "42"), ("How long did the engine burn last?", "42"),
    # No `counted`: its statement's "dal ... a" is a span, from one place to another, not a time since.
    ("How long did the hop last?", "7"), ("Quanto durò il salto?", "7"),
    # What it counts runs from one thing to another ("dal ... al"): a span, not a time since.
    ("How long did the trip last?", "9"), ("Quanto durò il viaggio?", "9"),
    # "How long before": a time between two things is what is asked.
    ("How long before the tour was the premiere?", "3"),
])
def test_a_count_of_time_answers_how_long_it_lasted(run: Any, write: Any, question: str, answer: str) -> None:
    """The duration is the answer (found by new users' trials)."""
    result = run("ask", question, "-f", str(write(FIRE)), "--format", "value")
    assert (result.exit_code, result.stdout.strip()) == (0, answer)


@pytest.mark.parametrize("question", ["How long did the festival last?", "Quanto è durato il festival?",
                                      "How long did the tour last?", "Quanto durò la tournée?"])
def test_a_time_since_does_not_answer_how_long_it_lasted(run: Any, write: Any, question: str) -> None:
    """Four years since the previous festival, three months between the premiere and the tour, are not how long the
    festival or the tour lasted: no answer."""
    result = run("ask", question, "-f", str(write(FIRE)), "--format", "value")
    assert (result.exit_code, result.stdout) == (1, "")

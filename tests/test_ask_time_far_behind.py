"""A what-time question: a fact ruled out only for telling no time of day does not block the one fact that tells it,
however far behind it ranks (a time question reads facts of every type, so the best-ranked is often no time)."""

from __future__ import annotations

import json
from typing import Any

SLIDE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: slide, kind: event, names: {en: [the Val Pola disaster], it: [il disastro della Val Pola]}}
  - {id: zandila, kind: place, names: {en: [Mount Zandila], it: [monte Zandila]}}
facts:
  - id: slide-path
    type: event
    value: {name: {en: the slide's path, it: il percorso della frana}}
    statement:
      en: The landslide broke away from Mount Zandila, crossed the valley, climbed the opposite slope and buried the hamlets of Morignone and Poz.
      it: La frana si staccò dal monte Zandila, attraversò la valle, risalì il versante opposto e seppellì le frazioni di Morignone e Poz.
    entities: [slide, zandila]
    status: stated
    source: {id: paper, excerpt: broke away from Mount Zandila}
  - id: slide-time
    type: date
    value: {date: "1987-07-28"}
    statement: {en: The landslide came down at 7:23 on 28 July 1987., it: La frana cadde alle 7:23 del 28 luglio 1987.}
    entities: [slide]
    status: stated
    source: {id: paper, excerpt: at 7:23}
  - id: rain
    type: count
    value: {number: 5, unit: {en: days, it: giorni}}
    statement: {en: Heavy rain fell on the valley for five days., it: Piogge intense caddero sulla valle per cinque giorni.}
    entities: [slide]
    status: stated
    source: {id: paper, excerpt: rain fell for five days}
  - id: channel
    type: event
    value: {name: {en: a drainage channel, it: un canale di scolo}}
    statement: {en: The army dug a channel to drain the lake that formed behind the debris., it: L'esercito scavò un canale per svuotare il lago formato dietro i detriti.}
    entities: [slide]
    status: stated
    source: {id: paper, excerpt: dug a channel}
  - id: evacuees
    type: count
    value: {number: 25000, unit: {en: people, it: persone}}
    statement: {en: Some 25000 people were evacuated from the valley., it: Circa 25000 persone furono evacuate dalla valle.}
    entities: [slide]
    status: stated
    source: {id: paper, excerpt: 25000 people were evacuated}
"""


def test_the_one_fact_that_tells_the_time_answers(run: Any, write: Any) -> None:
    """The path of the slide ranks far ahead (it says "staccò") but tells no time: the time fact answers."""
    result = run("ask", "A che ora si staccò la frana?", "-f", str(write(SLIDE)), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answer"]["id"] == "slide-time", result.stdout


def test_a_fact_far_behind_that_tells_another_thing_still_does_not(run: Any, write: Any) -> None:
    """The negative case: a question the best fact answers in its own way keeps its answer."""
    result = run("ask", "Da dove si staccò la frana?", "-f", str(write(SLIDE)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] != "slide-time", result.stdout

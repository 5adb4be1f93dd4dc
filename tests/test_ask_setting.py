"""A place a question puts what it asks in ("Who designed the Arcade in Milan?") need not be named by the
answering fact where the thing the file is about has that place in its name ("the Milan Arcade"); another place
still must, and so must the place of a count or of a claim."""

from __future__ import annotations

import json
from typing import Any

ARCADE = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: arcade, kind: place, names: {en: [Milan Arcade, the Arcade], it: [Galleria di Milano, la Galleria]}}
  - {id: milan, kind: place, names: {en: [Milan], it: [Milano]}}
  - {id: turin, kind: place, names: {en: [Turin], it: [Torino]}}
  - {id: neri, kind: person, names: {en: [Ada Neri], it: [Ada Neri]}}
facts:
  - id: arcade-architect
    type: event
    value: {name: {en: Ada Neri's design, it: il progetto di Ada Neri}}
    statement: {en: The Arcade was designed by Ada Neri., it: La Galleria fu progettata da Ada Neri.}
    entities: [arcade, neri]
    status: stated
    source: {id: paper, excerpt: designed by Ada Neri}
  - id: arcade-opened
    type: date
    value: {date: "1867-09-15"}
    statement: {en: The Milan Arcade opened in Milan on 15 September 1867., it: La Galleria di Milano aprì a Milano il 15 settembre 1867.}
    entities: [arcade, milan]
    status: stated
    source: {id: paper, excerpt: opened on 15 September 1867}
  - id: turin-station
    type: date
    value: {date: "1864"}
    statement: {en: Turin's station opened in 1864., it: La stazione di Torino aprì nel 1864.}
    entities: [turin]
    status: stated
    source: {id: paper, excerpt: opened in 1864}
"""


def test_the_file_s_setting_need_not_be_named(run: Any, write: Any) -> None:
    """Milan is in the name of the Arcade the file is about: the designer's fact answers."""
    result = run("ask", "Who designed the Arcade in Milan?", "-f", str(write(ARCADE)), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["answer"]["id"] == "arcade-architect"


def test_another_place_must_still_be_named(run: Any, write: Any) -> None:
    """The negative case: Turin is no setting of the Arcade, and no fact names it with a design."""
    assert run("ask", "Who designed the Arcade in Turin?", "-f", str(write(ARCADE))).exit_code == 1

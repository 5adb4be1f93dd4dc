"""A number word written with a capital inside a name the question gives ("the Tre Cime storm") is part of the
name: it matches no fact's digit ("3 November") nor its translation; written plainly, it is a number again."""

from __future__ import annotations

import json
from typing import Any

import pytest

CIME = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: storm, kind: event, names: {en: [the Tre Cime storm, the storm], it: [la tempesta delle Tre Cime, la tempesta]}}
facts:
  - id: storm-date
    type: date
    value: {date: "2011-10-25"}
    statement: {en: The storm struck the valley on 25 October 2011., it: La tempesta colpì la valle il 25 ottobre 2011.}
    entities: [storm]
    status: stated
    source: {id: paper, excerpt: struck the valley on 25 October 2011}
  - id: ordinance
    type: date
    value: {date: "2011-11-03"}
    statement: {en: An ordinance of 3 November 2011 funded the repairs after the storm happened., it: Un'ordinanza del 3 novembre 2011 finanziò le riparazioni dopo la tempesta.}
    entities: [storm]
    status: stated
    source: {id: paper, excerpt: an ordinance of 3 November 2011}
"""


@pytest.mark.parametrize("question", ["When did the Tre Cime storm happen?", "Quando ci fu la tempesta delle Tre Cime?"])
def test_a_number_word_in_a_name_counts_nothing(run: Any, write: Any, question: str) -> None:
    result = run("ask", question, "-f", str(write(CIME)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == "storm-date", result.stdout


def test_a_number_word_written_plainly_is_a_number(run: Any, write: Any) -> None:
    result = run("ask", "What happened on tre novembre?", "-f", str(write(CIME)), "--format", "json")
    assert json.loads(result.stdout)["answer"]["id"] == "ordinance", result.stdout

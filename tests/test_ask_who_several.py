"""A who-answer where several people did what is asked: the one whose act the fact tells with more of the
question's words ("Who took the colour photo?" of two who took photos)."""

from __future__ import annotations

import json
from typing import Any

import pytest

PHOTOS = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
  - {id: bea, kind: person, names: {en: [Bea Verdi, Verdi], it: [Bea Verdi, Verdi]}}
  - {id: summit, kind: place, names: {en: [the summit], it: [la vetta]}}
facts:
  - id: summit-photos
    type: event
    value: {name: {en: the summit photos, it: le foto dalla vetta}}
    statement:
      en: On the summit Ada Rossi took a black-and-white photo and Bea Verdi took the famous colour photo.
      it: Sulla vetta Ada Rossi scattò una foto in bianco e nero e Bea Verdi scattò la famosa foto a colori.
    entities: [ada, bea, summit]
    status: stated
    source: {id: paper, excerpt: took the famous colour photo}
"""


@pytest.mark.parametrize(("question", "person"), [
    ("Who took the famous colour photo on the summit?", "Bea Verdi"),
    ("Who took the black-and-white photo on the summit?", "Ada Rossi"),
])
def test_of_several_who_did_it_the_one_told_with_the_question_s_words(run: Any, write: Any, question: str,
                                                                      person: str) -> None:
    data = json.loads(run("ask", question, "-f", str(write(PHOTOS)), "--format", "json").stdout)
    assert data["answer"]["id"] == "summit-photos" and data["person"] == person, data

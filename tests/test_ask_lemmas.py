"""A question word no fact uses as it is, but another form of which a fact uses ("write" for "wrote", "vinto" for
"vinse"), finds that fact through its lemma in simplemma's dictionaries (factcli/index/lemmas.py); a word whose
lemma no fact uses is still unknown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcli.index.lemmas import italian_but_no_verb, lemma_stems
from tests.conftest import unanswered

RACE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: rossi, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi, Rossi]}}
facts:
  - id: rossi-letter
    type: date
    value: {date: "1901-03-04"}
    statement: {en: Ada Rossi wrote the letter on 4 March 1901., it: Il 4 marzo 1901 Ada Rossi mandò la lettera.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: wrote the letter}
  - id: rossi-race
    type: date
    value: {date: "1903-06-07"}
    statement: {en: Ada Rossi came first in the race on 7 June 1903., it: Il 7 giugno 1903 Ada Rossi vinse la corsa.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: came first in the race}
  - id: rossi-book
    type: date
    value: {date: "1905"}
    statement: {en: Ada Rossi published a book in 1905., it: Nel 1905 Ada Rossi scrisse un libro.}
    entities: [rossi]
    status: stated
    source: {id: paper, excerpt: published a book}
"""


@pytest.mark.parametrize(("question", "fact"), [("When did Ada Rossi write the letter?", "rossi-letter"),
                                                 ("Quando ha vinto la corsa Ada Rossi?", "rossi-race"),
                                                 ("Quando ha scritto un libro Ada Rossi?", "rossi-book")])
def test_another_form_of_a_word_finds_the_fact(run: Any, write: Any, question: str, fact: str) -> None:
    """"write" reaches "wrote", "vinto" reaches "vinse": forms no stem relates."""
    data = json.loads(run("ask", question, "-f", str(write(RACE)), "--format", "json").stdout)
    assert data["answer"]["id"] == fact, data


def test_an_irregular_participle_reaches_its_verb() -> None:
    """"scritto", which the dictionary files under the noun alone, is a form of "scrivere" in every gender and number;
    a participle of no verb in the table stays as the dictionary has it."""
    assert "scriss" in lemma_stems("scritto", None)
    assert "scriss" in lemma_stems("scritte", None)
    assert "scriss" not in lemma_stems("sciolto", None)


def test_a_word_whose_lemma_no_fact_uses_is_still_unknown(run: Any, write: Any) -> None:
    """The negative case: "painted" is no form of anything the facts say."""
    assert unanswered(run("ask", "When did Ada Rossi paint the letter?", "-f", str(write(RACE)), "--format", "json"))


def test_the_table_is_written_once_into_the_cache(run: Any, write: Any, tmp_path: Path) -> None:
    """The dictionaries are copied into the cache directory the first time and read from there after."""
    cache = tmp_path / "own-cache"
    facts = str(write(RACE))
    for _ in range(2):
        run("ask", "When did Ada Rossi write the letter?", "-f", facts, "--cache-dir", str(cache))
    assert [p.suffix for p in (cache / "lemmas").iterdir()] == [".db"]


def test_a_word_of_both_languages_has_no_lemma_forms(tmp_path: Path) -> None:
    """"star" is English and a form of Italian "stare": which one is meant is unknown, so neither is used."""
    assert lemma_stems("star", str(tmp_path)) == ()
    assert "written" in lemma_stems("wrote", str(tmp_path))


def test_an_italian_word_of_no_verb_is_told_from_a_verb(_lemma_table: Path) -> None:
    """An adjective or a noun ("stradale", "principale") is no verb to let pass; a participle is,
    even one whose lemma is a noun ("inviati", of "inviato"); an English word is never judged."""
    directory = str(_lemma_table.parent.parent)
    assert italian_but_no_verb("stradale", directory)
    assert italian_but_no_verb("principale", directory)
    assert not italian_but_no_verb("inviati", directory)
    assert not italian_but_no_verb("arrivava", directory)
    assert not italian_but_no_verb("burn", directory)

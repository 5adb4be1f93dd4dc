"""factcli.load: validation, the safe readers, and loading several files together."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcli.core.errors import Diagnostic, FactFileError
from factcli.core.model import Bilingual, CountValue, DateValue, FactSet
from factcli.load.open import open_index
from factcli.load.safe_read import read_bytes
from factcli.load.validate import validate
from factcli.load.yaml_reader import parse_yaml

VALID = """\
format: 1
sources:
  - {id: notes, title: yes, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Lovelace, Ada]}}
facts:
  - id: ada-born
    type: date
    value: {date: "1815-12"}
    statement: {it: Ada nasce nel 1815., en: Ada is born in 1815.}
    entities: [ada]
    status: stated
    source: {id: notes, excerpt: born 1815}
  - id: ada-notes
    type: count
    value: {number: 007, unit: {it: note, en: notes}}
    statement: {it: Ada scrive sette note., en: Ada writes seven notes.}
    entities: [ada]
    status: inferred
    derived_from: [ada-born]
    source: {id: notes, excerpt: seven notes}
"""


def _load(text: str, label: str = "t.yaml") -> FactSet:
    data, problems = parse_yaml(text, label)
    assert problems == []
    return validate([(label, data)])


def test_a_valid_file_becomes_typed_facts() -> None:
    factset = _load(VALID)
    assert sorted(factset.facts) == ["ada-born", "ada-notes"]
    born, notes = factset.facts["ada-born"], factset.facts["ada-notes"]
    assert born.value == DateValue("1815-12") and born.entities == ("ada",)
    assert notes.value == CountValue(7, Bilingual("note", "notes")) and notes.derived_from == ("ada-born",)
    # Every scalar stays the text its author wrote: `yes` is a title, not True.
    assert factset.sources["notes"].title == "yes"


def test_an_invalid_file_is_refused_with_line_column_and_message() -> None:
    with pytest.raises(FactFileError) as caught:
        _load(VALID.replace("type: date", "type: birthday"))
    assert caught.value.diagnostics == [Diagnostic(
        "t.yaml", 8, 11, "fact 'ada-born'.type 'birthday' is not one of: date, location, count, quote, event")]
    assert caught.value.lines()[-1] == "1 error in 1 file"


def test_every_problem_is_reported_not_just_the_first() -> None:
    broken = VALID.replace("entities: [ada]\n    status: stated", "entities: [bob]\n    status: stated").replace(
        'date: "1815-12"', 'date: "1815-13"')
    with pytest.raises(FactFileError) as caught:
        _load(broken)
    assert [(d.line, d.message) for d in caught.value.diagnostics] == [
        (9, "fact 'ada-born'.value.date '1815-13' is not a real calendar date"),
        (11, "fact 'ada-born' refers to unknown entity 'bob'"),
    ]


def test_the_safe_reader_refuses_tags_and_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = VALID.replace("facts:\n", f'description: !!python/object/apply:os.system ["touch {marker}"]\nfacts:\n', 1)
    data, problems = parse_yaml(text, "t.yaml")
    assert [(d.line, d.column) for d in problems] == [(6, 14)]
    assert data["description"] == [f"touch {marker}"]  # plain data: the tag made no object
    assert problems[0].message == "tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in a fact file"
    assert not marker.exists()
    path = tmp_path / "tagged.yaml"
    path.write_text(VALID.replace("title: yes", "title: !secret yes"), encoding="utf-8")
    with pytest.raises(FactFileError) as caught:
        open_index([str(path)], use_cache=False)
    assert [d.format() for d in caught.value.diagnostics] == [
        f"{path}:3:24: error: tag '!secret' is not allowed in a fact file"]
    path.write_text(VALID, encoding="utf-8")
    assert open_index([str(path)], use_cache=False).index.total == 2


def test_the_safe_reader_never_opens_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(FactFileError) as caught:
        read_bytes(str(fifo), "pipe.yaml")
    assert caught.value.lines()[0] == "pipe.yaml: error: not a regular file (a FIFO, socket or device); refusing to read it"
    (tmp_path / "plain.yaml").write_bytes(b"format: 1\n")
    assert read_bytes(str(tmp_path / "plain.yaml"), "plain.yaml") == b"format: 1\n"


def test_an_id_defined_in_two_files_is_an_error(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(VALID, encoding="utf-8")
    second.write_text(VALID.replace("ada-notes", "ada-pages"), encoding="utf-8")
    with pytest.raises(FactFileError) as caught:
        open_index([str(first), str(second)], use_cache=False)
    messages = {(d.file, d.message) for d in caught.value.diagnostics}
    assert (str(second), f"duplicate fact id 'ada-born' (first defined at {first}:7:9)") in messages
    assert all(d.file == str(second) for d in caught.value.diagnostics)
    # Told apart, the two files load together.
    second.write_text(VALID.replace("ada-notes", "ada-pages").replace("ada-born", "ada-baptised")
                      .replace("id: notes", "id: notes2").replace("{id: ada,", "{id: ada2,"), encoding="utf-8")
    assert open_index([str(first), str(second)], use_cache=False).index.total == 4

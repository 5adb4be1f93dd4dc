"""factcli.index: an index built from a tiny fact file, and the questions asked of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.index.rank import fact_hits, rank
from factcli.index.read import Index
from factcli.index.summary import entities_with_name, grouped_counts, ids_starting
from factcli.load.open import open_index

FACTS = """\
format: 1
sources:
  - {id: notes, title: Lab notes, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Lovelace, Ada], it: [Ada Lovelace]}}
  - {id: engine, kind: thing, names: {en: [Analytical Engine], it: [Macchina analitica]}}
facts:
  - id: ada_born
    type: date
    value: {date: "1815-12-10"}
    statement: {it: Ada nasce nel 1815., en: Ada is born in 1815.}
    entities: [ada]
    tags: [birth]
    status: stated
    source: {id: notes, excerpt: born 1815}
  - id: engine_parts
    type: count
    value: {number: 3, unit: {it: parti, en: parts}}
    statement: {it: La macchina ha tre parti., en: The engine has three parts.}
    entities: [engine]
    tags: [design]
    status: stated
    source: {id: notes, excerpt: three parts}
  - id: engines-built
    type: count
    value: {number: 0, unit: {it: macchine, en: machines}}
    statement: {it: Nessuna macchina fu costruita., en: No machine was completed.}
    entities: [engine]
    tags: [design]
    status: inferred
    derived_from: [engine_parts]
    source: {id: notes, excerpt: never finished}
"""


@pytest.fixture
def index(tmp_path: Path) -> Index:
    path = tmp_path / "facts.yaml"
    path.write_text(FACTS, encoding="utf-8")
    loaded = open_index([str(path)], cache_dir=str(tmp_path / "cache"))
    assert loaded.cache_file is not None and not loaded.cache_hit
    return loaded.index


def test_grouped_counts(index: Index) -> None:
    counts = grouped_counts(index)
    assert counts == {
        "type": {"count": 2, "date": 1},
        "status": {"inferred": 1, "stated": 2},
        "entity": {"engine": 2, "ada": 1},
        "tag": {"design": 2, "birth": 1},
        "source": {"notes": 3},
    }
    assert list(counts["type"]) == ["count", "date"] and list(counts["entity"]) == ["engine", "ada"]  # most first


def test_ids_starting_takes_percent_and_underscore_literally(index: Index) -> None:
    assert ids_starting(index, "engine") == ["engine_parts", "engines-built"]
    assert ids_starting(index, "engine_") == ["engine_parts"]  # not "engines-built", as LIKE's `_` would give
    assert ids_starting(index, "%") == []  # not every id, as LIKE's `%` would give
    assert ids_starting(index, "e%s") == []
    assert ids_starting(index, "") == ["ada_born", "engine_parts", "engines-built"]


def test_entities_with_name_is_an_exact_folded_name(index: Index) -> None:
    assert entities_with_name(index, "Ada Lovelace") == ["ada"]
    assert entities_with_name(index, "MACCHINA ANALITICA") == ["engine"]
    assert entities_with_name(index, "engine") == ["engine"]  # the id is a name too
    assert entities_with_name(index, "Lovelace") == []  # part of a name is no name
    assert entities_with_name(index, "Babbage") == []


def test_rank_finds_the_fact_a_query_is_about(index: Index) -> None:
    born = [h.fact.id for h in fact_hits(index, rank(index, "when was Ada born").hits)]
    assert born[0] == "ada_born" and "engine_parts" not in born
    parts = [h.fact.id for h in fact_hits(index, rank(index, "how many parts").hits)]
    assert parts == ["engine_parts"]
    # Both facts are about the engine; only one also has its parts: that one first.
    engine = [h.fact.id for h in fact_hits(index, rank(index, "Analytical Engine parts").hits)]
    assert engine == ["engine_parts", "engines-built"]
    only_dates = [h.fact.id for h in fact_hits(index, rank(index, "engine parts", types=["date"]).hits)]
    assert only_dates == []
    assert rank(index, "zeppelin").hits == []


def test_the_vocabulary_is_the_fact_files_own(tmp_path: Path) -> None:
    """A question word reaches the facts' words only through the vocabulary of the file in use."""
    from factcli.index.rank import match_words
    from factcli.index.synonyms import synonyms

    plain = tmp_path / "plain.yaml"
    plain.write_text(FACTS, encoding="utf-8")
    worded = tmp_path / "worded.yaml"
    worded.write_text(FACTS + 'vocabulary:\n  "Componenti": [parts, parti]\n  birthday: [born]\n', encoding="utf-8")
    without = open_index([str(plain)], cache_dir=str(tmp_path / "c1")).index
    with_vocab = open_index([str(worded)], cache_dir=str(tmp_path / "c2")).index
    assert synonyms(without, "componenti") == ()
    assert dict(synonyms(with_vocab, "componenti")) == {"parts": 0.9, "parti": 0.9}  # folded: no case
    assert {t for m in match_words(with_vocab, ["birthday"]) for t, _ in m.matches} == {"born"}
    assert [m.known for m in match_words(without, ["birthday"])] == [False]


def test_a_vocabulary_entry_must_list_words(tmp_path: Path) -> None:
    """A word mapped to nothing is reported with its place, like any other problem."""
    from factcli.core.errors import FactFileError

    bad = tmp_path / "bad.yaml"
    bad.write_text(FACTS + "vocabulary:\n  birthday: born\n", encoding="utf-8")
    with pytest.raises(FactFileError) as caught:
        open_index([str(bad)], cache_dir=None)
    assert [d.message for d in caught.value.diagnostics] == ["vocabulary: 'birthday' must map to a non-empty list of words"]


def test_the_vocabulary_follows_an_edit_of_one_file_of_a_set(tmp_path: Path) -> None:
    """Re-indexing only the file that changed keeps the other files' vocabulary, and takes the new one's."""
    from factcli.index.synonyms import synonyms

    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "a.yaml").write_text(FACTS, encoding="utf-8")
    other = FACTS.replace("id: notes", "id: notes2").replace("id: notes,", "id: notes2,")
    other = other.replace("ada_born", "b_born").replace("engine_parts", "b_parts").replace("engines-built", "b-built")
    other = other.replace("id: ada,", "id: ada2,").replace("id: engine,", "id: engine2,")
    other = other.replace("[ada]", "[ada2]").replace("[engine]", "[engine2]").replace("[engine_parts]", "[b_parts]")
    (folder / "b.yaml").write_text(other + "vocabulary:\n  birthday: [born]\n", encoding="utf-8")
    cache = str(tmp_path / "cache")
    first = open_index([str(folder)], cache_dir=cache)
    assert dict(synonyms(first.index, "birthday")) == {"born": 0.9}
    (folder / "a.yaml").write_text(FACTS + "vocabulary:\n  pieces: [parts]\n", encoding="utf-8")
    second = open_index([str(folder)], cache_dir=cache)
    assert dict(synonyms(second.index, "birthday")) == {"born": 0.9}
    assert dict(synonyms(second.index, "pieces")) == {"parts": 0.9}
    (folder / "b.yaml").write_text(other, encoding="utf-8")
    third = open_index([str(folder)], cache_dir=cache)
    assert synonyms(third.index, "birthday") == () and dict(synonyms(third.index, "pieces")) == {"parts": 0.9}


def test_a_slip_keeps_the_first_letter(index: Index) -> None:
    """'completd' is a slip for 'completed'; with its first letter changed ('xompleted', 'barts') a word is
    taken for no other: a first letter is rarely mistyped, and often makes another word ('breach', 'reach')."""
    assert [t for t, _ in index.match_word("completd").matches] == ["complet"]
    assert index.match_word("xompleted").matches == ()
    assert index.match_word("barts").matches == ()

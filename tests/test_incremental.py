"""An edit to one file of a directory re-reads and re-indexes that file only, and the index is the one a full build makes."""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcli.core.errors import FactFileError
from factcli.load import digests, incremental
from factcli.load import open as opening
from factcli.load.open import open_index

SHARED = """\
format: 1
sources:
  - {id: src, title: A test source, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Lovelace], it: [Ada Lovelace]}}
facts: []
"""


def _article(k: int, extra: str = "", count: int = 3) -> str:
    facts = "".join(f"""
  - id: fact-{k}-{i}
    type: count
    value: {{number: {i + k}, unit: {{it: viaggi, en: trips}}}}
    statement: {{it: Persona {k} fece {i} viaggi., en: Person {k} made {i} trips to Vostochny.}}
    entities: [ada, person-{k}]
    tags: [t{i % 3}]
    status: stated
    source: {{id: src, excerpt: "trips"}}""" for i in range(count))
    return (f"format: 1\nsources: []\nentities:\n  - {{id: person-{k}, kind: person, names: {{en: [Person {k}], "
            f"it: [Persona {k}]}}}}\nfacts:{facts}\n{extra}")


def _dump(path: str) -> dict[str, Any]:
    """Every table, with fact numbers replaced by the fact's place in file order (the two builds number apart)."""
    c = sqlite3.connect(path)
    order = {n: i for i, (n,) in enumerate(c.execute("SELECT n FROM facts ORDER BY n"))}

    def ns(blob: bytes) -> tuple[int, ...]:
        a = array("I")
        a.frombytes(blob)
        return tuple(order[n] for n in a)

    def ws(blob: bytes) -> tuple[float, ...]:
        a = array("f")
        a.frombytes(blob)
        return tuple(a)

    out: dict[str, Any] = {
        "facts": [(order[r[0]], *r[1:]) for r in c.execute("SELECT * FROM facts ORDER BY n")],
        "fact_entities": sorted((a, order[n]) for a, n in c.execute("SELECT * FROM fact_entities")),
        "fact_tags": sorted((a, order[n]) for a, n in c.execute("SELECT * FROM fact_tags")),
        "fact_refs": sorted((a, b, order[n]) for a, b, n in c.execute("SELECT * FROM fact_refs")),
        "entities": sorted((i, k, d, f, ns(s)) for i, k, d, f, s in c.execute("SELECT * FROM entities")),
        "entity_facts": sorted((e, t, ns(b)) for e, t, b in c.execute("SELECT * FROM entity_facts")),
        "types": sorted((t, ns(b)) for t, b in c.execute("SELECT * FROM types")),
        "postings": sorted((t, k, ns(b), ws(w)) for t, k, b, w in c.execute("SELECT * FROM postings")),
        "files": [r for r in c.execute("SELECT label, digest, count, defines FROM files ORDER BY k")],
    }
    for table in ("sources", "names", "vocab", "meta"):
        out[table] = sorted(c.execute(f"SELECT * FROM {table}"))
    c.close()
    return out


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[str], list[str]]:
    """A directory of a shared file and six articles, indexed once; records which files are read and whether
    the index was updated in place."""
    monkeypatch.setattr(digests, "QUIET_NS", 0)  # files written by the test count as quiet at once
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "_shared.yaml").write_text(SHARED)
    for k in range(6):
        (folder / f"a{k}.yaml").write_text(_article(k))
    cache = tmp_path / "cache"
    open_index([str(folder)], cache_dir=str(cache))
    read: list[str] = []
    updated: list[str] = []
    real_read, real_read_stat, real_update = opening.read_bytes, opening.read_with_stat, incremental.update

    def reading(path: str, label: str, max_bytes: int) -> bytes:
        read.append(Path(label).name)
        return real_read(path, label, max_bytes)

    def reading_stat(path: str, label: str, max_bytes: int) -> Any:
        read.append(Path(label).name)
        return real_read_stat(path, label, max_bytes)

    def updating(*args: Any, **kw: Any) -> Any:
        result = real_update(*args, **kw)
        updated.append("in place" if result is not None else "declined")
        return result

    monkeypatch.setattr(opening, "read_bytes", reading)
    monkeypatch.setattr(opening, "read_with_stat", reading_stat)
    monkeypatch.setattr(incremental, "update", updating)
    return folder, cache, read, updated


def _same_as_full_build(folder: Path, cache: Path, tmp_path: Path) -> Any:
    loaded = open_index([str(folder)], cache_dir=str(cache))
    full = open_index([str(folder)], cache_dir=str(tmp_path / "fresh"))
    assert loaded.cache_file and full.cache_file
    assert _dump(loaded.cache_file) == _dump(full.cache_file)
    return loaded


EDITS: dict[str, Callable[[Path], None]] = {
    "a statement": lambda f: (f / "a2.yaml").write_text(_article(2).replace("made 1 trips", "made one trip")),
    "a fact added": lambda f: (f / "a2.yaml").write_text(_article(2, count=5)),
    "a fact removed": lambda f: (f / "a2.yaml").write_text(_article(2, count=2)),
    "an entity of its own renamed": lambda f: (f / "a2.yaml").write_text(_article(2).replace("[Person 2]", "[P. Two]")),
    "a file added at the end": lambda f: (f / "z.yaml").write_text(_article(9)),
    "a file removed": lambda f: (f / "a3.yaml").unlink(),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edit_reindexes_only_that_file(articles: Any, tmp_path: Path, edit: str) -> None:
    """The edited (or added) file alone is read, the index is changed in place, and it equals a full build's."""
    folder, cache, read, updated = articles
    EDITS[edit](folder)
    loaded = _same_as_full_build(folder, cache, tmp_path)
    assert updated == ["in place"]
    assert set(read[:read.index("_shared.yaml")] if "_shared.yaml" in read else read) == (
        set() if edit == "a file removed" else {"z.yaml"} if edit == "a file added at the end" else {"a2.yaml"})
    assert loaded.index.total == sum(f.read_text().count("- id: fact-") for f in folder.iterdir())


@pytest.mark.parametrize("edit,message", [
    ("duplicate", "duplicate fact id 'fact-0-0'"),
    ("dangling", "refers to unknown entity 'person-3'"),
    ("unknown", "refers to unknown entity 'nobody'"),
])
def test_problems_across_files_are_still_caught(articles: Any, edit: str, message: str) -> None:
    """An id another file defines, a definition another file relies on removed, an unknown reference: the same
    error as a full build's, with line and column."""
    folder, cache, _, updated = articles
    if edit == "duplicate":
        (folder / "a2.yaml").write_text(_article(2).replace("fact-2-0", "fact-0-0"))
    elif edit == "dangling":
        (folder / "a3.yaml").write_text(_article(3).replace("{id: person-3,", "{id: person-33,")
                                        .replace("[ada, person-3]", "[ada, person-33]"))
        (folder / "a4.yaml").write_text(_article(4).replace("[ada, person-4]", "[ada, person-3]"))
    else:
        (folder / "a2.yaml").write_text(_article(2).replace("[ada, person-2]", "[ada, nobody]"))
    with pytest.raises(FactFileError) as caught:
        open_index([str(folder)], cache_dir=str(cache))
    assert updated == ["declined"]
    assert any(message in line and ":" in line for line in caught.value.lines())


def test_an_entity_other_files_name_changed_rebuilds_whole(articles: Any, tmp_path: Path) -> None:
    """Other files' facts are indexed by the names of the entities they name: changing one re-indexes all."""
    folder, cache, _, updated = articles
    (folder / "_shared.yaml").write_text(SHARED.replace("[Ada Lovelace]}", "[Ada Lovelace, Countess]}"))
    loaded = _same_as_full_build(folder, cache, tmp_path)
    assert updated[0] == "declined" and loaded.index.entities_named("countess") == ["ada"]


def test_a_new_file_among_the_old_ones_rebuilds_whole(articles: Any, tmp_path: Path) -> None:
    """Facts stay in file order: a new file that sorts before old ones is indexed by a full build."""
    folder, cache, _, updated = articles
    (folder / "a1b.yaml").write_text(_article(7))
    _same_as_full_build(folder, cache, tmp_path)
    assert updated[0] == "declined"


def test_a_large_share_of_the_facts_changed_is_built_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One file holding all the facts, edited: built whole (on two cores), not cut out and put back in place."""
    monkeypatch.setattr(digests, "QUIET_NS", 0)
    path = tmp_path / "all.yaml"
    path.write_text(_article(1, count=8).replace("sources: []", "sources: [{id: src, title: T, language: en}]")
                    .replace("entities:\n", "entities:\n  - {id: ada, kind: person, names: {en: [Ada], it: [Ada]}}\n"))
    cache = tmp_path / "cache"
    open_index([str(path)], cache_dir=str(cache))
    updated: list[bool] = []
    real = incremental.update
    monkeypatch.setattr(incremental, "update", lambda *a, **k: updated.append(bool(r := real(*a, **k))) or r)
    path.write_text(path.read_text().replace("made 2 trips", "made two trips"))
    assert open_index([str(path)], cache_dir=str(cache)).index.total == 8
    assert updated == [False]


def test_two_processes_updating_the_same_index_apply_the_change_once(articles: Any, tmp_path: Path) -> None:
    """A second update from the same index (another process that read it first) finds it changed or gone and
    declines; the index holds the change once, and no empty index file is left behind."""
    folder, cache, _, updated = articles
    (folder / "a2.yaml").write_text(_article(2, count=5))
    from factcli.index.storage import open_cached

    last = incremental.last_index(str(cache), opening._set_id([str(folder)]))
    assert last is not None
    first, second = open_cached(*last), open_cached(*last)
    assert first is not None and second is not None
    files = opening.resolve_paths([str(folder)])
    labels = [label for _, label in files]
    blobs = {i: Path(path).read_bytes() for i, (path, _) in enumerate(files)}
    digests_now = [digests.sha256(blob) for blob in blobs.values()]
    key = digests.cache_key(digests_now)
    meta = {"key": key, "version": "test"}
    from factcli.index.update import files_of

    seen_by_second = files_of(second)  # read before the first process changes the index
    assert incremental.update(last[0], first, labels, digests_now, dict(blobs), key, meta) is not None
    assert incremental.update(last[0], second, labels, digests_now, dict(blobs), key, meta, seen_by_second) is None
    assert not Path(last[0]).exists()
    loaded = open_index([str(folder)], cache_dir=str(cache))
    assert loaded.cache_hit and loaded.index.total == 20
    assert updated == ["in place", "declined"]

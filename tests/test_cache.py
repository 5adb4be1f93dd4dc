"""The index cache: hits, misses after edits, corrupt entries, unwritable directories, concurrency."""

from __future__ import annotations

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from factcli import FactBase

from .conftest import MINIMAL, factcli_exe


def test_hit_then_miss_after_same_size_edit(write: Any, tmp_path: Path) -> None:
    """A second load hits; an edit of the same size in the same second is a miss, never stale."""
    path = write(MINIMAL)
    cache = tmp_path / "cache"
    first = FactBase.load([path], cache_dir=cache)
    assert not first.loaded.cache_hit
    assert FactBase.load([path], cache_dir=cache).loaded.cache_hit
    stat = path.stat()
    path.write_text(MINIMAL.replace("1815-12-10", "1815-12-11"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = FactBase.load([path], cache_dir=cache)
    assert not again.loaded.cache_hit
    assert again.fact("ada-born").value.date == "1815-12-11"  # type: ignore[union-attr]


def test_corrupt_or_foreign_cache_is_rebuilt(write: Any, tmp_path: Path) -> None:
    path = write(MINIMAL)
    cache = tmp_path / "cache"
    written = FactBase.load([path], cache_dir=cache).loaded.cache_file
    assert written is not None
    entry = Path(written)
    for junk in (b"", b"SQLite format 3\x00" + b"\x00" * 50, b"not a database at all" * 100):
        entry.write_bytes(junk)
        fb = FactBase.load([path], cache_dir=cache)
        assert not fb.loaded.cache_hit and fb.fact("ada-born") is not None


def test_unwritable_cache_dir_still_answers(run: Any, write: Any, tmp_path: Path) -> None:
    path = write(MINIMAL)
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    result = run("when", "ada", "-f", str(path), "--cache-dir", str(blocker / "sub"), "--format", "value")
    assert (result.exit_code, result.stdout) == (0, "1815-12-10\n")
    assert run("when", "ada", "-f", str(path), "--no-cache", "--format", "value").stdout == "1815-12-10\n"


def test_eight_concurrent_runs_all_answer(tmp_path: Path) -> None:
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "shared-cache")}

    def one(_: int) -> tuple[int, bytes]:
        r = subprocess.run([*factcli_exe(), "when", "hanoi", "--format", "value", "--limit", "1"],
                           capture_output=True, env=env, timeout=60)
        return r.returncode, r.stdout

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, range(8)))
    assert results == [(0, b"2019\n")] * 8


def test_cache_info_and_clear(run: Any, tmp_path: Path) -> None:
    cache = tmp_path / "c"
    run("when", "hanoi", "--cache-dir", str(cache))
    assert "entries: 1" in run("cache", "info", "--cache-dir", str(cache)).stdout
    assert run("cache", "clear", "--cache-dir", str(cache)).stdout == "removed 1 cache entry\n"
    assert not list(cache.glob("*.sqlite"))


def test_remembered_digest_skips_hashing_but_never_goes_stale(write: Any, tmp_path: Path,
                                                               monkeypatch: Any) -> None:
    """A quiet, unchanged file is not even read; any write (same size, mtime restored) is seen."""
    import time

    from factcli.load import digests
    from factcli.load import open as store

    monkeypatch.setattr(digests, "QUIET_NS", 0)  # trust at once, so the test need not wait
    path = write(MINIMAL)
    cache = tmp_path / "cache"
    FactBase.load([path], cache_dir=cache)
    real_read = store.read_with_stat

    def no_read(*a: Any, **k: Any) -> Any:
        raise AssertionError("an unchanged file was read again")

    monkeypatch.setattr(store, "read_with_stat", no_read)
    assert FactBase.load([path], cache_dir=cache).loaded.cache_hit
    monkeypatch.setattr(store, "read_with_stat", real_read)
    time.sleep(0.05)  # past the file system's timestamp tick
    stat = path.stat()
    path.write_text(MINIMAL.replace("1815-12-10", "1815-12-11"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert FactBase.load([path], cache_dir=cache).fact("ada-born").value.date == "1815-12-11"  # type: ignore[union-attr]


def test_racily_clean_file_is_hashed(write: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """A file written moments before it was indexed is hashed again, not trusted by its stat."""
    from factcli.load import open as store

    path = write(MINIMAL)
    cache = tmp_path / "cache"
    FactBase.load([path], cache_dir=cache)
    calls = []
    real_read = store.read_with_stat
    monkeypatch.setattr(store, "read_with_stat", lambda *a, **k: calls.append(1) or real_read(*a, **k))
    assert FactBase.load([path], cache_dir=cache).loaded.cache_hit
    assert calls == [1]


# What the index is built from besides the files: the stop words and the terms a text yields. The cache key holds
# the index schema, not the code; so a change to either must bump SCHEMA_VERSION, or upgraded users keep indexes
# built the old way. Record the new digest with the new schema here.
_INDEX_TEXT_DIGESTS = {"29": "421d8b87e1fc1bbd", "30": "f623c57b014ddcaf"}


def test_a_change_to_index_terms_bumps_the_index_schema() -> None:
    """The stop words and the terms of a sample text hash to the value recorded for the current schema."""
    import hashlib

    from factcli.core.text import STOPWORDS, terms
    from factcli.index.write import SCHEMA_VERSION

    sample = ("The Avon bridges, crossed by 1,200 U.S. travellers in 1901, were more famous than the viaggi dei "
              "pellegrini; morì, più, perché.")
    digest = hashlib.sha256(("|".join(sorted(STOPWORDS)) + "#" + " ".join(terms(sample))).encode()).hexdigest()[:16]
    assert _INDEX_TEXT_DIGESTS.get(SCHEMA_VERSION) == digest, (
        f"index terms changed ({digest}): bump SCHEMA_VERSION in factcli/index/write.py and record the digest")


def test_tables_of_lemmas_are_shared_counted_cleared_and_pruned(run: Any, tmp_path: Path) -> None:
    """Every install of the same dictionaries names its table alike, whatever its files' times (one table per
    install filled a shared cache with copies); writing a table removes those of other dictionaries but the
    newest; `cache info` counts them and `cache clear` removes them."""
    import importlib.util

    from factcli.index import lemmas

    spec = importlib.util.find_spec("simplemma")
    assert spec is not None and spec.origin is not None
    data = Path(spec.origin).parent / "strategies" / "dictionaries" / "data" / "en.plzma"
    before, stat = lemmas.table_path(str(tmp_path)), data.stat()
    try:
        os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**12))
        lemmas._version.cache_clear()
        assert lemmas.table_path(str(tmp_path)) == before
    finally:
        os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        lemmas._version.cache_clear()
    cache = tmp_path / "c"
    (cache / "lemmas").mkdir(parents=True)
    for age, name in ((2000, "simplemma-older.db"), (1000, "simplemma-newer.db")):
        (cache / "lemmas" / name).write_bytes(b"x")
        os.utime(cache / "lemmas" / name, (stat.st_mtime - age, stat.st_mtime - age))
    assert lemmas.lemma_stems("wrote", str(cache))
    assert [Path(p).name for p in lemmas.tables(str(cache))] == [Path(before).name, "simplemma-newer.db"]
    assert "lemma tables: 2\n" in run("cache", "info", "--cache-dir", str(cache)).stdout
    assert run("cache", "clear", "--cache-dir", str(cache)).stdout == "removed 0 cache entries and 2 tables of lemmas\n"
    assert lemmas.tables(str(cache)) == []

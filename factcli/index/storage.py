"""Index databases on disk or in memory: open a cached one read-only, or write a new one atomically."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence

from factcli.core.model import Entity, Source
from factcli.index.read import Index
from factcli.index.write import SCHEMA_VERSION, FileRow, Part, build


def open_cached(path: str, key: str) -> Index | None:
    """The index at `path` if it was built from exactly these bytes by this schema; None for anything else."""
    if not os.path.isfile(path):
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        index = Index(conn)
        meta = index.meta()
        if meta.get("key") != key or meta.get("schema") != SCHEMA_VERSION or str(index.total) != meta.get("facts"):
            conn.close()
            return None
        return index
    except sqlite3.Error:
        return None


def build_in_memory(sources: dict[str, Source], entities: dict[str, Entity], parts: list[Part],
                    meta: dict[str, str], files: Sequence[FileRow] = ()) -> Index:
    """An index that lives as long as the process: the answer when no cache can be written."""
    conn = sqlite3.connect(":memory:")
    build(conn, sources, entities, parts, meta, files)
    return Index(conn)


def build_file(tmp: str, final: str, sources: dict[str, Source], entities: dict[str, Entity], parts: list[Part],
               meta: dict[str, str], files: Sequence[FileRow] = ()) -> bool:
    """Write an index into `tmp` and rename it to `final`, so readers never see half a file; False on failure."""
    try:
        conn = sqlite3.connect(tmp)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        build(conn, sources, entities, parts, meta, files)
        conn.close()
        os.replace(tmp, final)
        return True
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False

"""Changing a built index in place: one file's facts out, its new facts in, the rest untouched.

Every file owns a range of fact numbers (write.py: the `files` table, `room_for`), so its facts can be
taken out of every packed array (postings, entity and type lists) by cutting that range, and the new
ones put back in the same place, which keeps every array in file order. What depends on other files'
facts (vocabulary counts, an entity's fact count) is counted again for the keys touched only.
load/incremental.py decides when this applies and checks the files across each other first.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any

from factcli.core.model import Entity, Fact, Source
from factcli.index.read import Index, name_key
from factcli.index.write import SCHEMA_VERSION, FileRow, Part, _insert_rows

FileInfo = dict[str, Any]  # label, digest, first, room, count, defines (a dict: kind -> ids)


def files_of(index: Index) -> list[FileInfo]:
    """The fact files an index was built from, in order, with the numbers each owns and what it defines."""
    try:
        rows = index.conn.execute("SELECT label, digest, first, room, count, defines FROM files ORDER BY k").fetchall()
    except sqlite3.Error:
        return []
    return [{"label": r[0], "digest": r[1], "first": r[2], "room": r[3], "count": r[4], "defines": json.loads(r[5])}
            for r in rows]


def facts_between(index: Index, lo: int, hi: int) -> list[Fact]:
    """The facts numbered in [lo, hi), in order."""
    rows = index.conn.execute("SELECT data FROM facts WHERE n >= ? AND n < ? ORDER BY n", (lo, hi)).fetchall()
    return [Fact.from_dict(json.loads(data)) for (data,) in rows]


def referrers(index: Index, kind: str, ident: str) -> list[int]:
    """The facts that refer to `ident`: a fact (derived_from), a source, or an entity (listed or speaking)."""
    sql = {"fact": "SELECT fact FROM fact_refs WHERE kind = 'fact' AND target = ?",
           "source": "SELECT fact FROM fact_refs WHERE kind = 'source' AND target = ?",
           "entity": "SELECT fact FROM fact_entities WHERE entity = ? UNION "
                     "SELECT fact FROM fact_refs WHERE kind = 'speaker' AND target = ?"}[kind]
    args = (ident, ident) if kind == "entity" else (ident,)
    return [int(n) for (n,) in index.conn.execute(sql, args)]


def entities_standing_for(index: Index) -> dict[str, tuple[str, ...]]:
    """Each entity that says which entities its names mean too, with those entities."""
    out = {}
    for ident, data in index.conn.execute("SELECT id, data FROM entities WHERE data LIKE '%stands_for%'"):
        stands = json.loads(data).get("stands_for") or ()
        if stands:
            out[str(ident)] = tuple(stands)
    return out


def _cut(blob: bytes, lo: int, hi: int, typecode: str = "I", numbers: bytes | None = None) -> tuple[array[Any], int]:
    """The packed array of `blob` with the entries for fact numbers in [lo, hi) cut out, and where they were.

    `numbers`, for a weights array, is the parallel numbers blob that says where to cut.
    """
    values: array[Any] = array(typecode)
    values.frombytes(blob)
    ns: array[int] = array("I")
    ns.frombytes(numbers if numbers is not None else blob)
    start, stop = bisect_left(ns, lo), bisect_left(ns, hi)
    del values[start:stop]
    return values, start


class Updater:
    """Replaces the facts of some files in an open, writable index, in one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.terms: set[str] = set()
        self.entities: set[str] = set()

    def replace(self, lo: int, hi: int, old: Part, new: Part) -> None:
        """Take the facts numbered in [lo, hi) out (`old` is their part), put `new` in (numbered from `lo`). A key
        whose entries are the same in both (most of them, when one fact of a file changed) is not touched."""
        c = self.conn
        c.execute("DELETE FROM facts WHERE n >= ? AND n < ?", (lo, hi))
        c.executemany("DELETE FROM fact_entities WHERE entity = ? AND fact = ?", old["links"])
        c.executemany("DELETE FROM fact_tags WHERE tag = ? AND fact = ?", old["tags"])
        c.executemany("DELETE FROM fact_refs WHERE kind = ? AND target = ? AND fact = ?", old["refs"])
        _insert_rows(c, new)
        for kind in {*old["postings"], *new["postings"]}:
            mine, theirs = old["postings"].get(kind, {}), new["postings"].get(kind, {})
            for term in {*mine, *theirs}:
                if mine.get(term) != theirs.get(term):
                    self._posting(term, kind, lo, hi, theirs.get(term))
                    self.terms.add(term)
        for key in _changed(old, new, "by_entity"):
            self._packed("entity_facts", "facts", ("entity", "type"), key, lo, hi, new["by_entity"].get(key))
            self.entities.add(key[0])
        for key in _changed(old, new, "by_type"):
            self._packed("types", "facts", ("type",), (key,), lo, hi, new["by_type"].get(key))
        for key in _changed(old, new, "by_subject"):
            row = c.execute("SELECT subject_of FROM entities WHERE id = ?", (key,)).fetchone()
            if row is not None:
                kept, at = _cut(row[0], lo, hi)
                kept[at:at] = _array(new["by_subject"].get(key, b""))
                c.execute("UPDATE entities SET subject_of = ? WHERE id = ?", (kept.tobytes(), key))

    def _posting(self, term: str, kind: str, lo: int, hi: int, new: tuple[bytes, bytes] | None) -> None:
        """Cut [lo, hi) out of one term's postings of one fact type and splice `new` in."""
        row = self.conn.execute("SELECT facts, weights FROM postings WHERE term = ? AND type = ?", (term, kind)).fetchone()
        ns, at = _cut(row[0], lo, hi) if row else (array("I"), 0)
        ws, _ = _cut(row[1], lo, hi, "f", row[0]) if row else (array("f"), 0)
        if new is not None:
            ns[at:at] = _array(new[0])
            ws[at:at] = _array(new[1], "f")
        if ns:
            self.conn.execute("INSERT OR REPLACE INTO postings VALUES (?, ?, ?, ?)", (term, kind, ns.tobytes(), ws.tobytes()))
        elif row:
            self.conn.execute("DELETE FROM postings WHERE term = ? AND type = ?", (term, kind))

    def _packed(self, table: str, column: str, keys: tuple[str, ...], key: tuple[str, ...], lo: int, hi: int,
                new: bytes | None) -> None:
        """Cut [lo, hi) out of the packed fact numbers of one row of `table` and splice `new` in."""
        where = " AND ".join(f"{k} = ?" for k in keys)
        row = self.conn.execute(f"SELECT {column} FROM {table} WHERE {where}", key).fetchone()
        kept, at = _cut(row[0], lo, hi) if row else (array("I"), 0)
        if new is not None:
            kept[at:at] = _array(new)
        if kept:
            self.conn.execute(f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * (len(keys) + 1))})",
                              (*key, kept.tobytes()))
        elif row:
            self.conn.execute(f"DELETE FROM {table} WHERE {where}", key)

    def define(self, gone_entities: Iterable[str], entities: Iterable[Entity], gone_sources: Iterable[str],
               sources: Iterable[Source]) -> None:
        """Take out the entities and sources no longer defined (or defined anew), put the new definitions in."""
        c = self.conn
        for ident in gone_entities:
            c.execute("DELETE FROM entities WHERE id = ?", (ident,))
            c.execute("DELETE FROM names WHERE entity = ?", (ident,))
        for e in entities:
            c.execute("INSERT INTO entities VALUES (?, ?, ?, 0, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
                      "data = excluded.data", (e.id, e.kind, json.dumps(e.to_dict(), ensure_ascii=False), b""))
            c.execute("DELETE FROM names WHERE entity = ?", (e.id,))
            c.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)",
                          [(name_key(n), e.id) for n in (*e.all_names(), e.id.replace("-", " "))])
            self.entities.add(e.id)
        c.executemany("DELETE FROM sources WHERE id = ?", [(s,) for s in gone_sources])
        c.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?)",
                      [(s.id, json.dumps(s.to_dict(), ensure_ascii=False)) for s in sources])

    def finish(self, files: Sequence[FileRow], meta: dict[str, str]) -> None:
        """Count again what the changed keys touch (vocabulary, entities' fact counts); new files table and meta."""
        c = self.conn
        for term in self.terms:
            df = c.execute("SELECT sum(length(facts)) / 4 FROM postings WHERE term = ?", (term,)).fetchone()[0]
            if df:
                c.execute("INSERT OR REPLACE INTO vocab VALUES (?, ?, ?)", (term, df, len(term)))
            else:
                c.execute("DELETE FROM vocab WHERE term = ?", (term,))
        for ident in self.entities:
            c.execute("UPDATE entities SET nfacts = (SELECT coalesce(sum(length(facts)) / 4, 0) FROM entity_facts "
                      "WHERE entity = ?) WHERE id = ?", (ident, ident))
        c.execute("DELETE FROM files")
        c.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", [(k, *row) for k, row in enumerate(files)])
        total = c.execute("SELECT count(*) FROM facts").fetchone()[0]
        c.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                      [*meta.items(), ("facts", str(total)), ("schema", SCHEMA_VERSION)])


def _changed(old: Part, new: Part, field: str) -> list[Any]:
    """The keys of `field` whose packed fact numbers differ between two parts."""
    mine, theirs = old[field], new[field]
    return [key for key in {*mine, *theirs} if mine.get(key) != theirs.get(key)]


def _array(blob: bytes, typecode: str = "I") -> array[Any]:
    """A packed array from its bytes."""
    out: array[Any] = array(typecode)
    out.frombytes(blob)
    return out


def open_for_update(path: str, key: str) -> sqlite3.Connection | None:
    """A writable connection to the index at `path`, in a transaction, when it is still the index of `key`
    (another process may have updated it first); None otherwise or when it cannot be opened."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=10, isolation_level=None)  # never creates one
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
        if row is not None and row[0] == key:
            return conn
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
    conn.close()
    return None


def commit_and_move(conn: sqlite3.Connection, path: str, final: str) -> bool:
    """Commit the update and give the file its new name; False (and nothing changed) on failure."""
    try:
        conn.execute("COMMIT")
        conn.close()
        os.replace(path, final)
        return True
    except (sqlite3.Error, OSError):
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        conn.close()
        return False

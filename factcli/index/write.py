"""Building the search index: the SQLite schema, the terms of each fact and their weights.

read.py reads what this writes; the two share the schema version that keys the cache.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from factcli.core.model import Entity, Fact, Source, value_texts
from factcli.core.text import term_set, terms
from factcli.index.read import name_key
from factcli.index.two_cores import in_two

SCHEMA_VERSION = "30"

# The tables of the facts' own rows, which a worker process also fills in a file of its own.
_ROW_TABLES = """
CREATE TABLE facts(n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
                   date TEXT, data TEXT NOT NULL);
CREATE TABLE fact_entities(entity TEXT NOT NULL, fact INTEGER NOT NULL, PRIMARY KEY(entity, fact)) WITHOUT ROWID;
CREATE TABLE fact_tags(tag TEXT NOT NULL, fact INTEGER NOT NULL, PRIMARY KEY(tag, fact)) WITHOUT ROWID;
CREATE TABLE fact_refs(kind TEXT NOT NULL, target TEXT NOT NULL, fact INTEGER NOT NULL,
                       PRIMARY KEY(kind, target, fact)) WITHOUT ROWID;
"""

# A spilled part's tables: its rows only travel into the index, whose facts table keeps ids unique, so the part's
# needs no index on them (a third of the time a worker spends writing its facts).
_PART_TABLES = _ROW_TABLES.replace("id TEXT UNIQUE NOT NULL", "id TEXT NOT NULL")

_SCHEMA = _ROW_TABLES + """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Each fact file, in order, with the digest of the bytes indexed and the fact numbers it owns: its
-- facts are numbered from `first`, and `room` numbers are kept for it, so that an edit to one file
-- re-indexes that file alone (update.py). `defines` lists the entity and source ids it defines.
CREATE TABLE files(k INTEGER PRIMARY KEY, label TEXT NOT NULL, digest TEXT NOT NULL, first INTEGER NOT NULL,
                   room INTEGER NOT NULL, count INTEGER NOT NULL, defines TEXT NOT NULL);
CREATE TABLE sources(id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE entities(id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL, nfacts INTEGER NOT NULL,
                      subject_of BLOB NOT NULL);
CREATE TABLE entity_facts(entity TEXT NOT NULL, type TEXT NOT NULL, facts BLOB NOT NULL,
                          PRIMARY KEY(entity, type)) WITHOUT ROWID;
CREATE TABLE types(type TEXT PRIMARY KEY, facts BLOB NOT NULL);
CREATE TABLE names(name TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY(name, entity)) WITHOUT ROWID;
-- Postings packed as arrays, one row per term and fact type: building writes one row per
-- (term, type) instead of one per (term, fact), and "when"/"where" read only their type's facts.
CREATE TABLE vocab(term TEXT PRIMARY KEY, df INTEGER NOT NULL, len INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE postings(term TEXT NOT NULL, type TEXT NOT NULL, facts BLOB NOT NULL, weights BLOB NOT NULL,
                      PRIMARY KEY(term, type)) WITHOUT ROWID;
CREATE INDEX vocab_len ON vocab(len);
CREATE INDEX facts_type ON facts(type, date);
"""

# How much a term found in each part of a fact says about it.
W_VALUE, W_ENTITY, W_STATEMENT, W_TAG, W_ID = 1.6, 1.3, 1.0, 1.0, 0.5


def entity_terms(entity: Entity) -> frozenset[str]:
    """The index terms of all of an entity's names and aliases."""
    return frozenset(t for name in entity.all_names() for t in terms(name))


def fact_terms(fact: Fact, entities: dict[str, Entity],
               named: dict[object, frozenset[str]] | None = None) -> dict[str, float]:
    """Each stemmed term of a fact with the weight of the strongest field it occurs in.

    The strongest field counts in full; each further field where the term recurs adds 0.3 of
    its weight. `named` caches the terms of each entity, set of entities, value and set of tags
    across the facts of one build (a large base names the same few people in most facts).
    """
    refs = fact.entities
    speaker = getattr(fact.value, "speaker", None)
    if speaker:
        refs = (*refs, speaker)
    cache: dict[object, frozenset[str]] = {} if named is None else named
    of_entities = cache.get(("@", *refs))
    if of_entities is None:
        for ref in refs:
            if ref not in cache and ref in entities:
                cache[ref] = entity_terms(entities[ref])
        of_entities = cache[("@", *refs)] = frozenset().union(*(cache[r] for r in refs if r in cache))
    # Values and tag sets recur across facts (places, units, topics): their terms are cached too.
    texts = ("=", *value_texts(fact.value))
    of_value = cache.get(texts)
    if of_value is None:
        of_value = cache[texts] = frozenset(term_set(*texts[1:]))
    of_tags = cache.get(("#", *fact.tags))
    if of_tags is None:
        of_tags = cache[("#", *fact.tags)] = frozenset(term_set(*(tag.replace("-", " ") for tag in fact.tags)))
    statement = term_set(fact.statement.it, fact.statement.en)
    ident = term_set(fact.id.replace("-", " "))
    # Most terms are in one field and take its weight: fields from the weakest to the strongest, each setting its
    # own (dict.fromkeys and the merge loop in C, where a loop per term would cost a second per 100,000 facts).
    weights = {**dict.fromkeys(ident, W_ID), **dict.fromkeys(of_tags, W_TAG), **dict.fromkeys(statement, W_STATEMENT),
               **dict.fromkeys(of_entities, W_ENTITY), **dict.fromkeys(of_value, W_VALUE)}
    if len(weights) < len(ident) + len(of_tags) + len(statement) + len(of_entities) + len(of_value):
        _add_recurring(weights, of_value, of_entities, statement, of_tags, ident)
    return weights


def _recurring_weight(fields: int) -> float:
    """The weight of a term found in the fields whose bits are set in `fields` (bit 0 the value's, up to bit 4 the
    id's): the strongest field's weight, plus 0.3 of the sum of the others' weights, added up in field order."""
    first, *others = [weight for bit, weight in enumerate(_FIELD_WEIGHTS) if fields >> bit & 1]
    extra = 0.0
    for weight in others:
        extra += weight
    return first + 0.3 * extra


_FIELD_WEIGHTS = (W_VALUE, W_ENTITY, W_STATEMENT, W_TAG, W_ID)  # strongest first
_RECURRING = [0.0, *(_recurring_weight(fields) for fields in range(1, 32))]


def _add_recurring(weights: dict[str, float], value: AbstractSet[str], entity: AbstractSet[str],
                   statement: AbstractSet[str], tags: AbstractSet[str], ident: AbstractSet[str]) -> None:
    """Give each term found in more than one field its weight (_recurring_weight), looked up by the fields it is
    in (a fact has a dozen such terms)."""
    seen = set(value)
    recurring: set[str] = set()
    for found in (entity, statement, tags, ident):
        recurring.update(seen.intersection(found))
        seen.update(found)
    for term in recurring:
        weights[term] = _RECURRING[(term in value) | (term in entity) << 1 | (term in statement) << 2
                                   | (term in tags) << 3 | (term in ident) << 4]


# json.dumps(obj, ensure_ascii=False), without making an encoder per call (one row per fact) or tracking
# containers already seen (a fact's dict form has no cycles): the same text.
_to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


# What one slice of the facts adds to the index, in plain containers that `marshal` can
# carry from a worker process: fact numbers and weights are packed arrays, as bytes.
Part = dict[str, Any]


def room_for(count: int) -> int:
    """How many fact numbers a file of `count` facts owns: twice its count and at least 64 more, so that an
    edit adding facts still fits and re-indexes that file alone."""
    return count + max(64, count)


def numbering(counts: Sequence[int], first: int = 1) -> tuple[array[int], list[int]]:
    """The number of each fact of files holding `counts` facts (each file's from the start of its room), and
    each file's first number."""
    numbers: array[int] = array("I")
    firsts = []
    for count in counts:
        firsts.append(first)
        numbers.extend(range(first, first + count))
        first += room_for(count)
    return numbers, firsts


# The months a qualified year stands for, when the date says only the year ("end of 2011": its last months).
_QUALIFIED_MONTH = {"start": "01", "early": "02", "mid": "06", "late": "10", "end": "12"}


def date_key(fact: Fact) -> str | None:
    """The date a fact is filtered and sorted by: its date, with the month a qualified year points to, so
    that `--until 2011-06` leaves out a fact dated "end of 2011"."""
    value = fact.value
    date = getattr(value, "date", None)
    if date is None or len(date) != 4:
        return date
    month = _QUALIFIED_MONTH.get(getattr(value, "qualifier", None) or "")
    return f"{date}-{month}" if month else date


def index_part(facts: Sequence[Fact], numbers: Sequence[int], entities: dict[str, Entity],
               progress: Callable[[str, int, int], None] | None = None, total: int = 0) -> Part:
    """The index entries of `facts`, numbered by `numbers`; `progress` sees this slice as the whole."""
    # type -> term -> its facts' numbers and weights, alternating in one list (two list appends cost less per
    # term of a fact than an append to each of two arrays): packed as arrays at the end.
    postings: dict[str, dict[str, list[Any]]] = defaultdict(dict)
    by_entity: dict[tuple[str, str], array[int]] = defaultdict(lambda: array("I"))
    by_subject: dict[str, array[int]] = defaultdict(lambda: array("I"))
    by_type: dict[str, array[int]] = defaultdict(lambda: array("I"))
    named: dict[object, frozenset[str]] = {}
    rows: list[tuple[int, str, str, str, str | None, str]] = []
    refs: list[tuple[str, str, int]] = []
    for i, fact in enumerate(facts):
        n = numbers[i]
        rows.append((n, fact.id, fact.type, fact.status, date_key(fact),
                     _to_json(fact.to_dict())))
        for ref in dict.fromkeys(fact.entities):
            by_entity[(ref, fact.type)].append(n)
        speaker = getattr(fact.value, "speaker", None)
        refs.append(("source", fact.source, n))
        if fact.derived_from:
            refs += [("fact", d, n) for d in dict.fromkeys(fact.derived_from)]
        if speaker:
            refs.append(("speaker", speaker, n))
        subject = speaker or (fact.entities[0] if fact.entities else None)
        if subject:
            by_subject[subject].append(n)
        by_type[fact.type].append(n)
        of_type = postings[fact.type]
        for term, weight in fact_terms(fact, entities, named).items():
            entry = of_type.get(term)
            if entry is None:
                entry = of_type[term] = []
            entry.append(n)
            entry.append(weight)
        if progress is not None and i % 1000 == 0:
            progress("indexing", i * total // len(facts), total)
    return {
        "count": len(facts),
        "rows": rows,
        "links": [(e, numbers[i]) for i, fact in enumerate(facts) for e in dict.fromkeys(fact.entities)],
        "tags": [(t, numbers[i]) for i, fact in enumerate(facts) for t in dict.fromkeys(fact.tags)],
        "refs": refs,
        "postings": {kind: {t: (array("I", both[0::2]).tobytes(), array("f", both[1::2]).tobytes())
                            for t, both in of_type.items()} for kind, of_type in postings.items()},
        "by_entity": {key: ns.tobytes() for key, ns in by_entity.items()},
        "by_subject": {key: ns.tobytes() for key, ns in by_subject.items()},
        "by_type": {key: ns.tobytes() for key, ns in by_type.items()},
    }


def spill(part: Part, directory: str) -> None:
    """Move a part's rows into a new SQLite file in `directory`, named in the part as "db".

    A worker's rows reach the index this way: SQLite copies them from file to file in C, where
    sending them through a pipe would cost a second each way in Python at 100,000 facts.
    """
    import tempfile

    fd, path = tempfile.mkstemp(prefix="part-", suffix=".sqlite", dir=directory)
    os.close(fd)
    try:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(_PART_TABLES)
        _insert_rows(conn, part)
        conn.commit()
        conn.close()
    except BaseException:
        os.unlink(path)
        raise
    part.update(db=path, rows=[], links=[], tags=[], refs=[])


def _insert_rows(conn: sqlite3.Connection, part: Part) -> None:
    """Insert a part's fact rows, entity links and tags into `conn`, from its spilled file and its lists."""
    if "db" in part:
        conn.commit()  # ATTACH cannot happen inside a transaction
        conn.execute("ATTACH DATABASE ? AS part", (part["db"],))
        try:
            for table in ("facts", "fact_entities", "fact_tags", "fact_refs"):
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM part.{table}")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE part")
    conn.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)", part["rows"])
    conn.executemany("INSERT INTO fact_entities VALUES (?, ?)", part["links"])
    conn.executemany("INSERT INTO fact_tags VALUES (?, ?)", part["tags"])
    conn.executemany("INSERT OR IGNORE INTO fact_refs VALUES (?, ?, ?)", part["refs"])


def discard(parts: list[Part]) -> None:
    """Remove the files of spilled parts and their directory, once the index is written."""
    for part in parts:
        if "db" in part:
            with contextlib.suppress(OSError):
                os.unlink(part["db"])
            with contextlib.suppress(OSError):
                os.rmdir(os.path.dirname(part["db"]))


def _joined(parts: list[Part], field: str) -> dict[Any, array[int]]:
    """Per key of `field`, the fact numbers of all parts in one array, in part order."""
    out: dict[Any, array[int]] = defaultdict(lambda: array("I"))
    for part in parts:  # in order, so every array stays sorted
        for key, packed in part[field].items():
            out[key].frombytes(packed)
    return out


FileRow = tuple[str, str, int, int, int, str]  # label, digest, first, room, count, defines (JSON)


def build(conn: sqlite3.Connection, sources: dict[str, Source], entities: dict[str, Entity], parts: list[Part],
          meta: dict[str, str], files: Sequence[FileRow] = ()) -> None:
    """Write a complete index into an empty database, from the parts of consecutive slices of the facts."""
    conn.executescript(_SCHEMA)
    conn.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", [(k, *row) for k, row in enumerate(files)])
    # Fact numbers per entity, per subject and per type, packed like the postings: ranking reads
    # them whole, and a 100,000-fact base has entities named in most facts.
    by_entity = _joined(parts, "by_entity")
    by_subject = _joined(parts, "by_subject")
    nfacts: dict[str, int] = defaultdict(int)
    for (ref, _), ns in by_entity.items():
        nfacts[ref] += len(ns)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [*meta.items(), ("schema", SCHEMA_VERSION)])
    conn.executemany("INSERT INTO sources VALUES (?, ?)",
                     [(s.id, json.dumps(s.to_dict(), ensure_ascii=False)) for s in sources.values()])
    conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", [
        (e.id, e.kind, json.dumps(e.to_dict(), ensure_ascii=False), nfacts[e.id], by_subject[e.id].tobytes())
        for e in entities.values()])
    conn.executemany("INSERT INTO entity_facts VALUES (?, ?, ?)",
                     [(e, t, ns.tobytes()) for (e, t), ns in by_entity.items()])
    conn.executemany("INSERT INTO types VALUES (?, ?)",
                     [(t, ns.tobytes()) for t, ns in _joined(parts, "by_type").items()])
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", [
        (name_key(n), e.id) for e in entities.values() for n in (*e.all_names(), e.id.replace("-", " "))])
    postings: dict[tuple[str, str], tuple[array[int], array[float]]] = {}
    for part in parts:
        _insert_rows(conn, part)
        for kind, of_type in part["postings"].items():
            for term, (ns_bytes, ws_bytes) in of_type.items():
                entry = postings.get((term, kind))
                if entry is None:
                    entry = postings[(term, kind)] = (array("I"), array("f"))
                entry[0].frombytes(ns_bytes)
                entry[1].frombytes(ws_bytes)
    df: dict[str, int] = defaultdict(int)
    for (term, _), (ns, _) in postings.items():
        df[term] += len(ns)
    conn.executemany("INSERT INTO vocab VALUES (?, ?, ?)", [(t, c, len(t)) for t, c in df.items()])
    conn.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)",
                     [(t, kind, ns.tobytes(), ws.tobytes()) for (t, kind), (ns, ws) in postings.items()])
    conn.commit()


def index_facts(facts: list[Fact], numbers: Sequence[int], entities: dict[str, Entity],
                progress: Callable[[str, int, int], None] | None = None) -> list[Part]:
    """The parts of validated facts, the second half worked out on another core when that pays."""
    return in_two(lambda start, stop: index_part(facts[start:stop], numbers[start:stop], entities,
                                                 progress if start == 0 else None, len(facts)), len(facts))

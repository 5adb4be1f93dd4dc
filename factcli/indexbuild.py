"""Building the search index: the SQLite schema, the terms of each fact and their weights.

index.py reads what this writes; the two share the schema version that keys the cache.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable

from .index import name_key
from .model import Entity, Fact, FactSet, value_to_dict
from .textnorm import terms

SCHEMA_VERSION = "8"

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources(id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE entities(id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL, nfacts INTEGER NOT NULL,
                      subject_of BLOB NOT NULL);
CREATE TABLE entity_facts(entity TEXT NOT NULL, type TEXT NOT NULL, facts BLOB NOT NULL,
                          PRIMARY KEY(entity, type)) WITHOUT ROWID;
CREATE TABLE types(type TEXT PRIMARY KEY, facts BLOB NOT NULL);
CREATE TABLE names(name TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY(name, entity)) WITHOUT ROWID;
CREATE TABLE facts(n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
                   date TEXT, data TEXT NOT NULL);
CREATE TABLE fact_entities(entity TEXT NOT NULL, fact INTEGER NOT NULL, PRIMARY KEY(entity, fact)) WITHOUT ROWID;
CREATE TABLE fact_tags(tag TEXT NOT NULL, fact INTEGER NOT NULL, PRIMARY KEY(tag, fact)) WITHOUT ROWID;
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


def _value_texts(fact: Fact) -> list[str]:
    out: list[str] = []

    def walk(obj: object) -> None:
        if isinstance(obj, str):
            out.append(obj)
        elif isinstance(obj, dict):
            for key, item in obj.items():
                if key not in ("lang", "qualifier", "speaker"):
                    walk(item)
    walk(value_to_dict(fact.value))
    return out


def entity_terms(entity: Entity) -> frozenset[str]:
    """The index terms of all of an entity's names and aliases."""
    return frozenset(t for name in entity.all_names() for t in terms(name))


def fact_terms(fact: Fact, entities: dict[str, Entity],
               named: dict[str, frozenset[str]] | None = None) -> dict[str, float]:
    """Each stemmed term of a fact with the weight of the strongest field it occurs in.

    `named` caches entity_terms() per entity id across the facts of one build.
    """
    fields: dict[str, list[float]] = defaultdict(list)

    def add_terms(found: Iterable[str], weight: float) -> None:
        for term in set(found):
            fields[term].append(weight)

    def add(texts: Iterable[str], weight: float) -> None:
        add_terms((t for text in texts for t in terms(text)), weight)

    add(_value_texts(fact), W_VALUE)
    refs = list(fact.entities)
    speaker = getattr(fact.value, "speaker", None)
    if speaker:
        refs.append(speaker)
    cache = {} if named is None else named
    for ref in refs:
        if ref in entities and ref not in cache:
            cache[ref] = entity_terms(entities[ref])
    add_terms((t for ref in refs if ref in cache for t in cache[ref]), W_ENTITY)
    add((fact.statement.it, fact.statement.en), W_STATEMENT)
    add((t.replace("-", " ") for t in fact.tags), W_TAG)
    add([fact.id.replace("-", " ")], W_ID)
    # The strongest field counts in full; each further field where the term recurs adds a little.
    return {t: max(ws) + 0.3 * (sum(ws) - max(ws)) for t, ws in fields.items()}


def build(conn: sqlite3.Connection, factset: FactSet, meta: dict[str, str],
          progress: Callable[[str, int, int], None] | None = None) -> None:
    """Write a complete index of `factset` into an empty database."""
    conn.executescript(_SCHEMA)
    # Fact numbers per entity, per subject and per type, packed like the postings: ranking reads
    # them whole, and a 100,000-fact base has entities named in most facts.
    by_entity: dict[tuple[str, str], array[int]] = defaultdict(lambda: array("I"))
    nfacts: dict[str, int] = defaultdict(int)
    by_subject: dict[str, array[int]] = defaultdict(lambda: array("I"))
    by_type: dict[str, array[int]] = defaultdict(lambda: array("I"))
    for n, fact in enumerate(factset.facts.values(), 1):
        for ref in dict.fromkeys(fact.entities):
            by_entity[(ref, fact.type)].append(n)
            nfacts[ref] += 1
        subject = getattr(fact.value, "speaker", None) or (fact.entities[0] if fact.entities else None)
        if subject:
            by_subject[subject].append(n)
        by_type[fact.type].append(n)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [*meta.items(), ("schema", SCHEMA_VERSION)])
    conn.executemany("INSERT INTO sources VALUES (?, ?)",
                     [(s.id, json.dumps(s.to_dict(), ensure_ascii=False)) for s in factset.sources.values()])
    conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", [
        (e.id, e.kind, json.dumps(e.to_dict(), ensure_ascii=False), nfacts[e.id], by_subject[e.id].tobytes())
        for e in factset.entities.values()])
    conn.executemany("INSERT INTO entity_facts VALUES (?, ?, ?)",
                     [(e, t, ns.tobytes()) for (e, t), ns in by_entity.items()])
    conn.executemany("INSERT INTO types VALUES (?, ?)", [(t, ns.tobytes()) for t, ns in by_type.items()])
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", [
        (name_key(n), e.id) for e in factset.entities.values() for n in (*e.all_names(), e.id.replace("-", " "))])
    total = len(factset.facts)
    postings: dict[tuple[str, str], tuple[array[int], array[float]]] = {}
    df: dict[str, int] = defaultdict(int)
    named: dict[str, frozenset[str]] = {}
    rows: list[tuple[int, str, str, str, str | None, str]] = []
    for n, fact in enumerate(factset.facts.values(), 1):
        rows.append((n, fact.id, fact.type, fact.status, getattr(fact.value, "date", None),
                     json.dumps(fact.to_dict(), ensure_ascii=False)))
        for term, weight in fact_terms(fact, factset.entities, named).items():
            df[term] += 1
            entry = postings.get((term, fact.type))
            if entry is None:
                entry = postings[(term, fact.type)] = (array("I"), array("f"))
            entry[0].append(n)
            entry[1].append(weight)
        if progress is not None and (n % 1000 == 0 or n == total):
            progress("indexing", n, total)
    conn.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT OR IGNORE INTO fact_entities VALUES (?, ?)",
                     [(e, n) for n, fact in enumerate(factset.facts.values(), 1) for e in fact.entities])
    conn.executemany("INSERT OR IGNORE INTO fact_tags VALUES (?, ?)",
                     [(t, n) for n, fact in enumerate(factset.facts.values(), 1) for t in fact.tags])
    conn.executemany("INSERT INTO vocab VALUES (?, ?, ?)", [(t, c, len(t)) for t, c in df.items()])
    conn.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)", [
        (t, kind, ns.tobytes(), ws.tobytes()) for (t, kind), (ns, ws) in postings.items()])
    conn.commit()

"""Reading the search index: one SQLite database per fact base (write.py writes it).

It holds the facts as JSON (never pickle: a cache file may be planted), the
entity names, and an inverted index of stemmed terms with field weights. Every
query command and `ask` read through it, so there is one matching machinery.
"""

from __future__ import annotations

import heapq
import json
import math
import sqlite3
from array import array
from collections.abc import Iterable, Sequence

from factcli.core.model import Entity, Fact, Source
from factcli.core.numbers import NUMBER_VALUES
from factcli.core.struct import record
from factcli.core.text import STOPWORDS, edit_distance, irregular_stems, other_stems, stem, typo_budget, words
from factcli.index.lemmas import in_dictionary, lemma_stems

# Prefixes that negate a word: "legal" is a likely (still guessed) match for "illegal".
_NEGATIONS = ("il", "in", "im", "ir", "un", "non", "dis")
# How many first letters a word of either language shares with another word it may be a slip for.
_RELATIVE_PREFIX = 3


def name_key(name: str) -> str:
    """The lookup form of an entity name: folded words joined by single spaces."""
    return " ".join(words(name))


@record
class TermMatch:
    """A query word and the index terms it matched, each with a quality in (0, 1]."""

    word: str
    term: str
    matches: tuple[tuple[str, float], ...]

    @property
    def known(self) -> bool:
        """Whether the word matched any index term."""
        return bool(self.matches)


class Hit:
    """A fact that matched a query, with how well.

    A plain slotted class: ranking makes one per matching fact, tens of thousands at scale.
    """

    __slots__ = ("matched", "n", "score")

    def __init__(self, n: int, score: float, matched: set[str]) -> None:
        self.n = n
        self.score = score
        self.matched = matched

    def __repr__(self) -> str:
        return f"Hit(n={self.n}, score={self.score:.3f}, matched={sorted(self.matched)})"


class Index:
    """Read access to a built index."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._total: int | None = None
        self._entities: dict[str, Entity] = {}
        self._sources: dict[str, Source] = {}
        # Where the table of lemmas lives (index/lemmas.py): the cache directory, or None for one in memory.
        self.lemma_dir: str | None = None

    @property
    def total(self) -> int:
        """How many facts the index holds."""
        if self._total is None:
            self._total = int(self.conn.execute("SELECT count(*) FROM facts").fetchone()[0])
        return self._total

    def meta(self) -> dict[str, str]:
        """The index's metadata: cache key, schema, fact count and program version."""
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    # -- records -----------------------------------------------------------
    def facts(self, ns: Sequence[int]) -> list[Fact]:
        """Facts by row number, in the order asked."""
        rows: dict[int, str] = {}
        for start in range(0, len(ns), 500):
            chunk = list(ns[start:start + 500])
            marks = ",".join("?" * len(chunk))
            rows.update(self.conn.execute(f"SELECT n, data FROM facts WHERE n IN ({marks})", chunk).fetchall())
        return [Fact.from_dict(json.loads(rows[n])) for n in ns if n in rows]

    def fact_numbers(self, ids: Sequence[str]) -> dict[str, int]:
        """The row number of each of these fact ids that the index holds."""
        out: dict[str, int] = {}
        for ident in ids:
            row = self.conn.execute("SELECT n FROM facts WHERE id = ?", (ident,)).fetchone()
            if row:
                out[ident] = int(row[0])
        return out

    def entity(self, ident: str) -> Entity | None:
        """The entity with this id, or None."""
        if ident not in self._entities:
            row = self.conn.execute("SELECT data FROM entities WHERE id = ?", (ident,)).fetchone()
            if row is None:
                return None
            self._entities[ident] = Entity.from_dict(json.loads(row[0]))
        return self._entities[ident]

    def entity_counts(self) -> list[tuple[str, int]]:
        """Every entity id with how many facts name it, most first, ties by id."""
        return [(str(i), int(c)) for i, c in self.conn.execute("SELECT id, nfacts FROM entities ORDER BY nfacts DESC, id")]

    def source(self, ident: str) -> Source | None:
        """The source with this id, or None."""
        if ident not in self._sources:
            row = self.conn.execute("SELECT data FROM sources WHERE id = ?", (ident,)).fetchone()
            if row is None:
                return None
            self._sources[ident] = Source.from_dict(json.loads(row[0]))
        return self._sources[ident]

    def sources(self) -> list[Source]:
        """Every source, by id."""
        return [Source.from_dict(json.loads(d)) for (d,) in self.conn.execute("SELECT data FROM sources ORDER BY id")]

    # -- filtering ---------------------------------------------------------
    def select(self, *, types: Sequence[str] = (), entities: Sequence[str] = (), tags: Sequence[str] = (),
               since: str | None = None, until: str | None = None, by_date: bool = False) -> list[int]:
        """Row numbers of facts passing every filter, in file order (or date order)."""
        where: list[str] = []
        args: list[object] = []
        if types:
            where.append(f"type IN ({','.join('?' * len(types))})")
            args += types
        if entities:
            where.append(f"n IN (SELECT fact FROM fact_entities WHERE entity IN ({','.join('?' * len(entities))}))")
            args += entities
        for tag in tags:
            where.append("n IN (SELECT fact FROM fact_tags WHERE tag = ?)")
            args.append(tag)
        if since:
            # A date at lower precision counts when its span reaches the bound.
            where.append("date IS NOT NULL AND date >= substr(?, 1, length(date))")
            args.append(since)
        if until:
            where.append("date IS NOT NULL AND substr(date, 1, length(?)) <= ?")
            args += [until, until]
        sql = "SELECT n FROM facts" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date, n" if by_date else " ORDER BY n"
        return [int(n) for (n,) in self.conn.execute(sql, args)]

    def _packed(self, sql: str, arg: str) -> array[int]:
        """The fact numbers packed in the one blob `sql` selects for `arg`; empty when there is none."""
        out = array("I")
        row = self.conn.execute(sql, (arg,)).fetchone()
        if row:
            out.frombytes(row[0])
        return out

    def about(self, subject: str) -> array[int]:
        """Facts whose subject is this entity: the speaker of a quote, else the first entity listed."""
        return self._packed("SELECT subject_of FROM entities WHERE id = ?", subject)

    def naming(self, entity: str, types: Sequence[str] = ()) -> array[int]:
        """Facts that list this entity (of these types only, when given)."""
        out: array[int] = array("I")
        for (blob,) in self.conn.execute(*_by_type("SELECT facts FROM entity_facts WHERE entity = ?", entity, types)):
            out.frombytes(blob)
        return out

    def of_types(self, types: Sequence[str]) -> set[int]:
        """Facts of any of these types."""
        out: set[int] = set()
        for t in types:
            out.update(self._packed("SELECT facts FROM types WHERE type = ?", t))
        return out

    # -- names -------------------------------------------------------------
    def entities_named(self, text: str) -> list[str]:
        """Entities whose name or alias is `text`, or, failing that, contains all its words."""
        key = name_key(text)
        if not key:
            return []
        exact = [str(e) for (e,) in self.conn.execute("SELECT entity FROM names WHERE name = ?", (key,))]
        if exact:
            return sorted(set(exact))
        found: set[str] = set()
        wanted = key.split()
        for name, ent in self.conn.execute("SELECT name, entity FROM names WHERE name LIKE ?", (f"%{wanted[0]}%",)):
            if all(w in name.split() for w in wanted):
                found.add(str(ent))
        return sorted(found)

    def names(self) -> list[tuple[str, str]]:
        """Every (folded name or alias, entity id) pair."""
        return [(str(a), str(b)) for a, b in self.conn.execute("SELECT name, entity FROM names")]

    # -- terms -------------------------------------------------------------
    def has_term(self, term: str) -> bool:
        """Whether `term` is in the index's vocabulary."""
        return self.conn.execute("SELECT 1 FROM vocab WHERE term = ?", (term,)).fetchone() is not None

    def match_word(self, word: str) -> TermMatch:
        """The index terms a query word matches: exactly, by prefix, or within its typo budget."""
        term = stem(word)
        if self.has_term(term):
            # Another form of an irregular verb says the same ("morto" and "morì"), a little less surely.
            forms = tuple((t, 0.9) for t in irregular_stems(word) if self.has_term(t))
            return TermMatch(word, term, ((term, 1.0), *forms))
        if word in NUMBER_VALUES:
            return TermMatch(word, term, ())  # a number is no slip of another word ("four" is not "fourth")
        # The budget follows the stem: "helping" (stem "help") may not stretch to "held".
        budget = min(typo_budget(word), typo_budget(term))
        # Another form of the word's lemma ("write" of "wrote"): as sure as a one-letter slip. (Only for a word no fact
        # uses as it is: for one they use, the forms moved more answers to wrong facts than to right ones.)
        found: dict[str, float] = {t: 0.8 for t in lemma_stems(word, self.lemma_dir) if self.has_term(t)}
        found.update({t: 0.9 for t in (*other_stems(word), *irregular_stems(word)) if self.has_term(t)})
        if len(term) >= 4:
            # A known word behind a negating prefix (legal in illegal, known in unknown): likely, still a guess.
            # (Behind "in-" and its forms a short stem is mostly another word: "torn" in "intorno", "form" in
            # "informa".)
            prefixes = [p for p in _NEGATIONS if len(term) >= 5 or p not in ("il", "in", "im", "ir")]
            sql = "SELECT term FROM vocab WHERE term IN (" + ",".join("?" * len(prefixes)) + ")"
            for cand, in self.conn.execute(sql, [p + term for p in prefixes]):
                found[cand] = 0.85
        # A word of either language is no slip for another word, only for another form of itself ("cost" is
        # not "coast", "mayor" not "major"; "comandava" may be "comandante").
        real = bool(budget) and in_dictionary(word, self.lemma_dir)
        if budget:
            # A slip keeps the first letter: "created" is no slip for "great", "breach" none for "reach".
            for cand, in self.conn.execute(
                    "SELECT term FROM vocab WHERE len BETWEEN ? AND ? AND substr(term, 1, 1) = ?",
                    (len(term) - budget, len(term) + budget, term[0])):
                dist = min(edit_distance(term, cand, budget), edit_distance(word, cand, budget))
                if dist <= budget and (not real or cand[:_RELATIVE_PREFIX] == term[:_RELATIVE_PREFIX]):
                    found[cand] = max(found.get(cand, 0.0), 0.8 - 0.15 * (dist - 1))
        if not budget and len(word) == 4 and word.isalpha():
            # A short word gets no typo budget, but a double letter typed once ("lota") is a safe guess.
            doubled = {stem(word[:i + 1] + word[i:]) for i in range(1, len(word))}
            sql = "SELECT term FROM vocab WHERE term IN (" + ",".join("?" * len(doubled)) + ")"
            for cand, in self.conn.execute(sql, sorted(doubled)):
                found[cand] = 0.7
            if not in_dictionary(word, self.lemma_dir):
                # Nor a word of either language: a letter left out ("deth") is a likely slip of the one it leaves.
                for cand, in self.conn.execute("SELECT term FROM vocab WHERE len = 5 AND substr(term, 1, 1) = ?",
                                               (word[0],)):
                    if any(cand[:i] + cand[i + 1:] == word for i in range(1, 5)):
                        found[cand] = max(found.get(cand, 0.0), 0.7)
        if not found and len(term) >= 4:
            for cand, in self.conn.execute("SELECT term FROM vocab WHERE term > ? AND term < ? LIMIT 20",
                                           (term, term + "\uffff")):
                found[cand] = 0.6
        best = sorted(found.items(), key=lambda kv: -kv[1])[:5]
        return TermMatch(word, term, tuple(best))

    def postings(self, term: str, types: Sequence[str] = ()) -> tuple[array[int], array[float]]:
        """The facts a term occurs in (of these types only, when given) and its weight in each."""
        numbers: array[int] = array("I")
        weights: array[float] = array("f")
        for facts, ws in self.conn.execute(*_by_type("SELECT facts, weights FROM postings WHERE term = ?", term, types)):
            numbers.frombytes(facts)
            weights.frombytes(ws)
        return numbers, weights

    def score(self, matches: Sequence[TermMatch], candidates: set[int] | None = None,
              types: Sequence[str] = ()) -> list[Hit]:
        """Score facts by the idf-weighted, field-weighted terms they share with the query (unsorted).

        `types` narrows what is read; `candidates`, when given, narrows further.
        """
        scores: dict[int, float] = {}
        matched: dict[int, set[str]] = {}
        total = max(self.total, 1)
        for tm in matches:
            # A word counts once per fact, through its best-scoring match.
            gains: dict[int, float] = {}
            for term, quality in tm.matches:
                row = self.conn.execute("SELECT df FROM vocab WHERE term = ?", (term,)).fetchone()
                if not row:
                    continue
                factor = math.log(1 + total / int(row[0])) * quality
                posting = dict(zip(*self.postings(term, types)))
                if candidates is not None:
                    # Keep only candidates, walking whichever side is smaller (C does the set work).
                    keep = candidates.intersection(posting) if len(candidates) < len(posting) else \
                        [n for n in posting if n in candidates]
                    posting = {n: posting[n] for n in keep}
                if not gains:
                    gains = {n: w * factor for n, w in posting.items()}
                    continue
                for n, w in posting.items():
                    if gains.get(n, 0.0) < w * factor:
                        gains[n] = w * factor
            for n, g in gains.items():
                if n in scores:
                    scores[n] += g
                    matched[n].add(tm.word)
                else:
                    scores[n] = g
                    matched[n] = {tm.word}
        # Hits are returned in fact order; callers rank them once, after their own bonuses.
        return [Hit(n, score, matched[n]) for n, score in scores.items()]


def _by_type(sql: str, key: str, types: Sequence[str]) -> tuple[str, list[str]]:
    """Add a fact-type restriction to a query on one key."""
    if not types:
        return sql, [key]
    return f"{sql} AND type IN ({','.join('?' * len(types))})", [key, *types]


def best_first(hits: Iterable[Hit], limit: int | None = None) -> list[Hit]:
    """Hits by falling score, ties in file order; only the first `limit` when given (a heap, not a sort)."""
    def key(h: Hit) -> tuple[float, int]:
        """Higher score first, then file order."""
        return (-h.score, h.n)

    return sorted(hits, key=key) if limit is None else heapq.nsmallest(limit, hits, key=key)


def query_words(text: str) -> list[str]:
    """The content words of a query, in order, without stopwords or duplicates."""
    return list(dict.fromkeys(w for w in words(text) if w not in STOPWORDS))


__all__ = ["Hit", "Index", "TermMatch", "best_first", "name_key", "query_words"]

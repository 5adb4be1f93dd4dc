"""The library API and the service behind every command: load, query, answer.

    >>> from factcli import FactBase
    >>> fb = FactBase.load("city.yaml")      # validated and indexed, through the cache
    >>> fb.when("bridge").hits[0].fact.value.date
    '1998'
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from factcli.core.errors import DEFAULT_MAX_ERRORS, UsageError
from factcli.core.model import FACT_TYPES, Entity, Fact, Lang, Source
from factcli.core.results import AskResult, EntitiesResult, EntityRow, FactHit, FactsResult, StatsResult
from factcli.core.text import STOPWORDS, words
from factcli.index.rank import entities_in, fact_hits, named_with_slips, rank
from factcli.index.read import Index
from factcli.index.summary import all_ids, grouped_counts
from factcli.load.open import Loaded, Progress, open_index
from factcli.load.safe_read import DEFAULT_MAX_BYTES


class FactBase:
    """A validated, indexed fact base, ready to query."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.index: Index = loaded.index

    @classmethod
    def load(cls, files: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] = (), *, cache_dir: str | os.PathLike[str] | None = None,
             use_cache: bool = True, max_bytes: int = DEFAULT_MAX_BYTES,
             progress: Progress | None = None, max_errors: int = DEFAULT_MAX_ERRORS) -> FactBase:
        """Load fact files (default: FACTCLI_FILE, else the bundled facts), validated and indexed.

        `files` is one path (a string or a Path) or a sequence of them. Raises FactFileError listing the
        problems when a file is invalid, with their line and column: at most `max_errors` of them (0: all).
        """
        if isinstance(files, str | os.PathLike):
            files = [files]
        loaded = open_index([os.fspath(f) for f in files], cache_dir=os.fspath(cache_dir) if cache_dir else None,
                            use_cache=use_cache, max_bytes=max_bytes, progress=progress, max_errors=max_errors)
        return cls(loaded)

    # -- lookups used by renderers -------------------------------------------
    def entity(self, ident: str) -> Entity | None:
        """The entity with this id, if any."""
        return self.index.entity(ident)

    def source(self, ident: str) -> Source | None:
        """The source with this id, if any."""
        return self.index.source(ident)

    def fact(self, ident: str) -> Fact | None:
        """The fact with this id, if any."""
        found = self.index.fact_numbers([ident])
        return self.index.facts([found[ident]])[0] if found else None

    # -- commands --------------------------------------------------------------
    def show(self, ids: Sequence[str], lang: Lang = "en") -> FactsResult:
        """Facts by id, in the order given; unknown ids are left out."""
        numbers = self.index.fact_numbers(ids)
        facts = self.index.facts([numbers[i] for i in ids if i in numbers])
        missing = [i for i in ids if i not in numbers]
        note = "no fact with id " + ", ".join(repr(m) for m in missing) if missing else "no matching fact"
        return FactsResult([FactHit(f) for f in facts], lang, "show", not_found=note)

    def similar_ids(self, ident: str) -> list[str]:
        """Fact ids close to one that names no fact, closest first: what the user probably meant."""
        import difflib

        ids = all_ids(self.index)
        close = difflib.get_close_matches(ident, ids, n=3, cutoff=0.6)
        # "show oslo": no id is close to a word, but ids made of it are ("oslo-summit-2019").
        part = ident.strip().lower()
        return close or sorted((i for i in ids if len(part) >= 3 and part in i.split("-")),
                               key=lambda i: (not i.startswith(part + "-"), i))[:3]

    def resolve_entities(self, name: str) -> list[str]:
        """Entity ids a name or alias refers to (case-, accent- and typo-tolerant). Every word of the name
        must be part of an entity's name: "Ada Neri" is not Ada Rossi, though "Ada" alone would be."""
        exact = self.index.entities_named(name)
        if exact:
            return exact
        found = entities_in(self.index, name)
        used = {w for ws in found.values() for w in ws}
        leftover = [w for w in words(name) if w not in used and w not in STOPWORDS]
        return [] if leftover else sorted(found)

    def _entity_filter(self, entity: str | None) -> list[str] | None:
        """The entity ids a filter by name keeps: none for no filter; None where the name names no entity."""
        if entity is None:
            return []
        return self.resolve_entities(entity) or None

    def list(self, *, types: Sequence[str] = (), entity: str | None = None, tags: Sequence[str] = (),
             since: str | None = None, until: str | None = None, lang: Lang = "en",
             limit: int | None = None, by_date: bool = False, command: str = "list") -> FactsResult:
        """Facts passing every filter, in file order (or by date)."""
        for t in types:
            if t not in FACT_TYPES:
                raise UsageError(f"unknown fact type {t!r} (expected one of: {', '.join(FACT_TYPES)})")
        ents = self._entity_filter(entity)
        if ents is None:
            return FactsResult([], lang, command, not_found=f"no entity named {entity!r}")
        numbers = self.index.select(types=types, entities=ents, tags=tags, since=since, until=until, by_date=by_date)
        if limit is not None:
            numbers = numbers[:limit]
        return FactsResult([FactHit(f) for f in self.index.facts(numbers)], lang, command)

    def search(self, text: str, *, types: Sequence[str] = (), lang: Lang = "en", limit: int | None = None,
               command: str = "search") -> FactsResult:
        """Facts ranked by relevance to free text, best first."""
        ranking = rank(self.index, text, types=types, limit=limit)
        return FactsResult(fact_hits(self.index, ranking.hits), lang, command, query=text)

    def when(self, topic: str, **kw: object) -> FactsResult:
        """Date facts about a topic."""
        return self.search(topic, types=["date"], command="when", **kw)  # type: ignore[arg-type]

    def where(self, topic: str, **kw: object) -> FactsResult:
        """Location facts about a topic."""
        return self.search(topic, types=["location"], command="where", **kw)  # type: ignore[arg-type]

    def count(self, topic: str, **kw: object) -> FactsResult:
        """Count facts about a topic."""
        return self.search(topic, types=["count"], command="count", **kw)  # type: ignore[arg-type]

    def quotes(self, speaker: str | None = None, about: str | None = None, *, lang: Lang = "en",
               limit: int | None = None) -> FactsResult:
        """Quotes, by a speaker (a name or alias) and/or about a topic."""
        quotes = self.index.select(types=["quote"])
        note = "no matching quote"
        if speaker:
            ents = set(self.resolve_entities(speaker))
            if ents:
                by = [f for f in self.index.facts(quotes) if getattr(f.value, "speaker", None) in ents]
                if not about:
                    spoken = [FactHit(f) for f in by]
                    return FactsResult(spoken[:limit] if limit else spoken, lang, "quote", speaker, note)
                quotes = list(self.index.fact_numbers([f.id for f in by]).values())
            else:
                about = f"{speaker} {about or ''}".strip()  # not a speaker's name: a topic
        if about:
            ranking = rank(self.index, about, candidates=set(quotes))
            ranked = ranking.hits[:limit] if limit is not None else ranking.hits
            return FactsResult(fact_hits(self.index, ranked), lang, "quote", about, note)
        numbers = list(quotes)[:limit] if limit else list(quotes)
        return FactsResult([FactHit(f) for f in self.index.facts(numbers)], lang, "quote", "", note)

    def entities(self, name: str | None = None, *, lang: Lang = "en", limit: int | None = None) -> EntitiesResult:
        """Entities with their aliases and how many facts name them."""
        counts = self.index.entity_counts()
        if name:
            # A name typed with a slip in one of its words ("wrigth") still finds the entities it nearly names.
            wanted = set(self.resolve_entities(name) or named_with_slips(self.index, name))
            counts = [(e, c) for e, c in counts if e in wanted]
        rows = [EntityRow(ent, c) for e, c in counts if (ent := self.index.entity(e)) is not None]
        return EntitiesResult(rows[:limit] if limit else rows, lang)

    def timeline(self, topic: str | None = None, *, entity: str | None = None, tags: Sequence[str] = (),
                 since: str | None = None, until: str | None = None, lang: Lang = "en",
                 limit: int | None = None) -> FactsResult:
        """Dated facts in date order, optionally about a topic, naming an entity, with tags."""
        ents = self._entity_filter(entity)
        if ents is None:
            return FactsResult([], lang, "timeline", topic or "", not_found=f"no entity named {entity!r}")
        numbers = self.index.select(types=["date"], entities=ents, tags=tags, since=since, until=until, by_date=True)
        if topic:
            keep = {h.n for h in rank(self.index, topic, candidates=set(numbers)).hits}
            numbers = [n for n in numbers if n in keep]
        if limit:
            numbers = numbers[:limit]
        return FactsResult([FactHit(f) for f in self.index.facts(numbers)], lang, "timeline", topic or "")

    def stats(self, lang: Lang = "en", limit: int | None = None) -> StatsResult:
        """Facts per type, status, entity, tag and source; with `limit`, the first `limit` of each group."""
        counts = {group: dict(list(table.items())[:limit]) for group, table in grouped_counts(self.index).items()}
        return StatsResult(total=self.index.total, by_type=counts["type"], by_status=counts["status"],
                           by_entity=counts["entity"], by_tag=counts["tag"], by_source=counts["source"], lang=lang)

    def ask(self, question: str, lang: Lang | None = None, explain: bool = False,
            min_confidence: float | None = None) -> AskResult:
        """Answer a natural-language question with the single best fact, or abstain (answer None); with
        `min_confidence`, abstain too when the answer is less sure than that (it leads the alternatives)."""
        from factcli.ask.answer import answer

        result = answer(self.index, question, lang, explain)
        if result.answer is not None and min_confidence is not None and (result.confidence or 0.0) < min_confidence:
            result.not_found = f"no answer with a confidence of {min_confidence:g} or more (the best: " \
                               f"{result.confidence or 0.0:.2f})"
            result.alternatives = [result.answer, *result.alternatives]
            result.answer = None
            result.verdict = None if result.verdict is None else "not in the facts"
        return result

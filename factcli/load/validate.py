"""Check parsed fact files against the format and turn them into one FactSet.

Every problem is collected, never just the first, each pointing at the node it
concerns; cross-file checks (ids defined twice, references) run over the merge.
"""

from __future__ import annotations

from collections.abc import Container, KeysView
from typing import Any

from factcli.core.errors import DEFAULT_MAX_ERRORS, FactFileError
from factcli.core.model import (
    ENTITY_KINDS,
    FACT_TYPES,
    FORMAT_VERSION,
    LANGS,
    SOURCE_KINDS,
    STATUSES,
    Bilingual,
    Entity,
    Fact,
    FactSet,
    Source,
    Value,
)
from factcli.core.text import edit_distance, fold
from factcli.load.checker import NOWHERE, Checker, Mark, TooManyProblems, at, items_of, key_at, mark_of, native_fact
from factcli.load.values import check_value

_TOP = ("format", "sources", "entities", "facts", "vocabulary")
_SOURCE = ("id", "title", "language", "url", "date", "description", "outlet", "author", "kind")
_ENTITY = ("id", "kind", "names")
_ENTITY_OPTIONAL = ("stands_for",)
_FACT = ("id", "type", "value", "statement", "entities", "tags", "status", "source", "derived_from")


class _Merge:
    """What all files define so far, with where each id was first defined."""

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.entities: dict[str, Entity] = {}
        self.facts: dict[str, Fact] = {}
        self.where: dict[tuple[str, str], str] = {}
        self.refs: list[tuple[str, Mark, str, str, str]] = []  # file, mark, kind, id, context
        self.vocabulary: dict[str, tuple[str, ...]] = {}
        self.vocabulary_files: dict[str, dict[str, tuple[str, ...]]] = {}  # file -> its own vocabulary
        self.defines: dict[str, dict[str, list[str]]] = {}  # file -> kind -> the entity and source ids it defines

    def define(self, c: Checker, kind: str, ident: str, mark: Mark) -> bool:
        """Whether this is the first definition of a `kind` id (a later one is reported as a duplicate)."""
        first = self.where.get((kind, ident))
        if first is not None:
            c.err(mark, f"duplicate {kind} id {ident!r} (first defined at {first})")
            return False
        self.where[(kind, ident)] = f"{c.file}:{mark[0]}:{mark[1]}"
        if kind != "fact":
            self.defines.setdefault(c.file, {}).setdefault(kind, []).append(ident)
        return True


def _check_vocabulary(c: Checker, merge: _Merge, top: dict[str, Any]) -> None:
    """Check the optional vocabulary (a word people ask with -> words the facts use) and merge it, folded."""
    node = top.get("vocabulary")
    if node is None:
        return
    if not isinstance(node, dict):
        c.err(at(top, "vocabulary"), "vocabulary must be a mapping of a word to the words it may mean")
        return
    for word, near in node.items():
        if c.native:  # a natively parsed scalar carries a mark that says it was written as text
            word = c.clean(word)
            near = [c.clean(w) for w in near] if isinstance(near, list) else near
        if not isinstance(word, str) or not word.strip() or not isinstance(near, list) or not near or not all(
                isinstance(w, str) and w.strip() for w in near):
            c.err(at(node, str(word)) if isinstance(word, str) else at(top, "vocabulary"),
                  f"vocabulary: {word!r} must map to a non-empty list of words")
            continue
        key = fold(word).strip()
        words = tuple(fold(w).strip() for w in near)
        merge.vocabulary[key] = tuple(dict.fromkeys((*merge.vocabulary.get(key, ()), *words)))
        own = merge.vocabulary_files.setdefault(c.file, {})
        own[key] = tuple(dict.fromkeys((*own.get(key, ()), *words)))


def _check_file(c: Checker, merge: _Merge, data: Any) -> None:
    """Check a file's top-level mapping, its format and each of its sources, entities and facts."""
    top = c.mapping(data, getattr(data, "mark", (1, 1)), "the fact file", _TOP, ("format", "sources", "facts"))
    if top is None:
        return
    version = c.clean(top.get("format"))
    if version is not None and version != str(FORMAT_VERSION):
        shown = repr(version) if isinstance(version, str) else "a " + ("list" if isinstance(version, list) else "mapping")
        c.err(at(top, "format"), f"unsupported format {shown} (this factcli reads format {FORMAT_VERSION})")
    _check_vocabulary(c, merge, top)
    for section, checker in (("sources", _check_source), ("entities", _check_entity), ("facts", _check_fact)):
        items = top.get(section)
        if items is None:
            continue
        if not isinstance(items, list):
            c.err(at(top, section), f"{section} must be a list")
            continue
        for item, mark in items_of(items):
            checker(c, merge, item, mark)


def _named(kind: str, node: Any) -> str:
    """How messages name a source or entity: by its id where it has a usable one ("entity 'kim'")."""
    ident = node.get("id") if isinstance(node, dict) else None
    return f"{kind} {ident!r}" if isinstance(ident, str) and ident.strip() else kind


def _check_source(c: Checker, merge: _Merge, node: Any, mark: Mark) -> None:
    """Check one source; define its id when it is new, and the source itself when it is valid."""
    what = _named("source", node)
    m = c.mapping(node, mark, what, _SOURCE, ("id", "title", "language"))
    if m is None:
        return
    ident, title, lang = c.slug(m, "id", "source"), c.text(m, "title", what), c.text(m, "language", what)
    date = c.date(m, "date", what) if m.get("date") is not None else None
    url = c.text(m, "url", what)
    desc = c.text(m, "description", what, required=False)
    outlet, author = c.text(m, "outlet", what), c.text(m, "author", what)
    kind = c.choice(m, "kind", what, SOURCE_KINDS) if m.get("kind") is not None else None
    # An invalid source's id is still defined, so facts citing it get no follow-on error each.
    if ident and merge.define(c, "source", ident, at(m, "id")) and title and lang:
        merge.sources[ident] = Source(ident, title, lang, url, date, desc, outlet, author, kind)


def _check_entity(c: Checker, merge: _Merge, node: Any, mark: Mark) -> None:
    """Check one entity; define its id when it is new, and the entity itself when it is valid."""
    what = _named("entity", node)
    m = c.mapping(node, mark, what, _ENTITY + _ENTITY_OPTIONAL, _ENTITY)
    if m is None:
        return
    ident, kind = c.slug(m, "id", "entity"), c.choice(m, "kind", what, ENTITY_KINDS)
    names: dict[str, tuple[str, ...]] = {}
    if m.get("names") is not None:
        nm = c.mapping(m["names"], at(m, "names"), f"{what}.names", LANGS, ())
        for code in LANGS if nm is not None else ():
            if nm is None or nm.get(code) is None:
                continue
            lst = nm[code]
            if isinstance(lst, list):
                lst = [c.clean(x) for x in lst]
            if not isinstance(lst, list) or not lst or not all(isinstance(x, str) and x.strip() for x in lst):
                c.err(at(nm, code), f"{what}.names.{code} must be a non-empty list of names")
                continue
            names[code] = tuple(lst)
        if nm is not None and not names:
            c.err(at(m, "names"), f"{what}.names needs at least one name in 'it' or 'en'")
    stands_for = _stands_for(c, merge, m, ident)
    # An invalid entity's id is still defined, so facts naming it get no follow-on error each.
    if ident and merge.define(c, "entity", ident, at(m, "id")) and kind and names:
        merge.entities[ident] = Entity(ident, kind, names, stands_for)


def _stands_for(c: Checker, merge: _Merge, m: Any, ident: str | None) -> tuple[str, ...]:
    """The entities an entity's names may mean too: a list of entity ids, each checked like a fact's."""
    if m.get("stands_for") is None:
        return ()
    lst = m["stands_for"]
    if isinstance(lst, list):
        lst = [c.clean(x) for x in lst]
    if not isinstance(lst, list) or not all(isinstance(x, str) and x for x in lst):
        c.err(at(m, "stands_for"), f"entity {ident!r}: stands_for must be a list of entity ids")
        return ()
    for ref in lst:
        merge.refs.append((c.file, at(m, "stands_for"), "entity", ref, f"entity {ident!r}"))
    return tuple(lst)


def _check_fact(c: Checker, merge: _Merge, node: Any, mark: Mark) -> None:
    """Check one fact and note what it refers to; define it when it is complete and its id is new."""
    plain = native_fact(node) if c.native else None
    if plain is not None and _plain_fact(c, merge, *plain):
        return
    # Named by its id, when it has one, in every message, the missing fields' too.
    given = c.clean(node.get("id")) if isinstance(node, dict) else None
    named = f"fact {given!r}" if isinstance(given, str) and given.strip() else "fact"
    m = c.mapping(node, mark, named, _FACT, ("id", "type", "value", "statement", "status", "source"))
    if m is None:
        return
    ident = c.slug(m, "id", "fact")
    what = f"fact {ident!r}" if ident else "fact"
    kind = c.choice(m, "type", what, FACT_TYPES)
    status = c.choice(m, "status", what, STATUSES)
    statement = c.bilingual(m, "statement", what)
    value: Value | None = None
    refs: list[tuple[str, Mark]] = []
    if kind and m.get("value") is not None:
        value, refs = check_value(c, kind, m["value"], at(m, "value"), f"{what}.value")
    entities = c.slug_list(m, "entities", what)
    tags = c.slug_list(m, "tags", what)
    derived = c.slug_list(m, "derived_from", what)
    source_id = excerpt = None
    if m.get("source") is not None:
        sm = c.mapping(m["source"], at(m, "source"), f"{what}.source", ("id", "excerpt"), ("id", "excerpt"))
        if sm is not None:
            source_id, excerpt = c.slug(sm, "id", f"{what}.source"), c.text(sm, "excerpt", f"{what}.source")
            if source_id:
                merge.refs.append((c.file, at(sm, "id"), "source", source_id, what))
    if status == "inferred" and not derived:
        c.err(mark_of(m), f"{what} is inferred, so it must name the facts it derives from in 'derived_from'")
    if status == "stated" and derived:
        c.err(key_at(m, "derived_from"), f"{what} is stated; only an inferred fact has 'derived_from'")
    for ref_id, ref_mark in derived:
        if ref_id == ident:
            c.err(ref_mark, f"{what} cannot derive from itself")
        merge.refs.append((c.file, ref_mark, "fact", ref_id, what))
    for ref_id, ref_mark in entities + refs:
        merge.refs.append((c.file, ref_mark, "entity", ref_id, what))
    complete = ident and kind and status and statement and value and source_id and excerpt
    if complete and merge.define(c, "fact", ident, at(m, "id")):  # type: ignore[arg-type]
        merge.facts[ident] = Fact(  # type: ignore[index]
            ident, kind, value, statement,  # type: ignore[arg-type]
            tuple(dict.fromkeys(e for e, _ in entities)), tuple(dict.fromkeys(t for t, _ in tags)),
            status, source_id, excerpt, tuple(d for d, _ in derived),  # type: ignore[arg-type]
        )
    elif ident and not complete:
        merge.define(c, "fact", ident, at(m, "id"))


def _plain_fact(c: Checker, merge: _Merge, ident: str, kind: str, status: str, statement: Bilingual, value_node: Any,
                entities: list[str], tags: list[str], derived: list[str], source_id: str, excerpt: str) -> bool:
    """_check_fact for a natively parsed fact read in the plain shape (checker.native_fact): the same references
    and definition, with no position to note (there is none) nor message made; False, having changed nothing,
    when it is not valid after all (the general way then reads it again and reports it)."""
    what = f"fact {ident!r}"
    value, refs = check_value(c, kind, value_node, NOWHERE, f"{what}.value")  # (natively, a problem raises)
    if value is None or (status == "inferred") != bool(derived) or ident in derived or ("fact", ident) in merge.where:
        return False
    file = c.file
    merge.refs += [(file, NOWHERE, "source", source_id, what), *((file, NOWHERE, "fact", d, what) for d in derived),
                   *((file, NOWHERE, "entity", e, what) for e in entities), *((file, m, "entity", e, what) for e, m in refs)]
    merge.define(c, "fact", ident, NOWHERE)
    merge.facts[ident] = Fact(ident, kind, value, statement, tuple(dict.fromkeys(entities)), tuple(dict.fromkeys(tags)),
                              status, source_id, excerpt, tuple(derived))
    return True


_SUGGESTIONS = 200  # the most unknown ids given a "did you mean" (each costs a pass over the known ids)


def _check_refs(c: Checker, merge: _Merge) -> None:
    """Report every reference to a source, entity or fact that no file defines, with the nearest known id."""
    import difflib

    known: dict[str, list[str]] = {}
    suggested = 0
    for file, mark, kind, ident, context in merge.refs:
        if (kind, ident) not in merge.where:
            c.file = file
            hint = ""
            if suggested < _SUGGESTIONS:
                suggested += 1
                if kind not in known:
                    known[kind] = [i for k, i in merge.where if k == kind]
                near = difflib.get_close_matches(ident, known[kind], n=1, cutoff=0.6) or [
                    # A short id is near with one slip ("wq" for "wp"), which the ratio above scores too low.
                    i for i in known[kind] if len(ident) <= 4 and edit_distance(ident, i, 1) <= 1][:1]
                hint = f" (did you mean {near[0]!r}?)" if near else ""
            c.err(mark, f"{context} refers to unknown {kind} {ident!r}{hint}")


class Validation:
    """Validation fed as files are parsed: facts one by one as the parser finishes each
    (so a large file's parsed tree never exists whole), the rest of each file after it."""

    def __init__(self, limit: int = 0) -> None:
        self.c = Checker()
        self.c.limit = limit  # TooManyProblems at this many problems (0: never)
        self.merge = _Merge()
        self.labels: list[str] = []

    def start_file(self, label: str, native: bool = False) -> None:
        """Begin a file; `native` when the native parser read it (see Checker.clean)."""
        self.c.file = label
        self.c.native = native
        self.labels.append(label)

    def fact(self, node: Any, mark: Mark) -> None:
        """Check one item of the current file's top-level `facts` list."""
        _check_fact(self.c, self.merge, node, mark)

    def rest_of_file(self, data: Any) -> None:
        """Check the current file's parsed tree (its facts list is empty when they were streamed)."""
        _check_file(self.c, self.merge, data)

    # What the native build asks while it checks facts on two cores, without reaching into the merge.
    @property
    def sources(self) -> dict[str, Source]:
        """The sources defined so far."""
        return self.merge.sources

    @property
    def vocabulary(self) -> dict[str, tuple[str, ...]]:
        """The vocabulary merged so far."""
        return self.merge.vocabulary

    @property
    def vocabulary_files(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Each file's own vocabulary, by file."""
        return self.merge.vocabulary_files

    @property
    def entities(self) -> dict[str, Entity]:
        """The entities defined so far."""
        return self.merge.entities

    def has_problems(self) -> bool:
        """Whether any problem was found so far."""
        return bool(self.c.diags)

    def fact_count(self) -> int:
        """How many facts are defined so far."""
        return len(self.merge.facts)

    def facts_from(self, start: int) -> list[Fact]:
        """The facts defined after the first `start`."""
        return list(self.merge.facts.values())[start:]

    def defines(self, label: str) -> dict[str, list[str]]:
        """The entity and source ids the file `label` defines, by kind."""
        return self.merge.defines.get(label, {})

    def ref_count(self) -> int:
        """How many references were noted so far."""
        return len(self.merge.refs)

    def refs_resolved(self, start: int = 0, fact_ids: Container[Any] | None = None) -> bool:
        """Whether every reference noted after the first `start` names something defined (a fact: one of
        `fact_ids` when given, for facts still to be checked elsewhere)."""
        where = self.merge.where
        return all((ident in fact_ids) if kind == "fact" and fact_ids is not None else (kind, ident) in where
                   for _file, _mark, kind, ident, _context in self.merge.refs[start:])

    def fact_ids_and_refs(self) -> tuple[KeysView[str], set[str]]:
        """The ids of the facts defined so far, and the fact ids that references name."""
        return self.merge.facts.keys(), {ident for _f, _m, kind, ident, _c in self.merge.refs if kind == "fact"}

    def drop_facts(self) -> None:
        """Let go of the facts, references and definitions noted (once they are indexed): the sources, entities
        and vocabularies stay."""
        m = self.merge
        m.facts, m.refs, m.where = {}, [], {key: where for key, where in m.where.items() if key[0] != "fact"}

    def finish(self) -> FactSet:
        """Check references across all files; raise FactFileError listing every problem (up to the limit)."""
        try:
            _check_refs(self.c, self.merge)
        except TooManyProblems:
            raise FactFileError(self.c.diags, more=True) from None
        if self.c.diags:
            raise FactFileError(self.c.diags)
        m = self.merge
        return FactSet(m.sources, m.entities, m.facts, tuple(self.labels), m.vocabulary, m.vocabulary_files)


def validate(documents: list[tuple[str, Any]]) -> FactSet:
    """Validate parsed documents (label, data) together; raise FactFileError listing every problem."""
    v = Validation(DEFAULT_MAX_ERRORS)
    try:
        for label, data in documents:
            v.start_file(label)
            v.rest_of_file(data)
    except TooManyProblems:
        raise FactFileError(v.c.diags, more=True) from None
    return v.finish()

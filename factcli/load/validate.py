"""Check parsed fact files against the format and turn them into one FactSet.

Every problem is collected, never just the first, each pointing at the node it
concerns; cross-file checks (ids defined twice, references) run over the merge.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from factcli.core.errors import Diagnostic, FactFileError
from factcli.core.model import (
    ENTITY_KINDS,
    FACT_TYPES,
    FORMAT_VERSION,
    LANGS,
    QUALIFIERS,
    STATUSES,
    Bilingual,
    CountValue,
    DateValue,
    Entity,
    EventValue,
    Fact,
    FactSet,
    LocationValue,
    QuoteValue,
    Source,
    Value,
)

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_LANG = re.compile(r"^[a-z]{2,3}$")

_TOP = ("format", "sources", "entities", "facts")
_SOURCE = ("id", "title", "language", "url", "date", "description")
_ENTITY = ("id", "kind", "names")
_FACT = ("id", "type", "value", "statement", "entities", "tags", "status", "source", "derived_from")
_VALUE_FIELDS = {
    "date": ("date", "qualifier"),
    "location": ("place", "region", "country"),
    "count": ("number", "unit", "counted"),
    "quote": ("text", "lang", "speaker", "to", "when", "translation"),
    "event": ("name",),
}
_VALUE_REQUIRED = {
    "date": ("date",), "location": ("place",), "count": ("number", "unit"),
    "quote": ("text", "lang", "speaker"), "event": ("name",),
}

Mark = tuple[int, int]
_NOWHERE: Mark = (0, 0)


# The positioned reader gives YMap/YList, which carry marks; the native one (fastyaml.py)
# gives plain dicts and lists, whose problems are reported again by the positioned reader.
def _mark(node: Any) -> Mark:
    """Where a node starts, or (0, 0) when the reader gave no positions."""
    return getattr(node, "mark", _NOWHERE)


def _at(m: dict[str, Any], key: str) -> Mark:
    """Where the value of `key` is, or (0, 0) when the reader gave no positions."""
    marks = getattr(m, "value_marks", None)
    return marks[key] if marks is not None else _NOWHERE


def _key_at(m: dict[str, Any], key: str) -> Mark:
    """Where the key `key` itself is, or (0, 0) when the reader gave no positions."""
    marks = getattr(m, "key_marks", None)
    return marks[key] if marks is not None else _NOWHERE


def _items(lst: list[Any]) -> Iterable[tuple[Any, Mark]]:
    """Each item of a list with its position, (0, 0) when the reader gave none."""
    marks = getattr(lst, "item_marks", None)
    return zip(lst, marks) if marks is not None else ((item, _NOWHERE) for item in lst)


class _Checker:
    def __init__(self, scalar: Callable[[object], str] | None = None) -> None:
        self.diags: list[Diagnostic] = []
        self.file = ""
        # Turns a number or boolean resolved by the native parser back into its text.
        self.scalar = scalar

    # -- primitives -------------------------------------------------------
    def err(self, mark: Mark, message: str) -> None:
        """Record a problem at `mark` in the current file."""
        self.diags.append(Diagnostic(self.file, mark[0], mark[1], message))

    def mapping(self, node: Any, mark: Mark, what: str, fields: Iterable[str], required: Iterable[str]) -> dict[str, Any] | None:
        """`node` when it is a mapping (unknown and missing fields reported), else None."""
        if not isinstance(node, dict):
            self.err(mark, f"{what} must be a mapping")
            return None
        allowed = tuple(fields)
        for key in node:
            if key not in allowed:
                self.err(_key_at(node, key), f"unknown field {key!r} in {what} (expected one of: {', '.join(allowed)})")
        for key in required:
            if key not in node or node[key] is None:
                self.err(_mark(node), f"{what} is missing required field {key!r}")
        return node

    def text(self, m: dict[str, Any], key: str, what: str, required: bool = True) -> str | None:
        """The string at `key`, or None when it is absent, not a string, or empty though `required`."""
        if key not in m or m[key] is None:
            return None  # absence of a required field is reported by mapping()
        value = m[key]
        if self.scalar is not None and isinstance(value, (int, float)):
            value = self.scalar(value)
        if not isinstance(value, str):
            self.err(_at(m, key), f"{what}.{key} must be a string")
            return None
        if required and not value.strip():
            self.err(_at(m, key), f"{what}.{key} must not be empty")
            return None
        return value

    def slug(self, m: dict[str, Any], key: str, what: str) -> str | None:
        """The slug at `key`, or None when it is absent or not a slug."""
        value = self.text(m, key, what)
        if value is not None and not _SLUG.match(value):
            self.err(_at(m, key), f"{what}.{key} {value!r} is not a slug (lower-case letters, digits, '-', '_', '.')")
            return None
        return value

    def choice(self, m: dict[str, Any], key: str, what: str, options: tuple[str, ...]) -> str | None:
        """The value at `key` when it is one of `options`, else None."""
        value = self.text(m, key, what)
        if value is not None and value not in options:
            self.err(_at(m, key), f"{what}.{key} {value!r} is not one of: {', '.join(options)}")
            return None
        return value

    def slug_list(self, m: dict[str, Any], key: str, what: str) -> list[tuple[str, Mark]]:
        """The slugs listed at `key`, each with its position; any other item is reported and left out."""
        if key not in m or m[key] is None:
            return []
        node = m[key]
        if not isinstance(node, list):
            self.err(_at(m, key), f"{what}.{key} must be a list")
            return []
        out = []
        for item, mark in _items(node):
            if not isinstance(item, str) or not _SLUG.match(item):
                self.err(mark, f"{what}.{key} items must be slugs, got {item!r}")
            else:
                out.append((item, mark))
        return out

    def bilingual(self, m: dict[str, Any], key: str, what: str) -> Bilingual | None:
        """The Italian and English texts at `key`, or None when either is absent or invalid."""
        if key not in m or m[key] is None:
            return None
        node = self.mapping(m[key], _at(m, key), f"{what}.{key}", LANGS, LANGS)
        if node is None:
            return None
        it = self.text(node, "it", f"{what}.{key}")
        en = self.text(node, "en", f"{what}.{key}")
        return Bilingual(it, en) if it is not None and en is not None else None

    def date(self, m: dict[str, Any], key: str, what: str) -> str | None:
        """The ISO 8601 date at `key` when it is a real calendar date, else None."""
        value = self.text(m, key, what)
        if value is None:
            return None
        match = _DATE.match(value)
        if not match:
            self.err(_at(m, key), f"{what}.{key} {value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        year, month, day = (int(g) if g else 1 for g in match.groups())
        try:
            dt.date(year, month, day)
        except ValueError:
            self.err(_at(m, key), f"{what}.{key} {value!r} is not a real calendar date")
            return None
        return value


def _check_value(c: _Checker, kind: str, node: Any, mark: Mark, what: str) -> tuple[Value | None, list[tuple[str, Mark]]]:
    """The typed value of a fact, and the entity references it makes."""
    m = c.mapping(node, mark, what, _VALUE_FIELDS[kind], _VALUE_REQUIRED[kind])
    if m is None:
        return None, []
    if kind == "date":
        date = c.date(m, "date", what)
        qualifier = c.choice(m, "qualifier", what, QUALIFIERS) if m.get("qualifier") is not None else None
        return (DateValue(date, qualifier) if date else None), []
    if kind == "location":
        place = c.bilingual(m, "place", what)
        region, country = c.bilingual(m, "region", what), c.bilingual(m, "country", what)
        return (LocationValue(place, region, country) if place else None), []
    if kind == "count":
        raw = c.text(m, "number", what)
        number: int | float | None = None
        if raw is not None:
            if _NUMBER.match(raw):
                number = float(raw) if "." in raw else int(raw)
            else:
                c.err(_at(m, "number"), f"{what}.number {raw!r} is not a number")
        unit, counted = c.bilingual(m, "unit", what), c.bilingual(m, "counted", what)
        return (CountValue(number, unit, counted) if number is not None and unit else None), []
    if kind == "quote":
        text, lang = c.text(m, "text", what), c.text(m, "lang", what)
        if lang is not None and not _LANG.match(lang):
            c.err(_at(m, "lang"), f"{what}.lang {lang!r} is not a language code such as 'it' or 'en'")
            lang = None
        speaker = c.slug(m, "speaker", what)
        to, when = c.bilingual(m, "to", what), c.bilingual(m, "when", what)
        translation: dict[str, str] = {}
        if m.get("translation") is not None:
            tm = c.mapping(m["translation"], _at(m, "translation"), f"{what}.translation", LANGS, ())
            for code in LANGS if tm is not None else ():
                value = c.text(tm, code, f"{what}.translation") if tm is not None else None
                if value is not None:
                    translation[code] = value
        refs = [(speaker, _at(m, "speaker"))] if speaker else []
        ok = text is not None and lang is not None and speaker is not None
        return (QuoteValue(text, lang, speaker, to, when, translation) if ok else None), refs  # type: ignore[arg-type]
    name = c.bilingual(m, "name", what)
    return (EventValue(name) if name else None), []


class _Merge:
    """What all files define so far, with where each id was first defined."""

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.entities: dict[str, Entity] = {}
        self.facts: dict[str, Fact] = {}
        self.where: dict[tuple[str, str], str] = {}
        self.refs: list[tuple[str, Mark, str, str, str]] = []  # file, mark, kind, id, context

    def define(self, c: _Checker, kind: str, ident: str, mark: Mark) -> bool:
        """Whether this is the first definition of a `kind` id (a later one is reported as a duplicate)."""
        first = self.where.get((kind, ident))
        if first is not None:
            c.err(mark, f"duplicate {kind} id {ident!r} (first defined at {first})")
            return False
        self.where[(kind, ident)] = f"{c.file}:{mark[0]}:{mark[1]}"
        return True


def _check_file(c: _Checker, merge: _Merge, data: Any) -> None:
    """Check a file's top-level mapping, its format and each of its sources, entities and facts."""
    top = c.mapping(data, getattr(data, "mark", (1, 1)), "the fact file", _TOP, ("format", "sources", "facts"))
    if top is None:
        return
    version = top.get("format")
    if c.scalar is not None and isinstance(version, (int, float)):
        version = c.scalar(version)
    if version is not None and version != str(FORMAT_VERSION):
        shown = repr(version) if isinstance(version, str) else "a " + ("list" if isinstance(version, list) else "mapping")
        c.err(_at(top, "format"), f"unsupported format {shown} (this factcli reads format {FORMAT_VERSION})")
    for section, checker in (("sources", _check_source), ("entities", _check_entity), ("facts", _check_fact)):
        items = top.get(section)
        if items is None:
            continue
        if not isinstance(items, list):
            c.err(_at(top, section), f"{section} must be a list")
            continue
        for item, mark in _items(items):
            checker(c, merge, item, mark)


def _check_source(c: _Checker, merge: _Merge, node: Any, mark: Mark) -> None:
    """Check one source; define it when it is valid and its id is new."""
    m = c.mapping(node, mark, "source", _SOURCE, ("id", "title", "language"))
    if m is None:
        return
    ident, title, lang = c.slug(m, "id", "source"), c.text(m, "title", "source"), c.text(m, "language", "source")
    date = c.date(m, "date", "source") if m.get("date") is not None else None
    url = c.text(m, "url", "source")
    desc = c.text(m, "description", "source", required=False)
    if ident and title and lang and merge.define(c, "source", ident, _at(m, "id")):
        merge.sources[ident] = Source(ident, title, lang, url, date, desc)


def _check_entity(c: _Checker, merge: _Merge, node: Any, mark: Mark) -> None:
    """Check one entity; define it when it is valid and its id is new."""
    m = c.mapping(node, mark, "entity", _ENTITY, _ENTITY)
    if m is None:
        return
    ident, kind = c.slug(m, "id", "entity"), c.choice(m, "kind", "entity", ENTITY_KINDS)
    names: dict[str, tuple[str, ...]] = {}
    if m.get("names") is not None:
        nm = c.mapping(m["names"], _at(m, "names"), "entity.names", LANGS, ())
        for code in LANGS if nm is not None else ():
            if nm is None or nm.get(code) is None:
                continue
            lst = nm[code]
            if not isinstance(lst, list) or not lst or not all(isinstance(x, str) and x.strip() for x in lst):
                c.err(_at(nm, code), f"entity.names.{code} must be a non-empty list of names")
                continue
            names[code] = tuple(lst)
        if nm is not None and not names:
            c.err(_at(m, "names"), "entity.names needs at least one name in 'it' or 'en'")
    if ident and kind and names and merge.define(c, "entity", ident, _at(m, "id")):
        merge.entities[ident] = Entity(ident, kind, names)


def _check_fact(c: _Checker, merge: _Merge, node: Any, mark: Mark) -> None:
    """Check one fact and note what it refers to; define it when it is complete and its id is new."""
    m = c.mapping(node, mark, "fact", _FACT, ("id", "type", "value", "statement", "status", "source"))
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
        value, refs = _check_value(c, kind, m["value"], _at(m, "value"), f"{what}.value")
    entities = c.slug_list(m, "entities", what)
    tags = c.slug_list(m, "tags", what)
    derived = c.slug_list(m, "derived_from", what)
    source_id = excerpt = None
    if m.get("source") is not None:
        sm = c.mapping(m["source"], _at(m, "source"), f"{what}.source", ("id", "excerpt"), ("id", "excerpt"))
        if sm is not None:
            source_id, excerpt = c.slug(sm, "id", f"{what}.source"), c.text(sm, "excerpt", f"{what}.source")
            if source_id:
                merge.refs.append((c.file, _at(sm, "id"), "source", source_id, what))
    if status == "inferred" and not derived:
        c.err(_mark(m), f"{what} is inferred, so it must name the facts it derives from in 'derived_from'")
    if status == "stated" and derived:
        c.err(_key_at(m, "derived_from"), f"{what} is stated; only an inferred fact has 'derived_from'")
    for ref_id, ref_mark in derived:
        if ref_id == ident:
            c.err(ref_mark, f"{what} cannot derive from itself")
        merge.refs.append((c.file, ref_mark, "fact", ref_id, what))
    for ref_id, ref_mark in entities + refs:
        merge.refs.append((c.file, ref_mark, "entity", ref_id, what))
    complete = ident and kind and status and statement and value and source_id and excerpt
    if complete and merge.define(c, "fact", ident, _at(m, "id")):  # type: ignore[arg-type]
        merge.facts[ident] = Fact(  # type: ignore[index]
            ident, kind, value, statement,  # type: ignore[arg-type]
            tuple(dict.fromkeys(e for e, _ in entities)), tuple(dict.fromkeys(t for t, _ in tags)),
            status, source_id, excerpt, tuple(d for d, _ in derived),  # type: ignore[arg-type]
        )
    elif ident and not complete:
        merge.define(c, "fact", ident, _at(m, "id"))


def _check_refs(c: _Checker, merge: _Merge) -> None:
    """Report every reference to a source, entity or fact that no file defines."""
    for file, mark, kind, ident, context in merge.refs:
        if (kind, ident) not in merge.where:
            c.file = file
            c.err(mark, f"{context} refers to unknown {kind} {ident!r}")


class Validation:
    """Validation fed as files are parsed: facts one by one as the parser finishes each
    (so a large file's parsed tree never exists whole), the rest of each file after it."""

    def __init__(self) -> None:
        self.c = _Checker()
        self.merge = _Merge()
        self.labels: list[str] = []

    def start_file(self, label: str, scalar: Callable[[object], str] | None = None) -> None:
        """Begin a file; `scalar` turns numbers and booleans a native parser resolved back into text."""
        self.c.file = label
        self.c.scalar = scalar
        self.labels.append(label)

    def fact(self, node: Any, mark: Mark) -> None:
        """Check one item of the current file's top-level `facts` list."""
        _check_fact(self.c, self.merge, node, mark)

    def rest_of_file(self, data: Any) -> None:
        """Check the current file's parsed tree (its facts list is empty when they were streamed)."""
        _check_file(self.c, self.merge, data)

    def finish(self) -> FactSet:
        """Check references across all files; raise FactFileError listing every problem."""
        _check_refs(self.c, self.merge)
        if self.c.diags:
            raise FactFileError(self.c.diags)
        m = self.merge
        return FactSet(m.sources, m.entities, m.facts, tuple(self.labels))


def validate(documents: list[tuple[str, Any]]) -> FactSet:
    """Validate parsed documents (label, data) together; raise FactFileError listing every problem."""
    v = Validation()
    for label, data in documents:
        v.start_file(label)
        v.rest_of_file(data)
    return v.finish()

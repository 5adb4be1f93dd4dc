"""The primitives of checking a parsed fact file: where a node is, and typed reads that report what is wrong.

Every read records a problem (a Diagnostic at the node's line and column) instead of raising, so that one
pass over a file reports every problem it has.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import repeat
from typing import Any

from factcli.core.errors import Diagnostic
from factcli.core.model import FACT_TYPES, LANGS, STATUSES, Bilingual

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
# One slug, and slugs one to a line as _native_slug_strings joins them (for fullmatch: `$` in _SLUG lets one end in
# a line break, which these do not, so they never accept what _SLUG refuses).
_ONE_SLUG = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")
_SLUG_LINES = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:\n[a-z0-9]+(?:[-_.][a-z0-9]+)*)*")
_LANG_KEYS = frozenset(LANGS)
_FACT_KEYS = frozenset(("id", "type", "value", "statement", "entities", "tags", "status", "source", "derived_from"))
_SOURCE_KEYS = frozenset(("id", "excerpt"))
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

Mark = tuple[int, int]
NOWHERE: Mark = (0, 0)
# Put by native_yaml.py before each value a YAML 1.2 parser might resolve, so that it stays text;
# the checker takes it out of every string it reads from a natively parsed file.
MARK = "\ue000"


class NotExact(Exception):
    """The native path cannot give the positioned reader's result (a number or boolean the native parser resolved,
    whose text is lost, or any problem, which needs its line and column): read the file the positioned way."""


class TooManyProblems(Exception):
    """The error limit is reached: stop collecting (core.errors.DEFAULT_MAX_ERRORS)."""


# The positioned reader gives YMap/YList, which carry marks; the native one (native_yaml.py)
# gives plain dicts and lists, whose problems are reported again by the positioned reader.
def mark_of(node: Any) -> Mark:
    """Where a node starts, or (0, 0) when the reader gave no positions."""
    return getattr(node, "mark", NOWHERE)


def at(m: dict[str, Any], key: str) -> Mark:
    """Where the value of `key` is, or (0, 0) when the reader gave no positions."""
    marks = getattr(m, "value_marks", None)
    return marks[key] if marks is not None else NOWHERE


def key_at(m: dict[str, Any], key: str) -> Mark:
    """Where the key `key` itself is, or (0, 0) when the reader gave no positions."""
    marks = getattr(m, "key_marks", None)
    return marks[key] if marks is not None else NOWHERE


def items_of(lst: list[Any]) -> Iterable[tuple[Any, Mark]]:
    """Each item of a list with its position, (0, 0) when the reader gave none."""
    marks = getattr(lst, "item_marks", None)
    return zip(lst, marks) if marks is not None else ((item, NOWHERE) for item in lst)


def _native_slug_strings(items: list[Any]) -> list[str] | None:
    """Natively parsed list items, markers out, when every one is a slug: each checked in one regex match over
    them all, where the checker's loop would take three entities, tags and sources per fact one by one. None
    for anything else (an empty list too): the loop then says what it is."""
    try:
        joined = "\n".join(items)
    except TypeError:  # not all strings
        return None
    if MARK in joined:
        items = [item.replace(MARK, "") for item in items]
        joined = "\n".join(items)
    # (an item with a line break in it would pass for two)
    return items if _SLUG_LINES.fullmatch(joined) and joined.count("\n") == len(items) - 1 else None


def _native_slugs(items: list[Any]) -> list[tuple[str, Mark]] | None:
    """_native_slug_strings, each with the position the checker gives a natively parsed node (none)."""
    found = _native_slug_strings(items)
    return None if found is None else list(zip(found, repeat(NOWHERE)))


def _native_text(value: Any) -> str | None:
    """A natively parsed text, markers out; None for anything else."""
    return value.replace(MARK, "") if type(value) is str else None


# A natively parsed fact read in the plain shape: id, type, status, statement, value node, entities, tags, the
# facts it derives from, source id and excerpt.
PlainFact = tuple[str, str, str, Bilingual, Any, list[str], list[str], list[str], str, str]


def native_fact(node: Any) -> PlainFact | None:
    """A natively parsed fact's fields when it has the plain shape writers give: no unknown field, the required
    ones there, its id and source id slugs, its type and status known, its statement two texts, its lists slug
    lists, its excerpt a text; each as the checker's reads would give it. None for anything else, which they
    then read and report (its value is the caller's to check)."""
    if type(node) is not dict or not node.keys() <= _FACT_KEYS:
        return None
    ident, kind, status = _native_text(node.get("id")), _native_text(node.get("type")), _native_text(node.get("status"))
    source, statement = node.get("source"), _native_bilingual(node.get("statement"))
    if ident is None or kind not in FACT_TYPES or status not in STATUSES or statement is None or \
            node.get("value") is None or type(source) is not dict or source.keys() != _SOURCE_KEYS:
        return None
    source_id, excerpt = _native_text(source["id"]), _native_text(source["excerpt"])
    if source_id is None or excerpt is None or not excerpt.strip() or not _ONE_SLUG.fullmatch(ident) or \
            not _ONE_SLUG.fullmatch(source_id):
        return None
    lists = []
    for key in ("entities", "tags", "derived_from"):
        items = node.get(key)
        found = [] if items is None or items == [] else _native_slug_strings(items) if type(items) is list else None
        if found is None:
            return None
        lists.append(found)
    return ident, kind, status, statement, node["value"], lists[0], lists[1], lists[2], source_id, excerpt


def _native_bilingual(node: Any) -> Bilingual | None:
    """A natively parsed mapping of exactly `it` and `en`, both texts that are not blank, markers out, as the
    checker's reads would give it (with no messages made on the way); None for anything else, which they then
    read and report."""
    if type(node) is not dict or node.keys() != _LANG_KEYS:
        return None
    it, en = node["it"], node["en"]
    if type(it) is not str or type(en) is not str:
        return None
    it, en = it.replace(MARK, ""), en.replace(MARK, "")
    return Bilingual(it, en) if it.strip() and en.strip() else None


class Checker:
    """Typed reads of parsed nodes that record each problem in the current file and go on."""

    def __init__(self) -> None:
        self.diags: list[Diagnostic] = []
        self.file = ""
        # Whether the file came from the native parser: its strings may hold MARK, and a number or
        # boolean where text belongs raises NotExact.
        self.native = False
        self.limit = 0  # stop (TooManyProblems) at this many problems; 0: never

    def clean(self, value: Any) -> Any:
        """A scalar as its author wrote it: MARK taken out of a natively parsed string; NotExact for a number
        or boolean the native parser resolved. Anything else (and every value of the positioned reader) as is."""
        if not self.native:
            return value
        if isinstance(value, str):
            return value.replace(MARK, "") if MARK in value else value
        if isinstance(value, (int, float)):
            raise NotExact
        return value

    # -- primitives -------------------------------------------------------
    def err(self, mark: Mark, message: str) -> None:
        """Record a problem at `mark` in the current file; TooManyProblems at the limit. A natively parsed file
        has no positions to report: its first problem sends it to the positioned reader (NotExact)."""
        if self.native:
            raise NotExact
        self.diags.append(Diagnostic(self.file, mark[0], mark[1], message))
        if self.limit and len(self.diags) >= self.limit:
            raise TooManyProblems

    def mapping(self, node: Any, mark: Mark, what: str, fields: Iterable[str], required: Iterable[str]) -> dict[str, Any] | None:
        """`node` when it is a mapping (unknown and missing fields reported), else None."""
        if not isinstance(node, dict):
            self.err(mark, f"{what} must be a mapping")
            return None
        allowed = tuple(fields)
        for key in node:
            if key not in allowed:
                # A key with no value is most often the rest of a text a comma cut, in {en: Juneau, Alaska}.
                cut = "; a comma in {...} ends a text: quote a text that has one" if node[key] is None else ""
                self.err(key_at(node, key), f"unknown field {key!r} in {what} (expected one of: {', '.join(allowed)}){cut}")
        for key in required:
            if key not in node or node[key] is None:
                self.err(mark_of(node), f"{what} is missing required field {key!r}")
        return node

    def text(self, m: dict[str, Any], key: str, what: str, required: bool = True) -> str | None:
        """The string at `key`, or None when it is absent, not a string, or empty though `required`."""
        if key not in m or m[key] is None:
            return None  # absence of a required field is reported by mapping()
        value = m[key]
        if self.native:  # clean(), inlined: this runs for every text of every fact
            if isinstance(value, str):
                if MARK in value:
                    value = value.replace(MARK, "")
            elif isinstance(value, (int, float)):
                raise NotExact
        if not isinstance(value, str):
            self.err(at(m, key), f"{what}.{key} must be a string")
            return None
        if required and not value.strip():
            self.err(at(m, key), f"{what}.{key} must not be empty")
            return None
        return value

    def slug(self, m: dict[str, Any], key: str, what: str) -> str | None:
        """The slug at `key`, or None when it is absent or not a slug."""
        value = self.text(m, key, what)
        if value is not None and not _SLUG.match(value):
            self.err(at(m, key), f"{what}.{key} {value!r} is not a slug (lower-case letters, digits, '-', '_', '.')")
            return None
        return value

    def choice(self, m: dict[str, Any], key: str, what: str, options: tuple[str, ...]) -> str | None:
        """The value at `key` when it is one of `options`, else None."""
        value = self.text(m, key, what)
        if value is not None and value not in options:
            self.err(at(m, key), f"{what}.{key} {value!r} is not one of: {', '.join(options)}")
            return None
        return value

    def slug_list(self, m: dict[str, Any], key: str, what: str) -> list[tuple[str, Mark]]:
        """The slugs listed at `key`, each with its position; any other item is reported and left out."""
        if key not in m or m[key] is None:
            return []
        node = m[key]
        if self.native and type(node) is list:
            found = _native_slugs(node)
            if found is not None:
                return found
        if not isinstance(node, list):
            self.err(at(m, key), f"{what}.{key} must be a list")
            return []
        out = []
        for item, mark in items_of(node):
            item = self.clean(item)
            if not isinstance(item, str) or not _SLUG.match(item):
                self.err(mark, f"{what}.{key} items must be slugs, got {item!r}")
            else:
                out.append((item, mark))
        return out

    def bilingual(self, m: dict[str, Any], key: str, what: str) -> Bilingual | None:
        """The Italian and English texts at `key`, or None when either is absent or invalid."""
        if key not in m or m[key] is None:
            return None
        if self.native:
            found = _native_bilingual(m[key])
            if found is not None:
                return found
        node = self.mapping(m[key], at(m, key), f"{what}.{key}", LANGS, LANGS)
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
            self.err(at(m, key), f"{what}.{key} {value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        year, month, day = (int(g) if g else 1 for g in match.groups())
        try:
            dt.date(year, month, day)
        except ValueError:
            self.err(at(m, key), f"{what}.{key} {value!r} is not a real calendar date")
            return None
        return value

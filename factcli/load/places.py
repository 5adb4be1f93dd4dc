"""Where each fact's parts are in its file, for `check`'s messages: the positioned reader, run again.

A valid file is usually answered from the cache and never parsed with positions; `check` asks for them
only when it has something to point at (an excerpt its source does not contain, a statement with a line
break), or when the files are invalid and it still verifies what it can. A file that cannot be parsed
has no places (its syntax error is reported by the load).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from factcli.core.errors import FactFileError
from factcli.core.model import LANGS
from factcli.core.struct import record
from factcli.load.checker import NOWHERE, Mark, at, items_of
from factcli.load.safe_read import read_bytes
from factcli.load.yaml_reader import decode, parse_yaml


@record
class FactPlace:
    """One item of a file's `facts` list as written, with the positions of its id, excerpt and statements."""

    file: str
    ident: str | None
    mark: Mark
    source: str | None
    excerpt: str | None
    excerpt_mark: Mark
    statements: tuple[tuple[str, str, Mark], ...]  # (language, text, where the text is)


@record
class FilePlaces:
    """What `check` needs of one parsed file: the ids of its sources, the places of its facts, and each name of
    its entities with the entity's id and where that id is."""

    file: str
    sources: tuple[str, ...]
    facts: tuple[FactPlace, ...]
    names: tuple[tuple[str, str, Mark], ...] = ()


def _text(m: Any, key: str) -> str | None:
    """The string at `key` of a mapping node, or None (absent, not a mapping, not a string)."""
    value = m.get(key) if isinstance(m, dict) else None
    return value if isinstance(value, str) else None


def _fact_place(label: str, node: Any, mark: Mark) -> FactPlace:
    """The place of one fact node, whatever of it is well-formed."""
    source: Any = node.get("source") if isinstance(node, dict) else None
    statement: Any = node.get("statement") if isinstance(node, dict) else None
    statements = tuple((code, text, at(statement, code)) for code in LANGS
                       if (text := _text(statement, code)) is not None)
    excerpt_mark = at(source, "excerpt") if _text(source, "excerpt") is not None else NOWHERE
    return FactPlace(label, _text(node, "id"), at(node, "id") if _text(node, "id") else mark, _text(source, "id"),
                     _text(source, "excerpt"), excerpt_mark, statements)


def _items(data: Any, section: str) -> list[tuple[Any, Mark]]:
    """The items of a top-level list with their positions; none when the file has no such list."""
    items = data.get(section) if isinstance(data, dict) else None
    return list(items_of(items)) if isinstance(items, list) else []


def _names(data: Any) -> tuple[tuple[str, str, Mark], ...]:
    """Each name of each entity that has an id, in any language, with the id and its place."""
    out = []
    for node, _ in _items(data, "entities"):
        ident, names = _text(node, "id"), node.get("names") if isinstance(node, dict) else None
        if ident is None or not isinstance(names, dict):
            continue
        out += [(name, ident, at(node, "id")) for per_lang in names.values() if isinstance(per_lang, list)
                for name in per_lang if isinstance(name, str)]
    return tuple(out)


def read_places(files: Sequence[tuple[str, str]], max_bytes: int) -> list[FilePlaces]:
    """The places in each (path, label) that can be read and parsed; the others are left out."""
    out = []
    for path, label in files:
        try:
            data, _problems = parse_yaml(decode(read_bytes(path, label, max_bytes), label), label)
        except (FactFileError, MemoryError):
            continue
        sources = tuple(ident for node, _ in _items(data, "sources") if (ident := _text(node, "id")) is not None)
        facts = tuple(_fact_place(label, node, mark) for node, mark in _items(data, "facts"))
        out.append(FilePlaces(label, sources, facts, _names(data)))
    return out


_ID = re.compile(rb"(?:^|[\s{,-])id:[ \t]*['\"]?([^'\"\s,}#]+)", re.M)


def id_marks(files: Sequence[tuple[str, str]], max_bytes: int, section: str = "facts") -> dict[str, tuple[str, Mark]]:
    """Where each id of a top-level list (`facts`, `entities`) is written (file label, line, column), found by
    scanning the text after its key rather than by the positioned reader: a file of 100,000 facts is scanned in
    a fraction of a second, parsed with positions in many. For warnings about a fact or an entity as a whole;
    the first place of an id wins."""
    out: dict[str, tuple[str, Mark]] = {}
    key = re.compile(rb"(?m)^" + section.encode() + rb":")
    for path, label in files:
        try:
            data = read_bytes(path, label, max_bytes)
        except FactFileError:
            continue
        start = key.search(data)
        if start is None:
            continue
        line, pos = data.count(b"\n", 0, start.start()) + 1, start.start()
        for m in _ID.finditer(data, start.end()):
            line += data.count(b"\n", pos, m.start(1))
            pos = m.start(1)
            column = pos - data.rfind(b"\n", 0, pos)
            out.setdefault(m.group(1).decode("utf-8", "replace"), (label, (line, column)))
    return out


_VOCABULARY_KEY = re.compile(rb"(?m)^[ \t]+[\"']?([^:#\n\"']+?)[\"']?[ \t]*:")


def vocabulary_marks(files: Sequence[tuple[str, str]], max_bytes: int) -> dict[str, tuple[str, Mark]]:
    """Where each key of a file's `vocabulary` mapping is written (file label, line, column), found by a scan of
    the text after the key `vocabulary:`, up to the next top-level key; the first place of a key wins."""
    out: dict[str, tuple[str, Mark]] = {}
    for path, label in files:
        try:
            data = read_bytes(path, label, max_bytes)
        except FactFileError:
            continue
        start = re.search(rb"(?m)^vocabulary:[ \t]*\n", data)
        if start is None:
            continue
        end = re.compile(rb"(?m)^\S").search(data, start.end())
        for m in _VOCABULARY_KEY.finditer(data, start.end(), end.start() if end else len(data)):
            line = data.count(b"\n", 0, m.start(1)) + 1
            column = m.start(1) - data.rfind(b"\n", 0, m.start(1))
            out.setdefault(m.group(1).decode("utf-8", "replace").strip(), (label, (line, column)))
    return out

"""Read a YAML fact file safely into plain data that remembers where each node was.

The bytes come decoded as strict UTF-8 (safe_read.py reads them without blocking, under
a size cap). The tree is built here straight from libyaml's parse events, with the
nesting depth and alias expansion bounded as it goes: neither libyaml's composer
(which recurses in C and segfaults on deep nesting) nor any constructor runs, so no
tag can make an object and every scalar stays the string its author wrote. YAML 1.1
guesses (`no` -> False, `1:20` -> 80, 2019-02-30 -> ValueError) cannot change
meaning; typed interpretation is the validator's job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

from factcli.core.errors import Diagnostic
from factcli.load.checker import TooManyProblems
from factcli.load.safe_read import fail as _fail

MAX_DEPTH = 64
MAX_ALIASES = 10_000
_EXPANSION_FLOOR = 200_000

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")}
_ALLOWED_TAGS.add("!")
_NULL = _STD + "null"


class YMap(dict[str, Any]):
    """A mapping with the position of itself, each key and each value (1-based line, col)."""

    __slots__ = ("key_marks", "mark", "value_marks")

    def __init__(self, mark: tuple[int, int]) -> None:
        super().__init__()
        self.mark = mark
        self.key_marks: dict[str, tuple[int, int]] = {}
        self.value_marks: dict[str, tuple[int, int]] = {}


class YList(list[Any]):
    """A sequence with the position of itself and of each item."""

    __slots__ = ("item_marks", "mark")

    def __init__(self, mark: tuple[int, int]) -> None:
        super().__init__()
        self.mark = mark
        self.item_marks: list[tuple[int, int]] = []


def decode(data: bytes, label: str) -> str:
    """Strict UTF-8 (a leading BOM is allowed); a bad byte is reported at its line and column."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _fail(label, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", (line, col)) from None


def _mark_of(obj: Any) -> tuple[int, int]:
    """The 1-based (line, column) a YAML error points at, or (0, 0) when it has none."""
    mark = getattr(obj, "problem_mark", None) or getattr(obj, "start_mark", None)
    if mark is None:
        return (0, 0)
    return (mark.line + 1, mark.column + 1)


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_NO_KEY = object()  # a mapping waiting for its next key
_BAD_KEY = object()  # the key was refused: drop the value that follows


class _Frame:
    """A collection being built from parse events."""

    __slots__ = ("anchor", "expanded_at", "key", "key_mark", "value")

    def __init__(self, value: YMap | YList, anchor: str | None, expanded_at: int) -> None:
        self.value = value
        self.anchor = anchor
        self.expanded_at = expanded_at
        self.key: object = _NO_KEY
        self.key_mark = (0, 0)


class _EventBuilder:
    """Builds YMap/YList/str/None straight from the parser's events, without composing nodes.

    Iterative, so nesting is bounded here (libyaml's own composer recurses in C and segfaults on
    deep nesting), one pass where there used to be a safety scan and a compose, and no node tree
    with two marks per node held in memory.
    """

    def __init__(self, label: str, on_fact: Callable[[Any, tuple[int, int]], None] | None = None,
                 problems: list[Diagnostic] | None = None, limit: int = 0) -> None:
        self.label = label
        self.on_fact = on_fact
        self.problems: list[Diagnostic] = [] if problems is None else problems
        self.limit = limit
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.root: Any = _NO_KEY
        self.expanded = 0
        self.distinct = 0
        self.aliases = 0
        self.documents = 0

    def problem(self, mark: tuple[int, int], message: str) -> None:
        """Record a problem that leaves the tree usable, at `mark`; TooManyProblems at the limit."""
        self.problems.append(Diagnostic(self.label, mark[0], mark[1], message))
        if self.limit and len(self.problems) >= self.limit:
            raise TooManyProblems

    def check_tag(self, tag: str | None, mark: tuple[int, int]) -> None:
        """Report `tag` unless it is absent or one of the plain YAML types."""
        if tag is not None and tag not in _ALLOWED_TAGS:
            self.problem(mark, f"tag {tag!r} is not allowed in a fact file")

    def deliver(self, value: Any, mark: tuple[int, int], raw_key: str | None = None) -> None:
        """Put a finished value where it belongs: the root, a list item, a mapping key or value."""
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        target = frame.value
        if isinstance(target, YList):
            if self.on_fact is not None and len(self.stack) == 2 and self.stack[0].key == "facts":
                self.on_fact(value, mark)  # handed over whole; the list stays empty
                return
            target.item_marks.append(mark)
            target.append(value)
        elif frame.key is _NO_KEY:
            key = raw_key if raw_key is not None else value
            if not isinstance(key, str):
                self.problem(mark, "a mapping key must be a plain string")
                frame.key = _BAD_KEY
            elif key in target:
                first = target.key_marks[key]
                self.problem(mark, f"duplicate key {key!r} (first defined at line {first[0]})")
                frame.key = _BAD_KEY
            else:
                frame.key, frame.key_mark = key, mark
        else:
            if frame.key is not _BAD_KEY:
                key = frame.key
                assert isinstance(key, str) and isinstance(target, YMap)
                target.key_marks[key] = frame.key_mark
                target.value_marks[key] = mark
                target[key] = value
            frame.key = _NO_KEY

    def feed(self, event: yaml.Event) -> None:
        """Add one parse event to the tree; FactFileError past a depth, alias or document limit, or at an unknown alias."""
        start = event.start_mark
        mark = (start.line + 1, start.column + 1) if start is not None else (0, 0)
        if isinstance(event, yaml.ScalarEvent):
            self.expanded += 1
            self.distinct += 1
            if event.tag is not None:
                self.check_tag(event.tag, mark)
            value: Any = event.value
            if not event.style and (event.tag == _NULL or (event.implicit[0] and value in _NULLS)):  # plain: "" from libyaml
                value = None
            if event.anchor:
                self.anchors[event.anchor] = (value, 1)
            self.deliver(value, mark, raw_key=event.value)
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(self.stack) >= MAX_DEPTH:
                raise _fail(self.label, f"nesting deeper than {MAX_DEPTH} levels", mark)
            self.check_tag(event.tag, mark)
            container: YMap | YList = YMap(mark) if isinstance(event, yaml.MappingStartEvent) else YList(mark)
            self.stack.append(_Frame(container, event.anchor, self.expanded))
        elif isinstance(event, yaml.CollectionEndEvent):
            frame = self.stack.pop()
            self.expanded += 1
            self.distinct += 1
            if frame.anchor:
                self.anchors[frame.anchor] = (frame.value, self.expanded - frame.expanded_at)
            self.deliver(frame.value, frame.value.mark)
        elif isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _fail(self.label, f"more than {MAX_ALIASES} aliases", mark)
            if event.anchor not in self.anchors:
                raise _fail(self.label, f"invalid YAML: found undefined alias {event.anchor!r}", mark)
            value, size = self.anchors[event.anchor]
            # Share the built object, but count what the alias would expand to.
            self.expanded += size
            if self.expanded > max(_EXPANSION_FLOOR, 10 * self.distinct):
                raise _fail(self.label, "aliases expand to too many nodes (an alias bomb?)", mark)
            self.deliver(value, mark, raw_key=value if isinstance(value, str) else None)
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise _fail(self.label, "invalid YAML: expected a single document in the stream", mark)


def parse_yaml(text: str, label: str, on_fact: Callable[[Any, tuple[int, int]], None] | None = None,
               problems: list[Diagnostic] | None = None, limit: int = 0) -> tuple[Any, list[Diagnostic]]:
    """Parse one YAML document into YMap/YList/str/None, with the node-level problems found.

    Problems that leave a usable tree (duplicate keys, disallowed tags) are returned so the
    validator can report them together with its own; anything worse raises FactFileError.
    `on_fact`, when given, receives each item of the top-level `facts` list as soon as it is
    parsed, instead of the list keeping it. Problems go to `problems` when given (so that they are there when
    TooManyProblems stops the parse at `limit` of them).
    """
    builder = _EventBuilder(label, on_fact, problems, limit)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except yaml.reader.ReaderError as exc:
        # The reader gives only an offset into the text: turn it into a line and a column, and say how to fix it.
        before = text[:exc.position]
        where = (before.count("\n") + 1, exc.position - before.rfind("\n"))
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        raise _fail(label, f"invalid YAML: control character U+{code:04X} is not allowed in a YAML file (in a "
                           "double-quoted string, write it as an escape such as \\x1b)", where) from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        message = f"{problem} ({context})" if context and context != problem else str(problem)
        raise _fail(label, f"invalid YAML: {message}", _mark_of(exc)) from None
    except (ValueError, OverflowError, RecursionError, UnicodeError) as exc:
        raise _fail(label, f"invalid YAML: {exc}") from None
    if builder.root is _NO_KEY:
        raise _fail(label, "the file is empty: expected a mapping with 'format', 'sources' and 'facts' (and optionally 'entities')")
    return builder.root, builder.problems

"""Read a YAML fact file safely into plain data that remembers where each node was.

Safety comes before parsing: the bytes are read without blocking and with a size
cap, decoded as strict UTF-8, and the parse events are scanned for nesting depth
and aliases before anything is composed (libyaml's composer recurses in C and
segfaults on deep nesting; aliases can expand exponentially). Only the composer
runs, never a constructor: every scalar stays the string its author wrote, so
YAML 1.1 guesses (`no` -> False, `1:20` -> 80, 2019-02-30 -> ValueError) cannot
change meaning. Typed interpretation is the validator's job.
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import Diagnostic
from .fileio import fail as _fail

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
    mark = getattr(obj, "problem_mark", None) or getattr(obj, "start_mark", None)
    if mark is None:
        return (0, 0)
    return (mark.line + 1, mark.column + 1)


def _prescan(text: str, label: str) -> None:
    depth = 0
    aliases = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise _fail(label, f"nesting deeper than {MAX_DEPTH} levels", _mark_of(event))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _fail(label, f"more than {MAX_ALIASES} aliases", _mark_of(event))


class _Builder:
    """Turns composed nodes into YMap/YList/str/None, collecting problems as it goes."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Diagnostic] = []
        self.memo: dict[int, tuple[Any, int]] = {}
        self.expanded = 0
        self.distinct = 0

    def problem(self, mark: tuple[int, int], message: str) -> None:
        self.problems.append(Diagnostic(self.label, mark[0], mark[1], message))

    def build(self, node: yaml.Node) -> Any:
        seen = self.memo.get(id(node))
        if seen is not None:
            # An alias: share the built object, but count what it would expand to.
            self.expanded += seen[1]
            if self.expanded > max(_EXPANSION_FLOOR, 10 * self.distinct):
                raise _fail(self.label, "aliases expand to too many nodes (an alias bomb?)", _mark_of(node))
            return seen[0]
        before = self.expanded
        mark = _mark_of(node)
        if node.tag not in _ALLOWED_TAGS:
            self.problem(mark, f"tag {node.tag!r} is not allowed in a fact file")
        result: YMap | YList
        if isinstance(node, yaml.ScalarNode):
            # Scalars cannot grow through aliases, so they need no memo entry.
            self.expanded += 1
            self.distinct += 1
            return None if node.tag == _NULL and not node.style else node.value
        if isinstance(node, yaml.SequenceNode):
            result = YList(mark)
            for item in node.value:
                result.item_marks.append(_mark_of(item))
                result.append(self.build(item))
        else:
            result = YMap(mark)
            for key_node, value_node in node.value:
                key_mark = _mark_of(key_node)
                if not isinstance(key_node, yaml.ScalarNode):
                    self.problem(key_mark, "a mapping key must be a plain string")
                    continue
                key = key_node.value
                if key in result:
                    first = result.key_marks[key]
                    self.problem(key_mark, f"duplicate key {key!r} (first defined at line {first[0]})")
                    continue
                result.key_marks[key] = key_mark
                result.value_marks[key] = _mark_of(value_node)
                result[key] = self.build(value_node)
        self.expanded += 1
        self.distinct += 1
        self.memo[id(node)] = (result, self.expanded - before)
        return result


def parse_yaml(text: str, label: str) -> tuple[Any, list[Diagnostic]]:
    """Parse one YAML document into YMap/YList/str/None, with the node-level problems found.

    Problems that leave a usable tree (duplicate keys, disallowed tags) are returned so the
    validator can report them together with its own; anything worse raises FactFileError.
    """
    try:
        _prescan(text, label)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        message = f"{problem} ({context})" if context and context != problem else str(problem)
        raise _fail(label, f"invalid YAML: {message}", _mark_of(exc)) from None
    except (ValueError, OverflowError, RecursionError, UnicodeError) as exc:
        raise _fail(label, f"invalid YAML: {exc}") from None
    if node is None:
        raise _fail(label, "the file is empty: expected a mapping with 'format', 'sources', 'entities' and 'facts'")
    builder = _Builder(label)
    data = builder.build(node)
    return data, builder.problems

"""A fast first attempt at reading a fact file, with a native YAML parser (yaml-rs, in Rust).

The positioned reader in yaml_reader.py builds its tree from libyaml's events in Python; on
100,000 facts that is most of a cold start. yaml-rs parses the same file several times
faster, but it gives no positions and resolves plain scalars (YAML 1.2: `007` -> 7,
`True` -> True), where factcli keeps every scalar as its author wrote it. So this path is
only taken where it cannot change a result, and anything else goes to the positioned
reader, which also gives every error its line and column:

- files with anchors, aliases, tags, directives, several documents, YAML 1.1 line breaks
  or characters libyaml refuses are not tried at all;
- a resolved number or boolean is turned back into text only when the text is certain
  (no scalar in the file is written in a form that resolving would change, such as
  `007`, `+5`, `1_000`, `5.50` or `True`);
- the caller validates the result, and on any problem reads the file again the slow way.
"""

from __future__ import annotations

import re
from typing import Any

_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"
_HIGH = bytes(range(0x80, 0x100))
# Characters libyaml refuses or reads differently from a YAML 1.2 parser: C1 controls, the
# YAML 1.1 line breaks NEL, LS and PS, a byte order mark inside the text, U+FFFE and U+FFFF.
_ODD_UTF8 = re.compile(rb"\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef\xbb\xbf|\xef\xbf[\xbe\xbf]")
_RARE = b"&*!<%\r?\t|>"
_NOT_RARE = bytes(b for b in range(256) if b not in _RARE)
# An anchor, alias or tag starts a token. (Several documents need no check: they load as
# a list, which validation refuses.)
_NODE_PROPERTY = re.compile(rb"(?:^|[\s\[\]{},])[&*!]", re.MULTILINE)
# A "?" starting a token: an explicit key, or a plain scalar YAML 1.2 allows and libyaml refuses.
_QUESTION = re.compile(rb"(?:^|[\s\[\]{},])\?", re.MULTILINE)
_TOKEN_END = b" \t\r\n[]{},"
_COLON_THEN_TEXT = re.compile(rb":[^\s\[\]{},]")
_BLOCK_HEADER_REST = re.compile(rb"[-+0-9]*[ \t]*(?:#[^\n]*)?\r?")
_DEEP_INDENT = b"\n" + b" " * 1024
# A plain scalar written as a mapping's value, on the key's line or on a line of its own:
# the only places where validation turns a resolved scalar back into text.
_VALUE = rb"((?:[-+]?[.0-9]|[TF])[^\s,\[\]{}#]*)[ \t]*(?:#[^\n]*)?(?=\r?$|[,\]}])"
_VALUE_AFTER_KEY = re.compile(rb":[ \t]+" + _VALUE, re.MULTILINE)
_VALUE_ALONE = re.compile(rb"\n[ \t]*" + _VALUE, re.MULTILINE)
# What a YAML 1.2 parser may resolve to a number or boolean (a superset, to be safe).
_RESOLVABLE = re.compile(r"[-+]?(?:0[bBoOxX][0-9a-fA-F_]+|[0-9._]*[0-9][0-9._]*(?:[eE][-+]?[0-9]+)?"
                         r"|\.(?:inf|Inf|INF|nan|NaN|NAN))|True|TRUE|False|FALSE")
# Peak memory of a native parse, per byte of YAML, with room to spare (about 10 measured).
_MEMORY_PER_BYTE = 16
_CANONICAL_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"-?[0-9]+\.[0-9]+")

_yaml_rs: Any
try:
    import yaml_rs as _yaml_rs
except ImportError:  # pragma: no cover - a dependency, but factcli still works without it
    _yaml_rs = None


class NotExact(Exception):
    """A resolved scalar whose original text cannot be known: read the file the slow way."""


def _canonical(token: str) -> bool:
    """Whether `token` is written exactly as its resolved value turns back into text."""
    if token in ("true", "false"):
        return True
    if _CANONICAL_INT.fullmatch(token):
        return token != "-0"
    if _PLAIN_FLOAT.fullmatch(token):
        return repr(float(token)) == token
    return False


class Scalars:
    """Turns the numbers and booleans a native parse resolved back into the text they were.

    Optimistic: text() converts at once, and exact() tells afterwards whether every conversion
    was certain (no mapping value in the file is written in a form that resolving would change),
    so the scan of the file can run on another core while the facts are being checked.
    """

    def __init__(self, data: bytes) -> None:
        self._data: bytes | None = data
        self._exact: bool | None = None
        self.used = False

    def exact(self) -> bool:
        """Whether the conversions made (or any to be made) in this file give back the author's text."""
        if self._exact is None:
            assert self._data is not None
            tokens = (*_VALUE_AFTER_KEY.findall(self._data), *_VALUE_ALONE.findall(self._data))
            self._exact = all(_canonical(t) or not _RESOLVABLE.fullmatch(t) for t in (b.decode() for b in tokens))
            self._data = None
        return self._exact

    def text(self, value: object) -> str:
        """The text of a resolved scalar, if exact() confirms it; NotExact when it cannot be text."""
        self.used = True
        if value is True or value is False:
            return "true" if value else "false"
        if isinstance(value, int):
            try:
                return str(value)
            except ValueError:  # more digits than Python converts
                raise NotExact from None
        if isinstance(value, float) and value == value and abs(value) != float("inf"):
            return repr(value)
        raise NotExact


def available() -> bool:
    """Whether the native parser is installed."""
    return _yaml_rs is not None


def _odd_token_start(data: bytes, rare: set[int]) -> bool:
    """Whether `data` has a plain scalar that libyaml refuses where a YAML 1.2 parser may not.

    That is a token starting with ":" and text, or a "|" or ">" that is not a block scalar's
    header ending its line in block context.
    """
    for m in _COLON_THEN_TEXT.finditer(data):  # usually only times and addresses: "12:30", "https://"
        if m.start() == 0 or data[m.start() - 1] in _TOKEN_END:
            return True
    if not rare & set(b"|>"):
        return False
    for m in re.finditer(rb"[|>]", data):
        at = m.start()
        if at and data[at - 1] not in _TOKEN_END:
            continue  # inside a word
        line_start = data.rfind(b"\n", 0, at) + 1
        line_end = data.find(b"\n", at)
        rest = data[at + 1: line_end if line_end >= 0 else len(data)]
        if any(c in data[line_start:at] for c in b"[{,") or not _BLOCK_HEADER_REST.fullmatch(rest):
            return True
    return False


def _suitable(data: bytes) -> bool:
    """Whether the native parser may read `data`: nothing in it that libyaml could read otherwise."""
    # Each test is one pass in C over the bytes; the rarer ones run only when a rare byte is there.
    unusual = data.translate(None, _PRINTABLE_ASCII)
    if unusual and (unusual.translate(None, _HIGH) or _ODD_UTF8.search(unusual)):
        return False
    rare = set(data.translate(None, _NOT_RARE))
    if rare & set(b"&*!") and _NODE_PROPERTY.search(data):
        return False
    if ord("<") in rare and b"<<" in data:  # a merge key
        return False
    if ord("%") in rare and (data.startswith(b"%") or b"\n%" in data):  # a directive
        return False
    if ord("\r") in rare and re.search(rb"\r(?!\n)", data):  # a lone CR
        return False
    if ord("\t") in rare:  # libyaml and YAML 1.2 parsers disagree on where tabs may stand
        return False
    if ord("?") in rare and _QUESTION.search(data):
        return False
    if b"- -" in data:  # compact nesting ("- - x") could go deep enough to exhaust the native parser's stack
        return False
    if _odd_token_start(data, rare):
        return False
    return _DEEP_INDENT not in data


def _memory_allows(size: int) -> bool:
    """Whether a native parse of `size` bytes surely fits under the process's address-space limit."""
    # Native code aborts the process when an allocation fails, where Python raises MemoryError
    # and factcli reports it: under an address-space limit, only try what surely fits.
    try:
        import resource
    except ImportError:  # Windows: no such limits
        return True
    limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    return limit == resource.RLIM_INFINITY or size * _MEMORY_PER_BYTE < limit


def load(data: bytes) -> tuple[Any, Scalars] | None:
    """The file's data as plain dicts, lists and scalars, or None when this path must not be used."""
    if _yaml_rs is None or not _memory_allows(len(data)) or not _suitable(data):
        return None
    try:
        text = data.decode("utf-8")
        return _yaml_rs.loads(text.removeprefix("\ufeff"), parse_datetime=False), Scalars(data)
    except Exception:  # any refusal: the positioned reader will explain it
        return None

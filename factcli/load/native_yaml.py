"""A fast first attempt at reading a fact file, with a native YAML parser (yaml-rs, in Rust).

The positioned reader in yaml_reader.py builds its tree from libyaml's events in Python; on
100,000 facts that is most of a cold start. yaml-rs parses the same file several times
faster, but it gives no positions and resolves plain scalars (YAML 1.2: `007` -> 7,
`True` -> True), where factcli keeps every scalar as its author wrote it. So:

- files with anchors, aliases, tags, directives, several documents, YAML 1.1 line breaks
  or characters libyaml refuses are not tried at all;
- before parsing, a marker character (U+E000, refused in the file itself) is put before
  every token after ": " that a YAML 1.2 parser might resolve (starting with a digit, a
  sign, ".", "_", or spelling true or false). A marked scalar cannot resolve: it stays a
  string, and the checker takes the markers out again (checker.MARK). A marker that lands
  inside a longer scalar (a folded line, a quoted text, a comment) changes nothing either,
  so the scan need not know where scalars begin, and it never declines a file;
- a number or boolean that the parser still resolved (a value written where the scan does
  not look: a list item, a value alone on its line) has lost its text: the checker raises
  NotExact and the file is read the positioned way. Nothing is ever turned back into text;
- the caller validates the result, and on any problem reads the file again the slow way.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from factcli.load.checker import MARK

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
# Where a marker goes: a value after a key (or any ": " in a scalar or comment, where it is harmless),
# starting with a character a number or a boolean can start with. A literal start keeps the scan at
# about 0.15 s on 80 MB; a value elsewhere that resolves is caught by the checker instead.
_VALUE_START = re.compile(rb": +[-+._0-9tTfF]")
_MARK_UTF8 = MARK.encode()
# Peak memory of a native parse, per byte of YAML, with room to spare (about 10 measured).
_MEMORY_PER_BYTE = 16
_yaml_rs: Any
try:
    import yaml_rs as _yaml_rs
except ImportError:  # pragma: no cover - a dependency, but factcli still works without it
    _yaml_rs = None


def marked(data: bytes) -> bytes | bytearray:
    """`data` with MARK before each token after ": " that a YAML 1.2 parser might read as a number or boolean."""
    cuts = [0]
    for m in _VALUE_START.finditer(data):
        at = m.end() - 1
        first = data[at]
        if first in b"tTfF" and data[at:at + 4].lower() not in (b"true", b"fals"):
            continue
        if first == 0x2D and data[at + 1:at + 2] in (b"", b" ", b"\t", b"\r", b"\n"):
            continue  # "- ": a sequence entry (an error here), not the start of a scalar
        cuts.append(at)
    if len(cuts) == 1:
        return data
    cuts.append(len(data))
    out = bytearray()  # grown from views of `data`: no copy of each piece on the way
    view = memoryview(data)
    for a, b in itertools.pairwise(cuts):
        out += view[a:b]
        out += _MARK_UTF8
    del out[-len(_MARK_UTF8):]
    return out


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
    if unusual and (unusual.translate(None, _HIGH) or _ODD_UTF8.search(unusual) or _MARK_UTF8 in data):
        return False  # (the author's own U+E000 would be taken for a marker)
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


def load(data: bytes) -> Any:
    """The file's data as plain dicts, lists and marked strings (None when this path must not be used)."""
    if _yaml_rs is None or not _memory_allows(len(data)) or not _suitable(data):
        return None
    try:
        text = marked(data).decode("utf-8")  # the marked copy is let go at once
        return _yaml_rs.loads(text.removeprefix("\ufeff"), parse_datetime=False)
    except Exception:  # any refusal: the positioned reader will explain it
        return None

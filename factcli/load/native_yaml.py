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
# A line starting with ":": the value of a key written on the line before. In a flow mapping ("{x\n  : 1}")
# libyaml refuses it where yaml-rs reads {x: 1}; a plain key cannot end a line in block context either way.
_KEY_THEN_LINE_BREAK = re.compile(rb"\n *:(?:[ \r\n]|\Z)")
_TOKEN_END = b" \t\r\n[]{},"
_COLON_THEN_TEXT = re.compile(rb":[^\s\[\]{},]")


def _bar_patterns(bar: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """For "|" or ">": where one starts a token with more than a block header's indicators and comment after it on
    its line, and where one starts a token at all. Each begins with the literal byte: re skips to it in C, where a
    class such as [|>] is tried at every byte (0.5 s on 80 MB)."""
    token = re.escape(bar) + rb"(?<![^ \t\r\n\[\]{},]" + re.escape(bar) + rb")"
    return re.compile(token + rb"(?![-+0-9]*[ \t]*(?:#[^\n]*)?\r?(?:\n|\Z))"), re.compile(token)


_BARS = {char: _bar_patterns(bytes([char])) for char in b"|>"}
_FLOW_CHAR = re.compile(rb"[\[{,]")
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


def marked(data: bytes) -> bytes:
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
    view = memoryview(data)  # pieces are views: the one copy is the joined result
    return _MARK_UTF8.join([view[a:b] for a, b in itertools.pairwise(cuts)])


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
    for char, (not_header, token) in _BARS.items():
        if char not in rare:
            continue
        if not_header.search(data):
            return True
        # Every one left is a header ending its line: in block context only if nothing before it on its line opens
        # or separates flow content. (A block-scalar file has 100,000s of headers: one search each, no slicing.)
        for m in token.finditer(data):
            at = m.start()
            if _FLOW_CHAR.search(data, data.rfind(b"\n", 0, at) + 1, at):
                return True
    return False


def _suitable(data: bytes) -> bool:
    """Whether the native parser may read `data`: nothing in it that libyaml could read otherwise."""
    # Each test is one pass in C over the bytes; the rarer ones run only when a rare byte is there.
    unusual = data.translate(None, _PRINTABLE_ASCII)
    # The marker is looked for among the bytes left in `unusual` (whole characters, in order, so it is found there
    # exactly when the file has it): 3 MB to search instead of 80.
    if unusual and (unusual.translate(None, _HIGH) or _ODD_UTF8.search(unusual) or _MARK_UTF8 in unusual):
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
    if _KEY_THEN_LINE_BREAK.search(data):
        return False
    if b"- -" in data:  # compact nesting ("- - x") could go deep enough to exhaust the native parser's stack
        return False
    if _odd_token_start(data, rare):
        return False
    return _DEEP_INDENT not in data


def _memory_limit() -> int | None:
    """The process's address-space or data-size limit in bytes (the smaller), or None when there is none."""
    try:
        import resource
    except ImportError:  # Windows: no such limits
        return None
    limits = [resource.getrlimit(which)[0] for which in (resource.RLIMIT_AS, resource.RLIMIT_DATA)]
    finite = [limit for limit in limits if limit != resource.RLIM_INFINITY and limit > 0]
    return min(finite) if finite else None


def _parse(box: list[bytes]) -> Any:
    """The file parsed by yaml-rs, marked; None when it refuses the file (the positioned reader will say why).
    The bytes are taken out of `box`, so that they are let go once marked (the caller holds no other reference)."""
    try:
        text = marked(box.pop().removeprefix(b"\xef\xbb\xbf"))
        # From bytes: no Python str of the whole file (two bytes a character once one is past U+00FF).
        return _yaml_rs.load(text, parse_datetime=False)
    except Exception:
        return None


def _parse_in_child(data: bytes) -> Any:
    """_parse in a forked child, the tree sent back as marshal bytes (plain dicts, lists, strings: nothing that
    runs code). Native code that runs out of memory aborts the process it runs in, where Python raises a
    MemoryError that factcli reports: so under a memory limit the parse runs apart, and a child that dies
    (abort, signal, MemoryError) only means "not this way": the positioned reader takes the file."""
    import marshal
    import os

    if not hasattr(os, "fork"):
        return None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        status = 1
        try:
            os.close(read_end)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)  # an abort's message is not the user's to read
            payload = marshal.dumps(_parse([data]))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    return marshal.loads(payload) if status == 0 and payload else None


def splittable() -> bool:
    """Whether a file may be parsed in pieces (native_split.py): the parser is there, and no memory limit calls for
    the parse to run apart (see load)."""
    return _yaml_rs is not None and _memory_limit() is None


def parse(box: list[bytes]) -> Any:
    """A piece of a file, screened, marked and parsed (its bytes taken out of `box`, as in load); None when the
    screen or the parser refuses it. The pieces are cut at the start of a line, and every test of the screen looks
    within a line (or at the line break before one): the pieces pass exactly when the whole file would."""
    return _parse(box) if _suitable(box[0]) else None


def load(data: bytes | list[bytes]) -> Any:
    """The file's data as plain dicts, lists and marked strings (None when this path must not be used). Given its
    bytes in a one-item list, load takes them out of it, so that they can be let go during the parse."""
    box = data if isinstance(data, list) else [data]
    if _yaml_rs is None or not _suitable(box[0]):
        return None
    limit = _memory_limit()
    if limit is None:
        return _parse(box)
    if len(box[0]) * _MEMORY_PER_BYTE >= limit:
        return None  # surely too large: no need to try
    return _parse_in_child(box.pop())

"""Where a large fact file's text can be cut in two, so that two processes parse a half each.

The native parser takes 2.4 s of a cold build of 100,000 facts, on one core while the other waits.
Cut at the line of a fact in the middle of the `facts` list, the file makes two documents: the text
before that line (the header and the first facts), and the header followed by the text from that line
on. Each parses to the header and its own facts, and the two lists of facts make the file's list.

A cut is only made where that cannot change what is read (native_build.py checks the rest):

- `facts:` is a key at the start of a line, and the last one: after it every line starts with a space,
  a comment or the `-` of an item (no other key, no document marker, no text at column 0);
- the cut is at a line that starts an item at the list's own indentation. A block or plain scalar cannot
  hold such a line (their lines are indented deeper), nor can a comment; a quoted scalar or a flow
  collection that did would leave the first document unterminated, which the parser refuses;
- the first document must hold as many facts as there are item lines before the cut (the child numbers
  its facts from there): so no line counted as an item was anything else.
"""

from __future__ import annotations

import re

from factcli.core.struct import record

# The `facts` key alone on its line at column 0 (a comment may follow).
_FACTS_KEY = re.compile(rb"^facts:[ \t]*(?:#[^\n]*)?\r?\n", re.MULTILINE)
# After it, a line starting with anything but a space, a comment or an item's "- " (or "-" ending the line).
_NOT_AN_ITEM = re.compile(rb"\n(?:[^ #\r\n-]|-[^ \r\n])")
# The first item's indentation, past blank and comment lines.
_FIRST_ITEM = re.compile(rb"(?:[ ]*(?:#[^\n]*)?\r?\n)*( *)-[ \r\n]")


@record
class Cut:
    """Where the facts list starts (`items`: the first item's line), where the second half starts (`at`: an item's
    line), and how many item lines come before it (`before`) and from it on (`after`)."""

    items: int
    at: int
    before: int
    after: int


def cut(data: bytes) -> Cut | None:
    """Where `data` can be cut in two halves of its facts list (each with the header), or None when it cannot."""
    key = _FACTS_KEY.search(data)
    if key is None or _NOT_AN_ITEM.search(data, key.end() - 1):
        return None
    first = _FIRST_ITEM.match(data, key.end())
    if first is None:
        return None
    items = first.start(1)
    indent = first.group(1)
    middle = items + (len(data) - items) // 2
    item = re.compile(rb"\n" + indent + rb"-[ \r\n]")  # (findall counts them faster than bytes.count)
    at = item.search(data, middle)
    if at is None:
        return None
    line = at.start() + 1
    return Cut(items, line, len(item.findall(data, items - 1, line)), len(item.findall(data, line - 1)))

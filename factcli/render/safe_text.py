"""Make untrusted text safe to show: control and bidi characters become visible escapes.

Fact files are shared and downloaded; a fact must never be able to clear the
screen, set the window title, write the clipboard (OSC 52) or reorder what the
reader sees (bidi overrides). Newline and tab are kept where layout needs them.
"""

from __future__ import annotations

import re

# C0 (but \t and \n), DEL, C1, and the bidirectional formatting characters.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def _escape(match: re.Match[str]) -> str:
    """The visible escape of one unsafe character: \\xNN, or \\uNNNN past Latin-1."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Replace every unsafe character with a visible escape such as `\\x1b`; keep \\n and \\t."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """Like `visible`, and newlines and tabs too, for output that must stay on one line."""
    return _UNSAFE_ONE_LINE.sub(_escape, text)

"""The one place where results become text: Rich on a terminal, or a machine format.

Machine formats are written straight to the stream, never through a Rich
console, so their bytes do not depend on COLUMNS, TERM or NO_COLOR, and they
never pay for importing Rich.
"""

from __future__ import annotations

from factcli.core.results import Lookup, Result

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

FORMATS = ("auto", "table", "plain", "json", "jsonl", "csv", "tsv", "yaml", "value")


def resolve_format(fmt: str, stdout_is_tty: bool) -> str:
    """`auto` means Rich on a terminal and plain text when piped."""
    if fmt == "auto":
        return "table" if stdout_is_tty else "plain"
    return fmt


def render(result: Result, fmt: str, lookup: Lookup, out: TextIO, *, color: str = "auto",
           explain: bool = False) -> None:
    """Write `result` to `out` in the resolved format `fmt`."""
    if fmt == "table":
        from factcli.render.terminal import render_terminal

        render_terminal(result, lookup, out, color=color, explain=explain)
        return
    from factcli.render.machine import render_machine

    render_machine(result, fmt, lookup, out, explain=explain)

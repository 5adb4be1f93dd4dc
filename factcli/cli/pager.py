"""Long output at a terminal goes through a pager, as git and gh do; never when stdout is not a terminal.

The pager is $FACTCLI_PAGER, else $PAGER, else `less -FRX` (LESS=FRX is set when LESS is not, as git does);
an empty value or `cat` means none, and so does --no-pager. Output is gathered first and paged only when it is
taller than the screen, so a short answer is printed as ever whatever the pager.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping

from factcli.core.errors import ExitStatus

DEFAULT = "less -FRX"
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def pager_command(env: Mapping[str, str]) -> str | None:
    """The pager to run: $FACTCLI_PAGER, else $PAGER, else `less -FRX`; None when it is set empty or to cat."""
    for var in ("FACTCLI_PAGER", "PAGER"):
        if var in env:
            command = env[var].strip()
            return None if command in ("", "cat") else command
    return DEFAULT


def screen_lines(text: str, columns: int) -> int:
    """How many lines of a screen `columns` wide the text fills (colour codes aside, long lines wrapped)."""
    width = max(columns, 1)
    return sum(max(1, -(-len(_ESCAPES.sub("", line)) // width)) for line in text.split("\n")[:-1] or [""])


def should_page(text: str, rows: int, columns: int) -> bool:
    """Whether the text is taller than the screen (one line is left for the prompt)."""
    return screen_lines(text, columns) > rows - 1


class _Gathered:
    """Stands in for stdout while a command runs: keeps its text, and answers as the terminal it will reach."""

    def __init__(self, real: object) -> None:
        self.real = real
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        """Keep the text."""
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        """Nothing to do until the command ends."""

    def isatty(self) -> bool:
        """Yes: the output is for the terminal (Rich decides colour and width by it)."""
        return True

    def fileno(self) -> int:
        """The terminal's descriptor (Rich asks the size through it)."""
        return self.real.fileno()  # type: ignore[attr-defined, no-any-return]

    @property
    def encoding(self) -> str:
        """The terminal's encoding."""
        return getattr(self.real, "encoding", None) or "utf-8"


def _run_pager(command: str, text: str, encoding: str) -> bool:
    """Show the text through the pager; False when it cannot be started (the caller then prints the text)."""
    import shlex
    import shutil
    import signal
    import subprocess

    try:
        program = shlex.split(command)[0]
    except (ValueError, IndexError):
        return False
    if shutil.which(program) is None:
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the pager's, as under git
    try:
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
        try:
            assert proc.stdin is not None
            proc.stdin.write(text.encode(encoding, "replace"))
            proc.stdin.close()
        except BrokenPipeError:
            pass  # the reader quit the pager before the end
        proc.wait()
    except OSError:
        return False
    finally:
        signal.signal(signal.SIGINT, previous)
    return True


def paged(no_pager: bool, body: Callable[[], ExitStatus]) -> ExitStatus:
    """Run a command body; at a terminal, page what it wrote when that does not fit the screen."""
    command = None if no_pager or not sys.stdout.isatty() else pager_command(os.environ)
    if command is None:
        return body()
    real = sys.stdout
    gathered = _Gathered(real)
    sys.stdout = gathered
    try:
        return body()
    finally:
        sys.stdout = real
        text = "".join(gathered.parts)
        rows, columns = _screen(real)
        if not (rows and should_page(text, rows, columns) and _run_pager(command, text, gathered.encoding)):
            real.write(text)
            real.flush()


def _screen(out: object) -> tuple[int, int]:
    """The terminal's rows and columns ($LINES and $COLUMNS first); (0, 0) when it does not say (then no pager:
    a terminal of unknown height might hold the text)."""
    try:
        size = os.get_terminal_size(out.fileno())  # type: ignore[attr-defined]
        rows, columns = size.lines, size.columns
    except (OSError, ValueError, AttributeError):
        rows, columns = 0, 0
    rows = int(os.environ["LINES"]) if os.environ.get("LINES", "").isdigit() else rows
    columns = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else columns
    return (rows, columns) if rows > 0 and columns > 0 else (0, 0)

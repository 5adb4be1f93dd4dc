"""Exit statuses and the project's own error types.

Every failure a user can cause ends in one of these, so the CLI can map it to
one line on stderr and a grep-like exit status, never a traceback.
"""

from __future__ import annotations

import enum

from factcli.core.struct import record

# How many problems in fact files are collected before factcli stops looking (--max-errors; 0: no limit).
# Like a compiler's error limit: nobody reads past the first screens, and a file broken on every line
# would otherwise cost minutes. The limit holds in all, and so for each file.
DEFAULT_MAX_ERRORS = 100


class ExitStatus(enum.IntEnum):
    """Process exit statuses, the same for every command (grep's convention)."""

    FOUND = 0
    NOT_FOUND = 1
    USAGE = 2
    INTERNAL = 70
    INTERRUPTED = 130


@record
class Diagnostic:
    """One problem in a fact file, pointing at the offending node."""

    file: str
    line: int  # 1-based; 0 when the problem has no position
    column: int  # 1-based; 0 when the problem has no position
    message: str
    severity: str = "error"  # or "warning": reported, but the file still loads

    def format(self) -> str:
        """Render as `FILE:LINE:COL: error: MESSAGE` (or `FILE: error: ...`; `warning:` for a warning)."""
        if self.line:
            return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"
        return f"{self.file}: {self.severity}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """The JSON form: file, line, column (0 when unknown), severity and message."""
        return {"file": self.file, "line": self.line, "column": self.column, "severity": self.severity,
                "message": self.message}


class FactcliError(Exception):
    """Base of every error factcli reports to a user (exit status 2 unless said)."""

    status: ExitStatus = ExitStatus.USAGE

    def lines(self) -> list[str]:
        """The lines to print on stderr."""
        return [f"factcli: {self}"]


class UsageError(FactcliError):
    """A bad option value or argument combination."""


class FactFileError(FactcliError):
    """One or more problems in fact files, all reported at once."""

    def __init__(self, diagnostics: list[Diagnostic], more: bool = False) -> None:
        self.diagnostics = sorted(set(diagnostics))
        self.more = more  # whether collecting stopped at the error limit, with problems left unreported
        super().__init__(self.summary())

    def summary(self) -> str:
        """A closing line counting the problems and files (and saying when more were not looked for)."""
        files = {d.file for d in self.diagnostics}
        n = len(self.diagnostics)
        counted = f"{n} error{'s' if n != 1 else ''} in {len(files)} file{'s' if len(files) != 1 else ''}"
        if self.more:
            return f"{counted} shown; stopped there, and there are more (--max-errors N raises the limit, 0 shows all)"
        return counted

    def lines(self) -> list[str]:
        """Each problem on its line, then the summary."""
        return [*(d.format() for d in self.diagnostics), self.summary()]

"""Exit statuses and the project's own error types.

Every failure a user can cause ends in one of these, so the CLI can map it to
one line on stderr and a grep-like exit status, never a traceback.
"""

from __future__ import annotations

import enum

from factcli.core.struct import record


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

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(set(diagnostics))
        super().__init__(self.summary())

    def summary(self) -> str:
        """A closing line counting the problems and files."""
        files = {d.file for d in self.diagnostics}
        n = len(self.diagnostics)
        return (
            f"{n} error{'s' if n != 1 else ''} in {len(files)} "
            f"file{'s' if len(files) != 1 else ''}"
        )

    def lines(self, limit: int = 200) -> list[str]:
        """Each problem on its line (the first `limit` of them), then the summary."""
        shown = [d.format() for d in self.diagnostics[:limit]]
        if len(self.diagnostics) > limit:
            shown.append(f"... and {len(self.diagnostics) - limit} more")
        return [*shown, self.summary()]

"""Running a command, with or without Typer: common options, rendering, errors and exit codes.

Typer-free, so the fast parser (main.py) and the Typer commands share every
behaviour; only the parsing of the command line differs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from factcli.cli.spec import Color, Format, LangOpt
from factcli.core.errors import ExitStatus, FactcliError
from factcli.core.model import Lang
from factcli.core.results import AskResult, Result, is_empty
from factcli.core.struct import mutable_record
from factcli.render.safe_text import one_line

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@mutable_record
class Common:
    """The common options of one invocation, resolved."""

    file: list[str] | None
    lang: LangOpt | None
    format: Format
    json: bool
    limit: int | None
    color: Color
    cache_dir: str | None
    no_cache: bool
    max_size: str
    max_errors: int
    no_pager: bool = False

    @property
    def out_format(self) -> str:
        """The format to write: as asked, else the terminal view where stdout is one or colour was asked
        for (`--color always | less -R`, as ls, grep and rg do), else plain text."""
        from factcli.render import resolve_format

        wants_terminal_view = sys.stdout.isatty() or self.color is Color.always
        return resolve_format("json" if self.json else self.format.value, wants_terminal_view)

    def resolved_lang(self) -> Lang:
        """The answer language: --lang, else $FACTCLI_LANG, else the locale, else English."""
        from factcli.cli.settings import default_lang

        if self.lang is None:
            return default_lang()
        return "it" if self.lang is LangOpt.it else "en"

    def answer_lang(self, question: str) -> Lang | None:
        """The language to answer a question in: --lang, else the question's own (None: ask reads it), else, for
        words of no telling language (a name, one noun), the user's (resolved_lang)."""
        from factcli.ask.language import shows_its_language

        if self.lang is not None or not shows_its_language(question):
            return self.resolved_lang()
        return None

    def factbase(self) -> Any:
        """The fact base these options name, loaded through the cache, with progress on a terminal."""
        from factcli.cli.settings import parse_size
        from factcli.factbase import FactBase

        progress = None
        if sys.stderr.isatty():
            from factcli.render.progress import progress_reporter

            progress = progress_reporter(self.color.value)
        return FactBase.load(self.file or (), cache_dir=self.cache_dir, use_cache=not self.no_cache,
                             max_bytes=parse_size(self.max_size), progress=progress, max_errors=self.max_errors)


OUT_OF_MEMORY = "factcli: error: not enough memory (lower --max-size to refuse large files sooner)"


def quiet_unraisable(hook: Any) -> None:
    """sys.unraisablehook: a MemoryError in a finaliser while memory runs out is not the user's to read (the
    command's own error line says it); anything else is reported as Python would."""
    if not isinstance(hook.exc_value, MemoryError):
        sys.__unraisablehook__(hook)


def note(message: str) -> None:
    """A short line on stderr, never stdout."""
    sys.stderr.write(one_line(message) + "\n")
    sys.stderr.flush()


# The formats that print an object for a question no fact answers, as they do for one answered.
STRUCTURED = ("json", "jsonl", "yaml")


def emit(result: Result, common: Common, lookup: Any, *, explain: bool = False) -> ExitStatus:
    """Render a result to stdout, or a note to stderr when it is empty (and a claim's verdict all the same);
    return the exit status."""
    from factcli.render import render

    if is_empty(result):
        note(f"factcli: {getattr(result, 'not_found', 'nothing found')}")
        if (getattr(result, "verdict", None) is not None and common.out_format not in ("table", "value")) or (
                isinstance(result, AskResult) and common.out_format in STRUCTURED):
            # A claim's "not in the facts" is a verdict, data a script reads like the others (exit 1 still); an
            # unanswered question is an object too where the format is one ("answer": null, its reason), as
            # each line of `ask -` is: a script reads one shape.
            render(result, common.out_format, lookup, sys.stdout, color=common.color.value, explain=explain)
            sys.stdout.flush()
        return ExitStatus.NOT_FOUND
    render(result, common.out_format, lookup, sys.stdout, color=common.color.value, explain=explain)
    sys.stdout.flush()
    note_verdict(result, common)
    return ExitStatus.FOUND


def note_verdict(result: Result, common: Common, question: str | None = None) -> None:
    """A claim's verdict on stderr where the format is a bare value, which cannot say whether it confirms the
    claim or corrects it (with the claim, for a line of `ask -`)."""
    if common.out_format == "value" and isinstance(result, AskResult) and result.verdict is not None:
        note(f"factcli: {question!r}: {result.verdict}" if question is not None else f"factcli: {result.verdict}")


def _quiet_exit_on_closed_stdout() -> None:
    """Point stdout at /dev/null, so that the final flush after a closed pipe cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# The status a command has already earned, whatever it writes next: a closed pipe ends it with this one.
_settled: list[ExitStatus] = []


def settle(status: ExitStatus) -> None:
    """Fix the status the command ends with should its output be cut short by a closed pipe: `check | head -1` of
    an invalid file still ends with 2, `show - | head` with 1 once an id was missing."""
    _settled[:] = [max([status, *_settled])]


def _cut_short() -> ExitStatus:
    """The status of a command whose output was cut short: the one it had settled, else found."""
    _quiet_exit_on_closed_stdout()
    return _settled[0] if _settled else ExitStatus.FOUND


def guarded(body: Callable[[], ExitStatus]) -> int:
    """Run a command body; turn every outcome into an exit status and at most a line on stderr."""
    _settled.clear()
    try:
        status = body()
    except FactcliError as exc:
        for line in exc.lines():
            note(line)
        status = exc.status
    except KeyboardInterrupt:
        note("factcli: interrupted")
        status = ExitStatus.INTERRUPTED
    except MemoryError:
        note(OUT_OF_MEMORY)
        status = ExitStatus.USAGE
    except BrokenPipeError:
        status = _cut_short()
    except OSError as exc:
        if exc.errno in (9, 32):  # EBADF, EPIPE: stdout closed under us; nothing to say.
            status = _cut_short()
        else:
            note(f"factcli: error: {exc.strerror or exc}")
            status = ExitStatus.USAGE
    except Exception as exc:
        note(f"factcli: internal error: {type(exc).__name__}: {exc} (please report this with the command you ran)")
        status = ExitStatus.INTERNAL
    return int(status)

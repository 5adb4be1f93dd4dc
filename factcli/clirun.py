"""What every command shares: common options, loading, rendering, errors and exit codes.

Declared once here; `command()` adds the common options to each command's
signature, so `factcli when hanoi --json --limit 1` works on every command
without a copy of the options per command.
"""

from __future__ import annotations

import enum
import functools
import inspect
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import ExitStatus, FactcliError
from .model import Lang
from .results import Result, is_empty
from .safetext import one_line


class Format(str, enum.Enum):
    auto = "auto"
    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    yaml = "yaml"
    value = "value"


class LangOpt(str, enum.Enum):
    it = "it"
    en = "en"


class Color(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


_G = "Common options"

FileOpt = Annotated[list[Path] | None, typer.Option(
    "--file", "-f", help="Fact file or directory of *.yaml (repeatable). Default: $FACTCLI_FILE, else the bundled facts.",
    rich_help_panel=_G, show_default=False)]
LangO = Annotated[LangOpt | None, typer.Option(
    "--lang", help="Language of the answer: it or en. Default: $FACTCLI_LANG, else the locale, else en.",
    rich_help_panel=_G, show_default=False)]
FormatO = Annotated[Format, typer.Option(
    "--format", help="Output format; auto is a table on a terminal and plain text when piped.", rich_help_panel=_G)]
JsonO = Annotated[bool, typer.Option("--json", help="Short for --format json.", rich_help_panel=_G)]
LimitO = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most N results.",
                                              rich_help_panel=_G, show_default=False)]
ColorO = Annotated[Color, typer.Option("--color", help="Colour on a terminal (honours NO_COLOR, FORCE_COLOR).",
                                       rich_help_panel=_G)]
CacheDirO = Annotated[Path | None, typer.Option(
    "--cache-dir", help="Index cache directory. Default: $FACTCLI_CACHE_DIR, else $XDG_CACHE_HOME/factcli.",
    rich_help_panel=_G, show_default=False)]
NoCacheO = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the index cache.",
                                        rich_help_panel=_G)]
MaxSizeO = Annotated[str, typer.Option("--max-size", help="Refuse fact files larger than this (e.g. 300M, 2G).",
                                       rich_help_panel=_G)]

_COMMON: list[tuple[str, Any, Any]] = [
    ("file", FileOpt, None), ("lang", LangO, None), ("format", FormatO, Format.auto), ("json", JsonO, False),
    ("limit", LimitO, None), ("color", ColorO, Color.auto), ("cache_dir", CacheDirO, None),
    ("no_cache", NoCacheO, False), ("max_size", MaxSizeO, "256M"),
]


@dataclass
class Common:
    """The common options of one invocation, resolved."""

    file: list[Path] | None
    lang: LangOpt | None
    format: Format
    json: bool
    limit: int | None
    color: Color
    cache_dir: Path | None
    no_cache: bool
    max_size: str

    @property
    def out_format(self) -> str:
        from .render import resolve_format

        return resolve_format("json" if self.json else self.format.value, sys.stdout.isatty())

    def resolved_lang(self) -> Lang:
        from .settings import default_lang

        if self.lang is None:
            return default_lang()
        return "it" if self.lang is LangOpt.it else "en"

    def factbase(self) -> Any:
        from .factbase import FactBase
        from .settings import parse_size

        progress = _progress_reporter() if sys.stderr.isatty() else None
        return FactBase.load(self.file or (), cache_dir=self.cache_dir, use_cache=not self.no_cache,
                             max_bytes=parse_size(self.max_size), progress=progress)


def _progress_reporter() -> Callable[[int, int], None]:
    """A Rich progress bar on stderr, shown only once building the index has taken a second."""
    import time

    started = time.monotonic()
    state: dict[str, Any] = {}

    def report(done: int, total: int) -> None:
        if "bar" not in state:
            if time.monotonic() - started < 1.0:
                return
            from rich.progress import Progress

            bar = Progress(transient=True, console=None)
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task("building the index", total=total)
        state["bar"].update(state["task"], completed=done)
        if done >= total:
            state["bar"].stop()

    return report


def note(message: str) -> None:
    """A short line on stderr, never stdout."""
    sys.stderr.write(one_line(message) + "\n")
    sys.stderr.flush()


def emit(result: Result, common: Common, lookup: Any, *, explain: bool = False) -> ExitStatus:
    """Render a result to stdout, or a note to stderr when it is empty; return the exit status."""
    from .render import render

    if is_empty(result):
        note(f"factcli: {getattr(result, 'not_found', 'nothing found')}")
        return ExitStatus.NOT_FOUND
    render(result, common.out_format, lookup, sys.stdout, color=common.color.value, explain=explain)
    sys.stdout.flush()
    return ExitStatus.FOUND


def _quiet_exit_on_closed_stdout() -> None:
    # Python's signal docs: point stdout at devnull so the final flush cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def guarded(body: Callable[[], ExitStatus]) -> None:
    """Run a command body; turn every outcome into an exit status and at most a line on stderr."""
    try:
        status = body()
    except FactcliError as exc:
        for line in exc.lines():
            note(line)
        status = exc.status
    except KeyboardInterrupt:
        note("factcli: interrupted")
        status = ExitStatus.INTERRUPTED
    except BrokenPipeError:
        _quiet_exit_on_closed_stdout()
        status = ExitStatus.FOUND
    except OSError as exc:
        if exc.errno in (9, 32):  # EBADF, EPIPE: stdout closed under us; nothing to say.
            _quiet_exit_on_closed_stdout()
            status = ExitStatus.FOUND
        else:
            note(f"factcli: error: {exc.strerror or exc}")
            status = ExitStatus.USAGE
    except Exception as exc:
        note(f"factcli: internal error: {type(exc).__name__}: {exc} (please report this with the command you ran)")
        status = ExitStatus.INTERNAL
    raise typer.Exit(int(status))


def command(app: typer.Typer, name: str, *, aliases: tuple[str, ...] = (), **kw: Any
            ) -> Callable[[Callable[..., ExitStatus]], Callable[..., ExitStatus]]:
    """Register `fn(common, **own)` as a command taking its own options plus the common ones."""
    def decorate(fn: Callable[..., ExitStatus]) -> Callable[..., ExitStatus]:
        sig = inspect.signature(fn)
        own = [p for p in sig.parameters.values() if p.name != "common"]
        common_params = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a)
                         for n, a, d in _COMMON]

        @functools.wraps(fn)
        def wrapper(**kwargs: Any) -> None:
            common = Common(**{n: kwargs.pop(n) for n, _, _ in _COMMON})
            guarded(lambda: fn(common, **kwargs))

        del wrapper.__wrapped__
        wrapper.__signature__ = sig.replace(parameters=own + common_params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {**{p.name: p.annotation for p in own}, **{n: a for n, a, _ in _COMMON}}
        for cmd_name in (name, *aliases):
            app.command(cmd_name, hidden=cmd_name != name, **kw)(wrapper)
        return fn

    return decorate

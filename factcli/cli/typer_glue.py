"""What every command shares: common options, loading, rendering, errors and exit codes.

Declared once here; `command()` adds the common options to each command's
signature, so `factcli when hanoi --json --limit 1` works on every command
without a copy of the options per command.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from factcli.cli.invocation import Color, Common, Format, LangOpt, guarded
from factcli.core.errors import ExitStatus

_G = "Common options"

FileOpt = Annotated[list[str] | None, typer.Option(
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
CacheDirO = Annotated[str | None, typer.Option(
    "--cache-dir", help="Index cache directory. Default: $FACTCLI_CACHE_DIR, else $XDG_CACHE_HOME/factcli.",
    rich_help_panel=_G, show_default=False)]
NoCacheO = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the index cache.",
                                        rich_help_panel=_G)]
MaxSizeO = Annotated[str, typer.Option("--max-size", help="Refuse fact files larger than this (e.g. 300M, 2G).",
                                       rich_help_panel=_G)]

def print_version(value: bool) -> None:
    """--version, on the root command and on every command: print and exit."""
    if value:
        from factcli.core.version import __version__

        sys.stdout.write(f"factcli {__version__}\n")
        raise typer.Exit(0)


VersionO = Annotated[bool, typer.Option("--version", callback=print_version, is_eager=True,
                                        help="Print the version and exit.", rich_help_panel=_G)]

_COMMON: list[tuple[str, Any, Any]] = [
    ("file", FileOpt, None), ("lang", LangO, None), ("format", FormatO, Format.auto), ("json", JsonO, False),
    ("limit", LimitO, None), ("color", ColorO, Color.auto), ("cache_dir", CacheDirO, None),
    ("no_cache", NoCacheO, False), ("max_size", MaxSizeO, "256M"),
]
_EXTRA: list[tuple[str, Any, Any]] = [("version", VersionO, False)]  # handled by its callback


def command(app: typer.Typer, name: str, *, aliases: tuple[str, ...] = (), **kw: Any
            ) -> Callable[[Callable[..., ExitStatus]], Callable[..., ExitStatus]]:
    """Register `fn(common, **own)` as a command taking its own options plus the common ones."""
    def decorate(fn: Callable[..., ExitStatus]) -> Callable[..., ExitStatus]:
        sig = inspect.signature(fn)
        own = [p for p in sig.parameters.values() if p.name != "common"]
        common_params = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a)
                         for n, a, d in _COMMON + _EXTRA]

        @functools.wraps(fn)
        def wrapper(**kwargs: Any) -> None:
            common = Common(**{n: kwargs.pop(n) for n, _, _ in _COMMON})
            for name, _, _ in _EXTRA:
                kwargs.pop(name, None)
            raise typer.Exit(guarded(lambda: fn(common, **kwargs)))

        del wrapper.__wrapped__
        wrapper.__signature__ = sig.replace(parameters=own + common_params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {**{p.name: p.annotation for p in own},
                                   **{n: a for n, a, _ in _COMMON + _EXTRA}}
        for cmd_name in (name, *aliases):
            app.command(cmd_name, hidden=cmd_name != name, **kw)(wrapper)
        return fn

    return decorate

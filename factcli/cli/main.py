"""A fast path for the everyday lookups, so a piped `factcli when hanoi --format value` does not pay
for importing Typer (about 65 ms of a 170 ms run on this machine).

It understands only plain, valid invocations of the query commands with machine or plain output,
and hands anything else (help, completion, an unknown or malformed option, terminal output) to
Typer, which stays the one place that defines, documents and reports errors for the command line.
It calls the same command bodies (commands.py) with the same option values; a parity test runs
both parsers over the same command lines.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from factcli.cli import commands
from factcli.cli.invocation import Color, Common, Format, LangOpt, guarded

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_VALUED = {
    "-f": "file", "--file": "file", "--lang": "lang", "--format": "format", "-n": "limit", "--limit": "limit",
    "--color": "color", "--cache-dir": "cache_dir", "--max-size": "max_size", "-t": "type", "--type": "type",
    "-e": "entity", "--entity": "entity", "--tag": "tag", "--since": "since", "--until": "until",
    "--about": "about",
}
_FLAGS = {"--json": "json", "--no-cache": "no_cache", "--explain": "explain"}
_REPEATABLE = {"file", "type", "tag"}
_COMMON = {"file", "lang", "format", "limit", "color", "cache_dir", "max_size", "json", "no_cache"}

# command -> (positional arguments: name, "?name" optional or "*name" one or more; its own options)
_COMMANDS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "when": (("topic",), frozenset()), "where": (("topic",), frozenset()),
    "count": (("topic",), frozenset()), "how-many": (("topic",), frozenset()),
    "search": (("text",), frozenset({"type"})), "show": (("*ids",), frozenset()),
    "ask": (("question",), frozenset({"explain"})),
    "list": ((), frozenset({"type", "entity", "tag", "since", "until"})),
    "quote": (("?speaker",), frozenset({"about"})), "entities": (("?name",), frozenset()),
    "timeline": (("?topic",), frozenset({"since", "until"})),
}


def parse(argv: Sequence[str]) -> tuple[str, dict[str, Any], list[str]] | None:
    """(command, options, positionals) for a command line the fast path can take, else None."""
    if not argv or argv[0] not in _COMMANDS:
        return None
    name = argv[0]
    own = _COMMANDS[name][1]
    opts: dict[str, Any] = {}
    positional: list[str] = []
    i = 1
    while i < len(argv):
        token = argv[i]
        i += 1
        if not token.startswith("-") or token == "-":
            positional.append(token)
            continue
        key, eq, inline = token.partition("=")
        if key in _FLAGS and not eq:
            dest = _FLAGS[key]
            value: Any = True
        elif key in _VALUED:
            dest = _VALUED[key]
            if eq:
                value = inline
            elif i < len(argv):
                value, i = argv[i], i + 1
            else:
                return None
        else:
            return None  # --help, --, -n5 and anything unknown: Typer's to answer
        if dest not in _COMMON and dest not in own:
            return None
        if dest in _REPEATABLE:
            opts.setdefault(dest, []).append(value)
        elif dest in opts:
            return None
        else:
            opts[dest] = value
    spec = _COMMANDS[name][0]
    if not spec:
        return (name, opts, positional) if not positional else None
    if spec[0].startswith("*"):
        return (name, opts, positional) if positional else None
    if spec[0].startswith("?"):
        return (name, opts, positional) if len(positional) <= 1 else None
    return (name, opts, positional) if len(positional) == 1 else None


def _common(opts: dict[str, Any]) -> Common | None:
    try:
        limit = int(opts["limit"]) if "limit" in opts else None
        common = Common(
            file=list(opts["file"]) if "file" in opts else None,
            lang=LangOpt(opts["lang"]) if "lang" in opts else None,
            format=Format(opts.get("format", "auto")), json=bool(opts.get("json")), limit=limit,
            color=Color(opts.get("color", "auto")),
            cache_dir=opts.get("cache_dir"),
            no_cache=bool(opts.get("no_cache")), max_size=opts.get("max_size", "256M"),
        )
    except ValueError:
        return None  # an invalid value: let Typer word the error
    if (limit is not None and limit < 1) or common.out_format == "table":
        return None  # terminal output imports Rich anyway; leave it to the full CLI
    return common


def run(argv: Sequence[str]) -> int | None:
    """Run the command line if the fast path can; return its exit status, or None to defer to Typer."""
    parsed = parse(argv)
    if parsed is None:
        return None
    name, opts, pos = parsed
    common = _common(opts)
    if common is None:
        return None
    arg = pos[0] if pos else None
    if name in commands.TYPED:
        return guarded(lambda: commands.typed(name, common, pos[0]))
    bodies = {
        "search": lambda: commands.search(common, pos[0], opts.get("type")),
        "show": lambda: commands.show(common, pos),
        "ask": lambda: commands.ask(common, pos[0], bool(opts.get("explain"))),
        "list": lambda: commands.list_facts(common, opts.get("type"), opts.get("entity"), opts.get("tag"),
                                            opts.get("since"), opts.get("until")),
        "quote": lambda: commands.quote(common, arg, opts.get("about")),
        "entities": lambda: commands.entities(common, arg),
        "timeline": lambda: commands.timeline(common, arg, opts.get("since"), opts.get("until")),
    }
    return guarded(bodies[name])


def main() -> None:
    """Console-script entry point: the fast path when it applies, else the full Typer CLI."""
    import signal

    # Die quietly like any Unix filter when the reader goes away (`| head -1`).
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if sys.stdout is None:  # started with stdout closed (`>&-`): nothing can be read, say nothing
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    try:
        status = run(sys.argv[1:])
        if status is None:
            from factcli.cli.app import main as full

            full()
            return
    except KeyboardInterrupt:
        sys.stderr.write("factcli: interrupted\n")
        status = 130
    except Exception as exc:
        sys.stderr.write(f"factcli: internal error: {type(exc).__name__}: {exc} (please report this)\n")
        status = 70
    sys.exit(status)

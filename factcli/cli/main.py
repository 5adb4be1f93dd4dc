"""The console script's entry, and a fast parser for the everyday lookups, so a piped `factcli when bridge --format value` does not pay
for importing Typer (about 65 ms of a 170 ms run on this machine).

It understands only plain, valid invocations of the query commands with machine or plain output,
and hands anything else (help, completion, an unknown or malformed option, terminal output) to
Typer, which words help and usage errors. Both are built from spec.py, the one declaration of the command line.
It calls the same command bodies (commands.py) with the same option values; a parity test runs
both parsers over the same command lines.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from factcli.cli import spec
from factcli.cli.invocation import OUT_OF_MEMORY, Common, guarded, quiet_unraisable

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_ALL_OPTIONS = (*spec.COMMON, *spec.OPTIONS.values())
_VALUED = {flag: o for o in _ALL_OPTIONS if o.kind is not bool for flag in o.flags}
_FLAGS = {flag: o for o in _ALL_OPTIONS if o.kind is bool for flag in o.flags}
_COMMANDS = {name: c for c in spec.COMMANDS if c.fast and c.group is None for name in (c.name, *c.aliases)}


def _take_option(argv: Sequence[str], i: int, opts: dict[str, Any]) -> int | None:
    """Read the option at argv[i] (and its value) into opts; the next index, or None to defer to Typer."""
    key, eq, inline = argv[i].partition("=")
    value: Any
    if key in _FLAGS and not eq:
        opt, value, i = _FLAGS[key], True, i + 1
    elif key in _VALUED:
        opt = _VALUED[key]
        if eq:
            value, i = inline, i + 1
        elif i + 1 < len(argv):
            value, i = argv[i + 1], i + 2
        else:
            return None
    else:
        return None  # --help, --, -n5 and anything unknown: Typer's to answer
    if opt.repeatable:
        opts.setdefault(opt.dest, []).append(value)
    elif opt.dest in opts:
        return None
    else:
        opts[opt.dest] = value
    return i


def _arguments(command: spec.Command, positional: list[str]) -> dict[str, Any] | None:
    """The positional arguments by name, or None when their number does not fit the command."""
    if not command.args:
        return {} if not positional else None
    arg = command.args[0]
    if arg.arity.endswith("words"):
        joined = " ".join(positional)
        return {arg.dest: joined if positional else None} if positional or arg.arity.startswith("optional") else None
    if arg.arity == "many":
        return {arg.dest: positional} if positional else None
    if arg.arity == "optional-many":
        return {arg.dest: positional or None}
    if arg.arity == "optional":
        return {arg.dest: positional[0] if positional else None} if len(positional) <= 1 else None
    return {arg.dest: positional[0]} if len(positional) == 1 else None


def parse(argv: Sequence[str]) -> tuple[spec.Command, dict[str, Any], dict[str, Any]] | None:
    """(command, option values, argument values) for a command line the fast path can take, else None."""
    if not argv or argv[0] not in _COMMANDS:
        return None
    command = _COMMANDS[argv[0]]
    allowed = {o.dest for o in spec.common_options(command)} | set(command.options)
    opts: dict[str, Any] = {}
    positional: list[str] = []
    i = 1
    while i < len(argv):
        if not argv[i].startswith("-") or argv[i] == "-":
            positional.append(argv[i])
            i += 1
            continue
        step = _take_option(argv, i, opts)
        if step is None:
            return None
        i = step
    if not set(opts) <= allowed:
        return None
    args = _arguments(command, positional)
    return None if args is None else (command, opts, args)


def _typed(opt: spec.Opt, raw: Any) -> Any:
    """An option's value as Typer would pass it; ValueError for one Typer would refuse."""
    if opt.kind is int or opt.kind is float:
        value = int(raw) if opt.kind is int else float(raw)
        if (opt.minimum is not None and value < opt.minimum) or (opt.maximum is not None and value > opt.maximum):
            raise ValueError(raw)
        return value
    if isinstance(opt.kind, type) and opt.kind is not str and opt.kind is not bool:
        return opt.kind(raw)
    return raw


def _values(options: Sequence[spec.Opt], opts: dict[str, Any]) -> dict[str, Any] | None:
    """Every option's value by dest, defaults filled in; None when a value is invalid (Typer words it)."""
    try:
        return {o.dest: ([_typed(o, v) for v in opts[o.dest]] if o.repeatable else _typed(o, opts[o.dest]))
                if o.dest in opts else o.default for o in options}
    except ValueError:
        return None


def run(argv: Sequence[str]) -> int | None:
    """Run the command line if the fast path can; return its exit status, or None to defer to Typer."""
    parsed = parse(argv)
    if parsed is None:
        return None
    command, opts, args = parsed
    common_values = _values(spec.COMMON, opts)
    own = _values(spec.own_options(command), opts)
    if common_values is None or own is None:
        return None
    common = Common(**common_values)
    if common.out_format == "table":
        return None  # terminal output imports Rich anyway; leave it to the full CLI
    from factcli.cli.commands import invoke

    return guarded(lambda: invoke(command.name, common, {**args, **own}))


def hoist_common_options(argv: Sequence[str]) -> list[str]:
    """Common options written before the command (`factcli -f F list`, `factcli --lang it when x`) move
    after it, where both parsers read them; `--version` and `--help` stay the root's."""
    i, moved = 0, list[str]()
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "-":
        key, eq, _ = argv[i].partition("=")
        opt = next((o for o in spec.COMMON if key in o.flags), None)
        if opt is None:
            return list(argv)
        takes = opt.kind is not bool and not eq
        if takes and i + 1 >= len(argv):
            return list(argv)
        moved += argv[i:i + 1 + takes]
        i += 1 + takes
    if not moved or i >= len(argv):
        return list(argv)
    groups = {c.group for c in spec.COMMANDS if c.group}
    head = 2 if argv[i] in groups and i + 1 < len(argv) else 1
    return [*argv[i:i + head], *moved, *argv[i + head:]]


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def completion_for_named_shell(argv: Sequence[str]) -> int | None:
    """`--show-completion SHELL` / `--install-completion SHELL` for the shell named (Typer would take the
    name for an argument and answer for the shell it detects); None when argv asks for neither."""
    if len(argv) != 2 or argv[0] not in ("--show-completion", "--install-completion") or argv[1] not in SHELLS:
        return None
    from typer._completion_shared import get_completion_script, install

    if argv[0] == "--show-completion":
        sys.stdout.write(get_completion_script(prog_name="factcli", complete_var="_FACTCLI_COMPLETE", shell=argv[1])
                         + "\n")
    else:
        shell, path = install(shell=argv[1], prog_name="factcli", complete_var="_FACTCLI_COMPLETE")
        sys.stdout.write(f"{shell} completion installed in {path}\nIt takes effect in a new shell.\n")
    return 0


def main() -> None:
    """Console-script entry point: the fast path when it applies, else the full Typer CLI."""
    # A reader that goes away (`| head -1`) ends the command quietly with status 0, like rg: Python's
    # BrokenPipeError is caught by `guarded`, which points stdout at /dev/null for the final flush.
    sys.unraisablehook = quiet_unraisable
    sys.argv[1:] = hoist_common_options(sys.argv[1:])
    if sys.stdout is None:  # started with stdout closed (`>&-`): nothing can be read, say nothing
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    try:
        status = completion_for_named_shell(sys.argv[1:])
        if status is None:
            status = run(sys.argv[1:])
        if status is None:
            from factcli.cli.app import main as full

            full()
            return
    except KeyboardInterrupt:
        sys.stderr.write("factcli: interrupted\n")
        status = 130
    except MemoryError:
        sys.stderr.write(OUT_OF_MEMORY + "\n")
        status = 2
    except Exception as exc:
        sys.stderr.write(f"factcli: internal error: {type(exc).__name__}: {exc} (please report this)\n")
        status = 70
    sys.exit(status)

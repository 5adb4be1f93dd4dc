"""The Typer app, built from the command-line spec: help, completion and the wording of usage errors.

(No `from __future__ import annotations` here: Typer reads these annotations at runtime.)
"""

import enum
import inspect
import sys
from typing import Annotated, Any, Optional

import typer

from factcli.cli import completion, spec
from factcli.cli.invocation import Common, guarded, note
from factcli.core.errors import ExitStatus


def print_version(value: bool) -> None:
    """--version, on the root command and on every command: print and exit."""
    if value:
        from factcli.core.version import __version__

        sys.stdout.write(f"factcli {__version__}\n")
        raise typer.Exit(0)


def _base_type(kind: object) -> Any:
    """The Python type Typer parses an option's value into."""
    if kind is int or kind is float or kind is bool or (isinstance(kind, type) and issubclass(kind, enum.Enum)):
        return kind
    return str


def _format_choices(command: spec.Command) -> Any:
    """An enum of the formats this command takes, so that its help lists them and Typer refuses the others."""
    return enum.Enum("Format", [(f, f) for f in spec.formats_of(command)], type=str)


def _option(opt: spec.Opt, panel: Optional[str], command: Optional[spec.Command] = None) -> inspect.Parameter:
    """One option as a keyword parameter with its Typer declaration (--format offering what the command takes)."""
    base = _base_type(opt.kind)
    if opt.kind is spec.Format and command is not None:
        base = _format_choices(command)
    many: Any = list.__class_getitem__(base)
    annotation: Any = Optional[many] if opt.repeatable else base if opt.default is not None else Optional[base]
    extra: dict[str, Any] = {"is_eager": True, "callback": print_version} if opt.dest == "version" else {}
    if opt.complete:
        extra["autocompletion"] = getattr(completion, opt.complete)
    info = typer.Option(*opt.flags, help=opt.help, min=opt.minimum, max=opt.maximum, metavar=opt.metavar,
                        rich_help_panel=panel,
                        show_default=opt.default not in (None, False), **extra)
    return inspect.Parameter(opt.dest, inspect.Parameter.KEYWORD_ONLY, default=opt.default,
                             annotation=Annotated[annotation, info])


def _argument(arg: spec.Arg) -> inspect.Parameter:
    """One positional argument as a parameter with its Typer declaration."""
    extra: dict[str, Any] = {"autocompletion": getattr(completion, arg.complete)} if arg.complete else {}
    info = typer.Argument(help=arg.help, metavar=arg.metavar, show_default=False, **extra)
    annotation: Any = {"one": str, "optional": Optional[str], "many": list[str], "words": list[str],
                       "optional-many": Optional[list[str]], "optional-words": Optional[list[str]]}[arg.arity]
    default: Any = None if arg.arity.startswith("optional") else inspect.Parameter.empty
    return inspect.Parameter(arg.dest, inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Annotated[annotation, info])


def _epilog(command: spec.Command) -> str:
    """The examples under a command's help; \\b keeps click from re-wrapping them."""
    return "\b\nExamples:\n" + "\n".join(f"  {e}" for e in command.examples) if command.examples else ""


def _callback(command: spec.Command) -> Any:
    """A function Typer can register for the command: its signature is built from the spec."""
    from factcli.cli.commands import invoke

    key = f"{command.group} {command.name}" if command.group else command.name
    common = spec.common_options(command)
    params = [_argument(a) for a in command.args] + [_option(o, None) for o in spec.own_options(command)]
    params += [_option(o, spec.COMMON_GROUP, command) for o in (*common, spec.VERSION)]

    words = [a.dest for a in command.args if a.arity.endswith("words")]

    def run_command(**values: Any) -> None:
        """Turn Typer's values into the invocation and the body's keywords, and run the body."""
        values.pop("version", None)
        for dest in words:
            values[dest] = " ".join(values[dest]) if values[dest] else None
        common_values = {o.dest: values.pop(o.dest, o.default) for o in spec.COMMON}
        common_values["format"] = spec.Format(common_values["format"])  # from the command's own choice list
        invocation = Common(**common_values)
        raise typer.Exit(guarded(lambda: invoke(key, invocation, values)))

    run_command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    run_command.__doc__ = command.summary
    return run_command


def build_app(only: Optional[str] = None) -> typer.Typer:
    """The Typer app; with `only`, just that command (Typer builds every registered command on each call)."""
    settings: dict[str, Any] = {"rich_markup_mode": None, "no_args_is_help": True}
    app = typer.Typer(name="factcli", help=spec.APP_HELP, pretty_exceptions_enable=False, add_completion=True,
                      context_settings={"help_option_names": ["-h", "--help"]}, **settings)

    @app.callback()
    def _root(version: Annotated[bool, typer.Option("--version", callback=print_version, is_eager=True,
                                                    help=spec.VERSION.help)] = False) -> None:
        """Answer questions from a curated, sourced fact file (Italian and English)."""

    groups = {name: typer.Typer(help=text, **settings) for name, text in spec.GROUPS.items()}
    for name, group in groups.items():
        if only in (None, name):
            app.add_typer(group, name=name)
    for command in spec.COMMANDS:
        target = groups[command.group] if command.group else app
        if only not in (None, command.group or command.name, *command.aliases):
            continue
        callback = _callback(command)
        for name in (command.name, *command.aliases):  # an alias is listed too, as what it stands for
            short = command.summary if name == command.name else f"Same as {command.name}."
            # An alias's own help names the command it stands for, not itself as an alias.
            text = command.summary if name == command.name else \
                command.summary.replace(f"(alias: {name})", f"(same as {command.name})")
            target.command(name, help=text, epilog=_epilog(command), short_help=short)(callback)
    return app


def _only(argv: list[str]) -> Optional[str]:
    """The command being run, when building just that one is safe (not for help or completion)."""
    import os

    if len(argv) < 2 or any(k.startswith("_FACTCLI_COMPLETE") for k in os.environ):
        return None
    known = {n for c in spec.COMMANDS for n in (c.group or c.name, *c.aliases)}
    return argv[1] if argv[1] in known else None


def __getattr__(name: str) -> Any:
    """`app`, the whole Typer app, built on first use (tests and docs use it; the console script does not)."""
    if name == "app":
        return build_app()
    raise AttributeError(name)


def main() -> None:
    """The full Typer CLI (the console script enters through main.main)."""
    cli = build_app(_only(sys.argv))
    try:
        cli()
    except KeyboardInterrupt:
        note("factcli: interrupted")
        sys.exit(int(ExitStatus.INTERRUPTED))

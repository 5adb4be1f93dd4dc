"""The command line: thin Typer commands that ask the service for data and hand it to the renderer.

(No `from __future__ import annotations` here: Typer reads these annotations at runtime.)
"""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .clirun import Common, command, emit, guarded, note
from .errors import ExitStatus, FactFileError, UsageError
from .model import FACT_TYPES

app = typer.Typer(
    name="factcli",
    help="Answer questions from a curated, sourced fact file (Italian and English).",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=True,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
cache_app = typer.Typer(help="Inspect or clear the index cache.", rich_markup_mode=None, no_args_is_help=True)
app.add_typer(cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"factcli {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Answer questions from a curated, sourced fact file (Italian and English)."""


Topic = Annotated[str, typer.Argument(help="Free text: words, names or aliases, in Italian or English.")]
Types = Annotated[Optional[list[str]], typer.Option("--type", "-t", help=f"Only facts of this type: {', '.join(FACT_TYPES)}.")]
EntityO = Annotated[Optional[str], typer.Option("--entity", "-e", help="Only facts naming this entity (name or alias).")]
Tags = Annotated[Optional[list[str]], typer.Option("--tag", help="Only facts with this tag (repeatable: all must match).")]
Since = Annotated[Optional[str], typer.Option("--since", help="Only dated facts on or after YYYY[-MM[-DD]].")]
Until = Annotated[Optional[str], typer.Option("--until", help="Only dated facts on or before YYYY[-MM[-DD]].")]


def _check_date(option: str, value: Optional[str]) -> None:
    import re

    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise UsageError(f"{option} {value!r} is not a date such as 2019, 2019-02 or 2019-02-27")


@command(app, "list")
def list_cmd(common: Common, type: Types = None, entity: EntityO = None, tag: Tags = None,
             since: Since = None, until: Until = None) -> ExitStatus:
    """List facts, filtered by type, entity, tag and date."""
    _check_date("--since", since)
    _check_date("--until", until)
    fb = common.factbase()
    result = fb.list(types=type or (), entity=entity, tags=tag or (), since=since, until=until,
                     lang=common.resolved_lang(), limit=common.limit)
    return emit(result, common, fb)


@command(app, "show")
def show_cmd(common: Common, ids: Annotated[list[str], typer.Argument(help="Fact ids.")]) -> ExitStatus:
    """Show facts by id."""
    fb = common.factbase()
    return emit(fb.show(ids, lang=common.resolved_lang()), common, fb)


def _typed(kind: str, doc: str) -> None:
    def run(common: Common, topic: Topic) -> ExitStatus:
        fb = common.factbase()
        result = fb.search(topic, types=[kind], lang=common.resolved_lang(), limit=common.limit, command=kind)
        return emit(result, common, fb)

    run.__doc__ = doc
    name = {"date": "when", "location": "where", "count": "count"}[kind]
    command(app, name, aliases=("how-many",) if kind == "count" else ())(run)


_typed("date", "When: date facts about a topic, best first (e.g. `factcli when hanoi`).")
_typed("location", "Where: location facts about a topic, best first (e.g. `factcli where \"putin kim\"`).")
_typed("count", "How many: count facts about a topic, best first (e.g. `factcli count trips`). Alias: how-many.")


@command(app, "quote")
def quote_cmd(common: Common,
              speaker: Annotated[Optional[str], typer.Argument(help="Who said it (name or alias).")] = None,
              about: Annotated[Optional[str], typer.Option("--about", help="What the quote is about.")] = None,
              ) -> ExitStatus:
    """Quotes with their speakers, by speaker and/or topic."""
    fb = common.factbase()
    return emit(fb.quotes(speaker, about, lang=common.resolved_lang(), limit=common.limit), common, fb)


@command(app, "search")
def search_cmd(common: Common, text: Topic, type: Types = None) -> ExitStatus:
    """Ranked full-text search over all facts, typo- and accent-tolerant."""
    fb = common.factbase()
    return emit(fb.search(text, types=type or (), lang=common.resolved_lang(), limit=common.limit), common, fb)


@command(app, "entities")
def entities_cmd(common: Common,
                 name: Annotated[Optional[str], typer.Argument(help="Only entities with this name or alias.")] = None,
                 ) -> ExitStatus:
    """Entities with their names, aliases and fact counts."""
    fb = common.factbase()
    return emit(fb.entities(name, lang=common.resolved_lang(), limit=common.limit), common, fb)


@command(app, "timeline")
def timeline_cmd(common: Common,
                 topic: Annotated[Optional[str], typer.Argument(help="Only dated facts about this topic.")] = None,
                 since: Since = None, until: Until = None) -> ExitStatus:
    """Dated facts in order, with year markers."""
    _check_date("--since", since)
    _check_date("--until", until)
    fb = common.factbase()
    result = fb.timeline(topic, since=since, until=until, lang=common.resolved_lang(), limit=common.limit)
    return emit(result, common, fb)


@command(app, "stats")
def stats_cmd(common: Common) -> ExitStatus:
    """Facts per type, status, source, tag and entity."""
    fb = common.factbase()
    return emit(fb.stats(lang=common.resolved_lang()), common, fb)


@command(app, "ask")
def ask_cmd(common: Common,
            question: Annotated[str, typer.Argument(help="A question in Italian or English.")],
            explain: Annotated[bool, typer.Option("--explain", help="Show how the answer was chosen.")] = False,
            ) -> ExitStatus:
    """Answer a question in Italian or English with the single best fact, or say that none answers."""
    fb = common.factbase()
    result = fb.ask(question, lang=common.lang.value if common.lang else None, explain=explain)
    status = emit(result, common, fb, explain=explain)
    if status == ExitStatus.NOT_FOUND and explain:
        import json

        for key, value in result.explain.items():
            note(f"explain: {key}: {json.dumps(value, ensure_ascii=False)}")
    if status == ExitStatus.NOT_FOUND and common.out_format == "table" and result.alternatives:
        from .render.terminal import ask_suggestions

        ask_suggestions(sys.stderr, result.alternatives[:3], result.lang, fb, common.color.value)
    return status


@command(app, "check")
def check_cmd(common: Common,
              files: Annotated[Optional[list[Path]], typer.Argument(help="Fact files (default: as -f).")] = None,
              source_text: Annotated[Optional[list[str]], typer.Option(
                  "--source-text", "-s",
                  help="Verify excerpts against a text: SOURCE_ID=PATH, or PATH for every source.")] = None,
              ) -> ExitStatus:
    """Validate fact files; with --source-text, verify every excerpt occurs verbatim in its source."""
    from .check import check_files

    targets = [[f] for f in files] if files else [common.file or []]
    worst = ExitStatus.FOUND
    errors: list[FactFileError] = []
    for group in targets:
        common.file = list(group)
        try:
            fb = common.factbase()
        except FactFileError as exc:
            errors.append(exc)
            continue
        result = check_files(fb, source_text or [])
        for problem in result.excerpt_problems:
            note(problem)
        emit(result, common, fb)
        if result.excerpt_problems:
            worst = ExitStatus.USAGE
    if errors:
        raise FactFileError([d for e in errors for d in e.diagnostics])
    return worst


@command(app, "schema")
def schema_cmd(common: Common) -> ExitStatus:
    """Print the JSON Schema (draft 2020-12) of the fact file format."""
    from .schema import schema_text

    sys.stdout.write(schema_text())
    sys.stdout.flush()
    return ExitStatus.FOUND


@cache_app.command("info")
def cache_info(cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache directory.")] = None,
               ) -> None:
    """Where the cache is and what it holds."""
    def body() -> ExitStatus:
        from .store import cache_entries, default_cache_dir

        directory = cache_dir or default_cache_dir()
        entries = cache_entries(directory)
        size = sum(p.stat().st_size for p in entries if p.exists())
        sys.stdout.write(f"cache directory: {directory}\nentries: {len(entries)}\nsize: {size} bytes\n")
        return ExitStatus.FOUND
    guarded(body)


@cache_app.command("clear")
def cache_clear(cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache directory.")] = None,
                ) -> None:
    """Delete every cached index."""
    def body() -> ExitStatus:
        from .store import cache_entries, default_cache_dir

        entries = cache_entries(cache_dir or default_cache_dir())
        for entry in entries:
            entry.unlink(missing_ok=True)
        sys.stdout.write(f"removed {len(entries)} cache entr{'y' if len(entries) == 1 else 'ies'}\n")
        return ExitStatus.FOUND
    guarded(body)


def _prune_to(argv: list[str]) -> None:
    """Keep only the command being run: Typer builds every registered command's parameters on each call.

    Help, completion and anything unrecognised still see the whole app.
    """
    import os

    if len(argv) < 2 or any(k.startswith("_FACTCLI_COMPLETE") for k in os.environ):
        return
    name = argv[1]
    commands = [c for c in app.registered_commands if c.name == name]
    groups = [g for g in app.registered_groups if g.name == name]
    if commands or groups:
        app.registered_commands = commands
        app.registered_groups = groups


def main() -> None:
    """Console-script entry point."""
    import signal

    _prune_to(sys.argv)

    # Die quietly like any Unix filter when the reader goes away (`| head -1`).
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        app()
    except KeyboardInterrupt:
        note("factcli: interrupted")
        sys.exit(int(ExitStatus.INTERRUPTED))

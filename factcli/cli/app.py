"""The command line: thin Typer commands that ask the service for data and hand it to the renderer.

(No `from __future__ import annotations` here: Typer reads these annotations at runtime.)
"""

import contextlib
import os
import sys
from typing import Annotated, Optional

import typer

from factcli.cli import commands, completion
from factcli.cli.invocation import Common, guarded, note
from factcli.cli.typer_glue import command, print_version
from factcli.core.errors import ExitStatus
from factcli.core.model import FACT_TYPES

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


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=print_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Answer questions from a curated, sourced fact file (Italian and English)."""


Topic = Annotated[str, typer.Argument(help="Free text: words, names or aliases, in Italian or English.")]
Types = Annotated[Optional[list[str]], typer.Option("--type", "-t", help=f"Only facts of this type: {', '.join(FACT_TYPES)}.",
                                                   autocompletion=completion.types)]
EntityO = Annotated[Optional[str], typer.Option("--entity", "-e", help="Only facts naming this entity (name or alias).",
                                                autocompletion=completion.entity_names)]
Tags = Annotated[Optional[list[str]], typer.Option("--tag", help="Only facts with this tag (repeatable: all must match).",
                                                   autocompletion=completion.tags)]
Since = Annotated[Optional[str], typer.Option("--since", help="Only dated facts on or after YYYY[-MM[-DD]].")]
Until = Annotated[Optional[str], typer.Option("--until", help="Only dated facts on or before YYYY[-MM[-DD]].")]


@command(app, "list")
def list_cmd(common: Common, type: Types = None, entity: EntityO = None, tag: Tags = None,
             since: Since = None, until: Until = None) -> ExitStatus:
    """List facts, filtered by type, entity, tag and date."""
    return commands.list_facts(common, type, entity, tag, since, until)


@command(app, "show")
def show_cmd(common: Common,
             ids: Annotated[list[str], typer.Argument(help="Fact ids.", autocompletion=completion.fact_ids)],
             ) -> ExitStatus:
    """Show facts by id."""
    return commands.show(common, ids)


@command(app, "when")
def when_cmd(common: Common, topic: Topic) -> ExitStatus:
    """When: date facts about a topic, best first. Example: factcli when hanoi"""
    return commands.typed("when", common, topic)


@command(app, "where")
def where_cmd(common: Common, topic: Topic) -> ExitStatus:
    """Where: location facts about a topic, best first. Example: factcli where "putin kim" """
    return commands.typed("where", common, topic)


@command(app, "count", aliases=("how-many",))
def count_cmd(common: Common, topic: Topic) -> ExitStatus:
    """How many: count facts about a topic, best first (alias: how-many). Example: factcli count trips"""
    return commands.typed("count", common, topic)


@command(app, "quote")
def quote_cmd(common: Common,
              speaker: Annotated[Optional[str], typer.Argument(help="Who said it (name or alias).",
                                                               autocompletion=completion.entity_names)] = None,
              about: Annotated[Optional[str], typer.Option("--about", help="What the quote is about.")] = None,
              ) -> ExitStatus:
    """Quotes with their speakers, by speaker and/or topic."""
    return commands.quote(common, speaker, about)


@command(app, "search")
def search_cmd(common: Common, text: Topic, type: Types = None) -> ExitStatus:
    """Ranked full-text search over all facts, typo- and accent-tolerant."""
    return commands.search(common, text, type)


@command(app, "entities")
def entities_cmd(common: Common,
                 name: Annotated[Optional[str], typer.Argument(help="Only entities with this name or alias.",
                                                               autocompletion=completion.entity_names)] = None,
                 ) -> ExitStatus:
    """Entities with their names, aliases and fact counts."""
    return commands.entities(common, name)


@command(app, "timeline")
def timeline_cmd(common: Common,
                 topic: Annotated[Optional[str], typer.Argument(help="Only dated facts about this topic.")] = None,
                 since: Since = None, until: Until = None) -> ExitStatus:
    """Dated facts in order, with year markers."""
    return commands.timeline(common, topic, since, until)


@command(app, "stats")
def stats_cmd(common: Common) -> ExitStatus:
    """Facts per type, status, source, tag and entity."""
    return commands.stats(common)


@command(app, "ask")
def ask_cmd(common: Common,
            question: Annotated[str, typer.Argument(help="A question in Italian or English.")],
            explain: Annotated[bool, typer.Option("--explain", help="Show how the answer was chosen.")] = False,
            ) -> ExitStatus:
    """Answer a question in Italian or English with the single best fact, or say that none answers."""
    return commands.ask(common, question, explain)


@command(app, "check")
def check_cmd(common: Common,
              files: Annotated[Optional[list[str]], typer.Argument(help="Fact files (default: as -f).")] = None,
              source_text: Annotated[Optional[list[str]], typer.Option(
                  "--source-text", "-s",
                  help="Verify excerpts against a text: SOURCE_ID=PATH, or PATH for every source.")] = None,
              ) -> ExitStatus:
    """Validate fact files; with --source-text, verify every excerpt occurs verbatim in its source."""
    return commands.check(common, files, source_text)


@command(app, "schema")
def schema_cmd(common: Common) -> ExitStatus:
    """Print the JSON Schema (draft 2020-12) of the fact file format."""
    return commands.schema(common)


@cache_app.command("info")
def cache_info(cache_dir: Annotated[Optional[str], typer.Option("--cache-dir", help="Cache directory.")] = None,
               ) -> None:
    """Where the cache is and what it holds."""
    def body() -> ExitStatus:
        from factcli.load.open import cache_entries, default_cache_dir

        directory = cache_dir or default_cache_dir()
        entries = cache_entries(directory)
        size = sum(os.path.getsize(p) for p in entries if os.path.exists(p))
        sys.stdout.write(f"cache directory: {directory}\nentries: {len(entries)}\nsize: {size} bytes\n")
        return ExitStatus.FOUND
    raise typer.Exit(guarded(body))


@cache_app.command("clear")
def cache_clear(cache_dir: Annotated[Optional[str], typer.Option("--cache-dir", help="Cache directory.")] = None,
                ) -> None:
    """Delete every cached index."""
    def body() -> ExitStatus:
        from factcli.load.open import cache_entries, default_cache_dir

        entries = cache_entries(cache_dir or default_cache_dir())
        for entry in entries:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry)
        sys.stdout.write(f"removed {len(entries)} cache entr{'y' if len(entries) == 1 else 'ies'}\n")
        return ExitStatus.FOUND
    raise typer.Exit(guarded(body))


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
    """The full Typer CLI (the console script enters through fastpath.main)."""
    _prune_to(sys.argv)
    try:
        app()
    except KeyboardInterrupt:
        note("factcli: interrupted")
        sys.exit(int(ExitStatus.INTERRUPTED))

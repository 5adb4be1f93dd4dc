"""Shell completion of fact ids, entity names, types and tags, from the fact file in use.

Typer calls these while completing; they read the cached index, so they answer fast,
and they never fail loudly: a broken fact file simply completes nothing.
"""

from __future__ import annotations

import os

import typer

from factcli.core.model import FACT_TYPES
from factcli.index.read import Index
from factcli.index.summary import COMPLETIONS, all_tags, ids_starting


def _index(ctx: typer.Context) -> Index | None:
    """The index of the fact files on the command line so far, or None when they cannot be loaded."""
    from factcli.factbase import FactBase

    try:
        return FactBase.load(ctx.params.get("file") or (), cache_dir=ctx.params.get("cache_dir")).index
    except Exception:
        return None


def _matching(values: list[str], incomplete: str) -> list[str]:
    """The values that start with what was typed, ignoring case; in bash, a space in a value is escaped so
    that a multi-word name ("la Torre di Pisa") is inserted as one word."""
    low = incomplete.lower()
    found = [v for v in values if v.lower().startswith(low)][:COMPLETIONS]
    if os.environ.get("_FACTCLI_COMPLETE", "").endswith("_bash"):
        found = [v.replace(" ", "\\ ") for v in found]
    return found


def fact_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Fact ids starting with what was typed."""
    index = _index(ctx)
    return [] if index is None else ids_starting(index, incomplete)


def entity_names(ctx: typer.Context, incomplete: str) -> list[str]:
    """Entity ids and every name of every entity, starting with what was typed."""
    index = _index(ctx)
    if index is None:
        return []
    names: list[str] = []
    for ident, _count in index.entity_counts():
        entity = index.entity(ident)
        names += [ident, *entity.all_names()] if entity else [ident]
    return _matching(list(dict.fromkeys(names)), incomplete)


def tags(ctx: typer.Context, incomplete: str) -> list[str]:
    """Tags starting with what was typed."""
    index = _index(ctx)
    return [] if index is None else _matching(all_tags(index), incomplete)


def types(incomplete: str) -> list[str]:
    """Fact types starting with what was typed."""
    return _matching(list(FACT_TYPES), incomplete)


def help_topics(incomplete: str) -> list[str]:
    """Help topics and command names starting with what was typed."""
    from factcli.cli.help_topics import TOPICS
    from factcli.cli.spec import COMMANDS

    names = [*TOPICS, *dict.fromkeys(c.group or c.name for c in COMMANDS)]
    return _matching(names, incomplete)

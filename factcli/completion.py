"""Shell completion of fact ids, entity names, types and tags, from the fact file in use.

Typer calls these while completing; they read the cached index, so they answer fast,
and they never fail loudly: a broken fact file simply completes nothing.
"""

from __future__ import annotations

import typer

from .model import FACT_TYPES

_MAX = 200


def _index(ctx: typer.Context) -> object | None:
    from .factbase import FactBase

    try:
        return FactBase.load(ctx.params.get("file") or (), cache_dir=ctx.params.get("cache_dir")).index
    except Exception:
        return None


def _matching(values: list[str], incomplete: str) -> list[str]:
    low = incomplete.lower()
    return [v for v in values if v.lower().startswith(low)][:_MAX]


def fact_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    index = _index(ctx)
    if index is None:
        return []
    sql = "SELECT id FROM facts WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?"
    pattern = incomplete.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [str(i) for (i,) in index.conn.execute(sql, (pattern, _MAX))]  # type: ignore[attr-defined]


def entity_names(ctx: typer.Context, incomplete: str) -> list[str]:
    index = _index(ctx)
    if index is None:
        return []
    names: list[str] = []
    for ident, _count in index.entity_counts():  # type: ignore[attr-defined]
        entity = index.entity(ident)  # type: ignore[attr-defined]
        names += [ident, *entity.all_names()] if entity else [ident]
    return _matching(list(dict.fromkeys(names)), incomplete)


def tags(ctx: typer.Context, incomplete: str) -> list[str]:
    index = _index(ctx)
    if index is None:
        return []
    found = [str(t) for (t,) in index.conn.execute("SELECT DISTINCT tag FROM fact_tags ORDER BY tag")]  # type: ignore[attr-defined]
    return _matching(found, incomplete)


def types(incomplete: str) -> list[str]:
    return _matching(list(FACT_TYPES), incomplete)

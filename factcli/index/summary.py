"""Named questions about a whole index: counts for `stats` and `check`, and the words shells complete."""

from __future__ import annotations

from factcli.index.read import Index, name_key

COMPLETIONS = 200  # a shell shows no more than a screenful anyway


def grouped_counts(index: Index) -> dict[str, dict[str, int]]:
    """Facts per type, status, entity, tag and source, most first."""
    queries = {
        "type": "SELECT type, count(*) FROM facts GROUP BY type ORDER BY count(*) DESC, type",
        "status": "SELECT status, count(*) FROM facts GROUP BY status ORDER BY status",
        "entity": "SELECT id, nfacts FROM entities ORDER BY nfacts DESC, id",
        "tag": "SELECT tag, count(*) FROM fact_tags GROUP BY tag ORDER BY count(*) DESC, tag",
        "source": "SELECT json_extract(data, '$.source'), count(*) FROM facts GROUP BY 1 ORDER BY 2 DESC",
    }
    return {name: {str(k): int(v) for k, v in index.conn.execute(sql)} for name, sql in queries.items()}


def entity_count(index: Index) -> int:
    """How many entities the fact base defines."""
    return int(index.conn.execute("SELECT count(*) FROM entities").fetchone()[0])


def ids_starting(index: Index, prefix: str) -> list[str]:
    """Fact ids that begin with `prefix`, taken literally (a `%` or `_` is no wildcard)."""
    sql = "SELECT id FROM facts WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?"
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [str(i) for (i,) in index.conn.execute(sql, (pattern, COMPLETIONS))]


def all_tags(index: Index) -> list[str]:
    """Every tag used by some fact, sorted."""
    return [str(t) for (t,) in index.conn.execute("SELECT DISTINCT tag FROM fact_tags ORDER BY tag")]


def entities_with_name(index: Index, word: str) -> list[str]:
    """Entities that have `word` as one of their names exactly (after folding)."""
    return [str(e) for (e,) in index.conn.execute("SELECT entity FROM names WHERE name = ?", (name_key(word),))]


def some_term_ends_with(index: Index, ending: str) -> bool:
    """Whether any indexed term ends with `ending`."""
    return index.conn.execute("SELECT 1 FROM vocab WHERE term LIKE ? LIMIT 1", ("%" + ending,)).fetchone() is not None


def shared_names(index: Index) -> dict[str, list[str]]:
    """Names (folded) that more than one entity has, with those entities, sorted."""
    sql = ("SELECT name, group_concat(entity, ' ') FROM (SELECT DISTINCT name, entity FROM names ORDER BY entity) "
           "GROUP BY name HAVING count(*) > 1 ORDER BY name")
    return {str(name): str(ents).split() for name, ents in index.conn.execute(sql)}


def numeric_names(index: Index) -> dict[str, list[str]]:
    """Names that are only digits ("1903"), with the entities that have them, sorted."""
    sql = ("SELECT name, group_concat(entity, ' ') FROM (SELECT DISTINCT name, entity FROM names "
           "WHERE name <> '' AND name NOT GLOB '*[^0-9]*' ORDER BY entity) GROUP BY name ORDER BY name")
    return {str(name): str(ents).split() for name, ents in index.conn.execute(sql)}


def all_ids(index: Index) -> list[str]:
    """Every fact id, sorted."""
    return [str(i) for (i,) in index.conn.execute("SELECT id FROM facts ORDER BY id")]


def with_line_breaks(index: Index) -> list[int]:
    """Row numbers of facts whose statement, in either language, or excerpt has a line break."""
    sql = ("SELECT n FROM facts WHERE instr(json_extract(data, '$.statement.it'), char(10)) "
           "OR instr(json_extract(data, '$.statement.en'), char(10)) "
           "OR instr(json_extract(data, '$.excerpt'), char(10)) ORDER BY n")
    return [int(n) for (n,) in index.conn.execute(sql)]


def unused_vocabulary(index: Index) -> list[tuple[str, tuple[str, ...]]]:
    """The vocabulary's entries that can reach no fact: none of the words they list is a word of the facts (nor
    another entry), so a question using them gets nothing from them. For `check`."""
    from factcli.index.rank import entry_term
    from factcli.index.synonyms import vocabulary_table

    table = vocabulary_table(index)
    return [(key, listed) for key, listed in table.items()
            if not any(word in table or ((term := entry_term(index, word)) is not None and index.has_term(term))
                       for word in listed)]

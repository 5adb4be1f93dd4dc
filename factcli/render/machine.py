"""Machine and plain-text formats: json, jsonl, csv, tsv, yaml, value, plain.

Every string that came from a fact file is made safe here: JSON escapes control
and bidi characters, the other formats show them as visible `\\x1b`-style
escapes, so no raw ESC ever reaches a terminal or a spreadsheet.
"""

from __future__ import annotations

import json
import re

from factcli.core.results import (
    AskResult,
    CheckResult,
    EntitiesResult,
    FactsResult,
    Lookup,
    MessageResult,
    Result,
    StatsResult,
)
from factcli.render.fact_values import (
    answer_text,
    asked_measure,
    asked_place,
    asked_speaker,
    asked_time,
    asked_value,
    bare_value,
    display,
    fact_object,
)
from factcli.render.safe_text import one_line, visible

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

    from factcli.core.model import Fact, Lang

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def dumps(obj: Any, indent: int | None = 2) -> str:
    """JSON with readable Unicode, but every control and bidi character escaped."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def visible_tree(obj: Any) -> Any:
    """The same JSON-able data with every string, keys too, made visible (control characters escaped)."""
    if isinstance(obj, str):
        return visible(obj)
    if isinstance(obj, dict):
        return {visible(str(k)): visible_tree(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [visible_tree(v) for v in obj]
    return obj


def to_data(result: Result, lookup: Lookup) -> Any:
    """The JSON-able form of a result."""
    if isinstance(result, FactsResult):
        return [fact_object(h.fact, result.lang, lookup, h.score) for h in result.hits]
    if isinstance(result, EntitiesResult):
        return [{"id": r.entity.id, "kind": r.entity.kind, "name": r.entity.name(result.lang),
                 "names": {k: list(v) for k, v in r.entity.names.items()}, "facts": r.facts} for r in result.rows]
    if isinstance(result, AskResult):
        return {
            "question": result.question, "lang": result.lang, "kind": result.kind, "verdict": result.verdict,
            "time": asked_time(result), "measure": asked_measure(result), "place": asked_place(result, lookup),
            "person": asked_speaker(result, lookup),
            "answer": fact_object(result.answer.fact, result.lang, lookup) if result.answer else None,
            "score": round(result.confidence, 3) if result.answer and result.confidence is not None else None,
            "alternatives": [fact_object(h.fact, result.lang, lookup, h.score) for h in result.alternatives],
            # Why there is no answer ("no fact answers that (no fact uses: Japan)"), as stderr says it; else null.
            "reason": result.not_found if result.answer is None else None,
            **({"explain": result.explain} if result.explain else {}),
        }
    if isinstance(result, CheckResult):
        return [d.to_dict() for d in result.diagnostics]
    if isinstance(result, StatsResult):
        return {"total": result.total, "by_type": result.by_type, "by_status": result.by_status,
                "by_entity": result.by_entity, "by_tag": result.by_tag, "by_source": result.by_source}
    return result.data if result.data is not None else {"message": result.text}


def table_rows(result: Result, lookup: Lookup) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a result for csv and tsv."""
    if isinstance(result, (FactsResult, AskResult)):
        hits = result.hits if isinstance(result, FactsResult) else ([result.answer] if result.answer else [])
        lang = result.lang
        head = ["id", "type", "value", "answer", "text", "status", "entities", "tags", "source", "excerpt"]
        # A question's answer column says what it asks for ("Who...?": the person), as the value format does.
        asked = asked_value(result, lookup) if isinstance(result, AskResult) else None
        rows = [[h.fact.id, h.fact.type, bare_value(h.fact, lang), asked or display(h.fact, lang, lookup),
                 h.fact.statement.get(lang), h.fact.status, " ".join(h.fact.entities), " ".join(h.fact.tags),
                 h.fact.source, h.fact.excerpt] for h in hits]
        if isinstance(result, AskResult):
            # A claim's verdict in a last column ("not in the facts" with the fact's columns empty); else empty.
            rows = [[*row, result.verdict or ""] for row in rows or ([[""] * len(head)] if result.verdict else [])]
            head = [*head, "verdict"]
        return head, rows
    if isinstance(result, EntitiesResult):
        return ["id", "kind", "name", "aliases", "facts"], [
            [r.entity.id, r.entity.kind, r.entity.name(result.lang), "; ".join(r.entity.all_names()), str(r.facts)]
            for r in result.rows]
    if isinstance(result, CheckResult):
        return ["file", "line", "column", "severity", "message"], [
            [str(v) for v in d.to_dict().values()] for d in result.diagnostics]
    if isinstance(result, StatsResult):
        return ["group", "key", "facts"], [["total", "", str(result.total)]] + [
            [group, key, str(count)] for group, table in _stats_tables(result) for key, count in table.items()]
    data = to_data(result, lookup)
    if isinstance(data, dict):
        return ["key", "value"], [[str(k), json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v]
                                  for k, v in data.items()]
    return ["value"], [[str(x)] for x in (data or [])]


def fact_line(fact: Fact, answer: str, lang: Lang) -> str:
    """A fact's plain line: `ID (TYPE): ANSWER — STATEMENT` (`ID (TYPE, inferred): …` for an inferred fact)."""
    return f"{fact.id} ({fact.type}{', inferred' if fact.status == 'inferred' else ''}): {answer} — {fact.statement.get(lang)}"


def plain_lines(result: Result, lookup: Lookup, explain: bool) -> list[str]:
    """The lines of a result in the plain format, with the explanation when `explain`."""
    if isinstance(result, FactsResult):
        return [fact_line(h.fact, display(h.fact, result.lang, lookup), result.lang) for h in result.hits]
    if isinstance(result, EntitiesResult):
        return [f"{r.entity.id} ({r.entity.kind}): {r.entity.name(result.lang)} — "
                f"{'; '.join(r.entity.all_names())} — {r.facts} fact{'s' if r.facts != 1 else ''}"
                for r in result.rows]
    if isinstance(result, AskResult):
        if result.answer is None:
            return [result.verdict] if result.verdict else []
        fact = result.answer.fact
        source = lookup.source(fact.source)
        lines = [result.verdict] if result.verdict else []
        lines += [answer_text(result, lookup), fact.statement.get(result.lang),
                 f"source: {source.title if source else fact.source}: \"{fact.excerpt}\" [{fact.id}]"]
        if fact.status == "inferred":
            lines.append(f"inferred from: {', '.join(fact.derived_from)}")
        if explain:
            lines += [f"explain: {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in result.explain.items()]
        return lines
    if isinstance(result, CheckResult):
        return [result.summary()]
    if isinstance(result, StatsResult):
        # Tab-separated fields, each escaped on its own: the tabs between them are real.
        return [f"total\t\t{result.total}"] + ["\t".join(one_line(f) for f in (title, k, str(v)))
                                             for title, table in _stats_tables(result) for k, v in table.items()]
    assert isinstance(result, MessageResult)
    return result.text.splitlines()


def _stats_tables(result: StatsResult) -> list[tuple[str, dict[str, int]]]:
    """The groups of a stats result, in the order every format shows them."""
    return [("type", result.by_type), ("status", result.by_status), ("source", result.by_source),
            ("tag", result.by_tag), ("entity", result.by_entity)]


def bare_values(result: Result, lookup: Lookup) -> list[str]:
    """The bare values of a result, one per line, for the value format."""
    if isinstance(result, FactsResult):
        return [bare_value(h.fact, result.lang) for h in result.hits]
    if isinstance(result, AskResult):
        if result.answer is None:
            return []
        return [asked_time(result) or asked_measure(result) or asked_speaker(result, lookup)
                or asked_place(result, lookup) or bare_value(result.answer.fact, result.lang)]
    if isinstance(result, EntitiesResult):
        return [r.entity.name(result.lang) for r in result.rows]
    return plain_lines(result, lookup, False)


def render_machine(result: Result, fmt: str, lookup: Lookup, out: TextIO, *, explain: bool = False) -> None:
    """Write `result` to `out` as json, jsonl, csv, tsv, yaml, value or (any other `fmt`) plain text."""
    if fmt == "json":
        out.write(dumps(to_data(result, lookup)) + "\n")
    elif fmt == "jsonl":
        data = to_data(result, lookup)
        for item in data if isinstance(data, list) else [data]:
            out.write(dumps(item, indent=None) + "\n")
    elif fmt in ("csv", "tsv"):
        import csv

        head, rows = table_rows(result, lookup)
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(head)
        writer.writerows([[one_line(cell) for cell in row] for row in rows])
    elif fmt == "yaml":
        import yaml

        out.write(yaml.safe_dump(visible_tree(to_data(result, lookup)), allow_unicode=True, sort_keys=False,
                                 width=1 << 30))
    elif fmt == "value" and not isinstance(result, StatsResult):  # stats has no bare value: its plain lines
        for value in bare_values(result, lookup):
            out.write(one_line(value) + "\n")
    else:
        tabbed = isinstance(result, StatsResult)  # its lines are escaped field by field already
        for line in plain_lines(result, lookup, explain):
            out.write((line if tabbed else one_line(line)) + "\n")

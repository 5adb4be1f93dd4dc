"""Citations of facts: plain text, Markdown, and CSL-JSON (what pandoc and Zotero read).

Each citation names the fact's source (author, title, outlet, date and address, where the file gives them),
quotes the verbatim excerpt, and says whether the fact is stated there or inferred (and from which facts).
"""

from __future__ import annotations

import re

from factcli.core.model import DateValue, Fact, Lang, Source
from factcli.core.results import FactsResult, Lookup
from factcli.render.fact_values import human_date
from factcli.render.machine import dumps, visible_tree
from factcli.render.safe_text import one_line

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

# What Markdown could read as markup in running text: escaped, so fact text stays text.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~&#])")
_PLAIN_URL = re.compile(r"https?://[^\s<>]+")


def _status(fact: Fact) -> str:
    """`stated`, or `inferred from A, B`."""
    return f"inferred from {', '.join(fact.derived_from)}" if fact.status == "inferred" else "stated"


def _date(source: Source, lang: Lang) -> str | None:
    """The source's publication date as people write it, in `lang`."""
    return human_date(DateValue(source.date), lang) if source.date else None


def csl_item(fact: Fact, lang: Lang, lookup: Lookup) -> dict[str, Any]:
    """The CSL-JSON item of a fact's source: the fact id as its id, the excerpt as its note, the fact's status
    and statement under `custom`. A source is of the kind the file gives; else one with an outlet is a newspaper
    article, one with only an address a web page."""
    source = lookup.source(fact.source) or Source(fact.source, fact.source, "")
    kind = source.kind or ("webpage" if source.url and not source.outlet else "article-newspaper")
    item: dict[str, Any] = {"id": fact.id, "type": kind, "title": source.title}
    if source.outlet:
        item["container-title"] = source.outlet
    if source.author:
        item["author"] = [{"literal": source.author}]
    if source.date:
        item["issued"] = {"date-parts": [[int(part) for part in source.date.split("-")]]}
    if source.url:
        item["URL"] = source.url
    if source.language:
        item["language"] = source.language
    item["note"] = fact.excerpt
    item["custom"] = {"status": fact.status, "derived_from": list(fact.derived_from),
                      "statement": fact.statement.get(lang)}
    return item


def _reference(source: Source | None, fallback: str, lang: Lang, markdown: bool = False) -> str:
    """Author, “Title”, Outlet, date, address: what the file gives of them."""
    if source is None:
        return fallback
    text = _md if markdown else one_line
    parts = [text(source.author) if source.author else None, f"“{text(source.title)}”",
             (f"*{text(source.outlet)}*" if markdown else text(source.outlet)) if source.outlet else None,
             _date(source, lang)]
    if source.url:
        parts.append(f"<{source.url}>" if markdown and _PLAIN_URL.fullmatch(source.url) else text(source.url))
    return ", ".join(p for p in parts if p)


def _md(text: str) -> str:
    """Fact text for Markdown: on one line, control characters visible, markup characters escaped."""
    return _MARKDOWN.sub(r"\\\1", one_line(text))


def plain_citation(fact: Fact, lang: Lang, lookup: Lookup) -> str:
    """One line: `ID (stated): Author, “Title”, Outlet, date, URL — “excerpt”`."""
    reference = _reference(lookup.source(fact.source), one_line(fact.source), lang)
    return f"{fact.id} ({_status(fact)}): {reference} — “{one_line(fact.excerpt)}”"


def markdown_citation(fact: Fact, lang: Lang, lookup: Lookup) -> str:
    """A list item: the fact id, its status and statement, then the source, then the excerpt quoted."""
    reference = _reference(lookup.source(fact.source), _md(fact.source), lang, markdown=True)
    return (f"- `{fact.id}` ({_status(fact)}): {_md(fact.statement.get(lang))}\\\n"
            f"  {reference}\n  > {_md(fact.excerpt)}")


def render_citations(result: FactsResult, fmt: str, lookup: Lookup, out: TextIO) -> None:
    """Write a citation of each fact: `json` a CSL-JSON list, `jsonl` an item per line, `yaml` pandoc's CSL YAML
    (`references:`), `markdown` a list, anything else a plain line each."""
    facts = [hit.fact for hit in result.hits]
    if fmt in ("json", "jsonl", "yaml"):
        items = [csl_item(fact, result.lang, lookup) for fact in facts]
        if fmt == "json":
            out.write(dumps(items) + "\n")
        elif fmt == "jsonl":
            out.writelines(dumps(item, indent=None) + "\n" for item in items)
        else:
            import yaml

            out.write(yaml.safe_dump(visible_tree({"references": items}), allow_unicode=True, sort_keys=False,
                                     width=1 << 30))
        return
    cite = markdown_citation if fmt == "markdown" else plain_citation
    out.writelines(cite(fact, result.lang, lookup) + "\n" for fact in facts)

"""factcli.render: machine formats of a tiny result, safe text, and no markup taken from fact text."""

from __future__ import annotations

import csv
import io
import json

import pytest

from factcli.core.model import Entity, FactSet, Source
from factcli.core.results import FactHit, FactsResult
from factcli.load.validate import validate
from factcli.load.yaml_reader import parse_yaml
from factcli.render import render
from factcli.render.safe_text import one_line, visible

FACTS = """\
format: 1
sources:
  - {id: notes, title: Lab notes, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Lovelace], it: [Ada Lovelace]}}
facts:
  - id: ada-born
    type: date
    value: {date: "1815-12", qualifier: early}
    statement: {it: Ada nasce nel 1815., en: Ada is born in 1815.}
    entities: [ada]
    tags: [birth]
    status: stated
    source: {id: notes, excerpt: born 1815}
  - id: ada-notes
    type: count
    value: {number: 7, unit: {it: note, en: notes}}
    statement: {it: "Ada scrive [bold]sette[/bold] note.", en: "Ada writes [bold]seven[/bold] notes."}
    entities: [ada]
    status: stated
    source: {id: notes, excerpt: "[link=file:///etc/passwd]seven[/link]"}
"""


class Lookup:
    """Names for ids, from a validated fact set."""

    def __init__(self, factset: FactSet) -> None:
        self.factset = factset

    def entity(self, ident: str) -> Entity | None:
        return self.factset.entities.get(ident)

    def source(self, ident: str) -> Source | None:
        return self.factset.sources.get(ident)


def _result(text: str = FACTS) -> tuple[FactsResult, Lookup]:
    data, _ = parse_yaml(text, "t.yaml")
    factset = validate([("t.yaml", data)])
    return FactsResult([FactHit(f) for f in factset.facts.values()], "en", "list"), Lookup(factset)


def _render(fmt: str, text: str = FACTS, **kw: str) -> str:
    result, lookup = _result(text)
    out = io.StringIO()
    render(result, fmt, lookup, out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_json() -> None:
    facts = json.loads(_render("json"))
    assert [f["id"] for f in facts] == ["ada-born", "ada-notes"]
    assert facts[0]["value"] == {"date": "1815-12", "precision": "month", "qualifier": "early"}
    assert facts[0]["answer"] == "early December 1815" and facts[0]["lang"] == "en"
    assert facts[1]["value"] == {"number": 7, "max": None, "unit": "notes", "counted": None, "qualifier": None}
    assert facts[1]["source"] == {"id": "notes", "title": "Lab notes", "language": "en",
                                  "excerpt": "[link=file:///etc/passwd]seven[/link]"}
    assert "score" not in facts[0]


def test_csv() -> None:
    rows = list(csv.reader(io.StringIO(_render("csv"))))
    assert rows[0] == ["id", "type", "value", "answer", "text", "status", "entities", "tags", "source", "excerpt"]
    assert rows[1] == ["ada-born", "date", "1815-12", "early December 1815", "Ada is born in 1815.", "stated", "ada",
                       "birth", "notes", "born 1815"]
    assert len(rows) == 3 and rows[2][:4] == ["ada-notes", "count", "7", "7 notes"]


def test_plain_and_value() -> None:
    assert _render("plain").splitlines() == [
        "ada-born (date): early December 1815 — Ada is born in 1815.",
        "ada-notes (count): 7 notes — Ada writes [bold]seven[/bold] notes.",
    ]
    assert _render("value") == "1815-12\n7\n"
    empty = FactsResult([], "en", "list")
    out = io.StringIO()
    render(empty, "value", Lookup(FactSet({}, {}, {})), out)
    assert out.getvalue() == ""


def test_safe_text_makes_control_and_bidi_characters_visible() -> None:
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible("\u202eevil\x9b") == "\\u202eevil\\x9b"
    assert visible("two\nlines\tand a tab") == "two\nlines\tand a tab"
    assert one_line("two\nlines\tand a tab") == "two\\x0alines\\x09and a tab"
    assert visible("Città ⟶ 東京") == one_line("Città ⟶ 東京") == "Città ⟶ 東京"


def test_control_characters_in_a_fact_never_reach_the_output() -> None:
    hostile = FACTS.replace("en: Ada is born in 1815.", 'en: "Ada is \\e]0;pwned\\a born \\u202e in 1815."')
    for fmt in ("json", "csv", "plain", "value", "yaml", "table"):
        shown = _render(fmt, hostile, color="never") if fmt == "table" else _render(fmt, hostile)
        assert "\x1b]" not in shown and "\x07" not in shown and "\u202e" not in shown, fmt
    assert "Ada is \\x1b]0;pwned\\x07 born \\u202e in 1815." in _render("plain", hostile)


@pytest.mark.parametrize("color", ["always", "never"])
def test_markup_in_a_fact_is_shown_as_written(color: str) -> None:
    shown = _render("table", color=color)
    assert "[bold]seven[/bold]" in shown and "[link=file:///etc/passwd]seven[/link]" in shown
    assert "\x1b]8;" not in shown  # no hyperlink
    for fmt in ("plain", "csv", "json"):
        assert "[bold]seven[/bold]" in _render(fmt)


PLACES = FACTS.split("facts:\n")[0] + """facts:
  - id: ada-from
    type: location
    value: {place: {en: Switzerland, it: Svizzera}, country: {en: Switzerland, it: Svizzera}}
    statement: {it: Ada viene dalla Svizzera., en: Ada comes from Switzerland.}
    entities: [ada]
    status: stated
    source: {id: notes, excerpt: from Switzerland}
  - id: ada-height
    type: count
    value: {number: "1.65", unit: {it: metri, en: metres}}
    statement: {it: "Ada è alta 1,65 metri.", en: Ada is 1.65 metres tall.}
    entities: [ada]
    status: stated
    source: {id: notes, excerpt: 1.65 metres}
"""


def test_a_place_that_is_its_country_is_named_once_and_italian_decimals_have_a_comma() -> None:
    """"Switzerland", not "Switzerland, Switzerland"; Italian text writes 1,65 where scripts' bare value keeps 1.65."""
    assert _render("plain", PLACES).splitlines()[0] == "ada-from (location): Switzerland — Ada comes from Switzerland."
    assert "1.65 metres" in _render("plain", PLACES)
    result, lookup = _result(PLACES)
    result.lang = "it"
    out = io.StringIO()
    render(result, "plain", lookup, out)
    assert "ada-height (count): 1,65 metri" in out.getvalue()
    out = io.StringIO()
    render(result, "value", lookup, out)
    assert out.getvalue().splitlines() == ["Svizzera", "1.65"]

"""Rich output for people at a terminal. The only module that imports rich.

Fact text is data: it goes into `Text` objects (never markup), with control
characters made visible first, and highlighting off, so a fact cannot style,
link or control the terminal.
"""

from __future__ import annotations

import re
from typing import TextIO

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from factcli.core.model import Fact, Lang
from factcli.core.results import (
    NO_ANSWER,
    AskResult,
    CheckResult,
    EntitiesResult,
    FactHit,
    FactsResult,
    Lookup,
    MessageResult,
    Result,
    StatsResult,
)
from factcli.core.text import fold, stem
from factcli.render.fact_values import asked_value, display
from factcli.render.safe_text import visible

_TYPE_STYLE = {"date": "cyan", "location": "green", "count": "magenta", "quote": "yellow", "event": "blue"}
_WORD = re.compile(r"\w+")


class _Console(Console):
    """Rich's console, except that a reader going away is the caller's to handle, as for every other format."""

    def on_broken_pipe(self) -> None:
        """Stop writing and let the command end quietly (Rich's own answer is exit 1)."""
        self.quiet = True
        raise BrokenPipeError


def readable(value: object) -> str:
    """A value of the explanation as a person reads it: lists joined, mappings as `key: values`, no reprs."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {readable(v)}" for k, v in value.items()) or "none"
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, list | tuple) for v in value):  # rows, such as (id, score) pairs
            return "; ".join(" ".join(readable(x) for x in v) for v in value)
        return ", ".join(readable(v) for v in value) or "none"
    return str(value)


class _TrimmedLines:
    """A text stream that drops the spaces Rich pads each line with, keeping its colour codes."""

    _PAD = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.pending = ""

    def write(self, text: str) -> int:
        """Pass complete lines on, trimmed; keep a partial one until it ends."""
        *lines, self.pending = (self.pending + text).split("\n")
        for line in lines:
            self.out.write(self._PAD.sub(r"\1", line) + "\n")
        return len(text)

    def flush(self) -> None:
        """Write what is pending and flush the stream beneath."""
        if self.pending:
            self.out.write(self._PAD.sub(r"\1", self.pending))
            self.pending = ""
        self.out.flush()

    def isatty(self) -> bool:
        """Whether the stream beneath is a terminal (Rich decides colour and width by it)."""
        return self.out.isatty()

    def fileno(self) -> int:
        """The stream beneath's descriptor (Rich asks the terminal's size through it)."""
        return self.out.fileno()

    @property
    def encoding(self) -> str:
        """The stream beneath's encoding."""
        return getattr(self.out, "encoding", "utf-8") or "utf-8"


def make_console(out: TextIO, color: str) -> Console:
    """A Rich console on `out` that prints text as data (no markup, highlighting or emoji), coloured per `color`."""
    return _Console(
        file=_TrimmedLines(out),  # type: ignore[arg-type]  # a stream in all Rich uses
        highlight=False, markup=False, emoji=False, soft_wrap=False,
        force_terminal=True if color == "always" else None,
        no_color=True if color == "never" else None,
        color_system=None if color == "never" else "auto",
    )


def _t(text: str, style: str = "") -> Text:
    """Untrusted text as a Rich Text in `style`, its control characters made visible."""
    return Text(visible(text), style=style)


def _highlight(text: Text, matched: tuple[str, ...]) -> Text:
    """`text` with each word that shares a stem with a matched query word in bold reverse."""
    stems = {stem(fold(w)) for w in matched}
    if not stems:
        return text
    for m in _WORD.finditer(text.plain):
        if stem(fold(m.group())) in stems:
            text.stylize("bold reverse", m.start(), m.end())
    return text


def _fact_block(hit: FactHit, lang: Lang, lookup: Lookup, highlight: bool, answer_style: str = "bold") -> Group:
    """A fact for people: its answer, type, status and id, then its statement and source excerpt."""
    fact: Fact = hit.fact
    head = Text()
    head.append_text(_t(display(fact, lang, lookup), answer_style))
    head.append("  ")
    head.append_text(_t(fact.type, _TYPE_STYLE.get(fact.type, "")))
    if fact.status == "inferred":
        head.append("  inferred", style="italic")
    head.append("  ")
    head.append_text(_t(fact.id, "dim"))
    statement = _t(fact.statement.get(lang))
    if highlight:
        statement = _highlight(statement, hit.matched)
    source = lookup.source(fact.source)
    excerpt = Text(style="dim")
    excerpt.append("“")
    excerpt.append_text(_t(fact.excerpt))
    excerpt.append("” — ")
    excerpt.append_text(_t(source.title if source else fact.source))
    if fact.derived_from:
        excerpt.append("\nderived from: " + visible(", ".join(fact.derived_from)))
    return Group(head, Padding(Group(statement, excerpt), (0, 0, 0, 2)))


def _facts(console: Console, result: FactsResult, lookup: Lookup) -> None:
    """Print a list of facts, or a timeline when the command was one."""
    if result.command == "timeline":
        _timeline(console, result, lookup)
        return
    for i, hit in enumerate(result.hits):
        if i:
            console.print()
        console.print(_fact_block(hit, result.lang, lookup, result.command in ("search", "quote")))


def _timeline(console: Console, result: FactsResult, lookup: Lookup) -> None:
    """Print dated facts under a heading for each year: a table where it fits, else one block per fact,
    so that an id (what a user types next) is never cut and a statement wraps instead of being squeezed."""
    narrow = console.width < 60
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="cyan")
    grid.add_column(ratio=1)
    grid.add_column(no_wrap=True, style="dim", min_width=max((len(h.fact.id) for h in result.hits), default=0))
    year = None
    for hit in result.hits:
        date = getattr(hit.fact.value, "date", "")
        if date[:4] != year:
            year = date[:4]
            heading = Text(f"── {year}", style="bold cyan")
            console.print(heading) if narrow else grid.add_row(heading, Text(), Text())
        shown = _t("  " + display(hit.fact, result.lang, lookup))
        statement = _t(hit.fact.statement.get(result.lang))
        if narrow:
            _head_line(console, shown, _t(hit.fact.id, "dim"))
            console.print(Padding(statement, (0, 0, 0, 4)))
        else:
            grid.add_row(shown, statement, _t(hit.fact.id))
    if not narrow:
        console.print(grid)


def _head_line(console: Console, first: Text, second: Text) -> None:
    """Two short texts on one line where they fit, else the second indented beneath; neither is ever cut."""
    if first.cell_len + 2 + second.cell_len <= console.width:
        line = first.copy()
        line.append("  ")
        line.append_text(second)
        console.print(line, overflow="ignore", crop=False)
    else:
        console.print(first, overflow="ignore", crop=False)
        console.print(Padding(second, (0, 0, 0, 4)), overflow="ignore", crop=False)


def _entities(console: Console, result: EntitiesResult) -> None:
    """Print entities as a table where it fits, else one block each; the id is never cut."""
    if console.width < 60:
        for row in result.rows:
            _head_line(console, _t(row.entity.id, "bold"), Text(f"{row.entity.kind}, {row.facts} "
                                                                  f"fact{'s' if row.facts != 1 else ''}"))
            console.print(Padding(_t(", ".join(row.entity.all_names())), (0, 0, 0, 2)))
        return
    table = Table("kind", "names", "facts")
    table.columns.insert(0, Table("id").columns[0])
    table.columns[0].no_wrap = True
    table.columns[0].min_width = max((len(r.entity.id) for r in result.rows), default=2)
    for row in result.rows:
        table.add_row(_t(row.entity.id, "bold"), _t(row.entity.kind), _t(", ".join(row.entity.all_names())),
                      str(row.facts))
    console.print(table)


def _ask(console: Console, result: AskResult, lookup: Lookup, explain: bool) -> None:
    """Print a question's answer, and how it was chosen when `explain`."""
    if result.verdict is not None and result.answer is not None:
        sign, style = ("✓", "bold green") if result.verdict == "confirmed" else ("✗", "bold red")
        console.print(Text(f"{sign} {result.verdict}", style=style))
    quantity = asked_value(result, lookup)
    if quantity is not None:
        console.print(_t(quantity, "bold green"))
    if result.answer is not None:
        console.print(_fact_block(result.answer, result.lang, lookup, False, answer_style="bold green"))
    if result.confidence is not None:
        # A low confidence is worth a glance at the source before quoting the answer.
        console.print(_t(f"confidence {result.confidence:.2f}", "yellow" if result.confidence < 0.7 else "dim"))
    if explain and result.explain:
        table = Table(title="how the answer was chosen", show_header=False)
        for key, value in result.explain.items():
            table.add_row(_t(key, "bold"), _t(readable(value)))
        console.print(table)


def render_terminal(result: Result, lookup: Lookup, out: TextIO, *, color: str = "auto", explain: bool = False,
                    console: Console | None = None) -> None:
    """Print a result for a person; `console` lets a caller record it (the README's screenshot)."""
    console = console or make_console(out, color)
    if isinstance(result, FactsResult):
        _facts(console, result, lookup)
    elif isinstance(result, AskResult):
        _ask(console, result, lookup, explain)
    elif isinstance(result, EntitiesResult):
        _entities(console, result)
    elif isinstance(result, StatsResult):
        console.print(Text(f"{result.total} facts", style="bold"))
        for title, data in (("type", result.by_type), ("status", result.by_status), ("source", result.by_source),
                            ("tag", result.by_tag), ("entity", result.by_entity)):
            table = Table(title, "facts")
            for key, value in data.items():
                table.add_row(_t(key), str(value))
            console.print(table)
    elif isinstance(result, CheckResult):
        console.print(_t(result.summary(), "red" if result.count("error") else "green"))
    else:
        assert isinstance(result, MessageResult)
        console.print(_t(result.text))


def render_question(result: AskResult, lookup: Lookup, out: TextIO, *, color: str = "auto",
                    explain: bool = False) -> None:
    """One of many questions (`ask -`) for a person: the question, then its answer or a note that none answers."""
    console = make_console(out, color)
    console.print(_t(result.question, "bold"))
    if result.answer is None:
        console.print(Padding(Text(NO_ANSWER, style="dim"), (0, 0, 0, 2)))
    else:
        _ask(console, result, lookup, explain)
    console.print()


def render_markdown(text: str, out: TextIO, color: str = "auto") -> None:
    """factcli's own Markdown (help topics, never fact text) rendered for a terminal."""
    from rich.markdown import Markdown

    make_console(out, color).print(Markdown(text))


def ask_suggestions(out: TextIO, hits: list[FactHit], lang: Lang, lookup: Lookup, color: str) -> None:
    """On a terminal, after an abstention: the closest facts, on stderr."""
    console = make_console(out, color)
    console.print(Text("closest facts:", style="dim"))
    for hit in hits:
        line = Text("  ")
        line.append_text(_t(hit.fact.id, "dim"))
        line.append(" ")
        line.append_text(_t(hit.fact.statement.get(lang)))
        console.print(line)

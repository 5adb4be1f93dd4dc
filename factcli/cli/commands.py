"""What each command does, given its parsed arguments: ask the service, hand the result to the renderer.

No Typer here: the Typer app (app.py) and the fast parser (main.py) both call these, through BODIES.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from collections.abc import Callable, Sequence

from factcli.cli.invocation import STRUCTURED, Common, emit, note, settle
from factcli.core.errors import ExitStatus, FactFileError, UsageError
from factcli.core.results import CheckResult, FactsResult

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
TYPED = {"when": "date", "where": "location", "count": "count"}


def _check_date(option: str, value: str | None) -> None:
    """Refuse a --since/--until value that is not a date."""
    if value is None:
        return
    match = _DATE.fullmatch(value)
    if match:
        import datetime

        year, month, day = (int(g) if g else 1 for g in match.groups())
        try:
            datetime.date(year, month, day)
            return
        except ValueError:
            pass
    raise UsageError(f"{option} {value!r} is not a date such as 2019, 2019-02 or 2019-02-27")


def _check_range(since: str | None, until: str | None) -> None:
    """Refuse a --since after the --until: no date is in that range, which is a mistake, not a search."""
    if since is None or until is None:
        return
    start = [int(p) for p in since.split("-")] + [1, 1][len(since.split("-")) - 1:]
    end = [int(p) for p in until.split("-")] + [12, 31][len(until.split("-")) - 1:]
    if start > end:
        raise UsageError(f"--since {since} is after --until {until}: no date is in that range")


def list_facts(common: Common, *, type: Sequence[str] | None = None, entity: str | None = None,
               tag: Sequence[str] | None = None, since: str | None = None, until: str | None = None) -> ExitStatus:
    """`list`: facts that pass every filter, in file order."""
    _check_date("--since", since)
    _check_date("--until", until)
    _check_range(since, until)
    fb = common.factbase()
    result = fb.list(types=type or (), entity=entity, tags=tag or (), since=since, until=until,
                     lang=common.resolved_lang(), limit=common.limit)
    return emit(result, common, fb)


def show(common: Common, *, ids: Sequence[str], aligned: bool = False) -> ExitStatus:
    """`show`: the facts with these ids; each id with no fact is named on stderr, and the exit status is 1.
    `aligned` (ids read one per line): bare values keep one line per id, empty for an id with no fact, so that
    the output lines up with the input (`paste ids.txt -`)."""
    if aligned and common.out_format == "value":
        return _by_ids(common, ids, lambda result, fb: _values_in_order(result, ids, common, fb))
    return _by_ids(common, ids, lambda result, fb: emit(result, common, fb))


def _values_in_order(result: FactsResult, ids: Sequence[str], common: Common, fb: Any) -> None:
    """Each id's bare value on its own line, in the order read; an empty line for an id with no fact."""
    by_id = {hit.fact.id: hit for hit in result.hits}
    for ident in ids:
        hit = by_id.get(ident)
        if hit is None:
            sys.stdout.write("\n")
        else:
            emit(FactsResult([hit], result.lang, result.command, result.query), common, fb)
    sys.stdout.flush()


def cite(common: Common, *, ids: Sequence[str]) -> ExitStatus:
    """`cite`: a citation of each fact (plain, Markdown, or CSL-JSON items); missing ids as for `show`."""
    from factcli.render.cite import render_citations

    fmt = "plain" if common.out_format == "table" else common.out_format

    def write(result: FactsResult, fb: Any) -> None:
        """Write the citations of the facts found."""
        render_citations(result, fmt, fb, sys.stdout)
        sys.stdout.flush()

    return _by_ids(common, ids, write)


def _by_ids(common: Common, ids: Sequence[str], write: Callable[[FactsResult, Any], object]) -> ExitStatus:
    """The facts with these ids, written by `write`; each id with no fact named on stderr (exit status 1)."""
    fb = common.factbase()
    result = fb.show(ids, lang=common.resolved_lang())
    found = {hit.fact.id for hit in result.hits}
    missing = [i for i in dict.fromkeys(ids) if i not in found]
    if missing:
        settle(ExitStatus.NOT_FOUND)  # known before anything is written: a closed pipe does not hide it
    if result.hits:
        write(result, fb)
    for ident in missing:
        near = fb.similar_ids(ident)
        note(f"factcli: no fact with id {ident!r}" + (f" (did you mean {near[0]!r}?)" if near else ""))
    return ExitStatus.NOT_FOUND if missing else ExitStatus.FOUND


def _required_words(command: str, text: str, what: str = "the text to look up") -> None:
    """A text to look up that has no words ("", "?") is a usage error (exit 2), as an empty question is."""
    from factcli.core.text import words

    if not words(text):
        raise UsageError(f"{command}: {what} is empty (it has no words)")


def typed(command: str, common: Common, *, topic: str) -> ExitStatus:
    """when / where / count: facts of one type about a topic."""
    _required_words(command, topic)
    fb = common.factbase()
    kind = TYPED[command]
    result = fb.search(topic, types=[kind], lang=common.resolved_lang(), limit=common.limit,
                       command=command)
    return emit(result, common, fb)


def quote(common: Common, *, speaker: str | None = None, about: str | None = None) -> ExitStatus:
    """`quote`: quotes by speaker and/or topic."""
    fb = common.factbase()
    return emit(fb.quotes(speaker, about, lang=common.resolved_lang(), limit=common.limit), common, fb)


def search(common: Common, *, text: str, type: Sequence[str] | None = None) -> ExitStatus:
    """`search`: facts of any type ranked by the text."""
    _required_words("search", text)
    fb = common.factbase()
    return emit(fb.search(text, types=type or (), lang=common.resolved_lang(), limit=common.limit), common, fb)


def entities(common: Common, *, name: str | None = None) -> ExitStatus:
    """`entities`: entities with a name, or all, with their fact counts."""
    fb = common.factbase()
    return emit(fb.entities(name, lang=common.resolved_lang(), limit=common.limit), common, fb)


def timeline(common: Common, *, topic: str | None = None, entity: str | None = None,
             tag: Sequence[str] | None = None, since: str | None = None, until: str | None = None) -> ExitStatus:
    """`timeline`: dated facts that pass every filter, in date order."""
    _check_date("--since", since)
    _check_date("--until", until)
    _check_range(since, until)
    fb = common.factbase()
    result = fb.timeline(topic, entity=entity, tags=tag or (), since=since, until=until,
                         lang=common.resolved_lang(), limit=common.limit)
    return emit(result, common, fb)


def stats(common: Common) -> ExitStatus:
    """`stats`: counts per type, status, source, tag and entity."""
    fb = common.factbase()
    return emit(fb.stats(lang=common.resolved_lang(), limit=common.limit), common, fb)


def ask(common: Common, *, question: str, explain: bool = False, min_confidence: float | None = None) -> ExitStatus:
    """`ask`: one fact that answers the question, or the closest ones on stderr and exit 1."""
    _required_words("ask", question, "the question")
    fb = common.factbase()
    result = fb.ask(question, lang=common.answer_lang(question), explain=explain,
                    min_confidence=min_confidence)
    if common.limit is not None:  # -n N: at most N facts, the alternatives too
        result.alternatives = result.alternatives[:common.limit]
    status = emit(result, common, fb, explain=explain)
    if status == ExitStatus.NOT_FOUND and explain and common.out_format not in STRUCTURED:
        import json

        from factcli.render.terminal import readable

        for key, value in result.explain.items():
            shown = readable(value) if common.out_format == "table" else json.dumps(value, ensure_ascii=False)
            note(f"explain: {key}: {shown}")
    if status == ExitStatus.NOT_FOUND and common.out_format == "table" and result.alternatives:
        from factcli.render.terminal import ask_suggestions

        ask_suggestions(sys.stderr, result.alternatives[:3], result.lang, fb, common.color.value)
    return status


_DATA_FORMATS = ("json", "jsonl", "csv", "tsv", "yaml")


def check(common: Common, *, files: Sequence[str] | None = None, source_text: Sequence[str] | None = None) -> ExitStatus:
    """`check`: the files given (else the -f set) validated together, as a query would load them; excerpts
    verified against source texts when asked. Every problem as FILE:LINE:COL lines on stderr and a summary, or
    as data (`--format json`: a list of {file, line, column, severity, message}) on stdout; exit 2 on an error."""
    from factcli.cli.check import check_files

    if files:
        common.file = list(files)
    result = _check_stdin(common, source_text or []) if "-" in (common.file or ()) else check_files(
        common, source_text or [])
    status = ExitStatus.USAGE if result.count("error") else ExitStatus.FOUND
    settle(status)  # `check | head -1` of an invalid file still fails
    if common.out_format in _DATA_FORMATS:
        emit(result, common, None)
        return status
    for line in FactFileError(result.diagnostics).lines()[:-1] if result.diagnostics else []:
        note(line)
    if result.loaded:
        emit(result, common, None)
    else:
        note(result.summary())
    return status


def _check_stdin(common: Common, source_text: Sequence[str]) -> CheckResult:
    """`check -`: the fact file on standard input, checked as a file named "-" (through a private copy, never
    cached), beside any other files named."""
    import os
    import tempfile

    from factcli.cli.check import check_files
    from factcli.core.errors import Diagnostic

    fd, copy = tempfile.mkstemp(prefix="factcli-stdin-", suffix=".yaml")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(sys.stdin.buffer.read())
        common.file = [copy if f == "-" else f for f in common.file or ()]
        common.no_cache = True
        result = check_files(common, source_text)
    finally:
        os.unlink(copy)
    result.label = result.label.replace(copy, "-")
    result.diagnostics = [Diagnostic("-" if d.file == copy else d.file, d.line, d.column, d.message, d.severity)
                          for d in result.diagnostics]
    return result


def help_topic(common: Common, *, topic: str | None = None) -> ExitStatus:
    """`help`: the list of topics, a topic's reference (Markdown, rendered on a terminal), or a command's help."""
    from factcli.cli import spec
    from factcli.cli.help_topics import TOPICS

    if topic is None:
        width = max(map(len, TOPICS))
        lines = ["factcli help TOPIC prints the reference of a topic (the README holds the same text):", "",
                 *(f"  {name.ljust(width)}  {t.summary}" for name, t in TOPICS.items()), "",
                 "factcli help COMMAND (or factcli COMMAND --help): a command's arguments, options and examples."]
        sys.stdout.write("\n".join(lines) + "\n")
        return ExitStatus.FOUND
    commands = {n for c in spec.COMMANDS for n in (c.group or c.name, *c.aliases)}
    if topic in commands:
        from factcli.cli.app import build_app

        try:
            build_app(topic)([topic, "--help"], prog_name="factcli")
        except SystemExit:
            pass
        return ExitStatus.FOUND
    if topic not in TOPICS:
        import difflib

        near = difflib.get_close_matches(topic, [*TOPICS, *commands], n=1)
        raise UsageError(f"help: no topic {topic!r}" + (f" (did you mean {near[0]!r}?)" if near else "")
                         + f"; topics: {', '.join(TOPICS)}")
    if common.out_format == "table":
        from factcli.render.terminal import render_markdown

        render_markdown(TOPICS[topic].text, sys.stdout, common.color.value)
    else:
        sys.stdout.write(TOPICS[topic].text)
    sys.stdout.flush()
    return ExitStatus.FOUND


def schema(common: Common) -> ExitStatus:
    """`schema`: the JSON Schema of the fact file format."""
    from factcli.cli.schema import schema_text

    sys.stdout.write(schema_text())
    sys.stdout.flush()
    return ExitStatus.FOUND


def cache_info(common: Common) -> ExitStatus:
    """`cache info`: where the cache is, how many indexes and tables of lemmas it holds, and their bytes."""
    from factcli.index.lemmas import tables
    from factcli.load.open import cache_entries, default_cache_dir

    directory = common.cache_dir or default_cache_dir()
    entries, lemmas = cache_entries(directory), tables(directory)
    size = sum(os.path.getsize(p) for p in entries + lemmas if os.path.exists(p))
    if common.json:
        import json

        sys.stdout.write(json.dumps({"directory": directory, "entries": len(entries), "lemma_tables": len(lemmas),
                                     "bytes": size}) + "\n")
    else:
        sys.stdout.write(f"cache directory: {directory}\nentries: {len(entries)}\nlemma tables: {len(lemmas)}\n"
                         f"size: {size} bytes\n")
    return ExitStatus.FOUND


def cache_clear(common: Common) -> ExitStatus:
    """`cache clear`: delete every cached index and table of lemmas (the next question that needs one rebuilds it)."""
    from factcli.index.lemmas import tables
    from factcli.load.open import cache_entries, default_cache_dir

    directory = common.cache_dir or default_cache_dir()
    entries, lemmas = cache_entries(directory), tables(directory)
    for entry in entries + lemmas:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(entry)
    also = f" and {len(lemmas)} table{'' if len(lemmas) == 1 else 's'} of lemmas" if lemmas else ""
    sys.stdout.write(f"removed {len(entries)} cache entr{'y' if len(entries) == 1 else 'ies'}{also}\n")
    return ExitStatus.FOUND


def invoke(key: str, common: Common, values: dict[str, object]) -> ExitStatus:
    """Run the command `key` (as in BODIES) with its parsed arguments and options: its body, or, where an
    argument that may be "-" (spec.Arg.stdin) is, its batch body, which reads standard input line by line."""
    from factcli.cli import spec

    command = spec.command_named(key)
    if common.format.value not in spec.formats_of(command):  # Typer offers only these; the fast parser, all
        raise UsageError(f"--format {common.format.value} is not available for {key} (it takes: "
                         f"{', '.join(spec.formats_of(command))})")
    for arg in command.args:
        value = values.get(arg.dest)
        if arg.stdin and (value == "-" or (isinstance(value, list) and "-" in value)):
            if value not in ("-", ["-"]):
                raise UsageError(f"{key}: '-' reads from standard input, one per line; give it alone")
            from factcli.cli.batch import BATCH

            return BATCH[key](common, **{k: v for k, v in values.items() if k != arg.dest})  # streamed, not paged
    if not sys.stdout.isatty():
        return BODIES[key](common, **values)
    from factcli.cli.pager import paged

    return paged(common.no_pager, lambda: BODIES[key](common, **values))


# Command (by its spec name, "group name" for a sub-command) -> body. Every body takes the invocation's
# common options and its own arguments and options as keywords named as in spec.py.
BODIES: dict[str, Callable[..., ExitStatus]] = {
    "list": list_facts, "show": show, "when": functools.partial(typed, "when"),
    "where": functools.partial(typed, "where"), "count": functools.partial(typed, "count"), "quote": quote,
    "search": search, "entities": entities, "timeline": timeline, "stats": stats, "ask": ask, "cite": cite,
    "check": check,
    "help": help_topic, "schema": schema, "cache info": cache_info, "cache clear": cache_clear,
}

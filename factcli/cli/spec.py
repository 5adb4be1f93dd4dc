"""The one declaration of the command line: every command, argument and option, with its help and examples.

Both parsers are built from these tables: the Typer app (app.py), for help, completion and error words,
and the fast parser (main.py), for the everyday lookups without Typer's import cost. Adding an option or
a command means editing this file and writing its body in commands.py. No Typer here.
"""

from __future__ import annotations

import enum

from factcli.core.errors import DEFAULT_MAX_ERRORS
from factcli.core.model import FACT_TYPES
from factcli.core.struct import record


class Format(str, enum.Enum):
    """What --format accepts."""

    auto = "auto"
    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    yaml = "yaml"
    value = "value"
    markdown = "markdown"  # cite only (Command.formats)


class LangOpt(str, enum.Enum):
    """What --lang accepts."""

    it = "it"
    en = "en"


class Color(str, enum.Enum):
    """What --color accepts."""

    auto = "auto"
    always = "always"
    never = "never"


@record
class Opt:
    """One option: `dest` is the keyword its value reaches the command body under."""

    dest: str
    flags: tuple[str, ...]
    help: str
    kind: object = str  # str, int, bool (a flag), or one of the enums above
    default: object = None
    repeatable: bool = False
    minimum: float | None = None
    maximum: float | None = None
    metavar: str | None = None
    complete: str | None = None  # the name of a function in completion.py


@record
class Arg:
    """One positional argument: `arity` is "one", "optional", "many" (one or more, kept apart),
    "optional-many", or "words"/"optional-words" (unquoted words joined into one text, like tldr and fd)."""

    dest: str
    help: str
    arity: str = "one"
    metavar: str | None = None
    complete: str | None = None
    stdin: bool = False  # "-" reads one value per line from standard input, one result each (BATCH in commands.py)


@record
class Command:
    """One command: its arguments, its own options (by dest), and which common options it takes."""

    name: str
    summary: str
    args: tuple[Arg, ...] = ()
    options: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    group: str | None = None  # a sub-command of this group ("cache info")
    common: tuple[str, ...] | None = None  # None: every common option
    fast: bool = True  # whether the fast parser may take it
    formats: tuple[str, ...] | None = None  # what --format accepts; None: every format but markdown


_G = "Common options"

COMMON: tuple[Opt, ...] = (
    Opt("file", ("--file", "-f"), "Fact file or directory of *.yaml (repeatable). Default: $FACTCLI_FILE, else the "
        "bundled facts.", repeatable=True, metavar="PATH"),
    Opt("lang", ("--lang",), "Language of the answer: it or en. Default: $FACTCLI_LANG, else the locale, else en.",
        kind=LangOpt),
    Opt("format", ("--format",), "Output format; auto is a table on a terminal and plain text when piped.",
        kind=Format, default=Format.auto),
    Opt("json", ("--json",), "Short for --format json.", kind=bool, default=False),
    Opt("limit", ("--limit", "-n"), "At most N results.", kind=int, minimum=1, metavar="N"),
    Opt("color", ("--color",), "Colour on a terminal (honours NO_COLOR, FORCE_COLOR).", kind=Color,
        default=Color.auto),
    Opt("cache_dir", ("--cache-dir",), "Index cache directory. Default: $FACTCLI_CACHE_DIR, else "
        "$XDG_CACHE_HOME/factcli.", metavar="DIR"),
    Opt("no_cache", ("--no-cache",), "Neither read nor write the index cache.", kind=bool, default=False),
    Opt("max_size", ("--max-size",), "Refuse fact files larger than this (e.g. 300M, 2G).", default="256M",
        metavar="SIZE"),
    Opt("max_errors", ("--max-errors",), f"Stop after N problems in fact files, in all and so in any one file "
        f"(default {DEFAULT_MAX_ERRORS}; 0: report them all).", kind=int, default=DEFAULT_MAX_ERRORS, minimum=0,
        metavar="N"),
    Opt("no_pager", ("--no-pager",), "At a terminal, print long output instead of paging it (pager: "
        "$FACTCLI_PAGER, else $PAGER, else less -FRX).", kind=bool, default=False),
)
COMMON_GROUP = _G
VERSION = Opt("version", ("--version",), "Print the version and exit.", kind=bool, default=False)

OPTIONS: dict[str, Opt] = {o.dest: o for o in (
    Opt("type", ("--type", "-t"), f"Only facts of this type: {', '.join(FACT_TYPES)}.", repeatable=True,
        metavar="TYPE", complete="types"),
    Opt("entity", ("--entity", "-e"), "Only facts naming this entity (name or alias).", metavar="NAME",
        complete="entity_names"),
    Opt("tag", ("--tag",), "Only facts with this tag (repeatable: all must match).", repeatable=True, metavar="TAG",
        complete="tags"),
    Opt("since", ("--since",), "Only dated facts on or after YYYY[-MM[-DD]].", metavar="DATE"),
    Opt("until", ("--until",), "Only dated facts on or before YYYY[-MM[-DD]].", metavar="DATE"),
    Opt("about", ("--about",), "What the quote is about.", metavar="TOPIC"),
    Opt("explain", ("--explain",), "Show how the answer was chosen.", kind=bool, default=False),
    Opt("min_confidence", ("--min-confidence",), "Answer only with a confidence of at least X (0 to 1); below "
        "it, exit 1 as when no fact answers.", kind=float, minimum=0, maximum=1, metavar="X"),
    Opt("source_text", ("--source-text", "-s"), "Verify excerpts against a text: SOURCE_ID=PATH, or PATH for every "
        "source.", repeatable=True, metavar="[ID=]PATH"),
)}

_TOPIC = "Free text: words, names or aliases, in Italian or English."
# Commands that take facts by id print each one asked for: a limit would drop some silently.
_BY_ID = tuple(o.dest for o in COMMON if o.dest != "limit")

COMMANDS: tuple[Command, ...] = (
    Command("list", "List facts, filtered by type, entity, tag and date.",
            options=("type", "entity", "tag", "since", "until"),
            examples=("factcli list --type date --since 2019", "factcli list --entity kim --format csv")),
    Command("show", "Show facts by id.",
            (Arg("ids", "Fact ids; - reads one id per line from standard input.", "many", "ID...", "fact_ids",
                 stdin=True),),
            common=_BY_ID, examples=("factcli show FACT-ID", "factcli show FACT-ID OTHER-ID --json",
                      "cut -f1 ids.txt | factcli show - --format jsonl")),
    Command("when", "When: date facts about a topic, best first.", (Arg("topic", _TOPIC, "words", "TOPIC"),),
            examples=("factcli when hanoi", "factcli when hanoi --format value --limit 1")),
    Command("where", "Where: location facts about a topic, best first.", (Arg("topic", _TOPIC, "words", "TOPIC"),),
            examples=('factcli where "putin kim"',)),
    Command("count", "How many: count facts about a topic, best first (alias: how-many).",
            (Arg("topic", _TOPIC, "words", "TOPIC"),), aliases=("how-many",),
            examples=("factcli count trips", "factcli how-many viaggi --format value")),
    Command("quote", "Quotes with their speakers, by speaker and/or topic.",
            (Arg("speaker", "Who said it (name or alias).", "optional-words", "SPEAKER", "entity_names"),),
            options=("about",), examples=("factcli quote putin", "factcli quote --about space")),
    Command("search", "Ranked full-text search over all facts, typo- and accent-tolerant.",
            (Arg("text", _TOPIC, "words", "TEXT"),), options=("type",),
            examples=('factcli search "arms deal"', "factcli search vostochni --type location")),
    Command("entities", "Entities with their names, aliases and fact counts.",
            (Arg("name", "Only entities with this name or alias.", "optional-words", "NAME", "entity_names"),),
            examples=("factcli entities", 'factcli entities "il leader nordcoreano"')),
    Command("timeline", "Dated facts in order, with year markers.",
            (Arg("topic", "Only dated facts about this topic.", "optional-words", "TOPIC"),),
            options=("entity", "tag", "since", "until"),
            examples=("factcli timeline", "factcli timeline --since 2019", "factcli timeline --entity kim")),
    Command("stats", "Facts per type, status, source, tag and entity.", examples=("factcli stats",), fast=False),
    Command("ask", "Answer a question in Italian or English with the single best fact, or say that none answers.",
            (Arg("question", "A question in Italian or English; quotes are optional. - reads one question per "
                 "line from standard input and answers each on one line.", "words", "QUESTION", stdin=True),),
            options=("explain", "min_confidence"),
            examples=('factcli ask "Dove si sono incontrati Putin e Kim?"',
                      'factcli ask "When did Kim visit Japan?" --explain',
                      "factcli ask - --format jsonl < questions.txt")),
    Command("cite", "Citations of facts: source, verbatim excerpt, stated or inferred (plain, Markdown, CSL-JSON).",
            (Arg("ids", "Fact ids; - reads one id per line from standard input.", "many", "ID...", "fact_ids",
                 stdin=True),),
            formats=("auto", "plain", "markdown", "json", "jsonl", "yaml"),
            common=_BY_ID,
            examples=("factcli cite kim-nine-trips-abroad", "factcli cite FACT-ID OTHER-ID --format markdown",
                      "factcli cite FACT-ID --format json > refs.json   # CSL-JSON, for pandoc and Zotero")),
    Command("check", "Validate fact files; with --source-text, verify every excerpt occurs verbatim in its source.",
            (Arg("files", "Fact files (default: as -f).", "optional-many", "FILE..."),), options=("source_text",),
            # Nothing is answered, so no answer language and no limit on answers.
            common=tuple(o.dest for o in COMMON if o.dest not in ("lang", "limit")),
            examples=("factcli check facts.yaml", "factcli check facts.yaml --source-text article.txt"), fast=False),
    Command("help", "Reference topics: output formats, exit codes, environment, the fact file format.",
            (Arg("topic", "A topic (formats, exit-codes, environment, fact-file) or a command; none lists them.",
                 "optional", "TOPIC", "help_topics"),),
            common=("color", "no_pager"), examples=("factcli help", "factcli help formats", "factcli help fact-file")),
    Command("schema", "Print the JSON Schema (draft 2020-12) of the fact file format.",
            examples=("factcli schema > facts.schema.json",), common=("no_pager",), fast=False),
    Command("info", "Where the cache is and what it holds.", group="cache", common=("cache_dir", "json"),
            examples=("factcli cache info",), fast=False),
    Command("clear", "Delete every cached index and table of lemmas.", group="cache", common=("cache_dir",),
            examples=("factcli cache clear",), fast=False),
)
GROUPS = {"cache": "Inspect or clear the index cache."}
APP_HELP = "Answer questions from a curated, sourced fact file (Italian and English)."


def command_named(key: str) -> Command:
    """The command of a BODIES key: its name, or "group name" for a sub-command."""
    return next(c for c in COMMANDS if (f"{c.group} {c.name}" if c.group else c.name) == key)


def formats_of(command: Command) -> tuple[str, ...]:
    """What --format accepts for a command."""
    return command.formats or tuple(f.value for f in Format if f is not Format.markdown)


def common_options(command: Command) -> tuple[Opt, ...]:
    """The common options a command takes."""
    return COMMON if command.common is None else tuple(o for o in COMMON if o.dest in command.common)


def own_options(command: Command) -> tuple[Opt, ...]:
    """The options that belong to this command alone."""
    return tuple(OPTIONS[d] for d in command.options)

"""The reference that `factcli help TOPIC` prints, and the README shows: one text, in one place.

The README's copies sit between `<!-- factcli help TOPIC -->` and `<!-- end of factcli help TOPIC -->`;
`python -m factcli.cli.help_topics README.md` rewrites them from here, and tests/test_help.py fails when
they differ. The texts are Markdown: Rich renders them on a terminal, and they print as they are when piped.
"""

from __future__ import annotations

import re
import sys

from factcli.core.struct import record


@record
class Topic:
    """One help topic: a one-line summary for the list, and its Markdown text."""

    summary: str
    text: str


_FORMATS = """\
Formats (stdout only; machine formats never go through Rich, so their bytes do not depend on the terminal):

| format | what |
| --- | --- |
| `auto` | `table` on a terminal, `plain` when piped |
| `table` | Rich: the answer, the statement, the source excerpt dimmed beneath |
| `plain` | one line per fact: `ID (TYPE): ANSWER — STATEMENT` (`ID (TYPE, inferred): …` for an inferred fact), no escape codes |
| `json` | an array of fact objects (`ask`: one object, below) |
| `jsonl` | one fact object per line |
| `csv`, `tsv` | header `id,type,value,answer,text,status,entities,tags,source,excerpt` (`ask` adds `verdict`), one row per fact; for `ask`, `answer` is what the question asks for, as in `value` and on the first line of plain and table ("Who discovered X?" answered by a date fact: the person), `value` the fact's own |
| `yaml` | the JSON data as YAML |
| `value` | each fact's bare value on its own line: `2019`, `9`, `Vostochny Cosmodrome`, a quote's words (their translation into the answer language where the file gives one); for `ask`, what the question asks for: a time of day, a quantity, who said a quote ("Who said...?"), or the one person or organisation the answer names that a who-question does not; for a claim that gives a time or a quantity, the one the fact states ("14 miles" for "...30 miles upstream"), and the claim's verdict on stderr (`factcli: contradicted`; with `ask -`, `factcli: 'CLAIM': contradicted` for each claim; exit 0 whether it confirms or corrects: a script that weighs claims reads json or csv) |
| `markdown` | `cite` only: a Markdown list of citations (each command's `--help` lists the formats it takes; any other is refused) |

A fact object: `id`, `type`, `value` (typed: date `{date, precision, qualifier}`; location `{place,
region, country}`; count `{number, max, unit, counted, qualifier}`; quote `{text, lang, speaker: {id, name}, to, when,
translation}`; event `{name}`), `answer` (a one-line human answer), `text` (the statement in the chosen
language), `lang`, `entities`, `tags`, `status` (`stated` or `inferred`), `derived_from`, and `source`
(`{id, title, language, excerpt}`, plus `url`, `date`, `outlet` and `author` where the file gives them); search results add `score`. `ask --format json` prints `{question, lang,
kind, verdict, time, measure, place, person, answer, score, alternatives, reason}` (plus `explain` with `--explain`):
`reason` says why there is no answer, as stderr does, else null: a question no fact answers is printed
as this object too in json, jsonl and yaml (`answer` null, `alternatives` the nearest facts; exit 1), as
each unanswered line of `ask -` is, while plain, value, csv and tsv print nothing; `verdict` is
`confirmed`, `contradicted` or `not in the facts` for a claim, else null; `time` and `measure` the time of
day or quantity asked for, `place` the place a where-question asks when a fact of another type answers
it ("died in Chicago on ...": Chicago), `person` the one a who-question asks for (the speaker of the quote
that answers it, or the one person or body the answering fact names and the question does not: "composed by
Ada Rossi in 1959": Ada Rossi; of several, the one named right beside what the question asks they did, "Rossi
chaired and Verdi read it": Verdi for "Who read it?"; of several beside it, the one whose act is told with more
of the question's words; else the one named first), else null; `score` the
answer's confidence, 0..1 (README: "How sure an answer is"); an alternative's `score` is its relevance in the ranking, as in `search`, not a confidence. A claim's
verdict is in json, jsonl and yaml, on the first line of plain and in a last `verdict` column of csv and tsv
(empty for a question); value prints the fact alone. `ask -` (one question per line) puts the question
first: a `question` key in jsonl, a first `question` column in csv and tsv, `QUESTION<TAB>` before each
plain line, where a claim's verdict leads its answer (`contradicted: ID (TYPE): …`, or `not in the facts`).
"""

_EXIT_CODES = """\
Exit codes, the same for every command:

| code | meaning |
| --- | --- |
| 0 | a result (for several ids or questions: one for every one) |
| 1 | no result: stdout empty, a short note on stderr (for several: the ones found are printed; `ask` in json, jsonl or yaml prints its object, `answer` null, and a claim no fact decides prints its verdict, `not in the facts`, in every format but table and value) |
| 2 | usage error or invalid fact file (messages on stderr) |
| 70 | internal error (one line on stderr; please report it) |
| 130 | interrupted |

`check` exits 2 on any error and 0 with warnings alone; `ask -` and `show -` exit 0 when every question
was answered (every id found) and 1 when any was not. Output cut short by a closed pipe
(`factcli list | head -1`) ends quietly, with status 0 (safe under `set -o pipefail`), unless the command
had already failed: `check bad.yaml | head -1` still exits 2, `show -` of a missing id 1.
"""

_ENVIRONMENT = """\
Environment: `FACTCLI_FILE` (fact files, separated as in PATH) when no `-f`, else the bundled file;
`FACTCLI_LANG` when no `--lang`, else Italian if the locale is Italian, else English (`ask` answers in
the question's language unless `--lang` is given; a question of no telling language, a bare name, in this one); `FACTCLI_CACHE_DIR`, else `$XDG_CACHE_HOME/factcli`;
`NO_COLOR` and `FORCE_COLOR` are honoured. At a terminal, output taller than the screen goes through
`FACTCLI_PAGER`, else `PAGER`, else `less -FRX` (`LESS=FRX` is set when `LESS` is not); with `--no-pager`,
or a pager set to `""` or `cat`, it is printed as is. Output that is not to a terminal is never paged.
"""

_FACT_FILE = """\
```yaml
format: 1
sources:
  - {id: vostochny-article, title: "…", language: it}      # optional: url, date (published), outlet, author, description, kind
entities:
  - id: kim-jong-un
    kind: person        # person, country, place, organisation, event, thing, group
    names:              # names and aliases per language, main name first
      it: [Kim Jong-un, Kim, il leader nordcoreano]
      en: [Kim Jong-un, Kim, the North Korean leader]
  - id: moscow
    kind: place
    names: {it: [Mosca], en: [Moscow]}
    stands_for: [russia]  # optional: entities its names may mean too ("Moscow wants...": Russia wants)
facts:
  - id: kim-came-to-power-end-2011       # a stable slug
    type: date                           # date, location, count, quote, event
    value: {date: "2011", qualifier: end}
    statement:
      it: Kim Jong-un è salito al potere alla fine del 2011.
      en: Kim Jong-un came to power at the end of 2011.
    entities: [kim-jong-un]              # list the fact's subject first
    tags: [kim, leadership]              # slugs like ids: lower case, words joined by "-" (no spaces)
    status: stated                       # or inferred, with derived_from: [fact ids]
    source:
      id: vostochny-article
      excerpt: "da quando è salito al potere alla fine del 2011"   # verbatim from the source
vocabulary:                              # optional: a word people ask with -> the words the facts use
  visit: [trip, viaggio]
  spaceport: [cosmodrome, cosmodromo]
  red carpet: [welcome, accoglienza]     # an entry may be an expression of several words
```

Values by type: **date** `{date: YYYY | YYYY-MM | YYYY-MM-DD, qualifier?: start|early|mid|late|end|before|after|circa}`;
**location** `{place: {it, en}, region?: {it, en}, country?: {it, en}}`; **count** `{number, unit: {it, en},
max?, counted?: {it, en}, qualifier?: circa|over|under|at-least|at-most}`; **quote** `{text, lang, speaker: ENTITY_ID,
to?: {it, en}, when?: {it, en}, translation?: {it?, en?}}`; **event** `{name: {it, en}}`. Statements need both
languages. A time of day has no field of its own: write it in the statement ("at 5:47 a.m. EDT", "alle 5:47",
"alle 17", "5 pm", "alle 3 del pomeriggio", "at noon", "a mezzanotte"), where "What time...?" and a claim's time are read from. A count's `qualifier` says how its number bounds the
true one; without it factcli reads it from the statement ("more than fifty", "circa 330", "almeno 15"): the
answer says "more than 50 members", and a claim the bound allows ("60 members") is not in the facts, one it
rules out ("40", or "100 or more" for "more than fifty") is contradicted. A range ("tra 75.000 e 82.000") is
`number` to `max` (`{number: 75000, max: 82000}`, qualified only as `circa`): the answer says "75,000–82,000
victims", a bare value "75000-82000", and a claim inside it is confirmed; `check` hints at a range a statement
gives that the value does not.
One alias names one entity; where a name really means two (a capital, its country), give it to one
and say `stands_for` there.

The words of a topic belong to its fact file, not to factcli: an optional `vocabulary` maps a word people
ask with to the words the facts use for it (`visit: [trip, viaggio]`, `spaceport: [cosmodrome]`), so
"Quante visite all'estero?" reaches a fact that says "trips abroad". A question word reaches the listed
words, and their own entries in turn; words are matched without case or accents, and another form of an
entry's word ("vedevano" for `vedere`) finds it when the facts use no form of that word themselves (list
the form itself, as `partita: [lanciata]`, where they do: "partita" and "parte" share a stem). A slip of an
entry's word finds the entry too ("peple" for `people`), when it is the only entry within the slip's reach,
begins with the same letter and is itself no word of either language ("manor" is no slip of `mayor`). An entry
may be an expression of several words (`red carpet: [welcome]`, `in segreto: [chiuse]`): a question
that has them in a row, in any form ("ha passato l'inverno" for `passare l'inverno`), reads them as one, so
"rolled out the red carpet" finds a fact about a welcome while "red" or "carpet" alone finds nothing. An entry
is one language's word: `paid: [fee]` does not reach a question that says "pagata" (list `pagata` too). A listed word may be several words too (`airline: [Avio
Linee Italiane]`, `capocannoniere: [miglior marcatore]`): the rarest of them that the facts use is what
it reaches; an expression whose listed words no fact uses reaches the rarest of its own. factcli itself knows only the general words of questions
(question words, filler, numbers, months, a few idioms of each language, the other forms of some common
irregular verbs: morto/morì, cadde, diresse, rimase, died, fell, broke, held, ran, took, built, sank, began, left,
went, came, found, led, flew, became, got, made) in
Italian and English;
the forms of win/vincere, write/scrivere and born/nato are not among them (they led to wrong answers where they
were tried), so list them in a vocabulary where the facts need them (`nato: [nacque]`).

YAML 1.1 traps cannot change meaning: factcli never lets YAML guess types. Every scalar is read as the
string its author wrote (`2019-02-27` stays that date, `no` stays `no`, `1:20` stays `1:20`), and
factcli checks numbers and dates by their form (`2019-02-30` is reported as not a real date). One trap
is YAML's own: in braces, `{en: Juneau, Alaska, it: ...}`, a comma ends the text; quote a text that has one
(`{en: "Juneau, Alaska"}`), as `check` says when it finds the rest as an unknown field.
"""

TOPICS: dict[str, Topic] = {
    "formats": Topic("Output formats, the fact object, the ask object", _FORMATS),
    "exit-codes": Topic("Exit statuses, the same for every command", _EXIT_CODES),
    "environment": Topic("Environment variables factcli reads", _ENVIRONMENT),
    "fact-file": Topic("The fact file format (format 1), field by field", _FACT_FILE),
}


def _markers(name: str) -> tuple[str, str]:
    """The comments that frame a topic's copy in the README."""
    return f"<!-- factcli help {name} -->\n", f"<!-- end of factcli help {name} -->"


def readme_copy(name: str) -> str:
    """A topic as the README holds it: its text between its markers."""
    start, end = _markers(name)
    return f"{start}{TOPICS[name].text}{end}"


def synced(readme: str) -> str:
    """The README with every topic's copy rewritten from TOPICS."""
    for name in TOPICS:
        start, end = _markers(name)
        pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
        readme = pattern.sub(lambda _: readme_copy(name), readme)  # noqa: B023 - used at once
    return readme


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(synced(text))

"""`factcli check`: validate fact files together, verify excerpts against their sources, report every problem.

Every problem is a Diagnostic (FILE:LINE:COL, severity, message): the loader's errors, an excerpt its source
text does not contain (at the excerpt, with the nearest passage of the text), and warnings (a name two entities
share, a statement with a line break). The excerpts are verified even when the files do not load, for every
fact whose file can be parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from factcli.cli.invocation import Common
from factcli.core.errors import Diagnostic, FactFileError, UsageError
from factcli.core.model import LANGS
from factcli.core.results import CheckResult
from factcli.factbase import FactBase
from factcli.index.read import Index, name_key
from factcli.load.checker import NOWHERE, Mark
from factcli.load.consistency import languages_disagree, value_unstated
from factcli.load.places import FactPlace, id_marks, read_places, vocabulary_marks
from factcli.load.safe_read import read_bytes

_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"\S+")

# (where in the fact: "excerpt" or "statement.LANG", severity, message)
Problem = tuple[str, str, str]


def squeeze(text: str) -> str:
    """Whitespace-insensitive form: runs of white space become one space."""
    return _SPACE.sub(" ", text).strip()


# Typographic marks and their plain forms: a source's "tank’s" is the excerpt's "tank's" typed on a keyboard.
_PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                              "»": '"', "–": "-", "—": "-", "\u00a0": " "})


@lru_cache(maxsize=64)  # a source's text is read once however many of its excerpts need it
def _plain(text: str) -> str:
    """A squeezed text with its typographic quotes, apostrophes and dashes in their plain forms."""
    return squeeze(text.translate(_PLAIN_MARKS))


def first_difference(excerpt: str, passage: str) -> str:
    """Where an excerpt first differs from the passage it is nearest to, quotes and dashes of either form
    alike: the character number and what follows there in each, so that the difference need not be found by eye."""
    a, b = _plain(excerpt), _plain(passage)
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if at >= len(a) and at >= len(b):
        return ""
    return (f"; they first differ at character {at + 1}: {b[at:at + 12] or 'the end'!r} in the source, "
            f"{a[at:at + 12] or 'the end'!r} in the excerpt")


def _key(word: str) -> str:
    """A word as the nearest-passage search compares it: case and surrounding punctuation aside."""
    return word.casefold().strip(".,;:!?\"'“”‘’«»()[]")


def nearest_passage(excerpt: str, text: str) -> str | None:
    """The passage of `text` closest to `excerpt`, as many words long: of the placings where most of the
    excerpt's words fall on the same words of the text, the one most alike character by character; None when
    they share no word."""
    import difflib

    want, words = _WORDS.findall(excerpt), _WORDS.findall(text)
    where: dict[str, list[int]] = {}
    for j, word in enumerate(words):
        where.setdefault(_key(word), []).append(j)
    votes: dict[int, int] = {}
    for i, word in enumerate(want):
        for j in where.get(_key(word), ()):
            votes[max(0, j - i)] = votes.get(max(0, j - i), 0) + 1
    if not votes:
        return None
    starts = sorted(votes, key=lambda start: (-votes[start], start))[:8]
    squeezed = " ".join(want)

    def likeness(start: int) -> float:
        """How alike the passage at `start` is to the excerpt (difflib's ratio)."""
        return difflib.SequenceMatcher(None, squeezed, " ".join(words[start:start + len(want)])).ratio()

    best = max(starts, key=likeness)
    return " ".join(words[best:best + len(want)])


def _texts(specs: Sequence[str], sources: Sequence[str], strict: bool) -> dict[str, list[tuple[str, str]]]:
    """source id -> [(path, squeezed text)] from `ID=PATH` or `PATH` (every source) options; with `strict`,
    an id no source has is a usage error."""
    from factcli.load.yaml_reader import decode

    out: dict[str, list[tuple[str, str]]] = {}
    for spec in specs:
        ident, sep, path = spec.partition("=")
        if not sep or "/" in ident:
            ident, path = "", spec
        if strict and ident and ident not in sources:
            raise UsageError(f"--source-text: unknown source {ident!r} (known: {', '.join(sources)})")
        text = squeeze(decode(read_bytes(path, path), path))
        for target in [ident] if ident else sources:
            out.setdefault(target, []).append((path, text))
    return out


def _fact_problems(ident: str, source: str | None, excerpt: str | None, statements: Iterable[tuple[str, str]],
                   texts: dict[str, list[tuple[str, str]]]) -> list[Problem]:
    """What is wrong with one fact beyond the format: an excerpt not in its source's text, a statement with a
    line break (one-line formats show it as \\x0a)."""
    problems: list[Problem] = []
    for path, text in texts.get(source or "", []):
        if excerpt is None or squeeze(excerpt) in text:
            continue
        if _plain(excerpt) in _plain(text):
            problems.append(("excerpt", "warning", f"fact {ident!r}: excerpt found in {path} only with its quotes, "
                             "apostrophes or dashes in another form (’ for ', « for \"...): copy them from the source"))
            continue
        near = nearest_passage(excerpt, text)
        problems.append(("excerpt", "error", f"fact {ident!r}: excerpt not found verbatim in {path}: "
                         f"\"{excerpt}\"" + (f"; nearest passage: \"{near}\"{first_difference(excerpt, near)}"
                                              if near else "")))
    if excerpt is not None and "\n" in excerpt:
        problems.append(("excerpt", "warning", f"fact {ident!r}.source.excerpt contains a line break, shown as \\x0a "
                         "in one-line formats: it is matched with its source whatever the spaces, so it may be "
                         "written on one line"))
    for lang, statement in statements:
        if "\n" in statement:
            problems.append((f"statement.{lang}", "warning", f"fact {ident!r}.statement.{lang} contains a line "
                             "break, shown as \\x0a in one-line formats (a YAML block scalar such as '>' or '|' "
                             "keeps them): write the statement on one line, or as '>-'"))
    return problems


def _placed(place: FactPlace | None, fallback: str, problems: list[Problem]) -> list[Diagnostic]:
    """The problems of one fact as diagnostics, at the excerpt or statement they concern when it is known."""
    out = []
    for where, severity, message in problems:
        mark: Mark = NOWHERE
        if place is not None and where == "excerpt":
            mark = place.excerpt_mark
        elif place is not None:
            mark = next((m for code, _, m in place.statements if f"statement.{code}" == where), NOWHERE)
        out.append(Diagnostic(place.file if place else fallback, mark[0], mark[1], message, severity))
    return out


class _Places:
    """Fact places by id, read with the positioned reader the first time one is asked for."""

    def __init__(self, files: Sequence[tuple[str, str]], max_bytes: int) -> None:
        self.files, self.max_bytes = files, max_bytes
        self.by_id: dict[str, FactPlace] | None = None

    def get(self, ident: str) -> FactPlace | None:
        """Where the fact with this id is (its first definition)."""
        if self.by_id is None:
            self.by_id = {}
            for file in read_places(self.files, self.max_bytes):
                for place in file.facts:
                    if place.ident is not None:
                        self.by_id.setdefault(place.ident, place)
        return self.by_id.get(ident)


def _loaded(fb: FactBase, files: list[tuple[str, str]], specs: Sequence[str], max_bytes: int) -> CheckResult:
    """Check files that load: excerpts, statements and shared names, with counts for the summary."""
    from factcli.index.summary import entity_count, numeric_names, shared_names, with_line_breaks

    index = fb.index
    texts = _texts(specs, [s.id for s in index.sources()], strict=True)
    label = ", ".join(fb.loaded.labels)
    places = _Places(files, max_bytes)
    diagnostics: list[Diagnostic] = []
    cited: set[str] = set()
    # Without source texts only statements with a line break can have a problem: read just those facts.
    for fact in index.facts(index.select() if texts else with_line_breaks(index)):
        cited.add(fact.source)
        problems = _fact_problems(fact.id, fact.source, fact.excerpt,
                                  [(code, fact.statement.get(code)) for code in LANGS], texts)
        if problems:
            diagnostics += _placed(places.get(fact.id), label, problems)
    diagnostics += _unstated_values(fb, files, label, max_bytes)
    diagnostics += _unused_vocabulary(index, files, label, max_bytes)
    named = _name_warnings(shared_names(index), numeric_names(index)) + _split_names(index, texts, files, max_bytes)
    diagnostics += _at_ids(named, id_marks(files, max_bytes, "entities") if named else {}, label)
    return CheckResult(label, index.total, entity_count(index), len(index.sources()), sorted(diagnostics),
                       unverified=sorted(cited - texts.keys()) if texts else [])


def _name_warnings(shared: dict[str, list[str]], numeric: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The warnings of names, each with the entity it is placed at: a name two entities share cannot tell them
    apart in a question (a warning, since some are real); a name that is only a number is most often a date cut
    by a comma in a flow list ("[... December 17, 1903]")."""
    named = [(ents[0], f"the name {name!r} belongs to {len(ents)} entities: {', '.join(ents)} (give it to one; an "
                       "entity whose names mean another too can say so with stands_for)")
             for name, ents in shared.items()]
    return named + [(ents[0], f"the name {name!r} of {', '.join(ents)} is only a number (a comma in a [...] list "
                              "splits a name in two: put the name in quotes)") for name, ents in numeric.items()]


_FLOW_LIST = re.compile(r"\[([^\[\]\n]*)\]")


def _flow_neighbours(text: str) -> set[tuple[str, str]]:
    """Every two items side by side in a one-line [...] list of a YAML text, both written without quotes."""
    out: set[tuple[str, str]] = set()
    for match in _FLOW_LIST.finditer(text):
        items = [item.strip() for item in match.group(1).split(",")]
        out.update(pairwise(items))  # a quoted item keeps its quotes here, so is no name's neighbour
    return out


def _never_apart(first: str, second: str, written: Sequence[str]) -> bool:
    """Whether texts write two names as one, "A, B", and one of them nowhere on its own: names a text also
    uses apart are most often two aliases or a name and its apposition."""
    def count(name: str) -> int:
        """How many times the texts have this name as whole words."""
        return sum(len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) for text in written)

    joined = count(f"{first}, {second}")
    return joined > 0 and any(count(name) == joined for name in (first, second))


def _split_names(index: Index, texts: dict[str, list[tuple[str, str]]], files: list[tuple[str, str]],
                 max_bytes: int) -> list[tuple[str, str]]:
    """Names a comma in a [...] list seems to have cut in two: two names one after the other in an entity's list,
    written unquoted side by side in the file ("[A, B]"), that its facts or the source texts write as one, "A, B".
    A second name in small letters is taken for an apposition ("Smith, the mayor"), not the rest of a name."""
    from factcli.load.yaml_reader import decode

    unquoted = {pair for path, label in files for pair in _flow_neighbours(decode(read_bytes(path, label, max_bytes),
                                                                                   label))}
    sources = " ".join({path: _plain(text) for listed in texts.values() for path, text in listed}.values()).casefold()
    found: list[tuple[str, str]] = []
    for ident, _ in index.entity_counts():
        entity = index.entity(ident)
        pairs = dict.fromkeys((a, b) for names in (entity.names.values() if entity else ())
                              for a, b in pairwise(names) if not b[:1].islower() and (a, b) in unquoted)
        if not pairs:
            continue
        written = (sources, " ".join(_plain(text) for fact in index.facts(index.naming(ident))
                                     for text in (fact.excerpt, fact.statement.en, fact.statement.it)).casefold())
        found += [(ident, f"the names {a!r} and {b!r} of {ident}, unquoted side by side in a [...] list, are written "
                          f"as one in the texts, {a + ', ' + b!r}: if that is one name, the comma cut it in two "
                          "(quote it whole); if they are two names, quote each")
                  for a, b in pairs if _never_apart(_plain(a).casefold(), _plain(b).casefold(), written)]
    return found


def _unused_vocabulary(index: Index, files: list[tuple[str, str]], label: str, max_bytes: int) -> list[Diagnostic]:
    """A warning for each vocabulary entry that can reach no fact (none of its words is one the facts use), at
    its key: a curator cannot otherwise tell which entries do anything."""
    from factcli.core.text import STOPWORDS, fold, words
    from factcli.index.summary import unused_vocabulary
    from factcli.index.synonyms import vocabulary_table

    found = [(fold(key), f"vocabulary {key!r}: no fact uses any word it lists ({', '.join(listed)}), so it reaches "
                         "nothing") for key, listed in unused_vocabulary(index)]
    # A question word or a function word ("why", "perché", "the") is never a word a question is about.
    found += [(fold(key), f"vocabulary {key!r}: a question or function word, which no question is read as being "
                          "about, so this entry is never used")
              for key in vocabulary_table(index) if (ws := words(key)) and all(w in STOPWORDS for w in ws)]
    # An entry that lists only its own word gives a question nothing it did not have.
    found += [(fold(key), f"vocabulary {key!r}: lists only itself, so it adds nothing (list the words the facts use "
                          "for it)")
              for key, listed in vocabulary_table(index).items() if {fold(word) for word in listed} == {fold(key)}]
    written = vocabulary_marks(files, max_bytes) if found else {}
    as_written = {fold(key): key for key in written}
    found = [(key, message.replace(f"{key!r}", repr(as_written.get(key, key)), 1)) for key, message in found]
    marks = {fold(key): where for key, where in written.items()}
    return _at_ids(found, marks, label)


def _unstated_values(fb: FactBase, files: list[tuple[str, str]], label: str, max_bytes: int) -> list[Diagnostic]:
    """A warning for each count whose number, or date whose year, month or day, the fact's own words do not give,
    and each fact whose statements disagree on a year or month: most often a slip of the hand. Each at the fact's
    id, found by a scan of the text (a parse with positions costs seconds)."""
    index = fb.index
    # (Each fact whose two statements tell different years or months too: one of them is a slip.)
    found = [(fact.id, message) for fact in index.facts(index.select()) for rule in (value_unstated, languages_disagree)
             if (message := rule(fact)) is not None]
    return _at_ids(found, id_marks(files, max_bytes) if found else {}, label)


def _at_ids(found: list[tuple[str, str]], marks: dict[str, tuple[str, Mark]], label: str) -> list[Diagnostic]:
    """Warnings, each at the place of the id it concerns (where it is known)."""
    out = []
    for ident, message in found:
        file, (line, column) = marks.get(ident, (label, NOWHERE))
        out.append(Diagnostic(file, line, column, message, "warning"))
    return out


def _not_loaded(files: list[tuple[str, str]], errors: list[Diagnostic], specs: Sequence[str],
                max_bytes: int) -> CheckResult:
    """Files that do not load: their errors, and what can still be verified in every file that parses."""
    # A file refused as a whole (unreadable, too large, out of memory) is not read again.
    refused = {d.file for d in errors if not d.line}
    places = read_places([(path, label) for path, label in files if label not in refused], max_bytes)
    texts = _texts(specs, sorted({s for file in places for s in file.sources}), strict=False)
    diagnostics = list(errors)
    for file in places:
        for place in file.facts:
            problems = _fact_problems(place.ident or "?", place.source, place.excerpt,
                                      [(code, text) for code, text, _ in place.statements], texts)
            diagnostics += _placed(place, file.file, problems)
    label = ", ".join(label for _, label in files)
    # The names' warnings too, read from the files as written: errors elsewhere do not hide them.
    by_name: dict[str, dict[str, tuple[str, Mark]]] = {}
    for file in places:
        for name, ident, mark in file.names:
            by_name.setdefault(name_key(name), {}).setdefault(ident, (file.file, mark))
    shared = {n: sorted(e) for n, e in sorted(by_name.items()) if len(e) > 1}
    numeric = {n: sorted(e) for n, e in sorted(by_name.items()) if n.isdigit()}
    marks = {ident: where for ents in by_name.values() for ident, where in ents.items()}
    diagnostics += _at_ids(_name_warnings(shared, numeric), marks, label)
    return CheckResult(label, 0, 0, 0, sorted(set(diagnostics)), loaded=False)


def check_files(common: Common, specs: Sequence[str]) -> CheckResult:
    """Every problem of the files `common` names, loaded together as a query would load them."""
    from factcli.cli.settings import parse_size
    from factcli.load.open import resolve_paths

    max_bytes = parse_size(common.max_size)
    try:
        files = resolve_paths(common.file or ())
    except FactFileError as exc:
        return CheckResult(", ".join(common.file or ()), 0, 0, 0, exc.diagnostics, loaded=False)
    try:
        fb = common.factbase()
    except FactFileError as exc:
        if exc.more and not specs:
            # Stopped at --max-errors: reading every file again for line-break warnings would cost more than
            # the check itself (seconds on 400,000 broken facts) to add notes nobody reads past the errors.
            result = CheckResult(", ".join(label for _, label in files), 0, 0, 0, sorted(set(exc.diagnostics)),
                                 loaded=False)
        else:
            result = _not_loaded(files, exc.diagnostics, specs, max_bytes)
        result.more = exc.more
        return result
    return _loaded(fb, files, specs, max_bytes)

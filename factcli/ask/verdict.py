"""The verdict on a claim or a yes/no question: confirmed, contradicted (by the fact that corrects it), or
not in the facts.

A claim is checked against the one fact `ask` chose for it: every number the claim states (in digits or
words, "9", "nine", "nove"; a year; an ordinal) must be one the fact states too, or the fact contradicts
the claim. No verdict is given for an open question ("When...?", "Dove...?").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcli.ask.against import (
    NEGATIONS,
    counted_otherwise,
    denies,
    hedged,
    opposes,
    outcome_unsaid,
    outranked,
    placed_otherwise,
    tied_counts,
)
from factcli.ask.claim_form import is_claim
from factcli.ask.details import Details, adds, bearing, details, fact_details
from factcli.ask.fit import CLAIM_OPENERS, first_named, own_terms, placed_name_words, places_named
from factcli.ask.question import Question
from factcli.ask.swaps import reversed_route, swapped, wrong_agent
from factcli.ask.words import NOBODY
from factcli.ask.years import date_parts, dated_in_another_clause, is_year
from factcli.core.model import LANGS, CountValue, DateValue, Fact, LocationValue, value_texts
from factcli.core.numbers import NUMBER_VALUES, ORDINALS, bound_before, count_bound, within, within_range
from factcli.core.text import STOPWORDS, fold, stem, terms, words
from factcli.index.rank import entities_in, match_words, naming_groups
from factcli.index.read import Index
from factcli.index.synonyms import synonyms

CONFIRMED, CONTRADICTED, NOT_IN_FACTS = "confirmed", "contradicted", "not in the facts"
SILENT_VERDICT = NOT_IN_FACTS

# The stems of number words and ordinals: another spelling of a number, not a word saying it otherwise.
_NUMERIC = frozenset(stem(w) for w in (*NUMBER_VALUES, *ORDINALS))
_WHEN_SORTS = frozenset({"year", "month", "day", "time"})


def another_is_first(index: Index, q: Question, fact: Fact) -> bool:
    """Whether a claim that ranks someone ("Aldrin was the first on the Moon", "il secondo") is answered by a
    fact whose subject is another person: the fact ranks that person, and names the claimed one only beside."""
    if not ORDINALS.keys() & set(q.words) or not fact.entities:
        return False
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    people = [ent for ent in first_named(q, named) if (e := index.entity(ent)) is not None and e.kind == "person"]
    subject = index.entity(fact.entities[0])
    return bool(people) and subject is not None and subject.kind == "person" and fact.entities[0] not in people


_DATED_LIMIT = 500  # facts about the claim's things read for a date: past it, a claim about the base's subject


def date_that_corrects(index: Index, q: Question, fact: Fact) -> Fact | None:
    """For a claim of a year ("Did Ada die in 1926?") confirmed by a fact that only mentions that year: the date
    fact that says all the claim's words, in its own words, and is of another year ("Ada died in 1924"), which
    the claim gets wrong; None when there is none, or the fact is itself a date of the claimed year."""
    years = {w for w in q.words if is_year(w)}
    if len(years) != 1:
        return None
    # Only where the fact itself says that year (in passing): one silent on it was confirmed by another's date.
    if not {float(y) for y in years} & fact_details(fact).get("year", set()):
        return None
    asked = [w for w in q.words if w not in CLAIM_OPENERS and not w.isdigit() and terms(w)]
    # A date of the claimed year that says all the claim's words is the claim's own event.
    if isinstance(fact.value, DateValue) and fact.value.date[:4] in years and _says_all(index, asked, fact):
        return None
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    others_claimed = {sort: found for sort, found in details(q.text).items() if sort not in ("year", "month", "day")}
    about = {n for ent in named for n in index.about(ent)}
    for other in index.facts(sorted(about)) if len(about) <= _DATED_LIMIT else ():
        value = other.value
        if other.id == fact.id or not isinstance(value, DateValue) or value.date[:4] in years:
            continue
        # It must say all the claim says, and nothing else wrong of it: "the second trip" is not the first one's.
        if asked and _says_all(index, asked, other) and not bearing(others_claimed, fact_details(other))[0]:
            return other
    return None


def stated_places(index: Index, fact: Fact) -> set[str]:
    """The words of the fact's own places (not countries) that its statement puts something in ("born in 1840 in
    London", "died in Santa Rosa")."""
    own = {w for ent in fact.entities if (e := index.entity(ent)) is not None and e.kind == "place"
           for name in e.all_names() for w in words(name)}
    return {w for lang in LANGS for w in placed_name_words(fact.statement.get(lang)) & own}


def places(index: Index, fact: Fact) -> bool:
    """Whether a fact can correct a claim's place: a location, or a statement that puts its event in one of its
    places, narrower than a country (a trip to a country may have gone to any of its cities)."""
    return isinstance(fact.value, LocationValue) or bool(stated_places(index, fact))


def event_terms(index: Index, fact: Fact) -> set[str]:
    """The terms of the names of the events a fact is about ("the collapse", "the 1964 earthquake")."""
    return {t for ent in fact.entities if (e := index.entity(ent)) is not None and e.kind == "event"
            for name in e.all_names() for t in terms(name)}


def _says_all(index: Index, claimed: list[str], fact: Fact) -> bool:
    """Whether a fact says each of a claim's words in its own words, in the names of an event it is about
    ("the collapse"), or in a word the file's vocabulary gives for it ("fall" by a fact that says "collapsed")."""
    own = own_terms(fact) | event_terms(index, fact)
    return all(set(terms(w)) <= own or any(stem(near) in own for near, _ in synonyms(index, w, any_form=True))
               for w in claimed)


def verdict(index: Index, q: Question, fact: Fact | None, unknown_places: frozenset[str] = frozenset()) -> str | None:
    """The verdict on a claim, given the fact chosen for it (None: no fact answers); None for a question.

    `unknown_places`: names of places the claim gives that no fact knows ("partì dal Texas")."""
    if not is_claim(q):
        return None
    if fact is None:
        return NOT_IN_FACTS
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    claimed, corrected, silent = _weighed(index, q, fact, named)
    # A place the claim names ("held in Porto") that the fact does not say is a wrong detail; one added, unsaid.
    said = {w for text in (*(fact.statement.get(lang) for lang in LANGS), *value_texts(fact.value))
            for w in words(text)}
    its_names = [(entity.kind, words(name)) for ent in fact.entities if (entity := index.entity(ent)) is not None
                 for name in entity.all_names()]
    # (So does an event the fact is about named after the place: "sent rescuers to the disaster", of a mine
    # disaster named after its town, puts them in that town.)
    said |= {w for kind, name_words in its_names if kind == "event" for w in name_words}
    # (Or by another whole name of a place the fact names: "Britain" for a fact that says "the United Kingdom".)
    aliases = {" ".join(name_words) for kind, name_words in its_names if kind in ("place", "country")}
    unplaced = any(" ".join(words(name)) not in aliases and any(w not in said for w in words(name))
                   for name in places_named(q.text)) or any(w not in said for w in unknown_places)
    wrong_place = unplaced and not adds(q.text)  # ("also found in Kenya?" is not contradicted by Tanzania)
    groups = naming_groups(named)
    if _only_some(fact, q, claimed):
        return CONTRADICTED
    if not corrected and outcome_unsaid(index, fact, q):
        # (Before the fact's denials: "no one was warned" says nothing of a conviction no fact tells either way;
        # after a detail it states otherwise, "sentenced to two years" of a one-year sentence.)
        return SILENT_VERDICT
    if corrected or wrong_place or counted_otherwise(fact, q) or opposes(fact, q) or swapped(index, q.text, groups, fact) or denies(index, fact, q) or wrong_agent(
            index, q.text, groups, fact) or _year_of_another_act(index, q, fact, named) or _counts_none(fact, q) or (
            reversed_route(q.text, fact)) or outranked(index, fact, q) or placed_otherwise(fact, q):
        return CONTRADICTED
    if (silent and not _told_elsewhere(index, fact, claimed, silent, named)) or unplaced or hedged(fact, q) or outcome_unsaid(
            index, fact, q):
        return SILENT_VERDICT  # (a fact that only fears it neither confirms nor denies it)
    if _compares(q.text) and not _RANKS.search(" ".join(fact.statement.get(lang) or "" for lang in LANGS)):
        return SILENT_VERDICT  # "Has Ada made more trips than Rossi?": only a fact that compares can confirm it
    return CONFIRMED


# "more trips than Rossi", "più viaggi di Rossi": a comparison with something, not a bound ("more than 600"). Only
# by the function words, which are no index terms ("older than" keeps its word, which a fact must say).
_COMPARISON = re.compile(r"\b(?:more|less|fewer)\b"
                         r"(?:\s+\w+){0,3}?\s+than\s+(?!\d|about|around|one|two|three|four|five|six|seven|eight|nine|ten)"
                         r"|\bpi[uù](?:\s+\w+){1,3}?\s+(?:di|che)\s+(?!\d)\w", re.I)


# What a fact that compares or ranks says: "than", "the longest", "il più", "maggiore".
_RANKS = re.compile(r"\b(?:than|most|least|more|less|fewer|pi[uù]|meno|maggior[ei]?|minor[ei]?|superiore|inferiore|"
                    r"\w{3,}est)\b", re.I)


def _weighed(index: Index, q: Question, fact: Fact, named: dict[str, list[str]]) -> tuple[Details, bool, list[tuple[str, frozenset[float | str]]]]:
    """The claim's details as the fact reads them, whether the fact states one of them otherwise, and those
    it is silent on."""
    # The numbers of names ("Crew-7", "Apollo 11") name things; they are not the claim's details.
    name_numbers = frozenset(w for ws in named.values() for w in ws if w.isdigit())
    said_terms = own_terms(fact)
    claimed = details(" ".join(w for w in q.text.split() if w.lower().strip(":") not in CLAIM_OPENERS
                               and not _said_otherwise(index, w, said_terms)), name_numbers)
    claimed, loose = _bounded(fact, q.text, claimed)
    stated = fact_details(fact, _numbered_names(index, fact))
    if isinstance(fact.value, DateValue) and fact.value.qualifier is None:
        _read_as_its_own(fact.value, fact, claimed, stated)
    corrected, silent = bearing(claimed, stated)
    return claimed, corrected, silent + loose


def _read_as_its_own(value: DateValue, fact: Fact, claimed: Details, stated: dict[str, set[float | str]]) -> None:
    """Read a date fact's day and year as its own: its day is the one its date gives, and its years are its date's
    and those its statement gives, unless the claim gives the date's own year among others."""
    parts = date_parts(value)
    if value.precision == "day":
        # Another day its words name is in passing ("began on the 7th, went on into the 8th" does not date the
        # beginning to the 8th).
        stated["day"] = parts["day"]
    if not parts["year"] & {y for found in claimed.get("year", ()) for y in found}:
        # Its excerpt may date others beside it ("died in 1927 and 1937, respectively"). (A claim that gives the
        # date's own year among others, "built between 1957 and 1960", is judged by all the fact says.)
        stated["year"] = parts["year"] | {
            y for lang in LANGS for found in details(fact.statement.get(lang)).get("year", ()) for y in found}


def _numbered_names(index: Index, fact: Fact) -> tuple[str, ...]:
    """The names of the fact's things that hold a whole number other than a year ("PV-3", "Apollo 8"): the number
    names, it counts nothing (a name with a measure, "the magnitude 7.8 earthquake", still states it)."""
    return tuple(name for ent in fact.entities if (e := index.entity(ent)) is not None for name in e.all_names()
                 if any(w.isdigit() and not is_year(w) for w in words(name))
                 and not re.search(r"\d[.,]\d", name))


def corrects(index: Index, q: Question, fact: Fact) -> bool:
    """Whether the fact's own value (a date, a count of what the claim counts) is one the claim states otherwise:
    the detail the fact is about, not one it mentions in passing."""
    value = fact.value
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    claimed = _weighed(index, q, fact, named)[0]
    if isinstance(value, DateValue) and set(named) <= set(fact.entities):
        # (A date is its event's: a claim about something the fact does not name dates another event.)
        sorts: dict[str, list[frozenset[float | str]]] = {s: claimed.get(s, []) for s in ("year", "month", "day")}
    elif isinstance(value, CountValue) and all(
            e in fact.entities or (entity := index.entity(e)) is None or entity.kind in ("place", "event") for e in named):
        # (A count is its holder's: a claim about someone or something the fact does not name counts another's;
        # a place or an event it does not name only sets the scene.)
        tied = tied_counts(value, q.text)
        sorts = {"count": [found for found in claimed.get("count", []) if found & tied]}
    else:
        return False
    stated = {sort: found for sort, found in fact_details(fact).items() if sort in sorts}
    return bearing({sort: found for sort, found in sorts.items() if found}, stated)[0]


def _compares(text: str) -> bool:
    """Whether a text compares one thing with another ("more trips than Rossi"), not a number with a bound."""
    return bool(_COMPARISON.search(text))


# Words that claim the whole of a number ("all four boilers", "tutte e quattro").
_ALL = frozenset({"all", "both", "tutti", "tutte", "entrambi", "entrambe"})


def _only_some(fact: Fact, q: Question, claimed: Details) -> bool:
    """Whether a claim that all of a number did something ("all four boilers exploded") is answered by a count
    of fewer ("three of her four boilers"): the number it claims is only the whole the fact counts within."""
    counts = claimed.get("count", [])
    value = fact.value
    toks = q.words
    whole = any(w in _ALL and any(t.isdigit() or t in NUMBER_VALUES for t in toks[i + 1:i + 3] if t not in ("e", "the"))
                for i, w in enumerate(toks))
    return (isinstance(value, CountValue) and value.max is None and whole and len(counts) == 1
            and float(value.number) not in counts[0])


def _bounded(fact: Fact, claim: str, claimed: Details) -> tuple[Details, list[tuple[str, frozenset[float | str]]]]:
    """The claim's counts as a count's bound or range reads them ("more than 50", "75,000 to 82,000"): one it may
    be (60; 50 itself, unless the claim says "more than" too) is a detail the fact is silent on; one inside a range
    agrees; one it cannot be (40) stays, to be corrected."""
    value = fact.value
    if not isinstance(value, CountValue) or not claimed.get("count"):
        return claimed, []
    bound = count_bound(fact)
    if bound is None and value.max is None:
        return claimed, []
    stated, folded = float(value.number), fold(claim)
    kept: list[frozenset[float | str]] = []
    loose: list[tuple[str, frozenset[float | str]]] = []
    for v in claimed["count"]:
        if value.max is not None:
            agree = [within_range(bound, stated, float(value.max), x) for x in v if isinstance(x, float)]
            inside = True in agree
        else:
            agree = [within(bound, stated, x) for x in v if isinstance(x, float)]
            inside = stated in v and bound_before(folded, stated) == bound
        if inside:
            kept.append(v | {stated})  # reads as the number the fact states
        elif True in agree or None not in agree:
            kept.append(v)
        else:
            loose.append(("count", v))
    return {**claimed, "count": kept, **_ranged_quantities(value, bound, claimed, loose)}, loose


def _ranged_quantities(value: CountValue, bound: str | None, claimed: Details,
                       loose: list[tuple[str, frozenset[float | str]]]) -> Details:
    """The claim's quantities as a range of a count reads them ("9 km" of "8 to 10 km"): one inside it reads as both
    its ends (which the fact's words state), one near a range circa is silent (added to `loose`)."""
    if value.max is None or not claimed.get("quantity"):
        return {}
    kept: list[frozenset[float | str]] = []
    for v in claimed["quantity"]:
        read = [(float(number), unit) for number, _, unit in (str(x).partition("|") for x in v)]
        agree = [within_range(bound, float(value.number), float(value.max), n) for n, _ in read]
        if True in agree or None in agree:
            units = {unit for _, unit in read}
            ends = {f"{float(end)}|{unit}" for end in (value.number, value.max) for unit in units}
            if True in agree:
                kept.append(v | ends)
            else:
                loose.append(("quantity", v))
        else:
            kept.append(v)
    return {"quantity": kept}


def _said_otherwise(index: Index, word: str, said: set[str]) -> bool:
    """Whether a number word of the claim is one the fact says in other words, by the file's vocabulary
    ("a tre" for a file whose vocabulary reads it as "trilateral")."""
    folded = words(word)
    if len(folded) != 1 or folded[0] not in NUMBER_VALUES:
        return False
    # (Not as digits: "trenta" of a fact that says "30 October" is no number that fact gives in other words.)
    return any(term in said for term, _ in match_words(index, folded)[0].matches
               if term not in _NUMERIC and not term.isdigit())


def _counts_none(fact: Fact, q: Question) -> bool:
    """Whether the fact counts none of what the claim says there was ("Ci furono feriti?" of "0 injured"): a
    claim that gives no number, not even "nobody", and denies nothing itself."""
    value = fact.value
    return (isinstance(value, CountValue) and value.number == 0 and value.max is None
            and not any(w.isdigit() or w in NUMBER_VALUES or w in NEGATIONS | NOBODY for w in q.words))


def _year_of_another_act(index: Index, q: Question, fact: Fact, named: Mapping[str, list[str]]) -> bool:
    """Whether the fact gives the claim's year to another act than the one the claim's words say (the words of
    an event's name say an act: "crollato" of the collapse)."""
    years = {w for w in q.words if len(w) == 4 and w.isdigit()}
    names = {w for ent, ws in named.items() if (e := index.entity(ent)) is None or e.kind != "event" for w in ws}
    said = {stem(w) for w in q.words if w not in STOPWORDS and w not in names and not w.isdigit()
            and w not in CLAIM_OPENERS}
    return bool(years) and dated_in_another_clause(fact, q.lang, years, said)


def _own_date(fact: Fact, found: dict[str, set[float | str]]) -> dict[str, set[float | str]]:
    """The details a fact dates something with: a date fact's own year, month and day (and the time its
    statement gives that day); any other fact's every detail."""
    value = fact.value
    if not isinstance(value, DateValue):
        return found
    return {sort: found[sort] for sort in ("time", "part") if sort in found} | date_parts(value)


def _told_elsewhere(index: Index, fact: Fact, claimed: Details, silent: list[tuple[str, frozenset[float | str]]],
                    named: Mapping[str, object]) -> bool:
    """Whether the details the fact is silent on are each stated by another fact about the same things, one
    that gives no other date or time than the claim's ("the meeting in Palermo was in 1948": the venue's fact gives
    no year, the meeting's date does; the launch's time is no time of the return)."""
    if any(sort == "ordinal" for sort, _ in silent):
        return False  # an ordinal ranks what its own fact is about: "Erto was hit first" makes no other first
    others = {n for ent in fact.entities for n in index.about(ent)}
    when = {sort: values for sort, values in claimed.items() if sort in _WHEN_SORTS}
    # A date or time is told of what its fact names: the year of another climb by one of the climbers is not
    # the year of this climb, so the fact must name one of the things the claim names (a place only sets the
    # scene).
    things = {ent for ent in named if (e := index.entity(ent)) is not None and e.kind not in ("place", "country")}
    told = [(f, found) for f in index.facts(sorted(others))
            if f.id != fact.id and not bearing(when, found := fact_details(f))[0]]
    stated = [found for _, found in told]
    # (A date fact tells its own date; another year its statement gives is in passing: "finished in 1975,
    # though planned for 1977" does not date anything to 1977.)
    dated = [_own_date(f, found) for f, found in told if not things or things & set(f.entities)]
    return all(any(value & found.get(sort, set()) for found in (dated if sort in _WHEN_SORTS else stated))
               for sort, value in silent)

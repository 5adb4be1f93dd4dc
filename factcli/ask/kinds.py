"""What a question's kind asks of a fact beyond its words: a time of day, an origin, a measure of the dimension
asked, a region, an age, the date of the very event asked about."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from factcli.ask.claim_form import is_claim
from factcli.ask.fit import are_places, capitalised, counts_time, own_terms, placed_name_words
from factcli.ask.question import ASKS_NAME, PLACE_NOUNS, Question, count_heads
from factcli.ask.reading import Reading, counted_noun
from factcli.ask.verdict import stated_places
from factcli.ask.words import ANYONE, BEING, TIME_UNITS
from factcli.ask.years import is_year
from factcli.core.clock import clock_time
from factcli.core.measures import UNITS, asked_dimension, measure_in, other_aspect, unit_of
from factcli.core.model import LANGS, CountValue, DateValue, Fact, LocationValue, place_of
from factcli.core.months import MONTHS
from factcli.core.text import STOPWORDS, WHO_WORDS, stem, words
from factcli.index.rank import described
from factcli.index.read import Index

# Where something comes from, in a statement: "from the State Library", "partito dalla base", "originario di".
# Italian "da", "dal", "dalla" are also "by" ("trasmesso dalla TV", "scelte da Ada"): only after a word of leaving
# or coming.
# (One common noun may come before the name, and "of" after it: "left from platform B", "partito dalla stazione
# Termini", "took off from the garden of the Villa".)
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+(?:the\s+)?)?)?[A-Z]"
                     r"|\b(?:partit|part|partenza|arriv|vien|venut|provien|provenienza|lanciat|decoll|giunt|tornat|"
                     r"rientrat|salpat|uscit|fuggit)\w*\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*"
                     r"(?:[a-z]+\s+(?:(?:di|del|della|dello|dei|degli|delle)\s+|dell['’]\s*)?)?[A-Z]"
                     r"|\b(?:born|native|originally|hails|originari[oae]?|provenient[ei]|nat[oaie])\b"
                     # Where a name comes from: "named after", "takes its name from", "prende il nome dal monastero".
                     r"|\bnamed\s+after\b|\bname\s+from\b|\bnome\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’]|a|al|alla|allo)\b"
                     # A verb of coming from says it whatever follows ("came from many parts of Italy").
                     r"|\b(?:came|come|comes|coming|hailed|originated)\s+from\b"
                     r"|\b(?:proven|provien|veniv|vengon|vien)\w*\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall)\b")


def states_an_origin(fact: Fact) -> bool:
    """Whether the fact says where someone or something comes from ("launched from Kennedy", "dal Ministero")."""
    return any(_ORIGIN.search(fact.statement.get(lang)) for lang in LANGS)


def states_a_measure(fact: Fact, q: Question) -> bool:
    """Whether the fact states a quantity of the dimension the question asks to measure ("how far": miles)."""
    dimension = asked_dimension(q.words)
    # What a count says it counts ("length of the dam") names the aspect as well as its statement does.
    counted = fact.value.counted if isinstance(fact.value, CountValue) else None
    return dimension is not None and any(
        measure_in(fact.statement.get(lang), dimension)
        and not other_aspect(q.words, f"{fact.statement.get(lang)} {counted.get(lang) if counted else ''}")
        for lang in LANGS)


def tells_the_time(fact: Fact) -> bool:
    """Whether the fact says a time of day (6:15, 11 a.m., alle 17)."""
    return any(clock_time(fact.statement.get(lang)) for lang in LANGS)


def names_a_region(fact: Fact) -> bool:
    """Whether a fact gives a region: a location's `region`, or a statement that calls something one."""
    if isinstance(fact.value, LocationValue) and fact.value.region is not None:
        return True
    return any(w.startswith("region") for lang in LANGS for w in words(fact.statement.get(lang)))


# A phrase that dates something by another event ("three months after the assassination of Ada", "prima della
# guerra"), to the end of its clause; "prima" alone is also "first" ("la prima spedizione").
_DATED_BY = re.compile(r"\b(?:after|before|following|since|dopo|prima\s+d\w*|in\s+seguito\s+a\w*)\b([^,;:.()]*)", re.I)


def dates_another(fact: Fact, q: Question, plain: list[set[str]]) -> bool:
    """Whether a date fact says the question's words only where it dates its own event by them ("passed the
    bill three months after the assassination"): its date is not theirs."""
    if not isinstance(fact.value, DateValue):
        return False
    text = fact.statement.get(q.lang)
    inside = Counter(stem(w) for m in _DATED_BY.finditer(text) for w in words(m.group(1))[:4])
    everywhere = Counter(stem(w) for w in words(text))
    found = [terms for terms in plain if any(everywhere[t] for t in terms)]
    return bool(found) and all(sum(inside[t] for t in terms) >= sum(everywhere[t] for t in terms) for terms in found)


def _year_spans(toks: list[str]) -> list[tuple[set[str], list[str]]]:
    """A statement's years, each with the words that lead up to it from the year before ("was born on 8 April" of
    1857); two years a word or two apart are one span ("between 1960 and 1966", "tra il 1952 e il 1955")."""
    spans: list[tuple[set[str], list[str]]] = []
    last = -1
    for i, w in enumerate(toks):
        if not is_year(w):
            continue
        if spans and i - last <= 3:
            spans[-1][0].add(w)
        else:
            spans.append(({w}, toks[last + 1:i]))
        last = i
    return spans


# What joins two acts told each with its date ("born on 8 April 1857 and died on 29 December 1936").
_AND = frozenset({"and", "e", "ed"})


def dates_the_other(fact: Fact, q: Question, plain: list[set[str]]) -> bool:
    """Whether a date fact tells two acts joined by "and", each with its year, and says the question's words only in
    the act of the other year ("born on 8 April 1857 and died on 29 December 1936" of the birth date, asked when
    she died)."""
    if not isinstance(fact.value, DateValue):
        return False
    own = fact.value.date[:4]
    terms: set[str] = set().union(*plain)
    spans = _year_spans([stem(w) for w in words(fact.statement.get(q.lang))])
    for (first, lead), (second, joined) in pairwise(spans):
        if not joined or joined[0] not in _AND or (own in first) == (own in second):
            continue
        mine, other = (lead, joined) if own in first else (joined, lead)
        if terms & set(other) and not terms & set(mine) and _tells_an_act(mine):
            return True
    return False


def _tells_an_act(lead: list[str]) -> bool:
    """Whether the words before a year say something besides the date's own words ("on 8 April", "nel")."""
    return any(w not in STOPWORDS and w not in MONTHS and w not in _AND and not w.isdigit() for w in lead)


NO_TIME_OF_DAY = "says no time of day"


def unlike_the_kind(fact: Fact, q: Question, plain: list[str], term_of: dict[str, set[str]]) -> str | None:
    """Why a fact is not of the sort the question's kind asks for; None when it is. `plain`: the question's
    plain words; `term_of`: the terms each may mean."""
    if q.kind == "date" or {"when", "quando"} & set(q.words):
        asked = [term_of.get(w, set()) for w in plain]
        if dates_another(fact, q, asked):
            return "dates another event by what is asked"  # "When was X killed?" is not "a month after X's killing"
        if dates_the_other(fact, q, asked):
            return "gives the date of another of the events it tells"  # "born in 1857 and died in 1936", of 1857
    if q.kind == "time" and not tells_the_time(fact):
        return NO_TIME_OF_DAY  # "What time...?" is answered by a clock time, not by the day
    if q.kind == "count" and counts_time(fact) and (heads := count_heads(q)) and not TIME_UNITS & set(heads):
        return "counts time, not what is asked"  # "How many dogs died?" is not answered by "a march of 45 days"
    if "age" in q.words and "age" not in words(q.text) and not (counts_time(fact) or isinstance(fact.value, DateValue)):
        return "is no count of years"  # "How old was Ada when she won?" is not answered by her 50 votes
    if q.kind == "origin" and not states_an_origin(fact):
        return "does not say where it comes from"  # "Where is Rossi from?" is not answered by where he went
    if q.kind == "measure" and not states_a_measure(fact, q):
        return "states no quantity of the dimension asked"  # "How far...?" is answered by a distance
    if q.kind == "location" and {"region", "regione"} & q.frame and not names_a_region(fact):
        return "gives no region"  # "In che regione si trova X?" is not answered by X's street
    return None


# The units of measures (money, length, mass...): a count in them is a quantity, not a number of things.
_MEASURE_UNITS = frozenset(w for units in UNITS.values() for w in units)


def asked_noun(r: Reading) -> str | None:
    """The noun a how-many question counts ("mules" of "How many mules died?"), when it is one of the question's
    words and no word for anyone stands among those it counts; else None."""
    if r.q.kind != "count" or set(count_heads(r.q)) & ANYONE:
        return None
    noun = counted_noun(r.q)
    return noun if noun in r.topic else None


def says_the_noun(r: Reading, noun: str, fact: Fact) -> bool:
    """Whether a fact says the noun asked, in its own words (statement, unit, counted thing) or in a word it matched."""
    return bool((r.term_of.get(noun, set()) | {stem(noun)}) & own_terms(fact))


def counts_another(r: Reading, fact: Fact) -> bool:
    """Whether a count counts another of the question's words than the one "how many" asks for ("How many
    translations did the students make?" is not answered by "27 students")."""
    if r.q.kind != "count" or not isinstance(fact.value, CountValue):
        return False
    heads = count_heads(r.q)
    value = fact.value
    units = [set(words(value.unit.get(lang))) for lang in LANGS if value.unit.get(lang)]
    # (A unit of measure in every language: "university degrees" are no degrees of heat where the other says "lauree".)
    measured = bool(units) and all(_MEASURE_UNITS & u for u in units) and not any(
        w in _MEASURE_UNITS or unit_of(w) for w in r.q.words)
    if set(heads) & ANYONE:
        return measured  # "How many people...?" is not "60 km"
    heads = [w for w in heads if w in r.topic]
    if not heads:
        return False
    unit_words = set().union(*units)
    if measured:
        return True  # "How many injured?" is not "23 million dollars", nor "How many locks?" "600 metres"
    unit = {stem(w) for w in unit_words}
    counted = unit | {stem(w) for lang in LANGS for w in words(value.counted.get(lang) if value.counted else "")}
    if any((r.term_of.get(head, set()) | {stem(head)}) & counted for head in heads):
        return False
    return any((r.term_of.get(w, set()) | {stem(w)}) & unit for w in r.topic if w not in heads)


_SOMEONE = frozenset({"person", "organisation", "group", "country"})


def asks_who(r: Reading) -> bool:
    """Whether the question asks who (at the head of the clause that asks): the answer is someone; not
    "Who is Rossi?", which asks what the facts say of someone named."""
    q = r.q
    # (What someone did may be said by a verb of no content of its own: "Who went there?", "Chi l'ha fatto?")
    named = {w for ws in r.named.values() for w in ws}
    did = r.plain_words or [w for w in r.topic if w not in named and w not in BEING]
    return q.kind == "entity" and bool(did) and bool(WHO_WORDS & set(q.words[q.asking_from:q.asking_from + 2]))


def names_someone_else(index: Index, r: Reading, covered: set[str]) -> bool:
    """Whether the fact names a person, organisation, group or country (which act too) the question does not."""
    # Someone named only by a description ("Who was the expedition leader?") is who is asked for.
    descriptions = described(index, r.groups)
    named = set().union(*(ents for ws, ents in r.groups.items() if ws not in descriptions), set())
    return any((e := index.entity(ent)) is not None and e.kind in _SOMEONE for ent in covered - named)


def placed(index: Index, r: Reading, fact: Fact) -> bool:
    """Whether a fact of any type says where what was asked happened ("died in Oslo"); where a city is asked
    for ("in che città"), a country it names is not one."""
    place = place_of(fact, index.entity, set(r.q.words))
    return place is not None and (place.kind == "place" or not PLACE_NOUNS & r.q.frame)


def placed_elsewhere(index: Index, r: Reading, fact: Fact) -> bool:
    """Whether a fact puts what it tells in another of its places than the one an open question puts it in
    ("How many died in Rome?" of "61 people died in Turin"); a fact that places nothing may answer."""
    q = r.q
    if q.kind == "location" or is_claim(q):
        return False  # (a claim's place is its detail to check, verdict.py)
    put = placed_name_words(q.text)
    groups = [(ws, ents) for ws, ents in r.groups.items() if are_places(index, ents) and put & set(ws)]
    if not groups or any(ents & set(fact.entities) for _, ents in groups):
        return False
    asked = {w for ws, _ in groups for w in ws}
    said = {w for lang in LANGS for w in words(fact.statement.get(lang))}
    return bool(stated_places(index, fact)) and not asked & said


def lacks_a_name(index: Index, r: Reading, fact: Fact) -> bool:
    """Whether a question asks a name ("What was the name of the watchman?") of a fact that gives none it does not
    have: no capitalised word of its statement, nor a name of an entity the question does not name, is new."""
    if not ASKS_NAME.search(r.q.text) or is_claim(r.q):
        return False
    capitals = {w for lang in LANGS for w in capitalised(fact.statement.get(lang))}
    # (Nor, unless a place is asked for, is the name of a place: "the Armagh station master" names no master; but
    # a question that names a place and nothing else asks that place's other name: "What is Ada's town called now?")
    asked_of = set(fact.entities) - (set(r.named) if not r.plain_words else set())
    places = set() if PLACE_NOUNS & set(r.q.words) else {
        w for ent in asked_of if (e := index.entity(ent)) is not None and e.kind in ("place", "country")
        for name in e.all_names() for w in words(name)}
    if fact.type in ("count", "date"):
        # A number or a day is no name: only a name its statement writes may answer ("renamed Wilmette on..."),
        # not the names of the things it is about; a name is written with a capital in either language (not
        # "African-American", "afroamericano").
        written = [capitalised(text) for lang in LANGS if (text := fact.statement.get(lang))]
        both = set.intersection(*written) if written else set()
        return not both - set(r.q.words) - places
    # (What the question names, it names: the other names of "Ada" are no answer to "What was Ada's horse called?")
    # (Only a name's capitalised words: "Armagh excursion train" names Armagh, not a train.)
    names = {w for ent in set(fact.entities) - set(r.named) if (e := index.entity(ent)) is not None
             for name in e.all_names() for token in name.split() if token[:1].isupper() for w in words(token)}
    return not (capitals | names) - set(r.q.words) - places

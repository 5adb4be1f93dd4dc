"""What a question's kind asks of a fact beyond its words: a time of day, an origin, a measure of the dimension
asked, a region, an age, the date of the very event asked about."""

from __future__ import annotations

import re
from collections import Counter

from factcli.ask.fit import counts_time
from factcli.ask.question import Question, count_heads
from factcli.ask.words import TIME_UNITS
from factcli.core.measures import asked_dimension, measure_in, other_aspect
from factcli.core.model import LANGS, CountValue, DateValue, Fact, LocationValue
from factcli.core.text import clock_time, stem, words

# Where something comes from, in a statement: "from the State Library", "partito dalla base", "originario di".
# Italian "da", "dal", "dalla" are also "by" ("trasmesso dalla TV", "scelte da Ada"): only after a word of leaving
# or coming.
# (One common noun may come before the name: "left from platform B", "partito dalla stazione Termini".)
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]"
                     r"|\b(?:partit|part|partenza|arriv|vien|venut|provien|provenienza|lanciat|decoll|giunt|tornat|"
                     r"rientrat|salpat|uscit|fuggit)\w*\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*"
                     r"(?:[a-z]+\s+)?[A-Z]"
                     r"|\b(?:born|native|originally|hails|originari[oae]?|provenient[ei]|nat[oaie])\b"
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


def unlike_the_kind(fact: Fact, q: Question, plain: list[str], term_of: dict[str, set[str]]) -> str | None:
    """Why a fact is not of the sort the question's kind asks for; None when it is. `plain`: the question's
    plain words; `term_of`: the terms each may mean."""
    if (q.kind == "date" or {"when", "quando"} & set(q.words)) and dates_another(
            fact, q, [term_of.get(w, set()) for w in plain]):
        return "dates another event by what is asked"  # "When was X killed?" is not "a month after X's killing"
    if q.kind == "time" and not tells_the_time(fact):
        return "says no time of day"  # "What time...?" is answered by a clock time, not by the day
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

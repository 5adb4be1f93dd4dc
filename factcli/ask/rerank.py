"""Re-ranking a question's shortlist by what it asks for: the count of the thing counted, the date of
the year named, a reason for why, a means for how, the place a what-is asks about, a region, a place for
where-from, the latest date for until-when.

Each rule adds to the scores of the facts that answer in the asked-for way, then re-sorts; none
removes a fact (that is fit.py's and answer.py's work).
"""

from __future__ import annotations

from factcli.ask.causes import asks_cause, gives_reason
from factcli.ask.fit import defines, locates, number_sort
from factcli.ask.question import REGION_WORDS, Question
from factcli.ask.words import NOW_WORDS, NUMBER_WORDS
from factcli.core.model import LANGS, CountValue, DateValue, Fact, LocationValue
from factcli.core.text import stem, terms, words
from factcli.index.rank import ENTITY_BONUS
from factcli.index.read import Hit, Index, best_first
from factcli.index.synonyms import synonyms

# Means of doing something (travelling, mostly): what a "how" question is answered with.
MEANS = frozenset({"train", "treno", "plane", "aereo", "flight", "volo", "car", "auto", "ship", "nave", "boat",
                   "barca", "bus", "foot", "piedi", "armoured", "blindato", "helicopter", "elicottero"})
COUNT_CUES = frozenset({"quanti", "quante", "many"})
REASON_BONUS = 2 * ENTITY_BONUS
def rerank(index: Index, q: Question, shortlist: list[Hit], facts: dict[int, Fact], *, plain_words: list[str],
           named: dict[str, list[str]], unknown: list[str], asked_terms: set[str]) -> list[Hit]:
    """The shortlist with each rule's bonus added, best first."""
    counted = _counted(q, plain_words)
    if counted is not None:
        _favour_the_unit(index, shortlist, facts, counted)
        shortlist = best_first(shortlist)
    years = {w for w in q.words if len(w) == 4 and w.isdigit()}
    if years:
        _favour_the_year(shortlist, facts, years, unknown)
        shortlist = best_first(shortlist)
    if asks_cause(q.frame, q.words):
        # "Why did Ada move to Paris?": a fact that gives a reason or an aim (hoped, wants, because) says why.
        for hit in shortlist:
            if gives_reason(facts[hit.n], asked_terms):
                hit.score += REASON_BONUS
        shortlist = best_first(shortlist)
    if q.kind == "manner" or (q.kind == "entity" and MEANS & set(q.words)):
        _favour_a_means(shortlist, facts)
        shortlist = best_first(shortlist)
    if q.kind == "entity" and not plain_words and named:
        # "Cos'è Brera?": a place is described by the fact that locates it.
        for hit in shortlist:
            if locates(index, facts[hit.n], set(named)) or defines(index, facts[hit.n], set(named)):
                hit.score += ENTITY_BONUS
        shortlist = best_first(shortlist)
    if q.frame & REGION_WORDS:
        _favour_the_region(shortlist, facts, q.frame & REGION_WORDS)
        shortlist = best_first(shortlist)
    if q.kind == "origin":
        # "Where was Ada from?": a place fact that says so before an event that mentions it in passing.
        for hit in shortlist:
            if isinstance(facts[hit.n].value, LocationValue):
                hit.score += ENTITY_BONUS / 2
        shortlist = best_first(shortlist)
    if {"until", "till", "fino"} & q.frame:  # "Fino a quando...?", "Until when...?": the end of something
        _favour_the_latest(shortlist, facts)
        shortlist = best_first(shortlist)
    if NOW_WORDS & set(q.words) - q.frame:  # ("a che ora": the hour asked, not now)
        # "Where are the statues now?": the fact that says where they are today, before where they were found.
        for hit in shortlist:
            if any(NOW_WORDS & set(words(facts[hit.n].statement.get(lang))) for lang in LANGS):
                hit.score += ENTITY_BONUS
        shortlist = best_first(shortlist)
    return shortlist


def _favour_the_latest(shortlist: list[Hit], facts: dict[int, Fact]) -> None:
    """Of dates that answer about as well, raise the latest: what lasted until then ended there."""
    dated = [(h, value.date) for h in shortlist if isinstance(value := facts[h.n].value, DateValue)]
    if dated:
        top = max(h.score for h, _ in dated)
        latest, _ = max(((h, date) for h, date in dated if h.score >= top * 0.9), key=lambda pair: pair[1])
        latest.score += ENTITY_BONUS


def _counted(q: Question, plain_words: list[str]) -> str | None:
    """What a count question counts: the noun after "how many", else its first plain word not a name."""
    topic = q.topic_words
    counted = next((w for w in plain_words if w not in q.names), None) if q.kind == "count" else None
    # The word right after "quanti"/"how many" is what is counted, even an everyday one ("Quanti Stati").
    # ... the noun that ends the words right after it ("How many away goals": goals).
    cue = next((i for i, w in enumerate(q.words) if w in COUNT_CUES), None)
    run = []
    for w in q.words[cue + 1:] if cue is not None else ():
        if w not in topic:
            break
        run.append(w)
    if run:
        return run[-1]
    # A number claimed of something ("più di cinque gol", "six albums"): that thing is counted.
    after_number = next((b for a, b in zip(q.words, q.words[1:])
                         if ((a.isdigit() and number_sort(a) != "year") or a in NUMBER_WORDS) and b in topic), None)
    return counted or after_number


def _favour_the_unit(index: Index, shortlist: list[Hit], facts: dict[int, Fact], counted: str) -> None:
    """Raise the counts of the thing counted: most those counted in it, less those only mentioning it."""
    # "How many years...": a count of years answers it, not a count of concerts that shares words.
    counted_terms = set(terms(counted)) | {stem(w) for w, _ in synonyms(index, counted)}
    for hit in shortlist:
        value = facts[hit.n].value
        if not isinstance(value, CountValue):
            continue
        # Counted in that unit (goals), or only mentioning it (games with goals).
        if counted_terms & {t for lang in LANGS for t in terms(value.unit.get(lang))}:
            hit.score += 3 * ENTITY_BONUS
        elif value.counted and counted_terms & {t for lang in LANGS for t in terms(value.counted.get(lang))}:
            hit.score += ENTITY_BONUS


def _favour_the_year(shortlist: list[Hit], facts: dict[int, Fact], years: set[str], unknown: list[str]) -> None:
    """Raise the dates that are the year named, or that may correct a year no fact knows."""
    # "Rossi, 2015": the date that is that year, before facts that merely mention it; a year no
    # fact knows ("...in 2016?") may be a claim's wrong detail, which a date corrects.
    for hit in shortlist:
        value = facts[hit.n].value
        if isinstance(value, DateValue) and (value.date[:4] in years or years & set(unknown)):
            hit.score += ENTITY_BONUS


def _favour_a_means(shortlist: list[Hit], facts: dict[int, Fact]) -> None:
    """Raise the facts that name a means (of travelling, mostly)."""
    # "How did Ada get to Rome?": a fact that names a means (by car, in nave) says how; and
    # "Ada è arrivata in aereo?" is answered by the means she did use.
    for hit in shortlist:
        fact = facts[hit.n]
        if MEANS & {w for lang in LANGS for w in words(fact.statement.get(lang))}:
            hit.score += 2 * ENTITY_BONUS


def _favour_the_region(shortlist: list[Hit], facts: dict[int, Fact], asked: frozenset[str]) -> None:
    """Raise the places given with their region, more those whose region is called what was asked."""
    # "In which region...": a place given with its region answers better than one without, and
    # one that calls it a region ("Lazio region") better than one that does not ("Central Italy").
    for hit in shortlist:
        region = getattr(facts[hit.n].value, "region", None)
        if region is not None:
            hit.score += ENTITY_BONUS
            if asked & {w for lang in LANGS for w in words(region.get(lang))}:
                hit.score += ENTITY_BONUS

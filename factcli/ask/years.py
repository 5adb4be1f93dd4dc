"""The years a question names and those a fact belongs to: an answer must not contradict the one ("Where did
they meet in 2019?") nor fall outside the bounds of the other ("before 2019", "dal 2011")."""

from __future__ import annotations

import re

from factcli.core.model import LANGS, DateValue, Fact, Lang
from factcli.core.months import MONTH_NUMBERS, days_and_months
from factcli.core.text import stem, words
from factcli.index.read import Index

_YEAR = re.compile(r"\b[12]\d{3}\b")
# An entity named by more facts than this spans too much to date one of them.
_DATING_LIMIT = 200


def is_year(word: str) -> bool:
    """Whether a folded word is a year as people write one: four digits, from 1000 to 2999."""
    return len(word) == 4 and word.isdigit() and word[0] in "12"


def date_parts(value: DateValue) -> dict[str, set[float | str]]:
    """A date value's year, month and day, as far as it gives them."""
    return {sort: {float(int(part))} for sort, part in zip(("year", "month", "day"), value.date.split("-"))}


def years_of(fact: Fact) -> set[str]:
    """The years a fact states: its date's (a date fact's statement may name others only to place it: "in
    2023, four years after 2019"), else those written in its statement."""
    return set(_YEAR.findall(fact.value.date)) if isinstance(fact.value, DateValue) else stated_years(fact)


def stated_years(fact: Fact) -> set[str]:
    """The years written in a fact's statement, in either language."""
    return {y for lang in LANGS for y in _YEAR.findall(fact.statement.get(lang))}


def dated_otherwise(index: Index, fact: Fact, years: set[str]) -> bool:
    """Whether the fact belongs to other years than the question's ("Where did they meet in 2019?" is not
    answered by the venue of 2023): by the years it states, or, stating none, by those of the facts that name
    its places and events (never its people or countries, which every year names)."""
    dated = dated_by(index, fact)
    return bool(dated) and not dated & years


# Words that bound the time asked about by the year that follows ("before 2019", "prima del 2019", "dal 2011").
_BEFORE = frozenset({"before", "prima"})
_UNTIL = frozenset({"until", "till", "fino", "entro"})  # up to and with the year: "until 1966" holds 1966
_SINCE = frozenset({"since", "dal", "dall", "dalla"})
_AFTER = frozenset({"after", "dopo"})


def year_bounds(toks: tuple[str, ...]) -> list[tuple[str, int]]:
    """The bounds a question puts on the time asked about: ("before", 2019) for "before 2019", and the like."""
    out: list[tuple[str, int]] = []
    for i, tok in enumerate(toks):
        if is_year(tok):
            near = set(toks[max(0, i - 2):i])
            side = ("before" if near & _BEFORE else "until" if near & _UNTIL else "since" if near & _SINCE
                    else "after" if near & _AFTER else None)
            if side is not None and toks[i - 1] == "the":
                # "after the 1948 race": after an event of that year, which may fall in it as well.
                side = {"before": "until", "after": "since"}.get(side, side)
            if side is not None:
                out.append((side, int(tok)))
    return out


def outside_bounds(index: Index, fact: Fact, bounds: list[tuple[str, int]]) -> bool:
    """Whether every year the fact belongs to or tells of is outside a bound of the question ("before 2019":
    2023); a date fact that places its date by an earlier one ("in 2023, four years after 2019") tells of both."""
    years = [int(y) for y in dated_by(index, fact) | stated_years(fact)]
    if not years:
        return False
    for side, year in bounds:
        fits = {"before": min(years) < year, "until": min(years) <= year, "since": max(years) >= year,
                "after": max(years) > year}[side]
        if not fits:
            return True
    return False


def dated_by(index: Index, fact: Fact) -> set[str]:
    """The years a fact belongs to: those it states, or, stating none, those of the facts that name its places
    and events."""
    own = years_of(fact)
    if own:
        return own
    dated: set[str] = set()
    for ent in fact.entities:
        entity = index.entity(ent)
        if entity is None or entity.kind not in ("place", "event"):
            continue
        # An event whose name gives its year ("the 1994 flood") belongs to it, whatever other years the facts
        # naming it tell of (later floods of the same river, an anniversary).
        named = {y for name in entity.all_names() for y in _YEAR.findall(name)} if entity.kind == "event" else set()
        if named:
            dated |= named
            continue
        naming = index.naming(ent)
        if len(naming) <= _DATING_LIMIT:
            for other in index.facts(list(naming)):
                dated |= years_of(other)
    return dated


# What ends a clause of a statement: a year told in one clause dates what that clause says, not the next one's.
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:and|but|while|then|e|ma|mentre|poi)\b", re.I)


def dated_in_another_clause(fact: Fact, lang: Lang, claimed_years: set[str], claim_words: set[str]) -> bool:
    """Whether the fact's statement gives the claim's year only in a clause that says none of the claim's words,
    while each clause that says them gives another year ("collapsed in 2018, demolished in 2019" against "it
    collapsed in 2019"): the fact dates the claimed act otherwise."""
    clauses = [(set(_YEAR.findall(part)), {stem(w) for w in words(part)}) for part in _CLAUSE_END.split(
        fact.statement.get(lang)) if part and part.strip()]
    saying = [years for years, stems in clauses if stems & claim_words]
    return bool(saying) and all(years and not years & claimed_years for years in saying) and any(
        years & claimed_years for years, _ in clauses)


def date_words_borne(text: str, fact: Fact, plain: list[str], said: set[str]) -> set[str]:
    """The folded words of a claim's date that a date fact's own date also gives, as the same or as another: its day
    and month (a month named in full, a day beside it), and its year where the fact says every other plain word of
    the claim (`said`). A claim of "3 March" is judged by the date of 3 June, and "the flood was in 1930" by the
    flood's date, so the fact is not ruled out for not saying "March" or "1930"."""
    value = fact.value
    if not isinstance(value, DateValue) or value.qualifier is not None:
        return set()
    given = days_and_months(text)
    months = {str(month) for month, _ in given} if value.precision != "year" else set()
    days = {str(day) for _, day in given if day is not None} if value.precision == "day" else set()
    folded = words(text)
    borne = {w for w in folded if w in MONTH_NUMBERS and str(MONTH_NUMBERS[w]) in months} | (days & set(folded))
    # (A year beside words the fact does not say is more often another act's than a wrong date.)
    years = {w for w in plain if is_year(w)}
    if years and all(w in said or w in borne for w in plain if w not in years):
        borne |= years
    return borne

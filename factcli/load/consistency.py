"""Whether a fact's own words state its value: a count's number or a date's year that neither its statements nor
its excerpt give is most often a slip of the hand (`check` warns; it is no error, since a value may be worked
out from words the fact does not quote)."""

from __future__ import annotations

import re

from factcli.core.model import LANGS, CountValue, DateValue, Fact, Lang
from factcli.core.months import MONTH_NAMES, days_and_months, months_named
from factcli.core.numbers import number_of, ordinal_at, ordinal_value, readings, roman
from factcli.core.text import words

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_FRACTION = re.compile(r"(?:(\d+)\s+(?:e\s+)?)?(\d+)/(\d+)")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CAPITALS = re.compile(r"\b[IVXLCDM]{2,}\b")
_SCALES = {"thousand": 1e3, "mila": 1e3, "million": 1e6, "millions": 1e6, "milione": 1e6, "milioni": 1e6,
           "billion": 1e9, "billions": 1e9, "miliardo": 1e9, "miliardi": 1e9}
_JOINERS = frozenset({"and", "e"})


def _spelled(text: str) -> set[float]:
    """The numbers a text says in words, a run of them read as one ("eight hundred and fifty": 850)."""
    out: set[float] = set()
    total = current = 0.0
    running = False
    for word in [*words(text), ""]:
        value = number_of(word) if word else None
        if value is not None:
            if value == 100:
                current = max(current, 1) * 100
            elif value >= 1000:
                total, current = total + max(current, 1) * value, 0.0
            else:
                current += value
            running = True
        elif running and word not in _JOINERS:
            out |= {total + current, current}
            total = current = 0.0
            running = False
    return out


def numbers_stated(text: str) -> set[float]:
    """Every number a text may state, in digits (with any separators, and a scale word after: "1.5 million"),
    in words, or as an ordinal ("the second summit": 2)."""
    folded = words(text)
    out = _spelled(text) | {float(rank) for i in range(len(folded)) if (rank := ordinal_at(folded, i)) is not None}
    # Ordinals past the tenth ("l'undicesimo grado", "the 21st") and Roman numerals ("XI grado", "XX secolo").
    out |= {float(rank) for word in folded if (rank := ordinal_value(word)) is not None}
    out |= {float(n) for token in _CAPITALS.findall(text) if (n := roman(token)) is not None}
    for whole, num, den in _FRACTION.findall(text):  # "5 5/8 inches": 5.625
        if int(den):
            out.add(float(whole or 0) + int(num) / int(den))
    for match in _DIGITS.finditer(text):
        after = words(text[match.end():match.end() + 12])[:1]
        scale = _SCALES.get(after[0], 1.0) if after else 1.0
        out |= {n * scale for n in readings(match.group())} | readings(match.group())
    return out


def _thousands_written(fact: Fact, number: float) -> bool:
    """Whether a number under 1000 with at most three decimals ("1.917", "2.000" read as 2) is written as
    thousands by a statement in its language's way ("1,917" or "2,000" in English, "1.917" in Italian) and
    nowhere as itself: then the file most likely meant a thousand times it."""
    if not 0 < number < 1000 or round(number, 3) != number:
        return False
    whole, _, decimals = f"{number:.3f}".partition(".")
    marks: tuple[tuple[Lang, str, str], ...] = (("en", ",", "."), ("it", ".", ","))
    as_thousands = any(re.search(rf"(?<![\d.,]){whole}{re.escape(mark)}{decimals}(?![\d.,]\d)", fact.statement.get(lang))
                       for lang, mark, _ in marks)
    # (Written as itself too, "2 ships and 2,000 men", the number may be the one meant.)
    itself = f"{number:g}"
    return as_thousands and not any(
        re.search(rf"(?<![\d.,]){re.escape(itself.replace('.', point))}(?![\d]|[.,]\d)", fact.statement.get(lang))
        for lang, _, point in marks)


# "tra 8 e 10", "between 8 and 10", "from 8 to 10", "8 to 10", "8-10", "8–10 km": a number, a joining word or dash,
# a number. The first must be the value's number for the second to be read as the range's top.
_RANGE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(?:-|–|—|\s(?:to|and|e|a|al|fino\s+a)\s)\s*(\d+(?:[.,]\d+)*)(?![\d.,]*\d)")


def range_top(fact: Fact) -> float | None:
    """The top of a range a count's statements give from its number ("tra 8 e 10 km", "8 to 10 km": 10), or None
    when they give none."""
    v = fact.value
    if not isinstance(v, CountValue):
        return None
    for lang in LANGS:
        for low, high in _RANGE.findall(fact.statement.get(lang)):
            tops = [n for n in readings(high) if n > v.number]
            if v.number in readings(low) and tops:
                return tops[0]
    return None


def value_unstated(fact: Fact) -> str | None:
    """Why a fact's value is not what its own words say ("the number 3000 is in neither its statements nor its
    excerpt"); None when they state it, or when the fact is of a type whose value is not a number or a year."""
    texts = [fact.statement.get(lang) for lang in LANGS] + [fact.excerpt]
    v = fact.value
    if isinstance(v, CountValue):
        said = set().union(*(numbers_stated(t) for t in texts))
        for what, n in (("number", v.number), ("max", v.max)):
            if n is not None and not any(abs(s - n) <= 1e-9 * max(1.0, abs(n)) for s in said):
                return f"the {what} {n:g} of fact {fact.id!r} is in neither its statements nor its excerpt"
        if v.max is None and (top := range_top(fact)) is not None:
            return (f"fact {fact.id!r} says {v.number:g} to {top:g}, and its value gives {v.number:g} alone: "
                    f"if the range is meant, add max: {top:g}")
        if _thousands_written(fact, v.number):
            return (f"the number {v.number:g} of fact {fact.id!r} is what its statement writes as thousands: if "
                    f"{v.number * 1000:g} is meant, write it without a separator ({v.number * 1000:g})")
    if isinstance(v, DateValue):
        year = v.date[:4]
        if not any(year in _YEAR.findall(t) for t in texts):
            return f"the year {year} of fact {fact.id!r} is in neither its statements nor its excerpt"
        return _day_unstated(fact, v, texts)
    return None


def _day_unstated(fact: Fact, v: DateValue, texts: list[str]) -> str | None:
    """Why a date's month or day is not the one its words give ("1840-11" of "giugno 1840"); None when they give
    it, or give no month at all (a date may be worked out: "on Easter Sunday")."""
    if v.precision == "year":
        return None
    given = set().union(*(days_and_months(t) for t in texts))
    month = int(v.date[5:7])
    if given and month not in {m for m, _ in given}:
        said = ", ".join(MONTH_NAMES[m - 1] for m in sorted({m for m, _ in given}))
        return f"the month of fact {fact.id!r} ({v.date}) is not the one its statements and excerpt give ({said})"
    days = {d for m, d in given if m == month and d is not None}
    if v.precision == "day" and days and int(v.date[8:10]) not in days:
        said = ", ".join(str(d) for d in sorted(days))
        return (f"the day of fact {fact.id!r} ({v.date}) is not the one its statements and excerpt give for "
                f"{MONTH_NAMES[month - 1]} ({said})")
    return None


def languages_disagree(fact: Fact) -> str | None:
    """Why a fact's two statements tell different years or months ("1947" in one, "1974" in the other): each
    gives one the other does not. None when they agree, or one gives none (the 1950s, "negli anni Cinquanta")."""
    en, it = fact.statement.get("en"), fact.statement.get("it")
    if not en or not it:
        return None
    said = {"years": (set(_YEAR.findall(en)), set(_YEAR.findall(it)))}
    if (en_months := months_named(en)) and (it_months := months_named(it)):  # (most name none: the cost is here)
        said["months"] = (en_months, it_months)
    for what, (en_said, it_said) in said.items():
        if en_said - it_said and it_said - en_said:
            return (f"the statements of fact {fact.id!r} give different {what}: "
                    f"{_listed(en_said, what)} in English, {_listed(it_said, what)} in Italian")
    return None


def _listed(found: set[str] | set[int], what: str) -> str:
    """Years or month numbers, as a reader writes them."""
    return ", ".join(MONTH_NAMES[int(x) - 1] if what == "months" else str(x) for x in sorted(found, key=int))

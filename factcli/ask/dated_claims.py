"""A claim that dates something ("the bridge opened in 1931", "è vero che morì il 3 maggio 1920?") and that no fact
passed: the date the facts give for the same thing, found by asking when it happened, corrects it."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcli.ask.details import details
from factcli.ask.question import Question
from factcli.ask.verdict import CONTRADICTED, verdict
from factcli.core.model import DateValue
from factcli.core.months import MONTH_NUMBERS
from factcli.core.results import AskResult
from factcli.core.text import words
from factcli.index.read import Index

# A date the claim puts its event at: after a preposition of time ("in 1931", "on 3 May 1920", "nel 1931", "il 3
# maggio", "l'8 maggio"). A year after "del" or before a noun names an event ("the 1930 flood", "l'alluvione del
# 1930"): it dates nothing the claim says.
_DATE_SPAN = re.compile(r"(?:\b(?:in|on|nel|il|since|until|till|by|dal|al|entro|during|durante)\s+|\bl'|\bnell')"
                        r"(?:\d{1,2}(?:st|nd|rd|th|°)?\s+)?(?:(?:of\s+)?(?:" + "|".join(MONTH_NUMBERS) + r")\s+)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1\d{3}|20\d{2})\b", re.IGNORECASE)
# Words that put the claim on another occasion than the one the facts date ("another expedition in 1938").
_ANOTHER = frozenset({"another", "again", "altro", "altra"})
# How sure the answer to "when?" must be to correct a claim: below it, the date is of something else as often.
_SURE = 0.5


def date_asked(q: Question) -> str | None:
    """The claim's text with its one date taken out, to be asked when it happened; None where the claim states
    anything besides a date (a count, a time), more than one date, or another occasion."""
    claimed = details(q.text)
    if "year" not in claimed or set(claimed) - {"year", "day", "month"} or len(claimed["year"]) != 1:
        return None
    if len(_DATE_SPAN.findall(q.text)) != 1 or _ANOTHER & set(q.words):
        return None
    return _DATE_SPAN.sub(" ", q.text)


def date_told(index: Index, q: Question, when: Callable[[str], AskResult]) -> AskResult | None:
    """The date fact that answers when the claim's event happened, asked by `when` with the claim's text less its
    date, where it corrects the claim; None where none answers surely, or where some date fact carries the
    claim's very day (the claim is then about that fact, which no search passed for another reason)."""
    text = date_asked(q)
    if text is None:
        return None
    day = _day(_DATE_SPAN.search(q.text))
    if day is not None and any(isinstance(f.value, DateValue) and f.value.date == day
                               for f in index.facts(index.select(types=["date"], since=day, until=day))):
        return None
    found = when(text)
    hit = found.answer
    if hit is None or hit.fact.type != "date" or (found.confidence or 0.0) < _SURE:
        return None
    return found if verdict(index, q, hit.fact) == CONTRADICTED else None


def _day(span: re.Match[str] | None) -> str | None:
    """The ISO day a date span gives (YYYY-MM-DD); None where it gives no day or month."""
    toks = words(span.group()) if span else []
    year = next((t for t in toks if len(t) == 4 and t.isdigit()), None)
    month = next((MONTH_NUMBERS[t] for t in toks if t in MONTH_NUMBERS), None)
    day = next((int(t) for t in toks if t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31), None)
    return f"{year}-{month:02d}-{day:02d}" if year and month and day else None


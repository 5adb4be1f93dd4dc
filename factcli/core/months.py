"""The months of both languages, and the months and days of the month a text gives ("14 October", "Oct. 14",
"il 1° ottobre", "14/10/1947")."""

from __future__ import annotations

import re

# "may" is left out: in a question it is most often the verb. A curated text's "May" is read by its capital.
MONTH_NUMBERS: dict[str, int] = {name: i % 12 + 1 for i, name in enumerate("""
january february march april may june july august september october november december gennaio febbraio marzo
aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
""".split()) if name != "may"}
MONTHS = frozenset(MONTH_NUMBERS)
# Each month's English name, as a message names it ("June"), January first.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")

# Short forms, read as months only with a point after them or a number beside them ("Oct. 14", "14 ott 1947"):
# alone, "set", "ago" and "mar" are words.
_SHORT = {name: i % 12 + 1 for i, names in enumerate("""
jan feb mar apr - jun jul aug sep|sept oct nov dec gen feb mar apr mag giu lug ago set ott nov dic
""".split()) for name in names.split("|") if name != "-"}

_WORD = re.compile(r"[^\W\d_]+")
_PREFIXES = tuple({name[:3] for name in MONTH_NUMBERS} | {"may"})
_NUMBER_AFTER = re.compile(r"\.?\s*\d")
_DAY = r"(\d{1,2})(?:st|nd|rd|th|°|º)?"
# Days before the month ("14 October", "14 and 15 October", "14-16 ottobre", "the 14th of October"), or after it
# ("October 14", "Oct. 14-16").
_BEFORE = re.compile(rf"(?<!\d){_DAY}(?:\s*(?:-|–|and|e|to|or|o|al)\s*{_DAY})?\s+(?:of\s+|di\s+)?$", re.IGNORECASE)
_AFTER = re.compile(rf"^\.?,?\s+{_DAY}(?:\s*(?:-|–|and|to|or)\s*{_DAY})?\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d-])|(?<![\d./-])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d.])")


def _month_at(text: str, start: int, end: int) -> int | None:
    """The month the word at text[start:end] names: a full name, "May" with its capital, or a short form with a
    point or a number beside it ("Oct. 14", "14 ott 1947"); None if none."""
    word = text[start:end]
    key = word.lower()
    if key in MONTH_NUMBERS:
        return MONTH_NUMBERS[key]
    if word == "May":
        return 5
    if key in _SHORT and (_NUMBER_AFTER.match(text, end) or text[max(0, start - 2):start][:1].isdigit()):
        return _SHORT[key]
    return None


def days_and_months(text: str) -> set[tuple[int, int | None]]:
    """Each (month, day) the text gives, day None where it names the month alone."""
    out: set[tuple[int, int | None]] = set()
    for match in _WORD.finditer(text):
        month = _month_at(text, match.start(), match.end())
        if month is None:
            continue
        days = [int(d) for found in (_BEFORE.search(text[max(0, match.start() - 24):match.start()]),
                                     _AFTER.search(text[match.end():match.end() + 16]))
                if found for d in found.groups() if d]
        out |= {(month, d) for d in days if 1 <= d <= 31} or {(month, None)}
    for iso_y, iso_m, iso_d, a, b, _year in _NUMERIC.findall(text):
        pairs = [(int(iso_m), int(iso_d))] if iso_y else [(int(b), int(a)), (int(a), int(b))]
        out |= {(m, d) for m, d in pairs if 1 <= m <= 12 and 1 <= d <= 31}
    return out


def months_named(text: str) -> set[int]:
    """The months a text names in full ("October", "ottobre", "May" with its capital): a quick look, for texts
    compared with each other rather than with a date."""
    low = text.lower()
    if not any(name in low for name in _PREFIXES):  # most texts name none: a quick look first
        return set()
    found = {MONTH_NUMBERS[w] for w in set(_WORD.findall(low)) & MONTHS}
    return found | {5} if "May" in _WORD.findall(text) else found

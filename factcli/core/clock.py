"""Times of day as texts write them, in either language: "6:15 a.m. EST", "alle 17", "noon"; not a time
something took ("in 2:55:38") nor a number with thousands ("9.846 km")."""

from __future__ import annotations

import re

# A clock time in either language, with its zone if one follows: 6:15 a.m. EST, 11.20, 5 p.m.; else "alle 17".
# (The zone is in capitals, "EDT", never a word such as "on": that part alone is case-sensitive.)
# A part of the day written after the time belongs to it ("2:53 in the morning", "alle 3 del pomeriggio").
_DAY_PART = (r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
             r"|(?:del|della|di)\s+(?:mattino|mattina|pomeriggio|sera|notte)))?")
# Seconds are part of it ("12:07:44 p.m."); "a.m." / "pm" end there ("13 ammarò" is no time).
# Not a number with thousands ("9.846 km") nor a race time with tenths ("3:59.4"): the digits end there.
_CLOCK = re.compile(r"(?<![\d.,])\b\d{1,2}[:.]\d{2}(?::\d{2})?(?![.,]?\d)(?:\s*[ap]\.?m(?:\.|\b))?(?:\s+(?-i:[A-Z]{2,4})\b)?"
                    + _DAY_PART + r"|\b\d{1,2}\s*[ap]\.?m(?:\.|\b)(?:\s+(?-i:[A-Z]{2,4})\b)?", re.I)
_HOUR = re.compile(r"\b(?:alle|ore)\s+(\d{1,2}" + _DAY_PART + r")\b", re.I)
# An hour in words, with what makes it one: "at three in the afternoon", "ten o'clock", "alle tre del pomeriggio",
# "alle cinque in punto" (not "alle tre sorelle").
_EN_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_IT_HOURS = "una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici"
_WORD_HOUR = re.compile(
    rf"\b(?:(?<=at\s)(?:{_EN_HOURS})(?:\s+o'?clock)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
    rf"|(?:{_EN_HOURS})\s+o'?clock"
    rf"|(?<=alle\s)(?:{_IT_HOURS})(?:\s+(?:del|della|di)\s+(?:mattino|mattina|pomeriggio|sera|notte)|\s+in\s+punto))\b",
    re.I)
# Hours with a name of their own; the Italian ones in small letters ("il Mezzogiorno" is the South).
NAMED_HOURS = {"noon": 720, "midday": 720, "midnight": 0, "mezzogiorno": 720, "mezzanotte": 0}
_NAMED_HOUR = re.compile(r"\b(?:(?i:noon|midday|midnight)|mezzogiorno|mezzanotte)\b")


# Before a time that is how long something took, not when: "finished in 2:55:38", "con il tempo di 3:59".
_MERIDIEM = re.compile(r"\d\s*[ap]\.?m", re.I)
_TOOK = re.compile(r"\b(?:in|time\s+of|tempo\s+di|record\s+of|record\s+di)\s+$", re.I)


def _a_time_of_day(written: str) -> bool:
    """Whether hours and minutes as written can be a time of day ("61.04", a latitude, cannot)."""
    hours, minutes = (int(n) for n in re.findall(r"\d+", written)[:2]) if re.match(r"\s*\d+[:.]\d", written) else (0, 0)
    return hours <= 24 and minutes < 60


def clock_time(text: str) -> str | None:
    """The first time of day a text says ("6:15 a.m. EST", "17" from "alle 17", "noon"), as written; None if none.
    A time something took ("in 2:55:38") is none."""
    match = next((m for m in _CLOCK.finditer(text) if _a_time_of_day(m.group()) and (
        _MERIDIEM.search(m.group()) or not _TOOK.search(text, max(0, m.start() - 16), m.start()))), None)
    if match:
        return match.group().strip()
    hour = _HOUR.search(text) or _WORD_HOUR.search(text) or _NAMED_HOUR.search(text)
    return hour.group(hour.lastindex or 0) if hour else None

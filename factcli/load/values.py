"""Checking the value of a fact of each type (date, location, count, quote, event): validate.py calls check_value."""

from __future__ import annotations

import re
from typing import Any

from factcli.core.model import (
    COUNT_QUALIFIERS,
    LANGS,
    QUALIFIERS,
    CountValue,
    DateValue,
    EventValue,
    LocationValue,
    QuoteValue,
    Value,
)
from factcli.load.checker import Checker, Mark, at

_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_VALUE_FIELDS = {
    "date": ("date", "qualifier"),
    "location": ("place", "region", "country"),
    "count": ("number", "max", "unit", "counted", "qualifier"),
    "quote": ("text", "lang", "speaker", "to", "when", "translation"),
    "event": ("name",),
}
_VALUE_REQUIRED = {
    "date": ("date",), "location": ("place",), "count": ("number", "unit"),
    "quote": ("text", "lang", "speaker"), "event": ("name",),
}


_SEPARATORS = re.compile(r"[,.' ]")


def _number_hint(raw: str) -> str:
    """How to write a number the format refused ("19,4": 19.4; "2,209" or "2.209.000": without separators)."""
    if re.fullmatch(r"-?\d+,\d+", raw) and not re.fullmatch(r"-?\d{1,3},\d{3}", raw):
        return f" (a decimal point, not a comma: {raw.replace(',', '.')})"
    if re.fullmatch(r"-?\d{1,3}(?:[,.' ]\d{3})+", raw):
        return f" (no thousands separators: {re.sub(_SEPARATORS, '', raw)})"
    return ""


def _number(c: Checker, m: dict[str, Any], key: str, what: str) -> int | float | None:
    """The number a count gives under `key` (its number, or the top of its range), or None if absent or no number."""
    if m.get(key) is None:
        return None
    raw = c.text(m, key, what)
    if raw is None:
        return None
    if _NUMBER.match(raw):
        return float(raw) if "." in raw else int(raw)
    c.err(at(m, key), f"{what}.{key} {raw!r} is not a number" + _number_hint(raw))
    return None


def check_value(c: Checker, kind: str, node: Any, mark: Mark, what: str) -> tuple[Value | None, list[tuple[str, Mark]]]:
    """The typed value of a fact, and the entity references it makes."""
    m = c.mapping(node, mark, what, _VALUE_FIELDS[kind], _VALUE_REQUIRED[kind])
    if m is None:
        return None, []
    if kind == "date":
        date = c.date(m, "date", what)
        qualifier = c.choice(m, "qualifier", what, QUALIFIERS) if m.get("qualifier") is not None else None
        return (DateValue(date, qualifier) if date else None), []
    if kind == "location":
        place = c.bilingual(m, "place", what)
        region, country = c.bilingual(m, "region", what), c.bilingual(m, "country", what)
        return (LocationValue(place, region, country) if place else None), []
    if kind == "count":
        number, top = _number(c, m, "number", what), _number(c, m, "max", what)
        unit, counted = c.bilingual(m, "unit", what), c.bilingual(m, "counted", what)
        bound = c.choice(m, "qualifier", what, COUNT_QUALIFIERS) if m.get("qualifier") is not None else None
        if top is not None and number is not None and top <= number:
            c.err(at(m, "max"), f"{what}.max {top:g} is not above its number {number:g} (a range goes from number to max)")
            top = None
        if top is not None and bound not in (None, "circa"):
            c.err(at(m, "qualifier"), f"{what}.qualifier {bound!r} bounds one number; a range (max) may only be circa")
        return (CountValue(number, unit, counted, bound, top) if number is not None and unit else None), []
    if kind == "quote":
        text, lang = c.text(m, "text", what), c.text(m, "lang", what)
        if lang is not None and not _LANG.match(lang):
            c.err(at(m, "lang"), f"{what}.lang {lang!r} is not a language code such as 'it' or 'en'")
            lang = None
        speaker = c.slug(m, "speaker", what)
        to, when = c.bilingual(m, "to", what), c.bilingual(m, "when", what)
        translation: dict[str, str] = {}
        if m.get("translation") is not None:
            tm = c.mapping(m["translation"], at(m, "translation"), f"{what}.translation", LANGS, ())
            for code in LANGS if tm is not None else ():
                value = c.text(tm, code, f"{what}.translation") if tm is not None else None
                if value is not None:
                    translation[code] = value
        refs = [(speaker, at(m, "speaker"))] if speaker else []
        ok = text is not None and lang is not None and speaker is not None
        return (QuoteValue(text, lang, speaker, to, when, translation) if ok else None), refs  # type: ignore[arg-type]
    name = c.bilingual(m, "name", what)
    return (EventValue(name) if name else None), []

"""Numbers written in words, in Italian and English: "nine", "nove" and "9" are one number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from factcli.core.model import LANGS, CountValue, Fact
from factcli.core.text import ARTICLES

NUMBER_VALUES: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1e6, "dozen": 12, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20,
    "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80,
    "novanta": 90, "cento": 100, "mille": 1000, "milioni": 1e6, "milione": 1e6, "dozzina": 12,
}


def _italian_tens_and_units() -> dict[str, float]:
    """Italian numbers from 21 to 99 in one word, folded: a ten's last vowel drops before uno and otto
    ("ventuno", "trentotto"), and tre takes an accent ("ventitré", folded "ventitre")."""
    tens = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
            "ottanta": 80, "novanta": 90}
    units = {"uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9}
    return {(ten[:-1] if unit[0] in "uo" else ten) + unit: float(t + u)
            for ten, t in tens.items() for unit, u in units.items()}


NUMBER_VALUES.update(_italian_tens_and_units())


def number_of(word: str) -> float | None:
    """The number a word is, in digits or in words ("9", "nine", "nove": 9.0); None if it is none."""
    if word.isdigit():
        # (A run of digits too long for a float is no number anyone counts with: "9" * 400 is none.)
        return float(int(word)) if len(word) <= 15 else None
    return float(NUMBER_VALUES[word]) if word in NUMBER_VALUES else None


def same_number(word: str) -> tuple[str, ...]:
    """The other ways of writing the number a word is ("9": nine, nove; "nove": 9, nine), or () for no number."""
    value = number_of(word)
    if value is None:
        return ()
    spelled = [w for w, v in NUMBER_VALUES.items() if v == value and w != word]
    digits = str(int(value)) if value == int(value) else str(value)
    return tuple(dict.fromkeys([*spelled, *([digits] if digits != word else [])]))


# Ordinal words, by value: "the first final" is not "the second final".
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10, "primo": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4,
    "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6, "settimo": 7, "settima": 7, "ottavo": 8,
    "ottava": 8, "nono": 9, "nona": 9, "decimo": 10, "decima": 10,
}

# Words before an ordinal "secondo" (the second); without one it is the preposition "according to".
_DETERMINERS = frozenset({"il", "lo", "un", "al", "del", "nel", "dal", "sul", "suo", "mio", "tuo", "loro", "questo",
                          "quel", "quello", "ogni", "per"})


def ordinal_at(toks: Sequence[str], i: int) -> int | None:
    """The rank the folded word at `i` gives, if it is an ordinal there: "il secondo viaggio" is the second,
    "secondo Rossi" is according to her; "la prima volta", "di prima classe" the first, "prima di partire"
    before."""
    word = toks[i]
    if word in _PRIMA:
        following = toks[i + 1] if i + 1 < len(toks) else ""
        return 1 if i and toks[i - 1] in _BEFORE_PRIMA and following.isalpha() and following not in _AFTER_BEFORE else None
    if word not in ORDINALS or (word == "secondo" and (not i or toks[i - 1] not in _DETERMINERS)):
        return None
    return ORDINALS[word]


def according_to(toks: Sequence[str], i: int) -> bool:
    """Whether the folded word at `i` is "secondo" meaning "according to": first in the sentence, or before an
    article or a pronoun, and no ordinal ("Secondo il governo, ...", "secondo lei"; not "arrivò secondo")."""
    return toks[i] == "secondo" and ordinal_at(toks, i) is None and (
        i == 0 or (i + 1 < len(toks) and toks[i + 1] in _ACCORDING_WHOM))


# (The Italian articles, and the pronouns: "secondo lei".)
_ACCORDING_WHOM = ARTICLES - {"the"} | {"un", "una", "me", "te", "lui", "lei", "noi", "voi", "loro"}


# "Prima" is "first" after an article or a preposition and before a noun ("la prima volta", "in prima classe");
# before "di" or "che", or with nothing after, it is "before" ("prima della guerra", "come prima").
_PRIMA = frozenset({"prima", "prime"})
_BEFORE_PRIMA = frozenset({"la", "le", "una", "alla", "alle", "della", "delle", "nella", "nelle", "sulla", "sulle",
                           "dalla", "dalle", "di", "in", "sua", "sue", "questa", "quella", "ogni", "per", "loro"})
_AFTER_BEFORE = frozenset({"di", "del", "dello", "della", "dei", "degli", "delle", "dell", "d", "che", "e", "o", "ancora"})


# Words before a number that bound it: "more than fifty" is over 50, "circa 330" about 330 (folded; the longest
# phrase first, so that "non meno di" is at least and "meno di" under).
_BOUNDS: dict[tuple[str, ...], str] = {
    ("no", "more", "than"): "at-most", ("not", "more", "than"): "at-most", ("non", "piu", "di"): "at-most",
    ("no", "fewer", "than"): "at-least", ("no", "less", "than"): "at-least", ("non", "meno", "di"): "at-least",
    ("in", "excess", "of"): "over", ("more", "than"): "over", ("upwards", "of"): "over", ("piu", "di"): "over",
    ("less", "than"): "under", ("fewer", "than"): "under", ("meno", "di"): "under",
    ("at", "least"): "at-least", ("at", "most"): "at-most", ("up", "to"): "at-most", ("fino", "a"): "at-most",
    ("al", "massimo"): "at-most", ("intorno", "a"): "circa", ("attorno", "a"): "circa",
    ("over",): "over", ("above",): "over", ("oltre",): "over", ("under",): "under", ("below",): "under",
    ("almeno",): "at-least", ("about",): "circa", ("around",): "circa", ("approximately",): "circa",
    ("roughly",): "circa", ("nearly",): "circa", ("almost",): "circa", ("some",): "circa", ("circa",): "circa",
    ("quasi",): "circa", ("approssimativamente",): "circa", ("pressappoco",): "circa",
}
# Italian writes the article into the bound's preposition ("più del 70 per cento", "oltre il 70", "fino ai 50"); a
# plural one after "più" or "oltre" compares with a group ("più dei 36 morti" of another toll), no bound.
_ARTICLED = {"di": ("del", "dello", "della", "dell"), "a": ("al", "allo", "alla", "all", "ai", "agli", "alle")}
_BOUNDS.update({(*key[:-1], articled): bound for key, bound in list(_BOUNDS.items())
                for articled in _ARTICLED.get(key[-1], ()) if key[0] in ("non", "piu", "meno", "fino", "intorno",
                                                                                 "attorno")})
_BOUNDS.update({("oltre", article): "over" for article in ("il", "lo", "la", "l")})
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def readings(token: str) -> set[float]:
    """The numbers a written number may be: "2,209" and "2.209" are 2209 or 2.209 (a thousands separator or,
    read the other way, a decimal one: both are kept; "3,000" is 3000), "261,60" and "7.5" are 261.6 and 7.5, "1,234,567" is
    1234567, and "1,234.5" is 1234.5 (of two kinds of separator, the last is the decimal one)."""
    seps = [ch for ch in token if ch in ".,"]
    if not seps:
        return {float(token)}
    if len(set(seps)) == 2:
        last = seps[-1]
        other = "," if last == "." else "."
        return {float(token.replace(other, "").replace(last, "."))}
    parts = token.replace(",", ".").split(".")
    found = set()
    if all(len(p) == 3 for p in parts[1:]):
        found.add(float("".join(parts)))
    if len(parts) == 2 and parts[1] != "000":
        found.add(float(".".join(parts)))  # ("3,000" is never 3.0: no one writes three decimals of nothing)
    return found or {float("".join(parts))}


def _values(token: str) -> set[float]:
    """The numbers a token may be: digits with separators (readings), or a number word."""
    if token[0].isdigit():
        return readings(token)
    word = number_of(token)
    return {word} if word is not None else set()


def bound_before(folded: str, number: float) -> str | None:
    """How a folded text bounds `number` where it states it ("more than fifty": over; "circa 330": circa), or
    None where it states it bare or not at all."""
    toks = _TOKEN.findall(folded)
    for i, tok in enumerate(toks):
        if number in _values(tok):
            for size in (3, 2, 1):
                if i >= size and (bound := _BOUNDS.get(tuple(toks[i - size:i]))) is not None:
                    return None if bound == "at-most" and _range_end(toks, i - size) else bound
            return None
    return None


# What opens a range before its other end: "from 300 metres to 2 km", "da 300 metri fino a 2 km".
_RANGE_OPENERS = frozenset({"from", "da", "dai", "dal", "dalle", "dagli"})


def _range_end(toks: list[str], at: int) -> bool:
    """Whether the bound word at `at` ("fino a", "up to") ends a range a number opened just before ("da 300 metri
    fino a 2 chilometri"): the number after it is that range's top, not a bound of its own."""
    before = toks[max(0, at - 4):at]
    return any(w in _RANGE_OPENERS and nxt[:1].isdigit() for w, nxt in pairwise(before))


def within(bound: str | None, stated: float, claimed: float) -> bool | None:
    """Whether a claimed number agrees with a stated one under its bound: True (the same), None (it may be:
    60 for "more than 50", 320 for "about 330"), False (it cannot: 40 for "more than 50"). A bound is read as
    people write it, near its number: "more than 50" is not 100 or more, "fewer than 50" not 25 or fewer."""
    if claimed == stated:
        return True if bound in (None, "circa", "at-least", "at-most") else None
    if bound == "circa":
        return None if abs(claimed - stated) <= 0.1 * abs(stated) else False
    inside = {"over": stated < claimed < 2 * stated, "at-least": stated < claimed < 2 * stated,
              "under": stated / 2 < claimed < stated, "at-most": stated / 2 < claimed < stated}.get(bound or "", False)
    return None if inside else False


def within_range(bound: str | None, low: float, high: float, claimed: float) -> bool | None:
    """Whether a claimed number agrees with a stated range: True inside it, None near it for a range "circa"
    (within a tenth of its ends), False elsewhere."""
    if low <= claimed <= high:
        return True
    if bound == "circa" and low - 0.1 * abs(low) <= claimed <= high + 0.1 * abs(high):
        return None
    return False


def count_bound(fact: Fact) -> str | None:
    """How a count fact's number bounds the true one: the qualifier it gives, else the one its statement says
    ("more than fifty": over); None for an exact number or a fact that is no count."""
    value = fact.value
    if not isinstance(value, CountValue):
        return None
    if value.qualifier is not None or value.max is not None:  # a range's ends are its words' numbers, unbounded
        return value.qualifier
    from factcli.core.text import fold

    return next((b for lang in LANGS if (b := bound_before(fold(fact.statement.get(lang)), float(value.number)))
                 is not None), None)


_SUFFIXED = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_WELL_FORMED = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def ordinal_value(word: str) -> int | None:
    """The rank any folded ordinal word gives, beyond the first ten too: "11th", "eleventh", "twentieth",
    "undicesimo", "ventitreesima" (a number word with -th or -esimo); None for any other word."""
    if word in ORDINALS:
        return ORDINALS[word]
    if (m := _SUFFIXED.match(word)) is not None:
        return int(m.group(1))
    if word.endswith(("esimo", "esima", "esimi", "esime")) and len(word) > 7:
        base = word[:-5]  # undic-esimo (undici), ventitre-esimo (ventitre)
        value = next((v for v in (number_of(base), *(number_of(base + e) for e in "ieao")) if v is not None), None)
        return int(value) if value is not None else None
    if word.endswith("th") and len(word) > 5:
        base = {"twelf": "twelve"}.get(word[:-2], word[:-2])
        value = number_of(base) or number_of(base[:-2] + "y" if base.endswith("ie") else base)
        return int(value) if value is not None else None
    return None


def roman(token: str) -> int | None:
    """The number an upper-case Roman numeral of two letters or more is ("XI": 11, "XIV": 14); None otherwise
    (a lone "I" or "V" is as often a word or an initial)."""
    if len(token) < 2 or not _WELL_FORMED.match(token):
        return None
    values = [_ROMAN[ch] for ch in token]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if total > 0 else None

"""Measures in Italian and English: which dimension a question asks for ("how far", "quanto è alto"), and
the quantity of that dimension a text states ("84,434,094 miles", "12 metri").

General language only: the adjectives and nouns that ask for a dimension, and the units of each.
"""

from __future__ import annotations

import itertools
import re

from factcli.core.numbers import NUMBER_VALUES, readings
from factcli.core.text import words

# The nouns that name each dimension ("what distance", "che altezza"), and the adjectives and verbs that ask
# for it after "how" or "quanto" ("how far", "quanto è alto", "quanto pesa"). "Big" and "grande" ask for
# a size of any sort (a crew, a fleet), so they ask for no dimension.
NOUNS: dict[str, frozenset[str]] = {
    "length": frozenset({"distance", "distanza", "depth", "profondita", "width", "larghezza", "lunghezza"}),
    "height": frozenset({"height", "altezza", "altitude", "altitudine", "quota"}),
    "weight": frozenset({"weight", "peso", "mass", "massa"}),
    "speed": frozenset({"speed", "velocita"}),
    "area": frozenset({"area", "superficie", "estensione"}),
    "temperature": frozenset({"temperature", "temperatura"}),
    "money": frozenset({"cost", "costo", "price", "prezzo", "spesa", "expense", "money", "soldi", "denaro"}),
}
_ADJECTIVES: dict[str, frozenset[str]] = {
    "length": frozenset({"far", "distant", "lontano", "lontana", "lontani", "distante", "dista", "distava", "distano",
                         "distavano", "deep", "profondo",
                         "profonda", "wide", "largo", "larga", "lungo", "lunga", "lunghi", "lunghe"}),
    "height": frozenset({"tall", "high", "alto", "alta", "alti", "alte"}),
    "weight": frozenset({"heavy", "weigh", "weighs", "weighed", "pesa", "pesava", "pesano", "pesavano",
                         "pesante", "pesanti"}),
    "speed": frozenset({"fast", "veloce", "veloci", "velocemente", "quickly"}),
    "area": frozenset({"vast", "vasto", "vasta", "esteso", "estesa"}),
    "temperature": frozenset({"hot", "cold", "warm", "caldo", "calda", "caldi", "calde", "freddo", "fredda",
                              "freddi", "fredde"}),
    "money": frozenset({"cost", "costs", "costo", "costato", "costata", "costati", "costate", "costava", "costavano",
                        "costa", "costano", "costarono", "spent", "spend", "speso", "spesi", "spesero", "paid", "pay",
                        "pagato", "pagata", "pago", "pagarono"}),
}
# Words of size: after "how" / "quanto" they ask an area ("How big is the park?"), the ground a thing covers.
SIZE = frozenset({"big", "bigger", "large", "larger", "huge", "grande", "grandi", "ampio", "ampia", "ampi", "ampie"})
ASKING = {d: NOUNS[d] | _ADJECTIVES[d] for d in NOUNS}
# The ways of measuring a length, each with its words: a width is not a depth nor a height.
# A height may be said as how far above something it stands, a depth as how far below.
_ASPECTS = (frozenset({"wide", "width", "diameter", "largo", "larga", "larghezza", "diametro", "across"}),
            frozenset({"deep", "depth", "profondo", "profonda", "profondita", "below", "beneath", "underground",
                       "sotto", "sottoterra"}),
            frozenset({"long", "length", "lungo", "lunga", "lunghezza"}),
            frozenset({"tall", "high", "height", "alto", "alta", "alti", "alte", "altezza", "above", "sopra",
                       "elevation", "altitude", "altitudine", "quota"}))


def other_aspect(asked: tuple[str, ...] | list[str], text: str) -> bool:
    """Whether a text measures another aspect than the one asked ("how wide?" of "50 feet tall"): it names the
    words of another way of measuring and none of the asked one; or names none at all (a distance, "14 miles
    upstream", is no height nor a bridge's length; only "how far" is answered by a bare distance)."""
    aspect = next((a for a in _ASPECTS if a & set(asked)), None)
    return aspect is not None and not aspect & set(words(text))


def how_long(toks: tuple[str, ...] | list[str]) -> bool:
    """Whether a question asks "how long": a duration or a length, whichever the facts give."""
    return any(a == "how" and b == "long" for a, b in itertools.pairwise(toks))


def unit_asked(toks: tuple[str, ...] | list[str]) -> str | None:
    """The unit a how-question ends by asking the answer in ("How big is it in acres?", "...in metri?"), as
    written; None if it names none. Only at the end: "in piedi" within a sentence is "standing"."""
    if len(toks) < 3 or toks[-2] != "in" or not _HOW & set(toks):
        return None
    return toks[-1] if any(toks[-1] in units for units in UNITS.values()) else None


def _unit_asked(toks: tuple[str, ...] | list[str]) -> str | None:
    """The dimension of the unit a how-question asks the answer in; None if it asks none."""
    unit = unit_asked(toks)
    return next((d for d, units in UNITS.items() if unit in units), None) if unit else None
_HOW = frozenset({"how", "quanto", "quanta", "quanti", "quante"})
# Words that may come between the asking word and the dimension ("quanto è alto", "how very far").
BETWEEN = frozenset({"e", "is", "was", "are", "were", "era", "sono", "erano", "very", "molto", "did", "does", "the",
                      "il", "la", "l", "lo", "its", "their", "sua", "suo", "loro", "va", "vanno", "andava",
                      "andavano", "andato", "andata", "went", "go", "goes", "going"})
# Verbs that ask a weight wherever they stand after "how much" / "quanto" ("How much did the spike weigh?").
# (These and BETWEEN frame a measure question: they say what is asked, not what it is about.)
WEIGHING = frozenset({"weigh", "weighs", "weighed", "pesa", "pesava", "pesano", "pesavano", "pesato"})
_ASKERS = frozenset({"how", "quanto", "quanta", "quanti", "quante", "what", "which", "che", "quale", "a"})

_LENGTH_UNITS = frozenset({
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "chilometro", "chilometri", "mile", "miles", "mi",
    "miglio", "miglia", "metre", "metres", "meter", "meters", "metro", "metri", "m", "feet", "foot", "ft",
    "piedi", "piede", "yard", "yards", "iarde", "cm", "centimetri", "centimetres", "centimeters", "inch", "inches",
    "pollici", "mm", "millimetri", "nautical", "nautiche", "fathom", "fathoms"})
# Units of two words, the first of which is a unit word alone too ("68,890 nautical miles", "3 miglia nautiche").
_TWO_WORD_UNITS = frozenset({("nautical", "mile"), ("nautical", "miles"), ("miglio", "nautico"), ("miglia", "nautiche"),
                             ("miglio", "marino"), ("miglia", "marine")})
UNITS: dict[str, frozenset[str]] = {
    "length": _LENGTH_UNITS,
    "height": _LENGTH_UNITS,
    "weight": frozenset({"kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "chilogrammo", "chilogrammi",
                         "chilo", "chili", "ton", "tons", "tonne", "tonnes", "tonnellata", "tonnellate", "pound",
                         "pounds", "libbra", "libbre", "lb", "lbs", "gram", "grams", "grammo", "grammi", "g",
                         "quintale", "quintali", "ounce", "ounces", "once"}),
    "speed": frozenset({"mph", "kmh", "knot", "knots", "nodo", "nodi"}),
    "area": frozenset({"hectare", "hectares", "ettaro", "ettari", "acre", "acres", "acri", "km2", "m2", "mq"}),
    # ("300 °C" reads as 300 c.)
    "temperature": frozenset({"c", "f", "degrees", "degree", "gradi", "grado", "celsius", "fahrenheit", "kelvin"}),
    # (Not "pound", a weight first; "$", "€", "£" before a number say money too.)
    "money": frozenset({"dollar", "dollars", "dollaro", "dollari", "euro", "euros", "lira", "lire", "franc", "francs",
                        "franco", "franchi", "scudo", "scudi", "sterling", "sterlina", "sterline", "mark", "marks",
                        "marco", "marchi", "yen", "ruble", "rubles", "rublo", "rubli", "guinea", "guineas", "ghinee",
                        "ducat", "ducats", "ducato", "ducati", "florin", "florins", "fiorino", "fiorini", "cents",
                        "centesimi", "usd", "eur"}),
}
# Words that scale a number before its unit ("20 million dollars", "42 milioni di lire").
_SCALES = frozenset({"thousand", "million", "millions", "billion", "mila", "milione", "milioni", "miliardo", "miliardi"})
_CURRENCY_SIGNS = "$€£"
_SQUARE = frozenset({"square", "sq", "quadrati", "quadrato", "quadrata", "quadrate"})
# Each unit's other spellings and translations, so that "84 miles" and "84 miglia" say the same and
# "84 km" says something else.
_SAME_UNIT = ("km kilometre kilometres kilometer kilometers chilometro chilometri",
              "mile miles miglio miglia mi", "metre metres meter meters metro metri m", "feet foot ft piedi piede",
              "yard yards iarde", "fathom fathoms", "cm centimetri centimetres centimeters", "inch inches pollici",
              "kg kilogram kilograms kilogramme kilogrammes chilogrammo chilogrammi chilo chili",
              "ton tons tonne tonnes tonnellata tonnellate", "pound pounds libbra libbre lb lbs",
              "gram grams grammo grammi g", "mph", "kmh", "knot knots nodo nodi", "hectare hectares ettaro ettari",
              "acre acres acri")
_UNIT_OF = {spelling: group.split()[0] for group in _SAME_UNIT for spelling in group.split()}


def unit_of(word: str) -> str | None:
    """The unit a folded word names, in one spelling for all ("miglia": "mile"); None if it names none."""
    return _UNIT_OF.get(word)


def spellings(unit: str) -> tuple[str, ...]:
    """Every folded word that names a unit ("mile": mi, miles, miglia...)."""
    return tuple(word for word, named in _UNIT_OF.items() if named == unit)

_HOUR = frozenset({"h", "hour", "ora", "orari", "orarie", "hr"})
# A number as written: 84,434,094 or 84.434.094 or 3,5 or 12, or in words ("four miles", "otto miglia"); with a
# word that says how near it is, which is part of what the text states ("almost 25 miles").
# A word is matched whole and then looked up: an alternation of every number word costs each process
# milliseconds to compile.
_NUMBER = re.compile(r"(?:\b(?:almost|about|nearly|roughly|around|over|some|quasi|circa|oltre)\s+)?"
                     r"(?:\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*|\b([^\W\d_]+)\b)", re.I)


_RANGE_TAIL = re.compile(r"\s*(?:([-–—]|\sto\s|\sa\s)|\s(?:and|e)\s)\s*(\d+(?:[.,]\d+)*)")
_RANGE_HEAD = re.compile(r"\b(between|from|tra|fra|da)\s+$", re.I)


def _range_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the quantity whose first number spans start..end starts and ends its numbers: a range takes its
    second number and the word before it ("8 to 10", "8-10", "between 8 and 10", "tra 8 e 10"); a number alone,
    or "1908 and 12" (an "and" without "between", or a second number not above the first), is itself."""
    upto = _RANGE_TAIL.match(text, end)
    if upto is None:
        return start, end
    head = _RANGE_HEAD.search(text, max(0, start - 9), start)
    low, high = (text[start:end].split()[-1].replace(",", ""), upto.group(2).replace(",", ""))
    try:
        rising = float(low) < float(high)
    except ValueError:  # a number in words, or an Italian decimal comma: read no range
        return start, end
    if not rising or (upto.group(1) is None and head is None):
        return start, end
    return (head.start() if head is not None else start), upto.end()


def asked_dimension(toks: tuple[str, ...] | list[str]) -> str | None:
    """The dimension a question asks to measure ("how far": length), from its folded words; None if none.

    "How far back" asks for a date, not a distance.
    """
    for i, tok in enumerate(toks):
        if tok not in _ASKERS:
            continue
        if tok == "how" and tuple(toks[i + 1:i + 3]) in (("long", "is"), ("long", "was"), ("long", "are"),
                                                          ("long", "were")):
            return "length"  # "How long is the bridge?"; "How long did it last?" asks a duration
        modifier = tok in ("what", "which")  # one noun may name what is measured first: "what was the wind speed"
        for j in range(i + 1, min(i + 5, len(toks))):
            word = toks[j]
            # "How" asks with an adjective or a noun; "which" only with a noun ("quale alto funzionario").
            asking = ASKING if tok in _HOW else NOUNS
            dimension = next((d for d, ws in asking.items() if word in ws), None)
            if tok in _HOW and word in SIZE:
                dimension = "area"  # "How big is the park?": how much ground it covers
            if dimension is not None:
                if word == "far" and j + 1 < len(toks) and toks[j + 1] == "back":
                    return None
                # A bare "a" asks only for a distance or a height ("a che distanza", "a che quota").
                return dimension if tok != "a" or dimension in ("length", "height") else None
            if word not in BETWEEN and not (tok == "a" and word in ("che", "quale")):
                if not modifier:
                    break
                modifier = False
    if (_HOW | {"what", "cosa", "che"}) & set(toks) and WEIGHING & set(toks):
        return "weight"
    if _HOW & set(toks) and (_ADJECTIVES["money"] - {"costa"} | {"money", "soldi", "denaro"}) & set(toks):
        # "How much did the bridge cost to build?": the verb asks it wherever it stands ("costa" only right after
        # "quanto": "a quanti metri dalla costa" asks a distance from the coast).
        return "money"
    return _unit_asked(toks)


def measure_asked(text: str, toks: list[str]) -> str | None:
    """The dimension a question asks to measure, if it asks one: not "how long is it?", a duration first (ask
    tries a length next), nor a question that gives the quantity in digits ("È vero che pesava 50 kg?"), which
    checks it (in words it may be a name: "Three Mile Island")."""
    dimension = asked_dimension(toks)
    if dimension is None or how_long(toks):
        return None
    given = measure_in(text, dimension)
    return None if given and any(c.isdigit() for c in given) else dimension


def _unit_words(folded: list[str], dimension: str) -> int:
    """How many of the words that follow a number name a unit of `dimension` (a speed: a length per hour; an
    area: square metres); 0 if they name none."""
    if not folded:
        return 0
    word, rest = folded[0], folded[1:3]
    hour = next((i for i, w in enumerate(rest) if w in _HOUR), None)
    if dimension == "speed":
        if word in UNITS["speed"]:
            return 1
        return hour + 2 if word in _LENGTH_UNITS and hour is not None else 0
    if dimension == "money":
        # "20 million dollars", "42 milioni di lire": the scale and "di" come before the currency.
        skip = list(itertools.takewhile(lambda w: w in _SCALES or w in ("di", "us", "usa"), folded[:3]))
        return len(skip) + 1 if folded[len(skip):len(skip) + 1] and folded[len(skip)] in UNITS["money"] else 0
    if dimension == "area":
        if word in UNITS["area"]:
            return 1
        square = (word in _SQUARE and rest[:1] and rest[0] in _LENGTH_UNITS) or (
            word in _LENGTH_UNITS and rest[:1] and rest[0] in _SQUARE)
        return 2 if square else 0
    # A length per hour is a speed, not a length.
    square = bool(rest[:1]) and rest[0] in _SQUARE
    if word not in UNITS[dimension] or hour is not None or square:
        return 0
    return 2 if rest[:1] and (word, rest[0]) in _TWO_WORD_UNITS else 1


_MORE_WORDS = re.compile(r"(?:\s+(?:and|e))?[\s-]+([^\W\d_]+)", re.I)


def measure_in(text: str, dimension: str, unit: str | None = None, number: float | None = None) -> str | None:
    """The quantity of `dimension` a text states, as written ("84,434,094 miles"): that of `number`, a count fact's
    own, where its statement says others ("from 300 metres to 2 kilometres" of 2 km), or its conversion beside it
    into `unit` when a unit is asked ("6 ft (1.83 m)"); else the first in `unit`, else the first; None if none."""
    found = _measures_in(text, dimension)
    wanted = unit_of(unit) if unit else None

    def in_unit(quantity: str) -> bool:
        """Whether a quantity is written in the unit asked."""
        return wanted is not None and any(unit_of(w) == wanted for w in words(quantity))

    own = next((i for i, q in enumerate(found) if number is not None and number in _first_number(q)), None)
    if own is None:
        return next((q for q in found if in_unit(q)), found[0] if found else None)
    if wanted is None or in_unit(found[own]):
        return found[own]
    return next((found[i] for i in (own + 1, own - 1) if 0 <= i < len(found) and in_unit(found[i])
                 and _beside(text, found[min(i, own)], found[max(i, own)])), found[own])


def _beside(text: str, first: str, second: str) -> bool:
    """Whether two quantities are written one right after the other, the second as the first's conversion ("6 ft
    (1.83 m)", "6 ft / 1.83 m")."""
    at = text.find(first)
    gap = text[at + len(first):text.find(second, at + len(first))] if at >= 0 else "?"
    return len(gap) <= 4 and not gap.strip(" ([,;/=-")


def _first_number(quantity: str) -> set[float]:
    """The numbers the first number written in a quantity may be ("2" of "2 kilometres")."""
    digits = re.search(r"\d+(?:[.,]\d+)*", quantity)
    return readings(digits[0]) if digits else set()


def _measures_in(text: str, dimension: str) -> list[str]:
    """Every quantity of `dimension` a text states, in order, as written."""
    out = []
    spoken_to = 0
    for match in _NUMBER.finditer(text):
        if (match[1] and match[1].casefold() not in NUMBER_VALUES) or match.start() < spoken_to:
            continue
        end = match.end()
        if match[1]:
            # "eight hundred and fifty feet": the number is all its words, not the last one.
            while (more := _MORE_WORDS.match(text, end)) and more[1].casefold() in NUMBER_VALUES:
                end = more.end()
            spoken_to = end
        # "8 to 10 km", "tra 8 e 10 km": the quantity is the range, its unit after its second number.
        start, end = _range_around(text, match.start(), end)
        after = text[end:end + 40]
        folded = words(after)
        size = _unit_words(folded, dimension)
        sign = text[max(0, start - 2):start].strip()[-1:]
        if dimension == "money" and not size and sign and sign in _CURRENCY_SIGNS:
            # "$2,000,000", "£ 300 million": the sign says money; the quantity is the sign, the number, its scale.
            scale = re.match(r"[\s-]+\w+", after) if folded[:1] and folded[0] in _SCALES else None
            out.append(text[text.rindex(sign, 0, start):end + (scale.end() if scale else 0)])
            continue
        # "212 metres tall", "alta 212 metri": a height, not a distance.
        near = set(folded[size:size + 2]) | set(words(text[max(0, match.start() - 20):match.start()])[-2:])
        if size and not (dimension == "length" and near & (_ADJECTIVES["height"] | NOUNS["height"])):
            unit = re.match(r"(?:[\s/'°-]*[^\W_]+){" + str(size) + "}", after)
            out.append(text[start:end + (unit.end() if unit else 0)])
    return out

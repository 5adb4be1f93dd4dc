"""The details a claim states, by sort (a year, a count, an ordinal, a month, a day of the month, a time of day),
and how a fact bears on each: it states the same, it states another of that sort (and so corrects the claim),
or it says nothing of that sort (and so can neither confirm nor correct it).

Numbers are read from the text as written, so "7.5" is one number, "3,184" is three thousand one hundred and
eighty-four (or, read the Italian way, three point one eight four: both readings are kept), and "2:15 pm" is a
time of day, not the numbers 2 and 15.
"""

from __future__ import annotations

import re

from factcli.ask.fit import CLAIM_OPENERS, capitalised
from factcli.ask.question import Question
from factcli.ask.words import MEANS_OF_TRAVEL, NOBODY, PARTS_OF_TIME, QUALIFIER_PARTS
from factcli.ask.years import date_parts
from factcli.core.clock import NAMED_HOURS, clock_time
from factcli.core.measures import unit_of
from factcli.core.model import LANGS, CountValue, DateValue, Fact, value_texts
from factcli.core.months import MONTH_NUMBERS, MONTHS
from factcli.core.numbers import NUMBER_VALUES, ordinal_at, readings
from factcli.core.text import ANY_ARTICLES, STOPWORDS, fold, stem, terms, words, written_words
from factcli.index.lemmas import in_dictionary
from factcli.index.rank import entities_in, match_words
from factcli.index.read import Index

# A number as written: digits with thousands separators or a decimal part ("84,434,094", "7.5", "5,0").
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# A time of day: "2:15", "11.20 p.m.", "5 am", "alle 3:27 del pomeriggio".
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|(?=\s+(?:del|di|della)\s+"
                    r"(?:pomeriggio|sera|mattina|mattino|notte)\b))|(?<![\d.,])\b(\d{1,2})[:.](\d{2})\b(?![.,]?\d)", re.IGNORECASE)
_AFTERNOON = re.compile(r"^\s+(?:del|di|della)\s+(pomeriggio|sera|mattina|mattino|notte)\b", re.IGNORECASE)

_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(MONTH_NUMBERS) + r")\W*$")
_MONTH_AFTER = re.compile(r"\W*(?:" + "|".join(MONTH_NUMBERS) + r")\b")
# A month's name after an article or a possessive is the common word it spells ("the march", "their march").
_NOUN_AFTER = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your"})

# Words that multiply the number before them ("eighteen hundred", "2,5 milioni").
MULTIPLIERS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "cento": 100.0,
                "mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9}

Details = dict[str, list[frozenset[float | str]]]  # each sort's details, each as the values it may be read as


# English tens and units, written apart ("twenty-one", "twenty one"): one number.
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_ONES = {w: float(v) for w, v in NUMBER_VALUES.items() if w in ("one", "two", "three", "four", "five", "six", "seven",
                                                                 "eight", "nine")}

# Words that make a unit another one ("short tons" are not "metric tons"), and that make a length per hour.
_QUALIFIERS = frozenset({"short", "metric", "long", "square", "cubic", "nautical", "quadrati", "quadrate", "cubi",
                         "metriche", "corte", "nautiche"})
_PER_HOUR = frozenset({"h", "hour", "orari", "orarie", "all", "per"})


def _unit_after(following: list[str]) -> str | None:
    """The unit the words after a number name, with its qualifier ("short tons") or per hour ("km/h"); None if none."""
    qualifier = following[0] if following and following[0] in _QUALIFIERS else ""
    rest = following[1:] if qualifier else following
    if (unit := unit_of(rest[0]) if rest else None) is None:
        return None
    per_hour = "/h" if rest[1:2] and rest[1] in _PER_HOUR else ""
    named = f"{qualifier} {unit}{per_hour}".strip()
    return {"mile/h": "mph", "km/h": "kmh"}.get(named, named)


def _clock_minutes(hour: int, minute: int, half: str | None) -> frozenset[float | str]:
    """The minutes after midnight a time may be: both halves of the day when neither is said."""
    if half in ("p", "pomeriggio", "sera") and hour < 12:
        return frozenset({float((hour + 12) * 60 + minute)})
    if half in ("a", "mattina", "mattino", "notte"):
        return frozenset({float((hour % 12) * 60 + minute)})
    if hour >= 12 or half is not None:
        return frozenset({float(hour * 60 + minute)})
    return frozenset({float(hour * 60 + minute), float((hour + 12) * 60 + minute)})


def _times(text: str) -> tuple[list[frozenset[float | str]], str]:
    """The times of day a text says, and the text with them taken out."""
    found: list[frozenset[float | str]] = []
    for match in _CLOCK.finditer(text):
        hour, minute, half, hour2, minute2 = match.groups()
        if hour is None:
            hour, minute = hour2, minute2
        after = _AFTERNOON.match(text[match.end():])
        if int(hour) > 24 or int(minute or 0) > 59:
            continue
        found.append(_clock_minutes(int(hour), int(minute or 0), (half or "").lower() or (
            after.group(1).lower() if after else None)))
    named = clock_time(text)
    if named is not None and fold(named) in NAMED_HOURS:
        found.append(frozenset({float(NAMED_HOURS[fold(named)])}))
        text = text.replace(named, " ")
    elif not found and (hour := _AT_HOUR.search(text)) is not None and int(hour.group(1)) <= 24:
        # "alle 21", "ore 9 di sera": an hour, no count of anything ("alle 21 vittime" counts).
        after = _AFTERNOON.match(text[hour.end():])
        end = hour.end() + (after.end() if after else 0)
        if all(w in STOPWORDS for w in words(text[end:])[:1]):
            found.append(_clock_minutes(int(hour.group(1)), 0, after.group(1).lower() if after else None))
            text = text[:hour.start()] + " " + text[end:]
    return found, _CLOCK.sub(" ", text)


_AT_HOUR = re.compile(r"\b(?:alle|ore)\s+(\d{1,2})(?![\d.,:])\b", re.IGNORECASE)


def details(text: str, name_numbers: frozenset[str] = frozenset()) -> Details:
    """The details a text states, by sort; the numbers in `name_numbers` name things ("Crew-7") and are left out."""
    out: Details = {}
    times, rest = _times(text)
    if times:
        out["time"] = times
    toks = words(rest)
    month_at = {i for i, w in enumerate(toks) if w in MONTH_NUMBERS and not (i and toks[i - 1] in _NOUN_AFTER)}
    # A number word written with a capital inside a sentence is a name ("died in Quindici", "Otto's engine").
    names = capitalised(rest) & NUMBER_VALUES.keys()
    for match in _NUMBER.finditer(rest):
        token = match.group()
        if token in name_numbers:
            continue
        values: frozenset[float | str] = frozenset(readings(token))
        after = words(rest[match.end():match.end() + 20])
        if after and after[0] in MULTIPLIERS:  # "2,5 milioni", "84 million"
            values = frozenset(float(v) * MULTIPLIERS[after[0]] for v in values)
        # A day of the month is next to its month ("13 luglio", "March 13").
        near_month = bool(_MONTH_BEFORE.search(rest[:match.start()].lower()[-12:])
                          or _MONTH_AFTER.match(rest[match.end():].lower()))
        sort = "year" if len(token) == 4 and token.isdigit() and 1000 <= int(token) <= 2100 else \
            "day" if near_month and token.isdigit() and 1 <= int(token) <= 31 else "count"
        out.setdefault(sort, []).append(values)
        # A quantity is a number in its unit ("50 feet (15 metres)": 50 feet and 15 metres, not 50 metres).
        unit = _unit_after(after[1:] if after and after[0] in MULTIPLIERS else after)
        if unit is not None:
            out.setdefault("quantity", []).append(frozenset(f"{v}|{unit}" for v in values))
    for i, word in enumerate(toks):
        if word in MEANS_OF_TRAVEL:
            out.setdefault("means", []).append(frozenset({MEANS_OF_TRAVEL[word]}))
        elif word in PARTS_OF_TIME and (part := _part_of(toks, i)) is not None:
            out.setdefault("part", []).append(frozenset({part}))
        if word in MULTIPLIERS and i and (toks[i - 1].isdigit() or toks[i - 1] in NUMBER_VALUES or (
                word == "cento" and toks[i - 1] == "per")):
            continue  # part of the number before it ("70 per cento" is a share, no hundred)
        if word in _ONES and i and toks[i - 1] in _TENS:
            continue  # the units of "twenty-one", read with its tens
        if word in NOBODY or (word == "no" and toks[i + 1:i + 2] == ["one"]):
            out.setdefault("count", []).append(frozenset({0.0}))  # "nobody survived": none, a count to check
            continue
        if word == "one" and i and toks[i - 1] == "no":
            continue
        if word in NUMBER_VALUES and word not in ("una", "uno") and word not in names:
            ones = _ONES.get(toks[i + 1], 0.0) if word in _TENS and i + 1 < len(toks) else 0.0
            past = i + 2 if ones else i + 1  # the word after "twenty-one", as after "four"
            scale = MULTIPLIERS.get(toks[past], 1.0) if past < len(toks) else 1.0
            value = (float(NUMBER_VALUES[word]) + ones) * scale
            out.setdefault("count", []).append(frozenset({value}))
            unit = _unit_after(toks[past + 1:past + 4] if scale != 1.0 else toks[past:past + 3])
            if unit is not None:  # "four kilometres" is not "four miles", as "4 km" is not "4 miles"
                out.setdefault("quantity", []).append(frozenset({f"{value}|{unit}"}))
        elif (rank := ordinal_at(toks, i)) is not None:
            out.setdefault("ordinal", []).append(frozenset({float(rank)}))
        elif i in month_at:
            out.setdefault("month", []).append(frozenset({float(MONTH_NUMBERS[word])}))
    return out


# What may stand between a part of a time and the time ("the end of 2011", "early in 1930", "fine del 1930").
_PART_LINKS = frozenset({"of", "the", "in", "di", "del", "dello", "della", "dell", "de"})


def _part_of(toks: list[str], i: int) -> str | None:
    """The part of a year or month the word at `i` names ("the end of 2011", "inizio luglio"); None where it is a
    verb before a date ("ended on 6 April", "did the works end in 1905") or names no part of one."""
    if toks[i] in ("start", "end") and toks[i + 1:i + 2] == ["in"]:
        return None  # (as a noun: "the end of 1905"; only "early" and "late" take "in")
    for w in toks[i + 1:i + 4]:
        if (len(w) == 4 and w.isdigit()) or w in MONTH_NUMBERS:
            return PARTS_OF_TIME[toks[i]]
        if w not in _PART_LINKS:
            return None
    return None


def _digits_out(match: re.Match[str]) -> str:
    """A name as written without its numbers ("PV-" of "PV-3"): its words still say what they say ("train")."""
    return re.sub(r"\d", " ", match.group())


def fact_details(fact: Fact, names: tuple[str, ...] = ()) -> dict[str, set[float | str]]:
    """Every detail a fact states, by sort: in its value, its statement in either language and its excerpt; not
    in the `names` it writes (the 3 of "PV-3" counts nothing)."""
    # (Not a date's own "1881-10-30", whose pieces are no counts: its parts are added below.)
    texts = [*(fact.statement.get(lang) for lang in LANGS),
             *(value_texts(fact.value) if not isinstance(fact.value, DateValue) else ())]
    if names:
        blank = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in sorted(names, key=len, reverse=True)), re.I)
        texts = [blank.sub(_digits_out, t) for t in (*texts, fact.excerpt)]
    else:
        texts = [*texts, fact.excerpt]
    # A count's number is its value's; its excerpt (the last text) may count other things beside it.
    counted = [True] * (len(texts) - 1) + [not isinstance(fact.value, CountValue)]
    out: dict[str, set[float | str]] = {}
    times: list[frozenset[float | str]] = []
    for text, counts in zip(texts, counted, strict=True):
        for sort, found in details(text).items():
            if sort == "count" and not counts:
                continue
            if sort == "time":
                times += found
            else:
                out.setdefault(sort, set()).update(*found)
    # "at about 2:15" in one language and "2:15 am" in the other: the time is the one the second says.
    sure = [t for t in times if len(t) == 1]
    for time in times:
        if len(time) == 1 or not any(one <= time for one in sure):
            out.setdefault("time", set()).update(time)
    value = fact.value
    if isinstance(value, CountValue):
        out.setdefault("count", set()).add(float(value.number))
        # With its unit, which may scale it: 45 of the unit "million" is 45 million, whatever the statement says.
        for lang in LANGS:
            out["count"].update(*details(f"{value.number} {value.unit.get(lang)}").get("count", []))
    elif isinstance(value, DateValue):
        for sort, parts in date_parts(value).items():
            out.setdefault(sort, set()).update(parts)
        if value.qualifier in QUALIFIER_PARTS:
            out.setdefault("part", set()).add(QUALIFIER_PARTS[value.qualifier])
    return out




def bearing(claimed: Details, stated: dict[str, set[float | str]]) -> tuple[bool, list[tuple[str, frozenset[float | str]]]]:
    """Whether the stated details correct a claimed one (one of its sort, none the same), and the claimed
    details the fact says nothing of that sort about."""
    corrected = False
    silent: list[tuple[str, frozenset[float | str]]] = []
    for sort, values in claimed.items():
        for value in values:
            if not stated.get(sort):
                silent.append((sort, value))
            elif not value & stated[sort]:
                corrected = True
    return corrected, silent




def _content(tokens: list[str]) -> list[tuple[int, str]]:
    """The tokens that carry content (not function words), with their places, folded and stemmed; a doer's noun
    as its verb ("conductor", "direttore": conduct, dirett), so that "Ada conducted" stands where "Rossi was the
    conductor" does."""
    return [(i, _doing(stem(fold(t)))) for i, t in enumerate(tokens) if fold(t) not in STOPWORDS]


def _doing(stemmed: str) -> str:
    """The stem of a doer's noun without its ending ("conductor", "direttor"), any other stem as it is."""
    return stemmed[:-2] if len(stemmed) > 6 and stemmed.endswith("or") else stemmed


def replaced_in(fact: Fact, claim: str, unknown: set[str], names: frozenset[str] = frozenset()) -> bool:
    """Whether the fact names something else where the claim puts a name no fact knows: a word beside the
    name in the claim ("the spacecraft Resilience", "provincia di Lucca") stands in the fact beside a
    name the claim does not give ("the spacecraft Endurance", "provincia di Pistoia"). A name only added
    ("Did Ada also visit Oslo?") has no such place in the fact. `names`: the words of the known things the
    claim names, which are not a place beside it ("between Norway and Ada")."""
    tokens = written_words(claim)
    said = {fold(t) for t in tokens}
    if adds(claim):
        return False
    content = _content(tokens)
    for at, token in enumerate(tokens):
        if fold(token) not in unknown:
            continue
        first, last = _name_span(tokens, at)
        # The nearest other word each side (a known name beside it is another thing named, not its place).
        before = [w for i, w in content if i < first and fold(tokens[i]) not in unknown | names][-1:]
        after = [w for i, w in content if i > last and fold(tokens[i]) not in unknown | names][:1]
        for lang in LANGS:
            other = written_words(fact.statement.get(lang))
            for i, w in _content(other):
                near = other[i + 1:i + 4] if w in before else other[max(0, i - 3):i] if w in after else []
                # (An article that only opens the statement, "La partecipazione...", names nothing.)
                if any(t[:1].isupper() and fold(t) not in said | ANY_ARTICLES for t in near):
                    return True
    return False


def _name_span(tokens: list[str], at: int) -> tuple[int, int]:
    """The first and last token of the name the token at `at` is part of: the capitalised words beside it, and
    those joined to it by "of", "della" ("Corriere della Sera", "Jim Bridenstine"); not an acronym, which is a
    word of its own ("Chinese TV")."""
    def named(i: int) -> bool:
        """Whether the token at `i` is a capitalised word that is no acronym."""
        return 0 <= i < len(tokens) and tokens[i][:1].isupper() and not tokens[i].isupper()

    first = last = at
    while named(first - 1):
        first -= 1
    while named(last + 1) or (last + 2 < len(tokens) and fold(tokens[last + 1]) in _LINKS and named(last + 2)):
        last += 1
    return first, last


# Words that add a name to what the facts say rather than put it in another's place ("Did Xi also come?").
_ADDING = frozenset({"also", "too", "anche", "pure", "besides", "inoltre", "oltre"})
_LINKS = frozenset({"del", "della", "dei", "di", "de", "of", "the"})


def adds(claim: str) -> bool:
    """Whether a claim adds what it names to what the facts say ("Did Xi also come?", "trovato anche in Kenya"),
    rather than putting it in another's place."""
    return bool({fold(t) for t in written_words(claim)} & _ADDING)


def opening_names(index: Index, text: str, first: bool = True) -> set[str]:
    """The words that open a sentence of the text (the question, or what follows "Claim:"), capitalised and in
    neither language's dictionary: names ("Michelangelo difese la città?"), which a capital at the start of a
    sentence alone does not show. `first`: the text's own first word too."""
    # ("Whats", a word with its "'s" run on, is a word too.)
    opening = r"(?:^|[.?!:]\s)" if first else r"[.?!:]\s"
    return {word for opener in re.findall(opening + r"\W*([^\W\d_][\w']*)", text)
            if opener[:1].isupper() and (word := (words(opener) or [""])[0])
            and not any(in_dictionary(w, index.lemma_dir) for w in (word, word.removesuffix("s")))}


def unknown_names(index: Index, q: Question) -> frozenset[str]:
    """The names a claim gives (written with a capital, not first) that no fact knows, even with a typo;
    not the rest of a known name ("Irlanda del Nord" where the facts know "Irlanda"): that is another thing."""
    # Not a word that starts a sentence or a quotation, nor a month, nor a word that only frames a claim.
    # (A claim's first word after "Claim:" is its subject: a name if no dictionary knows it, "Claim: France...".)
    names = (capitalised(re.sub(r"[\"'«“‘]\s*(?=[A-Z])", ". ", q.text)) | opening_names(index, q.text, first=False)
             ) - MONTHS - CLAIM_OPENERS
    tokens = written_words(q.text)
    candidates = [(at, fold(t)) for at, t in enumerate(tokens) if fold(t) in names and len(t) > 1 and terms(fold(t))]
    # (Most names a claim gives are known: the costlier reading of the whole claim only for those that are not.)
    unmatched = [(at, word) for at, word in candidates if not match_words(index, [word])[0].matches]
    if not unmatched:
        return frozenset()
    known_names = {w for ws in entities_in(index, " ".join(q.words), q.frame, q.names).values() for w in ws}
    found: set[str] = set()
    for at, word in unmatched:
        if word in known_names:
            continue
        before = [t for t in tokens[max(0, at - 2):at] if fold(t) not in _LINKS]
        if before and before[-1][:1].isupper() and (fold(before[-1]) in known_names
                                                    or match_words(index, [fold(before[-1])])[0].matches):
            continue
        found.add(word)
    return frozenset(found)


# Quotation marks, not an apostrophe inside a word ("Ada's").
QUOTED = re.compile(r"[«»\"“”]|(?:^|\s)'|'(?:\s|[?.!]|$)")


def says_what(claim: str) -> bool:
    """Whether a claim gives what was said: in quotation marks, or after "that" / "che"."""
    return bool(QUOTED.search(claim)) or bool({"that", "che"} & set(words(claim)))


def said_together(fact: Fact, ws: tuple[str, ...]) -> bool:
    """Whether a statement of the fact has these words in a row."""
    size = len(ws)
    return any(tuple(toks[i:i + size]) == ws for toks in (words(fact.statement.get(lang)) for lang in LANGS)
               for i in range(len(toks) - size + 1))


def claim_fit(claim: str, fact: Fact) -> tuple[int, int]:
    """How well a fact fits a claim's details: how many it states the same, then how few sorts it says nothing
    of. The fact to check a claim against is the one that agrees with most of its details, then the one
    that speaks of them ("launched at 3:27 pm?" is checked against the launch's time, not against a docking
    that mentions the launch; "the shock of 7 February at 3:45?" against that shock, not another's time)."""
    stated = fact_details(fact)
    claimed = details(claim)
    same = sum(1 for sort, values in claimed.items() for value in values if value & stated.get(sort, set()))
    return same, -sum(1 for sort in claimed if not stated.get(sort))


def dated_elsewhere(claim: str, fact: Fact, others: list[Fact]) -> bool:
    """Whether the claim's day and month are another fact's date and not this one's: the claim is about
    that other event ("the shock of 7 February at 3:45?"), which this fact cannot correct."""
    claimed = details(claim)
    if not claimed.get("day") or not claimed.get("month"):
        return False

    def same_date(f: Fact) -> bool:
        """Whether the fact gives the claim's day and month."""
        stated = fact_details(f)
        return all(any(v & stated.get(sort, set()) for v in claimed[sort]) for sort in ("day", "month"))
    return not same_date(fact) and any(same_date(f) for f in others if f.id != fact.id)

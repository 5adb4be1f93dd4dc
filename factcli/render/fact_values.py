"""Facts as language-resolved data: the JSON object, the bare value and a one-line answer.

Every output format starts from these, so json, csv, plain and the terminal agree.
"""

from __future__ import annotations

from factcli.core.clock import clock_time
from factcli.core.measures import UNITS, asked_dimension, measure_in, unit_asked
from factcli.core.model import (
    CountValue,
    DateValue,
    Entity,
    EventValue,
    Fact,
    Lang,
    LocationValue,
    QuoteValue,
    place_of,
)
from factcli.core.numbers import count_bound
from factcli.core.results import AskResult, Lookup
from factcli.core.text import STOPWORDS, WHO_WORDS, irregular_stems, other_stems, terms, words

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_QUALIFIERS = {
    "en": {"start": "start of", "early": "early", "mid": "mid", "late": "late", "end": "end of",
           "before": "before", "after": "after", "circa": "around"},
    "it": {"start": "inizio del", "early": "primi del", "mid": "metà del", "late": "fine del", "end": "fine del",
           "before": "prima del", "after": "dopo il", "circa": "circa nel"},
}
# A count's bound, as its number is read: "more than 50 members", "circa 330 metri".
_BOUND_WORDS = {
    "en": {"circa": "about", "over": "more than", "under": "fewer than", "at-least": "at least", "at-most": "at most"},
    "it": {"circa": "circa", "over": "più di", "under": "meno di", "at-least": "almeno", "at-most": "al massimo"},
}
_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}


def _number(n: int | float, lang: Lang = "en", grouped: bool = False) -> str:
    """A count's number as people write it: an int as is, a float in %g form, with a decimal comma in Italian;
    `grouped` (for people, not scripts: the bare value is plain digits), thousands apart from 1,000 up, with a
    comma in English and a point in Italian ("75,000 victims", "75.000 vittime")."""
    if grouped and isinstance(n, int) and abs(n) >= 1000:
        return f"{n:,}".replace(",", "." if lang == "it" else ",")
    text = str(n) if isinstance(n, int) else f"{n:g}"
    return text.replace(".", ",") if lang == "it" else text


def bare_value(fact: Fact, lang: Lang) -> str:
    """The fact's bare value for scripts: a date, a number, a place, an event's name or the quote's words (in
    `lang` when the file gives their translation, else as spoken)."""
    v = fact.value
    if isinstance(v, DateValue):
        return v.date
    if isinstance(v, LocationValue):
        return v.place.get(lang)
    if isinstance(v, CountValue):  # a range as "75000-82000"
        return _number(v.number) + ("" if v.max is None else f"-{_number(v.max)}")
    if isinstance(v, QuoteValue):
        return v.translation.get(lang, v.text) if lang != v.lang else v.text
    return v.name.get(lang)


def human_date(v: DateValue, lang: Lang) -> str:
    """A date at its own precision: 1998, March 2016, 4 March 2016, end of 2010."""
    parts = v.date.split("-")
    if len(parts) == 1:
        text = parts[0]
    elif len(parts) == 2:
        text = f"{_MONTHS[lang][int(parts[1]) - 1]} {parts[0]}"
    else:
        text = f"{int(parts[2])} {_MONTHS[lang][int(parts[1]) - 1]} {parts[0]}"
    if v.qualifier:
        text = f"{_QUALIFIERS[lang][v.qualifier]} {text}"
    return text


def display(fact: Fact, lang: Lang, lookup: Lookup) -> str:
    """A short answer for people: 'end of 2010', '12 goals', '“…” — the speaker's name'."""
    v = fact.value
    if isinstance(v, DateValue):
        return human_date(v, lang)
    if isinstance(v, LocationValue):
        # A place that is its own country ("Switzerland") is named once.
        return ", ".join(dict.fromkeys(p.get(lang) for p in (v.place, v.region, v.country) if p is not None))
    if isinstance(v, CountValue):
        bound = count_bound(fact)
        top = "" if v.max is None else f"–{_number(v.max, lang, True)}"
        return f"{_BOUND_WORDS[lang][bound] + ' ' if bound else ''}{_number(v.number, lang, True)}{top} {v.unit.get(lang)}"
    if isinstance(v, QuoteValue):
        speaker = lookup.entity(v.speaker)
        return f"“{v.text}” — {speaker.name(lang) if speaker else v.speaker}"
    return v.name.get(lang)


def value_object(fact: Fact, lang: Lang, lookup: Lookup) -> dict[str, Any]:
    """The fact's value as a JSON object in `lang`, with the fields of its type."""
    v = fact.value
    if isinstance(v, DateValue):
        return {"date": v.date, "precision": v.precision, "qualifier": v.qualifier}
    if isinstance(v, LocationValue):
        return {k: (p.get(lang) if p else None) for k, p in (("place", v.place), ("region", v.region),
                                                              ("country", v.country))}
    if isinstance(v, CountValue):
        return {"number": v.number, "max": v.max, "unit": v.unit.get(lang),
                "counted": v.counted.get(lang) if v.counted else None, "qualifier": count_bound(fact)}
    if isinstance(v, QuoteValue):
        speaker = lookup.entity(v.speaker)
        return {
            "text": v.text, "lang": v.lang,
            "speaker": {"id": v.speaker, "name": speaker.name(lang) if speaker else v.speaker},
            "to": v.to.get(lang) if v.to else None, "when": v.when.get(lang) if v.when else None,
            "translation": v.translation.get(lang) if lang != v.lang else None,
        }
    assert isinstance(v, EventValue)
    return {"name": v.name.get(lang)}


def fact_object(fact: Fact, lang: Lang, lookup: Lookup, score: float | None = None) -> dict[str, Any]:
    """The JSON object of a fact, as documented in the README's output contract."""
    source = lookup.source(fact.source)
    obj: dict[str, Any] = {
        "id": fact.id,
        "type": fact.type,
        "value": value_object(fact, lang, lookup),
        "answer": display(fact, lang, lookup),
        "text": fact.statement.get(lang),
        "lang": lang,
        "entities": list(fact.entities),
        "tags": list(fact.tags),
        "status": fact.status,
        "derived_from": list(fact.derived_from),
        "source": {**(source.citation() if source else {"id": fact.source}), "excerpt": fact.excerpt},
    }
    if score is not None:
        obj["score"] = score
    return obj


def asked_time(result: AskResult) -> str | None:
    """For a question asking what time, or a claim that gives one ("...at 4:07 pm"): the time of day the answer
    says, as written; else None."""
    claimed = result.verdict is not None and clock_time(result.question) is not None
    if (result.kind != "time" and not claimed) or result.answer is None:
        return None
    fact = result.answer.fact
    return clock_time(fact.statement.get(result.lang)) or clock_time(fact.statement.get("en"))


def asked_measure(result: AskResult) -> str | None:
    """For a question asking how far, tall, heavy or fast, or a claim that gives a quantity ("30 miles upstream"):
    the quantity of that dimension the answer states, as written; else None."""
    if result.kind == "measure":
        dimension = asked_dimension(words(result.question))
    else:  # a claim's quantity is what it is right or wrong about
        dimension = next((d for d in UNITS if measure_in(result.question, d)), None) if result.verdict else None
    if dimension is None or result.answer is None:
        return None
    fact = result.answer.fact
    unit = unit_asked(words(result.question))  # "How far is it in km?": the kilometres, where the fact has them
    number = float(fact.value.number) if isinstance(fact.value, CountValue) else None
    return (measure_in(fact.statement.get(result.lang), dimension, unit, number)
            or measure_in(fact.statement.get("en"), dimension, unit, number))


def asked_speaker(result: AskResult, lookup: Lookup) -> str | None:
    """For a who-question ("Who said...?", "Chi ha fondato...?"): the speaker of the quote that answers it, else
    the one person or organisation the answering fact names and the question does not; else None."""
    if result.answer is None or not WHO_WORDS & set(words(result.question)[:3]):
        return None
    fact = result.answer.fact
    speaker = getattr(fact.value, "speaker", None)
    if speaker is not None:
        entity = lookup.entity(speaker)
        return entity.name(result.lang) if entity is not None else speaker
    asked = set(words(result.question))
    # (A date or a place may answer who did it in its statement: "Johns founded the town in 1800". A name
    # written without a capital only describes: "Who was the expedition leader?" asks whom it describes.)
    others = [e for ident in fact.entities if (e := lookup.entity(ident)) is not None
              and e.kind in ("person", "organisation")
              and not any(set(words(n)) <= asked for n in e.all_names() if n != n.lower())]
    if len(others) > 1:
        # A person before the body they work for; of several, the one the statement names first, its subject
        # ("Smith of the Board proposed...", "Jones identified Brown as...").
        others = [e for e in others if e.kind == "person"] or others
        names = {ident: {w for n in e.all_names() for w in words(n)} for ident in fact.entities
                 if (e := lookup.entity(ident)) is not None}
        others = _in_the_role(others, fact.statement.get(result.lang) or fact.statement.get("en"), result.question,
                              names)
    return others[0].name(result.lang) if len(others) == 1 else None


def _in_the_role(entities: list[Entity], statement: str, question: str, names: dict[str, set[str]]) -> list[Entity]:
    """Of several entities, the one the statement names right beside the act asked about ("Who read it?" of
    "Mott chaired, and Stanton read it": Stanton), or after it and a title; else the one it names first, its
    subject (as a list of one); all if it names none of them or more than one at once. `names`: the words of the
    names of everything the fact names, by id."""
    said = words(statement)
    spans = {k: [(i, i + len(ws)) for n in e.all_names() if (ws := words(n))
                 for i in range(len(said) - len(ws) + 1) if said[i:i + len(ws)] == ws]
             for k, e in enumerate(entities)}
    named = {i for found in spans.values() for start, end in found for i in range(start, end)}
    # The act asked about is the question's first word after "who" that is no stop word: its verb ("Who read
    # the charter?"), or the role of a who-is question ("Who was the chairman?"). (The words after it often
    # describe the one acted on, whom the statement may name beside them.)
    asked = next((forms for w in words(question) if w not in WHO_WORDS and (forms := _forms(w))), set())
    acts = [i for i, w in enumerate(said) if i not in named and asked & _forms(w)]
    # Beside: with only stop words between ("Ada was in the chair", "read by Ada").
    content = [0]
    for w in said:
        content.append(content[-1] + (w not in STOPWORDS))
    beside = {k: [a for start, end in found for a in acts
                  if (content[start] == content[a + 1] if a < start else content[a] == content[end])]
              for k, found in spans.items()}
    beside = {k: at for k, at in beside.items() if at}
    if not beside:
        beside = _titled_after(said, spans, acts, content, named, {
            t for w in words(question) if w not in WHO_WORDS for t in _forms(w)} - asked,
            [names.get(e.id, set()) for e in entities], names)
    if len(beside) > 1:
        # Several did it: the one whose act is told with more of the question's words ("Who took the colour
        # photo?" of "Ada took a black-and-white photo and Bea took the colour photo": Bea).
        rest = {t for w in words(question) if w not in WHO_WORDS for t in _forms(w)} - asked
        told = {k: max(_told_with(said, a, named, rest) for a in at) for k, at in beside.items()}
        best = max(told.values())
        beside = {k: at for k, at in beside.items() if told[k] == best}
    if len(beside) == 1:
        return [entities[next(iter(beside))]]
    at: dict[int, list[Entity]] = {}
    for k, found in spans.items():
        if found:
            at.setdefault(min(start for start, _ in found), []).append(entities[k])
    first = at[min(at)] if at else entities
    return first if len(first) == 1 else entities


def _titled_after(said: list[str], spans: dict[int, list[tuple[int, int]]], acts: list[int], content: list[int],
                  named: set[int], rest: set[str], own: list[set[str]], names: dict[str, set[str]]
                  ) -> dict[int, list[int]]:
    """The one entity named after the act with a single word between, a title ("commanded by General Rossi",
    "comandato dal generale Rossi"), where what was acted on, told just before the act (back to the name before
    it), says another word of the question, and no other one's few words before them do ("Who commanded the Red
    army?", not "the Blue army of Ada"); else none. Neither the act nor the word between may be a name of
    something else the fact names ("the meeting of Rossi and Ada"). `own`: each entity's name words."""
    named_words = {w for ws in names.values() for w in ws}
    found = {k: [a for start, _ in at for a in acts if a < start and content[start] - content[a + 1] == 1
                 and said[a] not in named_words and not any(w not in STOPWORDS and w in named_words - own[k]
                                                            for w in said[a + 1:start])]
             for k, at in spans.items()}
    found = {k: at for k, at in found.items() if at}
    if len(found) != 1:
        return {}
    act = next(iter(found.values()))[0]
    begin = max((i + 1 for i in named if i < act), default=0)
    told = {t for w in said[begin:act] for t in _forms(w)}
    others = {t for k, at in spans.items() if k not in found for start, _ in at
              for w in [w for w in said[:start] if w not in STOPWORDS][-3:] for t in _forms(w)}
    return found if rest & told and not (rest & others) - told else {}


def _told_with(said: list[str], act: int, named: set[int], asked: set[str]) -> int:
    """How many of the asked forms the words after an act say, up to the next name (its object, its details)."""
    end = next((i for i in range(act + 1, len(said)) if i in named), len(said))
    return sum(1 for w in said[act + 1:end] if asked & _forms(w))


def _forms(word: str) -> set[str]:
    """The stems a word may take in its other forms ("wrote", "written": write), stop words none."""
    return {*terms(word), *irregular_stems(word), *other_stems(word)}


_WHERE = frozenset({"where", "dove", "dov"})


def asked_place(result: AskResult, lookup: Lookup) -> str | None:
    """For a where-question answered by a fact of another type ("Ada died in Oslo in 1990"): the one place it
    names that the question does not, as the file names it; else None."""
    if result.answer is None or result.verdict is not None or isinstance(result.answer.fact.value, LocationValue):
        return None
    asked = words(result.question)
    if result.kind != "location" and not _WHERE & set(asked[:3]):
        return None
    place = place_of(result.answer.fact, lookup.entity, set(asked))
    return place.name(result.lang) if place is not None else None


def asked_value(result: AskResult, lookup: Lookup) -> str | None:
    """The time, quantity, person or place a question asks for, where the answering fact's own value is
    another ("Who discovered X?" answered by a date fact: the discoverer); None where its value is the answer."""
    if result.answer is None:
        return None
    person = asked_speaker(result, lookup) if not isinstance(result.answer.fact.value, QuoteValue) else None
    return asked_time(result) or asked_measure(result) or person or asked_place(result, lookup)


def answer_text(result: AskResult, lookup: Lookup) -> str:
    """The one-line answer to a question: what it asks for (asked_value), else the fact's display value."""
    assert result.answer is not None
    return asked_value(result, lookup) or display(result.answer.fact, result.lang, lookup)

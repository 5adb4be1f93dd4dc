"""Whether a fact fits a question: the checks `ask` applies to each candidate it might answer with.

Each is one rule, named for what it guards against: a fact that only restates the place asked
about, one that numbers the thing asked for differently, one that lacks what a which-question
asks for. Pure functions of the question, the fact and the index.
"""

from __future__ import annotations

import re

from factcli.ask.question import Question
from factcli.ask.words import FILLER, MEANS_OF_TRAVEL, NOBODY, NUMBER_WORDS, TIME_UNITS
from factcli.ask.years import stated_years
from factcli.core.measures import unit_of
from factcli.core.model import LANGS, CountValue, DateValue, Fact, LocationValue, value_texts
from factcli.core.numbers import ORDINALS, number_of, ordinal_at
from factcli.core.text import STOPWORDS, fold_written, stem, terms, words
from factcli.index.rank import is_name
from factcli.index.read import Index
from factcli.index.summary import some_term_ends_with

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

TIME_MARKERS = frozenset({"after", "dopo", "before", "prima", "following"})
WHICH = frozenset({"which", "quale", "quali", "qual"})
# The kind of entity a which-question's noun asks for: a fact naming one answers it.
# ("Paese" is a country or a village: either answers "quali paesi".)
HEAD_KINDS = {"country": "country", "countries": "country", "paese": "somewhere", "paesi": "somewhere",
              "nation": "country", "nations": "country", "nazione": "country", "nazioni": "country",
              "city": "place", "citta": "place", "town": "place", "place": "place", "luogo": "place",
              "person": "person", "persona": "person", "organisation": "organisation",
              "organization": "organisation", "organizzazione": "organisation"}


def entities_of(fact: Fact) -> set[str]:
    """The entities a fact concerns: those it lists, and a quote's speaker."""
    speaker = getattr(fact.value, "speaker", None)
    return set(fact.entities) | ({speaker} if speaker else set())


def counts_the_head(fact: Fact, q: Question, head: str | None) -> bool:
    """Whether the fact only counts the thing a which-question asks for: "Which country...?" is not answered by
    "5 countries", nor "Which five countries...?" by "nine trips, to five countries" (the question said so)."""
    value = fact.value
    # (Only of things a fact names, such as countries: "Which meeting was it?" may be answered by "the seventh".)
    if head in HEAD_KINDS and isinstance(value, CountValue) and any(stem(head) in {stem(w) for w in words(value.unit.get(lang))}
                                             for lang in LANGS):
        return True
    counted = which_count(q)
    if counted is None:
        return False
    count, noun = counted
    for lang in LANGS:
        toks = words(fact.statement.get(lang))
        for i, tok in enumerate(toks[:-1]):
            if number_of(tok) == count and stem(noun) in {stem(w) for w in toks[i + 1:i + 3]}:
                return True
    return False


def restates_place(fact: Fact, index: Index, named: dict[str, list[str]]) -> bool:
    """"Where is Lisbon?" is not answered by a fact whose whole location is Lisbon."""
    value = fact.value
    if not isinstance(value, LocationValue) or value.region is not None or value.country is not None:
        return False
    place = {w for lang in LANGS for w in words(value.place.get(lang))}
    for ent in named:
        entity = index.entity(ent)
        if entity is not None and any(set(words(n)) == place for n in entity.all_names()):
            return True
    return False


def own_terms(fact: Fact) -> set[str]:
    """The terms a fact's own words use (statement and value), not those of its entities' other names."""
    texts = [fact.statement.get(lang) for lang in LANGS] + value_texts(fact.value)
    return {t for text in texts for t in terms(text)}


def capitalised(text: str) -> set[str]:
    """Words written with a capital other than at the start of a sentence: names."""
    return {fold_written(w) for w in re.findall(r"(?<![.?!:] )(?<!^)\b[A-Z][\w']+", text.strip())}


# Words after which a name is where something is, happens or goes.
_PLACE_BEFORE = frozenset({"in", "at", "to", "from", "near", "a", "ad", "da", "nel", "nella", "nello", "presso",
                           "vicino", "verso"})
# More words after which a name may be a place ("partì dal Texas", "off the coast"), for names no fact knows.
_PLACE_BEFORE_WIDE = _PLACE_BEFORE | {"dal", "dalla", "dallo", "al", "alla", "allo", "off", "over", "onto", "into"}


def places_named(text: str, wide: bool = False) -> set[str]:
    """Names written right after a word of place ("held in Porto", "si tenne a Napoli"), folded; `wide`: after
    more words, and after an article ("landed in the Atlantic", "partì dal Texas")."""
    before = _PLACE_BEFORE_WIDE if wide else _PLACE_BEFORE
    pattern = r"\b(\w+) (?:the )?([A-Z][\w'-]+)" if wide else r"\b(\w+) ([A-Z][\w'-]+)"
    # (Or one common noun between: "nel fiume Adige", "in the river Piave", `wide` "off the coast of Brittany": a
    # second pass, so that the noun's place does not hide the word before a name, "era a Vladivostok".)
    after_noun = r"\b(\w+) (?:the )?([a-z]+) " + ("(?:of )?" if wide else "") + r"([A-Z][\w'-]+)"
    return {fold_written(m.group(2)) for m in re.finditer(pattern, text) if m.group(1).lower() in before} | {
        fold_written(m.group(3)) for m in re.finditer(after_noun, text)
        if m.group(1).lower() in before and m.group(2) not in STOPWORDS and m.group(2) not in before}


def placed_name_words(text: str) -> set[str]:
    """Every word of the names written right after a word of place, an article between or not ("held at the
    Teatro Ariston": teatro, ariston), folded."""
    found = re.finditer(r"\b(\w+) (?:the |il |la |lo |l')?((?:[A-Z][\w'-]+ ?)+)", text)
    return {fold_written(w) for m in found if m.group(1).lower() in _PLACE_BEFORE_WIDE for w in m.group(2).split()}


def topical(index: Index, ents: set[str]) -> bool:
    """Whether these entities are the thing the fact base as a whole is about (a third of its facts name each):
    naming it ("bookmobile" in a file on bookmobiles) says what the question is about, not which fact.

    Only a thing: a person, place, event or group named is who or what the question asks about."""
    total = index.total
    return total >= 10 and all((e := index.entity(ent)) is not None and e.kind == "thing"
                               and len(index.naming(ent)) * 3 >= total for ent in ents)


def time_qualifiers(q: Question, groups: dict[tuple[str, ...], set[str]]) -> set[tuple[str, ...]]:
    """Names that only say when ("Ada met Rossi after Cannes"): a fact need not name them
    too, when it names two others that the question is about ("Where did Ada go after Paris?" is
    not answered by any fact about Ada)."""
    out: set[tuple[str, ...]] = set()
    for i, word in enumerate(q.words):
        if word in TIME_MARKERS:
            # The first name within four words ("dopo la cena con Rossi": Rossi).
            following = [w for w in q.words[i + 1:i + 5] if w not in STOPWORDS]
            first = next((ws for w in following for ws in groups if w in ws), None)
            if first is not None:
                out.add(first)
    return out if len(groups) - len(out) >= 2 else set()


def ordinals(toks: Sequence[str]) -> list[tuple[int, list[str]]]:
    """Each ordinal with the words that follow it ("second, ill-fated season": 2, [ill, fated, season])."""
    out = []
    for i in range(len(toks)):
        if (rank := ordinal_at(toks, i)) is not None:
            out.append((rank, [w for w in toks[i + 1:i + 4] if w not in STOPWORDS]))
    return out


def ordinal_clash(fact: Fact, asked: list[tuple[int, set[str]]]) -> bool:
    """Whether the fact gives another ordinal to the thing the question numbers: "the first final
    between Italy and Spain" is not answered by "the second final between Italy and Spain"."""
    # (A statement that numbers it as asked too tells of both, "on a second flight, because during the first",
    # unless the fact's value gives another: "First day for women only".)
    for text, both in [*((t, False) for t in value_texts(fact.value)), *((fact.statement.get(lang), True) for lang in LANGS)]:
        given = [(value, {stem(w) for w in following}) for value, following in ordinals(words(text))]
        if any(any(value != want and said & terms_ for value, said in given) and not (
                both and any(value == want and said & terms_ for value, said in given)) for want, terms_ in asked):
            return True
    return False


def which_count(q: Question) -> tuple[float, str] | None:
    """How many of what a which-question asks for it says there are ("Which five countries...": 5, countries)."""
    if len(q.words) < 3 or q.words[0] not in WHICH:
        return None
    word = q.words[1]
    count = number_of(word)
    return (count, q.words[2]) if count is not None else None


def which_head(q: Question, entity_words: set[str]) -> str | None:
    """The word a which-question asks for ("Which Spanish city..." -> city), if it follows at once."""
    if len(q.words) < 2 or q.words[0] not in WHICH:
        return None
    following = q.words[2:3] if q.words[1] in entity_words else q.words[1:2]
    word = following[0] if following else None
    return word if word in q.topic_words and word not in FILLER and word not in entity_words else None


def names_too_few(index: Index, fact: Fact, q: Question) -> bool:
    """Whether a which-question asks for several things of a kind ("Which five countries...") and the fact
    names fewer of that kind."""
    counted = which_count(q)
    kind = HEAD_KINDS.get(counted[1]) if counted else None
    if counted is None or counted[0] < 2 or kind is None:
        return False
    return sum(1 for ent in fact.entities if names_a(index, kind, {ent})) < counted[0]


def names_a(index: Index, kind: str | None, ents: set[str]) -> bool:
    """Whether one of these entities is of this kind (a country answers "which country")."""
    kinds = {"country", "place"} if kind == "somewhere" else {kind}
    return kind is not None and any((e := index.entity(ent)) is not None and e.kind in kinds for ent in ents)


def are_places(index: Index, ents: set[str]) -> bool:
    """Whether any of these entities is a country or a place (somewhere one can go)."""
    return any((e := index.entity(ent)) is not None and e.kind in ("country", "place") for ent in ents)


def first_named(q: Question, named: dict[str, list[str]]) -> list[str]:
    """The entities named first: one, or several when one word can mean each (Lisbon: the city, Portugal)."""
    position = {w: i for i, w in reversed(list(enumerate(q.words)))}
    firsts = sorted((min(position.get(w, 999) for w in ws), e) for e, ws in named.items())
    # In the clause that asks, when it names anyone ("When Ada asked..., what did Rossi reply?").
    asking = [(at, e) for at, e in firsts if at >= q.asking_from] or firsts
    return [e for at, e in asking if at == asking[0][0]]


# Words that open a claim to check rather than a question ("Claim: ...", "Verifica: ...").
CLAIM_OPENERS = frozenset({"claim", "affermazione", "verifica", "verify", "fact", "confirm", "conferma", "confermi", "check", "vero",
                           "true"})


def number_sort(word: str) -> str | None:
    """What kind of number a word is: a year, an ordinal, a count; None if it is not one."""
    if word.isdigit():
        return "year" if len(word) == 4 and word[0] in "12" else "count"
    return "ordinal" if word in ORDINALS else "count" if word in NUMBER_WORDS or word in NOBODY else None


def states_a(fact: Fact, sort: str) -> bool:
    """Whether the fact states a number of this sort (so that it can correct a claim's)."""
    if sort == "year":
        return isinstance(fact.value, DateValue) or bool(stated_years(fact))
    if sort == "count":
        return isinstance(fact.value, CountValue)
    if sort == "place":
        return isinstance(fact.value, LocationValue)
    if sort == "number":  # a number written with a point or comma, which a claim may have wrong
        return isinstance(fact.value, CountValue) or any(ch.isdigit() for lang in LANGS for ch in fact.statement.get(lang))
    if sort == "quantity":  # a number in a unit, which a claim in another unit may have wrong
        return any(unit_of(w) is not None for lang in LANGS for w in words(fact.statement.get(lang)))
    said = ORDINALS if sort == "ordinal" else MEANS_OF_TRAVEL
    return any(w in said for lang in LANGS for w in words(fact.statement.get(lang)))


# Units a duration is counted in.
# ("second" and "secondo" alone are ordinals first: a count in seconds says "seconds", "secondi".)


# Words that make a unit a rate over time ("miles per hour", "km all'ora", "twice a year"), not a time.
_PER = frozenset({"per", "all", "an", "a", "every", "ogni", "al"})


def counts_time(fact: Fact) -> bool:
    """Whether the fact is a count of time (four years), which "how long" asks for; not of goals, nor a rate
    over a time (40 miles per hour)."""
    value = fact.value
    if not isinstance(value, CountValue):
        return False
    units = [words(value.unit.get(lang)) for lang in LANGS]
    return any(w in TIME_UNITS for ws in units for w in ws) and not any(_PER & set(ws) for ws in units)


def specific(index: Index, ents: set[str]) -> set[str]:
    """What one word names, short of a country it may stand for: "Lisbona" as a destination is the city,
    and "Where is Downing Street?" asks for Downing Street, not for the UK."""
    narrower = {ent for ent in ents if (e := index.entity(ent)) is not None and e.kind != "country"}
    return narrower or ents


# A year, a century or decades, or an event placed during or right after another.
_WHEN = re.compile(r"\b(?:1[5-9]\d\d|20\d\d|century|centuries|secolo|secoli|decades|decenni|right after|subito dopo"
                   r"|xxi|21st|during|durante)\b", re.IGNORECASE)


def says_when(fact: Fact, asked: AbstractSet[str] = frozenset()) -> bool:
    """Whether a fact's statement places it in time, so that it can answer "when" without a date; not "during"
    the very thing asked about (`asked`: the terms the question matched, in either language's statement), "When
    was it rebuilt?" of a fact that tells what was done "during the reconstruction"."""
    texts = [fact.statement.get(lang) for lang in LANGS]
    found = [(m.group(0).lower() in _DURING, text[m.end():]) for text in texts for m in _WHEN.finditer(text)]
    restates = any(during and set(terms(_next_content_word(rest))) & asked for during, rest in found)
    return any(not (during and restates) for during, _ in found)


_DURING = frozenset({"during", "durante"})


def _next_content_word(text: str) -> str:
    """The first of the text's first three words that is no function word ("the reconstruction": reconstruction);
    empty if none is."""
    return next((w for w in words(text)[:3] if w not in STOPWORDS), "")


def locates(index: Index, fact: Fact, ents: set[str]) -> bool:
    """Whether the fact is the location of one of these places: its place is that place's name."""
    value = fact.value
    if not isinstance(value, LocationValue):
        return False
    place = {w for lang in LANGS for w in words(value.place.get(lang))}
    return any((e := index.entity(ent)) is not None and e.kind == "place"
               and any(set(words(n)) == place for n in e.all_names()) for ent in ents)


# The verb that says what someone was, before a description ("Ada Rossi was a diver", "era una sub").
_IS = re.compile(r"\s+(?:is|was|è|era|fu)\s+(?:a|an|the|un|uno|una|il|lo|la|l')?\s*[a-zà-ù]", re.I)


def defines(index: Index, fact: Fact, ents: set[str]) -> bool:
    """Whether the fact says what one of these people is: a name of theirs, then "is/was/era" and a description."""
    for ent in ents:
        entity = index.entity(ent)
        if entity is None or entity.kind != "person":
            continue
        names = [n for n in entity.all_names() if len(n) > 2]
        for lang in LANGS:
            text = fact.statement.get(lang)
            if any(_IS.match(text, m.end()) for n in names for m in re.finditer(re.escape(n), text)):
                return True
    return False


def variant_of_known(index: Index, word: str) -> bool:
    """Whether an unknown word ends like a word the facts use ("bilateral", "trilateral"): a contrast
    with what the facts say, not an everyday word that can be let pass."""
    if len(word) < 7:
        return False
    ending = word[-6:]
    return some_term_ends_with(index, ending)


_BESIDES = frozenset({"besides", "except", "apart", "oltre", "tranne", "eccetto", "escluso"})
_TO = frozenset({"a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all"})


def besides(q: Question, groups: dict[tuple[str, ...], set[str]]) -> set[tuple[str, ...]]:
    """The names a question rules out ("Besides Rossi, which mayor...", "Oltre a Parigi, dove..."):
    the first named within three words after 'besides' or 'oltre a'."""
    out: set[tuple[str, ...]] = set()
    for i, word in enumerate(q.words):
        # "Oltre Urano" without "a" is beyond it, not besides: "un pianeta oltre Urano" is about Uranus.
        if word in _BESIDES and not (word == "oltre" and q.words[i + 1:i + 2] and q.words[i + 1] not in _TO):
            following = [w for w in q.words[i + 1:i + 4] if w not in STOPWORDS][:1]
            out |= {ws for ws in groups if following and following[0] in ws}
    return out


# Words by which a fact sets what it names apart from the rest, as a question does with "besides".
_OTHERS = frozenset({"other", "others", "altri", "altre", "altro", "altra"})


def sets_apart(fact: Fact) -> bool:
    """Whether the fact tells of the others than what it names ("Ada's other three moons"): it may answer
    a question that rules out what it names ("Besides Triton, how many moons...?")."""
    return any(w in _OTHERS for lang in LANGS for w in words(fact.statement.get(lang)))


def part_of_a_name(index: Index, q: Question, word: str) -> bool:
    """Whether an unknown word stands next to a word that is only ever part of a name ("carolina" in
    "south carolina", typed without capitals): it likely makes another name, which no fact knows."""
    name_words = {w for name, _ in index.names() for w in name.split()} - STOPWORDS
    toks = q.words
    for i in (i for i, w in enumerate(toks) if w == word):
        # English puts the new word first ("south carolina"), Italian after an article ("carolina del sud").
        after = toks[i + 1] if i + 1 < len(toks) else None
        before = toks[i - 2] if i >= 2 and toks[i - 1] in ("del", "della", "dello", "di") else None
        if any(w in name_words and not is_name(index, w) for w in (after, before) if w):
            return True
    return False


def people_in(index: Index, ents: set[str]) -> set[str]:
    """The persons among these entities."""
    return {ent for ent in ents if (e := index.entity(ent)) is not None and e.kind == "person"}


def meets(index: Index, fact: Fact, pair: set[str]) -> bool:
    """Whether a fact can tell of a meeting of these two people: it names no one else, or they are the
    first two people it names (Rossi and Ada in Paris, Silva only mentioned after)."""
    people = [ent for ent in fact.entities if ent in people_in(index, {ent})]
    return not (set(people) - pair) or set(people[:2]) == pair


# Words by which a fact counts the time since or between things (a question has more: constraints._SINCE_WORDS).
SINCE_TEXT = frozenset({"since", "after", "between", "dal", "dopo", "tra", "fra", "trascorsi", "passati", "ago"})


def counts_since(fact: Fact) -> bool:
    """Whether a count of time is the time since something (four years since the last Olympics), not how long it
    lasted: as its unit and what it counts say, where the file says what it counts; else as its statement says."""
    value = fact.value
    texts = [value.unit.get(lang) + " " + (value.counted.get(lang) if value.counted else "")
             for lang in LANGS] if isinstance(value, CountValue) else []
    # (A statement tells more than its count: "went out after an hour" tells how long it burned.)
    said = texts if isinstance(value, CountValue) and value.counted else [*texts, *map(fact.statement.get, LANGS)]
    return any(SINCE_TEXT & _since_words(words(t)) for t in said)


def _since_words(toks: list[str]) -> set[str]:
    """The words of a text, but a "dal" that opens a span ("dal lancio all'ammaraggio": from... to) is no "since"."""
    out = set(toks)
    for i, tok in enumerate(toks):
        if tok == "dal" and {"a", "ad", "al", "all", "alla", "allo", "fino"} & set(toks[i + 1:]):
            out.discard("dal")
    return out


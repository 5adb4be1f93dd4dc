"""Question parsing: which language, what kind of answer, which words carry the topic.

Works on folded words, so accents, capitals and punctuation do not matter, and
question words survive one typo ("wher did ada meet rossi").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from factcli.ask import words as question_words
from factcli.ask.language import detect_lang
from factcli.ask.short_years import full_years
from factcli.ask.words import ASKING_NOUNS, FILLER, IMPLIED_PHRASES, PEOPLE, PHRASES, SHORTHAND, TIME_UNITS, unswapped
from factcli.core.measures import ASKING, BETWEEN, SIZE, WEIGHING, measure_asked, unit_of
from factcli.core.model import LANGS, Fact, Lang
from factcli.core.numbers import ordinal_value
from factcli.core.struct import record
from factcli.core.text import (
    STOPWORDS,
    dropped_letter,
    edit_distance,
    irregular_stems,
    other_stems,
    stem,
    words,
    written_words,
)

# "Which town...?", "In che via...?": a kind of place asked for is a where-question.
_PLACE_NOUNS = {"en": ("city", "town", "village", "street", "road", "square", "district", "province", "state", "island",
                       "port", "neighbourhood", "neighborhood"),
                "it": ("citta", "paese", "villaggio", "via", "strada", "piazza", "quartiere", "provincia", "isola", "porto",
                       "comune", "localita")}
PLACE_NOUNS = frozenset(noun for nouns in _PLACE_NOUNS.values() for noun in nouns)
_WHICH_PLACE = tuple((asking, noun) for lang, askings in (("en", ("which", "what")), ("it", ("quale", "che")))
                     for asking in askings for noun in _PLACE_NOUNS[lang])
# (kind, phrases) in priority order: the first kind with a phrase in the question wins.
_KINDS: list[tuple[str, tuple[tuple[str, ...], ...]]] = [
    ("quote", (("who", "said"), ("what", "did", "say"), ("what", "did", "tell"), ("cosa", "ha", "detto"),
               ("che", "cosa", "ha", "detto"), ("chi", "ha", "detto"), ("what", "said"), ("quote",), ("quotes",),
               ("citazione",), ("citazioni",), ("said",), ("say",), ("says",), ("detto",), ("dice",), ("disse",),
               ("words",), ("parole",), ("reply",), ("replied",), ("risposto",), ("answer",), ("risposta",),
               ("dichiarato",), ("dichiara",), ("affermato",), ("declared",), ("stated",), ("comment",),
               ("comments",), ("commented",), ("commento",), ("commentato",), ("frase",), ("frasi",), ("dichiarazione",), ("dichiarazioni",), ("citato",),
               ("quoted",), ("sentence",), ("mention",), ("mentioned",), ("menzionato",), ("menziona",), ("come", "ha", "definito"), ("come", "ha", "chiamato"),
               ("how", "did", "describe"), ("how", "did", "call"), ("what", "did", "call"))),
    ("count", (("how", "often"), ("how", "old"), ("da", "quanti"), ("da", "quante"), ("da", "quanto"), ("for", "how", "many"), ("quanti", "anni", "ha"), ("quanti", "anni", "hanno"), ("how", "many"), ("how", "long"), ("how", "much"), ("quanto", "tempo"), ("how", "many", "years"), ("quanti",), ("quante",), ("quanto",),
               ("quanta",), ("number",), ("numero",), ("count",), ("times",), ("volte",), ("total",), ("totale",),
               ("tally",))),
    ("time", (("what", "time"), ("which", "time"), ("at", "what", "time"), ("what", "hour"), ("a", "che", "ora"),
              ("che", "ora"), ("a", "quale", "ora"), ("quale", "ora"), ("a", "che", "ore"), ("che", "ore"),
              ("what", "o", "clock"))),
    ("date", (("until", "when"), ("till", "when"), ("fino", "a", "quando"), ("when",), ("quando",), ("how", "far", "back"), ("what", "year"), ("which", "year"), ("in", "che", "anno"),
              ("what", "years"), ("which", "years"), ("in", "che", "anni"), ("quali", "anni"), ("quale", "anno"),
              ("year",), ("anno",), ("date",), ("data",), ("since", "when"), ("what", "day"), ("which", "day"),
              ("che", "giorno"), ("quale", "giorno"), ("what", "month"), ("which", "month"), ("che", "mese"), ("quale", "mese"))),
    ("location", (("where",), ("dove",), ("dov",), ("which", "region"), ("what", "region"), ("quale", "regione"),
                  ("che", "regione"), ("region",), ("regione",), ("che", "zona"), ("quale", "zona"), ("which", "area"),
                  ("what", "area"), ("which", "corner"), ("what", "corner"), ("which", "country"), ("what", "country"),
                  ("quale", "paese"), ("che", "paese"), ("which", "city"), ("quale", "citta"),
                  ("location",), ("luogo",), ("place",), ("posto",), ("which", "part"), ("what", "part"),
                  ("che", "parte"), ("quale", "parte"), ("in", "what", "city"), ("trova",), ("trovano",),
                  ("trovava",), ("trovavano",), ("located",), ("situated",), ("lies",), ("situato",), ("situata",),
                  ("venue",), ("sede",), *_WHICH_PLACE)),
    # "How did Ada win?", "Come ha vinto Ada?": a manner, which events describe.
    ("manner", (("how", "did"), ("how", "does"), ("how", "do"), ("how", "was"), ("how", "is"), ("come", "ha"),
                ("come", "e"), ("come", "hanno"), ("come", "si"), ("in", "che", "modo"), ("what", "means"),
                ("by", "what"), ("con", "quale", "mezzo"), ("con", "che", "cosa"), ("con", "cosa"))),
    ("entity", (("who",), ("chi",), ("what",), ("cosa",), ("which",), ("quale",), ("quali",), ("qual",), ("why",),
                ("perche",), ("how",), ("come",))),
]
_STARTED = frozenset({"start", "started", "starts", "begin", "began", "begun", "begins", "inizio", "iniziato",
                      "iniziata", "inizia", "comincia", "cominciato", "cominciata"})
_SINCE = frozenset({"since", "dal", "dall", "dalla", "dallo", "dai", "dagli"})
_INTERROGATIVES = frozenset(w for p in _KINDS[-1][1] for w in p)
_RELATIVE = frozenset({"where", "when", "dove", "quando"})
# Words that guess a kind on their own, without asking ("venue", "year", "number").
_NOUN_CUES = (frozenset(p[0] for _, phrases in _KINDS for p in phrases if len(p) == 1) - _INTERROGATIVES - {
    "when", "quando", "where", "dove", "dov"}) | {"city", "citta", "part", "parte", "area", "zona", "corner", "country", "paese"}
# Words that ask by themselves, in a clause of their own.
_ASKING = _INTERROGATIVES | {"when", "quando", "where", "dove", "dov", "many", "quanti", "quante", "quanto"}
ASKING_WORDS = _ASKING
_OUTRIGHT = frozenset({"when", "quando", "where", "dove", "dov", "many", "quanti", "quante"})
REGION_WORDS = frozenset({"region", "regione", "part", "parte", "area", "zona", "corner"})

_WHICH = frozenset({"which", "quale", "quali", "what"})  # not "che", which is also "that"
# Asking a name: "What was the name of...", "What is X called?", "Come si chiamava...", "Che nome aveva...": those
# words frame the question; the fact must give the name.
ASKS_NAME = re.compile(r"\b(?:names? of|what (?:is|was|were|are)\b.{0,40}\bcalled\b|come si chiam|che nome|"
                       r"qual (?:era|e|è) il nome|con (?:che|quale) nome)", re.I)
_NAMING = frozenset({"name", "names", "called", "nome", "chiama", "chiamava", "chiamano", "chiamavano"})
_OF = frozenset({"of", "di", "del", "dell", "della", "dello", "dei", "degli", "delle"})
_DATE_NOUNS = frozenset({"year", "anno", "date", "data"})


def _asks_which_thing(toks: list[str]) -> bool:
    """Whether the question asks "which <thing>" of a thing that is no kind's cue ("which meeting")."""
    return any(t in _WHICH and i + 1 < len(toks) and len(toks[i + 1]) > 2 and toks[i + 1] not in _NOUN_CUES
               and toks[i + 1] not in STOPWORDS
               for i, t in enumerate(toks))


KIND_TYPES = {"quote": ("quote",), "count": ("count",), "date": ("date",), "location": ("location",),
              "manner": ("event",), "entity": (), "time": (), "measure": (), "origin": ("location", "event", "date")}
# Long enough that one edit cannot turn another real word into one of them ("came" is not "come").
_SHORT_QUESTION_WORDS = ("what", "when", "many", "much", "dove", "come", "cosa")
_QUESTION_VOCAB = sorted({"where", "which", "quando", "quanti", "quante", "quanto", "quale", "quali", "detto"})


@record
class Question:
    text: str
    lang: Lang
    kind: str
    words: tuple[str, ...]  # folded words, typos in question words corrected
    frame: frozenset[str]  # words that only say what kind of answer is wanted
    names: frozenset[str] = frozenset()  # short words written with a capital (Li, Ng, UN): names, not noise
    asking_from: int = 0  # where the clause that asks begins, in `words` ("When X did Y, what did Z say?")

    @property
    def topic_words(self) -> list[str]:
        """Words that carry what the question is about (one- and two-letter fragments such as the c
        of "c'è" carry nothing; a code of a letter and a digit, such as "k2" or "g7", names something)."""
        return list(dict.fromkeys(w for w in question_words.without_been(list(self.words))
                                  if (w not in STOPWORDS or w in self.names) and w not in self.frame
                                  and (len(w) > 2 or w.isdigit() or w in self.names or not (w.isalpha() or w.isdigit()))))


def _correct(word: str) -> str:
    """A question word with one typo put right ("wher": "where"), shorthand written out ("ppl": people), or the
    word as it is."""
    if word in SHORTHAND:
        return SHORTHAND[word]
    if word not in STOPWORDS and (swapped := unswapped(word)):
        return swapped
    if len(word) >= 5 and word not in FILLER and edit_distance(word, PEOPLE, 1) == 1:
        return PEOPLE
    if len(word) == 3 and word not in STOPWORDS and word not in FILLER:
        # A short question word missing a letter ("wat", "mny", "wen"): only where one word fits.
        fits = [c for c in _SHORT_QUESTION_WORDS if dropped_letter(word, c)]
        return fits[0] if len(fits) == 1 else word
    if len(word) < 4 or word in STOPWORDS or word in FILLER:
        return word
    close = [c for c in _QUESTION_VOCAB if abs(len(c) - len(word)) <= 1 and edit_distance(word, c, 1) <= 1]
    # A dropped last letter is the likeliest typo ("wher"), so prefer a completion.
    close.sort(key=lambda c: (not c.startswith(word), c))
    return close[0] if close else word


_LONGEST_PHRASE = max(len(p) for p in PHRASES)


def _join_phrases(toks: list[str], own: Mapping[tuple[str, ...], str]) -> list[str]:
    """Read each expression of the phrase table as the one word it means ("running out" -> shortage);
    one that means nothing ("the article says") is dropped. `own`: the fact file's vocabulary entries of
    several words, each read as the entry itself (its vocabulary says what it may mean), before the table, in any
    form of their words."""
    out: list[str] = []
    i = 0
    longest = max(_LONGEST_PHRASE, *map(len, own)) if own else _LONGEST_PHRASE
    stems = [stem(t) for t in toks] if own else []
    while i < len(toks):
        for size in range(longest, 1, -1):
            phrase = tuple(toks[i:i + size])
            meaning = (own.get(phrase) or (own.get(tuple(stems[i:i + size])) if own else None)
                       or _as_form_of(toks[i:i + size], own) or PHRASES.get(phrase))
            if meaning is not None:
                if meaning:
                    out.append(meaning)
                i += size
                break
        else:
            out.append(toks[i])
            i += 1
    return out


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    """The stems one word may have in another form ("pass", "passed", "passing" share one; "come", "came")."""
    return frozenset({word, stem(word), *other_stems(word), *irregular_stems(word)})


def _as_form_of(toks: list[str], own: Mapping[tuple[str, ...], str]) -> str | None:
    """The file's entry of several words whose every word `toks` has in another form ("pass away" for the
    entry "passed away", whose stems differ: the stemmer cuts "pass" as a plural); None if none."""
    if len(toks) < 2 or not own:
        return None
    forms = [_forms(t) for t in toks]
    # (The first word first: most entries share none of its forms, and the rest is not looked at.)
    return next((key for entry, key in own.items() if len(entry) == len(toks) and forms[0] & _forms(entry[0])
                 and all(f & _forms(e) for f, e in zip(forms[1:], entry[1:]))), None)


def as_written(q: Question, word: str) -> str:
    """A question word as the user wrote it: the expression the phrase table read as it ("get to" for travel),
    else the word itself; for messages, which must name the user's own words."""
    toks = words(q.text)
    if word in toks:
        # Its accents as typed ("costò", which folds to "costo").
        return next((w for w in written_words(q.text) if words(w) == [word]), word)
    for phrase, meaning in (*PHRASES.items(), *IMPLIED_PHRASES):
        if meaning == word and any(tuple(toks[i:i + len(phrase)]) == phrase for i in range(len(toks))):
            return " ".join(phrase)
    if word == question_words.LASTING_WORD:
        return next((w for w in toks if w in question_words.LASTED), word)  # "durarono" asked for one
    return word


def _modifies(toks: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether a noun that may guess a kind only follows an "of" or an ordinal wherever it stands ("the meeting of
    the year", "the third place play-off": a rank, no place)."""
    return len(phrase) == 1 and phrase[0] in _NOUN_CUES and all(
        i and (toks[i - 1] in _OF or (toks[i - 1] in ("the", "l") and toks[i - 2:i - 1] in (["of"], ["di"]))
               or ordinal_value(toks[i - 1]) is not None)
        for i, t in enumerate(toks) if t == phrase[0])


# "Which city", "what small town", "quale anno": the noun such a word asks about follows it at once or after one
# word; further on it is another's ("What caused the Mill Street fire?" asks no street).
_WH_DETERMINERS = frozenset({"which", "what", "quale", "quali", "qual", "che"})


def _asking(toks: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """The phrases of a kind the question says, as a kind's cue (not "of the year"; "what day" not of the week,
    which no date says)."""
    return [p for p in phrases if _contains(toks, p, 1 if len(p) == 2 and p[0] in _WH_DETERMINERS else 3)
            and not _modifies(toks, p)
            and not (p[-1] in ("day", "giorno") and {"week", "settimana"} & set(toks))]


def _contains(toks: list[str], phrase: tuple[str, ...], gap: int = 3) -> bool:
    """The phrase's words in order, each within `gap` words of the one before ("what did Ada say"), not past an
    "of" ("which meeting of the year" asks no year)."""
    for start, tok in enumerate(toks):
        if tok != phrase[0]:
            continue
        at = start
        for word in phrase[1:]:
            window = toks[at + 1:at + 2 + gap]
            if word not in window or _OF & set(window[:window.index(word)]):
                break
            at = at + 1 + window.index(word)
        else:
            return True
    return False


# The words of asking where from, which say what kind of answer is wanted, not what it is about.
_WHENCE = frozenset({"from", "da", "di", "come", "comes", "came", "coming", "originally", "viene", "vengono", "veniva",
                     "venivano", "venuto", "venuta", "venuti", "proviene", "provengono", "provenivano", "originario",
                     "originaria", "originari"})


def _asks_whence(toks: list[str]) -> bool:
    """Whether a where-question asks where from: "da dove", "di dove", "from where", or "where ... from"."""
    pairs = set(itertools.pairwise(toks))
    return bool({("da", "dove"), ("di", "dove"), ("from", "where")} & pairs) or (
        "where" in toks and "from" in toks[toks.index("where") + 1:])


_HOW_MANY = frozenset({"many", "quanti", "quante", "number", "numero"})


def count_heads(q: Question) -> list[str]:
    """The words a how-many question counts: its noun, perhaps after an adjective ("how many existing articles")."""
    at = next((i for i, w in enumerate(q.words) if w in _HOW_MANY), None)
    heads = question_words.without_been(list(q.words[at + 1:at + 5]))[:3] if at is not None else []
    return [w for w in heads if w not in STOPWORDS][:2]


# The stems of the words that say someone spoke, from the quote cues of one word ("disse", "declared"), and
# the past forms a statement reports with ("dichiarò", "annunciò", "announced"). Not "stated": "stato" is been.
_SPEECH = frozenset(stem(w) for w in (*(p[0] for p in _KINDS[0][1] if len(p) == 1), "dichiaro", "affermo",
                                      "annuncio", "annunciato", "announced", "told", "wrote", "scrisse")
                    if w not in ("stated", "words", "parole", "sentence", "answer", "risposta", "frase", "frasi"))


def reports_speech(fact: Fact) -> bool:
    """Whether a fact's statement reports that someone spoke ("the Duke declared that...", "disse che...")."""
    return any(stem(w) in _SPEECH for lang in LANGS for w in words(fact.statement.get(lang)))


def replace_kind(q: Question, kind: str) -> Question:
    """The same question asking for another kind of answer."""
    return Question(q.text, q.lang, kind, q.words, q.frame, q.names, q.asking_from)


def asked_outright(q: Question) -> bool:
    """Whether a date is asked for by an interrogative before its noun ("in che data", "what year"), not only
    mentioned ("the meeting this year"): then no other kind of fact may stand in for it. (A place is not so
    strict: "which country" may be answered by a fact that names the country in passing.)"""
    return q.kind == "date" and any(word in _DATE_NOUNS and q.words[i - 1] in _WHICH | {"che", "qual"}
                                    for i, word in enumerate(q.words) if i)


def as_any_kind(q: Question, keep: AbstractSet[str] = frozenset()) -> Question:
    """The question asking for any fact: the noun that guessed its kind ("venue", "year") is a topic word again,
    but those in `keep` (a place's noun, where a fact of any type may say the place: "in che città")."""
    return Question(q.text, q.lang, "entity", q.words, q.frame - (_NOUN_CUES - keep), q.names, q.asking_from)


def _corrected(word: str, known: Callable[[str], bool] | None) -> str:
    """A word put right as a slip for a question word, unless the fact file uses it: then only a word cut short
    ("quant'è": quanto) is completed, and "quake" stays itself."""
    right = _correct(word)
    return right if right == word or right.startswith(word) or known is None or not known(word) else word


def _spelt_out(toks: list[str], known: Callable[[str], bool] | None) -> list[str]:
    """The words with each noun that asks a question of its own ("birthplace") read as that question's words
    ("born place"), and as itself too where the facts use the noun."""
    return [w for t in toks for w in ((*ASKING_NOUNS[t], *((t,) if known and known(t) else ())) if t in ASKING_NOUNS
                                      else (t,))]


def parse(text: str, own: Mapping[tuple[str, ...], str] | None = None,
          known: Callable[[str], bool] | None = None, named: Callable[[str], bool] | None = None) -> Question:
    """Language, kind and words of a question or keyword query; `own`: the fact file's phrases (_join_phrases);
    `known`: whether the facts use a word, which is then no slip for a question word ("quake" is not "quale");
    `named`: whether a word is the whole name of something the facts name."""
    own = own or {}
    toks = full_years([_corrected(w, known) for w in _join_phrases(_spelt_out(words(text), known), own)], text,
                       known, named)
    # "What is special about the place where they met?", "Where was Ada working when the war began?": after a
    # wh-word, a 'where' or 'when' that follows a noun or verb starts a clause; it does not ask for a place or a date.
    toks = [t for i, t in enumerate(toks)
            if not (i > 1 and t in _RELATIVE and toks[0] in _INTERROGATIVES | _RELATIVE | question_words.CLAUSE_OPENERS
                    and toks[i - 1] not in STOPWORDS)]
    # "When Ada won the race, how did she celebrate?": a leading clause only sets the scene; the last
    # clause, when it asks something itself, says what kind of answer is wanted.
    clauses = [c for c in text.split(",") if c.strip()]
    last = [_corrected(w, known) for w in _join_phrases(words(clauses[-1]), own)] if len(clauses) > 1 else []
    # (A short last clause only adds to the first: "When did Rossi take office, which month?")
    cue_toks = last if _ASKING & set(last) and len(last) > 3 else toks
    kind = "entity"
    frame: set[str] = set()
    matched = [(name, found) for name, phrases in _KINDS if (found := _asking(cue_toks, phrases))]
    if matched:
        # A kind asked outright ("where") beats one a noun only guessed ("this year") before it.
        outright = [(name, found) for name, found in matched if _OUTRIGHT & {w for p in found for w in p}]
        guessed_only = {w for p in matched[0][1] for w in p} <= _NOUN_CUES
        kind, found = outright[0] if outright and guessed_only else matched[0]
        frame = {w for p in found for w in p}
        if guessed_only and not outright and _asks_which_thing(cue_toks):
            # "Paris was which concert ... this year?": which thing is asked; the noun only dates it.
            kind, frame = "entity", set()
    kind = "entity" if kind == "manner" and ASKS_NAME.search(text) else kind  # "Come si chiamava?": a name, not how
    if kind == "location" and _asks_whence(cue_toks):
        # "Where does Rossi come from?", "Da dove è partito?": where from, not where.
        kind = "origin"
        frame |= _WHENCE & set(cue_toks)
    dimension = measure_asked(text, cue_toks)
    if dimension is not None and kind not in ("quote", "time"):
        # "How far did they travel?", "Quanto è alto?": a quantity in a unit of that dimension, in any unit asked.
        asking = ASKING[dimension] | SIZE | BETWEEN | WEIGHING
        kind, frame = "measure", {w for w in cue_toks if w in asking or unit_of(w)} | {"how", "quanto", "quanta"}
    # Interrogatives frame the question whatever its kind ("what did X say", "in che anno"); so do those asking a name.
    frame |= _INTERROGATIVES & set(toks) | (_NAMING & set(toks) if ASKS_NAME.search(text) else set())
    # Side by side: "how long is the Old Bridge" does not ask an age.
    toks += [word for phrase, word in IMPLIED_PHRASES if _contains(toks, phrase, gap=0)]
    if kind == "entity" and len(toks) > 1 and toks[-1] in _SINCE:
        kind = "date"  # "rossi sindaco dal", "Rossi mayor since": the blank is a date
        frame.add(toks[-1])
    if (len(toks) > 2 and toks[-1] == "last") or question_words.LASTED & set(toks):
        # "How long did the festival last?", "Quanto è durato?": a duration, not the filler "last" nor
        # 'during', which 'durato' would stem like.
        frame |= question_words.LASTED & set(toks)
        toks.append(question_words.LASTING_WORD)
    if kind == "date":
        # "When did the campaign start?": the date of a thing is when it began; "start" asks no more.
        frame |= _STARTED & set(toks)
    names = _written_names(text, named)
    asking_from = max(len(toks) - len(last), 0) if cue_toks is last else 0
    return Question(text, detect_lang(toks, text), kind, tuple(toks), frozenset(frame), names, asking_from)


def _written_names(text: str, named: Callable[[str], bool] | None) -> frozenset[str]:
    """The words written as names that would otherwise be read as stop words or nothing: short capitalised
    words (Li, Ng), unless everyday words (A, I); acronyms (UN), even one that spells a word ("un"); and a
    capitalised word inside the sentence that is the whole name of something the facts name (Siano, a town)."""
    return frozenset({w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]?\b", text) if w.lower() not in STOPWORDS}
                     | {w.lower() for w in re.findall(r"\b[A-Z]{2,3}\b", text)}
                     | {w.lower() for w in re.findall(r"(?<=\w )[A-Z][a-z]+\b", text)
                        if w.lower() in STOPWORDS and named is not None and named(w.lower())})


def asks_a_time_count(toks: tuple[str, ...]) -> bool:
    """Whether "da quanti/quante", "for how many" count time ("Da quanti anni...?", "Da quanto...?"), not what
    something came out of ("Da quante canzoni furono scelte?")."""
    for i, w in enumerate(toks):
        asked = toks[i + 1:i + 3] if w == "da" else toks[i + 2:i + 4] if toks[i:i + 3] == ("for", "how", "many") else ()
        if asked and asked[0] in ("quanti", "quante", "many"):
            return len(asked) > 1 and asked[1] in TIME_UNITS
    return True

"""The one text normaliser: folding, tokenising and light stemming for Italian and English.

Used for indexing and for every query (search, when/where/count/quote, ask), so
a word is always reduced the same way on both sides. The stemmer is a light
suffix stripper, not Snowball: it only has to make gatto/gatti/cat/cats
meet, and it imports in microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = str.maketrans({"’": " ", "'": " ", "‘": " ", "`": " ", "-": " ", "–": " ", "—": " ",
                              # Latin letters that Unicode does not decompose into a letter and an accent
                              # ("Białystok" is written "Bialystok" too; "Øresund", "Straße").
                              "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
                              "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                              "Þ": "Th", "ð": "d", "Ð": "D"})

# Longest first; each needs a stem of at least 3 letters to be stripped.
_SUFFIXES = tuple(sorted((
    "azioni", "azione", "amenti", "amento", "imenti", "imento", "mente", "ation", "ations",
    "ness", "ing", "ings", "ies", "ied", "ers", "er", "ed", "es", "s",
    "ati", "ato", "ata", "ate", "iti", "ito", "ita", "ite", "uti", "uto", "uta", "ute",
    "avano", "evano", "ivano", "arono", "erono", "irono",
    "ando", "endo", "are", "ere", "ire", "ano", "ono", "io", "ia", "ie", "hi", "he",
    "i", "e", "o", "a", "y",
), key=len, reverse=True))

STOPWORDS = frozenset("""
a ad al all alla alle allo agli ai anche che chi ci cio come con cosa cui da dal dall dalla dalle dai degli dei
del dell della delle dello di e ed era erano essere fa ha hanno ho i il in io l la le lei li lo loro lui ma
mi ne nei nel nell nella nelle nello noi non o per piu po quale quali quando quanta quante quanti quanto quella
quelle quello questa queste questo qui si sia siamo sono sta stato stata su sua sue sui sul sull sulla suo
suoi ti tra fra tu un una uno vi voi e gli dove perche quel quei qual durante
sulle sugli sullo col coi negli nelle dagli dalle alle agli quell quest fino verso
about according after an and are as at be been before being but by can could did do does during for from had has have he her not
him his how i if in into is it its me my of on or our she so than that the their them then there these they
this those to too us was we were what when where which who whom whose why will with would you your more
""".split()) | frozenset(  # the forms of avere and essere (Snowball's Italian list, less "sei": also six)
    """
hai abbiamo avete abbia abbiate abbiano avro avrai avra avremo avrete avranno avrei avresti avrebbe avremmo avreste
avrebbero avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero avessi avesse avessimo
avessero avendo siete siate siano saro sarai sara saremo sarete saranno sarei saresti sarebbe saremmo sareste
sarebbero ero eri eravamo eravate fui fosti fu fummo foste furono fossi fosse fossimo fossero essendo
""".split())


# The definite articles of either language, which may stand between a preposition and a name ("in the", "nella").
ARTICLES = frozenset({"the", "il", "lo", "la", "l", "i", "gli", "le"})
# The definite articles and the indefinite ones.
ANY_ARTICLES = ARTICLES | frozenset({"a", "an", "un", "uno", "una"})
# "Of" and the Italian "di" with its article ("del", "della", "dell'"...): what joins a part or a cause to its name.
OF_WORDS = frozenset({"of", "di", "d", "del", "dell", "della", "dello", "dei", "degli", "delle"})

# The words that ask "who" in either language.
WHO_WORDS = frozenset({"who", "whom", "chi"})


def fold(text: str) -> str:
    """Lower-case, strip accents, and split elisions and hyphens (l'amico -> l amico)."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


_TOKEN = re.compile(r"[^\W_]+")


# Words cut short before an apostrophe ("com'è", "didn't"): the whole word, so that a question
# word or a stopword is still one and not an unknown fragment.
_ELIDED = {"com": "come", "cos": "cosa", "dov": "dove", "quand": "quando", "didn": "did", "doesn": "does",
           "isn": "is", "wasn": "was", "aren": "are", "weren": "were", "hasn": "has", "haven": "have",
           "hadn": "had", "wouldn": "would", "couldn": "could", "shouldn": "should"}


# Acronyms that fold to a stop word ("us"), written as the longer acronym people also write for the same thing.
_CAPITALS = {"US": "usa"}


def fold_written(word: str) -> str:
    """One word as written, folded (an acronym that would fold to a stop word as its longer form: US -> usa)."""
    return _CAPITALS.get(word) or fold(word)


@lru_cache(maxsize=1 << 17)
def _fold_token(token: str) -> tuple[str, ...]:
    """The folded words of one token, an elided word written out in full (com -> come), an acronym that would
    fold to a stop word as its longer form (US -> usa)."""
    if token in _CAPITALS:
        return (_CAPITALS[token],)
    return tuple(_ELIDED.get(w, w) for w in _WORD.findall(fold(token)))


# An acronym written with dots ("U.S.", "U.K."): one word, as written without them ("US"), not single letters.
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")


def _undotted(text: str) -> str:
    """The text with its dotted acronyms written without dots."""
    return _DOTTED.sub(lambda m: m.group().replace(".", ""), text) if "." in text else text


def written_words(text: str) -> list[str]:
    """The words of a text as written, case and accents kept, an apostrophe cutting ("Ada's": Ada, s), for
    checks that read capitals (names) as well as words."""
    return _TOKEN.findall(_undotted(text))


def words(text: str) -> list[str]:
    """Folded words, in order.

    The text is split first and each token folded through a cache: a fact base
    repeats its words, and folding (NFKD per character) is the costly part.
    """
    return [w for token in _TOKEN.findall(_undotted(text)) for w in _fold_token(token)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, language-neutral stem: gatto, gatti -> gatt; cats -> cat."""
    if len(word) <= 3 or word.isdigit():
        return word
    # A verb of three letters in -ie: its past and -ing forms are its own (died, tied, dying, lying: die, tie, lie).
    if len(word) == 4 and word.endswith("ied"):
        return word[:3]
    if len(word) == 5 and word.endswith("ying"):
        return word[0] + "ie"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            # English doubles a final consonant before -ed/-ing: travelled, planning.
            if suffix in ("ed", "ing") and len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeioulszf":
                base = base[:-1]
            elif suffix in ("ed", "ing") and len(base) >= 6 and base[-2:] == "ll":
                base = base[:-1]
            return base
    return word


@lru_cache(maxsize=1 << 17)
def _token_terms(token: str) -> tuple[str, ...]:
    """The stemmed index terms of one token, stopwords dropped."""
    return tuple(stem(w) for w in _fold_token(token) if w not in STOPWORDS)


def terms(text: str) -> list[str]:
    """Stemmed index terms of a text, stopwords dropped (cached per token, like words())."""
    return [t for token in _TOKEN.findall(_undotted(text)) for t in _token_terms(token)]


def _run_terms(run: str) -> tuple[str, ...]:
    """The terms of a run of text between whitespace ("Kazan,", "2011.)"), in order."""
    return tuple(t for token in _TOKEN.findall(_undotted(run)) for t in _token_terms(token))


class _Runs(dict[str, tuple[str, ...]]):
    """The terms of each run of text seen, filled on a miss: a plain dict, looked up in C without the bookkeeping
    of lru_cache (a cold build looks up 6 million runs)."""

    def __missing__(self, run: str) -> tuple[str, ...]:
        """The terms of a run not seen before, kept (the whole cache is dropped past _MAX_RUNS)."""
        if len(self) >= _MAX_RUNS:
            self.clear()
        found = self[run] = _run_terms(run)
        return found


_MAX_RUNS = 1 << 17  # as many as the lru caches above keep
_RUNS = _Runs()


def term_set(*texts: str) -> set[str]:
    """Every term of `texts`, as terms() finds them, without order or repeats: what indexing needs. The texts are
    split at whitespace in C and each run looked up in a cache, which spares a regex pass over every text
    (no token crosses whitespace: no whitespace character is a word character)."""
    found: set[str] = set()
    for text in texts:
        found.update(*map(_RUNS.__getitem__, text.split()))
    return found


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, giving up (returning limit + 1) past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def typo_budget(word: str) -> int:
    """How many edits a word of this length may carry and still be recognised."""
    return 0 if len(word) <= 4 else 1 if len(word) <= 7 else 2


# Italian future, conditional and imperfect endings, and the past in -ette ("ricevette"), which the light stemmer
# leaves on ("chiederà" folds to "chiedera", "voleva" stems to "volev"): the infinitive's stem is the likely word. Tried only for words no fact uses as they are.
_VERB_ENDINGS = (("ettero", ("ere",)), ("ette", ("ere",)), ("etti", ("ere",)), ("evano", ("ere",)), ("avano", ("are",)), ("ivano", ("ire",)), ("eranno", ("are", "ere")), ("iranno", ("ire",)), ("erebbero", ("are", "ere")),
                 ("irebbero", ("ire",)), ("erebbe", ("are", "ere")), ("irebbe", ("ire",)), ("eremo", ("are", "ere")),
                 ("iremo", ("ire",)), ("era", ("are", "ere")), ("ira", ("ire",)), ("eva", ("ere",)),
                 ("ava", ("are",)), ("iva", ("ire",)))


# Forms of common irregular verbs that no ending rule relates: each group's words are one verb, in one language.
_IRREGULAR_GROUPS = (
    "morto morta mori morirono muore muoiono morire moriva morivano",
    "scoperto scoperta scoperti scopri scoprirono scopre scoprono scoprire",
    "rimasto rimasta rimasti rimase rimasero rimane rimangono rimanere",
    "vissuto vissuta vissuti visse vissero vive vivono vivere",
    "nato nata nati nate nacque nacquero nasce nascono nascere",
    "die died dies dying dead death",
    "born birth",
    "build builds building built",
    "sink sinks sinking sank sunk",
    "begin begins beginning began begun",
    "hold holds holding held",
    "run runs running ran",
    "sit sits sitting sat",
    "speak speaks speaking spoke spoken",
    "take takes taking took taken",
    "overtake overtakes overtaking overtook overtaken",
    "fall falls falling fell fallen",
    "caduto caduta caduti cadde caddero cade cadono cadere",
    "break breaks breaking broke broken",
    "keep keeps keeping kept",
    "pay pays paying paid",
    "wear wears wearing wore worn",
    "throw throws throwing threw thrown",
    "choose chooses choosing chose chosen",
    "fight fights fighting fought",
    "teach teaches teaching taught",
    "buy buys buying bought",
    "sell sells selling sold",
    "spend spends spending spent",
    "meet meets meeting met",
    "grow grows growing grew grown",
    "sing sings singing sang sung",
    "swim swims swimming swam swum",
    "steal steals stealing stole stolen",
    "leave leaves leaving left",
    "go goes going went gone",
    "come comes coming came",
    "bring brings bringing brought",
    "lose loses losing lost",
    "find finds finding found",
    "lead leads leading led",
    "fly flies flying flew flown",
    "rise rises rising rose risen",
    "become becomes becoming became",
    "tell tells telling told",
    "get gets getting got gotten",
    "make makes making made",
    "write writes writing wrote written",
    "scritto scritta scritti scrisse scrissero scrive scrivono scrivere",
    "see sees seeing saw seen",
    "strike strikes striking struck",
    "win wins won",
    "diretto diretta diressero diresse dirige dirigono dirigere",
    "deciso decisa decise decisero decide decidono decidere",
    "chiuso chiusa chiuse chiusero chiude chiudono chiudere",
    "aperto aperta apri aprirono apre aprono aprire",
    "perso persa perse persero perde perdono perdere",
    "ucciso uccisa uccisi uccise uccisero uccide uccidono uccidere",
    "distrutto distrutta distrusse distrussero distrugge distruggere",
    "sceso scesa scesi scese scesero scende scendono scendere",
    "raggiunto raggiunta raggiunse raggiunsero raggiunge raggiungere",
    "eletto eletta eletti elesse elessero elegge eleggere",
    "scelto scelta scelse scelsero sceglie scegliere",
    "risposto rispose risposero risponde rispondere",
    "chiesto chiesta chiese chiesero chiede chiedere",
    "esploso esplosa esplose esplosero esplode esplodere",
    "avvenuto avvenuta avvenuti avvenute avvenne avvennero avviene avvengono avvenire",
    "accaduto accaduta accaduti accadde accaddero accade accadono accadere",
    "successo successa successe successero succede succedono succedere",
    "venuto venuta venuti venne vennero viene vengono venire",
    "visto vista visti vide videro vede vedono vedere",
    "preso presa presi prese presero prende prendono prendere",
    "messo messa messi mise misero mette mettono mettere",
    "detto detta disse dissero dice dicono dire",
)
_IRREGULAR = {w: group for line in _IRREGULAR_GROUPS for group in [tuple(line.split())] for w in group}


def irregular_stems(word: str) -> tuple[str, ...]:
    """The stems of the other forms of a verb the stemmer splits: an irregular one ("morto": morì, "won": win), or
    an Italian verb in -iare, whose past in -iò it reads as a noun in -io ("scoppiato": scoppiò); none for another."""
    own = stem(word)
    forms = tuple(dict.fromkeys(t for w in _IRREGULAR.get(word, ()) if (t := stem(w)) != own))
    # ("scoppiato", "scoppiare" stem to "scoppi", "scoppiò" folded to "scopp"; "iniziò" and "inizio" alike.)
    if not forms and word.isalpha() and len(own) >= 5 and own[-1] == "i" and own[-2] not in "aeiou" \
            and word.endswith(_IARE_ENDINGS):
        return (own[:-1],)
    return forms


# Endings of an Italian verb in -iare that keep its "i" (its stem ends in it), but its past in -iò.
_IARE_ENDINGS = ("iato", "iata", "iati", "iate", "iare", "iando", "iarono", "iava", "iavano", "iavo", "iamo", "iasse")


def _action_nouns(verb: str) -> list[str]:
    """The English noun of the act a verb in -e names, by the regular rules: decide, decision; explode,
    explosion; create, creation (the facts may say "the decision" where a question asks when it was decided)."""
    if verb.endswith(("ide", "ude", "ade", "ode")):
        return [verb[:-2] + "sion"]
    if verb.endswith("ate"):
        return [verb[:-1] + "ion"]
    return []


def other_stems(word: str) -> tuple[str, ...]:
    """Other stems `word` may have as a verb form that the stemmer reads otherwise.

    An Italian future ("chiederà"), or an English form whose ending the stemmer cuts differently
    ("create" stems to "cre", "creating" to "creat").
    """
    for ending, infinitives in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return tuple(dict.fromkeys(stem(word[:-len(ending)] + inf) for inf in infinitives))
    if len(word) == 4 and word.endswith("ed") and word.isalpha():
        return (stem(word[:-1]),)  # a short verb in -e, past ("died", "tied", "used"): its -e form
    if len(word) < 5 or not word.isalpha():
        return ()
    if word.endswith("wn"):
        return (stem(word[:-1]),)  # a past participle in -wn: shown, known, grown, thrown, drawn
    own = stem(word)
    if word.endswith("ing"):
        forms = [word[:-3], word[:-3] + "e", word[:-3] + "ed"]
    elif word.endswith("ed"):
        forms = [word[:-1], word[:-2], word[:-2] + "ing", *_action_nouns(word[:-1])]
    elif word.endswith("e"):
        forms = [word + "d", word[:-1] + "ing", word + "s", *_action_nouns(word)]
    else:
        # A verb in -er cut as if it were a noun in -er ("refer" stems to "ref", "referred" to "refer").
        return (word,) if word.endswith("er") and own != word else ()
    return tuple(t for t in dict.fromkeys(stem(f) for f in forms) if t != own and len(t) >= 4)


def dropped_letter(short: str, long: str) -> bool:
    """Whether `long` is `short` with one letter (not the first) put back.

    The commonest slip of fast typing: for names, which short words are not otherwise allowed to miss.
    """
    return len(long) == len(short) + 1 and long[0] == short[0] and any(
        long[:i] + long[i + 1:] == short for i in range(1, len(long)))

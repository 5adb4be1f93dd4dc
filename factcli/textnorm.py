"""The one text normaliser: folding, tokenising and light stemming for Italian and English.

Used for indexing and for every query (search, when/where/count/quote, ask), so
a word is always reduced the same way on both sides. The stemmer is a light
suffix stripper, not Snowball: it only has to make viaggio/viaggi/trip/trips
meet, and it imports in microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = str.maketrans({"’": " ", "'": " ", "‘": " ", "`": " ", "-": " ", "–": " ", "—": " "})

# Longest first; each needs a stem of at least 3 letters to be stripped.
_SUFFIXES = tuple(sorted((
    "azioni", "azione", "amenti", "amento", "imenti", "imento", "mente", "ation", "ations",
    "ness", "ing", "ings", "ies", "ied", "ers", "er", "ed", "es", "s",
    "ati", "ato", "ata", "ate", "iti", "ito", "ita", "ite", "uti", "uto", "uta", "ute",
    "ando", "endo", "are", "ere", "ire", "ano", "ono", "io", "ia", "ie", "hi", "he",
    "i", "e", "o", "a", "y",
), key=len, reverse=True))

STOPWORDS = frozenset("""
a ad al all alla alle allo agli ai anche che chi ci cio come con cosa cui da dal dall dalla dalle dai degli dei
del dell della delle dello di e ed era erano essere fa ha hanno ho i il in io l la le lei li lo loro lui ma
mi ne nei nel nell nella nelle nello noi non o per piu po quale quali quando quanta quante quanti quanto quella
quelle quello questa queste questo qui si sia siamo sono sta stato stata su sua sue sui sul sull sulla suo
suoi ti tra fra tu un una uno vi voi e gli dove perche quel quei qual
about after an and are as at be been before being but by can could did do does for from had has have he her
him his how i if in into is it its me my of on or our she so than that the their them then there these they
this those to too us was we were what when where which who whom whose why will with would you your
""".split())


def fold(text: str) -> str:
    """Lower-case, strip accents, and split elisions and hyphens (l'estero -> l estero)."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 17)
def _fold_token(token: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(token)))


def words(text: str) -> list[str]:
    """Folded words, in order.

    The text is split first and each token folded through a cache: a fact base
    repeats its words, and folding (NFKD per character) is the costly part.
    """
    return [w for token in _TOKEN.findall(text) for w in _fold_token(token)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, language-neutral stem: viaggio, viaggi -> viagg; trips -> trip."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            # English doubles a final consonant before -ed/-ing: travelled, planning.
            if suffix in ("ed", "ing") and len(base) >= 5 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                base = base[:-1]
            elif suffix in ("ed", "ing") and len(base) >= 6 and base[-2:] == "ll":
                base = base[:-1]
            return base
    return word


@lru_cache(maxsize=1 << 17)
def _token_terms(token: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _fold_token(token) if w not in STOPWORDS)


def terms(text: str) -> list[str]:
    """Stemmed index terms of a text, stopwords dropped (cached per token, like words())."""
    return [t for token in _TOKEN.findall(text) for t in _token_terms(token)]


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


# Words people use for what the facts say in other words, both languages. Each
# maps to words that do occur in fact text; a query word matches through them too.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign": ("abroad", "estero"), "overseas": ("abroad",), "outside": ("abroad",),
    "visit": ("trip", "viaggio"), "visits": ("trip", "viaggio"), "visited": ("trip", "viaggio"),
    "journey": ("trip", "viaggio"), "journeys": ("trip",), "trips": ("viaggio",), "trip": ("viaggio",),
    "viaggi": ("trip",), "viaggio": ("trip",), "visita": ("viaggio",), "visite": ("viaggio",),
    "viaggiato": ("viaggio",), "visitato": ("viaggio", "visited"),
    "meet": ("met", "meeting", "incontro", "summit"), "met": ("meet", "meeting", "incontro", "summit"),
    "meeting": ("incontro", "summit"), "incontro": ("meeting", "summit"), "incontrati": ("incontro", "met"),
    "incontrato": ("incontro", "met"), "vertice": ("summit",), "summit": ("vertice", "meeting"),
    "talks": ("colloqui", "summit"), "colloqui": ("talks",), "countries": ("paesi",), "paesi": ("countries",),
    "nations": ("countries", "paesi"), "nazioni": ("paesi",),
    "spaceport": ("cosmodrome",), "rockets": ("razzi", "missile", "missilistica", "rocketry"), "missiles": ("missili", "missile"),
    # Kinds of weapon answer a question about weapons.
    "weapons": ("armi", "weapon", "missiles", "shells"), "arms": ("armi", "weapons"), "armi": ("missili", "proiettili"), "munitions": ("ammunition", "munizioni"),
    "ammunition": ("munizioni",), "shells": ("proiettili",), "wants": ("want", "vuole", "seek", "ask"), "want": ("seek", "ask", "vuole", "chieda", "interests", "interessi"),
    "seek": ("want",), "vuole": ("want", "chieda"), "vogliono": ("vuole", "chieda"),
    "seeks": ("want",), "asks": ("ask", "chieda"), "power": ("potere",),
    "potere": ("power",), "leader": ("leader",), "train": ("treno",), "treno": ("train",),
    "broadcast": ("trasmesso",), "tv": ("television",), "television": ("tv",), "footage": ("filmato",),
    "satellites": ("satelliti", "satellite"), "satelliti": ("satellite",), "space": ("spazio",),
    "spazio": ("space",), "years": ("anni",), "anni": ("years",), "year": ("anno",), "anno": ("year",),
    "ruled": ("power",), "rule": ("power",), "office": ("carica",), "carica": ("office",),
    # Becoming something is taking an office or coming to power, as the facts word it.
    "become": ("becoming", "office", "power", "carica", "potere"), "becomes": ("becoming", "office", "power"),
    "became": ("becoming", "office", "power", "carica", "potere"), "came": ("became",),
    "diventato": ("carica", "potere", "diventato"), "diventata": ("carica", "potere"),
    "diventare": ("carica", "potere"), "diventa": ("carica", "potere"),
    "border": ("confine",), "confine": ("border",), "war": ("guerra",), "guerra": ("war",),
    "sanctions": ("sanzioni",), "resort": ("turistica",), "turistica": ("resort",), "citta": ("city",),
    "city": ("citta",), "longest": ("lungo", "long"), "lungo": ("longest",),
    "hold": ("held", "tenuto"), "holds": ("held",), "meets": ("met", "meeting"), "saw": ("met",), "seen": ("met",),
    "visti": ("incontro", "met"), "visto": ("incontro", "met"), "vedere": ("incontro",),
    "ask": ("asked", "chieda", "chiesto"), "asked": ("ask", "chiesto"), "chiesto": ("asked",),
    "answer": ("replied", "risposto"), "answered": ("replied", "risposto"), "reply": ("replied", "risposto"),
    "host": ("welcome", "benvenuto", "met", "incontro"), "hosted": ("welcome", "benvenuto", "met", "incontro"),
    "hosts": ("welcome", "met"),
    "welcomed": ("welcome",), "receive": ("welcome", "met", "incontro"), "received": ("welcome", "met", "incontro"), "ospitato": ("benvenuto",),
    "accolto": ("accogliere", "benvenuto"), "base": ("site", "sito", "cosmodrome"), "site": ("sito",),
    "show": ("broadcast", "trasmesso"), "showed": ("broadcast", "trasmesso"), "shown": ("broadcast",),
    "aired": ("broadcast",), "mostrato": ("trasmesso",), "channel": ("tv",), "canale": ("tv",),
    "help": ("aid", "aiuti", "assistance", "assistenza", "support", "sostegno"), "aiuto": ("aiuti", "assistenza", "sostegno"),
    "need": ("bisogno", "shortage", "carenza"), "needs": ("bisogno", "shortage", "carenza"),
    "bisogno": ("need", "carenza"), "person": ("face",), "persona": ("faccia",),
    "military": ("weapons", "armi", "militare"), "militare": ("armi", "military"),
    "three": ("trilateral",), "tre": ("trilaterale",), "tripartite": ("trilateral",),
    "fight": ("struggle", "lotta"), "battle": ("struggle", "lotta"), "lotta": ("struggle",),
    "hope": ("hoped", "want", "sperando"), "hopes": ("hoped", "want"), "spera": ("sperando", "hoped"),
    "sperano": ("sperando",), "travelled": ("journey", "trip", "viaggio"), "traveled": ("journey", "trip"),
    "travel": ("journey", "trip", "viaggio"), "rules": ("resolutions", "risoluzioni"),
    "break": ("breaches", "contravviene"), "breaks": ("breaches",), "violate": ("breaches", "contravviene"),
    "violates": ("breaches",), "remarks": ("remarks", "osservazioni"),
    "lack": ("shortage", "carenza"), "lacks": ("shortage", "carenza"), "short": ("shortage",),
    "manca": ("carenza",), "mancano": ("carenza",), "mancanza": ("carenza",),
    "partnership": ("partnership",), "trilateral": ("trilaterale",), "deal": ("accordo",),
    "accordo": ("deal",), "face": ("faccia",), "faccia": ("face",),
    "look": ("seek", "cerca"), "looking": ("seek", "cerca"), "looks": ("seek",), "searching": ("seek",),
    "cerca": ("seek", "want"), "cercano": ("seek", "want"), "cercando": ("seek", "want"),
    "support": ("sostegno", "help", "aid"), "supported": ("support", "sostegno"), "sostegno": ("support",),
    "appoggio": ("support", "sostegno"), "helped": ("help", "support"), "aiutato": ("aiuto", "sostegno"),
    "centre": ("site", "cosmodrome", "base"), "center": ("site", "cosmodrome", "base"),
    "centro": ("sito", "cosmodromo", "base"),
    "rocket": ("razzi", "missile", "missilistica", "rocketry"), "razzi": ("missilistica", "rockets"),
    "sped": ("accelerated", "accelerato"), "speed": ("accelerated", "accelerato"),
    "hastened": ("accelerated",), "accelerate": ("accelerated",), "accelerare": ("accelerato",),
    "rapprochement": ("alliance", "alleanza", "shift", "ties"), "riavvicinamento": ("alleanza", "cambiamento"),
    "alliance": ("alleanza",), "alleanza": ("alliance",), "shift": ("cambiamento",), "cambiamento": ("shift",),
    "change": ("shift", "cambiamento"), "changed": ("shift", "cambiamento"), "changes": ("shift",),
    "cambiato": ("cambiamento", "shift"), "cambia": ("cambiamento",), "cambiare": ("cambiamento",),
    "charge": ("power", "potere", "office", "carica"), "comando": ("potere", "power"),
    "rapporti": ("relazioni", "relations", "relazione"), "rapporto": ("relazioni", "relazione"),
    "relationship": ("relations", "relazioni"), "relationships": ("relations",), "ties": ("relations", "legami"),
    # "Was it open to the press?" is answered by a fact that says it was not.
    "open": ("closed", "chiuse", "porte"), "aperto": ("chiuse", "porte"), "aperti": ("chiuse", "porte"),
    "twice": ("two", "due"), "thrice": ("three", "tre"), "once": ("one",),
    "speech": ("words", "parole", "remarks"), "speeches": ("words", "parole"), "discorso": ("parole",),
    "isolated": ("pariah", "paria"), "isolation": ("pariah", "paria"), "isolato": ("paria",), "isolati": ("paria",),
    "outcast": ("pariah", "paria"), "outcasts": ("pariah", "paria"),
    "abandoned": ("rejection", "turns", "respinge", "rifiuto"), "abandon": ("rejection", "turns", "respinge"),
    "rejected": ("rejection", "respinge", "rifiuto"), "abbandonato": ("respinge", "rifiuto"),
    "rarely": ("rare", "rara", "rari"), "raramente": ("rara", "rari", "rare"),
    "suggest": ("proposes", "propone"), "suggested": ("proposes", "propone"), "suggests": ("proposes",),
    "propose": ("proposes",), "proposed": ("proposes",), "proposal": ("proposes",), "suggerito": ("propone",),
    "proposto": ("propone",), "proposta": ("propone",),
    "public": ("closed", "chiuse", "porte"), "pubblici": ("chiuse", "porte"), "pubblico": ("chiuse", "porte"),
    "secret": ("sensitive", "sensibili"), "secrets": ("sensitive",), "segreta": ("sensibili",),
    "segrete": ("sensibili",), "segreto": ("sensibili",), "delicate": ("sensitive", "sensibili"),
    "storia": ("storico", "storici", "history"), "history": ("historical", "storico", "storici"),
    "historical": ("history", "storici"), "storico": ("storici", "history"),
    "relations": ("relazioni", "relationship", "relazione"), "relazioni": ("relations", "relazione"),
    "sit": ("met", "meet", "talks"), "together": ("met", "meet"), "insieme": ("incontro",),
    "explanation": ("replied", "why", "risposto"), "explain": ("replied", "why"), "spiegazione": ("risposto",),
    "choosing": ("choice", "scelta", "came"), "chose": ("choice", "scelta", "came"), "choice": ("scelta",),
    "reporters": ("journalists", "giornalisti", "journalist"), "reporter": ("journalist", "giornalista"),
    "press": ("journalists", "giornalisti"), "giornalisti": ("journalists", "giornalista"),
    "buy": ("obtain", "ask", "seeks", "chieda"), "purchase": ("obtain", "ask", "seeks"),
    "comprare": ("chieda", "ottenere"), "acquistare": ("chieda", "ottenere"),
    "inherit": ("power", "potere", "came"), "inherited": ("power", "potere", "came"), "ereditato": ("potere",),
    "see": ("met", "meet", "meeting"), "vedersi": ("incontro",), "private": ("closed", "chiuse", "porte"),
    "privati": ("chiuse", "porte"), "orbit": ("space", "spazio", "satellites"),
    "orbita": ("spazio", "satelliti"), "asking": ("ask", "seek", "want"),
    "transport": ("train", "treno", "journey"), "trasporto": ("treno", "viaggio"), "mezzo": ("treno",),
    "affect": ("accelerated", "shift", "cambiamento"), "affected": ("accelerated", "shift", "cambiamento"),
    "influenced": ("accelerated", "shift"), "influenzato": ("accelerato", "cambiamento"),
    "talk": ("talks", "met", "colloqui"), "talked": ("talks", "met", "colloqui"), "parlato": ("colloqui", "incontro"),
    "govern": ("power", "potere"), "governs": ("power", "potere"), "governa": ("potere", "power"),
    "ruling": ("power", "potere"), "governato": ("potere",),
    "failed": ("fated", "sfortunato"), "unsuccessful": ("fated", "sfortunato"), "fallito": ("sfortunato",),
    "fallimentare": ("sfortunato",), "trying": ("seek", "want", "cerca"), "try": ("seek", "want"),
    "low": ("shortage", "carenza"), "scarce": ("shortage", "carenza"), "scarse": ("carenza",),
    "fly": ("journey", "travel", "viaggio"), "flew": ("journey", "travel", "viaggio"),
    "volato": ("viaggio",), "aereo": ("viaggio",),
    "plans": ("ambitions", "ambizioni", "want"), "plan": ("ambitions", "ambizioni"),
    "piani": ("ambizioni",), "progetti": ("ambizioni",),
}


@lru_cache(maxsize=4096)
def synonyms(word: str) -> tuple[tuple[str, float], ...]:
    """Words that may stand for `word` in a fact, with how sure that is: the table's own entries
    (0.9), then theirs (0.8), so that each entry need not list every form of its meaning."""
    found: dict[str, float] = {}
    for near in SYNONYMS.get(word, ()):
        found.setdefault(near, 0.9)
    for near in list(found):
        for far in SYNONYMS.get(near, ()):
            if far != word:
                found.setdefault(far, 0.8)
    return tuple(found.items())

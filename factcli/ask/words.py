"""The words of questions that `ask` reads: filler, ordinals, number words, phrases and months.

Data, not logic: question.py and fit.py read these tables. Each entry is a word and what it does in a
question, never an answer.
"""

from __future__ import annotations

from factcli.core.numbers import NUMBER_VALUES

# Words that frame a question but never decide its answer; never a reason to abstain.
FILLER = frozenset("""
tell know please out kind sort type last latest ultimo ultima ultimi passed elapsed passati passato passata
quest questo questa arrive arrived arriving reach reached arrivato arrivata arrivati giunto giunta
avuto avere aveva avevano avuta potuto voluto dovuto messo preso stati stata essere
been would could should might must can may name named called call calls ottenere ottenuto obtain nome chiamato chiama
prima before already previously earlier beforehand way modo
play plays played playing gioca giocato role ruolo use used uses usato usata usate usa
think thinks thought opinion view pensa pensato opinione parere
get gets getting exactly actually really ever also first last happen happened happens take took taken get got
go went gone come make made happen did does done give gave many much long there here time times some any
anyone someone something thing things like just still yet ok okay hey hi hello
dimmi sai sapere per favore esattamente davvero mai anche avvenuto successo accaduto fare fatto fece andato
andata venuto venuta dato volta volte qualcuno qualcosa cose ancora gia cioe ecco
ricordi ricorda ricordare ricordami remind recall proposito riguardo regarding
true vero vera verify verifica verificare check controlla confirm conferma confermare correct giusto taking
over diede diedero dare going down faceva facevano fa fanno dopo each other put putting between tra fra
sto sappiamo sapete sanno colpa causa cause caused blame tanti tante molti molte parecchi stuff considered consider considers deemed regarded ritenuto ritenuta ritenuti considerato considerata
considerati considerate giudicato giudicata
status stato ottiene ottengono conta contano although though anche sebbene benche diversi diverse different various vari varie now gonna wanna dammi mostrami elencami avra avranno avrebbe avrebbero sara saranno sarebbe sarebbero besides else oltre yes nulla niente nothing probabilmente probably likely maybe perhaps possibly right tanto again svolto svolta svolti svolte svolgere svolge held tenuto tenuta tenuti happening succede succedendo succedera accade going month mese anything known puo possono potrebbe one claim claims affermazione mean meaning significa significato dire dirmi dici vorrei potresti puoi sapresti wonder wondering curious rende rendono reso tipo genere
sorta special notable speciale particolare entra centra definito defined summarize summarise riassumi confermi confermate confermare confermato verifichi verificato recently currently nowadays today officially basically supposedly reportedly allegedly approximately
roughly precisely recentemente ultimamente ufficialmente precisamente esatta esatto oggi adesso
deve devono doveva dovevano dovrebbe dovrebbero dovra dovranno dovesse dovessero should
successe successero accadde accaddero avvenne avvennero fecero occurred occur occurs sott senz tutt
unless whether very such even quindi pero tuttavia cosi allora poi finche poiche siccome
successa successi accaduta accaduti accadute aboard onboard
""".split())

# Prepositions and verb particles ("set off", "contro"): one no fact uses is no reason to abstain, as the facts
# say the relation in words of their own; one a fact uses counts as any word ("voted against").
PARTICLES = frozenset("""
off up away onto upon across along around toward towards against via
contro presso tramite mediante attraverso
avvenuta avvenuti avvenute
""".split())


# Cardinal number words: a claim's number that no fact uses ("dieci gol") may be a wrong detail.
NUMBER_WORDS = frozenset(NUMBER_VALUES) - {"zero", "sedici", "diciassette", "diciotto", "diciannove", "quattordici",
                                          "sixteen", "seventeen", "eighteen", "nineteen", "milione"}
# Nouns that count anyone or anything ("how many people", "quanta gente"): any unit of people or of times may
# answer them.
# The forms of "to be" that say nothing of their own ("Who was...?", "too faint to be seen").
BEING = frozenset({"is", "was", "were", "are", "be", "been", "e", "era", "erano", "sono", "fu", "furono", "stato",
                   "stata", "essere"})
ANYONE = frozenset({"people", "persons", "persone", "gente", "folks", "guys", "times", "volte", "things", "cose", "men",
                    "uomini"})

# Everyday shorthand of chat and notes, and a question word run on with its "'s" ("whats"): the word meant.
SHORTHAND: dict[str, str] = {
    "ppl": "people", "pple": "people", "whats": "what", "whos": "who", "hows": "how", "wheres": "where",
    "whens": "when", "thats": "that", "cuz": "because", "coz": "because", "thru": "through",
    "yrs": "years", "hrs": "hours", "mins": "minutes", "govt": "government", "approx": "approximately",
    "xke": "perche", "xche": "perche", "perke": "perche", "cmq": "comunque", "nn": "non", "qnd": "quando",
    "qndo": "quando", "didnt": "did", "dont": "do", "doesnt": "does", "wasnt": "was", "werent": "were", "isnt": "is",
    "couldnt": "could", "wouldnt": "would", "hadnt": "had", "hasnt": "has",
}
# The noun of most counts, whose slips ("peple", "poeple") are the commonest unknown word of a count.
PEOPLE = "people"

# Words that count no one: a claim that "nobody died" states a count of 0, which the facts may correct.
NOBODY = frozenset({"nobody", "nessuno", "nessuna"})
# The forms of "to last" that ask how long something lasted, and the word the question is given for them, which a
# fact that is a count of time says by being one.
LASTING_WORD = "duration"
LASTED = frozenset({"lasted", "lasts", "durato", "durata", "durati", "durate", "durare", "duro", "durarono", "durava",
                    "duravano", "durano"})
# Words that open a question whose later 'when' or 'where' after a noun or verb only starts a clause ("Was she 20 when
# she ran?", "Che musica suonò la banda quando vide le fiamme?"), besides the wh-words. Not "è", which folds to "and".
CLAUSE_OPENERS = frozenset({"che", "quanti", "quante", "quanto", "quanta", "was", "were", "is", "are", "did", "does", "do",
                            "has", "had", "have", "fu", "furono", "era", "erano"})

# Expressions whose words mean little apart ("running out", "a lot"): each is read as one word
# before anything else, so that "Is the city running out of water?" asks about a shortage.
PHRASES: dict[tuple[str, ...], str] = {
    # Frames of a claim ("I read that...", "Mi hanno detto che..."): what follows is to be checked.
    ("i", "read", "that"): "claim", ("i", "heard", "that"): "claim", ("someone", "told", "me"): "claim",
    ("somebody", "told", "me"): "claim", ("i", "was", "told"): "claim", ("they", "told", "me"): "claim",
    ("is", "it", "accurate", "that"): "claim", ("is", "it", "correct", "that"): "claim",
    ("is", "it", "right", "that"): "claim", ("it", "is", "said", "that"): "claim", ("i", "heard"): "claim",
    ("mi", "hanno", "detto", "che"): "claim", ("ho", "letto", "che"): "claim", ("ho", "sentito", "che"): "claim",
    ("si", "dice", "che"): "claim", ("qualcuno", "mi", "ha", "detto", "che"): "claim", ("dicono", "che"): "claim",
    ("e", "corretto", "dire", "che"): "claim", ("e", "giusto", "dire", "che"): "claim",
    ("risulta", "che"): "claim", ("ho", "sentito", "dire", "che"): "claim", ("i", "ve", "read", "that"): "claim",
    ("running", "out"): "shortage", ("run", "out"): "shortage", ("runs", "out"): "shortage",
    ("ran", "out"): "shortage", ("running", "low"): "shortage", ("a", "lot"): "often", ("lots", "of"): "many",
    ("get", "together"): "meet", ("got", "together"): "met", ("big", "deal"): "important",
    ("take", "power"): "power",
    ("fatto", "sapere"): "detto", ("far", "sapere"): "detto",
    ("a", "corto"): "carenza", ("short", "of"): "shortage",
    ("in", "mente"): "idea", ("in", "mind"): "idea",
    ("set", "foot"): "visited", ("sets", "foot"): "visited",
    ("said", "to", "be"): "rumoured",
    ("sum", "up"): "describe", ("summed", "up"): "describe",
    ("in", "line", "with"): "", ("piu", "o", "meno"): "",
    ("si", "e", "detto"): "", ("si", "e", "detta"): "", ("si", "sono", "detti"): "detti",
    ("roll", "out", "the", "red", "carpet"): "welcome", ("red", "carpet"): "welcome", ("sat", "down"): "met",
    ("sit", "down"): "meet", ("fire", "back"): "replied", ("fired", "back"): "replied", ("shot", "back"): "replied",
    ("ai", "tempi", "di"): "",
    ("ai", "tempi", "dell"): "", ("ai", "tempi", "della"): "", ("at", "the", "time", "of"): "",
    ("in", "the", "days", "of"): "", ("so", "far"): "",
    ("is", "home", "to"): "", ("home", "to"): "", ("alla", "fine"): "", ("in", "the", "end"): "",
    ("end", "up"): "", ("quei", "due"): "", ("questi", "due"): "", ("those", "two"): "", ("these", "two"): "",
    ("get", "out", "of"): "leaves", ("gets", "out", "of"): "leaves",
    ("come", "back", "with"): "replied", ("came", "back", "with"): "replied", ("low", "on"): "shortage",
    ("in", "soldoni"): "", ("si", "parlava", "di"): "rumoured",
    ("si", "parlava"): "rumoured",
    ("fuori", "dal", "paese"): "estero", ("fuori", "dal", "suo", "paese"): "estero",
    ("out", "of", "the", "country"): "abroad", ("in", "tutto"): "", ("in", "total"): "", ("in", "all"): "",
    ("speed", "up"): "accelerated", ("speeds", "up"): "accelerated", ("sped", "up"): "accelerated",
    ("years", "apart"): "years", ("anni", "di", "distanza"): "anni",
    ("wish", "list"): "wish", ("relative", "to"): "", ("rispetto", "a"): "", ("rispetto", "al"): "",
    # "get to be" is become, which asks nothing; "get to" is going somewhere.
    ("get", "to", "be"): "", ("got", "to", "be"): "", ("getting", "to", "be"): "",
    ("get", "to"): "travel", ("got", "to"): "travel", ("getting", "to"): "travel", ("took", "place"): "held", ("take", "place"): "held", ("takes", "place"): "held", ("taken", "place"): "held",
    ("at", "war"): "war",
    # Verbs of a particle, read as the one verb they mean ("pass away": died).
    **{(verb, "away"): "died" for verb in ("pass", "passed", "passes", "passing")},
    **{(verb, "off"): "left" for verb in ("head", "heads", "headed", "heading")},  # (not "set off": also "trigger")
    **{(verb, whose, life): "died" for verb in ("lose", "loses", "lost", "losing")
       for whose in ("their", "his", "her", "its", "our", "your", "my") for life in ("life", "lives")},
    **{(verb, "la", "vita"): "morirono" for verb in ("perse", "persero", "perso", "persa", "persi", "perdono",
                                                     "perdere")},
    **{(verb, "off"): "began" for verb in ("kick", "kicks", "kicked", "kicking")},
    **{(verb, "off", "the", "rails"): "derailed" for verb in ("come", "comes", "came", "go", "goes", "went")},
    # Pointing at the source rather than asking ("the article says...", "ho letto che..."): nothing.
    **{tuple(p.split()): "" for p in (
        "the article says", "article says", "the article said", "the piece says", "the story says",
        "the report says", "the text says", "it says", "they say", "the article mentions", "the piece mentions",
        "the story mentions", "the article calls", "does the article say", "does the story mention",
        "does the piece say", "does the article mention", "i read",
        "according to the article", "according to the report", "according to the piece", "in the story",
        "in the article", "in the piece", "the piece mentions", "l articolo dice che", "l articolo dice",
        "articolo dice", "il testo dice", "testo dice", "nel pezzo", "nell articolo", "nel testo",
        "secondo l articolo", "ho letto", "il pezzo cita",
        "l articolo parla di", "l articolo cita", "nel pezzo si parla di", "si parla di", "parlano di",
        "il pezzo", "l articolo", "the article", "the piece", "the story")}, ("in", "guerra"): "guerra", ("senza", "sosta"): "often",
}

# Parts of the day, which only say which half of the day a clock time is in ("alle 3:27 del pomeriggio").
DAY_PARTS = frozenset({"pomeriggio", "mattina", "mattino", "sera", "notte", "morning", "afternoon", "evening", "night"})

# How someone travels, in either language: a claim "by plane" is corrected by a fact that says "by train".
MEANS_OF_TRAVEL: dict[str, str] = {
    **dict.fromkeys(("train", "trains", "treno", "treni", "rail"), "train"),
    **dict.fromkeys(("plane", "planes", "airplane", "aeroplane", "aereo", "aerei", "aircraft"), "plane"),
    **dict.fromkeys(("car", "cars", "auto", "automobile", "macchina"), "car"),
    **dict.fromkeys(("ship", "ships", "boat", "boats", "nave", "navi", "barca", "traghetto", "ferry"), "ship"),
    **dict.fromkeys(("helicopter", "elicottero"), "helicopter"),
    **dict.fromkeys(("bicycle", "bike", "bicicletta", "bici"), "bicycle"),
}
# The part of a year or month a date is in ("at the end of 2011", "all'inizio di luglio"), and a date's qualifier.
PARTS_OF_TIME: dict[str, str] = {
    **dict.fromkeys(("beginning", "start", "early", "inizio", "inizi", "primi"), "start"),
    **dict.fromkeys(("middle", "mid", "meta"), "mid"),
    **dict.fromkeys(("end", "late", "fine", "ultimi"), "end"),
}
QUALIFIER_PARTS = {"start": "start", "early": "start", "mid": "mid", "end": "end", "late": "end"}

# Units of time: a count in them is a duration.
TIME_UNITS = frozenset({"years", "year", "anni", "anno", "months", "month", "mesi", "mese", "days", "day", "giorni",
                        "giorno", "weeks", "week", "settimane", "settimana", "hours", "hour", "ore", "decades",
                        "decenni", "minutes", "minute", "minuti", "minuto", "seconds", "secondi", "centuries",
                        "century", "secoli", "secolo"})


# Nouns that ask a question of their own in one word: "Ada's birthplace" asks the place where she was born.
# (A noun that guesses the kind, not "where": that would be a relative clause after "What was...".)
ASKING_NOUNS: dict[str, tuple[str, ...]] = {
    "birthplace": ("born", "place"), "birthday": ("born", "date"), "deathplace": ("died", "place"),
}


# Phrases that ask about something no single word names: the implied word joins the topic,
# so "How old is Rossi?" needs a fact about an age, not any count of years.
IMPLIED_PHRASES = ((("how", "old"), "age"), *((("quanti", "anni", verb), "age") for verb in (
    "ha", "hanno", "aveva", "avevano", "ebbe", "compie", "compiva", "compiuto")),
    # "Che tempo faceva?" asks the weather, not a time ("tempo fa", some time ago, is no such past form).
    (("tempo", "faceva"), "meteo"), (("tempo", "fece"), "meteo"), (("tempo", "facesse"), "meteo"))
# The words so implied are what the question asks for: never one to let pass unknown.
IMPLIED = frozenset(word for _, word in IMPLIED_PHRASES)

# Words that ask about the present, or tell of it.
NOW_WORDS = frozenset({"now", "today", "nowadays", "currently", "presently", "oggi", "ora", "adesso", "attualmente",
                       "oggigiorno", "tuttora"})
# Words by which a fact says something lasts to the present ("still used", "rimane").
STILL_WORDS = frozenset({"still", "ancora", "remains", "rimane", "resta"})


# The question words a slip of two neighbouring letters is read back to ("waht", "whne", "hwo", "qaundo").
_SWAPPABLE = frozenset({"what", "when", "where", "which", "who", "how", "why", "quando", "quanti", "quante", "quanto",
                        "quale", "quali", "dove", "come", "cosa", "chi", "perche"})


def unswapped(word: str) -> str | None:
    """The question word a word is with two neighbouring letters swapped ("waht": "what"); None where it is none,
    or may be two ("hwo": "how" or "who")."""
    found = {w for i in range(len(word) - 1) if (w := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in _SWAPPABLE}
    return found.pop() if len(found) == 1 and word not in found else None


# The participle of "essere" ("sono stati", "è stata"), which after a form of essere only makes a tense; elsewhere
# the same word is the noun ("lo stato", "gli stati membri").
_BEEN = frozenset({"stato", "stata", "stati", "state"})
_ESSERE = frozenset({"e", "sono", "era", "erano", "fu", "furono", "sia", "siano", "fosse", "fossero", "sara",
                     "saranno", "sarebbe", "sarebbero", "essere", "esser"})


def without_been(toks: list[str]) -> list[str]:
    """The words less each participle of "essere" that follows a form of essere: "Quanti sono stati i morti?"
    counts the dead, not states."""
    return [w for i, w in enumerate(toks) if not (w in _BEEN and i and toks[i - 1] in _ESSERE)]

"""What a fact says against a claim besides its details: another number for the count's own unit, an outcome
that excludes the claim's, a negation of the claim's words, or the claim's event only as a possibility."""

from __future__ import annotations

import re
from itertools import takewhile

from factcli.ask.details import MULTIPLIERS
from factcli.ask.question import Question
from factcli.ask.words import BEING, FILLER
from factcli.core.model import LANGS, CountValue, Fact, value_texts
from factcli.core.numbers import NUMBER_VALUES, ORDINALS, according_to, bound_before, number_of, ordinal_at, readings
from factcli.core.text import STOPWORDS, fold, fold_written, irregular_stems, stem, terms, words
from factcli.index.lemmas import in_dictionary
from factcli.index.read import Index
from factcli.index.synonyms import synonyms


def counted_otherwise(fact: Fact, q: Question) -> bool:
    """Whether the claim puts another number beside the unit of the fact's exact count ("rated level 7" of a
    count of level 5, whose statement also has "a seven-point scale"): that number is the count's, and wrong."""
    value = fact.value
    if not isinstance(value, CountValue) or value.qualifier is not None or any(
            bound_before(fold(fact.statement.get(lang) or ""), float(value.number)) for lang in LANGS):
        return False  # (a count its statement bounds, "more than fifty", is judged by the bound)
    unit = {stem(w) for lang in LANGS for w in words(value.unit.get(lang)) if w not in STOPWORDS}
    # A unit that scales its number ("30", "million lire") counts 30 million.
    first = words(value.unit.get("en") or value.unit.get("it"))[:1]
    scaled = MULTIPLIERS.get(first[0], 1.0) if first else 1.0
    # ("3,184" and "98.6" are one number each; "magnitude-4" names a sort, not a count.)
    toks = [fold_written(m.group()) for m in _WRITTEN.finditer(q.text) if q.text[m.start() - 1:m.start()] != "-"]
    toks = ["" if len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2100 else t for t in toks]  # a year dates
    # A claim rounds ("10 ounces" of 10.5): only a number more than 5 % off is another.
    low, top = 0.95 * scaled * value.number, 1.05 * scaled * (value.max if value.max is not None else value.number)
    for i, tok in enumerate(toks):
        if tok in MULTIPLIERS and i and _number(toks[i - 1]):
            continue  # the scale of the number before it ("eighty million")
        # ("eighty million trees": the number is 80,000,000 and its unit comes after the scale.)
        scale, after = (MULTIPLIERS[toks[i + 1]], i + 2) if toks[i + 1:i + 2] and toks[i + 1] in MULTIPLIERS else (1.0, i + 1)
        numbers = {n * scale for n in _number(tok)}
        if numbers and {stem(w) for w in (*toks[i - 1:i], *toks[after:after + 1])} & unit and not any(
                low <= n <= top or bound_before(fold(q.text), n) for n in numbers):
            return True  # (a bound, "more than five trips", is judged as one elsewhere)
    return False


def _number(tok: str) -> set[float]:
    """The numbers a folded token may be: in digits ("3,184", "98.6") or a word ("nine", "nove")."""
    if tok[:1].isdigit():
        return {n for n in readings(tok) if isinstance(n, float)}
    return {n} if (n := number_of(tok)) is not None else set()


_WRITTEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


# Outcomes that exclude each other, in both languages: a fact that tells one contradicts a claim of the other
# ("Was the house destroyed?" of "the house was spared").
_OPPOSITES = (
    ("destroy destroyed destroys destruction burned burnt razed distrutto distrutta distrutti distrutte distrusse "
     "distrussero bruciato bruciata bruciati bruciate brucio bruciarono incendiato incendiata",
     "saved spared survived survive escaped intact unharmed undamaged scampo scampato scampata risparmiato risparmiata risparmiati risparmiate "
     "salvato salvata salvati salvate salvo salvarono sopravvisse sopravvissuto sopravvissuta intatto intatta"),
    ("convicted condemned guilty condannato condannata condannati condanno condannarono colpevole",
     "acquitted discharged innocent assolto assolta assolti assolse assolsero prosciolto prosciolta prosciolti prosciolse "
     "prosciolsero innocente"),
    ("accepted approved accettato accettata approvato approvata approvarono accetto",
     "rejected refused respinto respinta respinse rifiutato rifiutata rifiuto"),
    ("stop stopped halt halted suspend suspended fermare fermato fermata fermo sospeso sospesa sospesi sospese "
     "interrotto interrotta interruppe",
     "resume resumed restarted continued ripreso ripresa ripresi riprese ripresero proseguito proseguirono"),
    ("single unico singolo singola", "double doppio doppia twin"),
    ("success successful succeeded triumph successo trionfo riuscito riuscita",
     "failure fiasco flop failed fallimento insuccesso fallito fallita"),
    ("young younger youngest giovane giovani giovanissimo giovanissima",
     "older oldest elder eldest anziano anziana anziani vecchio vecchia primogenito primogenita"),
    ("male maschio maschi maschile", "female femmina femmine femminile"),
    # (Not "estate", an English word too.)
    ("summer estivo estiva estivi estive", "winter inverno invernale invernali"),
    # (Not "nord", "sud", "est": parts of names, "Polo Nord", "Sud Africa".)
    ("east eastern orientale orientali", "west western occidentale occidentali"),
    ("north northern settentrionale settentrionali", "south southern meridionale meridionali"),
)
_LISTED = frozenset(w for pair in _OPPOSITES for side in pair for w in side.split())


def _stem_pairs(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each pair of word lists as the stems of its two sides, as `_excluded` compares them."""
    return tuple((frozenset(map(stem, one.split())), frozenset(map(stem, other.split()))) for one, other in pairs)


_OPPOSITE_STEMS = _stem_pairs(_OPPOSITES)
# Medals, and the metals they are named after, exclude each other too; but a claim's metal no fact names is no
# outcome to let pass (a cargo of gold is no medal).
_METALS = ("gold oro", "silver argento", "bronze bronzo")
_EXCLUDING_STEMS = _OPPOSITE_STEMS + _stem_pairs(tuple((one, other) for i, one in enumerate(_METALS)
                                                      for other in _METALS[i + 1:]))
# The dead and the living, the dead and the injured: what a question counts or asks of one, a fact of the other
# does not answer. (Not for a
# claim: a fact tells who survived in many other words, "made a full recovery".)
_OUTCOMES = (*_OPPOSITE_STEMS, (
    frozenset(map(stem, "died dead death deaths killed perished fatalities morto morta morti morte morirono mori "
                        "uccisi uccise uccisero deceduti perirono".split())),
    frozenset(map(stem, "survived survivors survivor survive sopravvissuti sopravvissute sopravvissuto sopravvissuta "
                        "sopravvissero sopravvisse superstiti".split()))), (
    # (Nor are the injured the dead: "How many were injured?" is not the toll.)
    frozenset(map(stem, "died dead death deaths killed perished fatalities morto morta morti morirono "
                        "uccisi uccise deceduti perirono".split())),
    frozenset(map(stem, "injured injuries injury wounded hurt feriti ferite ferito ferita".split()))))
# Prefixes that make a word its opposite ("unavailable", "indisponibile").
_OPPOSING = ("un", "in", "im", "il", "ir", "dis")


# English words of the pairs that Italian writes with another meaning ("andato male": badly).
_OTHER_IN_ITALIAN = frozenset({"male"})


def _claimed(q: Question) -> set[str]:
    """The stems of a question's words that may tell an outcome (not an English word in an Italian question)."""
    # (Nor a filler word that only shares a stem with one: "cosa successe" asks what happened, not of a success.)
    return {stem(w) for w in q.words if w not in STOPWORDS and (w not in FILLER or w in _LISTED) and len(w) > 3
            and not (q.lang == "it" and w in _OTHER_IN_ITALIAN)}


def has_opposite(word: str, lang: str) -> bool:
    """Whether a folded word tells an outcome another excludes ("condanno": "assolse")."""
    return not (lang == "it" and word in _OTHER_IN_ITALIAN) and any(
        stem(word) in side for pair in _OPPOSITE_STEMS for side in pair)


def outcome_unsaid(index: Index, fact: Fact, q: Question) -> bool:
    """Whether the claim tells an outcome with an opposite ("convicted") in a word no fact uses, let pass for
    its opposite, and the fact tells it neither way: it cannot confirm that ("Was the captain convicted?" of a
    fact of his arrest)."""
    if NEGATIONS & set(q.words):
        return False  # "not a success", "senza successo": the other outcome, said in the first one's word
    claimed = {c for c in _claimed(q) if not index.has_term(c)}
    said = {stem(w) for lang in LANGS for w in words(fact.statement.get(lang))}
    # (Not of surviving or being destroyed, which facts tell in many other words: "made a full recovery".)
    return any(claimed & side and not said & (one | other) for one, other in _OPPOSITE_STEMS[1:]
               for side in (one, other))


def opposes(fact: Fact, q: Question) -> bool:
    """Whether the fact tells the opposite of a word of the claim, and never the word itself: an outcome that
    excludes it ("spared" of "destroyed") or the word behind a negating prefix ("unavailable" of "available")."""
    claimed = _claimed(q)
    statement = fact.statement.get(q.lang)
    said = {stem(w) for w in words(statement)}
    # (An outcome said behind a negation is not told, its opposite is: "a verdict of not guilty" tells acquittal.)
    negated = _denied_in([statement])
    told = (said - negated).union(*(other for one, other in (*_EXCLUDING_STEMS, *((b, a) for a, b in _EXCLUDING_STEMS))
                                    if negated & one))
    return _excluded(claimed, told, _EXCLUDING_STEMS) or any(p + c in said for c in claimed - said for p in _OPPOSING)


def _excluded(asked: set[str], said: set[str], pairs: tuple[tuple[frozenset[str], frozenset[str]], ...]) -> bool:
    """Whether the stems said tell only the outcome of a pair that excludes the one the stems asked tell."""
    return any(asked & side and not asked & against and said & against and not said & side
               for one, other in pairs for side, against in ((one, other), (other, one)))


def tells_the_opposite(fact: Fact, q: Question) -> bool:
    """Whether the fact tells only the outcome that excludes the one a question asks about ("How many survived?"
    of a fact that counts the dead)."""
    if NEGATIONS & set(q.words):
        return False  # "without success" asks of the other outcome in the first one's word
    said = {stem(w) for lang in LANGS for w in words(fact.statement.get(lang))}
    return _excluded(_claimed(q), said, _OUTCOMES)


# Words that put what follows as possible, not as what happened ("the fear that the tank might explode").
_HEDGES = frozenset({"might", "perhaps", "possibly", "potesse", "potessero", "potrebbe", "potrebbero", "forse",
                     # (What was meant to happen: "who had planned to attend, died the day before".)
                     "planned", "planning", "intended", "intending", "hoped", "hoping", "previsto", "prevedeva",
                     "intendeva", "sperava", "progettato", "progettava"})
# A claim with one of these tells of what was possible itself ("told him he could get 1,400").
_CLAIM_HEDGES = _HEDGES | {"could", "would", "poteva", "potevano", "possible", "possibile", "plan", "intend", "hope"}


def hedged(fact: Fact, q: Question) -> bool:
    """Whether the fact says a word of the claim only as possible: right after a hedge ("might explode",
    "potesse esplodere"), wherever it says it; or every word of it only in what a denied verb leaves open
    ("failed to prove that the owners knew"); never for a claim that hedges itself."""
    if _CLAIM_HEDGES & set(q.words):
        return False
    plain = {s for w in q.words if w not in STOPWORDS and not w.isdigit() and len(w) > 2
             for s in (stem(w), *irregular_stems(w))}  # ("esploso" is said as "esplodere")
    toks = words(fact.statement.get(q.lang))
    # What a denied verb says of a clause ("failed to prove that the owners knew"): not said to be so, nor not.
    unsaid = {j for i, tok in enumerate(toks) if tok in NEGATIONS
              for k in range(i + 1, min(i + 5, len(toks))) if toks[k] in ("that", "che") for j in range(k + 1, len(toks))}
    places: dict[str, list[bool]] = {}
    left_open: dict[str, list[bool]] = {}
    for i, tok in enumerate(toks):
        if stem(tok) in plain:
            places.setdefault(stem(tok), []).append(bool(_HEDGES & set(toks[max(0, i - 2):i])))
            left_open.setdefault(stem(tok), []).append(i in unsaid)
    return any(all(said) for said in places.values()) or (bool(left_open) and all(all(said) for said in left_open.values()))


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def tied_counts(value: CountValue, text: str) -> set[float | str]:
    """The numbers of a claim that count what the count counts: each followed, before another number, by a word
    of its unit or of what it counts ("three of the fingers"), not those of something else beside it."""
    unit = {t for b in (value.unit, value.counted) if b for said in (b.it, b.en) for t in terms(said)}
    toks = [fold(t) for t in _TOKEN.findall(text)]
    out: set[float | str] = set()
    for i, tok in enumerate(toks):
        if not (tok[0].isdigit() or tok in NUMBER_VALUES):
            continue
        after = list(takewhile(lambda t: not (t[0].isdigit() or t in NUMBER_VALUES) or t in MULTIPLIERS,
                               toks[i + 1:i + 6]))
        if {t for w in after for t in terms(w)} & unit:
            found = readings(tok) if tok[0].isdigit() else {float(NUMBER_VALUES[tok])}
            scale = MULTIPLIERS.get(after[0], 1) if after else 1
            out |= {float(v) * scale for v in found}
    return out


# Words that say no to the word after them; "not only" adds instead.
# (And "failed to reach", "without leaving", "senza aver lasciato": what follows did not happen.)
NEGATIONS = frozenset({"not", "never", "no", "instead", "rather", "non", "mai", "invece", "anziche", "nessun",
                        "nessuno", "nessuna", "neither", "nor", "failed", "unable", "without", "senza", "lack", "lacked",
                        "lacking", "lacks", "mancanza", "privo", "priva", "privi", "prive"})

# Words that open a clause of its own, past which a negation does not reach ("failed to prove that the owners
# knew": the owners are not denied).
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "whether", "because", "che", "cui", "quale",
                             "perche", "poiche"})
_WITHOUT = frozenset({"without", "senza"})
# "Except" denies what it leaves out, as "without" does: "open every day except Sunday" is not open on Sunday.
_EXCEPT = frozenset({"except", "tranne", "eccetto", "fuorche"})
_AUXILIARIES = frozenset({"having", "aver", "avere", "esser", "essere", "being"})
_TOO = frozenset({"too", "troppo", "troppa", "troppi", "troppe"})


def denies(index: Index, fact: Fact, q: Question) -> bool:
    """Whether the fact says no to what the claim says ("forged instead of cast", "never found liable"): in the
    claim's language, a word of the claim, or one the file's vocabulary gives for it ("victims": "hurt"), is
    among the first two words after a negation, and the claim negates nothing itself."""
    plain = [w for w in q.words if w not in STOPWORDS and not w.isdigit() and len(w) > 1]
    if NEGATIONS & set(q.words) or (_EXCEPT | {"apart"}) & set(words(q.text)) or not plain:
        return False  # (a claim that says no, or leaves something out, itself)
    # (A phrase the file's vocabulary reads as one, "naked eye", is also its words.)
    # (In any form of an irregular verb: "diresse" is denied by "non poté dirigere".)
    claimed = ({stem(w) for w in plain} | {stem(near) for w in plain for near, _ in synonyms(index, w, any_form=True)}
               | {stem(part) for w in plain if " " in w for part in w.split() if part not in STOPWORDS}
               | {t for w in plain for t in irregular_stems(w)})
    # (A negation reaches no further than its clause: "after the attempt had failed, Ada climbed it".)
    # (And in the fact's value, which may say it in the claim's words: "vectors not followed".)
    # ("non-nuclear" is a word of its own, which denies nothing after it.)
    texts = [re.sub(r"\bnon-", "non", text) for text in (fact.statement.get(q.lang), *value_texts(fact.value))]
    # ("Destroyed everything except the church" says the church survived: where the claim tells an outcome,
    # what is left out is not denied.)
    excepting = not _LISTED & set(q.words)
    return bool(claimed & _denied_in(texts, excepting))


def _denied_in(texts: list[str], excepting: bool = True) -> set[str]:
    """The stems the texts deny, clause by clause (a negation reaches no further than its clause)."""
    return set().union(*(_negated(words(part), excepting) for text in texts for part in re.split(r"[,;:()]", text)))


def _negated(toks: list[str], excepting: bool = True) -> set[str]:
    """The stems a clause denies: the first two words after a negation (or after "except", if `excepting`), or
    what "too ... to" says cannot be."""
    negated: set[str] = set()
    for i, tok in enumerate(toks):
        # ("not only" adds; "più che mai", "come mai", "se mai" deny nothing.)
        # ("No. 1487", "n. 5" number a thing.)
        denying = tok in NEGATIONS or (excepting and tok in _EXCEPT)
        if denying and toks[i + 1:i + 2] not in (["only"], ["solo"], ["soltanto"], ["just"]) and not (
                toks[i + 1:i + 2] and toks[i + 1].isdigit()) and not (
                tok == "mai" and i and (toks[i - 1] in ("che", "come", "se") or _EVER_AFTER & set(toks[max(0, i - 3):i]))):
            after = list(takewhile(lambda w: w not in _CLAUSE_OPENERS, toks[i + 1:i + 6]))
            content = [w for w in after if w not in STOPWORDS and not (tok in _WITHOUT | _EXCEPT and w in _AUXILIARIES)]
            negated |= {stem(w) for w in content[:_scope(tok, after, content)]}
        # "too faint to be seen", "troppo debole per essere visto": what follows the "to" is denied.
        elif tok in _TOO and (to := next((j for j in range(i + 2, min(i + 5, len(toks))) if toks[j] in ("to", "per")),
                                         None)) is not None:
            negated |= _what_cannot_be(toks[to + 1:to + 6])
        # "declined to put it out", "si rifiutarono di spegnerlo": what they would not do is denied.
        elif stem(tok) in _REFUSING and toks[i + 1:i + 2] in (["to"], ["di"]):
            negated |= _what_cannot_be(toks[i + 2:i + 7])
    return negated


def _scope(negation: str, after: list[str], content: list[str]) -> int:
    """How many content words a negation denies: two ("not found liable"), but one after "without" or "senza"
    unless it is a verb, which denies its object too ("senza lasciare rifornimenti"; "senza fermate da Chicago"
    still goes from Chicago)."""
    if negation not in _WITHOUT | _EXCEPT or not content:
        return 2
    first = content[0]
    verb = first.endswith(("ing", "are", "ere", "ire")) or bool(_AUXILIARIES & set(after[:after.index(first)]))
    # ("without lights or radio", "senza luci né radio": both are denied.)
    at = after.index(first)
    listed = after[at + 1:at + 2] in (["or"], ["nor"], ["o"], ["ne"])
    return 2 if verb or listed else 1


def _what_cannot_be(following: list[str]) -> set[str]:
    """The stems of the first two words after "to"/"di" that carry content, neither function words nor "be"."""
    return {stem(w) for w in [w for w in following if w not in STOPWORDS | BEING][:2]}


# The verbs of refusing, stemmed; a negation only before "to" / "di" ("the fire declined" is no refusal).
_REFUSING = frozenset(stem(fold(w)) for w in (
    "declined", "refused", "refusal", "rifiuto", "rifiutò", "rifiutarono", "rifiutato", "rifiutata", "rifiutati",
    "rifiutava", "rifiutavano", "rifiuta", "rifiutano"))


# After a superlative or a first, "mai" is "ever", no negation: "il più grave mai registrato", "il primo mai visto".
_EVER_AFTER = frozenset({"piu", "meno", "primo", "prima", "primi", "prime", "unico", "unica", "unici", "uniche",
                         "peggiore", "peggiori", "migliore", "migliori", "maggiore", "maggiori"})
# Words that make the next one a superlative ("the most intense", "il più costoso"), and superlatives of their own.
_MOST = frozenset({"most", "least", "piu", "meno"})
_IRREGULAR_MOST = frozenset({"worst", "best", "peggiore", "peggior", "migliore", "miglior"})
# (In Italian "più" ranks only after an article: "il più costoso"; "più costoso di" compares.)
_ARTICLES = frozenset({"il", "lo", "la", "i", "gli", "le", "l"})


def _superlatives(toks: list[str], lemma_dir: str | None) -> list[tuple[int, str]]:
    """Where a folded text says a superlative, with its stem: "deadliest", "worst", "most intense", "il più
    grave" (an "-est" word only where the word without it is one: not "protest")."""
    out = []
    for i, w in enumerate(toks):
        if w in _MOST and i + 1 < len(toks) and (w in ("most", "least") or _ARTICLES & set(toks[max(0, i - 3):i])):
            out.append((i, stem(toks[i + 1])))
        elif w in _IRREGULAR_MOST or (len(w) > 5 and w.endswith("est") and any(
                in_dictionary(base, lemma_dir) and len(base) > 2
                for base in (w[:-3], w[:-3] + "e", w[:-4] + "y", w[:-4]))):
            out.append((i, stem(w)))
    return out


def _ranked(toks: list[str], at: int) -> bool:
    """Whether an ordinal past the first stands just before a superlative ("the second-deadliest", "la seconda
    tempesta più costosa"; not "the third and strongest", which ranks two things)."""
    return any((rank := ordinal_at(toks, j)) is not None and rank > 1 and not {"and", "e", "or", "o"} & set(toks[j:at])
               for j in range(max(0, at - 2), at))


def outranked(index: Index, fact: Fact, q: Question) -> bool:
    """Whether a claim that something is the most of a kind ("the smallest on record", "il più costoso") is
    answered by a fact that ranks it second or lower in that very word ("the second-smallest")."""
    claimed = words(q.text)
    asked = {key for at, key in _superlatives(claimed, index.lemma_dir) if not _ranked(claimed, at)}
    said = words(fact.statement.get(q.lang))
    ranks = [(key, _ranked(said, at)) for at, key in _superlatives(said, index.lemma_dir) if key in asked]
    # (A fact that also says it unranked may rank it first in one field and second in another.)
    return any(ranked for _, ranked in ranks) and all(ranked for _, ranked in ranks)


def _placings(toks: list[str]) -> set[tuple[str, int]]:
    """The ranks an ordinal gives right after a word that is no function word, with that word's stem ("arrivò
    secondo", "finished third"): a placing, not "the second" nor "according to" ("secondo Rossi")."""
    return {(stem(toks[i - 1]), ORDINALS[toks[i]]) for i in range(1, len(toks)) if toks[i] in ORDINALS
            and toks[i - 1] not in STOPWORDS and not toks[i - 1].isdigit()
            and not according_to(toks, i)}


def placed_otherwise(fact: Fact, q: Question) -> bool:
    """Whether a claim places something by an ordinal after a word ("arrivò primo") where the fact, after that
    same word, gives another rank only ("arrivò secondo")."""
    claimed = _placings(words(q.text))
    if not claimed:
        return False
    told = {p for lang in LANGS for p in _placings(words(fact.statement.get(lang)))}
    return any(ranks and rank not in ranks for key, rank in claimed
               if (ranks := {r for k, r in told if k == key}))

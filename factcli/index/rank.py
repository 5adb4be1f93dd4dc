"""Ranking: turn free text into scored facts, and find the entities a text names.

Shared by search, when/where/count/quote and ask, over the one index.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcli.core.model import Fact
from factcli.core.numbers import same_number
from factcli.core.results import FactHit
from factcli.core.struct import field, mutable_record
from factcli.core.text import ARTICLES, STOPWORDS, dropped_letter, edit_distance, stem, terms, typo_budget, words
from factcli.index.read import Hit, Index, TermMatch, best_first, query_words
from factcli.index.summary import entities_with_name
from factcli.index.synonyms import synonyms

ENTITY_BONUS = 2.5
_STAND_INS = {"person": {"country"}, "country": {"person"}, "event": {"place"}}


@mutable_record
class Ranking:
    """The outcome of ranking a query: hits best first, and how each word matched."""

    hits: list[Hit]
    matches: list[TermMatch]
    entities: dict[str, list[str]] = field(default_factory=dict)  # entity id -> query words naming it


# Words that open a claim ("Claim: ..."): what follows is to be checked; never a slip for a name ("Clair").
_OPENERS = frozenset({"claim", "claims", "verifica", "verify", "fact", "check", "affermazione"})


def entities_in(index: Index, text: str, ignore: frozenset[str] = frozenset(),
                names: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Entities named in `text` by any name or alias, longest names first, single words with typos.

    `names` are words written as names (UN, Li): looked up even where they also are stopwords.
    """
    toks = words(text)
    used = [False] * len(toks)
    found: dict[str, list[str]] = {}
    for size in (5, 4, 3, 2, 1):
        # (Of names as long, one that does not open with an article first: "the Tay Bridge" names the bridge,
        # not "the Tay" before "Bridge".)
        for start in sorted(range(0, len(toks) - size + 1), key=lambda i: toks[i] in ARTICLES):
            if any(used[start:start + size]):
                continue
            gram = toks[start:start + size]
            if size == 1 and ((gram[0] in STOPWORDS and gram[0] not in names) or gram[0] in ignore):
                continue
            ents = entities_with_name(index, " ".join(gram))
            if not ents and size == 3 and gram[0] not in ARTICLES and entities_with_name(index, " ".join(gram[:2])) \
                    and not entities_with_name(index, " ".join(gram[1:])):
                # A compound's head comes last: "the Marcinelle mine disaster" is the Marcinelle disaster, not the mine.
                ents = entities_with_name(index, f"{gram[0]} {gram[2]}")
            if ents:
                for ent in ents:
                    found.setdefault(ent, []).extend(gram)
                used[start:start + size] = [True] * size
    _slipped_names(index, toks, used, found)
    single: list[tuple[str, str]] | None = None
    for i, tok in enumerate(toks):
        if used[i] or tok in STOPWORDS or tok in ignore or len(tok) < 4 or (i == 0 and tok in _OPENERS):
            continue
        if single is None:
            single = [(n, e) for n, e in index.names() if " " not in n]
        budget = typo_budget(tok)
        # A word the facts use is no slip for a name, only another form of it ("Italian": Italy; "cani", dogs,
        # is not Cagni).
        known = index.has_term(stem(tok))
        close = {e for n, e in single if (_slip_for(tok, n, budget) or (len(tok) == 4 and _doubled(n, tok)))
                 and (not known or _same_start(tok, n))}
        for ent in close:
            found.setdefault(ent, []).append(tok)
    # A name may mean another entity too, as the fact file says ("Lisbon wants...": Portugal wants); the
    # other comes right after it, as if the name named both, so a subject named first stays first.
    widened: dict[str, list[str]] = {}
    for ent, ws in found.items():
        widened.setdefault(ent, ws)
        entity = index.entity(ent)
        for other in entity.stands_for if entity is not None else ():
            widened.setdefault(other, list(ws))
    return widened



def _slipped_names(index: Index, toks: list[str], used: list[bool], found: dict[str, list[str]]) -> None:
    """Names of several words typed with a slip in one of them ("Mile Miglia", "Wilt Chamberlin"): the rest exact,
    and the slip a word of four letters or more within its typo budget. Marks the words used."""
    free = [i for i, tok in enumerate(toks) if not used[i] and tok not in STOPWORDS]
    if len(free) < 2:
        return
    multi = sorted(((n.split(), e) for n, e in index.names() if " " in n), key=lambda m: -len(m[0]))  # longest first
    for words_of_name, ent in multi:
        size = len(words_of_name)
        for start in range(len(toks) - size + 1):
            gram = toks[start:start + size]
            if any(used[start:start + size]):
                continue
            odd = [(t, w) for t, w in zip(gram, words_of_name) if t != w]
            # (Not another form of the name's word: an adjective of a country is no slip for the country.)
            if len(odd) == 1 and len(odd[0][0]) >= 4 and any(w not in STOPWORDS for w in words_of_name if w in gram) \
                    and not odd[0][0].startswith(odd[0][1]) and not odd[0][1].startswith(odd[0][0]) \
                    and _slip_for(odd[0][0], odd[0][1], max(1, typo_budget(odd[0][0]))):
                found.setdefault(ent, []).extend(gram)
                used[start:start + size] = [True] * size


def named_with_slips(index: Index, text: str) -> list[str]:
    """Entities one of whose names has every word of `text`, each with at most a slip ("wrigth": the Wright
    brothers, Wilbur Wright): for looking up an entity by hand, where a near name is worth listing."""
    wanted = words(text)  # every word, short ones too: "Ada Li" does not name "Ada Lu", nor "Li Wei" + "Ada Neri"
    if all(w in STOPWORDS for w in wanted):
        return []

    return sorted({e for n, e in index.names()
                   if all(any(_slip_for(t, w, typo_budget(t)) for w in n.split()) for t in wanted)})


def _same_start(word: str, name: str) -> bool:
    """Whether a word and a name differ only in their endings: all but the last letter of the shorter lead both."""
    short = min(len(word), len(name)) - 1
    return word[:short] == name[:short]


def _slip_for(tok: str, name: str, budget: int) -> bool:
    """Whether a typed word may be a name's word with a slip: within its typo budget, or a four-letter word with a
    letter left out; a slip keeps the first letter, as for other words ("morti" is no slip for the place Ortì).
    A word with a digit is no slip: "1938" in "the 1938 World Cup" is another year, not the 1934 one."""
    return name[:1] == tok[:1] and not any(c.isdigit() for c in tok + name) and ((abs(len(name) - len(tok)) <= budget and edit_distance(tok, name, budget) <= budget)
                                    or (len(tok) == 4 and dropped_letter(tok, name)))


def _doubled(name: str, tok: str) -> bool:
    """Whether `tok` is a three-letter name with one letter typed twice ("Kimm" for Kim)."""
    return len(name) == 3 and any(tok[:i] + tok[i + 1:] == name and tok[i] == tok[i - 1] for i in range(1, len(tok)))


def is_name(index: Index, text: str) -> bool:
    """Whether `text` is exactly the name or alias of some entity."""
    return bool(entities_with_name(index, text))


def related_entities(index: Index, ent: str) -> set[str]:
    """Entities of a kind that may stand for `ent` whose full name is part of one of `ent`'s names.

    A leader's alias may name the country they lead ("the President of Portugal", for
    Silva): a fact naming the country is, in part, about the leader.

    Only a person and a country stand for each other so, and an event for its place: a fact naming
    Silva is not about the Porto conference, nor one naming France about French Polynesia.
    """
    entity = index.entity(ent)
    if entity is None or entity.kind not in _STAND_INS:
        return set()
    out: set[str] = set()
    for name in entity.all_names():
        toks = words(name)
        for size in range(1, len(toks)):  # proper parts only: the whole name is `ent` itself
            for start in range(len(toks) - size + 1):
                gram = toks[start:start + size]
                if size > 1 or gram[0] not in STOPWORDS:
                    out.update(entities_with_name(index, " ".join(gram)))
    return {r for r in out - {ent} if (e := index.entity(r)) is not None and e.kind in _STAND_INS[entity.kind]}


def naming_groups(named: dict[str, list[str]]) -> dict[tuple[str, ...], set[str]]:
    """The words that name something in a query, each with every entity they may mean (entities_in's inverse)."""
    groups: dict[tuple[str, ...], set[str]] = {}
    for ent, ws in named.items():
        groups.setdefault(tuple(ws), set()).add(ent)
    return groups


def described(index: Index, groups: dict[tuple[str, ...], set[str]]) -> set[tuple[str, ...]]:
    """The groups of words that name their entities only by a description ("the volcano", "il capo della
    spedizione": an alias written without a capital), not by a name: they say what is meant, and may be
    what is asked ("Who was the expedition leader?")."""
    out = set()
    for ws, ents in groups.items():
        written = [name for ent in ents if (e := index.entity(ent)) is not None
                   for name in e.all_names() if tuple(words(name)) == ws]
        if written and all(name == name.lower() for name in written):
            out.add(ws)
    return out


def entry_term(index: Index, entry: str) -> str | None:
    """The index term a word of the vocabulary stands for: its stem; for several words ("Avio Linee Italiane",
    "miglior marcatore"), the rarest of them that the facts use, the one that tells their facts apart."""
    if " " not in entry.strip():
        return stem(entry)
    known = [t for t in terms(entry) if index.has_term(t)]
    return min(known, key=lambda t: len(index.postings(t)[0])) if known else None


def match_words(index: Index, qwords: Sequence[str]) -> list[TermMatch]:
    """How each query word matches the index: itself (typos allowed), or a synonym exactly."""
    out = []
    for word in qwords:
        tm = index.match_word(word)
        extra = dict(tm.matches)
        # Other forms' entries only for a word the facts do not use as it is: "hoped" is in a fact.
        for syn, sure in synonyms(index, word, any_form=tm.matches[:1] != ((tm.term, 1.0),)):
            term = entry_term(index, syn)
            if term is not None and term not in extra and index.has_term(term):
                extra[term] = sure
        if " " in word and not extra:
            # An entry of the vocabulary that names no word the facts use: its own words may be theirs.
            term = entry_term(index, word)
            if term is not None:
                extra[term] = 0.9
        for other in same_number(word):  # "9" finds "nine" and "nove", and the other way round
            if len(other) < 4 and not other.isdigit():
                continue  # a short number word's stem is another word's too ("ten": "tenuto")
            term = stem(other)
            if term not in extra and index.has_term(term):
                extra[term] = 1.0
        out.append(TermMatch(tm.word, tm.term, tuple(sorted(extra.items(), key=lambda kv: -kv[1]))))
    return out


def add_entity_bonus(index: Index, hits: dict[int, Hit], named: dict[str, list[str]],
                     candidates: set[int] | None, qwords: Sequence[str], types: Sequence[str] = ()) -> None:
    """Raise every candidate fact that concerns an entity the query names; its naming words count as matched."""
    for ent, ent_words in named.items():
        naming = index.naming(ent, types)
        counted = [w for w in ent_words if w in qwords]
        # Intersect in C first: an entity can be named in most facts of a large base.
        for n in (candidates.intersection(naming) if candidates is not None else naming):
            hit = hits.get(n)
            if hit is None:
                hits[n] = Hit(n, ENTITY_BONUS, set(counted))
            else:
                hit.score += ENTITY_BONUS
                hit.matched.update(counted)


def fact_hits(index: Index, hits: Sequence[Hit]) -> list[FactHit]:
    """The facts behind ranked hits, with their rounded scores and matched words."""
    facts = index.facts([h.n for h in hits])
    return [FactHit(f, round(h.score, 3), tuple(sorted(h.matched))) for f, h in zip(facts, hits)]


def as_hit(index: Index, fact: Fact, matched: set[str]) -> FactHit:
    """A fact found otherwise than by the ranking, as an answer (its relevance 1: it was chosen outright)."""
    return fact_hits(index, [Hit(index.fact_numbers([fact.id])[fact.id], 1.0, matched)])[0]


def rank(index: Index, text: str, *, types: Sequence[str] = (), candidates: set[int] | None = None,
         ignore: frozenset[str] = frozenset(), limit: int | None = None) -> Ranking:
    """Score facts against free text: term matches, plus a bonus for each entity the text names."""
    qwords = [w for w in query_words(text) if w not in ignore]
    matches = match_words(index, qwords)
    if types and candidates is not None:
        candidates = candidates & index.of_types(types)  # otherwise `types` alone narrows what is read
    hits = {h.n: h for h in index.score(matches, candidates, types)}
    named = entities_in(index, text, ignore)
    add_entity_bonus(index, hits, named, candidates, qwords, types)
    total = max(len(qwords), 1)
    for hit in hits.values():
        hit.score *= (len(hit.matched) / total) ** 2 if qwords else 1.0
    return Ranking(best_first((h for h in hits.values() if h.score > 0), limit), matches, named)

"""What a question says, read against the index: the entities it names, its words known and unknown,
and whether one unknown word may be let pass.

The first pass of `ask` (answer.py); what it reads is shared by the later ones as one `Reading`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from factcli.ask.against import has_opposite
from factcli.ask.causes import asking_verbs
from factcli.ask.claim_form import is_claim
from factcli.ask.compounds import unknown_compound_names
from factcli.ask.details import opening_names, unknown_names
from factcli.ask.fit import (
    capitalised,
    first_named,
    number_sort,
    part_of_a_name,
    places_named,
    variant_of_known,
    which_head,
)
from factcli.ask.question import KIND_TYPES, Question, as_written, count_heads
from factcli.ask.rerank import MEANS
from factcli.ask.swaps import AGENT_WORDS
from factcli.ask.words import ANYONE, DAY_PARTS, FILLER, IMPLIED, MEANS_OF_TRAVEL, PARTICLES
from factcli.ask.years import year_bounds
from factcli.core.clock import clock_time
from factcli.core.measures import spellings, unit_of
from factcli.core.months import MONTHS
from factcli.core.numbers import NUMBER_VALUES, according_to
from factcli.core.struct import record
from factcli.core.text import ANY_ARTICLES, ARTICLES, OF_WORDS, fold_written, stem, terms, words
from factcli.index.lemmas import is_lemma, italian_but_no_verb
from factcli.index.rank import entities_in, match_words, naming_groups
from factcli.index.read import Index, TermMatch

_WRITTEN_NUMBER = re.compile(r"\d+(?:[.,]\d+)+")
# "When will the next one be?": the facts tell what happened, never what is next.
_FUTURE = frozenset({"next", "prossimo", "prossima", "prossimi", "prossime", "upcoming"})
# Words no fact needs to use: filler, and prepositions the facts may say in words of their own.
_LET_PASS = FILLER | PARTICLES
# Words a place or a name follows ("at the", "al", "nel").
_BEFORE_A_NAME = ARTICLES | frozenset({"at", "in", "a", "an", "al", "allo", "alla", "nel", "nello", "nella", "dal",
                                       "dalla", "del", "della"})


@record
class Reading:
    """A question as read against the index, shared by every pass that follows."""

    q: Question
    topic: list[str]  # the question's topic words
    named: dict[str, list[str]]  # each entity named, with the question's words that name it
    groups: dict[tuple[str, ...], set[str]]  # the same words, with every entity they may mean
    titles: list[str]  # topic words that only come from a named entity's other names
    matches: list[TermMatch]  # each topic word with the index terms it matched
    term_of: dict[str, set[str]]  # the same, as sets of terms
    unknown: list[str]  # words no fact knows that matter
    plain_words: list[str]  # topic words that are not names nor filler: what the fact must say
    known_plain: list[str]  # the plain words some fact knows
    guessed: list[str]  # plain words known only through a typo-tolerant guess
    head: str | None  # the noun a which-question asks for
    types: tuple[str, ...]  # the value types a fact of the asked kind has (none: any)
    subjects: list[str]  # the entities named first
    asked_terms: set[str]  # every term the question's words may mean
    yes_no: bool  # a yes/no question or a claim to check
    wrong_numbers: set[str]  # the sorts of number (year, count, ordinal) a claim may have wrong
    pieces: frozenset[str] = frozenset()  # the leading words of a claim's written numbers ("3" of "3,000")


def _entity_words(index: Index, named: dict[str, list[str]], topic: list[str]) -> set[str]:
    """The question's words that belong to the entities it names, by the names used or their other names."""
    entity_words = {w for ws in named.values() for w in ws}
    # Words from a named entity's other names ("mayor" for Rossi) describe the entity, not the
    # fact asked for: every fact naming it "contains" them, so they cannot show a fact fits.
    for ent in named:
        entity = index.entity(ent)
        if entity is not None:
            entity_words |= {w for name in entity.all_names() for w in words(name)} & set(topic)
    return entity_words


def _unknown(index: Index, q: Question, matches: list[TermMatch], entity_words: set[str],
             helpers: set[str]) -> list[str]:
    """The words no fact knows that count against answering: not names, filler, or alternatives."""
    # "Auto o nave?": when one means of travel is known, the others asked about are alternatives.
    known_means = MEANS & {m.word for m in matches if m.known}
    # A year that bounds the time asked about ("prima del 1970") is a limit, not a word a fact must know.
    bounds = {str(year) for _, year in year_bounds(q.words)}
    # "How many people...?": a count of people may say them in its own words ("victims", "the dead").
    anyone = ANYONE if q.kind == "count" else frozenset()
    return [m.word for m in matches
            if not m.known and m.word not in entity_words and m.word not in _LET_PASS | anyone | helpers
            and m.word not in bounds
            # A month narrows a question the facts answer by the year; it still counts against coverage.
            and not (known_means and m.word in MEANS) and not (q.kind != "date" and m.word in MONTHS)
            and (len(m.word) >= 3 or m.word in q.names)] + unknown_compound_names(index, q.text) + \
        _other_numbered(index, q)


def _other_numbered(index: Index, q: Question) -> list[str]:
    """Numbered names no fact knows ("crew 6", "Apollo 13") where the facts know the same name with another
    number ("Crew-7"): another thing, never to be answered by the one the facts tell of."""
    numbered = [(a, b) for a, b in zip(q.words, q.words[1:]) if b.isdigit() and not a.isdigit() and len(a) > 1]
    if not numbered:
        return []
    names = {name for name, _ in index.names()}
    out = []
    for word, number in numbered:
        # (Or the start of a longer one: "STS-51-L" is no other number of "STS-26".)
        if f"{word} {number}" in names or any(n.startswith(f"{word} {number} ") for n in names):
            continue
        if any(n.startswith(f"{word} ") and n[len(word) + 1:].isdigit() for n in names):
            out.append(f"{word} {number}")
    return out


def _in_any_spelling(index: Index, m: TermMatch) -> TermMatch:
    """A unit no fact spells as the question does ("in miles") as the facts spell it ("123 mi")."""
    unit = unit_of(m.word) if not m.matches else None
    found = {t for w in spellings(unit) if index.has_term(t := stem(w))} if unit else set()
    return TermMatch(m.word, m.term, tuple((t, 0.9) for t in sorted(found))) if found else m


def _as_a_name(q: Question, m: TermMatch) -> TermMatch:
    """A number word written with a capital inside the name of something named ("the Tre Cime", "Seven Oaks")
    matches its own spelling only: there it counts nothing, and no fact's digit or translation is it."""
    if m.word not in NUMBER_VALUES or not as_written(q, m.word)[:1].isupper():
        return m
    own = set(terms(m.word))
    return TermMatch(m.word, m.term, tuple((t, s) for t, s in m.matches if t in own))


def read(index: Index, q: Question) -> Reading:
    """Read the question: entities named, words known and unknown, what it asks for."""
    # A part of the day only says which half of the day a clock time is in ("alle 3:27 del pomeriggio").
    clock = clock_time(q.text) is not None
    topic = [w for w in q.topic_words if not (clock and w in DAY_PARTS)]
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    naming_words = {w for ws in named.values() for w in ws}
    entity_words = _entity_words(index, named, topic)
    groups = naming_groups(named)
    # A word that needs no fact (a particle, filler) is never a slip for a fact's word ("contro" for "conte").
    # Nor is a name put somewhere ("arrestato a Roma") a slip for a common word ("room"): it is a place no fact knows.
    placed = places_named(q.text, wide=True) - entity_words
    # Nor is a word for anyone ("persone") a slip for another ("personale").
    matches = [TermMatch(m.word, m.term, ()) if (m.word in _LET_PASS | ANYONE or m.word in placed) and m.matches
               and m.matches[0][1] < 0.9 else _in_any_spelling(index, m) for m in match_words(index, topic)]
    matches = [_as_a_name(q, m) if m.word in naming_words else m for m in matches]
    unmatched = {m.word for m in matches if not m.known}
    # ("Secondo il governo, ...": "according to", which a fact may say as well, helps rank but need not be said.)
    helpers = passive_helpers(q.words) | {w for i, w in enumerate(q.words) if according_to(q.words, i)}
    unknown = _unknown(index, q, matches, entity_words, helpers)
    yes_no = q.kind == "entity" and not q.frame and (q.text.rstrip().endswith("?") or is_claim(q))
    # A claim's number written with a point or comma ("magnitude 7.2", "2,5 milioni") is one detail, which the
    # verdict weighs: its pieces ("7", "2") are not words the fact must say.
    written = [words(n) for n in _WRITTEN_NUMBER.findall(q.text)] if yes_no else []
    pieces = {w for ws in written for w in ws}
    # A known year only dates a where-question ("Where did the 2018 festival take place?"): places have no year.
    needless = FILLER | asking_verbs(q.words) | helpers
    # (A particle no fact uses is no word a fact must say: the facts say the relation in words of their own.)
    plain_words = [w for w in topic if w not in entity_words and w not in needless and w not in pieces
                   and not (q.kind == "location" and len(w) == 4 and w.isdigit() and w not in unmatched)
                   and not (w in PARTICLES and w in unmatched)]
    known_plain = [w for w in plain_words if w not in unknown]
    # A yes/no question or a claim ("Was this Rossi's first term?", "Claim: Rossi won six races")
    # is answered by the fact that says otherwise: a number no fact uses may be the wrong detail, when
    # the rest is all in a fact that states a number of that sort (a year, a count, an ordinal).
    return Reading(
        q=q, topic=topic, named=named, groups=groups, matches=matches, unknown=unknown, plain_words=plain_words,
        known_plain=known_plain, yes_no=yes_no,
        titles=[w for w in topic if w in entity_words - naming_words and w not in FILLER],
        term_of={m.word: {t for t, _ in m.matches} for m in matches},
        # Known only through a typo-tolerant guess (no exact form, no synonym): the answer itself must use it.
        guessed=[m.word for m in matches if m.word in plain_words and m.matches and m.matches[0][1] < 0.9],
        # "Which city...", "Quale ponte...": the thing asked for must be in the answer.
        head=which_head(q, entity_words) if q.kind == "entity" else None,
        types=KIND_TYPES[q.kind], subjects=first_named(q, named),
        asked_terms={t for m in matches for t, _ in m.matches} | {stem(w) for w in q.words if w not in q.frame},
        # (A piece no fact knows is already a wrong number of its own sort: "500,000" where the facts say 5,000,000.)
        wrong_numbers=(_wrong_details(index, q, unknown, yes_no) | ({"number"} if pieces - set(unknown) == pieces
                                                                    and pieces else set())
                       if known_plain or named else set()),
        # (Its leading piece is no number of its own: the "3" of "3,000" is no three.)
        pieces=frozenset(ws[0] for ws in written if len(ws) > 1))


def _wrong_details(index: Index, q: Question, unknown: list[str], yes_no: bool) -> set[str]:
    """The sorts of detail a claim may have wrong (a year, a count, an ordinal, a place): its words no fact
    knows that are numbers, or names of places; the fact that corrects it states a detail of that sort."""
    claim = is_claim(q)
    places = places_named(q.text, wide=True) if claim else set()
    sorts = {s for w in unknown if (s := number_sort(w))} if yes_no else set()
    # A means of travel no fact uses ("by plane"): the fact that corrects it says another ("by train").
    sorts |= {"means" for w in unknown if w in MEANS_OF_TRAVEL} if claim else set()
    # So is a unit no fact uses after a number ("105 feet long"): the fact that corrects it says another (metres).
    sorts |= {"quantity" for i, w in enumerate(q.words) if w in unknown and unit_of(w) is not None and i
              and (q.words[i - 1].isdigit() or q.words[i - 1] in NUMBER_VALUES)} if claim else set()
    # A name no fact knows ("... with Joe Biden", "a Chevrolet"): the fact that corrects it names another.
    names = unknown_names(index, q) if claim and unknown else frozenset()
    return sorts | {"place" for w in unknown if w in places} | {"name" for w in unknown if w in names and w not in places}


_NOUN_BEFORE = frozenset("""
the a an his her its their our my your this that these those some any no every each of for with by from in on at
which what whose first last only one two three second third other another to
il lo la l i gli le un uno una del dello della dei degli delle dell al allo alla ai agli alle all nel nello nella
nei negli nelle nell sul sullo sulla sui sugli sulle sull dal dallo dalla dai dagli dalle dall di da in con su
suo sua suoi sue loro questo questa quel quella che quale quali primo prima ultimo ultima altro altra s o or e and
""".split())


def _acts(q: Question, word: str) -> bool:
    """Whether an unknown word stands where a verb does, not where a noun does (after an article, a preposition,
    a possessive, a which-word): what happened may be said in other words, a thing asked about may not."""
    at = q.words.index(word) if word in q.words else -1
    return at > 0 and q.words[at - 1] not in _NOUN_BEFORE


def _everyday(index: Index, q: Question, word: str) -> bool:
    """Whether a word no fact uses may be an everyday word, one to let pass: no name (Oslo, one capitalised or
    opening the question), number, other form or part of a known name, nor a word that says what is asked
    ("next", an implied "age")."""
    return (word not in q.names and word not in capitalised(q.text) and not any(c.isdigit() for c in word)
            and not variant_of_known(index, word) and not part_of_a_name(index, q, word)
            and word not in _FUTURE and word not in IMPLIED and word not in opening_names(index, q.text))


def tolerates(index: Index, r: Reading, strict: bool) -> bool:
    """Decide whether one unknown word may be let pass (or a claim's numbers no fact uses)."""
    q, unknown, topic = r.q, r.unknown, r.topic
    # One everyday word no fact uses ("incredibly") is let pass when all the rest, two plain words at
    # least, is in the answer; a name (Oslo) or a number (2022) never is.
    # Nor is the first word of a who-question ("Chi è il ministro..."): it is who is asked for. The
    # first word of a what-question often only frames it ("What's the total of...", "What question...").
    tolerated = (not strict and len(unknown) == 1 and len(r.known_plain) >= 2
                 and not (q.kind == "entity" and topic and unknown[0] == topic[0] and {"who", "chi"} & q.frame)
                 and _everyday(index, q, unknown[0]) and not (is_claim(q) and (
                     _by_whom(q, unknown[0]) or _because_of(q, unknown[0])))
                 and not _counted(q, unknown[0]))
    # The numbers a claim may have wrong are let pass when they are all it has that no fact knows; a name no
    # fact knows and another wrong detail beside it are another event, not one the facts tell otherwise.
    another = bool({"name", "place"} & r.wrong_numbers) and bool(r.wrong_numbers - {"name", "place"})
    # A claim's one word no fact uses whose opposite a fact may say ("condannò" of a fact that says "assolse") is
    # let pass where the claim names what it is about: the verdict then weighs the opposite.
    opposite = not strict and is_claim(q) and len(unknown) == 1 and has_opposite(unknown[0], q.lang) and bool(r.named)
    runs = sum(1 for i, w in enumerate(q.words) if w in unknown and not (
        i and q.words[i - 1] in unknown and _of_the_name(index, q, i)))
    return tolerated or opposite or bool(r.wrong_numbers and len(r.wrong_numbers) == runs and not another)


def _counted(q: Question, word: str) -> bool:
    """Whether the word is what a how-many question counts, right after "how many" ("How many children died?"):
    a count of others (the dead) does not answer it; not a word for anyone ("guys"), but then the word after it,
    which says which of them are counted ("How many people died?": a count of people out of work does not)."""
    heads = count_heads(q)
    return q.kind == "count" and ((counted_noun(q) == word and word not in ANYONE) or (
        len(heads) == 2 and heads[0] in ANYONE and heads[1] == word))


# Words before the noun a how-many question counts that only qualify it ("how many different countries").
_QUALIFIERS = frozenset({"different", "other", "separate", "distinct", "more", "diversi", "diverse", "altri", "altre"})


def counted_noun(q: Question) -> str | None:
    """The noun right after "how many" ("mules" of "How many mules died?"); None where that word only qualifies
    one (a name's adjective, "Swiss"; an adverb, "badly"; "different") or there is none."""
    first = count_heads(q)[:1]
    if not first or first[0] in _QUALIFIERS or first[0].endswith("ly") or as_written(q, first[0])[:1].isupper():
        return None
    return first[0]


def _by_whom(q: Question, word: str) -> bool:
    """Whether the word is what a claim says did it, after a participle and "by" / "da" (an article between or
    not): the claim's very point, which a fact that does not say it cannot confirm ("caused by a storm"); not "da"
    after anything else ("fin da bambino")."""
    at = q.words.index(word) if word in q.words else -1
    by = at - 2 if at >= 2 and q.words[at - 1] in ANY_ARTICLES else at - 1
    return by >= 1 and q.words[by] in AGENT_WORDS and q.words[by - 1].endswith(("ed", "en", *_PARTICIPLE_ENDINGS))


# What says a cause follows: "because of", "due to", "a causa di", "per colpa di", "owing to".
_CAUSE_CUES = (("because", "of"), ("due", "to"), ("owing", "to"), ("a", "causa"), ("per", "colpa"), ("dovuto", "a"),
               ("dovuta", "a"))
# ("of" ends "because of", a cue of its own.)
_BEFORE_THE_CAUSE = frozenset({"al", "alla", "allo", "all", "ai", "agli", "alle"}) | OF_WORDS - {"of"} | ANY_ARTICLES


def _because_of(q: Question, word: str) -> bool:
    """Whether the word is the cause a claim gives, right after "because of", "due to", "a causa di" (a preposition
    or an article between or not): the claim's very point, which a fact that does not say it cannot confirm
    ("sank because of a typhoon" against a fact that it sank after a fire)."""
    toks = q.words
    at = toks.index(word) if word in toks else -1
    k = at - 1
    while k >= 0 and toks[k] in _BEFORE_THE_CAUSE and at - k <= 2:
        k -= 1
    return k >= 1 and (toks[k - 1], toks[k]) in _CAUSE_CUES


def _of_the_name(index: Index, q: Question, at: int) -> bool:
    """Whether the unknown word at `at` belongs to the unknown name before it as that name's common noun, the two
    after an article or a preposition ("at the Ariston theatre", "al teatro Ariston"), in its dictionary form
    (not a verb: "il Papa visitò")."""
    toks = q.words
    if at < 2 or toks[at - 2] not in _BEFORE_A_NAME:
        return False
    capital = {fold_written(w) for w in re.findall(r"\b[A-Z][\w']*", q.text)}
    pair = (toks[at - 1], toks[at])
    lower = [w for w in pair if w not in capital]
    return len(lower) == 1 and is_lemma(lower[0], index.lemma_dir)


def lets_a_verb_pass(index: Index, r: Reading, strict: bool) -> bool:
    """Decide whether the one unknown word of a question with a single known plain word may be let pass, as a verb
    the facts say in words of their own ("When did Gideon send his petition?" of a fact that he "mailed" it): only
    where a verb stands, not in a count, a who-question or a claim, whose verb says what is counted, asked or
    claimed; the answer must then stand clear of every other (answer.py)."""
    q, unknown = r.q, r.unknown
    return (not strict and len(unknown) == 1 and len(r.known_plain) == 1 and q.kind != "count" and not r.yes_no
            and bool(q.frame) and not {"who", "chi"} & q.frame and _acts(q, unknown[0]) and _everyday(index, q, unknown[0])
            and not italian_but_no_verb(unknown[0], index.lemma_dir))


# Italian "venire" as the helper of a passive ("venne inaugurata", "vennero messi"): no word of what happened. (Not
# before anything else: "veniva da Verona" tells where from.)
_PASSIVE_HELPERS = frozenset({"venne", "vennero", "viene", "vengono", "veniva", "venivano"})
_PARTICIPLE_ENDINGS = tuple(f"{v}{e}" for v in "aiu" for e in ("to", "ta", "ti", "te"))


def passive_helpers(toks: Sequence[str]) -> set[str]:
    """The forms of "venire" in a question that only make the word after them, a past participle, passive."""
    return {w for w, nxt in pairwise(toks) if w in _PASSIVE_HELPERS and nxt.endswith(_PARTICIPLE_ENDINGS)}

"""The checks a candidate fact must pass to answer a question, and the choice among those that pass.

The constraints come from the question (constraints.py), once; each fact of the shortlist is then held
to them (`passes`), first with the entities as named, then letting related ones stand in (`choose`).
The single-rule predicates they use are in fit.py.
"""

from __future__ import annotations

from itertools import pairwise

from factcli.ask.against import tells_the_opposite
from factcli.ask.causes import WHY, asks_cause, gives_reason, names_cause
from factcli.ask.claim_form import is_claim
from factcli.ask.compounds import part_of_a_longer_name
from factcli.ask.constraints import Constraints
from factcli.ask.details import claim_fit, dated_elsewhere, details, replaced_in, said_together
from factcli.ask.fit import (
    HEAD_KINDS,
    counts_since,
    counts_the_head,
    counts_time,
    entities_of,
    meets,
    names_a,
    names_too_few,
    number_sort,
    ordinal_clash,
    own_terms,
    people_in,
    placed_name_words,
    places_named,
    restates_place,
    says_when,
    sets_apart,
    specific,
    states_a,
)
from factcli.ask.journeys import GOING_TERMS, JOURNEY_TERMS, moves
from factcli.ask.kinds import (
    asked_noun,
    asks_who,
    counts_another,
    lacks_a_name,
    names_someone_else,
    placed,
    placed_elsewhere,
    says_the_noun,
    unlike_the_kind,
)
from factcli.ask.question import ASKING_WORDS, count_heads
from factcli.ask.reading import Reading
from factcli.ask.swaps import swapped, wrong_agent
from factcli.ask.verdict import event_terms, places
from factcli.ask.words import ANYONE, LASTING_WORD, NUMBER_WORDS, TIME_UNITS
from factcli.ask.years import date_words_borne, dated_otherwise, outside_bounds
from factcli.core.model import LANGS, CountValue, Fact, Lang, LocationValue
from factcli.core.numbers import number_of
from factcli.core.struct import record
from factcli.core.text import STOPWORDS, stem, term_set, words
from factcli.index.rank import related_entities
from factcli.index.read import Hit, Index

MIN_COVERAGE = 0.5
RELATED_COVERAGE = 0.6
MIN_SCORE = 1.0
NEAR_TIE = 0.95
CLAIM_NEAR = 0.5


def _covers_what_is_named(index: Index, r: Reading, c: Constraints, fact: Fact, matched: set[str], covered: set[str],
                          own: set[str], relaxed: bool) -> bool:
    """Whether the fact covers each thing the question names, or that thing need not be covered."""
    # Silva, named by a fact, stands for Portugal too (his title names it), and the other way
    # round; not for a place someone went to.
    standing = ({s for ent in covered for s in (c.related[ent] if ent in c.related else c.related.setdefault(ent, related_entities(index, ent)))}
                if relaxed else set())
    # Each thing the question names must be covered: by the fact naming one of the entities
    # those words can mean (Lisbon: the city, or Portugal), by its text using the words, or by
    # an entity standing in.
    missing = 0
    for ws, ents in r.groups.items():
        exact = ws in c.exact_groups
        if (ws in c.needless and not (ws in c.topics and is_claim(r.q) and _another_like(index, ws, ents, covered))) or (
                specific(index, ents) if exact else ents) & covered:
            continue
        # Its words must be the fact's own, or its curator's tags: not only the words of another thing's name
        # ("the editor of the Weekly" names the editor; a fact about his view on other papers is not about the Weekly).
        if set(ws) <= matched:
            if not own:  # read only when needed: most names are covered by the fact's entities
                own = own_terms(fact)
            said = own if exact else own | term_set(*(tag.replace("-", " ") for tag in fact.tags))
            # A name with a number ("Mariner 3") is said whole or not at all: "Mariner 4" and "Atlas LV-3" are not it.
            if all(r.term_of.get(w, set()) & said for w in ws if w not in STOPWORDS) and (
                    not any(w.isdigit() for w in ws) or said_together(fact, ws)):
                continue
        if not exact and len(ws) > 1 and part_of_a_longer_name(index, ws, covered):
            continue  # "St. Marks" for "St. Marks National Wildlife Refuge", which the fact names
        # One word naming what an event the fact is about is named after ("the eruption of Tarn": how many died
        # at Tarn?); not a person, nor in a claim, which may name the wrong one.
        if not exact and len(ws) == 1 and not (is_claim(r.q) or people_in(index, ents)) and part_of_a_longer_name(
                index, ws, covered, events_only=True):
            continue
        if not exact and _part_of_the_event(index, r, ws, ents, covered):
            continue
        may_stand = relaxed and not c.gone_to and not (ents & c.subject_people)
        if may_stand and not exact and (ents & standing or c.standing_for.get(ws, set()) & covered):
            continue
        missing += 1
    # A claim (not a question asking when or where) may name one thing wrong, where the fact names another
    # of its kind (verdict.py corrects it).
    return not missing or (missing == 1 and is_claim(r.q) and (fact.type == "quote" or not ASKING_WORDS & set(r.q.words)) and (
        swapped(index, r.q.text, r.groups, fact) or wrong_agent(index, r.q.text, r.groups, fact, same_act=True)))


def _part_of_the_event(index: Index, r: Reading, ws: tuple[str, ...], ents: set[str], covered: set[str]) -> bool:
    """Whether what these words name took part in an event the question also names and the fact is about, as other
    facts of the file say ("the German raid on the port": a fact on the raid need not name Germany, where another
    names the raid and Germany together)."""
    # (Not a person, who is asked about; not a place something happened in, "in Austria"; not in a claim, which
    # may name the wrong one.)
    if is_claim(r.q) or people_in(index, ents) or set(ws) & set(words(" ".join(places_named(r.q.text)))):
        return False
    events = {ent for others in r.groups.values() if others != ents for ent in others & covered
              if (e := index.entity(ent)) is not None and e.kind == "event"}
    if not events:
        return False
    together = {n for ent in events for n in index.naming(ent)}
    return any(together.intersection(index.naming(ent)) for ent in ents)


def _counts_as_claimed(r: Reading, counts: list[frozenset[float | str]], fact: Fact, matched: set[str]) -> bool:
    """Whether a fact is a count of one of the numbers a claim gives (`counts`, read once from it), matching every
    word it says of it (not "27 finished" of "27 started")."""
    value = fact.value
    if not isinstance(value, CountValue) or not any(float(value.number) in values for values in counts):
        return False
    # What the claim counts is what the fact counts: the word after the number ("20 parents" is no count of
    # 20 children), in the fact's unit or after its number.
    # (A word for anyone, "309 people", is what a toll of deaths or victims counts too.)
    counted = {stem(b) for a, b in pairwise(r.q.words) if number_of(a) == value.number and b not in STOPWORDS | ANYONE}
    said = {stem(t) for lang in LANGS for t in words(value.unit.get(lang))} | {
        stem(b) for lang in LANGS for a, b in pairwise(words(fact.statement.get(lang))) if number_of(a) == value.number}
    return counted <= said and all(w in matched for w in r.known_plain if not w.isdigit() and w not in ANYONE)


def _another_like(index: Index, ws: tuple[str, ...], ents: set[str], covered: set[str]) -> bool:
    """Whether the fact names, beside what the question names with these words, another thing called by one of
    them ("the San Giorgio bridge" where a claim names the file's own bridge): a fact about that other thing."""
    said = set(ws) - STOPWORDS
    return any(e.kind == "thing" and said & set(words(name))
               for ent in covered - ents if (e := index.entity(ent)) is not None for name in e.all_names())


def names_another(r: Reading, fact: Fact) -> bool:
    """Whether the fact names something else where the claim gives a name no fact knows: in a name's place, or
    a place where the claim puts something at one ("held at the Teatro Ariston")."""
    if isinstance(fact.value, LocationValue) and set(r.unknown) & placed_name_words(r.q.text):
        return True
    return replaced_in(fact, r.q.text, set(r.unknown))


TOO_FEW = "says too few of the question's words"


def lacking(why: str) -> list[str]:
    """The question's words a fact was ruled out for not saying, from the reason `passes` gave; none for another
    reason."""
    prefix = f"{TOO_FEW} (not: "
    return why[len(prefix):-1].split(", ") if why.startswith(prefix) and why.endswith(")") else []


def _says_too_little(index: Index, r: Reading, c: Constraints, fact: Fact, own: set[str], plain_hit: list[str],
                     relaxed: bool) -> str | None:
    """Why the fact says too little of what was asked, or not of the sort asked; None if it says enough."""
    # A related entity standing in is itself a stretch: the fact must then say more of the rest.
    # A tolerated word is one no fact has: it cannot count against any.
    asked_for = r.known_plain if c.tolerated else r.plain_words
    if asked_for and len(plain_hit) / len(asked_for) < (RELATED_COVERAGE if relaxed else MIN_COVERAGE):
        missing = [w for w in asked_for if w not in plain_hit]
        return f"{TOO_FEW} (not: {', '.join(missing)})"
    if plain_hit and all(w.isdigit() for w in plain_hit) and any(not w.isdigit() for w in asked_for) and (
            not is_claim(r.q) or all(number_sort(w) == "year" for w in plain_hit)):
        # "What was the population of St. Louis in 1812?": a fact of 1812 that says nothing of a population.
        # (A claim's numbers are what it claims: "launched at 3:27?" is judged by the launch's time; not a year
        # alone, which a fact of another event may share: "made marshal in 1934" is not "governor in 1934".)
        return "says only the question's numbers, none of its words"
    if plain_hit and is_claim(r.q) and set(plain_hit) <= (where := places_named(r.q.text, wide=True)) and (
            set(asked_for) - where):
        # "Was Ada born in Naples?": a fact of Ada in Naples that says nothing of a birth does not judge it.
        return "says only where the claim puts it, not what it says happened"
    if c.timed and (c.tolerated or not r.plain_words or len(plain_hit) < len(r.plain_words)
                    or not (says_when(fact, {t for w in plain_hit for t in r.term_of.get(w, set())}) if c.timed == "when" else placed(index, r, fact))
                    or any(not r.term_of.get(w, set()) & own for w in r.titles)):
        return f"does not say {c.timed}, in its own words"  # a stretch already: all in the fact's own words
    # A claim's wrong detail let pass: the fact that corrects it may tell the rest in other words, but most of it.
    # (A claim's wrong place is all the words that put it there: "from Vandenberg in California" against Florida.)
    if c.tolerated:
        placing = {w for name in places_named(r.q.text, wide=True) for w in words(name)} if (
            "place" in r.wrong_numbers) else set()
        known = [w for w in r.known_plain if w not in placing]
        needed = max(2, -(-len(known) * 2 // 3)) if r.wrong_numbers and not relaxed else len(known)
        if sum(1 for w in plain_hit if w not in placing) < min(needed, len(known)) or (relaxed and not r.wrong_numbers):
            return "would need two stretches: a word let pass and a word it lacks"  # one is the most
    if r.wrong_numbers and not all(places(index, fact) if sort == "place" else states_a(fact, sort)
                                   if sort != "name" else names_another(r, fact) for sort in r.wrong_numbers):
        return "states no detail of the sort the claim may have wrong"
    # (In its own words, or in the names of the events it is about: "the shaking lasted" of the earthquake.)
    if c.duration and (not counts_time(fact) or any(
            not r.term_of.get(w, set()) & (own | event_terms(index, fact))
            for w in set(r.plain_words) - TIME_UNITS - NUMBER_WORDS - {LASTING_WORD} if not w.isdigit())
            or (c.lasting and counts_since(fact))):
        return "is not a count of that very time"  # "Da quanti anni Rossi è sindaco?" needs a count of time,
        # and of that very thing; "How long was the festival?" is not answered by the years since another one
    return None


def _plain_hit(r: Reading, c: Constraints, hit: Hit, fact: Fact, own: set[str]) -> list[str]:
    """The question's plain words the fact says: those its terms matched; a word of going to the place named
    ("went to", "get to"), where it names the place and tells of the journey in its own words ("reached"); the
    lasting asked ("Quanto durò?", read as LASTING_WORD), where it is a count of time, by being one."""
    journeys = bool(c.destinations) and bool(own & JOURNEY_TERMS)
    lasted = c.duration and counts_time(fact)
    # A claim's date is borne by a date fact's own, the same or another: the verdict weighs which.
    dated = date_words_borne(r.q.text, fact, r.plain_words, hit.matched) if is_claim(r.q) else set()
    return [w for w in r.plain_words if w in hit.matched or (journeys and moves(w)) or (lasted and w == LASTING_WORD)
            or w in dated]


def passes(index: Index, r: Reading, c: Constraints, hit: Hit, fact: Fact, relaxed: bool,
           uncounted: frozenset[int] = frozenset()) -> int | str:
    """Whether one fact passes every check (`uncounted`: counts that miss the noun no count says): how many plain words it says, or why not."""
    covered = entities_of(fact)
    own = own_terms(fact) if c.needs_own else set()
    # (Who went is not asked of an arrival: "Ada and four others reached the pole" counts whom it should name.)
    if c.destinations and not own & (GOING_TERMS if asks_who(r) else JOURNEY_TERMS):
        return "tells of no journey to the place named"  # "Is Rossi going to Lisbon?"
    if c.ruled_out & covered and not sets_apart(fact):
        return "names what the question rules out"  # unless to set it apart: "Ada's other three moons"
    if not _covers_what_is_named(index, r, c, fact, hit.matched, covered, own, relaxed):
        return "does not name everything the question names"
    if c.meeting and len(c.named_people) == 2 and not meets(index, fact, c.named_people):
        return "is not a meeting of the two people named"  # a third person met one of them
    plain_hit = _plain_hit(r, c, hit, fact, own)
    too_little = _says_too_little(index, r, c, fact, own, plain_hit, relaxed)
    if too_little is not None:
        return too_little
    unused = [w for w in r.guessed if w not in hit.matched]
    # A word known only by a guess at a slip ("created" read as "great") that the fact does not bear out is
    # one stretch, like a word let pass: one at most. A guess of a negation ("legal" in "illegal") is no slip.
    slips = {m.word for m in r.matches if m.matches and m.matches[0][1] <= 0.8}
    if len(unused) > 1 or (unused and (c.tolerated or len(plain_hit) < 2 or unused[0] not in slips)):
        return "does not use a word the question was guessed to mean"
    head = r.head if r.head not in hit.matched else None  # said by a fact naming one ("Which country?": France)
    if head is not None and not names_a(index, HEAD_KINDS.get(head), covered - set(r.named)):
        return f"names no {head}"
    if r.q.kind == "location" and restates_place(fact, index, r.named):
        return "only restates the place the question names"
    if counts_the_head(fact, r.q, r.head):
        return "only counts what the question asks for"  # "Which five countries?" is not "5 countries"
    if hit.n in uncounted or counts_another(r, fact):
        return "counts another thing than the one asked for"
    if asks_who(r) and fact.type != "quote" and not names_someone_else(index, r, covered):
        return "names no one but those the question names"  # "Who built it?" needs a builder; a quote
        # may say who in its words ("Who opposes the council, according to Rossi?")
    if names_too_few(index, fact, r.q):
        return "names fewer of them than the question asks for"  # "Which five countries?": one is not five
    if c.years and dated_otherwise(index, fact, c.years):
        return "belongs to another year than the question's"
    if c.bounds and outside_bounds(index, fact, c.bounds):
        return "belongs to years outside those the question bounds"  # "Where did Rossi go before 2019?"
    if c.asked and ordinal_clash(fact, c.asked):
        return "is about another one of those numbered"
    if lacks_a_name(index, r, fact):
        return "names nothing the question does not, where it asks a name"
    if placed_elsewhere(index, r, fact):
        return "puts it in another place than the question's"  # "How many died in Rome?" is not Turin's toll
    if not (r.yes_no or is_claim(r.q)) and tells_the_opposite(fact, r.q):
        return "tells the outcome that excludes the one asked about"  # "How many survived?" is not the dead
    if hit.score < MIN_SCORE:
        return "scores too low"
    unlike = unlike_the_kind(fact, r.q, r.known_plain, r.term_of)
    if unlike is not None:
        return unlike
    # (Counted in its own words only: a journey told in others is no reason to prefer the fact.)
    return sum(1 for w in plain_hit if w in hit.matched) + (head in r.plain_words)


@record
class Choice:
    """The fact chosen, with what the choice rested on (read by confidence.py)."""

    hit: Hit
    said: int  # how many of the question's plain words it says
    relaxed: bool  # chosen only with a related entity standing in
    passing: int  # how many facts of the shortlist passed


def placing(people: set[str], asked: list[set[str]], passing: list[tuple[int, Hit]], shortlist: list[Fact],
            facts: dict[int, Fact]) -> list[tuple[int, Hit]]:
    """The facts that may correct a claim's place: locations; a statement placing its event only where no
    location of the same event (about the people claimed, saying a word of the claim's terms `asked`) is among
    the candidates: that one tells where the claim means."""
    located = [p for p in passing if isinstance(facts[p[1].n].value, LocationValue)]
    if located or any(isinstance(f.value, LocationValue) and people <= set(f.entities)
                      and any(terms_ & own_terms(f) for terms_ in asked) for f in shortlist):
        return located
    return passing


def _giving_causes(r: Reading, passing: list[tuple[int, Hit]], facts: dict[int, Fact]) -> list[tuple[int, Hit]]:
    """Of the passing facts, those that name a cause, for a what-caused question ("What killed them?"); all if
    none does. A why-question's reason may be told without a marker, so it is left to the ranking."""
    if not passing or WHY & r.q.frame or not asks_cause(r.q.frame, r.q.words):
        return passing
    return [p for p in passing if names_cause(facts[p[1].n], r.asked_terms)] or passing


def choose(index: Index, r: Reading, c: Constraints, shortlist: list[Hit], facts: dict[int, Fact]) -> Choice | None:
    """Choose among the passing facts, strict then relaxed; None if none passes."""
    why = bool(WHY & r.q.frame)
    reasonless: list[tuple[int, Hit]] = []
    # No count says the noun asked ("How many mules died?"): each counts another thing.
    count_facts = [h.n for h in shortlist if isinstance(facts[h.n].value, CountValue)]
    noun = asked_noun(r)
    uncounted = frozenset(count_facts) if noun and not any(
        says_the_noun(r, noun, facts[n]) for n in count_facts) else frozenset()
    # First as named; then, if no fact fits, letting a related entity stand in (Portugal for Silva);
    # never for a count, which counts what one named did (Silva's vetoes are not Portugal's).
    for relaxed in (False, True) if not c.timed and r.q.kind != "count" else (False,):
        if relaxed:
            c.standing_for.update({ws: {s for ent in ents for s in related_entities(index, ent)}
                                   for ws, ents in r.groups.items()})
        verdicts = [(passes(index, r, c, hit, facts[hit.n], relaxed, uncounted), hit) for hit in shortlist]
        passing = [(said, hit) for said, hit in verdicts if isinstance(said, int)]
        if why:
            # A date, a count or a place is no reason, unless its statement gives one ("jailed for murder").
            passing = [p for p in passing if facts[p[1].n].type not in ("date", "count", "location")
                       or gives_reason(facts[p[1].n], r.asked_terms)]
        if not relaxed:
            c.rejected.update({facts[hit.n].id: said for said, hit in verdicts[:3] if isinstance(said, str)})
        if passing and why and not relaxed and not any(gives_reason(facts[h.n], r.asked_terms) for _, h in passing):
            # A why-question answered only by facts that give no reason: a fact that gives one, with a
            # related entity standing in, is the better answer if there is one.
            reasonless = passing
            continue
        if relaxed and why:
            passing = [p for p in passing if gives_reason(facts[p[1].n], r.asked_terms)] or reasonless
        passing = _giving_causes(r, passing, facts)
        if passing and (anyone := set(count_heads(r.q)[:1]) & ANYONE if r.q.kind == "count" else set()):
            # "How many people died?": a count that says what befell them before one of people left homeless.
            passing = [p for p in passing if any(r.term_of.get(w, set()) & own_terms(facts[p[1].n])
                                                 for w in r.known_plain if w not in anyone)] or passing
        if passing and "place" in r.wrong_numbers:
            passing = placing(c.named_people, [r.term_of.get(w, set()) for w in r.known_plain], passing,
                              [facts[h.n] for h in shortlist], facts)
        if passing:
            # Of facts scored about the same, the one that says more of what was asked.
            claim = is_claim(r.q)
            near = [p for p in passing if p[1].score >= NEAR_TIE * passing[0][1].score]
            if claim:
                # A count that is the very number the claim gives, a little further down, is what it claims
                # ("23 died" of the toll of 23, before the 20 killed at the scene, which says "died").
                counts = details(r.q.text).get("count", [])
                near += [p for p in passing if p not in near and p[1].score >= CLAIM_NEAR * passing[0][1].score
                         and _counts_as_claimed(r, counts, facts[p[1].n], p[1].matched)]
            # A claim, of those, the one that speaks of its details (its numbers, dates, times), then a location
            # where it puts something somewhere ("born in Naples?": the birthplace, before the birth's date).
            placing_claim = claim and bool(places_named(r.q.text))
            asked = {t for w in r.q.words for t in term_set(w)} | {t for ts in r.term_of.values() for t in ts}
            said, hit = max(near, key=lambda p: (
                claim_fit(r.q.text, facts[p[1].n]) if claim else (0, 0),
                placing_claim and isinstance(facts[p[1].n].value, LocationValue), p[0], p[1].score,
                _counts_only_what_was_asked(asked, r.q.lang, facts[p[1].n])))
            if claim and dated_elsewhere(r.q.text, facts[hit.n], [facts[h.n] for h in shortlist]):
                return None
            return Choice(hit=hit, said=said, relaxed=relaxed, passing=len(passing))
    return None


def _counts_only_what_was_asked(asked: set[str], lang: Lang, fact: Fact) -> bool:
    """Whether the fact is a count whose unit says no word the question does not (`asked`: its words' terms and
    those they matched; "survivors" to "How many survived?", not "second-class survivors"): of facts that tie, it
    goes first, as the one that counts what was asked and no narrower part of it."""
    if not isinstance(fact.value, CountValue):
        return False
    # (A stem that begins another is the same word: "surviv" of "survived", "survivor" of "survivors".)
    return all(t in asked or any(t.startswith(a) or a.startswith(t) for a in asked if min(len(a), len(t)) >= 4)
               for t in term_set(fact.value.unit.get(lang)))

"""`ask`: pick the single best fact for a question, or abstain.

Abstaining is a feature: a key word of the question that no fact knows
("Oslo", "salary"), a named entity the best fact does not concern, or a topic
the fact shares too little of, all mean "no fact answers that".

One attempt at an answer is a sequence of passes: read the question (reading.py), shortlist the
candidate facts, decide whether an unknown word may be let pass, then hold each candidate to the
question's constraints and choose among those that pass (checks.py), and build the result. `answer`
makes further attempts, each with the question read more loosely, when the first finds nothing.
"""

from __future__ import annotations

import re

from factcli.ask.checks import TOO_FEW, Choice, choose, lacking
from factcli.ask.claim_form import is_claim
from factcli.ask.confidence import FEATURES, confidence, evidence, guessed
from factcli.ask.constraints import DURATION, constraints
from factcli.ask.dated_claims import date_told
from factcli.ask.details import QUOTED, bearing, details, fact_details, says_what, unknown_names
from factcli.ask.fit import places_named
from factcli.ask.kinds import NO_TIME_OF_DAY
from factcli.ask.placed_claims import place_that_corrects
from factcli.ask.question import (
    PLACE_NOUNS,
    Question,
    as_any_kind,
    as_written,
    asked_outright,
    parse,
    replace_kind,
    reports_speech,
)
from factcli.ask.quoting import quoted_only, quoted_span, quoting
from factcli.ask.reading import Reading, lets_a_verb_pass, read, tolerates
from factcli.ask.rerank import rerank
from factcli.ask.verdict import (
    CONFIRMED,
    CONTRADICTED,
    NOT_IN_FACTS,
    another_is_first,
    corrects,
    date_that_corrects,
    verdict,
)
from factcli.ask.words import FILLER, NOW_WORDS, STILL_WORDS
from factcli.core.measures import NOUNS, SIZE, asked_dimension, how_long
from factcli.core.model import LANGS, Fact, Lang
from factcli.core.results import NO_ANSWER, AskResult, FactHit
from factcli.core.text import fold, stem, terms, words
from factcli.index.lemmas import in_dictionary
from factcli.index.rank import ENTITY_BONUS, add_entity_bonus, as_hit, entities_in, fact_hits
from factcli.index.read import Hit, Index, best_first
from factcli.index.summary import entities_with_name
from factcli.index.synonyms import phrases

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# The words that ask for a kind of answer outright; without one, the kind is only a guess.
ASKED_BY = {"date": frozenset({"when", "quando"}),
            "location": frozenset({"where", "dove", "dov", "trova", "trovano", "trovava", "trovavano", "located", "situated", "lies",
                                   "situato", "situata", "city", "citta"}),
            "count": frozenset({"many", "much", "often", "long", "quanti", "quante", "quanto", "quanta"})}
ACTIONS = frozenset({"give", "gave", "given", "gives", "regalato", "regala", "donato"})
_LIES = frozenset({"trova", "trovano", "trovava", "trovavano", "located", "situated", "lies", "situato", "situata"})
_ONGOING = frozenset({"been", "since", "still", "now", "da", "dal", "dalla", "ancora", "ormai"})


def answer(index: Index, text: str, lang: Lang | None = None, explain: bool = False) -> AskResult:
    """Answer `text` with the best fact of the kind it asks for, or abstain (answer None); a claim gets a verdict."""
    q = _parsed(index, text)
    if is_claim(q) and q.kind in ("date", "location") and _asks_inside(q):
        q = replace_kind(q, "entity")  # "È vero che aveva 40 anni quando morì?" claims an age: "quando" only joins
    result = _best(index, q, lang, explain)
    if result.answer is None and (quoted := quoted_only(q.text)):
        result = quoting(index, q, lang, quoted, explain) or result
    elif q.kind == "quote" and (quoted := quoted_span(q.text)) and (
            exact := quoting(index, q, lang, quoted, explain)) is not None:
        # "Who said 'that is the way to fly'?": the one quote with those very words, whatever ranked first.
        result = exact
    fact = result.answer.fact if result.answer else None
    # (Only a claim gets a verdict: an open question need not have its places looked up.)
    unknown_places = frozenset(w for name in places_named(q.text, wide=True) for w in words(name)
                               if not any(index.has_term(t) for t in terms(w))) if is_claim(q) else frozenset()
    # So are the names it gives that no fact knows: the fact chosen for it names another in their place.
    unknown_places |= unknown_names(index, q) if is_claim(q) else frozenset()
    result.verdict = verdict(index, q, fact, unknown_places)
    if result.verdict == NOT_IN_FACTS and fact is None and not unknown_places and (
            hit := _corrected_by_first(index, q, result)) is not None:
        # The claim says it in words of its own ("came out in 1632"), but the one fact far ahead of all others
        # dates or counts the very thing it claims otherwise ("published in 1610"): that corrects it.
        result.answer, result.verdict, result.alternatives = hit, CONTRADICTED, result.alternatives[1:]
    if result.verdict == NOT_IN_FACTS and not unknown_places and (told := date_told(
            index, q, lambda asked: _best(index, replace_kind(_parsed(index, asked), "date"), lang, False))) is not None:
        # "The bridge opened in 1931": asked when it opened, the facts say 1932.
        result.answer, result.confidence, result.verdict = told.answer, told.confidence, CONTRADICTED
    if result.verdict == CONFIRMED and fact is not None and another_is_first(index, q, fact):
        result.verdict = CONTRADICTED  # "Aldrin was the first on the Moon" against "Armstrong was the first..."
    if result.verdict == CONFIRMED and fact is not None and (dated := date_that_corrects(index, q, fact)) is not None:
        # "Did Ada die in 1926?" confirmed by a fact of 1926 that says she had died: her death's date corrects it.
        result.verdict, result.answer = CONTRADICTED, as_hit(index, dated, set())
    if result.verdict == CONFIRMED and fact is not None and (
            placed := place_that_corrects(index, q, fact, result.alternatives)) is not None:
        # "The fire started in Cheapside", confirmed by "the flames later destroyed Cheapside": where it started.
        result.verdict, result.answer = CONTRADICTED, as_hit(index, placed, set())
    if result.verdict == CONFIRMED and fact is not None and _of_the_past_only(q, fact):
        result.verdict = NOT_IN_FACTS  # "Is the volcano still active today?" is not confirmed by an eruption of 1951
    if result.verdict == NOT_IN_FACTS:
        result.not_found = "not in the facts: no fact confirms or contradicts that"
        if result.answer is not None:
            # The nearest fact says nothing of the claim's detail (a number, a date): it is shown as the
            # closest fact, not as the answer.
            result.alternatives = [result.answer, *result.alternatives[:2]]
            result.answer, result.confidence = None, None
    return result


# How far ahead of every other answer (1 - its rival's score / its own) an answer on a verb let pass must be.
_CLEAR = 0.25
# A fact chosen with under this share of the score of the best-ranked one (ruled out) is no answer.
_FAR_BEHIND = 0.4
# How far the first of a claim's nearest facts must rank ahead of the second to be the fact it is about.
_FAR_AHEAD = 1.3


def _parsed(index: Index, text: str) -> Question:
    """The question read with what the fact file knows: its phrases, its words, its names."""
    return parse(text, phrases(index), known=lambda w: index.has_term(stem(w)), named=lambda w: bool(entities_with_name(index, w)))


def _corrected_by_first(index: Index, q: Question, result: AskResult) -> FactHit | None:
    """The nearest fact of a claim no fact passed, when it ranks far ahead of the next and its own value (a date,
    a count of what the claim counts) is one the claim states otherwise; None otherwise."""
    nearest = result.alternatives
    best = nearest[0].score if nearest else None
    if best is None:
        return None
    runner = (nearest[1].score or 0.0) if len(nearest) > 1 else 0.0
    first = nearest[0]
    if best < _FAR_AHEAD * runner or _names_unknown(index, q.text) or not corrects(index, q, first.fact):
        return None
    return first if verdict(index, q, first.fact) == CONTRADICTED else None


def _of_the_past_only(q: Question, fact: Fact) -> bool:
    """Whether a claim asks about the present ("today", "oggi") and the fact says nothing of it: it tells of then."""
    # (Not "ora", also an hour, "un'ora"; nor a count "by now", "how many times now".)
    if q.kind == "count" or not (NOW_WORDS - {"ora"}) & set(q.words) - q.frame:
        return False
    return not any((NOW_WORDS | STILL_WORDS) & set(words(fact.statement.get(lang))) for lang in LANGS)


def _names_unknown(index: Index, text: str) -> bool:
    """Whether the text writes with a capital a word no fact knows and neither language has: a name, even where
    it opens the sentence ("Garibaldi opened it in 1935"), which makes a claim about something else."""
    return any(not index.has_term(stem(w)) and not in_dictionary(w, index.lemma_dir)
               for w in (fold(c) for c in _CAPITALISED.findall(text)))


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][^\W\d_]*")


def _only_things(index: Index, q: Question) -> bool:
    """Whether the question names something, and only things and places (no event, person or group)."""
    kinds = {e.kind for ent in entities_in(index, " ".join(q.words), q.frame, q.names) if (e := index.entity(ent))}
    return bool(kinds) and kinds <= {"thing", "place"}


_WHEN_WHERE = frozenset({"when", "where", "quando", "dove"})
_ASKING_FIRST = _WHEN_WHERE | {"which", "what", "who", "how", "quale", "quali", "cosa", "chi", "come"}


def _asks_inside(q: Question) -> bool:
    """Whether the word that made a claim ask when or where stands inside it, after its subject and verb ("...
    aveva 40 anni quando morì", "met where..."): there it joins a clause, it does not ask."""
    at = next((i for i, w in enumerate(q.words) if w in _WHEN_WHERE), None)
    # Only after an opener that says a claim follows ("È vero che", "Is it true that", "Claim:").
    opener = next((i + 1 for i, w in enumerate(q.words[:5]) if w in ("that", "che") and i and q.words[i - 1] in (
        "true", "vero")), 1 if q.words[:1] and q.words[0] in ("claim", "affermazione") else None)
    # (After a colon it may ask again: "...met at a cosmodrome: which one was it and where is it?")
    last = words(re.split(r"[:;]", q.text)[-1])
    return at is not None and opener is not None and at - opener >= 2 and not (last and last[0] in _ASKING_FIRST)


def _counted_instead(index: Index, q: Question, lang: Lang | None, explain: bool) -> AskResult | None:
    """A count for a "how big" no area answers ("How big was the crowd?"); None if none answers either, or if
    the question names the area itself (a noun of area, or "surface", which alone asks no area: "on the surface")."""
    if q.kind != "measure" or not SIZE & set(q.words) or asked_dimension(q.words) != "area" or (
            NOUNS["area"] | {"surface"}) & set(q.words):
        return None
    counted = _answer(index, replace_kind(q, "count"), lang, explain, fallback=True)
    return counted if counted.answer is not None else None


def _best(index: Index, q: Question, lang: Lang | None, explain: bool) -> AskResult:
    """The answer of the kind asked for, else of a kind a fallback allows, else the abstention."""
    if q.kind == "count" and how_long(q.words) and asked_dimension(q.words) == "length" and _only_things(index, q):
        # "How long is the dam?": a thing or a place has a length before a duration (an event has a duration).
        measured = _answer(index, replace_kind(q, "measure"), lang, explain)
        if measured.answer is not None:
            return measured
    result = _answer(index, q, lang, explain)
    # (Only for something still going on: "How long was the festival?" is not answered by its date.)
    if result.answer is None and q.kind == "count" and q.frame & DURATION and _ONGOING & set(q.words):
        # "How long has Rossi been mayor?": no count says it, but the date it began does.
        since = _answer(index, replace_kind(q, "date"), lang, explain, fallback=True)
        if since.answer is None:  # "for decades": an event may say how long, as it may say when
            since = _answer(index, as_any_kind(q), lang, explain, timed="when", fallback=True)
        if since.answer is not None:
            return since
    if result.answer is None and q.kind == "count" and how_long(q.words) and asked_dimension(q.words) == "length":
        # "How long was the dam?": no count of time says it, a length may.
        measured = _answer(index, replace_kind(q, "measure"), lang, explain, fallback=True)
        if measured.answer is not None:
            return measured
    if result.answer is None and (counted := _counted_instead(index, q, lang, explain)) is not None:
        return counted
    weak_kind = q.kind in ASKED_BY and not ASKED_BY[q.kind] & set(q.words) and not asked_outright(q)
    # "What was said at the dinner?" names no one who could be quoted (person, country, organisation): any fact may.
    # Words in quotation marks ("Chi ha detto «nuovo stadio»?") must be a quote's own.
    named = entities_in(index, " ".join(q.words), q.frame, q.names) if q.kind == "quote" else {}
    quoting = q.kind == "quote" and bool(QUOTED.search(q.text))
    unspoken = q.kind == "quote" and not quoting and not any(
        (e := index.entity(ent)) is not None and e.kind in ("person", "country", "organisation") for ent in named)
    if result.answer is None and (weak_kind or unspoken):
        # The kind came from a noun alone ("...this year?", "meeting number"): any fact may answer.
        # Not past an unknown word, when it may be the speaker ("what did ferrante say").
        anything = _answer(index, as_any_kind(q), lang, explain, strict=unspoken, fallback=True)
        if anything.answer is not None:
            return anything
    if result.answer is None and q.kind == "quote" and not quoting:
        # No quote of the one named, but a fact may report what they said ("the Duke declared that..."); only
        # one that says so, in its own words.
        reported = _answer(index, replace_kind(q, "entity"), lang, explain, strict=True, fallback=True)
        if reported.answer is not None and reports_speech(reported.answer.fact):
            return reported
    if result.answer is None and q.kind == "date":
        # No date says it, but an event that says when may ("in the 21st century", "right after the
        # meeting"): only one that says all the question asks, of the very entities it names.
        timed = _answer(index, as_any_kind(q), lang, explain, timed="when", fallback=True)
        if timed.answer is not None:
            return timed
    if result.answer is None and q.kind == "location" and not is_claim(q) and not _LIES & set(q.words):
        # No place fact says it, but a fact that says where something happened may ("Ada died in Oslo in 1990"):
        # only one that says all the question asks, in its own words, its ranks too ("the first summit"); the
        # answer is that place. (Where a thing lies, "si trova", only a place fact says.)
        placed = _answer(index, as_any_kind(q, keep=PLACE_NOUNS), lang, explain, timed="where", fallback=True)
        if placed.answer is not None and bearing({"ordinal": details(q.text).get("ordinal", [])},
                                                 fact_details(placed.answer.fact)) == (False, []):
            placed.kind = q.kind  # a place was asked for, which the answer's place gives
            return placed
    return result


def _answer(index: Index, q: Question, lang: Lang | None, explain: bool, timed: str | None = None,
            strict: bool = False, fallback: bool = False) -> AskResult:
    """One attempt at answering `q`, as parsed: the chosen fact, or why there is none."""
    r = read(index, q)
    shortlist, facts = _shortlist(index, r)
    tolerated = tolerates(index, r, strict)
    loose = not tolerated and lets_a_verb_pass(index, r, strict)
    tolerated = tolerated or loose
    choice: Choice | None = None
    signs: list[float] | None = None  # the evidence the answer rests on (confidence.FEATURES)
    rejected: dict[str, str] = {}
    decision = _refusal(r, tolerated)
    if decision is None:
        c = constraints(index, r, timed=timed, tolerated=tolerated)
        choice = choose(index, r, c, shortlist, facts)
        rejected = c.rejected
        if choice is not None and loose and evidence(r, choice, shortlist, facts, tolerated=True,
                                                     fallback=fallback)[1] < _CLEAR:
            # A verb let pass on one known word alone answers only where the answer stands clear of every other.
            choice, rejected = None, {}
        if choice is not None and choice.hit.n != shortlist[0].n and choice.hit.score < _FAR_BEHIND * shortlist[0].score \
                and not r.yes_no and not rejected.get(facts[shortlist[0].n].id, "").startswith((TOO_FEW, NO_TIME_OF_DAY)):
            # The fact that fits the question best by far was ruled out, though it says the question's words: one
            # far behind it answers something else. (Not where it only shared a name: the words are the answer's.)
            choice = None
        if choice is not None and guessed(r, signs := evidence(r, choice, shortlist, facts, tolerated=tolerated,
                                                               fallback=fallback)):
            choice = None
        decision = ("answered" if choice is not None
                    else "no fact of the asked kind covers the question's entities and words")
    result = _result(index, r, lang, shortlist, facts, choice.hit if choice else None, decision, explain)
    missing = lacking(next(iter(rejected.values()))) if choice is None and rejected else []
    if choice is None and r.unknown and (not tolerated or not missing):
        # Which words no fact uses: the user can ask otherwise, or a curator map them in the file's vocabulary.
        # (Also when one was let pass and still no fact answers: it is the word to map, if any is.)
        result.not_found = f"{NO_ANSWER} (no fact uses: {', '.join(as_written(r.q, w) for w in r.unknown)})"
    elif missing:
        # The nearest fact lacks some of the question's words: they are what to ask otherwise, or to map.
        nearest = next(iter(rejected))
        result.not_found = (f"{NO_ANSWER} (the nearest fact, {nearest}, does not say: "
                            f"{', '.join(as_written(r.q, w) for w in missing)})")
    if choice is not None and signs is not None:
        result.confidence = confidence(signs)
        if explain:
            result.explain["evidence"] = dict(zip(FEATURES, [round(x, 3) for x in signs]))
    if explain and rejected:
        result.explain["ruled_out"] = rejected  # the best candidates, each with the check it failed
    return result


def _shortlist(index: Index, r: Reading) -> tuple[list[Hit], dict[int, Fact]]:
    """Shortlist the candidate facts, best first, each with its fact."""
    q, types, named = r.q, r.types, r.named
    candidates: set[int] | None = None  # `types` narrows what is read; this narrows further
    about_subject = {n for ent in r.subjects for n in index.about(ent)}
    # (A who-question asks who spoke; a 'chi' later in the sentence is only "a chi chiedeva".)
    # (Not for a claim of who said what: "Was it the mayor who said that...?" is answered by whoever said it.)
    claims_words = is_claim(q) and says_what(q.text)
    if q.kind == "quote" and r.subjects and not {"who", "chi"} & set(q.words[:2]) and not claims_words:
        # "What did the mayor say?": the quotes the mayor spoke, when there are any, not those about her.
        spoken = index.of_types(types) & about_subject
        candidates = spoken or None
    # Filler frames the question; it does not rank facts ("goals scored": not the fact that says 'scored').
    # (Nor does the leading piece of a written number: the "3" of "3,000" is no three; the verdict reads it whole.)
    hits = {h.n: h for h in index.score([m for m in r.matches if m.word not in FILLER | r.pieces], candidates, types)}
    add_entity_bonus(index, hits, named, candidates, r.topic, types)
    # The entity named first is the question's subject: a quote's speaker, a fact's first entity.
    for n in hits.keys() & about_subject:
        hits[n].score += ENTITY_BONUS
    if not types:
        # "Who/what" questions prefer events, which say who did what.
        for n in hits.keys() & index.of_types(["event"]):
            hits[n].score += 0.5
    if q.kind == "measure":
        # "How much did it cost?": a quantity is a count's value; among facts that tie, counts come first.
        for n in hits.keys() & index.of_types(["count"]):
            hits[n].score += 0.5
    shortlist = best_first(hits.values(), 25)
    facts = dict(zip([h.n for h in shortlist], index.facts([h.n for h in shortlist])))
    shortlist = rerank(index, q, shortlist, facts, plain_words=r.plain_words, named=named, unknown=r.unknown,
                       asked_terms=r.asked_terms)
    return shortlist, facts


def _refusal(r: Reading, tolerated: bool) -> str | None:
    """Why no fact can answer, whatever it says: a word no fact knows, or nothing to look up; None if one may."""
    if r.unknown and not tolerated:
        return f"no fact knows: {', '.join(r.unknown)}"
    if not r.topic or (not r.plain_words and not r.named) or (not r.plain_words and ACTIONS & set(r.q.words)):
        # "What did Ada give Marco?": an action asked about that no word of the question lets us look up.
        return "the question names nothing to look up"
    return None


def _result(index: Index, r: Reading, lang: Lang | None, shortlist: list[Hit], facts: dict[int, Fact],
            chosen: Hit | None, decision: str, explain: bool) -> AskResult:
    """Build the result and the explanation."""
    q = r.q
    top = shortlist[:5]
    alternatives = fact_hits(index, [h for h in top if chosen is None or h.n != chosen.n][:3])
    if chosen is None and not alternatives:
        alternatives = fact_hits(index, best_first(index.score(r.matches, None), 3))
    info: dict[str, Any] = {}
    if explain:
        info = {
            "detected_lang": q.lang, "kind": q.kind, "types": list(r.types) or "any",
            "topic_words": r.topic, "entities": {e: ws for e, ws in r.named.items()},
            "matched_terms": {m.word: [t for t, _ in m.matches] for m in r.matches},
            "unknown_words": r.unknown,
            "candidates": [[facts[h.n].id, round(h.score, 3)] for h in top],  # top is within the shortlist
            "decision": decision,
        }
    answer_hit = fact_hits(index, [chosen])[0] if chosen is not None else None
    return AskResult(q.text, lang or q.lang, q.kind, answer_hit, alternatives, info)

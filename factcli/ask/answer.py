"""`ask`: pick the single best fact for a question, or abstain.

Abstaining is a feature: a key word of the question that no fact knows
("Japan", "born"), a named entity the best fact does not concern, or a topic
the fact shares too little of, all mean "no fact answers that".
"""

from __future__ import annotations

import re

from factcli.ask.fit import (
    CLAIM_OPENERS,
    HEAD_KINDS,
    TIME_UNITS,
    are_places,
    besides,
    capitalised,
    counts_since,
    counts_time,
    entities_of,
    first_named,
    gives_reason,
    meets,
    names_a,
    number_sort,
    ordinal_clash,
    ordinals,
    own_terms,
    part_of_a_name,
    people_in,
    restates_place,
    says_when,
    specific,
    states_a,
    time_qualifiers,
    unknown_compound_names,
    variant_of_known,
    which_head,
)
from factcli.ask.question import KIND_TYPES, Question, as_any_kind, parse, replace_kind
from factcli.ask.rerank import MEANS, WHY, rerank
from factcli.ask.words import FILLER, MONTHS, NUMBER_WORDS
from factcli.core.model import Lang
from factcli.core.results import AskResult
from factcli.core.text import STOPWORDS, other_stems, stem, words
from factcli.index.rank import ENTITY_BONUS, add_entity_bonus, entities_in, fact_hits, match_words, related_entities
from factcli.index.read import Hit, Index, best_first

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MIN_COVERAGE = 0.5
RELATED_COVERAGE = 0.6
# The words that ask for a kind of answer outright; without one, the kind is only a guess.
ASKED_BY = {"date": frozenset({"when", "quando"}),
            "location": frozenset({"where", "dove", "dov", "trova", "trovano", "located", "situated", "lies",
                                   "situato", "situata", "city", "citta"}),
            "count": frozenset({"many", "much", "often", "long", "quanti", "quante", "quanto", "quanta"})}
# "how long", "da quanto tempo", "da quanti anni", "for how many years": a count, or the start date.
DURATION = frozenset({"long", "tempo", "da", "for", "years"})
# Going somewhere: the place named is a destination.
MOTION = frozenset({"visit", "visited", "visits", "visiting", "went", "go", "goes", "travel", "travelled", "traveled",
                    "trip", "fly", "flew", "visitato", "visita", "andato", "andata", "viaggio", "viaggiato", "volato",
                    "va", "vanno", "andare", "andra", "andranno", "recato", "recata", "recarsi", "visitare", "volare",
                    "going", "andando"})
# Stems of four letters or more: "andare" stems to "and", which English uses for something else.
_MOTION_STEMS = frozenset(t for w in MOTION if len(t := stem(w)) >= 4)
MIN_SCORE = 1.0
ACTIONS = frozenset({"give", "gave", "given", "gives", "regalato", "regala", "donato"})
NEAR_TIE = 0.95


_JOURNEY_TERMS = _MOTION_STEMS | {stem(w) for w in ("journey", "trip", "trips", "visit", "viaggio", "viaggi", "visita")}


_QUOTED = re.compile(r"[«»\"“”]|(?:^|\s)'|'(?:\s|[?.!]|$)")
# "When will the next one be?": the facts tell what happened, never what is next.
_FUTURE = frozenset({"next", "prossimo", "prossima", "prossimi", "prossime", "upcoming"})
_ONGOING = frozenset({"been", "since", "still", "now", "da", "dal", "dalla", "ancora", "ormai"})
_SINCE_WORDS = frozenset({"since", "after", "ago", "passed", "apart", "between", "da", "dal", "dalla", "dopo", "fa",
                          "passati", "trascorsi", "tra", "fra"})
_MEETING = frozenset({"meet", "met", "incontr", "summit", "vertic"})


def _cover(index: Index, ws: tuple[str, ...], ents: set[str], covered: set[str], matched: set[str], own: set[str],
           term_of: dict[str, set[str]], may_stand: bool, standing: set[str], standing_for: set[str], *,
           exact: bool, needless: bool) -> str | None:
    """How a fact covers one thing the question names (`ws`, meaning one of `ents`): not at all (None),
    by naming it, by saying its words, or through an entity standing in for it; or it need not."""
    if needless:
        return "needless"
    if (specific(index, ents) if exact else ents) & covered:
        return "named"
    if set(ws) <= matched and (not exact or all(term_of.get(w, set()) & own for w in ws if w not in STOPWORDS)):
        return "said"
    if may_stand and not exact and (ents & standing or standing_for & covered):
        return "stand-in"
    return None


def _moves(word: str) -> bool:
    """Whether a word says someone goes somewhere, in any form (visiterà, andranno, travelling)."""
    return word in MOTION or stem(word) in _MOTION_STEMS or bool(set(other_stems(word)) & _MOTION_STEMS)


def answer(index: Index, text: str, lang: Lang | None = None, explain: bool = False) -> AskResult:
    """Answer `text` with the best fact of the kind it asks for, or abstain (answer None)."""
    q = parse(text)
    result = _answer(index, q, lang, explain)
    # (Only for something still going on: "How long was the summit?" is not answered by its date.)
    if result.answer is None and q.kind == "count" and q.frame & DURATION and _ONGOING & set(q.words):
        # "How long has Kim been in power?": no count says it, but the date it began does.
        since = _answer(index, replace_kind(q, "date"), lang, explain)
        if since.answer is None:  # "for decades": an event may say how long, as it may say when
            since = _answer(index, as_any_kind(q), lang, explain, timed=True)
        if since.answer is not None:
            return since
    weak_kind = q.kind in ASKED_BY and not ASKED_BY[q.kind] & set(q.words)
    # "What was said behind closed doors?" names no one who could be quoted (a person, a country, an
    # organisation): what is said of it may answer.
    # Words in quotation marks ("Chi ha detto «armi nucleari»?") must be a quote's own.
    named = entities_in(index, " ".join(q.words), q.frame, q.names) if q.kind == "quote" else {}
    quoting = q.kind == "quote" and bool(_QUOTED.search(text))
    unspoken = q.kind == "quote" and not quoting and not any(
        (e := index.entity(ent)) is not None and e.kind in ("person", "country", "organisation") for ent in named)
    if result.answer is None and (weak_kind or unspoken):
        # The kind came from a noun alone ("...this year?", "meeting number"): any fact may answer.
        # Not past an unknown word, when it may be the speaker ("what did biden say").
        anything = _answer(index, as_any_kind(q), lang, explain, strict=unspoken)
        if anything.answer is not None:
            return anything
    if result.answer is None and q.kind == "date":
        # No date says it, but an event that says when may ("in the 21st century", "right after the
        # meeting"): only one that says all the question asks, of the very entities it names.
        timed = _answer(index, as_any_kind(q), lang, explain, timed=True)
        if timed.answer is not None:
            return timed
    return result


def _answer(index: Index, q: Question, lang: Lang | None, explain: bool, timed: bool = False,
            strict: bool = False) -> AskResult:
    text = q.text
    out_lang: Lang = lang or q.lang
    topic = q.topic_words
    named = entities_in(index, " ".join(q.words), q.frame, q.names)
    entity_words = {w for ws in named.values() for w in ws}
    naming_words = set(entity_words)
    # Words from a named entity's other names ("president" for Putin) describe the entity, not the
    # fact asked for: every fact naming it "contains" them, so they cannot show a fact fits.
    for ent in named:
        entity = index.entity(ent)
        if entity is not None:
            entity_words |= {w for name in entity.all_names() for w in words(name)} & set(topic)
    titles = [w for w in topic if w in entity_words - naming_words and w not in FILLER]
    groups: dict[tuple[str, ...], set[str]] = {}
    for ent, ws in named.items():
        groups.setdefault(tuple(ws), set()).add(ent)
    # A fact naming North Korea is about Kim too, for coverage ("What does the Kremlin want from Kim?").
    standing_for: dict[tuple[str, ...], set[str]] = {}  # filled when the relaxed pass begins
    matches = match_words(index, topic)
    unmatched = {m.word for m in matches if not m.known}
    # "Treno o nave?": when one means of travel is known, the others asked about are alternatives.
    known_means = MEANS & {m.word for m in matches if m.known}
    unknown = [m.word for m in matches
               if not m.known and m.word not in entity_words and m.word not in FILLER
               # A month narrows a question the facts answer by the year; it still counts against coverage.
               and not (known_means and m.word in MEANS) and not (q.kind != "date" and m.word in MONTHS)
               and (len(m.word) >= 3 or m.word in q.names)] + unknown_compound_names(index, text)
    # A known year only dates a where-question ("Where did the 2023 summit take place?"): places have no year.
    plain_words = [w for w in topic if w not in entity_words and w not in FILLER
                   and not (q.kind == "location" and len(w) == 4 and w.isdigit() and w not in unmatched)]
    # Known only through a typo-tolerant guess (no exact form, no synonym): the answer itself must use it.
    guessed = [m.word for m in matches if m.word in plain_words and m.matches and m.matches[0][1] < 0.9]

    # "Which city...", "Quale razzo...": the thing asked for must be in the answer.
    head = which_head(q, entity_words) if q.kind == "entity" else None
    types = KIND_TYPES[q.kind]
    candidates: set[int] | None = None  # `types` narrows what is read; this narrows further
    subjects = first_named(q, named)
    about_subject = {n for ent in subjects for n in index.about(ent)}
    # (A who-question asks who spoke; a 'chi' later in the sentence is only "a chi chiedeva".)
    if q.kind == "quote" and subjects and not {"who", "chi"} & set(q.words[:2]):
        # "What did Putin say?": the quotes Putin spoke, when there are any, not those about him.
        spoken = index.of_types(types) & about_subject
        candidates = spoken or None
    # Filler frames the question; it does not rank facts ("trips taken": not the fact that says 'taken').
    hits = {h.n: h for h in index.score([m for m in matches if m.word not in FILLER], candidates, types)}
    add_entity_bonus(index, hits, named, candidates, topic, types)
    # The entity named first is the question's subject: a quote's speaker, a fact's first entity.
    for n in hits.keys() & about_subject:
        hits[n].score += ENTITY_BONUS
    if not types:
        # "Who/what" questions prefer events, which say who did what.
        for n in hits.keys() & index.of_types(["event"]):
            hits[n].score += 0.5
    shortlist = best_first(hits.values(), 25)
    facts = dict(zip([h.n for h in shortlist], index.facts([h.n for h in shortlist])))
    asked_terms = {t for m in matches for t, _ in m.matches} | {stem(w) for w in q.words if w not in q.frame}
    shortlist = rerank(index, q, shortlist, facts, plain_words=plain_words, named=named, unknown=unknown,
                       asked_terms=asked_terms)

    chosen: Hit | None = None
    reasons: list[str] = []
    # One everyday word no fact uses ("incredibly") is let pass when all the rest, two plain words at
    # least, is in the answer; a name (Japan) or a number (2022) never is.
    known_plain = [w for w in plain_words if w not in unknown]
    # Nor is the first word of a who-question ("Chi è il ministro..."): it is who is asked for. The
    # first word of a what-question often only frames it ("What's the total of...", "What question...").
    tolerated = (not strict and len(unknown) == 1 and len(known_plain) >= 2 and unknown[0] not in q.names
                 and not (q.kind == "entity" and topic and unknown[0] == topic[0] and {"who", "chi"} & q.frame)
                 and unknown[0] not in capitalised(q.text) and not any(c.isdigit() for c in unknown[0])
                 and not variant_of_known(index, unknown[0]) and not part_of_a_name(index, q, unknown[0])
                 and unknown[0] not in _FUTURE)
    # A yes/no question or a claim ("Was this Kim's first visit?", "Claim: Kim visited six countries")
    # is answered by the fact that says otherwise: a number no fact uses may be the wrong detail, when
    # the rest is all in a fact that states a number of that sort (a year, a count, an ordinal).
    yes_no = q.kind == "entity" and not q.frame and (q.text.rstrip().endswith("?") or (
        bool(q.words) and q.words[0] in CLAIM_OPENERS))
    wrong_numbers = {s for w in unknown if (s := number_sort(w))} if yes_no and (known_plain or named) else set()
    if wrong_numbers and len(wrong_numbers) == len(unknown):
        tolerated = True
    if unknown and not tolerated:
        reasons.append(f"no fact knows: {', '.join(unknown)}")
    elif not topic or (not plain_words and not named) or (not plain_words and ACTIONS & set(q.words)):
        # "What did Kim give Putin?": an action asked about that no word of the question lets us look up.
        reasons.append("the question names nothing to look up")
    else:
        term_of = {m.word: {t for t, _ in m.matches} for m in matches}
        # What the question numbers: the first word after an ordinal that some fact knows.
        # A yes/no question ("Was this Kim's first visit?") is answered by the fact that says otherwise.
        asked = [] if yes_no else [(value, term_of[nouns[0]]) for value, following in ordinals(q.words)
                                   if (nouns := [w for w in following if term_of.get(w)])]
        # A place someone went to must be one the fact itself names or says: Kim's aliases ("Supreme
        # Leader of North Korea") put North Korea's words in every fact about Kim, and "Did Putin visit
        # North Korea?" is not answered by Kim's visit to Russia.
        # The place is a destination when it follows the going ("Did Kim go to Moscow?"), not when it
        # goes ("Is Russia going to share...?", "Does North Korea want to go to space?").
        # ("Why did Kim go to Russia?" takes the going as given and asks for a reason.)
        moved = next((i for i, w in enumerate(q.words) if _moves(w)), None)
        gone_to = {ws for ws, ents in groups.items() if are_places(index, ents)
                   and moved is not None and ws[0] in q.words and q.words.index(ws[0]) > moved}
        destinations = gone_to if not WHY & q.frame else set()
        # "Besides Trump, ...", "Oltre a Sochi, ...": what follows is ruled out, not asked about.
        ruled_groups = besides(q, groups)
        ruled_out = {ent for ws in ruled_groups for ent in groups[ws]}
        when_only = time_qualifiers(q, groups)
        # "How long was the summit?" asks how long it lasted; "for how many years", "since", "between"
        # ask how long since, which a count of years since something answers.
        lasting = bool({"long", "tempo"} & q.frame) and not _SINCE_WORDS & set(q.words)
        # A meeting of two people asked about is not one a third person had with either of them (a
        # why-question takes the meeting as given).
        meeting = any(term_of.get(w, set()) & _MEETING for w in q.words) and not WHY & q.frame
        named_people = people_in(index, set(named))
        # A destination, or the thing a location is asked of ("Where is the Kremlin?"), must be that very
        # thing: not the country it may stand for, nor words its country's aliases put in every fact.
        # So must everything a claim names when one of its numbers is already taken for a wrong detail.
        exact_groups = destinations | (set(groups) if (q.kind == "location" and len(groups) == 1) or wrong_numbers
                                       else set())
        # First as named; then, if no fact fits, letting a related entity stand in (North Korea for Kim);
        # never for a count, which counts what one named did (Putin's trips are not trips to Russia).
        # The person a question is about is not stood in for by a country ("What did Putin propose to
        # Lukashenko?" is not answered by what Lukashenko proposed to Russia); a country may be, by its
        # leader ("Pyongyang's wish list": what Kim hoped for).
        subject_people = people_in(index, set(subjects))
        duration = q.kind == "count" and bool(q.frame & DURATION)
        # The fact's own words (not its entities' other names), read once per fact when a check needs them.
        needs_own = bool(exact_groups) or timed or duration
        related: dict[str, set[str]] = {}
        reasonless: list[tuple[int, Hit]] = []
        for relaxed in (False, True) if not timed and q.kind != "count" else (False,):
            if chosen is not None:
                break
            passing: list[tuple[int, Hit]] = []
            if relaxed:
                standing_for.update({ws: {r for ent in ents for r in related_entities(index, ent)}
                                     for ws, ents in groups.items()})
            for hit in shortlist:
                covered = entities_of(facts[hit.n])
                # Kim, named by a fact, stands for North Korea too (his title names it), and the other way
                # round; not for a place someone went to.
                standing = ({r for ent in covered for r in related.setdefault(ent, related_entities(index, ent))}
                            if relaxed else set())
                own = own_terms(facts[hit.n]) if needs_own else set()
                if destinations and not own & _JOURNEY_TERMS:
                    continue  # "Is Lukashenko going to Pyongyang?" is not answered by a fact that tells of no journey
                if ruled_out & covered:
                    continue
                how = [_cover(index, ws, ents, covered, hit.matched, own, term_of,
                              relaxed and not gone_to and not (ents & subject_people), standing,
                              standing_for.get(ws, set()), exact=ws in exact_groups, needless=ws in when_only | ruled_groups)
                       for ws, ents in groups.items()]
                # Each thing the question names must be covered: by the fact naming one of the entities
                # those words can mean (Moscow: the city, or Russia), by its text using the words, or by
                # an entity standing in.
                if None in how:
                    continue
                if meeting and len(named_people) == 2 and not meets(index, facts[hit.n], named_people):
                    continue  # "lukashenko kim incontro": a fact where a third person met one of them
                plain_hit = [w for w in plain_words if w in hit.matched]
                # A related entity standing in is itself a stretch: the fact must then say more of the rest.
                # A tolerated word is one no fact has: it cannot count against any.
                asked_for = known_plain if tolerated else plain_words
                if asked_for and len(plain_hit) / len(asked_for) < (RELATED_COVERAGE if relaxed else MIN_COVERAGE):
                    continue
                if timed and (tolerated or not plain_words or len(plain_hit) < len(plain_words)
                              or not says_when(facts[hit.n])
                              or any(not term_of.get(w, set()) & own for w in titles)):
                    continue  # a stretch already: all in the fact's own words, not its entities' titles
                if tolerated and (len(plain_hit) < len(known_plain) or (relaxed and not wrong_numbers)):
                    continue  # an unknown word and a stand-in entity are two stretches: one is the most
                if wrong_numbers and not all(states_a(facts[hit.n], sort) for sort in wrong_numbers):
                    continue
                if duration and (not counts_time(facts[hit.n]) or any(
                        not term_of.get(w, set()) & own
                        for w in set(plain_words) - TIME_UNITS - NUMBER_WORDS if not w.isdigit())
                        or (lasting and counts_since(facts[hit.n]))):
                    continue  # "Da quanti anni Kim è al potere?" needs a count of time, and of that very thing;
                    # "How long was the summit?" is not answered by the years since another one
                if any(w not in hit.matched for w in guessed) or (
                        head is not None and head not in hit.matched
                        and not names_a(index, HEAD_KINDS.get(head), covered - set(named))):
                    continue
                if restates_place(facts[hit.n], index, named) or (asked and ordinal_clash(facts[hit.n], asked)):
                    continue
                if hit.score < MIN_SCORE:
                    continue
                passing.append((len(plain_hit), hit))
            if passing and WHY & q.frame and not relaxed and not any(
                    gives_reason(facts[h.n], asked_terms) for _, h in passing):
                # A why-question answered only by facts that give no reason: a fact that gives one, with a
                # related entity standing in, is the better answer if there is one.
                reasonless = passing
                continue
            if relaxed and WHY & q.frame:
                passing = [p for p in passing if gives_reason(facts[p[1].n], asked_terms)] or reasonless
            if passing:
                # Of facts scored about the same, the one that says more of what was asked.
                near = [p for p in passing if p[1].score >= NEAR_TIE * passing[0][1].score]
                chosen = max(near, key=lambda p: (p[0], p[1].score))[1]
        if chosen is None:
            reasons.append("no fact of the asked kind covers the question's entities and words")

    top = shortlist[:5]
    alternatives = fact_hits(index, [h for h in top if chosen is None or h.n != chosen.n][:3])
    if chosen is None and not alternatives:
        alternatives = fact_hits(index, best_first(index.score(matches, None), 3))
    info: dict[str, Any] = {}
    if explain:
        info = {
            "detected_lang": q.lang, "kind": q.kind, "types": list(types) or "any",
            "topic_words": topic, "entities": {e: ws for e, ws in named.items()},
            "matched_terms": {m.word: [t for t, _ in m.matches] for m in matches},
            "unknown_words": unknown,
            "candidates": [[facts[h.n].id, round(h.score, 3)] for h in top],  # top is within the shortlist
            "decision": "answered" if chosen else "; ".join(reasons),
        }
    answer_hit = fact_hits(index, [chosen])[0] if chosen is not None else None
    return AskResult(text, out_lang, q.kind, answer_hit, alternatives, info)

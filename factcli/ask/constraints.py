"""What a question requires of a fact beyond its words, read once per question: places gone to, names ruled
out or only saying when, the years and bounds it keeps to, whether it asks a duration or of a meeting."""

from __future__ import annotations

import re

from factcli.ask.causes import WHY
from factcli.ask.compounds import part_of_a_longer_name
from factcli.ask.fit import SINCE_TEXT, are_places, besides, number_sort, ordinals, people_in, time_qualifiers, topical
from factcli.ask.journeys import moves
from factcli.ask.question import asks_a_time_count
from factcli.ask.reading import Reading
from factcli.ask.words import LASTED, TIME_UNITS
from factcli.ask.years import year_bounds
from factcli.core.struct import field, record
from factcli.core.text import fold_written, words
from factcli.index.read import Index

# "how long", "da quanto tempo", "da quanti anni", "for how many years": a count, or the start date.
DURATION = frozenset({"long", "tempo", "da", "for", "years"}) | LASTED  # "Quanto durò...?" asks a duration too
# A question asks a time since or between things in a fact's words for it, and in more ("How long before...?").
_SINCE_WORDS = SINCE_TEXT | {"before", "passed", "apart", "da", "dalla", "prima", "fa"}
_BOUNDS = frozenset({"before", "after", "since", "until", "till", "by", "prima", "dopo", "dal", "da", "fino", "entro",
                     "oltre", "tra", "fra", "between"})
# "in Oslo", "a Parigi", "at the Louvre": where a claim puts what happened (not "far from Oslo").
_PLACED_IN = re.compile(r"\b(in|at|a|ad|nel|nella|nello|presso) (?:the )?([A-Z][\w'-]+)")
_MEETING = frozenset({"meet", "met", "incontr", "summit", "vertic"})

Group = tuple[str, ...]


@record
class Constraints:
    """What the question requires of a fact, beyond its words: read once, checked for every candidate."""

    timed: str | None  # only a fact that says this (when, where), all in its own words, may answer
    tolerated: bool  # an unknown word (or a claim's wrong number) is let pass
    asked: list[tuple[int, set[str]]]  # ordinals the question gives, with the terms of what they number
    gone_to: set[Group]  # places named as somewhere someone went
    destinations: set[Group]  # the same, unless a why-question takes the going as given
    ruled_out: set[str]  # entities the question rules out ("besides Rossi")
    needless: set[Group]  # names a fact need not cover: ruled out, or only saying when
    exact_groups: set[Group]  # names a fact must cover as that very thing
    topics: set[Group]  # names of what the whole file is about, which a fact need not name too
    lasting: bool  # asks how long something lasted, not how long since
    meeting: bool  # asks about a meeting
    named_people: set[str]
    subject_people: set[str]
    duration: bool  # a count of time is asked for
    needs_own: bool  # some check reads the fact's own words
    years: set[str]  # the years an open question names, which the answer must not contradict
    bounds: list[tuple[str, int]]  # ("before", 2019), ("since", 2011): what the answer's years must keep to
    # A fact naming Portugal is about its president too, for coverage ("What does Madrid want from Silva?").
    standing_for: dict[Group, set[str]] = field(default_factory=dict)  # filled when the relaxed pass begins
    related: dict[str, set[str]] = field(default_factory=dict)  # the entities that may stand for each
    rejected: dict[str, str] = field(default_factory=dict)  # why the best candidates failed, for --explain


def constraints(index: Index, r: Reading, *, timed: str | None, tolerated: bool) -> Constraints:
    """The constraints a fact must meet: places gone to, names ruled out or only saying when, and the like."""
    q, groups = r.q, r.groups
    # A place someone went to must be one the fact itself names or says: Silva's alias ("President
    # of Portugal") puts Portugal's words in every fact about Silva, and "Did Rossi visit Portugal?"
    # is not answered by Silva's visit to Spain.
    # The place is a destination when it follows the going ("Did Silva go to Madrid?"), not when it
    # goes ("Is Spain going to share...?", "Does Portugal want to go to the World Cup?").
    # ("Why did Silva go to Spain?" takes the going as given and asks for a reason.)
    moved = next((i for i, w in enumerate(q.words) if moves(w)), None)
    gone_to = {ws for ws, ents in groups.items() if are_places(index, ents)
               and moved is not None and ws[0] in q.words and q.words.index(ws[0]) > moved}
    destinations = gone_to if not WHY & q.frame else set()
    # "Besides Rossi, ...", "Oltre a Parigi, ...": what follows is ruled out, not asked about.
    ruled_groups = besides(q, groups)
    # The fact base's own topic, named beside something else, need not be named by the fact too.
    topic_groups = {ws for ws, ents in groups.items() if topical(index, ents)}
    if len(topic_groups) == len(groups):
        topic_groups = set()
    # A destination, or the thing a location is asked of ("Where is Downing Street?"), must be that very
    # thing: not the country it may stand for, nor words its country's aliases put in every fact.
    # So must everything a claim names when one of its numbers is already taken for a wrong detail.
    exact_groups = destinations | (set(groups) if (q.kind == "location" and len(groups) == 1) or r.wrong_numbers
                                   else set())
    if r.yes_no:
        # "Did they meet in Oslo?": the place a claim puts something in is checked against the fact's own
        # words (verdict.py), so the fact must name that very place, not an entity standing for it.
        placed = {fold_written(m.group(2)) for m in _PLACED_IN.finditer(q.text)}
        exact_groups |= {ws for ws, ents in groups.items() if are_places(index, ents) and set(ws) & placed}
    duration = q.kind == "count" and bool(q.frame & DURATION) and asks_a_time_count(q.words)
    return Constraints(
        timed=timed, tolerated=tolerated, gone_to=gone_to, destinations=destinations, exact_groups=exact_groups,
        topics=topic_groups, duration=duration,
        # What the question numbers: the first word after an ordinal that some fact knows.
        # A yes/no question ("Was this Rossi's first term?") is answered by the fact that says otherwise.
        asked=[] if r.yes_no else [(value, r.term_of[nouns[0]]) for value, following in ordinals(q.words)
                                   if (nouns := [w for w in following if r.term_of.get(w)])],
        ruled_out={ent for ws in ruled_groups for ent in groups[ws]},
        needless=time_qualifiers(q, groups) | ruled_groups | topic_groups | settings(index, r),
        # "How long was the festival?" asks how long it lasted; "for how many years", "since", "between"
        # ask how long since, which a count of years since something answers.
        lasting=bool(({"long", "tempo"} | LASTED) & q.frame) and not _SINCE_WORDS & set(q.words),
        # A meeting of two people asked about is not one a third person had with either of them (a
        # why-question takes the meeting as given).
        meeting=any(r.term_of.get(w, set()) & _MEETING for w in q.words) and not WHY & q.frame,
        named_people=people_in(index, set(r.named)),
        # The person a question is about is not stood in for by a country ("What did Silva propose to
        # Rossi?" is not answered by what Rossi proposed to Portugal); a country may be, by its
        # leader ("Lisbon's wish list": what Silva hoped for).
        subject_people=people_in(index, set(r.subjects)),
        # The fact's own words (not its entities' other names), read once per fact when a check needs them.
        needs_own=bool(exact_groups) or bool(timed) or duration,
        # A claim's year is checked as a detail it may have wrong (verdict.py), not here.
        # A year after "before", "since", "dopo il" bounds the time asked about; a date question asks for
        # one, and a count of years reckons from it ("How many years after 2019...").
        years=set() if r.yes_no or q.kind == "date" or (q.kind == "count" and (duration or TIME_UNITS & set(q.words))) else {
            w for i, w in enumerate(q.words) if number_sort(w) == "year" and w not in r.unknown
            and not _BOUNDS & set(q.words[max(0, i - 3):i]) and not any(w in ws for ws in r.groups)},
        # (A count of time reckons from the year, "How many years after 2019?"; one of things keeps to it.)
        bounds=[] if r.yes_no or (q.kind == "count" and (duration or TIME_UNITS & set(q.words))) else year_bounds(q.words))


# Words that put what is asked somewhere ("the race in Oslo"; "the Oslo race" is a name, not this).
_IN = frozenset({"in", "at", "a", "ad", "nel", "nella", "nello", "presso"})


def settings(index: Index, r: Reading) -> set[Group]:
    """The places a question puts what it asks in ("Who designed the arcade in Milan?") that are where the whole
    file is: in the name of the thing a third of its facts are about ("the Milan Arcade"). A fact need not name
    them too. Not a where-question, a count (how many died in one town of the region is another count), nor a
    claim, whose place is checked. (Not where a location fact alone puts that thing there: a file about an event
    places its parts in many towns, and a question naming one asks about that one; bench/RESULTS.md.)"""
    q = r.q
    if q.kind in ("location", "count") or r.yes_no:
        return set()
    out = set()
    for ws, ents in r.groups.items():
        at = q.words.index(ws[0]) if ws[0] in q.words else 0
        if at and q.words[at - 1] in _IN and are_places(index, ents) and any(_is_setting(index, ent) for ent in ents):
            out.add(ws)
    return out


def _is_setting(index: Index, place: str) -> bool:
    """Whether a thing a third of the file's facts name has this place in its name."""
    entity = index.entity(place)
    if entity is None:
        return False
    # (Those named with it in its first facts: a thing a third of the file names is among them, and a large
    # file is not read whole for one question.)
    facts = sorted(index.naming(place))[:200]
    names = [tuple(words(name)) for name in entity.all_names()]
    return any(len(index.naming(other)) * 3 >= index.total and any(
        part_of_a_longer_name(index, name, {other}) for name in names)
        for other in {ent for fact in index.facts(facts) for ent in fact.entities} - {place})

"""Whether a question claims something to check (a yes/no question, a tag question, a statement, "Claim: ...") or
asks openly ("When...?", "Dove...?", "According to the report, how many...?"): only a claim gets a verdict."""

from __future__ import annotations

import re

from factcli.ask.fit import CLAIM_OPENERS
from factcli.ask.question import Question
from factcli.core.numbers import according_to
from factcli.core.text import words

# Words that open an open question in either language: such a question asks, it claims nothing.
_OPEN = frozenset({"when", "where", "who", "whom", "whose", "what", "which", "how", "why", "quando", "dove", "dov",
                   "chi", "cosa", "che", "come", "quanti", "quante", "quanto", "quanta", "quale", "quali", "qual",
                   "perche", "tell", "dimmi", "give", "dammi", "show", "mostrami", "list"})
_LATE_ASKING = frozenset({"when", "where", "who", "whom", "what", "which", "why", "quando", "dove", "chi", "cosa",
                          "quale", "quali", "qual", "perche", "quanti", "quante", "quanto", "quanta"})
_ARTICLES = frozenset({"il", "lo", "la", "i", "gli", "le", "l", "del", "della", "dello", "dei", "degli", "delle",
                       "al", "alla", "nel", "nella", "the"})
_IMPERATIVES = frozenset({"tell", "dimmi", "give", "dammi", "show", "mostrami", "list"})
# Verbs that open a yes/no question in English ("Did Ada...?", "Is it true...?").
_ASKING_VERBS = frozenset({"is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "can", "could",
                           "will", "would", "should", "e", "era", "sono", "erano", "ha", "hanno"})
# Between spaces (not the O of O'Hara), and not "or not", "o no", "o meno", which ask yes or no.
_CHOICE = re.compile(r"\s(?:or|o|oppure)\s(?!(?:not|no|meno)\b)")
_TAGS = ("right?", "vero?", "giusto?", "no?", "true?", "correct?", "corretto?", "isn't it?", "wasn't it?",
         "didn't he?", "didn't they?", "did he?", "non è vero?")


def is_claim(q: Question) -> bool:
    """Whether the question claims something to check (a yes/no question, a tag question, "Claim: ...")."""
    text = q.text.strip().lower()
    first = q.words[:3]
    if not first:
        return False
    # A tag is a word of its own ("..., no?"), not the end of one ("quest'anno?").
    tagged = any(text.endswith(t) and (len(text) == len(t) or not text[-len(t) - 1].isalpha()) for t in _TAGS)
    if first[0] in CLAIM_OPENERS or "vero che" in text or "true that" in text or tagged:
        return True
    if text.endswith("?") and _CHOICE.search(text):
        return False  # "Treno o aereo?", "Did Ada come by train or by car?": which one, not a claim
    # ("Tell me...", "Can you tell me...?" ask; "Did Ada tell a reporter...?" claims.)
    if any(w in _OPEN - _IMPERATIVES or (w in _IMPERATIVES and (i == 0 or q.words[i + 1:i + 2] in (("me",), ("us",))))
           for i, w in enumerate(first)):
        return False
    if text.endswith("?") and (_OPEN - _IMPERATIVES) & set(_past_the_lead_in(q, text)):
        return False  # a lead-in asks nothing: "According to the report, how many...?", "Secondo Ada chi...?"
    if text.endswith("?") and (_asks_at_the_end(q.words) or _asks_after_a_preposition(q.words)):
        return False  # "The water equalled the flow of which river?", "Il centro a cosa è ispirato?"
    if text.endswith("?") and _asks_after_a_fronted_phrase(q.words):
        return False  # "In 1948 in Donora how many people died?", "A Roma nel 1960 chi vinse?"
    # A sentence stated, not asked ("The festival was held in Turin."), is a claim too; so is one written without
    # its full stop, when a verb of being or having stands after its subject ("Mennea fu eletto sindaco").
    # ("è", written with its accent, is "is"; folded, it would be "and".)
    return text.endswith(("?", ".")) or first[0] in _ASKING_VERBS or (
        not text.endswith(("!", ":")) and not _OPEN & set(q.words) and (
            bool(_STATING & set(q.words[1:])) or " è " in f" {text} "))


def _past_the_lead_in(q: Question, text: str) -> list[str]:
    """The first words after a lead-in, where an open question would ask: past its comma, or, after an opening
    "secondo" written without one, the question's first six words."""
    if "," in text:
        return words(text.split(",", 1)[1])[:3]
    return list(q.words[:6]) if according_to(q.words, 0) else []


# Forms of "to be" and "to have" that make a run of words a sentence, not a list of keywords.
_STATING = frozenset({"is", "was", "were", "are", "has", "had", "have", "fu", "furono", "era", "erano", "ha", "hanno",
                      "aveva", "avevano", "sono"})


def _asks_at_the_end(toks: tuple[str, ...]) -> bool:
    """Whether an interrogative stands among a question's last three words ("...of which river?"), not after an
    article ("la città della quale"): the question asks that, it claims nothing. (Earlier in a sentence, "who",
    "which", "dove", "quando" are as often relatives or conjunctions.)"""
    return any(w in _LATE_ASKING and (i == 0 or toks[i - 1] not in _ARTICLES)
               for i, w in enumerate(toks) if i >= len(toks) - 3)


# Italian prepositions without an article: an interrogative after one asks ("Oggi Meda in quale provincia si
# trova?", "Secondo Ada con che mezzo...?"); a relative after a preposition is "cui" or takes an article.
_BARE_PREPOSITIONS = frozenset({"in", "con", "da", "di", "a", "per", "su", "tra", "fra"})
_ASKING_AFTER = frozenset({"quale", "quali", "che", "cosa", "chi"})


def _asks_after_a_preposition(toks: tuple[str, ...]) -> bool:
    """Whether an Italian interrogative follows a bare preposition anywhere in the question, or an English one a
    preposition in a question that opens with no verb ("At the mouth of which river...?"; "Is the town in which
    ...?" claims): it asks that."""
    return any((w in _ASKING_AFTER and toks[i - 1] in _BARE_PREPOSITIONS) or (
        w in _EN_ASKING_AFTER and toks[i - 1] in _EN_PREPOSITIONS and toks[0] not in _ASKING_VERBS)
        for i, w in enumerate(toks) if i)


_EN_ASKING_AFTER = frozenset({"which", "what", "whom", "whose"})
_EN_PREPOSITIONS = frozenset({"of", "in", "at", "on", "by", "to", "for", "from", "with", "into", "during", "after",
                              "before", "under", "near"})


# Prepositions that open a phrase of place or time put before the question proper.
_FRONTING = frozenset({"in", "at", "on", "during", "after", "before", "a", "ad", "nel", "nella", "nei", "nell", "al",
                       "alla", "durante", "dopo", "prima", "da"})
# The interrogatives that ask after such a phrase ("che" and "come" are as often "that" and "as": "Nel 1948 che...").
_FRONTED_ASKING = _OPEN - _IMPERATIVES - {"che", "come"}
# How far into the question its interrogative may stand behind such a phrase.
_FRONTED_REACH = 8


def _asks_after_a_fronted_phrase(toks: tuple[str, ...]) -> bool:
    """Whether a question that opens with a phrase of place or time asks openly after it ("In 1948 in Donora how
    many...?"): an interrogative among its first words, with no verb that asks yes or no before it."""
    if not toks or toks[0] not in _FRONTING:
        return False
    for w in toks[1:_FRONTED_REACH]:
        if w in _ASKING_VERBS:
            return False
        if w in _FRONTED_ASKING:
            return True
    return False

"""Going somewhere: the words that say someone goes (a place named after them is a destination), and the terms
by which a fact tells of a journey."""

from __future__ import annotations

from factcli.core.text import other_stems, stem

# Going somewhere: the place named is a destination.
MOTION = frozenset({"visit", "visited", "visits", "visiting", "went", "go", "goes", "travel", "travelled", "traveled",
                    "trip", "fly", "flew", "visitato", "visita", "andato", "andata", "viaggio", "viaggiato", "volato",
                    "va", "vanno", "andare", "andra", "andranno", "recato", "recata", "recarsi", "visitare", "volare",
                    "going", "andando"})
# Stems of four letters or more: "andare" stems to "and", which English uses for something else.
_MOTION_STEMS = frozenset(t for w in MOTION if len(t := stem(w)) >= 4)
# A fact tells of a journey by the going or by the arriving ("reached the summit", "giunse a Roma"); not by
# "arrive" (stem "arriv"), which Italian also says of what comes in time ("arriva quattro anni dopo").
_ARRIVING = ("reach", "reached", "reaches", "landed", "sailed", "raggiunse", "raggiunsero", "raggiunto", "raggiunta",
             "raggiunti", "giunse", "giunsero", "giunto", "giunta", "giunti", "sbarcato", "sbarcarono")
# Or by its name: a journey, a flight, a crossing ("the first flight across the strait").
GOING_TERMS = _MOTION_STEMS | {stem(w) for w in ("journey", "trip", "trips", "visit", "viaggio", "viaggi", "visita", "flight",
                                                 "flights", "volo", "voli", "voyage", "crossing", "crossed",
                                                 "traversata", "attraverso")}
JOURNEY_TERMS = GOING_TERMS | {stem(w) for w in _ARRIVING}


def moves(word: str) -> bool:
    """Whether a word says someone goes somewhere, in any form (visiterà, andranno, travelling)."""
    return word in MOTION or stem(word) in _MOTION_STEMS or bool(set(other_stems(word)) & _MOTION_STEMS)

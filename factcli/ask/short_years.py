"""Years said in two digits ("del 66", "in '68"), read as the one year of the facts they can be."""

from __future__ import annotations

import re
from collections.abc import Callable

# Words after which two digits are a year said short ("l'alluvione del 66", "in '68").
_BEFORE_YEAR = frozenset({"del", "nel", "dal", "al", "anno", "in", "of", "since", "summer", "estate"})
# The centuries two digits may be a year of, the likeliest first.
_CENTURIES = ("19", "20", "18")


def full_years(toks: list[str], text: str, known: Callable[[str], bool] | None,
               named: Callable[[str], bool] | None = None) -> list[str]:
    """Two digits said for a year ("del 66", "'68", "Europei 68" of a thing named "Europei 1968") as the one year of
    the facts they can be: 1966 where the facts know 1966 and not 2066; else as written."""
    if known is None:
        return toks
    short = {m.group(1) for m in re.finditer(r"['’](\d{2})\b", text)}
    out = []
    for i, tok in enumerate(toks):
        if len(tok) == 2 and tok.isdigit() and (tok in short or (i and toks[i - 1] in _BEFORE_YEAR) or (
                i and named is not None and any(named(f"{toks[i - 1]} {c}{tok}") for c in _CENTURIES))):
            years = [century + tok for century in _CENTURIES if known(century + tok)]
            tok = years[0] if len(years) == 1 else tok
        out.append(tok)
    return out

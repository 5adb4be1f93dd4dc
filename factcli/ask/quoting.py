"""Questions that quote words ("Who said «that is the way»?"): the one quote that says those very words answers
them, whatever the ranking put first."""

from __future__ import annotations

import re

from factcli.ask.question import Question
from factcli.core.model import Lang
from factcli.core.results import AskResult
from factcli.core.text import terms, words
from factcli.index.rank import as_hit
from factcli.index.read import Index

# Words in quotation marks: «...», "...", “...”, or '...' opened after a space (not an apostrophe).
_QUOTE_SPAN = re.compile(r"[«\"“]([^«»\"“”]+)[»\"”]|(?:^|(?<=\s))'([^']+)'(?=[\s?.!,;:]|$)")


def quoted_only(text: str) -> list[str]:
    """The words a question quotes when none of them is a word the index keeps ("This is it", "Ci siamo"): the
    only way to find their quote is by its own text; none otherwise."""
    quoted = _quoted_words(text)
    return quoted if len(quoted) >= 2 and not any(terms(w) for w in quoted) else []


def _quoted_words(text: str) -> list[str]:
    """The words of the first span a question quotes; none if it quotes none."""
    span = _QUOTE_SPAN.search(text)
    return words(next(g for g in span.groups() if g)) if span else []


def quoted_span(text: str) -> list[str]:
    """The words a question quotes, three at least; none otherwise."""
    quoted = _quoted_words(text)
    return quoted if len(quoted) >= 3 else []


def quoting(index: Index, q: Question, lang: Lang | None, quoted: list[str], explain: bool) -> AskResult | None:
    """The one quote whose words (or a translation's) hold the quoted words in a row; None if none or several."""
    size = len(quoted)
    found = [fact for fact in index.facts(sorted(index.of_types(("quote",))))
             if any(any(ws[i:i + size] == quoted for i in range(len(ws) - size + 1))
                    for ws in (words(text) for text in (getattr(fact.value, "text", ""),
                                                         *getattr(fact.value, "translation", {}).values())))]
    if len(found) != 1:
        return None
    info = {"decision": "the quoted words are this quote's own"} if explain else {}
    result = AskResult(q.text, lang or q.lang, "quote", as_hit(index, found[0], set(quoted)), [], info)
    result.confidence = 1.0  # the one quote that says those very words: right by what it is
    return result

"""Which language a question is written in: Italian or English, by the markers each has."""

from __future__ import annotations

from factcli.core.model import Lang
from factcli.core.text import words

# Function words and common question words of each language: general, never a topic's words.
_IT_MARKERS = frozenset("""
quando dove chi cosa quanti quante quanto quale quali che il lo la gli le di del della dei delle nel nella
ha hanno si sono stato stata con per tra anno anni detto fatto perche cosa come e un una non ma anche
dopo prima questa quella suo sua loro essere avere quale regione paese paesi citta al dal dall alla dalla allo ai agli dai sul sulla
negli nei parla parlano vuole vogliono pensa sa fa era erano ancora sempre molto tanti tutti questo quello
sul nel nello negli dello degli dell nell sull sullo sugli agli alle fu furono ebbe ebbero aveva avevano affermazione
quanta ad ed da ci cui quali questi quelli noi voi lui lei
""".split())
# Endings only Italian verbs have: the past and imperfect plurals ("morirono", "arrivarono", "andavano").
_IT_ENDINGS = ("rono", "avano", "evano", "ivano")
_EN_MARKERS = frozenset("""
when where who what which how many much did does do the of is was were with year years said say
has have had why whom and are been from after before their they his her its this that there at on by claim
""".split())


def _markers(toks: list[str], raw: str) -> tuple[int, int]:
    """How many Italian markers (words, accented letters) and English ones a question has."""
    return (sum(t in _IT_MARKERS or (len(t) > 5 and t.endswith(_IT_ENDINGS)) for t in toks)
            + sum(ch in "àèéìòù" for ch in raw.lower()),
            sum(t in _EN_MARKERS for t in toks))


def detect_lang(toks: list[str], raw: str) -> Lang:
    """Italian when the question has more Italian markers (words, accented letters) than English ones."""
    it, en = _markers(toks, raw)
    return "it" if it > en else "en"


def shows_its_language(text: str) -> bool:
    """Whether a question's words tell its language: more markers of one than of the other ("diga" tells none)."""
    it, en = _markers(words(text), text)
    return it != en

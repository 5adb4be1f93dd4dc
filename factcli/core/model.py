"""The typed fact model: sources, entities and facts with their typed values.

Plain frozen dataclasses with a lossless dict form, which is what the index
stores, so a cached fact base never needs the YAML parser again.
"""

from __future__ import annotations

from factcli.core.struct import field, record

# typing costs ~10 ms at start-up; type checkers see the precise aliases, the runtime plain ones.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Set as AbstractSet
    from typing import Any, Literal, TypeAlias

    Lang: TypeAlias = Literal["it", "en"]
else:
    Lang = str
LANGS: tuple[Lang, ...] = ("it", "en")
FACT_TYPES = ("date", "location", "count", "quote", "event")
STATUSES = ("stated", "inferred")
# What a source may be, in the names of CSL (the citation format pandoc and Zotero read).
SOURCE_KINDS = ("article-newspaper", "article-magazine", "article-journal", "webpage", "entry-encyclopedia",
                "report", "book", "interview", "broadcast", "speech", "legislation")
ENTITY_KINDS = ("person", "country", "place", "organisation", "event", "thing", "group")
QUALIFIERS = ("start", "early", "mid", "late", "end", "before", "after", "circa")
# How a count's number bounds the true one: about it, more or fewer than it, at least or at most it.
COUNT_QUALIFIERS = ("circa", "over", "under", "at-least", "at-most")
FORMAT_VERSION = 1


@record
class Bilingual:
    """A text in Italian and English."""

    it: str
    en: str

    def get(self, lang: Lang) -> str:
        """The text in `lang`."""
        return self.it if lang == "it" else self.en

    def to_dict(self) -> dict[str, str]:
        """The dict form: {"it": ..., "en": ...}."""
        return {"it": self.it, "en": self.en}

    @classmethod
    def from_dict(cls, d: dict[str, str]) -> Bilingual:
        """The text of a dict with "it" and "en" (the inverse of to_dict)."""
        return cls(it=d["it"], en=d["en"])


def _bi(d: dict[str, str] | None) -> Bilingual | None:
    """The Bilingual of an optional dict; None stays None."""
    return None if d is None else Bilingual.from_dict(d)


def _bi_dict(b: Bilingual | None) -> dict[str, str] | None:
    """The dict form of an optional Bilingual; None stays None."""
    return None if b is None else b.to_dict()


@record
class DateValue:
    """An ISO 8601 date at its precision (YYYY, YYYY-MM or YYYY-MM-DD)."""

    date: str
    qualifier: str | None = None

    @property
    def precision(self) -> str:
        """How much of the date is given: 'year', 'month' or 'day'."""
        return {4: "year", 7: "month"}.get(len(self.date), "day")


@record
class LocationValue:
    place: Bilingual
    region: Bilingual | None = None
    country: Bilingual | None = None


@record
class CountValue:
    number: int | float
    unit: Bilingual
    counted: Bilingual | None = None
    qualifier: str | None = None  # one of COUNT_QUALIFIERS; None: the number is exact
    max: int | float | None = None  # the top of a range ("75,000 to 82,000"): `number` is then its bottom


@record
class QuoteValue:
    text: str
    lang: str
    speaker: str  # an entity id
    to: Bilingual | None = None
    when: Bilingual | None = None
    translation: dict[str, str] = field(default_factory=dict)


@record
class EventValue:
    name: Bilingual


if TYPE_CHECKING:
    Value: TypeAlias = DateValue | LocationValue | CountValue | QuoteValue | EventValue
else:
    Value = object


def value_to_dict(v: Value) -> dict[str, Any]:
    """The lossless dict form of a value (both languages)."""
    if isinstance(v, DateValue):
        return {"date": v.date, "qualifier": v.qualifier}
    if isinstance(v, LocationValue):
        return {
            "place": v.place.to_dict(),
            "region": _bi_dict(v.region),
            "country": _bi_dict(v.country),
        }
    if isinstance(v, CountValue):
        return {"number": v.number, "unit": v.unit.to_dict(), "counted": _bi_dict(v.counted), "qualifier": v.qualifier,
                "max": v.max}
    if isinstance(v, QuoteValue):
        return {
            "text": v.text,
            "lang": v.lang,
            "speaker": v.speaker,
            "to": _bi_dict(v.to),
            "when": _bi_dict(v.when),
            "translation": dict(v.translation),
        }
    return {"name": v.name.to_dict()}


def _both(b: Bilingual | None) -> tuple[str, ...]:
    """The Italian and English texts of an optional Bilingual; none for None."""
    return () if b is None else (b.it, b.en)


def value_texts(v: Value) -> list[str]:
    """The words a value says, in both languages (not its language code, qualifier or speaker id), in the order of
    its dict form: the strings of value_to_dict(v) but those. Written out per type: indexing asks it of every fact."""
    if isinstance(v, DateValue):
        return [v.date]
    if isinstance(v, LocationValue):
        return [*_both(v.place), *_both(v.region), *_both(v.country)]
    if isinstance(v, CountValue):  # the number is not a string
        return [*_both(v.unit), *_both(v.counted)]
    if isinstance(v, QuoteValue):
        return [v.text, *_both(v.to), *_both(v.when), *v.translation.values()]
    return [*_both(v.name)]


def value_from_dict(kind: str, d: dict[str, Any]) -> Value:
    """The typed value of a fact of type `kind`, from its dict form (the inverse of value_to_dict)."""
    if kind == "date":
        return DateValue(d["date"], d.get("qualifier"))
    if kind == "location":
        return LocationValue(Bilingual.from_dict(d["place"]), _bi(d.get("region")), _bi(d.get("country")))
    if kind == "count":
        return CountValue(d["number"], Bilingual.from_dict(d["unit"]), _bi(d.get("counted")), d.get("qualifier"),
                          d.get("max"))
    if kind == "quote":
        return QuoteValue(
            d["text"], d["lang"], d["speaker"], _bi(d.get("to")), _bi(d.get("when")),
            dict(d.get("translation") or {}),
        )
    return EventValue(Bilingual.from_dict(d["name"]))


@record
class Source:
    id: str
    title: str
    language: str
    url: str | None = None
    date: str | None = None  # when it was published
    description: str | None = None
    outlet: str | None = None  # the newspaper, site or agency that published it
    author: str | None = None
    kind: str | None = None  # what it is, as a citation names it: one of SOURCE_KINDS

    def to_dict(self) -> dict[str, Any]:
        """The lossless dict form of the source."""
        return {
            "id": self.id, "title": self.title, "language": self.language,
            "url": self.url, "date": self.date, "description": self.description,
            "outlet": self.outlet, "author": self.author, "kind": self.kind,
        }

    def citation(self) -> dict[str, Any]:
        """What a citation of the source needs: its id and title, and whatever else the file tells."""
        return {k: v for k, v in self.to_dict().items() if v is not None and k != "description"}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        """The source of a dict form (the inverse of to_dict)."""
        return cls(d["id"], d["title"], d["language"], d.get("url"), d.get("date"), d.get("description"),
                   d.get("outlet"), d.get("author"), d.get("kind"))


@record
class Entity:
    id: str
    kind: str
    names: dict[str, tuple[str, ...]]
    stands_for: tuple[str, ...] = ()  # entities its names may mean too (a capital, its country)

    def name(self, lang: Lang) -> str:
        """The entity's main name in `lang`, falling back to the other language."""
        for code in (lang, *LANGS):
            if self.names.get(code):
                return self.names[code][0]
        return self.id

    def all_names(self) -> list[str]:
        """Every name and alias, both languages, each once."""
        return list(dict.fromkeys(n for code in LANGS for n in self.names.get(code, ())))

    def to_dict(self) -> dict[str, Any]:
        """The lossless dict form of the entity."""
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "names": {k: list(v) for k, v in self.names.items()}}
        if self.stands_for:
            out["stands_for"] = list(self.stands_for)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        """The entity of a dict form (the inverse of to_dict)."""
        return cls(d["id"], d["kind"], {k: tuple(v) for k, v in d["names"].items()}, tuple(d.get("stands_for", ())))


@record
class Fact:
    id: str
    type: str
    value: Value
    statement: Bilingual
    entities: tuple[str, ...]
    tags: tuple[str, ...]
    status: str
    source: str
    excerpt: str
    derived_from: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The lossless dict form of the fact, value included."""
        return {
            "id": self.id, "type": self.type, "value": value_to_dict(self.value),
            "statement": self.statement.to_dict(), "entities": list(self.entities),
            "tags": list(self.tags), "status": self.status, "source": self.source,
            "excerpt": self.excerpt, "derived_from": list(self.derived_from),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Fact:
        """The fact of a dict form (the inverse of to_dict)."""
        return cls(
            d["id"], d["type"], value_from_dict(d["type"], d["value"]),
            Bilingual.from_dict(d["statement"]), tuple(d["entities"]), tuple(d["tags"]),
            d["status"], d["source"], d["excerpt"], tuple(d.get("derived_from") or ()),
        )


@record
class FactSet:
    """Everything one or more fact files define, validated and merged."""

    sources: dict[str, Source]
    entities: dict[str, Entity]
    facts: dict[str, Fact]
    files: tuple[str, ...] = ()
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    vocabulary_files: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # each file's own


# The words before a place where something happens there ("died in Chicago", "nacque ad Augusta", "at Oslo").
_IN = frozenset({"in", "at", "on", "a", "ad", "nel", "nell", "nella", "nello", "nei", "negli", "nelle", "presso"})
# Words between "in" and a place's name that say which part of it ("in central Oslo", "nel centro di Oslo").
_PART_OF = frozenset({"central", "northern", "southern", "eastern", "western", "downtown", "centro", "nord", "sud"})


def place_of(fact: Fact, entity: Callable[[str], Entity | None], asked: AbstractSet[str]) -> Entity | None:
    """The one place a fact of another type says something asked happened in ("died in Chicago", "nacque ad
    Augusta"), besides those the question names (by a name all of whose words it has, `asked` being its folded
    words): named after "in", "at", "a"... within a few words of a word of the question, a city or region
    before a country; None when it says none, or several of the same standing. A place named otherwise ("went
    to Oslo", "the Oslo summit") or far from what was asked is not where it happened."""
    from factcli.core.text import STOPWORDS, irregular_stems, stem, words

    # (Another form of an irregular verb is the same word: "morto" is near "morì a Oxford".)
    stems = {s for w in asked if w not in STOPWORDS for s in (stem(w), *irregular_stems(w))}
    said = [(toks, [i for i, t in enumerate(toks) if stem(t) in stems])
            for toks in (words(fact.statement.get(lang)) for lang in LANGS)]
    others = [e for ident in fact.entities if (e := entity(ident)) is not None and e.kind in ("place", "country")
              and not any(set(words(name)) <= asked for name in e.all_names())
              and any(_happened_in(toks, words(name), near) for toks, near in said for name in e.all_names())]
    for kind in ("place", "country"):
        found = [e for e in others if e.kind == kind]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _happened_in(toks: list[str], name: list[str], near: list[int]) -> bool:
    """Whether folded words name a place right after "in", "at", "ad", "nel"... (an article between), within six
    words of one of the positions `near`."""
    from factcli.core.text import ARTICLES, OF_WORDS

    size = len(name)
    for i in range(1, len(toks) - size + 1):
        if toks[i:i + size] == name and any(abs(i - j) <= 6 for j in near):
            # (Past an article and a word that says which part of it: "in central Oslo", "nel centro di Oslo".)
            k = i - 1
            while k > 0 and i - k <= 3 and (toks[k] in ARTICLES or toks[k] in _PART_OF or toks[k] in OF_WORDS):
                k -= 1
            if toks[k] in _IN:
                return True
    return False

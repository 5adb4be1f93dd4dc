"""What commands return: plain data for the one renderer to turn into text."""

from __future__ import annotations

from factcli.core.errors import Diagnostic
from factcli.core.model import Entity, Fact, Lang, Source
from factcli.core.struct import field, mutable_record

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs ~10 ms
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Lookup(Protocol):
        """What a renderer may ask of the fact base: names for ids."""

        def entity(self, ident: str) -> Entity | None:
            """The entity with this id, or None."""

        def source(self, ident: str) -> Source | None:
            """The source with this id, or None."""
else:
    Lookup = object


@mutable_record
class FactHit:
    fact: Fact
    score: float | None = None
    matched: tuple[str, ...] = ()


@mutable_record
class FactsResult:
    """A list of facts, from list/show/search/when/where/count/quote/timeline."""

    hits: list[FactHit]
    lang: Lang
    command: str
    query: str = ""
    not_found: str = "no matching fact"


@mutable_record
class EntityRow:
    entity: Entity
    facts: int


@mutable_record
class EntitiesResult:
    rows: list[EntityRow]
    lang: Lang
    not_found: str = "no matching entity"


# What a refusal says, and how its reason begins ("no fact answers that (no fact uses: Japan)").
NO_ANSWER = "no fact answers that"


@mutable_record
class AskResult:
    question: str
    lang: Lang
    kind: str
    answer: FactHit | None
    alternatives: list[FactHit]
    explain: dict[str, Any] = field(default_factory=dict)
    not_found: str = NO_ANSWER
    verdict: str | None = None  # for a claim: confirmed, contradicted or not in the facts
    confidence: float | None = None  # how likely the answer is right, 0..1 (ask/confidence.py)


@mutable_record
class CheckResult:
    """What `check` found: the counts of the files it loaded together, and every problem, errors and warnings."""

    label: str
    facts: int
    entities: int
    sources: int
    diagnostics: list[Diagnostic] = field(default_factory=list)
    loaded: bool = True  # False when the files cannot be loaded (then the counts are 0)
    more: bool = False  # collecting stopped at the error limit, with problems left unreported
    unverified: list[str] = field(default_factory=list)  # sources with excerpts no text given could verify

    def count(self, severity: str) -> int:
        """How many problems of this severity ("error" or "warning") were found."""
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def summary(self) -> str:
        """The one-line summary: `facts.yaml: 3 facts, 2 entities, 1 source: OK` for files that load,
        `2 errors in 1 file` for files that do not."""
        def n(count: int, one: str, many: str) -> str:
            """`count` with the singular or plural noun that goes with it."""
            return f"{count} {one if count == 1 else many}"

        warnings = self.count("warning")
        noted = f" ({n(warnings, 'warning', 'warnings')})" if warnings else ""
        if not self.loaded:
            files = len({d.file for d in self.diagnostics if d.severity == "error"})
            counted = f"{n(self.count('error'), 'error', 'errors')} in {n(files, 'file', 'files')}{noted}"
            if self.more:
                return f"{counted} shown; stopped there, and there are more (--max-errors N raises the limit, 0 shows all)"
            return counted
        errors = self.count("error")  # for files that load: excerpts their source does not contain
        status = "OK" if not errors else f"{n(errors, 'excerpt', 'excerpts')} not found in the source text"
        # Texts given for some sources only: the others' excerpts were not verified, which "OK" must not hide.
        unverified = (f"; excerpts of {n(len(self.unverified), 'source', 'sources')} not verified, no text given: "
                      f"{', '.join(self.unverified)}") if self.unverified else ""
        return (f"{self.label}: {n(self.facts, 'fact', 'facts')}, {n(self.entities, 'entity', 'entities')}, "
                f"{n(self.sources, 'source', 'sources')}: {status}{noted}{unverified}")


@mutable_record
class StatsResult:
    total: int
    by_type: dict[str, int]
    by_status: dict[str, int]
    by_entity: dict[str, int]
    by_tag: dict[str, int]
    by_source: dict[str, int]
    lang: Lang


@mutable_record
class MessageResult:
    """Free text for commands such as `cache info` and `schema`."""

    text: str
    data: Any = None


Result = FactsResult | EntitiesResult | AskResult | CheckResult | StatsResult | MessageResult


def is_empty(result: Result) -> bool:
    """True when a command found nothing (exit status 1)."""
    if isinstance(result, FactsResult):
        return not result.hits
    if isinstance(result, EntitiesResult):
        return not result.rows
    if isinstance(result, AskResult):
        return result.answer is None
    return False

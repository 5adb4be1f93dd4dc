"""The fast way to a new index: the native parser, then checking and indexing on two cores.

Used only when it cannot change the result (see native_yaml.py): any problem at all, and the
caller goes the positioned way, which reports every problem with its line and column. The
facts are checked and indexed in two halves, the second in a forked child (index/two_cores.py), so
each process checks the facts it indexes. What needs all the facts at once is settled
before the fork: sources and entities are checked, and every fact id is known and unique.
"""

from __future__ import annotations

import shutil
import tempfile
from typing import Any

from factcli.core.model import Entity, Source
from factcli.index import two_cores as forked
from factcli.index.write import Part, index_part, numbering, spill
from factcli.load import native_yaml as fastyaml
from factcli.load.validate import Validation

Progress = Any  # Callable[[str, int, int], None] | None; typing is not imported at run time


class _Invalid(Exception):
    """Something the positioned reader must look at."""


# Sources, entities, index parts, per file how many facts it holds and the entity and source ids it defines,
# and each file's own vocabulary.
Built = tuple[dict[str, Source], dict[str, Entity], list[Part], list[tuple[int, dict[str, list[str]]]],
              dict[str, dict[str, tuple[str, ...]]]]


def load_fast(texts: list[tuple[str, bytes]], progress: Progress) -> Built | None:
    """Sources, entities and index parts of the files, and how many facts each holds; None when the positioned
    reader must do it. Each file's facts are numbered in a room of their own (index/write.py: numbering)."""
    if not fastyaml.available():
        return None
    build = _read_files(texts, progress)
    if build is None or not build.ids_unique():
        return None  # a missing or repeated id: the positioned reader reports where
    parts = build.check_and_index_all()
    if parts is None:
        return None
    per_file = [(count, build.validation.defines(label)) for count, label in zip(build.counts, build.labels)]
    return build.validation.sources, build.validation.entities, parts, per_file, build.validation.vocabulary_files


def _read_files(texts: list[tuple[str, bytes]], progress: Progress) -> _FastBuild | None:
    """The files read natively, their sources and entities checked; None when any needs the positioned reader."""
    build = _FastBuild(progress)
    for i, (label, _) in enumerate(texts):
        if progress is not None:
            progress("reading facts", 0, 1)
        # The file's bytes are handed over (texts keeps b""): the parse needs a marked copy, not both, and
        # the caller reads the file again in the rare case the positioned reader must take it.
        box = [texts[i][1]]
        texts[i] = (label, b"")
        if not build.add_file(label, box):
            return None
    # What sources and entities refer to (an entity's stands_for) must be defined before facts are checked.
    return None if build.validation.has_problems() or not build.validation.refs_resolved() else build


def _spill_dir(count: int) -> str | None:
    """A new directory for the worker's rows when `count` facts are worth a worker and one can be made; else None."""
    if count < forked.MIN_ITEMS:
        return None
    try:
        return tempfile.mkdtemp(prefix="factcli-build-")
    except OSError:  # no writable temporary directory: the rows come back through the pipe
        return None


class _FastBuild:
    """The files as the native parser gave them: sources and entities checked, their facts still to check."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.validation = Validation()
        self.nodes: list[Any] = []  # the facts of every file, in order
        self.counts: list[int] = []  # how many of them each file holds
        self.labels: list[str] = []
        self.numbers: Any = None  # the number of each fact in the index
        self.known: set[Any] = set()
        self.spill_dir: str | None = None

    def add_file(self, label: str, box: list[bytes]) -> bool:
        """Whether the native parser could read the file (its bytes, taken out of `box`) and its sources and
        entities could be checked."""
        data = fastyaml.load(box)
        if not isinstance(data, dict):
            return False
        facts = data.get("facts")
        self.counts.append(len(facts) if isinstance(facts, list) else 0)
        self.labels.append(label)
        if isinstance(facts, list):
            self.nodes += facts
            facts.clear()
        self.validation.start_file(label, native=True)
        try:
            self.validation.rest_of_file(data)  # sources and entities; the facts come below
        except Exception:  # NotExact, or a shape libyaml would never give: let the positioned reader say
            return False
        return True

    def ids_unique(self) -> bool:
        """Whether every fact has a string id that no other fact has."""
        ids = [node.get("id") if isinstance(node, dict) else None for node in self.nodes]
        self.known = set(ids)
        return len(self.known) == len(ids) and all(isinstance(i, str) for i in ids)

    def check_and_index(self, start: int, stop: int) -> Part:
        """The index part of facts `start` to `stop`, each checked first; _Invalid when any is not valid."""
        if start > 0:  # the worker: the first half's trees are the parent's; freed here, their memory is reused
            self.nodes[:start] = [None] * start
        v = self.validation
        done, refs = v.fact_count(), v.ref_count()
        for i in range(start, stop):
            v.fact(self.nodes[i], (0, 0))
            self.nodes[i] = None
        if v.has_problems() or v.fact_count() - done != stop - start or not v.refs_resolved(refs, self.known):
            raise _Invalid
        part = index_part(v.facts_from(done), self.numbers[start:stop], v.entities, self.progress if start == 0 else None,
                          len(self.nodes))
        if self.spill_dir is not None:
            spill(part, self.spill_dir)  # the worker's rows travel as a SQLite file; the parent's, at the same time
        return part

    def let_go(self, half: int) -> None:
        """Drop the parent's hold on the facts from `half` on: they are the child's to check."""
        self.nodes[half:] = [None] * (len(self.nodes) - half)

    def check_and_index_all(self) -> list[Part] | None:
        """The index parts of all the facts; None when any is invalid or a scalar's text was lost (NotExact)."""
        self.spill_dir = _spill_dir(len(self.nodes))
        self.numbers = numbering(self.counts)[0]
        try:
            parts = forked.in_two(self.check_and_index, len(self.nodes), self.let_go)
        except BaseException as exc:
            if self.spill_dir is not None:
                shutil.rmtree(self.spill_dir, ignore_errors=True)
            if isinstance(exc, Exception) and not isinstance(exc, MemoryError):
                return None
            raise
        return parts

"""The fast way to a new index: the native parser, then checking and indexing on two cores.

Used only when it cannot change the result (see native_yaml.py): any problem at all, and the
caller goes the positioned way, which reports every problem with its line and column.

A large single file is cut in two (native_split.py): the parent parses, checks and indexes the
first half of its facts while a forked child does the same with the second (index/two_cores.py),
so that the parse, too, runs on two cores. What needs all the facts at once (no id in both halves,
every fact that a fact derives from defined) is settled when both are done. Any other large build
is parsed whole, then its facts are checked and indexed in two halves, the second in a forked child,
so each process checks the facts it indexes; what needs all the facts is settled before that fork.
"""

from __future__ import annotations

import shutil
import tempfile
from typing import Any

from factcli.core.model import Entity, Source
from factcli.index import two_cores as forked
from factcli.index.write import Part, index_part, numbering, spill
from factcli.load import native_split
from factcli.load import native_yaml as fastyaml
from factcli.load.validate import Validation

Progress = Any  # Callable[[str, int, int], None] | None; typing is not imported at run time


class _Invalid(Exception):
    """Something the positioned reader must look at."""


class _AnyFact:
    """Stands for the ids of facts checked in the other process: what a half's facts derive from is resolved
    once both halves' ids are known."""

    def __contains__(self, ident: object) -> bool:
        """Every id may be one of the other half's, for now."""
        return True


# Sources, entities, index parts, per file how many facts it holds and the entity and source ids it defines,
# and each file's own vocabulary.
Built = tuple[dict[str, Source], dict[str, Entity], list[Part], list[tuple[int, dict[str, list[str]]]],
              dict[str, dict[str, tuple[str, ...]]]]
# What a half that could not be indexed says: parse the file whole instead (the cut may be at fault), or let the
# positioned reader say what is wrong.
_WHOLE, _INVALID = "whole", "invalid"


def load_fast(texts: list[tuple[str, bytes]], progress: Progress) -> Built | None:
    """Sources, entities and index parts of the files, and how many facts each holds; None when the positioned
    reader must do it. Each file's facts are numbered in a room of their own (index/write.py: numbering)."""
    if not fastyaml.available():
        return None
    if len(texts) == 1 and fastyaml.splittable():
        tried, built = _load_cut(*texts[0], progress)
        if tried:
            return built
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
        if not build.add_tree(label, fastyaml.load(box)):
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


def _load_cut(label: str, data: bytes, progress: Progress) -> tuple[bool, Built | None]:
    """The file read on two cores, each process parsing its own half (native_split.py): (True, what load_fast
    gives) when that was done, (False, None) when the file is better parsed whole."""
    where = native_split.cut(data)
    if where is None or where.before + where.after < forked.MIN_ITEMS:
        return False, None
    if progress is not None:
        progress("reading facts", 0, 1)
    spill_dir = _spill_dir(forked.MIN_ITEMS)
    child = forked.fork(lambda: _FastBuild(None, spill_dir).half(label, [data[:where.items] + data[where.at:]],
                                                                   where.before))
    if child is None:
        _remove(spill_dir)
        return False, None
    mine = _FastBuild(progress, spill_dir)
    try:
        ours = mine.half(label, [data[:where.at]], 0, where.before)
    except BaseException:
        child.stop()
        _remove(spill_dir)
        raise
    if ours["status"] is not None:
        child.stop()
        _remove(spill_dir)
        return ours["status"] == _INVALID, None
    done, theirs = child.result()
    if not done or theirs["status"] == _WHOLE:  # the child died, or could not trust the cut: parse it whole
        _remove(spill_dir)
        return False, None
    built = mine.joined(label, ours, theirs)
    if built is None:
        _remove(spill_dir)
    return True, built


def _remove(spill_dir: str | None) -> None:
    """Remove a spill directory and the parts' files in it, once they are not wanted."""
    if spill_dir is not None:
        shutil.rmtree(spill_dir, ignore_errors=True)


class _FastBuild:
    """The files as the native parser gave them: sources and entities checked, their facts still to check."""

    def __init__(self, progress: Progress, spill_dir: str | None = None) -> None:
        self.progress = progress
        self.validation = Validation()
        self.nodes: list[Any] = []  # the facts of every file, in order
        self.counts: list[int] = []  # how many of them each file holds
        self.labels: list[str] = []
        self.numbers: Any = None  # the number of each fact in the index
        self.known: Any = set()  # the ids facts may derive from
        self.spill_dir = spill_dir

    def add_tree(self, label: str, data: Any) -> bool:
        """Whether the native parser could read the file (its tree, `data`) and its sources and entities could be
        checked."""
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

    def half(self, label: str, box: list[bytes], before: int, expected: int | None = None) -> dict[str, Any]:
        """One half of a cut file (its text taken out of `box`) parsed, checked and indexed, its facts numbered
        after the `before` of the first half (`expected`: how many facts this half must hold). What the other
        process needs of it: its status (None, _WHOLE or _INVALID), and when None its part, fact ids, the facts
        they derive from, and its count."""
        tree = fastyaml.parse(box)
        if not isinstance(tree, dict) or not isinstance(tree.get("facts"), list):
            return {"status": _WHOLE}
        if expected is not None and len(tree["facts"]) != expected:
            return {"status": _WHOLE}  # a line taken for an item's was not one: the cut is not to be trusted
        v = self.validation
        if not self.add_tree(label, tree) or v.has_problems() or not v.refs_resolved():
            return {"status": _INVALID}
        self.numbers = numbering([before + len(self.nodes)])[0][before:]
        self.known = _AnyFact()
        try:
            part = self.check_and_index(0, len(self.nodes))
        except Exception as exc:
            if isinstance(exc, MemoryError):
                raise
            return {"status": _INVALID}
        ids, refs = v.fact_ids_and_refs()
        done = {"status": None, "part": part, "ids": list(ids), "refs": list(refs), "count": self.counts[0]}
        v.drop_facts()  # the parent frees them before it waits for the child, not after
        return done

    def joined(self, label: str, ours: dict[str, Any], theirs: dict[str, Any]) -> Built | None:
        """The whole file's build, from this first half (`ours`: what half gave) and the child's `theirs`; None
        when the child could not index its half, or when an id is in both halves or a fact derives from one that
        neither defines."""
        if theirs["status"] is not None:
            return None
        known = set(ours["ids"])
        known.update(theirs["ids"])
        if len(known) != len(ours["ids"]) + len(theirs["ids"]) or not known.issuperset(ours["refs"]) or not \
                known.issuperset(theirs["refs"]):
            return None
        v = self.validation
        return (v.sources, v.entities, [ours["part"], theirs["part"]], [(ours["count"] + theirs["count"], v.defines(label))],
                v.vocabulary_files)

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
            _remove(self.spill_dir)
            if isinstance(exc, Exception) and not isinstance(exc, MemoryError):
                return None
            raise
        return parts

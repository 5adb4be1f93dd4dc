"""The fast way to a new index: the native parser, then checking and indexing on two cores.

Used only when it cannot change the result (see fastyaml.py): any problem at all, and the
caller goes the positioned way, which reports every problem with its line and column. The
facts are checked and indexed in two halves, the second in a forked child (forked.py), so
each process checks the facts it indexes. What needs all the facts at once is settled
before the fork: sources and entities are checked, and every fact id is known and unique.
"""

from __future__ import annotations

import shutil
import tempfile
from typing import Any

from factcli.core.model import Entity, Source
from factcli.index import two_cores as forked
from factcli.index.write import Part, index_part, spill
from factcli.load import native_yaml as fastyaml
from factcli.load.validate import Validation

Progress = Any  # Callable[[str, int, int], None] | None; typing is not imported at run time


class _Invalid(Exception):
    """Something the positioned reader must look at."""


def load_fast(texts: list[tuple[str, bytes]], progress: Progress,
              ) -> tuple[dict[str, Source], dict[str, Entity], list[Part]] | None:
    """Sources, entities and index parts of the files; None when the positioned reader must do it."""
    if not fastyaml.available():
        return None
    validation = Validation()
    nodes: list[Any] = []
    scalars: list[Any] = []  # per node, the converter of its file's resolved scalars
    converters: list[fastyaml.Scalars] = []
    for label, blob in texts:
        if progress is not None:
            progress("reading facts", 0, 1)
        loaded = fastyaml.load(blob)
        if loaded is None or not isinstance(loaded[0], dict):
            return None
        data, file_scalars = loaded
        converters.append(file_scalars)
        facts = data.get("facts")
        if isinstance(facts, list):
            nodes += facts
            scalars += [file_scalars.text] * len(facts)
            facts.clear()
        validation.start_file(label, file_scalars.text)
        try:
            validation.rest_of_file(data)  # sources and entities; the facts come below
        except Exception:  # NotExact, or a shape libyaml would never give: let the positioned reader say
            return None
    if validation.c.diags:
        return None
    ids = [node.get("id") if isinstance(node, dict) else None for node in nodes]
    known = set(ids)
    if len(known) != len(ids) or not all(isinstance(i, str) for i in ids):
        return None  # a missing or repeated id: the positioned reader reports where

    merge = validation.merge

    def check_and_index(start: int, stop: int) -> Part:
        done, refs = len(merge.facts), len(merge.refs)
        c = validation.c
        for i in range(start, stop):
            c.scalar = scalars[i]
            validation.fact(nodes[i], (0, 0))
            nodes[i] = None  # its tree is let go once checked
        if c.diags or len(merge.facts) - done != stop - start:
            raise _Invalid
        for _file, _mark, kind, ident, _context in merge.refs[refs:]:
            if ident not in known if kind == "fact" else (kind, ident) not in merge.where:
                raise _Invalid
        facts = list(merge.facts.values())[done:]
        part = index_part(facts, start + 1, merge.entities, progress if start == 0 else None, len(nodes))
        if start > 0:  # the worker also scans the files, for the conversions made anywhere
            part["exact"] = all(c.exact() for c in converters)
        if spill_dir is not None:
            spill(part, spill_dir)  # the worker's rows travel as a SQLite file; the parent's, at the same time
        return part

    def let_go(half: int) -> None:
        nodes[half:] = [None] * (len(nodes) - half)  # the child's to check

    spill_dir = None
    if len(nodes) >= forked.MIN_ITEMS:
        try:
            spill_dir = tempfile.mkdtemp(prefix="factcli-build-")
        except OSError:  # no writable temporary directory: the rows come back through the pipe
            pass
    try:
        # The worker's share is smaller: it also scans the files for how numbers are written.
        parts = forked.in_two(check_and_index, len(nodes), let_go, share=0.48)
        exact = parts[-1]["exact"] if len(parts) == 2 else all(c.exact() for c in converters if c.used)
        if not exact:
            raise fastyaml.NotExact
    except BaseException as exc:
        if spill_dir is not None:
            shutil.rmtree(spill_dir, ignore_errors=True)
        if isinstance(exc, Exception) and not isinstance(exc, MemoryError):
            return None
        raise
    return merge.sources, merge.entities, parts

"""Re-index only the fact files that changed since the last index of the same files (index/update.py).

A directory of article files is one fact base: an edit to one article must not re-read the others. The
cache remembers, per set of paths asked for, the key of the last index built for it; on a miss, when
that index is still there and few files differ from the ones it was built from (by digest), only those
are read and checked, against what the index knows of the others (their fact, entity and source ids,
what refers to what), and the index is changed in place: their facts out, the new ones in. Anything
unusual (a problem in a file, a definition others rely on changing, a file outgrowing its numbers, a new
file sorting between old ones) and the caller builds the whole index as before, which reports every
problem with its line and column. The result is the index a full build would make, facts numbered apart.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Sequence
from typing import Any

from factcli.core.model import Entity, Fact
from factcli.index.read import Index
from factcli.index.storage import open_cached
from factcli.index.synonyms import files_vocabularies, stored
from factcli.index.update import (
    FileInfo,
    Updater,
    commit_and_move,
    entities_standing_for,
    facts_between,
    files_of,
    open_for_update,
    referrers,
)
from factcli.index.write import FileRow, index_part, numbering, room_for
from factcli.load.validate import Validation

Ranges = list[tuple[int, int]]


def file_rows(labels: Sequence[str], digests: Sequence[str], per_file: Sequence[tuple[int, dict[str, list[str]]]],
              ) -> list[FileRow]:
    """The `files` table of a full build: each file's digest, fact numbers (write.numbering) and definitions."""
    firsts = numbering([count for count, _ in per_file])[1]
    return [(label, digest, first, room_for(count), count, json.dumps(defines, sort_keys=True))
            for label, digest, first, (count, defines) in zip(labels, digests, firsts, per_file)]


def _pointer(cache_dir: str, set_id: str) -> str:
    """Where the key of the last index of this set of paths is kept."""
    raw = set_id.encode("utf-8", "surrogateescape")
    return os.path.join(cache_dir, "sets", f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}.json")


def remember(cache_dir: str, set_id: str, key: str) -> None:
    """Remember `key` as the last index built for this set of paths, if the cache can be written."""
    target = _pointer(cache_dir, set_id)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        tmp = f"{target}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(json.dumps({"set": set_id, "key": key}))
        os.replace(tmp, target)
    except OSError:
        pass


def last_index(cache_dir: str, set_id: str) -> tuple[str, str] | None:
    """(path, key) of the last index built for this set of paths, when it names one; else None."""
    try:
        with open(_pointer(cache_dir, set_id), "rb") as handle:
            memo = json.loads(handle.read())
        if memo["set"] == set_id:
            return os.path.join(cache_dir, f"{memo['key']}.sqlite"), str(memo["key"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def plan(old: list[FileInfo], labels: Sequence[str], digests: Sequence[str | None],
         ) -> tuple[list[tuple[int, FileInfo | None]], list[FileInfo]] | None:
    """The files to read again (position, their old record or None when new) and the files gone; None when a
    full build is the better way (many changes, files in another order, a new file among the old ones)."""
    by_label = {info["label"]: info for info in old}
    asked = set(labels)
    if [label for label in labels if label in by_label] != [info["label"] for info in old if info["label"] in asked]:
        return None
    changed: list[tuple[int, FileInfo | None]] = []
    last_old = max((i for i, label in enumerate(labels) if label in by_label), default=-1)
    for i, (label, digest) in enumerate(zip(labels, digests)):
        info = by_label.get(label)
        if info is None and i < last_old:
            return None  # a new file among the old ones: its facts would need numbers between theirs
        if info is None or info["digest"] != digest:
            changed.append((i, info))
    gone = [info for info in old if info["label"] not in asked]
    redone = sum(info["count"] for info in gone) + sum(info["count"] for _, info in changed if info is not None)
    if (not changed and not gone) or len(changed) + len(gone) > max(1, len(labels) // 4) or \
            redone > sum(info["count"] for info in old) // 4:
        return None  # a full build, on two cores, does much of the index again faster than in place
    return changed, gone


def read_alone(label: str, blob: bytes) -> Validation | None:
    """One file read and checked by itself (references to other files left open); None on any problem."""
    from factcli.core.errors import FactFileError
    from factcli.load import native_yaml
    from factcli.load.checker import NotExact

    data = native_yaml.load(blob)
    if isinstance(data, dict):
        v = Validation()
        v.start_file(label, native=True)
        try:
            facts = data.get("facts")
            for node in facts if isinstance(facts, list) else ():
                v.fact(node, (0, 0))
            if isinstance(facts, list):
                facts.clear()
            v.rest_of_file(data)
            return None if v.has_problems() else v
        except NotExact:
            pass
    from factcli.load.yaml_reader import decode, parse_yaml

    v = Validation()
    v.start_file(label)
    try:
        data, problems = parse_yaml(decode(blob, label), label, v.fact)
    except FactFileError:
        return None
    v.rest_of_file(data)
    return None if problems or v.has_problems() else v


class _Check:
    """What the unchanged files define and refer to, against which the files read again are checked."""

    def __init__(self, base: Index, old: list[FileInfo], replaced: list[FileInfo]) -> None:
        self.base = base
        self.gone: Ranges = [(info["first"], info["first"] + info["room"]) for info in replaced]
        replaced_labels = {info["label"] for info in replaced}
        self.kept_defs = {(kind, ident) for info in old if info["label"] not in replaced_labels
                          for kind, ids in info["defines"].items() for ident in ids}

    def outside(self, n: int) -> bool:
        """Whether fact number `n` belongs to a file that is kept as it was."""
        return not any(lo <= n < hi for lo, hi in self.gone)

    def kept_fact(self, ident: str) -> bool:
        """Whether a kept file defines the fact `ident`."""
        found = self.base.fact_numbers([ident])
        return bool(found) and self.outside(found[ident])

    def defined_elsewhere(self, kind: str, ident: str) -> bool:
        """Whether a kept file defines this fact, entity or source."""
        return self.kept_fact(ident) if kind == "fact" else (kind, ident) in self.kept_defs

    def relied_on(self, kind: str, ident: str) -> bool:
        """Whether a kept file's fact refers to this fact, entity or source."""
        return any(self.outside(n) for n in referrers(self.base, kind, ident))


def consistent(check: _Check, news: list[Validation], old_defs: dict[tuple[str, str], Any]) -> bool:
    """Whether the files read again fit with the kept ones: no id defined twice, every reference resolved, and
    nothing a kept file relies on (a definition it refers to, an entity whose names index its facts) gone or changed."""
    new_defs: dict[tuple[str, str], Any] = {}
    for v in news:
        for kind, table in (("fact", v.merge.facts), ("entity", v.merge.entities), ("source", v.merge.sources)):
            for ident, value in table.items():
                if (kind, ident) in new_defs or check.defined_elsewhere(kind, ident):
                    return False
                new_defs[(kind, ident)] = value
    for v in news:
        for _file, _mark, kind, ident, _context in v.merge.refs:
            if (kind, ident) not in new_defs and not check.defined_elsewhere(kind, ident):
                return False
    standing = {ref for refs in entities_standing_for(check.base).values() for ref in refs}
    for (kind, ident), value in old_defs.items():
        if (kind, ident) in new_defs and (kind != "entity" or new_defs[(kind, ident)] == value):
            continue  # still defined (an entity as it was: other files' facts are indexed by its names)
        if check.relied_on(kind, ident) or (kind == "entity" and (kind, ident) not in new_defs and ident in standing):
            return False
    return True


def _old_defs(base: Index, replaced: list[FileInfo], old_facts: list[list[Fact]]) -> dict[tuple[str, str], Any]:
    """What the files being replaced defined, as the index holds it."""
    defs: dict[tuple[str, str], Any] = {("fact", f.id): f for facts in old_facts for f in facts}
    for info in replaced:
        for ident in info["defines"].get("entity", ()):
            defs[("entity", ident)] = base.entity(ident)
        for ident in info["defines"].get("source", ()):
            defs[("source", ident)] = base.source(ident)
    return defs


def _lookup(base: Index, facts: list[Fact], own: dict[str, Entity]) -> dict[str, Entity]:
    """The entities these facts name, from `own` first, else from the index."""
    out: dict[str, Entity] = {}
    for fact in facts:
        for ref in (*fact.entities, getattr(fact.value, "speaker", None)):
            if ref and ref not in out:
                found = own.get(ref) or base.entity(ref)
                if found is not None:
                    out[ref] = found
    return out


def _rows(old: list[FileInfo], labels: list[str], digests: list[str], rooms: dict[str, tuple[int, int]],
          news: dict[str, Validation]) -> list[FileRow]:
    """The `files` table after the update."""
    by_label = {info["label"]: info for info in old}
    rows: list[FileRow] = []
    for label, digest in zip(labels, digests):
        v = news.get(label)
        count = v.fact_count() if v is not None else by_label[label]["count"]
        defines = v.defines(label) if v is not None else by_label[label]["defines"]
        rows.append((label, digest, *rooms[label], count, json.dumps(defines, sort_keys=True)))
    return rows


def update(base_path: str, base: Index, labels: list[str], digests: list[str], blobs: dict[int, bytes],
           key: str, meta: dict[str, str], old: list[FileInfo] | None = None) -> Index | None:
    """The index of these files made from `base` (whose files are `old`, when known) by re-reading only the files
    that changed; None when the caller must build it whole. `blobs` must hold the bytes of every file whose
    digest differs from base's."""
    try:
        return _update(base_path, base, labels, digests, blobs, key, meta, old)
    except MemoryError:
        raise  # reported as one by the caller
    except Exception:  # the index file changed or broke under us (another process): a full build does not need it
        return None


def _update(base_path: str, base: Index, labels: list[str], digests: list[str], blobs: dict[int, bytes],
            key: str, meta: dict[str, str], old: list[FileInfo] | None) -> Index | None:
    """update, which may fail on an index file another process changes meanwhile."""
    old = files_of(base) if old is None else old
    todo = plan(old, labels, digests)
    if todo is None or any(blobs.get(i) is None for i, _ in todo[0]):
        return None
    changed, gone = todo
    replaced = [info for _, info in changed if info is not None] + gone
    news = [read_alone(labels[i], blobs[i]) for i, _ in changed]
    if any(v is None for v in news):
        return None
    valid: list[Validation] = [v for v in news if v is not None]
    old_facts = [facts_between(base, info["first"], info["first"] + info["room"]) for info in replaced]
    if not consistent(_Check(base, old, replaced), valid, _old_defs(base, replaced, old_facts)):
        return None
    return _apply(base_path, base, old, labels, digests, changed, replaced, valid, old_facts, key, meta)


def _apply(base_path: str, base: Index, old: list[FileInfo], labels: list[str], digests: list[str],
           changed: list[tuple[int, FileInfo | None]], replaced: list[FileInfo], news: list[Validation],
           old_facts: list[list[Fact]], key: str, meta: dict[str, str]) -> Index | None:
    """Write the change into the index file and give it its new key; None when it cannot be done in place."""
    rooms = {info["label"]: (info["first"], info["room"]) for info in old}
    end = max((first + room for first, room in rooms.values()), default=1)
    for (i, _), v in zip(changed, news):
        count = v.fact_count()
        first, room = rooms.get(labels[i], (end, room_for(count)))
        if count > room:
            return None  # outgrew its numbers: a full build lays them out again
        rooms[labels[i]] = (first, room)
        end = max(end, first + room)
    own = {ident: e for v in news for ident, e in v.entities.items()}
    old_own = {ident for info in replaced for ident in info["defines"].get("entity", ())}
    conn = open_for_update(base_path, base.meta().get("key", ""))
    if conn is None:
        return None
    up = Updater(conn)
    up.define(old_own - set(own), [e for ident, e in own.items() if base.entity(ident) != e],
              {s for info in replaced for s in info["defines"].get("source", ())}, [s for v in news for s in v.sources.values()])
    old_parts = {info["label"]: (info, index_part(facts, range(info["first"], info["first"] + len(facts)),
                                                   _lookup(base, facts, {})))
                 for info, facts in zip(replaced, old_facts)}
    empty = index_part([], [], {})
    for (i, _), v in zip(changed, news):
        facts = list(v.merge.facts.values())
        lo = rooms[labels[i]][0]
        info, old_part = old_parts.pop(labels[i], (None, empty))
        hi = lo + info["room"] if info is not None else lo
        up.replace(lo, hi, old_part, index_part(facts, range(lo, lo + len(facts)), _lookup(base, facts, own)))
    for info, old_part in old_parts.values():  # the files gone
        up.replace(info["first"], info["first"] + info["room"], old_part, empty)
    own_vocabularies = files_vocabularies(base)
    own_vocabularies.update({labels[i]: v.vocabulary for (i, _), v in zip(changed, news)})
    meta = {**meta, **stored(labels, [own_vocabularies.get(label, {}) for label in labels])}
    up.finish(_rows(old, labels, digests, rooms, {labels[i]: v for (i, _), v in zip(changed, news)}), meta)
    final = os.path.join(os.path.dirname(base_path), f"{key}.sqlite")
    base.conn.close()
    return open_cached(final, key) if commit_and_move(conn, base_path, final) else None

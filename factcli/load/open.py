"""Find fact files, read them, and open their index from the cache or build it.

The cache key is the sha256 of the bytes already read (plus the index schema and
program version), so an edit is never missed, whatever the clock or file size.
A cache entry is written to a temporary file and renamed into place; anything
unreadable or foreign is a miss; an unwritable cache directory only costs speed.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from collections.abc import Callable, Sequence
from typing import Any

from factcli.core.errors import Diagnostic, FactFileError
from factcli.core.model import Entity, FactSet, Source
from factcli.core.struct import record
from factcli.core.version import __version__
from factcli.index.files import build_file, build_in_memory, open_cached
from factcli.index.read import Index
from factcli.index.write import SCHEMA_VERSION, Part
from factcli.load.files import DEFAULT_MAX_BYTES, os_message, read_bytes, read_with_stat, stat_file

Progress = Callable[[str, int, int], None]  # phase, done, total
_KEEP_ENTRIES = 32


def bundled_path() -> str:
    """The fact file shipped with factcli (inside the wheel, or at the top of a checkout)."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    inside = os.path.join(here, "facts.yaml")
    return inside if os.path.isfile(inside) else os.path.join(os.path.dirname(here), "facts.yaml")


def default_cache_dir() -> str:
    """The cache directory: $FACTCLI_CACHE_DIR, else factcli under $XDG_CACHE_HOME or ~/.cache."""
    env = os.environ.get("FACTCLI_CACHE_DIR")
    if env:
        return env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "factcli")


def expand_paths(paths: Sequence[str]) -> list[tuple[str, str]]:
    """(path, label) of every fact file named, each file once however often it is named (`check a.yaml a.yaml`,
    a directory and a file in it): a directory gives its *.yaml and *.yml, sorted."""
    out = _expanded(paths)
    seen: set[str] = set()
    unique = []
    for path, label in out:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            unique.append((path, label))
    return unique


def _expanded(paths: Sequence[str]) -> list[tuple[str, str]]:
    """(path, label) of every fact file named, in order: a directory gives its *.yaml and *.yml, sorted."""
    out: list[tuple[str, str]] = []
    for path in paths:
        if not path:
            raise FactFileError([Diagnostic("''", 0, 0, "an empty path names no fact file")])
        try:
            is_dir = os.path.isdir(path)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                names = sorted(n for n in os.listdir(path) if n.endswith((".yaml", ".yml")))
            except OSError as exc:
                raise FactFileError([Diagnostic(path, 0, 0, os_message(exc))]) from None
            if not names:
                raise FactFileError([Diagnostic(path, 0, 0, "directory holds no *.yaml fact file")])
            out += [(os.path.join(path, n), os.path.join(path, n)) for n in names]
        else:
            out.append((path, path))
    return out


def resolve_paths(explicit: Sequence[str]) -> list[tuple[str, str]]:
    """The files to load: -f options, else FACTCLI_FILE (os.pathsep-separated), else the bundled file."""
    if explicit:
        return expand_paths(explicit)
    env = os.environ.get("FACTCLI_FILE", "")
    named = [p for p in env.split(os.pathsep) if p]
    if named:
        return expand_paths(named)
    bundled = bundled_path()
    return [(str(bundled), "facts.yaml (bundled)")]


@record
class Loaded:
    index: Index
    labels: tuple[str, ...]
    key: str
    cache_file: str | None
    cache_hit: bool


def _sha256(data: bytes) -> str:
    """The hex sha256 digest of `data`."""
    import hashlib  # not at start-up: a remembered digest spares the warm path this import

    return hashlib.sha256(data).hexdigest()


def _key(digests: Sequence[str]) -> str:
    """The cache key: the sha256 of each file's bytes, the index schema and the program version."""
    stamp = f"s{SCHEMA_VERSION}-v{__version__}"
    if len(digests) == 1:
        return f"{digests[0]}-{stamp}"
    return f"{_sha256(' '.join(digests).encode())}-{stamp}"


# -- remembering a file's digest ---------------------------------------------------------------
# Hashing 80 MB costs ~45 ms on every run. Like git's index, we remember the digest with the
# file's identity and change time, and trust it only for a file that had been quiet for
# QUIET_NS before we hashed it ("racily clean" files are hashed again): any later write moves
# ctime (which no user call can set back) past that point, so a stale digest is never used.
QUIET_NS = 2_000_000_000


def _identity(st: os.stat_result) -> list[int]:
    """What a remembered digest must match: the file's device, inode, size, mtime and ctime."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _memo_path(cache_dir: str, path: str) -> str:
    """Where the remembered digest of the file at `path` is kept."""
    # The name need not be collision-proof: the memo holds the file's identity and is checked against it.
    real = os.path.realpath(path).encode("utf-8", "surrogateescape")
    return os.path.join(cache_dir, "digests", f"{zlib.crc32(real):08x}{zlib.adler32(real):08x}.json")


def _remembered_digest(cache_dir: str, path: str, st: os.stat_result) -> str | None:
    """The remembered sha256 of `path`, if it still holds for the file as `st` finds it; else None."""
    try:
        with open(_memo_path(cache_dir, path), "rb") as handle:
            memo = json.loads(handle.read())
        if memo["identity"] == _identity(st) and max(st.st_ctime_ns, st.st_mtime_ns) < memo["seen"] - QUIET_NS:
            return str(memo["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _remember_digest(cache_dir: str, path: str, st: os.stat_result, digest: str, seen: int) -> None:
    """Remember `digest` for `path` with its identity and when it was read, if the cache can be written."""
    target = _memo_path(cache_dir, path)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        tmp = f"{target}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(json.dumps({"identity": _identity(st), "seen": seen, "sha256": digest}))
        os.replace(tmp, target)
    except OSError:
        pass


def _prune(cache_dir: str) -> None:
    """Delete all but the _KEEP_ENTRIES most recently written index files of the cache, if it can."""
    try:
        entries = sorted(cache_entries(cache_dir), key=os.path.getmtime, reverse=True)
        for old in entries[_KEEP_ENTRIES:]:
            os.unlink(old)
    except OSError:
        pass


def _reporting(check: Callable[[Any, tuple[int, int]], None], progress: Progress, lines: int,
               ) -> Callable[[Any, tuple[int, int]], None]:
    """Wrap the per-fact check so that every 500th fact reports how far into the file the parser is."""
    seen = [0]

    def check_and_report(node: Any, mark: tuple[int, int]) -> None:
        """Check one fact; every 500th, report the line the parser has reached."""
        check(node, mark)
        seen[0] += 1
        if seen[0] % 500 == 0:
            progress("reading facts", mark[0], lines)

    return check_and_report


def _out_of_memory(label: str) -> FactFileError:
    """The error for a file that is too large to load in the memory there is."""
    return FactFileError([Diagnostic(label, 0, 0, "not enough memory to load this file (lower --max-size to refuse "
                                                  "such files sooner)")])


def _slow_factset(texts: list[tuple[str, bytes]], progress: Progress | None) -> FactSet:
    """Parse with the positioned reader and validate, reporting every problem with its place."""
    # Imported here: a cache hit never pays for the YAML parser.
    from factcli.load.validate import Validation
    from factcli.load.yaml_reader import decode, parse_yaml

    validation = Validation()
    diagnostics: list[Diagnostic] = []
    unparsed: set[str] = set()
    for i, (label, blob) in enumerate(texts):
        texts[i] = (label, b"")  # the model and an index are large enough without the raw bytes too
        validation.start_file(label)
        try:
            text = decode(blob, label)
            on_fact: Callable[[Any, tuple[int, int]], None] = validation.fact
            if progress is not None:
                on_fact = _reporting(validation.fact, progress, text.count("\n") + 1)
            # Facts are validated as the parser finishes each, so no whole-file tree is ever held.
            data, problems = parse_yaml(text, label, on_fact)
            del text
            del blob
            validation.rest_of_file(data)
            diagnostics += problems
        except FactFileError as exc:
            diagnostics += exc.diagnostics
            unparsed.add(label)
        except MemoryError:
            validation = Validation()  # let go of what was built before reporting
            raise _out_of_memory(label) from None
    try:
        factset = validation.finish()
    except FactFileError as exc:
        # Facts streamed before a file turned out unparseable would only add noise about it.
        raise FactFileError(diagnostics + [d for d in exc.diagnostics if d.file not in unparsed]) from None
    if diagnostics:
        raise FactFileError(diagnostics)
    return factset


def _build_index(texts: list[tuple[str, bytes]], key: str, cache_dir: str | None,
                 progress: Progress | None) -> tuple[Index, str | None]:
    """The index of the files' bytes, and the cache file it was written to (None when only in memory)."""
    import gc

    # A build makes millions of objects that all live until it ends; the cyclic collector
    # would walk them again and again (a third of the time) and find nothing to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_index_now(texts, key, cache_dir, progress)
    finally:
        if collecting:
            gc.enable()


def _build_index_now(texts: list[tuple[str, bytes]], key: str, cache_dir: str | None,
                     progress: Progress | None) -> tuple[Index, str | None]:
    """The index of the files' bytes, read the native way when it applies, and its cache file or None."""
    from factcli.index.write import discard, index_facts
    from factcli.load.native_build import load_fast

    try:
        loaded = load_fast(texts, progress)
    except MemoryError:
        loaded = None
    if loaded is None:
        factset = _slow_factset(texts, progress)
        facts = list(factset.facts.values())
        loaded = factset.sources, factset.entities, index_facts(facts, factset.entities, progress), factset.vocabulary
        del facts, factset
    texts.clear()
    try:
        return _write_index(*loaded, key, cache_dir, progress)
    finally:
        discard(loaded[2])


def _write_index(sources: dict[str, Source], entities: dict[str, Entity], parts: list[Part],
                 vocabulary: dict[str, tuple[str, ...]], key: str, cache_dir: str | None,
                 progress: Progress | None) -> tuple[Index, str | None]:
    """The index of loaded sources, entities and parts: in the cache when it can be written (and its path), else in memory."""
    total = sum(part["count"] for part in parts)
    if progress is not None:
        progress("indexing", total, total)
    from factcli.index.synonyms import stored

    meta = {"key": key, "facts": str(total), "version": __version__, **stored(vocabulary)}

    def in_memory() -> tuple[Index, None]:
        """An index of these parts in memory, with no cache file."""
        return build_in_memory(sources, entities, parts, meta), None

    if cache_dir is None:
        return in_memory()
    import tempfile  # only a cache miss writes a file

    try:
        os.makedirs(cache_dir, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".build-", suffix=".sqlite", dir=cache_dir)
        os.close(fd)
    except OSError:
        return in_memory()
    final = os.path.join(cache_dir, f"{key}.sqlite")
    if not build_file(tmp, final, sources, entities, parts, meta):
        return in_memory()
    _prune(cache_dir)
    index = open_cached(final, key)
    if index is None:  # removed under us by a concurrent `cache clear`: still answer
        return in_memory()
    return index, final


def open_index(paths: Sequence[str] = (), *, cache_dir: str | None = None, use_cache: bool = True,
               max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None) -> Loaded:
    """Read the fact files and return their index, from the cache when the bytes are unchanged."""
    files = resolve_paths(paths)
    labels = tuple(label for _, label in files)
    directory = (cache_dir or default_cache_dir()) if use_cache else None
    blobs: dict[int, bytes] = {}
    digests: list[str] = []
    for i, (path, label) in enumerate(files):
        digest = None
        if directory is not None:
            digest = _remembered_digest(directory, path, stat_file(path, label, max_bytes))
        if digest is None:
            try:
                blobs[i], st = read_with_stat(path, label, max_bytes)
            except MemoryError:
                blobs.clear()
                raise _out_of_memory(label) from None
            seen = time.time_ns()
            digest = _sha256(blobs[i])
            if directory is not None:
                _remember_digest(directory, path, st, digest, seen)
        digests.append(digest)
    key = _key(digests)
    if directory is not None:
        cached_file = os.path.join(directory, f"{key}.sqlite")
        cached = open_cached(cached_file, key)
        if cached is not None:
            return Loaded(cached, labels, key, cached_file, True)
    if len(blobs) < len(files):
        # A remembered digest got us here; index the bytes as they are now, under their own key.
        for i, (path, label) in enumerate(files):
            if i not in blobs:
                blobs[i] = read_bytes(path, label, max_bytes)
                digests[i] = _sha256(blobs[i])
        key = _key(digests)
    texts = [(label, blobs.pop(i)) for i, (_, label) in enumerate(files)]
    index, written = _build_index(texts, key, directory, progress)
    return Loaded(index, labels, key, written, False)


def cache_entries(cache_dir: str | None = None) -> list[str]:
    """The index files in the cache directory."""
    directory = cache_dir or default_cache_dir()
    try:
        return sorted(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".sqlite"))
    except OSError:
        return []

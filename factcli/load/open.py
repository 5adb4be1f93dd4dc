"""Find fact files, read them, and open their index from the cache or build it.

The cache key is the sha256 of the bytes already read (plus the index schema and program version), so an edit
is never missed, whatever the clock or file size. A cache entry is written to a temporary file and renamed into
place; anything unreadable or foreign is a miss; an unwritable cache directory only costs speed."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Any

from factcli.core.errors import DEFAULT_MAX_ERRORS, Diagnostic, FactFileError
from factcli.core.model import Entity, FactSet, Source
from factcli.core.struct import record
from factcli.core.version import __version__
from factcli.index.read import Index
from factcli.index.storage import build_file, build_in_memory, open_cached
from factcli.index.write import FileRow, Part
from factcli.load.digests import Memo, cache_key, sha256
from factcli.load.safe_read import DEFAULT_MAX_BYTES, os_message, read_bytes, read_with_stat, stat_file

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


def _prune(cache_dir: str) -> None:
    """Delete all but the _KEEP_ENTRIES most recently written index files of the cache, if it can."""
    try:
        for old in sorted(cache_entries(cache_dir), key=os.path.getmtime, reverse=True)[_KEEP_ENTRIES:]:
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


def _read_positioned(validation: Any, label: str, blob: bytes, progress: Progress | None,
                     problems: list[Diagnostic]) -> None:
    """One file parsed by the positioned reader, each fact checked as the parser finishes it (so no whole-file
    tree is ever held), then the rest of the file; the tree's own problems go to `problems`."""
    from factcli.load.yaml_reader import decode, parse_yaml

    text = decode(blob, label)
    on_fact: Callable[[Any, tuple[int, int]], None] = validation.fact
    if progress is not None:
        on_fact = _reporting(validation.fact, progress, text.count("\n") + 1)
    data = parse_yaml(text, label, on_fact, problems, validation.c.limit)[0]
    del text
    validation.rest_of_file(data)


def _capped(found: list[Diagnostic], limit: int, more: bool) -> FactFileError:
    """The error for the problems found, at most `limit` of them (0: all)."""
    found = sorted(set(found))
    if limit and len(found) > limit:
        found, more = found[:limit], True
    return FactFileError(found, more)


def _slow_factset(texts: list[tuple[str, bytes]], progress: Progress | None,
                  per_file: list[tuple[int, dict[str, list[str]]]] | None = None,
                  limit: int = DEFAULT_MAX_ERRORS) -> FactSet:
    """Parse with the positioned reader and validate, reporting each problem with its place, up to `limit` of
    them (0: all); `per_file`, when given, receives how many facts each file defines and what it defines."""
    # Imported here: a cache hit never pays for the YAML parser.
    from factcli.load.checker import TooManyProblems
    from factcli.load.validate import Validation

    validation = Validation(limit)
    diagnostics: list[Diagnostic] = []
    unparsed: set[str] = set()
    for i, (label, blob) in enumerate(texts):
        texts[i] = (label, b"")  # the model and an index are large enough without the raw bytes too
        validation.start_file(label)
        problems: list[Diagnostic] = []
        try:
            _read_positioned(validation, label, blob, progress, problems)
            if per_file is not None:
                per_file.append((validation.fact_count() - sum(n for n, _ in per_file), validation.defines(label)))
        except FactFileError as exc:
            diagnostics += exc.diagnostics
            unparsed.add(label)
        except TooManyProblems:  # stop at once: the rest is not even read
            raise _capped(diagnostics + problems + validation.c.diags, limit, True) from None
        except MemoryError:
            validation = Validation()  # let go of what was built before reporting
            raise _out_of_memory(label) from None
        del blob
        diagnostics += problems
    try:
        factset = validation.finish()
    except FactFileError as exc:
        # Facts streamed before a file turned out unparseable would only add noise about it.
        found = diagnostics + [d for d in exc.diagnostics if d.file not in unparsed]
        raise _capped(found, limit, exc.more) from None
    if diagnostics:
        raise _capped(diagnostics, limit, False)
    return factset


def _build_index(texts: list[tuple[str, bytes]], digests: list[str], key: str, cache_dir: str | None,
                 progress: Progress | None, max_errors: int, reread: Callable[[int], bytes]) -> tuple[Index, str | None]:
    """The index of the files' bytes, and the cache file it was written to (None when only in memory)."""
    import gc

    # A build makes millions of objects that live until it ends: the cyclic collector would walk them for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_index_now(texts, digests, key, cache_dir, progress, max_errors, reread)
    finally:
        if collecting:
            gc.enable()


def _read_again(texts: list[tuple[str, bytes]], digests: list[str], reread: Callable[[int], bytes]) -> None:
    """Read again the files whose bytes the native path let go (its texts hold b""), for the positioned reader;
    a file that changed meanwhile is an error, as its index would not be the one its key names."""
    for i, (label, blob) in enumerate(texts):
        if not blob:
            blob = reread(i)
            if sha256(blob) != digests[i]:
                raise FactFileError([Diagnostic(label, 0, 0, "the file changed while it was being read; run the "
                                                             "command again")])
            texts[i] = (label, blob)


def _build_index_now(texts: list[tuple[str, bytes]], digests: list[str], key: str, cache_dir: str | None,
                     progress: Progress | None, max_errors: int, reread: Callable[[int], bytes]) -> tuple[Index, str | None]:
    """The index of the files' bytes, read the native way when it applies, and its cache file or None."""
    from factcli.index.write import discard, index_facts, numbering
    from factcli.load.incremental import file_rows
    from factcli.load.native_build import load_fast

    try:
        loaded = load_fast(texts, progress)
    except MemoryError:
        loaded = None
    if loaded is None:
        _read_again(texts, digests, reread)
        per_file: list[tuple[int, dict[str, list[str]]]] = []
        factset = _slow_factset(texts, progress, per_file, max_errors)
        facts = list(factset.facts.values())
        numbers = numbering([n for n, _ in per_file])[0]
        loaded = (factset.sources, factset.entities, index_facts(facts, numbers, factset.entities, progress), per_file,
                  factset.vocabulary_files)
        del facts, factset
    labels = [label for label, _ in texts]
    texts.clear()
    files = file_rows(labels, digests, loaded[3])
    try:
        return _write_index(*loaded[:3], key, cache_dir, progress, files, labels,
                            [loaded[4].get(label, {}) for label in labels])
    except MemoryError:
        pass  # reported below, once what was built is let go
    finally:
        discard(loaded[2])
    del loaded, files
    raise _out_of_memory(labels[0] if len(labels) == 1 else f"{labels[0]} and {len(labels) - 1} more files")


def _write_index(sources: dict[str, Source], entities: dict[str, Entity], parts: list[Part], key: str,
                 cache_dir: str | None, progress: Progress | None, files: list[FileRow],
                 labels: list[str], vocabularies: list[dict[str, tuple[str, ...]]]) -> tuple[Index, str | None]:
    """The index of loaded sources, entities and parts: in the cache when it can be written (and its path), else in memory."""
    total = sum(part["count"] for part in parts)
    if progress is not None:
        progress("indexing", total, total)
    from factcli.index.synonyms import stored

    meta = {"key": key, "facts": str(total), "version": __version__, **stored(labels, vocabularies)}

    def in_memory() -> tuple[Index, None]:
        """An index of these parts in memory, with no cache file."""
        return build_in_memory(sources, entities, parts, meta, files), None

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
    if not build_file(tmp, final, sources, entities, parts, meta, files):
        return in_memory()
    _prune(cache_dir)
    index = open_cached(final, key)
    if index is None:  # removed under us by a concurrent `cache clear`: still answer
        return in_memory()
    return index, final


def _set_id(paths: Sequence[str]) -> str:
    """What names this fact base however its files change: the paths asked for (a directory stays itself)."""
    named = list(paths) or [p for p in os.environ.get("FACTCLI_FILE", "").split(os.pathsep) if p] or [bundled_path()]
    return "\0".join(os.path.abspath(p) for p in named)


def _digests(files: list[tuple[str, str]], directory: str | None, set_id: str, max_bytes: int,
             ) -> tuple[dict[int, bytes], list[str]]:
    """Each file's sha256, remembered when it holds, else read (the bytes read are kept, by position)."""
    blobs: dict[int, bytes] = {}
    digests: list[str] = []
    memo = Memo(directory, set_id) if directory is not None else None
    for i, (path, label) in enumerate(files):
        digest = memo.digest(path, stat_file(path, label, max_bytes)) if memo is not None else None
        if digest is None:
            try:
                blobs[i], st = read_with_stat(path, label, max_bytes)
            except MemoryError:
                blobs.clear()
                raise _out_of_memory(label) from None
            seen = time.time_ns()
            digest = sha256(blobs[i])
            if memo is not None:
                memo.remember(path, st, digest, seen)
        digests.append(digest)
    if memo is not None:
        memo.save()
    return blobs, digests


def _incremental(files: list[tuple[str, str]], directory: str, set_id: str, blobs: dict[int, bytes],
                 digests: list[str], max_bytes: int) -> tuple[Index, str, str] | None:
    """The index made from the last one of this set of paths by re-reading only the files that changed, with its
    key and file; None when there is no such index or the whole must be built (load/incremental.py)."""
    from factcli.index.update import files_of
    from factcli.load import incremental

    last = incremental.last_index(directory, set_id)
    base = open_cached(*last) if last is not None else None
    if last is None or base is None:
        return None
    old_files = files_of(base)
    old = {info["label"]: info["digest"] for info in old_files}
    for i, (path, label) in enumerate(files):
        if i not in blobs and old.get(label) != digests[i]:
            blobs[i] = read_bytes(path, label, max_bytes)  # index the bytes as they are now
            digests[i] = sha256(blobs[i])
    key = cache_key(digests)
    labels = [label for _, label in files]
    index = incremental.update(last[0], base, labels, digests, blobs, key, {"key": key, "version": __version__},
                               old_files)
    if index is None:
        base.conn.close()
        return None
    incremental.remember(directory, set_id, key)
    return index, key, os.path.join(directory, f"{key}.sqlite")


def open_index(paths: Sequence[str] = (), *, cache_dir: str | None = None, use_cache: bool = True,
               max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None,
               max_errors: int = DEFAULT_MAX_ERRORS) -> Loaded:
    """Read the fact files and return their index, from the cache when the bytes are unchanged; when only some
    files changed since the last index of these paths, only those are read again."""
    directory = (cache_dir or default_cache_dir()) if use_cache else None
    loaded = _open_index(paths, directory, max_bytes, progress, max_errors)
    loaded.index.lemma_dir = directory  # the table of lemmas (index/lemmas.py) is cached beside the indexes
    return loaded


def _open_index(paths: Sequence[str], directory: str | None, max_bytes: int, progress: Progress | None,
                max_errors: int) -> Loaded:
    """open_index, with the cache directory decided (None: no cache)."""
    files = resolve_paths(paths)
    labels = tuple(label for _, label in files)
    set_id = _set_id(paths)
    blobs, digests = _digests(files, directory, set_id, max_bytes)
    key = cache_key(digests)
    if directory is not None:
        cached_file = os.path.join(directory, f"{key}.sqlite")
        cached = open_cached(cached_file, key)
        if cached is not None:
            return Loaded(cached, labels, key, cached_file, True)
        updated = _incremental(files, directory, set_id, blobs, digests, max_bytes)
        if updated is not None:
            return Loaded(updated[0], labels, updated[1], updated[2], False)
    if len(blobs) < len(files):
        # A remembered digest got us here; index the bytes as they are now, under their own key.
        for i, (path, label) in enumerate(files):
            if i not in blobs:
                blobs[i] = read_bytes(path, label, max_bytes)
                digests[i] = sha256(blobs[i])
        key = cache_key(digests)
    texts = [(label, blobs.pop(i)) for i, (_, label) in enumerate(files)]
    index, written = _build_index(texts, digests, key, directory, progress, max_errors,
                                  lambda i: read_bytes(files[i][0], files[i][1], max_bytes))
    if written is not None and directory is not None:
        from factcli.load.incremental import remember

        remember(directory, set_id, key)
    return Loaded(index, labels, key, written, False)


def cache_entries(cache_dir: str | None = None) -> list[str]:
    """The index files in the cache directory."""
    directory = cache_dir or default_cache_dir()
    try:
        return sorted(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".sqlite"))
    except OSError:
        return []

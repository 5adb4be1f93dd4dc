"""Digests of fact files: the cache key they make, and a digest remembered per file so an unchanged file is not read."""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Sequence

from factcli.core.version import __version__
from factcli.index.write import SCHEMA_VERSION


def sha256(data: bytes) -> str:
    """The hex sha256 digest of `data`."""
    import hashlib  # not at start-up: a remembered digest spares the warm path this import

    return hashlib.sha256(data).hexdigest()


def cache_key(digests: Sequence[str]) -> str:
    """The cache key: the sha256 of each file's bytes, the index schema and the program version."""
    stamp = f"s{SCHEMA_VERSION}-v{__version__}"
    if len(digests) == 1:
        return f"{digests[0]}-{stamp}"
    return f"{sha256(' '.join(digests).encode())}-{stamp}"


# -- remembering a file's digest ---------------------------------------------------------------
# Hashing 80 MB costs ~45 ms on every run. Like git's index, we remember the digest with the
# file's identity and change time, and trust it only for a file that had been quiet for
# QUIET_NS before we hashed it ("racily clean" files are hashed again): any later write moves
# ctime (which no user call can set back) past that point, so a stale digest is never used.
QUIET_NS = 2_000_000_000


def _identity(st: os.stat_result) -> list[int]:
    """What a remembered digest must match: the file's device, inode, size, mtime and ctime."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


class Memo:
    """The remembered digests of one set of fact files (as asked for: a directory is one set), in one small file
    of the cache, so that a warm run over 2,000 files reads one memo, not 2,000."""

    def __init__(self, cache_dir: str, set_id: str) -> None:
        # The name need not be collision-proof: the memo names its set and each entry holds its file's identity.
        raw = set_id.encode("utf-8", "surrogateescape")
        self.path = os.path.join(cache_dir, "digests", f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}.json")
        self.set_id = set_id
        self.entries: dict[str, list[object]] = {}
        self.changed = False
        try:
            with open(self.path, "rb") as handle:
                memo = json.loads(handle.read())
            if isinstance(memo, dict) and memo.get("set") == set_id and isinstance(memo.get("files"), dict):
                self.entries = memo["files"]
        except (OSError, ValueError):
            pass

    def digest(self, path: str, st: os.stat_result) -> str | None:
        """The remembered sha256 of `path`, if it still holds for the file as `st` finds it; else None."""
        entry = self.entries.get(path)
        try:
            if entry is not None and entry[0] == _identity(st) and \
                    max(st.st_ctime_ns, st.st_mtime_ns) < int(entry[1]) - QUIET_NS:  # type: ignore[call-overload]
                return str(entry[2])
        except (IndexError, TypeError, ValueError):
            pass
        return None

    def remember(self, path: str, st: os.stat_result, digest: str, seen: int) -> None:
        """Remember `digest` for `path` with its identity and when it was read (saved by save())."""
        self.entries[path] = [_identity(st), seen, digest]
        self.changed = True

    def save(self) -> None:
        """Write the memo if anything changed and the cache can be written."""
        if not self.changed:
            return
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            tmp = f"{self.path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(json.dumps({"set": self.set_id, "files": self.entries}))
            os.replace(tmp, self.path)
        except OSError:
            pass

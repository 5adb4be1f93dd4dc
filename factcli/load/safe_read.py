"""Read fact files safely: never block on a FIFO or device, never read past a size cap.

Kept apart from the YAML parser so that a cache hit reads and hashes the bytes
without importing yaml at all.
"""

from __future__ import annotations

import errno
import os
import stat

from factcli.core.errors import Diagnostic, FactFileError

DEFAULT_MAX_BYTES = 256 * 1024 * 1024


def fail(file: str, message: str, mark: tuple[int, int] = (0, 0)) -> FactFileError:
    """A FactFileError holding one diagnostic."""
    return FactFileError([Diagnostic(file, mark[0], mark[1], message)])


_OS_MESSAGES = {
    errno.ENOENT: "no such file",
    errno.EACCES: "permission denied",
    errno.ELOOP: "too many levels of symbolic links",
    errno.EISDIR: "is a directory",
    errno.ENAMETOOLONG: "file name too long",
    errno.ENOTDIR: "a component of the path is not a directory",
}


def os_message(exc: OSError) -> str:
    """A short lower-case reason for an OSError, without the path (we name it ourselves)."""
    return _OS_MESSAGES.get(exc.errno or 0, (exc.strerror or str(exc)).lower())


def _open_regular(path: str, label: str, max_bytes: int) -> tuple[int, os.stat_result]:
    """Open without ever blocking on a FIFO or device; refuse anything but a regular file under the cap."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise fail(label, os_message(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise fail(label, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise fail(label, "not a regular file (a FIFO, socket or device); refusing to read it")
        if st.st_size > max_bytes:
            raise fail(label, f"file is {st.st_size} bytes, over the {max_bytes}-byte limit (raise it with --max-size)")
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def stat_file(path: str, label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> os.stat_result:
    """The stat of a fact file, with the same checks as reading it, without reading it."""
    fd, st = _open_regular(path, label, max_bytes)
    os.close(fd)
    return st


def read_with_stat(path: str, label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file (up to `max_bytes`) and its stat taken before reading."""
    fd, st = _open_regular(path, label, max_bytes)
    try:
        # One read of the whole file is one allocation; loop only if it grew or came in pieces.
        chunks = [os.read(fd, st.st_size + 1)]
        total = len(chunks[0])
        while chunks[-1]:
            if total > max_bytes:
                raise fail(label, f"file is over the {max_bytes}-byte limit (raise it with --max-size)")
            chunks.append(os.read(fd, 1 << 20))
            total += len(chunks[-1])
        return (chunks[0] if len(chunks) <= 2 else b"".join(chunks)), st
    except OSError as exc:
        raise fail(label, os_message(exc)) from None
    finally:
        os.close(fd)


def read_bytes(path: str, label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file without ever blocking on a FIFO or device, up to `max_bytes`."""
    return read_with_stat(path, label, max_bytes)[0]

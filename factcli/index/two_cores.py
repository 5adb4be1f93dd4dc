"""Do part of a CPU-bound job in a forked child, on another core.

Python runs one thread at a time, and building the index of a large fact base is pure
Python: a fork gives the child the parent's data for free (copy on write), and the child
hands its result back through a pipe as `marshal` bytes (plain containers, bytes and
numbers: nothing that can run code). Whatever goes wrong in the child (no fork on this
platform, an exception, a crash, a signal), the parent learns only that there is no
result, and does that part itself, so the result never depends on the child.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from typing import IO, Any

# Below this many items a fork costs more than it saves.
MIN_ITEMS = 20_000


def _run_child(work: Callable[[], Any], pipe: int) -> None:
    """In the forked child: send work() through `pipe` and exit, with status 0 only if it was sent."""
    status = 1
    try:
        data = marshal.dumps(work())
        with os.fdopen(pipe, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)  # never return into the parent's code, nor run its exit handlers


class Child:
    """A forked child computing one result, which the parent collects or, when it no longer wants it, stops."""

    def __init__(self, pid: int, pipe: IO[bytes]) -> None:
        self.pid = pid
        self.pipe = pipe

    def result(self) -> tuple[bool, Any]:
        """(True, the child's result) once it has sent it; (False, None) when it failed in any way."""
        try:
            data = self.pipe.read()
        finally:
            self.pipe.close()  # first: a child still writing then fails at once instead of waiting for us
            _, status = os.waitpid(self.pid, 0)
        if status == 0 and data:
            try:
                return True, marshal.loads(data)
            except (EOFError, ValueError, TypeError):
                pass
        return False, None

    def stop(self) -> None:
        """End the child at once and wait for it: the parent failed, and the child's work is wasted."""
        import signal

        self.pipe.close()
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:  # pragma: no cover - it had ended and was not yet waited for
            pass
        os.waitpid(self.pid, 0)


def fork(work: Callable[[], Any]) -> Child | None:
    """work() started in a forked child, whose result must be something `marshal` can carry; None when no child
    can be made (no fork on this platform, or no process to spare)."""
    if not hasattr(os, "fork"):
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        os.close(read_end)
        _run_child(work, write_end)
    os.close(write_end)
    return Child(pid, os.fdopen(read_end, "rb"))


def in_two(work: Callable[[int, int], Any], total: int, forked: Callable[[int], None] | None = None,
           share: float = 0.5) -> list[Any]:
    """[work(0, half), work(half, total)], the second computed in a child process when worthwhile.

    `work(start, stop)` must return something `marshal` can carry. `forked(half)` is called in
    the parent once the child runs, to let go of what only the child needs; then, should the
    child fail, the parent's own work(half, total) may fail too. `share` is the child's part
    of the items, less than half when it has more to do per item.
    """
    half = total - int(total * share)
    child = fork(lambda: work(half, total)) if total >= MIN_ITEMS else None
    if child is None:
        return [work(0, total)]
    try:
        if forked is not None:
            forked(half)
        mine = work(0, half)
    except BaseException:
        child.stop()
        raise
    done, theirs = child.result()
    return [mine, theirs if done else work(half, total)]

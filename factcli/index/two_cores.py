"""Do the second half of a CPU-bound job in a forked child, on another core.

Python runs one thread at a time, and building the index of a large fact base is pure
Python: a fork gives the child the parent's data for free (copy on write), and the child
hands its result back through a pipe as `marshal` bytes (plain containers, bytes and
numbers: nothing that can run code). Whatever goes wrong in the child (no fork on this
platform, an exception, a crash, a signal), the parent does that half itself, so the
result never depends on the child.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from typing import Any

# Below this many items a fork costs more than it saves.
MIN_ITEMS = 20_000


def _run_child(work: Callable[[int, int], Any], start: int, stop: int, pipe: int) -> None:
    """In the forked child: send work(start, stop) through `pipe` and exit, with status 0 only if it was sent."""
    status = 1
    try:
        data = marshal.dumps(work(start, stop))
        with os.fdopen(pipe, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)  # never return into the parent's code, nor run its exit handlers


def in_two(work: Callable[[int, int], Any], total: int, forked: Callable[[int], None] | None = None,
           share: float = 0.5) -> list[Any]:
    """[work(0, half), work(half, total)], the second computed in a child process when worthwhile.

    `work(start, stop)` must return something `marshal` can carry. `forked(half)` is called in
    the parent once the child runs, to let go of what only the child needs; then, should the
    child fail, the parent's own work(half, total) may fail too. `share` is the child's part
    of the items, less than half when it has more to do per item.
    """
    half = total - int(total * share)
    if total < MIN_ITEMS or not hasattr(os, "fork"):
        return [work(0, total)]
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return [work(0, total)]
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        os.close(read_end)
        _run_child(work, half, total, write_end)
    os.close(write_end)
    pipe = os.fdopen(read_end, "rb")
    try:
        if forked is not None:
            forked(half)
        mine = work(0, half)
        data = pipe.read()
    finally:
        pipe.close()  # first: a child still writing then fails at once instead of waiting for us
        _, status = os.waitpid(pid, 0)
    if status == 0 and data:
        try:
            return [mine, marshal.loads(data)]
        except (EOFError, ValueError, TypeError):
            pass
    return [mine, work(half, total)]

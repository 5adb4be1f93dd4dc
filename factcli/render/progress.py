"""The progress bar shown on a terminal while a large fact file is indexed (Rich, on stderr)."""

from __future__ import annotations

from collections.abc import Callable

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def progress_reporter(color: str) -> Callable[[str, int, int], None]:
    """A Rich progress bar on stderr (never stdout), shown only once building the index has taken a second."""
    import time

    started = time.monotonic()
    state: dict[str, Any] = {}

    def report(phase: str, done: int, total: int) -> None:
        """Show `done` of `total` for `phase`, once a second has passed; end the bar when indexing is done."""
        if "bar" not in state:
            if time.monotonic() - started < 1.0:
                return
            from rich.console import Console
            from rich.progress import Progress

            console = Console(stderr=True, no_color=True if color == "never" else None,
                              force_terminal=True if color == "always" else None)
            state["bar"] = Progress(console=console, transient=True)
            state["bar"].start()
        bar = state["bar"]
        if state.get("phase") != phase:
            state["phase"], state["task"] = phase, bar.add_task(phase, total=total)
        bar.update(state["task"], completed=done, total=total)
        if phase == "indexing" and done >= total:
            bar.stop()

    return report

"""Render the README's terminal picture (docs/tour.svg) with factcli's own terminal renderer.

    python docs/make_screenshot.py
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.text import Text

from factcli import FactBase
from factcli.render.terminal import render_terminal

SHOTS = [
    ('factcli ask "Dove si sono incontrati Putin e Kim?"', lambda fb: fb.ask("Dove si sono incontrati Putin e Kim?")),
    ("factcli when hanoi", lambda fb: fb.when("hanoi", limit=1)),
    ("factcli quote putin --lang it --limit 1", lambda fb: fb.quotes("putin", lang="it", limit=1)),
    ("factcli timeline", lambda fb: fb.timeline()),
]


def main() -> None:
    fb = FactBase.load()
    console = Console(record=True, file=io.StringIO(), force_terminal=True, width=110, highlight=False)
    for command, query in SHOTS:
        console.print(Text("$ " + command, style="bold"))
        render_terminal(query(fb), fb, console.file, console=console)
        console.print()
    target = Path(__file__).resolve().parent / "tour.svg"
    console.save_svg(str(target), title="factcli")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()

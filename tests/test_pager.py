"""Long output at a terminal goes through a pager when it does not fit; never when piped, never with --no-pager."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
from pathlib import Path
from typing import Any

from factcli.cli.pager import DEFAULT, pager_command, screen_lines, should_page

from .conftest import factcli_exe


def test_the_pager_is_chosen_as_git_chooses_it() -> None:
    """$FACTCLI_PAGER, else $PAGER, else less -FRX; set empty or to cat, none."""
    assert pager_command({}) == DEFAULT == "less -FRX"
    assert pager_command({"PAGER": "more"}) == "more"
    assert pager_command({"PAGER": "more", "FACTCLI_PAGER": "most -s"}) == "most -s"
    assert pager_command({"PAGER": "more", "FACTCLI_PAGER": ""}) is None
    assert pager_command({"PAGER": "cat"}) is None


def test_output_is_paged_only_when_taller_than_the_screen() -> None:
    """Lines are counted as the screen shows them: colour codes take no room, long lines wrap."""
    assert screen_lines("a\nb\n", 80) == 2
    assert screen_lines("\x1b[1;32m" + "x" * 80 + "\x1b[0m\n", 80) == 1
    assert screen_lines("x" * 81 + "\n", 80) == 2
    assert not should_page("line\n" * 23, rows=24, columns=80)
    assert should_page("line\n" * 24, rows=24, columns=80)
    assert should_page("x" * 800 + "\n", rows=5, columns=80)


def _at_terminal(argv: list[str], env: dict[str, str], rows: int = 24) -> tuple[int, bytes]:
    """Run factcli with stdout on a terminal of `rows` by 80; its status and what reached the terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 80, 0, 0))
    full = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "PAGER", "FACTCLI_PAGER")}
    proc = subprocess.Popen([*factcli_exe(), *argv], stdout=slave, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env={**full, **env})
    os.close(slave)
    seen = b""
    while select.select([master], [], [], 20)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    return proc.wait(timeout=30), seen


def test_long_output_at_a_terminal_goes_to_the_pager(tmp_path: Path) -> None:
    """52 facts on a 24-line terminal: all to $FACTCLI_PAGER (else $PAGER), nothing printed past it."""
    paged = tmp_path / "paged.txt"
    env = {"FACTCLI_CACHE_DIR": str(tmp_path / "c"), "FACTCLI_PAGER": f"cat > {paged}"}
    status, seen = _at_terminal(["list", "--format", "plain"], env)
    assert status == 0 and b"kim-nine-trips-abroad" not in seen
    assert len(paged.read_text(encoding="utf-8").splitlines()) == 52
    paged.unlink()
    status, seen = _at_terminal(["list", "--format", "plain"], {"FACTCLI_CACHE_DIR": env["FACTCLI_CACHE_DIR"],
                                                                  "PAGER": f"cat > {paged}"})
    assert (status, seen) == (0, b"") and paged.exists()
    status, seen = _at_terminal(["list", "--format", "plain"], {**env, "FACTCLI_PAGER": ""})  # set empty: none
    assert status == 0 and seen.count(b"\r\n") == 52


def test_short_output_and_no_pager_print_as_ever(tmp_path: Path) -> None:
    """What fits the screen, or anything with --no-pager, reaches the terminal directly."""
    paged = tmp_path / "paged.txt"
    env = {"FACTCLI_CACHE_DIR": str(tmp_path / "c"), "FACTCLI_PAGER": f"cat > {paged}"}
    status, seen = _at_terminal(["when", "hanoi", "--format", "value", "--limit", "1"], env)
    assert (status, seen) == (0, b"2019\r\n")
    status, seen = _at_terminal(["list", "--format", "plain", "--no-pager"], env)
    assert status == 0 and seen.count(b"\r\n") == 52
    status, seen = _at_terminal(["--no-pager", "help", "fact-file"], env, rows=10)
    assert status == 0 and b"format" in seen
    assert not paged.exists()


def test_never_a_pager_when_piped(sh: Any, tmp_path: Path) -> None:
    """Piped output is the data itself, whatever the pager settings."""
    paged = tmp_path / "paged.txt"
    out = sh("list", "--format", "plain", env={"FACTCLI_PAGER": f"cat > {paged}", "PAGER": f"cat > {paged}"})
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 52
    assert not paged.exists()


def test_a_terminal_of_unknown_size_is_not_paged(tmp_path: Path) -> None:
    """A terminal that reports no size (a bare pty) might hold the text: it is printed, never left in a pager."""
    paged = tmp_path / "paged.txt"
    env = {"FACTCLI_CACHE_DIR": str(tmp_path / "c"), "FACTCLI_PAGER": f"cat > {paged}"}
    status, seen = _at_terminal(["list", "--format", "plain"], env, rows=0)
    assert status == 0 and seen.count(b"\r\n") == 52 and not paged.exists()

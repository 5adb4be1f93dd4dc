"""Every `console` example in the README runs as documented: same output, same exit status.

Conventions: `$ command` lines are run with bash from the checkout; the lines after one are its
exact stdout; `...` ends a shown prefix of longer output; `[exit N]` is the expected status.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

README = ROOT / "README.md"


def examples() -> list[tuple[str, list[str], int, bool]]:
    """(command, expected stdout lines, expected status, output is a prefix only)."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README.read_text(encoding="utf-8"), re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, *lines = chunk.rstrip("\n").split("\n")
            status = 0
            if lines and (m := re.fullmatch(r"\[exit (\d+)\]", lines[-1])):
                status, lines = int(m.group(1)), lines[:-1]
            prefix = bool(lines) and lines[-1] == "..."
            found.append((command, lines[:-1] if prefix else lines, status, prefix))
    return found


EXAMPLES = examples()


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 12


@pytest.mark.skipif(shutil.which("factcli") is None, reason="needs the installed factcli on PATH")
@pytest.mark.parametrize("command,expected,status,prefix", EXAMPLES, ids=[e[0][:60] for e in EXAMPLES])
def test_readme_example(tmp_path: Path, command: str, expected: list[str], status: int, prefix: bool) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCLI_")}
    env.update(FACTCLI_CACHE_DIR=str(tmp_path), COLUMNS="120", LC_ALL="C.UTF-8")
    result = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == status, result.stderr
    got = result.stdout.splitlines()
    assert (got[: len(expected)] if prefix else got) == expected
    assert "Traceback" not in result.stderr


def test_readme_python_blocks_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The library examples run as written."""
    monkeypatch.setenv("FACTCLI_CACHE_DIR", str(tmp_path))
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})

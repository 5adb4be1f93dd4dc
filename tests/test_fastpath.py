"""The fast path gives exactly what the Typer CLI gives, and defers whatever it does not understand."""

from __future__ import annotations

from typing import Any

import pytest

from factcli.cli import main as fastpath

from .conftest import MINIMAL

SAME = [
    ["when", "hanoi", "--format", "value", "--limit", "1"],
    ["where", "putin kim", "--json"],
    ["count", "trips", "--format=value", "-n", "1"],
    ["how-many", "viaggi", "--format", "value"],
    ["search", "vostochni", "--format", "csv", "--type", "location"],
    ["show", "hanoi-summit-2019", "kim-nine-trips-abroad", "--format", "jsonl", "--lang", "it"],
    ["ask", "Dove si sono incontrati Putin e Kim?", "--format", "json"],
    ["ask", "When did Kim visit Japan?", "--format", "json", "--explain"],
    ["list", "--type", "date", "--since", "2012", "--format", "tsv"],
    ["list", "--entity", "il leader nordcoreano", "--tag", "trips", "--format", "yaml"],
    ["quote", "putin", "--lang", "it", "--format", "plain"],
    ["quote", "--about", "relazioni", "--json"],
    ["entities", "kim", "--json"],
    ["timeline", "--format", "value"],
    ["when", "atlantis", "--format", "value"],
    ["show", "no-such-fact"],
    ["list", "--since", "yesterday"],
    ["when", "hanoi", "-f", "/nonexistent.yaml"],
]
DEFERRED = [
    ["when", "hanoi", "--help"], ["when"], ["when", "a", "b"], ["when", "hanoi", "--bogus"],
    ["when", "hanoi", "--format", "xml"], ["when", "hanoi", "--limit", "0"], ["when", "hanoi", "-n1"],
    ["when", "hanoi", "--format", "table"], ["stats"], ["check"], ["--version"], [],
    ["when", "hanoi", "--about", "x"], ["list", "--lang", "fr"], ["when", "hanoi", "--limit"],
]


@pytest.mark.parametrize("argv", SAME, ids=[" ".join(a) for a in SAME])
def test_fast_path_matches_typer(run: Any, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    """Same stdout, stderr and exit status as the full CLI."""
    status = fastpath.run(argv)
    fast = capsys.readouterr()
    assert status is not None, "the fast path should take this command line"
    full = run(*argv)
    assert (status, fast.out, fast.err) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize("argv", DEFERRED, ids=[" ".join(a) or "(none)" for a in DEFERRED])
def test_fast_path_defers_to_typer(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Help, errors Typer words, terminal output and other commands are left to Typer, untouched."""
    assert fastpath.run(argv) is None
    assert capsys.readouterr() == ("", "")


def test_installed_script_uses_fast_path_and_full_cli(sh: Any, tmp_path: Any) -> None:
    """The console script answers through both paths with the same contract."""
    path = tmp_path / "f.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    fast = sh("when", "ada", "-f", str(path), "--format", "value")
    assert (fast.returncode, fast.stdout) == (0, b"1815-12-10\n")
    full = sh("when", "ada", "-f", str(path), "--bogus")
    assert full.returncode == 2 and b"bogus" in full.stderr

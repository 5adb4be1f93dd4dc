"""The fast path gives exactly what the Typer CLI gives, and defers whatever it does not understand."""

from __future__ import annotations

from typing import Any

import pytest

from factcli.cli import main as fastpath
from factcli.cli import spec
from factcli.core.errors import ExitStatus

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
    ["timeline", "--entity", "putin", "--tag", "meeting", "--since", "2020", "--format", "plain"],
    ["when", "atlantis", "--format", "value"],
    ["show", "no-such-fact"],
    ["list", "--since", "yesterday"],
    ["when", "hanoi", "-f", "/nonexistent.yaml"],
]
DEFERRED = [
    ["when", "hanoi", "--help"], ["when"], ["show"], ["when", "hanoi", "--bogus"],
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


# One valid value for each option of the spec, so that every option of every command is exercised.
_SAMPLE = {"file": "facts.yaml", "lang": "it", "format": "json", "limit": "2", "color": "never",
           "cache_dir": "cache", "max_size": "1G", "max_errors": "5", "type": "date", "entity": "kim", "tag": "trips",
           "since": "2019", "until": "2020-01", "about": "space", "source_text": "a.txt",
           "min_confidence": "0.5"}
_ARG_SAMPLE = {"one": ["hanoi"], "optional": ["kim"], "many": ["id-a", "id-b"], "optional-many": ["a.yaml"],
               "words": ["kim", "jong-un"], "optional-words": ["il", "leader"]}


def _command_lines() -> list[list[str]]:
    """For each command the fast path takes: each of its options in turn, then all of them at once."""
    lines: list[list[str]] = []
    for command in spec.COMMANDS:
        if not command.fast or command.group:
            continue
        args = _ARG_SAMPLE[command.args[0].arity] if command.args else []
        options = [*spec.common_options(command), *spec.own_options(command)]
        every: list[str] = []
        for opt in options:
            words = [opt.flags[-1]] if opt.kind is bool else [opt.flags[-1], _SAMPLE[opt.dest]]
            lines.append([command.name, *args, *words])
            every += words
        lines.append([command.name, *args, *every])
    return lines


def _record_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Replace every command body by one that records what it was called with."""
    from factcli.cli import commands

    calls: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for key in commands.BODIES:
        def body(common: Any, _key: str = key, **values: Any) -> ExitStatus:
            calls.append((_key, {o.dest: getattr(common, o.dest) for o in spec.COMMON}, values))
            return ExitStatus.FOUND
        monkeypatch.setitem(commands.BODIES, key, body)
    return calls


@pytest.mark.parametrize("argv", _command_lines(), ids=lambda a: " ".join(a))
def test_both_parsers_call_the_same_body_with_the_same_values(argv: list[str], run: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Every option of every command, from the one spec: the fast parser and Typer agree exactly."""
    calls = _record_calls(monkeypatch)
    assert fastpath.run(argv) == 0, "the fast path should take this command line"
    result = run(*argv)
    assert result.exit_code == 0, result.stderr
    assert len(calls) == 2
    assert calls[0] == calls[1]


def _misplaced() -> list[list[str]]:
    """Each command with an option that belongs to another command only."""
    lines = []
    for command in spec.COMMANDS:
        if command.group:
            continue
        args = _ARG_SAMPLE[command.args[0].arity] if command.args else []
        for dest, opt in spec.OPTIONS.items():
            if dest not in command.options:
                lines.append([command.name, *args, opt.flags[0], *([] if opt.kind is bool else [_SAMPLE[dest]])])
    return lines


@pytest.mark.parametrize("argv", _misplaced(), ids=lambda a: " ".join(a))
def test_both_parsers_refuse_an_option_of_another_command(argv: list[str], run: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path defers, and Typer refuses with a usage error (exit 2); no body runs."""
    calls = _record_calls(monkeypatch)
    assert fastpath.run(argv) is None
    assert run(*argv).exit_code == 2
    assert calls == []

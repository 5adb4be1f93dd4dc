"""Help that teaches: reference topics kept in one place (the README copies them), examples on every command."""

from __future__ import annotations

from typing import Any

import pytest

from factcli.cli import spec
from factcli.cli.help_topics import TOPICS, readme_copy, synced

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(TOPICS))
def test_the_readme_holds_each_topic_as_help_prints_it(name: str, sh: Any) -> None:
    """The README's copy is the topic's text (rewrite it with `python -m factcli.cli.help_topics README.md`)."""
    assert readme_copy(name) in README, f"README differs from `factcli help {name}`"
    out = sh("help", name)
    assert (out.returncode, out.stdout.decode()) == (0, TOPICS[name].text)
    assert synced(README) == README


def test_help_lists_the_topics(sh: Any) -> None:
    """`factcli help` names every topic with its summary, and says where a command's help is."""
    out = sh("help").stdout.decode()
    for name, topic in TOPICS.items():
        assert f"  {name}" in out and topic.summary in out
    assert "factcli help COMMAND" in out


def test_an_unknown_topic_is_a_usage_error_with_the_nearest(sh: Any) -> None:
    out = sh("help", "formts")
    assert out.returncode == 2 and b"(did you mean 'formats'?)" in out.stderr


def test_help_of_a_command_is_its_help(sh: Any) -> None:
    """`factcli help ask` is `factcli ask --help`."""
    assert sh("help", "ask").stdout == sh("ask", "--help").stdout


def _all_command_lines() -> list[list[str]]:
    """Every command, alias and sub-command, as typed."""
    return [[c.group, c.name] if c.group else [name] for c in spec.COMMANDS
            for name in ((c.name,) if c.group else (c.name, *c.aliases))]


@pytest.mark.parametrize("argv", _all_command_lines(), ids=" ".join)
def test_every_command_help_shows_examples(run: Any, argv: list[str]) -> None:
    """One to three examples under every command's --help."""
    out = run(*argv, "--help", env={"COLUMNS": "200"}).stdout
    examples = out.split("Examples:\n", 1)[1].splitlines() if "Examples:\n" in out else []
    assert 1 <= len([line for line in examples if line.strip().startswith(("factcli", "cut", "printf"))]) <= 3, out


def test_how_many_is_listed_in_the_main_help(run: Any) -> None:
    """The alias is a command a user can find, not a hidden one."""
    out = run("--help", env={"COLUMNS": "200"}).stdout
    assert "how-many" in out and "Same as count." in out


def test_check_takes_no_answer_options(run: Any) -> None:
    """check answers nothing: its help lists no --lang or --limit, and it refuses them (exit 2)."""
    out = run("check", "--help", env={"COLUMNS": "200"}).stdout
    assert "--lang" not in out and "--limit" not in out and "--source-text" in out
    assert run("check", "--lang", "it").exit_code == 2


def test_an_alias_s_help_names_the_command_it_stands_for(run: Any) -> None:
    """`how-many --help` says it is the same as count, not that it is its own alias (found by a trial)."""
    out = run("how-many", "--help").stdout
    assert "same as count" in out and "alias: how-many" not in out
    assert "alias: how-many" in run("count", "--help").stdout

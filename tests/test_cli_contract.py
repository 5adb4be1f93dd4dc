"""The command line keeps its word: nothing dropped silently, arguments as people type them, errors alike."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import MINIMAL, factcli_exe

TWO = MINIMAL + """\
  - id: ada-analytical-engine
    type: event
    value: {name: {en: Notes on the Analytical Engine, it: Note sulla macchina analitica}}
    statement: {it: Ada scrisse le note sulla macchina analitica., en: Ada wrote notes on the Analytical Engine.}
    entities: [ada]
    status: stated
    source: {id: src, excerpt: "notes on the Analytical Engine"}
"""


def test_show_names_each_missing_id_and_exits_1(sh: Any, tmp_path: Path) -> None:
    """A stale id among good ones is named on stderr, with the closest id; the good ones still print."""
    path = tmp_path / "f.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    out = sh("show", "ada-born", "no-such-id", "ada-bron", "-f", str(path), "--format", "value")
    assert out.returncode == 1
    assert out.stdout == b"1815-12-10\n"
    assert b"no fact with id 'no-such-id'" in out.stderr
    assert b"no fact with id 'ada-bron' (did you mean 'ada-born'?)" in out.stderr
    good = sh("show", "ada-born", "-f", str(path), "--format", "value")
    assert (good.returncode, good.stderr) == (0, b"")


def test_unquoted_words_are_one_question(run: Any) -> None:
    """`ask when did kim come to power` is the question, not extra arguments; likewise search and when."""
    quoted = run("ask", "when did kim come to power", "--format", "value")
    unquoted = run("ask", "when", "did", "kim", "come", "to", "power", "--format", "value")
    assert unquoted.exit_code == 0
    assert unquoted.stdout == quoted.stdout == "2011\n"
    assert run("search", "arms", "deal", "--format", "value").stdout == run("search", "arms deal",
                                                                             "--format", "value").stdout


@pytest.mark.parametrize("question", ["  ", "?", "¿?!"])
def test_empty_question_is_a_usage_error(run: Any, question: str) -> None:
    """A question with no words is a mistake in the command line (exit 2), not a question without answer (exit 1)."""
    result = run("ask", question)
    assert result.exit_code == 2
    assert result.stderr == "factcli: ask: the question is empty (it has no words)\n"


@pytest.mark.parametrize("command", ["search", "when", "where", "count"])
def test_an_empty_text_to_look_up_is_a_usage_error(run: Any, command: str) -> None:
    """`search ""` is the same mistake as `ask ""`: exit 2 and why, not "no matching fact" (exit 1)."""
    result = run(command, "?")
    assert result.exit_code == 2
    assert result.stderr == f"factcli: {command}: the text to look up is empty (it has no words)\n"


def test_impossible_dates_are_refused(run: Any) -> None:
    """Month 13, 30 February and month 00 are not dates; a real month is accepted."""
    for value in ("2019-13", "2019-02-30", "2019-00", "2019-1"):
        result = run("list", "--since", value)
        assert result.exit_code == 2, value
        assert f"factcli: --since '{value}' is not a date" in result.stderr
    assert run("list", "--until", "2019-02-28", "--format", "value").exit_code == 0


def test_options_that_would_do_nothing_are_refused(run: Any) -> None:
    """schema has one output; refusing --format beats ignoring it."""
    assert run("schema", "--format", "csv").exit_code == 2
    assert run("schema").exit_code == 0


def test_cache_info_speaks_json(run: Any, tmp_path: Path) -> None:
    """`cache info --json` gives the same facts as the plain lines, as one object."""
    result = run("cache", "info", "--json", "--cache-dir", str(tmp_path))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"directory": str(tmp_path), "entries": 0, "lemma_tables": 0, "bytes": 0}


def test_library_load_takes_one_path_as_str_or_path(tmp_path: Path) -> None:
    """`FactBase.load("f.yaml")` and `FactBase.load(Path(...))` load that file, not its letters."""
    from factcli import FactBase

    path = tmp_path / "f.yaml"
    path.write_text(TWO, encoding="utf-8")
    for arg in (str(path), path, [path]):
        fb = FactBase.load(arg, cache_dir=tmp_path / "cache")
        assert fb.index.total == 2


def test_check_loads_the_files_together(sh: Any, tmp_path: Path) -> None:
    """Two files that cannot be queried together (the same id in both) do not pass `check` either."""
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(MINIMAL, encoding="utf-8")
    b.write_text(MINIMAL, encoding="utf-8")
    both = sh("check", str(a), str(b))
    assert both.returncode == 2
    assert f"{b}:".encode() in both.stderr and b"duplicate fact id 'ada-born'" in both.stderr
    assert f"first defined at {a}:".encode() in both.stderr
    alone = sh("check", str(a))
    assert alone.returncode == 0 and b": 1 fact" in alone.stdout


@pytest.mark.parametrize("fmt", ["plain", "jsonl", "table", "csv"])
@pytest.mark.parametrize("command", ["list", "stats", "timeline"])
def test_a_closed_pipe_ends_quietly_with_status_0(tmp_path: Path, command: str, fmt: str) -> None:
    """`factcli stats | head -1` under `set -o pipefail`: status 0 and nothing on stderr, in every format."""
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "c")}
    cmd = f"set -o pipefail; {' '.join(factcli_exe())} {command} --format {fmt} | head -c 1"
    result = subprocess.run(["bash", "-c", cmd], capture_output=True, env=env, timeout=30)
    assert (result.returncode, result.stderr) == (0, b"")


def test_common_options_may_come_before_the_command(sh: Any, tmp_path: Path) -> None:
    """`factcli -f FILE when x` and `factcli --lang it ...` work as they do after the command."""
    path = tmp_path / "f.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    before = sh("-f", str(path), "--format", "value", "when", "ada")
    after = sh("when", "ada", "-f", str(path), "--format", "value")
    assert (before.returncode, before.stdout) == (after.returncode, after.stdout) == (0, b"1815-12-10\n")
    assert sh("--format=value", "-f", str(path), "--lang", "it", "list").stdout == b"1815-12-10\n"
    assert sh("--bogus", "list").returncode == 2


@pytest.mark.parametrize(("shell", "marker"), [("zsh", b"#compdef factcli"), ("fish", b"complete --command factcli"),
                                               ("bash", b"complete -o default -F"), ("powershell", b"Register-ArgumentCompleter")])
def test_show_completion_prints_the_named_shells_script(sh: Any, shell: str, marker: bytes) -> None:
    """`--show-completion zsh` is zsh's script, whatever shell runs factcli."""
    out = sh("--show-completion", shell)
    assert out.returncode == 0
    assert marker in out.stdout


def test_bash_completion_inserts_a_multi_word_alias_as_one_word(sh: Any) -> None:
    """A name with spaces completes with its spaces escaped, so the command then works as typed."""
    out = sh(env={"_FACTCLI_COMPLETE": "complete_bash", "COMP_WORDS": "factcli list --entity il", "COMP_CWORD": "3"})
    assert b"il\\ leader\\ nordcoreano" in out.stdout.split(b"\n")


def test_color_always_gives_the_terminal_view_even_when_piped(sh: Any) -> None:
    """`--color always | less -R`: coloured, as ls and grep do; an explicit --format still wins."""
    coloured = sh("when", "hanoi", "--color", "always", "--limit", "1")
    assert b"\x1b[" in coloured.stdout and b"hanoi-summit-2019" in coloured.stdout
    plain = sh("when", "hanoi", "--color", "always", "--limit", "1", "--format", "plain")
    assert b"\x1b[" not in plain.stdout and plain.stdout.startswith(b"hanoi-summit-2019 (date): 2019")


@pytest.mark.parametrize("command", [["timeline"], ["entities"], ["when", "hanoi"], ["stats"], ["list"]])
@pytest.mark.parametrize("columns", ["40", "120"])
def test_terminal_view_has_no_trailing_spaces_and_whole_ids(sh: Any, command: list[str], columns: str) -> None:
    """At any width: no line ends in padding, and every id shown is shown whole."""
    out = sh(*command, "--format", "table", "--color", "never", env={"COLUMNS": columns}).stdout.decode()
    assert out and not [line for line in out.splitlines() if line.endswith(" ")]
    assert not [line for line in out.splitlines() if len(line) > int(columns)]
    if command[0] in ("timeline", "entities"):
        for ident in ("kim-supreme-leader-2011", "vostochny-summit-2023") if command[0] == "timeline" else (
                "kim-jong-un", "north-korea"):
            assert ident in out.split(), ident


def test_explain_on_a_terminal_reads_as_text_not_python(sh: Any) -> None:
    """--explain in the terminal view: no dict or list reprs."""
    out = sh("ask", "Dove si sono incontrati Putin e Kim?", "--explain", "--format", "table", "--color", "never",
             env={"COLUMNS": "200"}).stdout.decode()
    assert "entities" in out and "putin: putin" in out
    assert "{" not in out and "['" not in out


def test_stats_plain_has_real_tabs_csv_has_rows_and_limit_counts(run: Any) -> None:
    """stats: tab-separated plain lines, one CSV row per count (no JSON in cells), -n per group."""
    plain = run("stats", "--format", "plain").stdout.splitlines()
    assert plain[0] == "total\t\t52" and all(line.count("\t") == 2 for line in plain) and "\\x09" not in plain[1]
    rows = run("stats", "--format", "csv").stdout.splitlines()
    assert rows[0] == "group,key,facts" and rows[1].startswith("total,,") and "{" not in "".join(rows)
    limited = run("stats", "-n", "1", "--format", "plain").stdout.splitlines()
    assert len([line for line in limited if line.startswith("type\t")]) == 1
    assert run("stats", "--format", "value").stdout == run("stats", "--format", "plain").stdout  # real tabs too


def test_limit_applies_to_the_alternatives_of_ask(run: Any) -> None:
    """`ask -n 1`: at most one fact in all, so at most one alternative too (three without -n)."""
    question = "Dove si sono incontrati Putin e Kim?"
    unlimited = json.loads(run("ask", question, "--json").stdout)
    limited = json.loads(run("ask", question, "--json", "-n", "1").stdout)
    assert len(unlimited["alternatives"]) == 3
    assert len(limited["alternatives"]) == 1
    assert limited["answer"] == unlimited["answer"]


def test_quote_value_is_in_the_language_asked_for(run: Any) -> None:
    """`quote putin --lang en --format value` prints the English translation the file gives; --lang it the words."""
    english = run("quote", "putin", "--lang", "en", "--format", "value").stdout.splitlines()
    italian = run("quote", "putin", "--lang", "it", "--format", "value").stdout.splitlines()
    assert english[0] == "That is exactly why we came here"
    assert italian[0] == "È proprio per questo che siamo venuti qui"
    assert len(english) == len(italian)


def test_common_options_before_the_command_with_the_bundled_file(sh: Any) -> None:
    """`factcli --lang it when hanoi` answers in Italian, as `factcli when hanoi --lang it` does."""
    before = sh("--lang", "it", "when", "hanoi", "--format", "plain", "--limit", "1")
    after = sh("when", "hanoi", "--lang", "it", "--format", "plain", "--limit", "1")
    assert before.returncode == 0 and before.stdout == after.stdout
    assert b"Il secondo" in before.stdout


def test_a_file_named_twice_is_read_once(sh: Any, tmp_path: Path) -> None:
    """`check a.yaml a.yaml` (or a directory and a file in it) is one file, not its own duplicate."""
    path = tmp_path / "a.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    twice = sh("check", str(path), str(path))
    assert (twice.returncode, twice.stderr) == (0, b"")
    assert twice.stdout == f"{path}: 1 fact, 1 entity, 1 source: OK\n".encode()
    both = sh("list", "-f", str(tmp_path), "-f", str(path), "--format", "value")
    assert (both.returncode, both.stdout) == (0, b"1815-12-10\n")


def test_show_and_cite_refuse_a_limit_they_would_ignore(run: Any) -> None:
    """Every id asked for is printed: a --limit would drop some silently, so it is refused."""
    assert run("show", "hanoi-summit-2019", "-n", "1").exit_code == 2
    assert run("cite", "hanoi-summit-2019", "--limit", "1").exit_code == 2
    assert run("show", "hanoi-summit-2019", "--format", "value").stdout == "2019\n"


def test_until_a_month_leaves_out_a_fact_dated_later_that_year(run: Any) -> None:
    """'--until 2011-06' does not include "end of 2011"; '--until 2011' and '--since 2011-06' do."""
    ids = lambda *args: [line.split()[0] for line in run("list", *args, "--format", "plain").stdout.splitlines()]  # noqa: E731
    assert "kim-came-to-power-end-2011" not in ids("--until", "2011-06")
    assert "kim-supreme-leader-2011" in ids("--until", "2011-06")
    assert "kim-came-to-power-end-2011" in ids("--until", "2011")
    assert "kim-came-to-power-end-2011" in ids("--since", "2011-06")


def test_show_of_a_word_suggests_the_ids_made_of_it(run: Any) -> None:
    """'show hanoi' names no fact; the ids with 'hanoi' as a part are what the user probably meant."""
    result = run("show", "hanoi")
    assert result.exit_code == 1 and "did you mean 'hanoi-" in result.stderr


BROKEN = "format: 1\nsources: []\nfacts:\n  - id: x\n    statement: {it: a, en: b}\n"


@pytest.mark.parametrize("pipe", ["--format jsonl |", "2>&1 |"])
def test_a_closed_pipe_keeps_a_failure_already_found(tmp_path: Path, pipe: str) -> None:
    """`factcli check bad.yaml | head -1` still fails (2): the reader here closes the pipe before anything is
    written, so every run takes the closed-pipe path, where the status was once 0."""
    path = tmp_path / "bad.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "c")}
    cmd = f"set -o pipefail; {' '.join(factcli_exe())} check {path} {pipe} (exec 0<&-; sleep 1)"
    assert subprocess.run(["bash", "-c", cmd], capture_output=True, env=env, timeout=30).returncode == 2
    ids = f"set -o pipefail; printf 'kim-nine-trips-abroad\\nnope\\n' | {' '.join(factcli_exe())} show - 2>/dev/null"
    assert subprocess.run(["bash", "-c", f"{ids} | (exec 0<&-; sleep 1)"], env=env, timeout=30).returncode == 1


def test_bare_values_of_ids_read_keep_one_line_per_id(sh: Any) -> None:
    """`show - --format value` lines up with its input (`paste ids.txt -`): an empty line for an id with no fact."""
    out = sh("show", "-", "--format", "value", input=b"kim-nine-trips-abroad\nnope\nprevious-russia-trip-2019\n")
    assert (out.returncode, out.stdout) == (1, b"9\n\n2019\n")
    assert b"no fact with id 'nope'" in out.stderr
    # Ids given as arguments are a set of facts, not lines to keep: the missing one is only named.
    assert sh("show", "kim-nine-trips-abroad", "nope", "--format", "value").stdout == b"9\n"


@pytest.mark.parametrize("command", ["list", "timeline"])
def test_a_since_after_the_until_is_a_usage_error(sh: Any, command: str) -> None:
    """`--since 1905 --until 1903` holds no date: a mistake (exit 2, said), not an empty search (exit 1)."""
    result = sh(command, "--since", "1905", "--until", "1903")
    assert result.returncode == 2 and b"--since 1905 is after --until 1903" in result.stderr
    assert sh(command, "--since", "2019-02", "--until", "2019", "--format", "value").returncode == 0


NUMBERED = """\
format: 1
sources:
  - {id: paper, title: City paper, language: en}
entities:
  - {id: flights, kind: event, names: {en: [first flights, flights of December 17, 1903], it: [primi voli]}}
facts:
  - id: f1
    type: date
    value: {date: "1903-12-17"}
    statement: {en: The first flights were on 17 December 1903., it: I primi voli furono il 17 dicembre 1903.}
    entities: [flights]
    status: stated
    source: {id: paper, excerpt: 17 December 1903}
"""


def test_a_name_that_is_only_a_number_is_warned_of(sh: Any, tmp_path: Path) -> None:
    """An unquoted comma in a flow list made "1903" a name of its own: `check` says so (found by a new user's
    trial), and the file still loads (exit 0)."""
    path = tmp_path / "f.yaml"
    path.write_text(NUMBERED, encoding="utf-8")
    result = sh("check", str(path))
    assert result.returncode == 0 and b"warning: the name '1903' of flights is only a number" in result.stderr
    path.write_text(NUMBERED.replace("flights of December 17, 1903", '"flights of December 17, 1903"'),
                    encoding="utf-8")
    assert b"only a number" not in sh("check", str(path)).stderr


def test_a_claim_held_back_by_min_confidence_is_not_in_the_facts(sh: Any) -> None:
    """A claim below --min-confidence is undecided: plain prints its verdict, value prints nothing; exit 1 both,
    and a question held back prints nothing (the README's contract)."""
    claim = "Claim: Kim visited six countries"
    plain = sh("ask", claim, "--min-confidence", "0.999", "--format", "plain")
    assert (plain.returncode, plain.stdout) == (1, b"not in the facts\n") and b"confidence of 0.999" in plain.stderr
    value = sh("ask", claim, "--min-confidence", "0.999", "--format", "value")
    assert (value.returncode, value.stdout) == (1, b"")
    question = sh("ask", "Dove si sono incontrati Putin e Kim?", "--min-confidence", "0.999", "--format", "plain")
    assert (question.returncode, question.stdout) == (1, b"")
    assert sh("ask", claim, "--format", "plain").stdout.startswith(b"contradicted\n")


@pytest.mark.parametrize(("claim", "verdict"), [("Claim: Kim visited six countries", "contradicted"),
                                                ("Claim: Kim visited five countries", "confirmed")])
def test_a_claims_bare_value_comes_with_its_verdict_on_stderr(sh: Any, claim: str, verdict: str) -> None:
    """The value format prints the fact's value either way; the verdict, which it cannot carry, goes to stderr."""
    out = sh("ask", claim, "--format", "value")
    assert (out.returncode, out.stdout.decode(), out.stderr.decode()) == (0, "5\n", f"factcli: {verdict}\n")
    question = sh("ask", "How many countries has Kim visited?", "--format", "value")
    assert (question.stdout.decode(), question.stderr.decode()) == ("5\n", "")

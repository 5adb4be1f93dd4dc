"""Query commands and the scripting contract: formats, exit codes, stdout/stderr discipline."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
import yaml


def test_when_hanoi_value(run: Any) -> None:
    """`when hanoi --format value --limit 1` prints the bare year."""
    result = run("when", "hanoi", "--format", "value", "--limit", "1")
    assert (result.exit_code, result.stdout) == (0, "2019\n")


def test_where_putin_kim_json_gives_vostochny_first(run: Any) -> None:
    """The summit place comes first, with region and country."""
    first = json.loads(run("where", "putin kim", "--json").stdout)[0]
    assert first["value"]["place"] == "Vostochny Cosmodrome"
    assert first["value"]["region"] == "Amur region" and first["value"]["country"] == "Russia"


@pytest.mark.parametrize("args", [("count", "trips"), ("how-many", "viaggi"), ("count", "viaggio")])
def test_count_trips_is_nine(run: Any, args: tuple[str, str]) -> None:
    """Italian and English word forms find the same count."""
    result = run(*args, "--format", "value", "--limit", "1")
    assert (result.exit_code, result.stdout) == (0, "9\n")


def test_quote_putin_in_italian(run: Any) -> None:
    """`quote putin --lang it` gives Putin's words, verbatim."""
    result = run("quote", "putin", "--lang", "it")
    assert result.exit_code == 0
    assert "È proprio per questo che siamo venuti qui" in result.stdout
    assert "lanciare i propri satelliti" not in result.stdout  # the journalist said that, not Putin


def test_quote_about_topic(run: Any) -> None:
    """--about ranks quotes by topic; a non-speaker argument is a topic too."""
    about = json.loads(run("quote", "--about", "relazioni", "--json").stdout)
    assert about[0]["id"] == "kim-quote-develop-relations"
    assert json.loads(run("quote", "satelliti", "--json").stdout)[0]["value"]["speaker"]["id"] == "journalist"


def test_nothing_found_exits_1_with_empty_stdout(run: Any) -> None:
    """`when atlantis`: exit 1, nothing on stdout, a short note on stderr."""
    result = run("when", "atlantis")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no matching fact" in result.stderr


@pytest.mark.parametrize("query,expected", [("vostochni", "Vostochny"), ("citta turistica", "Sochi"),
                                            ("VOSTOCHNY cosmodrome", "Vostochny")])
def test_search_is_typo_and_accent_tolerant(run: Any, query: str, expected: str) -> None:
    """Typos, missing accents and capitals still find the fact."""
    result = run("search", query, "--format", "plain", "--limit", "1")
    assert result.exit_code == 0 and expected in result.stdout


def test_csv_and_tsv_parse(run: Any) -> None:
    """csv and tsv: a header then one row per fact, with the documented columns."""
    for fmt, delim in (("csv", ","), ("tsv", "\t")):
        rows = list(csv.reader(io.StringIO(run("list", "--format", fmt).stdout), delimiter=delim))
        assert rows[0][:5] == ["id", "type", "value", "answer", "text"] and "excerpt" in rows[0]
        assert len(rows) > 40 and all(len(r) == len(rows[0]) for r in rows)


def test_jsonl_is_one_object_a_line(run: Any) -> None:
    lines = run("list", "--format", "jsonl").stdout.splitlines()
    assert len(lines) > 40 and all(isinstance(json.loads(line), dict) for line in lines)


def test_yaml_output_loads(run: Any) -> None:
    data = yaml.safe_load(run("when", "hanoi", "--format", "yaml").stdout)
    assert data[0]["value"]["date"] == "2019"


def test_plain_output_has_no_escape_codes(run: Any) -> None:
    """Piped (the runner is not a terminal), auto is plain: one line per fact, no ESC; asking for colour
    asks for the terminal view, but an explicit plain format stays plain."""
    for args in ((), ("--color", "never"), ("--color", "always", "--format", "plain")):
        out = run("list", *args).stdout
        assert "\x1b" not in out and len(out.splitlines()) > 40


def test_table_on_request_and_no_color(run: Any) -> None:
    """--format table renders with Rich; --color never keeps it free of escapes."""
    out = run("when", "hanoi", "--format", "table", "--color", "never").stdout
    assert "2019" in out and "\x1b" not in out


def test_entities_with_alias_and_counts(run: Any) -> None:
    rows = json.loads(run("entities", "il leader nordcoreano", "--json").stdout)
    assert rows[0]["id"] == "kim-jong-un" and rows[0]["facts"] > 10


BROTHERS = """\
format: 1
sources:
  - {id: nps, title: Park page, language: en}
entities:
  - {id: brothers, kind: group, names: {en: [the Wright brothers, Wilbur and Orville Wright], it: [i fratelli Wright]}}
  - {id: wilbur, kind: person, names: {en: [Wilbur Wright], it: [Wilbur Wright]}}
  - {id: hawk, kind: place, names: {en: [Kitty Hawk], it: [Kitty Hawk]}}
facts:
  - id: first-flight
    type: date
    value: {date: "1903-12-17"}
    statement: {en: The Wright brothers flew on 17 December 1903., it: I fratelli Wright volarono il 17 dicembre 1903.}
    entities: [brothers, wilbur, hawk]
    status: stated
    source: {id: nps, excerpt: 17 December 1903}
"""


def test_entities_finds_a_name_typed_with_a_slip_in_one_of_its_words(run: Any, write: Any) -> None:
    """"wrigth" is a slip for the Wright of two names; "wilbur wrigth" only for the names with both words;
    a word no name is near ("japan") finds nothing, exit 1."""
    path = str(write(BROTHERS))
    ids = [row["id"] for row in json.loads(run("entities", "wrigth", "-f", path, "--json").stdout)]
    assert sorted(ids) == ["brothers", "wilbur"]
    ids = [row["id"] for row in json.loads(run("entities", "wilbur wrigth", "-f", path, "--json").stdout)]
    assert sorted(ids) == ["brothers", "wilbur"]
    assert [r["id"] for r in json.loads(run("entities", "kity hawk", "-f", path, "--json").stdout)] == ["hawk"]
    assert run("entities", "japan", "-f", path).exit_code == 1


def test_file_env_and_lang_env(run: Any, write: Any) -> None:
    """FACTCLI_FILE replaces the bundled file; FACTCLI_LANG chooses the language."""
    from .conftest import MINIMAL

    path = write(MINIMAL)
    result = run("when", "ada", "--format", "value", env={"FACTCLI_FILE": str(path)})
    assert result.stdout == "1815-12-10\n"
    it = run("when", "ada", "--format", "plain", env={"FACTCLI_FILE": str(path), "FACTCLI_LANG": "it"})
    assert "Ada è nata nel 1815." in it.stdout


def test_usage_errors_exit_2(run: Any) -> None:
    """An unknown flag, a bad format, a bad date bound: exit 2, message on stderr."""
    assert run("when", "hanoi", "--bogus").exit_code == 2
    assert run("list", "--format", "xml").exit_code == 2
    bad = run("list", "--since", "yesterday")
    assert bad.exit_code == 2 and "--since" in bad.stderr


def test_missing_file_exits_2(run: Any) -> None:
    result = run("when", "hanoi", "-f", "/nonexistent/facts.yaml")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("/nonexistent/facts.yaml: error: no such file")


def test_timeline_in_date_order(run: Any) -> None:
    values = run("timeline", "--format", "value").stdout.split()
    assert values == sorted(values) and values[0] == "2011" and values[-1] == "2023"


def test_timeline_filtered_by_entity_and_tag(run: Any, write: Any) -> None:
    """--entity and --tag keep a timeline to the dated facts naming that entity and bearing that tag, still in
    date order; an entity no fact file knows is named on stderr with exit 1, as `list` does."""
    path = write("""\
format: 1
sources:
  - {id: s, title: Notes, language: en}
entities:
  - {id: ada, kind: person, names: {en: [Ada Byron, Ada], it: [Ada Byron, Ada]}}
  - {id: bob, kind: person, names: {en: [Bob Ross, Bob], it: [Bob Ross, Bob]}}
facts:
  - {id: ada-died, type: date, value: {date: "1852"}, statement: {en: Ada died in 1852., it: Ada morì nel 1852.},
     entities: [ada], tags: [death], status: stated, source: {id: s, excerpt: died in 1852}}
  - {id: bob-born, type: date, value: {date: "1942"}, statement: {en: Bob was born in 1942., it: Bob nacque nel 1942.},
     entities: [bob], tags: [birth], status: stated, source: {id: s, excerpt: born in 1942}}
  - {id: ada-born, type: date, value: {date: "1815"}, statement: {en: Ada was born in 1815., it: Ada nacque nel 1815.},
     entities: [ada], tags: [birth], status: stated, source: {id: s, excerpt: born in 1815}}
""")

    def ids(*args: str) -> list[str]:
        """The ids the timeline lists with these options, in its order."""
        out = run("timeline", "-f", str(path), "--format", "tsv", *args).stdout
        return [line.split("\t")[0] for line in out.splitlines()[1:]]

    assert ids("--entity", "Ada Byron") == ["ada-born", "ada-died"]
    assert ids("--tag", "birth") == ["ada-born", "bob-born"]
    assert ids("--entity", "ada", "--tag", "birth") == ["ada-born"]
    missing = run("timeline", "-f", str(path), "--entity", "Carla")
    assert (missing.exit_code, missing.stdout) == (1, "") and "no entity named 'Carla'" in missing.stderr


def test_stats(run: Any) -> None:
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["total"] == sum(stats["by_type"].values())
    assert stats["by_status"]["inferred"] >= 1


def test_version(run: Any) -> None:
    """--version works on the root and, like every common option, on each command."""
    from factcli import __version__

    assert run("--version").stdout == f"factcli {__version__}\n"
    for command in ("when", "list", "ask"):
        result = run(command, "--version")
        assert (result.exit_code, result.stdout) == (0, f"factcli {__version__}\n")

"""The bundled fact base: complete, typed, bilingual, sourced, and `check`/`list`/`show` work on it."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from factcli.load.open import bundled_path

from .conftest import ARTICLE, MINIMAL


def test_bundled_file_checks_clean(run: Any) -> None:
    """`factcli check` validates the bundled file and counts the facts, entities and sources the file lists."""
    with open(bundled_path(), encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    counts = {section: len(data[section]) for section in ("facts", "entities", "sources")}
    assert all(counts.values()), counts

    result = run("check")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(": OK\n")
    line = result.stdout.strip()
    for noun, one in (("facts", "fact"), ("entities", "entity"), ("sources", "source")):
        n = counts[noun]
        assert f" {n} {noun if n != 1 else one}" in line, (line, counts)
    shown = run("check", "--format", "json")  # the diagnostics, as data: none for a clean file
    assert (shown.exit_code, json.loads(shown.stdout)) == (0, [])


@pytest.mark.parametrize("lang", ["it", "en"])
def test_list_json_covers_all_types(run: Any, lang: str) -> None:
    """40+ facts, all five types, an inferred fact, every field of the JSON contract."""
    facts = json.loads(run("list", "--format", "json", "--lang", lang).stdout)
    assert len(facts) >= 40
    assert {f["type"] for f in facts} == {"date", "location", "count", "quote", "event"}
    assert any(f["status"] == "inferred" for f in facts)
    for fact in facts:
        assert set(fact) >= {"id", "type", "value", "text", "entities", "tags", "status", "source"}
        assert fact["source"]["excerpt"].strip() and fact["source"]["id"]
        assert fact["lang"] == lang


def test_statements_differ_between_languages(run: Any) -> None:
    """Every fact has an Italian and a different English statement."""
    it = {f["id"]: f["text"] for f in json.loads(run("list", "--json", "--lang", "it").stdout)}
    en = {f["id"]: f["text"] for f in json.loads(run("list", "--json", "--lang", "en").stdout)}
    assert it.keys() == en.keys()
    assert all(it[k] != en[k] for k in it)


@pytest.mark.skipif(not ARTICLE.exists(), reason="the shared article is not beside this checkout")
def test_every_excerpt_is_verbatim_in_the_article(run: Any) -> None:
    """`check --source-text` against the real article finds every excerpt."""
    result = run("check", "--source-text", str(ARTICLE))
    assert result.exit_code == 0, result.stderr
    assert "excerpt not found" not in result.stderr


def test_excerpt_verification_names_missing_excerpts(run: Any, write: Any, tmp_path: Any) -> None:
    """An excerpt that is not in the given text is named, and check exits 2."""
    facts = write(MINIMAL)
    good = tmp_path / "good.txt"
    good.write_text("Ada was\n  born 10   December 1815 in London.", encoding="utf-8")
    assert run("check", str(facts), "-s", f"src={good}").exit_code == 0
    bad = tmp_path / "bad.txt"
    bad.write_text("Ada was born in London.", encoding="utf-8")
    result = run("check", str(facts), "-s", str(bad))
    assert result.exit_code == 2
    assert "fact 'ada-born': excerpt not found verbatim" in result.stderr


def test_json_round_trips(run: Any) -> None:
    """`show` of every listed id gives back the same objects."""
    listed = json.loads(run("list", "--json").stdout)
    shown = json.loads(run("show", *[f["id"] for f in listed], "--json").stdout)
    assert shown == listed


def test_list_filters(run: Any) -> None:
    """--type, --entity (alias, accent- and case-insensitive), --tag, --since/--until."""
    dates = json.loads(run("list", "--type", "date", "--json").stdout)
    assert dates and all(f["type"] == "date" for f in dates)
    by_alias = json.loads(run("list", "--entity", "il leader nordcoreano", "--json").stdout)
    assert by_alias and all("kim-jong-un" in f["entities"] for f in by_alias)
    assert json.loads(run("list", "--entity", "LUKASHENKO", "--json").stdout)
    tagged = json.loads(run("list", "--tag", "trips", "--json").stdout)
    assert tagged and all("trips" in f["tags"] for f in tagged)
    window = json.loads(run("list", "--since", "2012", "--until", "2019", "--json").stdout)
    assert {f["value"]["date"] for f in window} == {"2019"}


def test_show_unknown_id_exits_1(run: Any) -> None:
    """An unknown id is nothing found: exit 1, empty stdout, a note naming it."""
    result = run("show", "no-such-fact")
    assert result.exit_code == 1 and result.stdout == ""
    assert "no-such-fact" in result.stderr


def test_yaml_scalars_keep_their_meaning(run: Any, write: Any) -> None:
    """`no`, 1:20 and an unquoted date stay exactly what the author wrote."""
    text = MINIMAL.replace('{date: "1815-12-10"}', "{date: 1815-12-10}").replace("[birth]", "[no, on]")
    text = text.replace("Ada was born in 1815.", "Ada was born at 1:20.")
    fact = json.loads(run("show", "ada-born", "-f", str(write(text)), "--json").stdout)[0]
    assert fact["value"]["date"] == "1815-12-10"
    assert fact["tags"] == ["no", "on"]
    assert fact["text"] == "Ada was born at 1:20."

"""Fitting the ecosystem: completion, the JSON Schema, the pre-commit hook, the library API."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from .conftest import MINIMAL, ROOT
from .test_validation import CASES


def test_show_completion_prints_a_script(sh: Any) -> None:
    result = sh("--show-completion", "bash")
    assert result.returncode == 0 and b"_factcli_completion" in result.stdout


@pytest.mark.parametrize("words,cword,expected", [
    ("factcli show hanoi", 2, {"hanoi-summit-2019", "hanoi-summit-location"}),
    ("factcli list --entity Luk", 3, {"Lukashenko"}),
    ("factcli list --type lo", 3, {"location"}),
    ("factcli list --tag tr", 3, {"train", "trips", "trump"}),
    ("factcli quote pu", 2, {"putin"}),
])
def test_completion_from_the_fact_file(sh: Any, words: str, cword: int, expected: set[str]) -> None:
    """Fact ids, entity names, types and tags complete from the fact file in use."""
    result = sh(env={"_FACTCLI_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)})
    assert set(result.stdout.decode().split()) >= expected
    assert result.stderr == b""


def _schema() -> dict[str, Any]:
    return json.loads((ROOT / "factcli" / "facts.schema.json").read_text(encoding="utf-8"))


def test_schema_command_prints_the_shipped_schema(run: Any) -> None:
    printed = json.loads(run("schema").stdout)
    assert printed == _schema()
    jsonschema.Draft202012Validator.check_schema(printed)


def test_bundled_facts_valid_per_schema_and_header() -> None:
    text = (ROOT / "facts.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    jsonschema.Draft202012Validator(_schema()).validate(yaml.safe_load(text))


# Problems only the loader can see: references across the file, unique ids, real calendar days, a range that rises.
CROSS_CHECKS = ("refers to unknown", "duplicate fact id", "is not a real calendar date", "is not above its number")


FIXTURES = [(ROOT / "tests" / "fixtures" / n).read_text(encoding="utf-8") for n in ("example.yaml", "broken.yaml")]


@pytest.mark.parametrize("text", [MINIMAL, *FIXTURES] + [t for _, t, _ in CASES],
                         ids=["minimal", "example", "broken"] + [n for n, _, _ in CASES])
def test_schema_agrees_with_check(run: Any, write: Any, text: str) -> None:
    """Valid per schema <=> accepted by `check`, apart from the checks a schema cannot express."""
    result = run("check", str(write(text)))
    if "duplicate key" in result.stderr or "invalid YAML" in result.stderr:
        pytest.skip("rejected by the YAML layer, before any schema could judge it")
    data = yaml.load(text, Loader=yaml.BaseLoader)  # strings only, as factcli reads them
    errors = list(jsonschema.Draft202012Validator(_schema()).iter_errors(data))
    if result.exit_code == 0:
        assert errors == []
    elif not errors:
        assert all(any(c in line for c in CROSS_CHECKS) for line in result.stderr.splitlines()[:-1]), result.stderr
    else:
        assert result.exit_code == 2


def test_pre_commit_hook_is_offered() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "factcli-check")
    assert hook["entry"] == "factcli check" and hook["language"] == "python"


def test_library_api(tmp_path: Path) -> None:
    """`from factcli import FactBase`: load, query, ask, with the CLI's validation and cache."""
    from factcli import FactBase
    from factcli.core.errors import FactFileError

    fb = FactBase.load(cache_dir=tmp_path)
    assert fb.when("hanoi").hits[0].fact.value.date == "2019"  # type: ignore[union-attr]
    assert fb.ask("quanti viaggi kim").answer.fact.id == "kim-nine-trips-abroad"  # type: ignore[union-attr]
    assert fb.entity("putin").name("it") == "Vladimir Putin"  # type: ignore[union-attr]
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("type: date", "type: rumour"), encoding="utf-8")
    with pytest.raises(FactFileError) as caught:
        FactBase.load([bad], cache_dir=tmp_path)
    assert "rumour" in caught.value.lines()[0]
    assert os.fspath(bad) in caught.value.lines()[0]

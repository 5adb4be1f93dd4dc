"""`factcli cite`: a citation per fact, as plain text, Markdown and CSL-JSON that pandoc and Zotero read."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from .conftest import FIXTURES, MINIMAL

# The CSL input schema (citation-style-language/schema, schemas/input/csl-data.json, MIT licence).
CSL_SCHEMA = json.loads((FIXTURES / "csl-data.schema.json").read_text(encoding="utf-8"))

SOURCED = MINIMAL.replace(
    "  - {id: src, title: A test source, language: en}",
    "  - {id: src, title: 'Ada *Lovelace* [born](x)', language: en, outlet: The Examiner, author: Jo Bloggs,\n"
    "     date: '2019-02-27', url: 'https://example.org/ada'}",
) + """\
  - id: ada-born-year
    type: date
    value: {date: "1815"}
    statement: {it: Ada è nata nel 1815., en: Ada was born in 1815.}
    entities: [ada]
    status: inferred
    derived_from: [ada-born]
    source: {id: src, excerpt: "born 10 December 1815"}
"""


def _facts(tmp_path: Path) -> str:
    """A fact file whose source gives outlet, author, date and address, with a stated and an inferred fact."""
    path = tmp_path / "f.yaml"
    path.write_text(SOURCED, encoding="utf-8")
    return str(path)


def test_the_bundled_fact_cites_as_csl_json(sh: Any) -> None:
    """`factcli cite kim-nine-trips-abroad --format json` is a CSL-JSON list the CSL schema accepts."""
    out = sh("cite", "kim-nine-trips-abroad", "--format", "json")
    assert out.returncode == 0
    items = json.loads(out.stdout)
    jsonschema.Draft7Validator(CSL_SCHEMA).validate(items)
    assert [(i["id"], i["type"], i["language"]) for i in items] == [("kim-nine-trips-abroad", "article-newspaper", "it")]
    assert items[0]["title"].endswith("Putin e Kim Jong-un al Cosmodromo di Vostochny")
    assert "nove viaggi all’estero" in items[0]["note"]  # the excerpt, verbatim


def test_a_full_source_gives_every_csl_field(sh: Any, tmp_path: Path) -> None:
    """Outlet, author, date and address become container-title, author, issued and URL; status under custom."""
    out = sh("cite", "ada-born", "ada-born-year", "-f", _facts(tmp_path), "--json")
    items = json.loads(out.stdout)
    jsonschema.Draft7Validator(CSL_SCHEMA).validate(items)
    stated, inferred = items
    assert stated == {
        "id": "ada-born", "type": "article-newspaper", "title": "Ada *Lovelace* [born](x)",
        "container-title": "The Examiner", "author": [{"literal": "Jo Bloggs"}],
        "issued": {"date-parts": [[2019, 2, 27]]}, "URL": "https://example.org/ada", "language": "en",
        "note": "born 10 December 1815",
        "custom": {"status": "stated", "derived_from": [], "statement": "Ada was born in 1815."}}
    assert inferred["custom"]["status"] == "inferred" and inferred["custom"]["derived_from"] == ["ada-born"]
    refs = yaml.safe_load(sh("cite", "ada-born", "-f", _facts(tmp_path), "--format", "yaml").stdout)
    assert refs == {"references": [stated]}  # pandoc's CSL YAML


def test_a_source_of_a_given_kind_is_cited_as_that_kind(sh: Any, tmp_path: Path) -> None:
    """`kind: entry-encyclopedia` with an outlet is an encyclopedia entry, not a newspaper article (the CSL schema
    accepts it); a kind CSL does not have is an error of the file, at its place."""
    path = tmp_path / "f.yaml"
    path.write_text(SOURCED.replace("url: 'https://example.org/ada'}", "url: 'https://example.org/ada',\n"
                                    "     kind: entry-encyclopedia}"), encoding="utf-8")
    items = json.loads(sh("cite", "ada-born", "-f", str(path), "--json").stdout)
    jsonschema.Draft7Validator(CSL_SCHEMA).validate(items)
    assert items[0]["type"] == "entry-encyclopedia" and items[0]["container-title"] == "The Examiner"
    path.write_text(SOURCED.replace("url: 'https://example.org/ada'}", "url: 'https://example.org/ada', kind: blog}"),
                    encoding="utf-8")
    out = sh("check", str(path))
    assert out.returncode == 2 and b"kind 'blog' is not one of: article-newspaper" in out.stderr


def test_plain_and_markdown_citations(sh: Any, tmp_path: Path) -> None:
    """Plain: one line per fact; Markdown: a list item, the fact text escaped so it stays text."""
    path = _facts(tmp_path)
    plain = sh("cite", "ada-born", "ada-born-year", "-f", path).stdout.decode().splitlines()
    assert plain == [
        "ada-born (stated): Jo Bloggs, “Ada *Lovelace* [born](x)”, The Examiner, 27 February 2019, "
        "https://example.org/ada — “born 10 December 1815”",
        "ada-born-year (inferred from ada-born): Jo Bloggs, “Ada *Lovelace* [born](x)”, The Examiner, "
        "27 February 2019, https://example.org/ada — “born 10 December 1815”"]
    markdown = sh("cite", "ada-born", "-f", path, "--format", "markdown", "--lang", "it").stdout.decode()
    assert markdown == ("- `ada-born` (stated): Ada è nata nel 1815.\\\n"
                        "  Jo Bloggs, “Ada \\*Lovelace\\* \\[born\\](x)”, *The Examiner*, 27 febbraio 2019, "
                        "<https://example.org/ada>\n  > born 10 December 1815\n")


def test_a_missing_id_is_named_as_show_names_it(sh: Any, tmp_path: Path) -> None:
    """The good ids are cited; a missing one is named on stderr with the nearest id, and the status is 1."""
    out = sh("cite", "ada-born", "ada-bron", "-f", _facts(tmp_path), "--format", "jsonl")
    assert out.returncode == 1
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ["ada-born"]
    assert out.stderr == b"factcli: no fact with id 'ada-bron' (did you mean 'ada-born'?)\n"


def test_each_command_takes_only_the_formats_it_has(sh: Any, run: Any) -> None:
    """cite has no table or CSV; only cite has Markdown: refused (exit 2) by both parsers, never ignored."""
    for argv in (["cite", "kim-nine-trips-abroad", "--format", "csv"], ["list", "--format", "markdown"]):
        fast = sh(*argv)
        assert fast.returncode == 2 and b"--format" in fast.stderr and fast.stdout == b"", argv
        assert run(*argv).exit_code == 2, argv
    assert "markdown" in run("cite", "--help").stdout and "markdown" not in run("list", "--help").stdout


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_pandoc_formats_the_citation(sh: Any, tmp_path: Path, fmt: str) -> None:
    """pandoc --citeproc reads the CSL-JSON (and CSL YAML) bibliography and cites the source from it."""
    refs = tmp_path / f"refs.{fmt}"
    refs.write_bytes(sh("cite", "ada-born", "-f", _facts(tmp_path), "--format", fmt).stdout)
    doc = tmp_path / "doc.md"
    doc.write_text("Ada was born in 1815 [@ada-born].\n", encoding="utf-8")
    out = subprocess.run(["pandoc", "--citeproc", "--bibliography", str(refs), str(doc), "-t", "plain"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.split())
    assert "(Jo Bloggs 2019)" in text and "The Examiner" in text and "https://example.org/ada" in text

"""Shared fixtures: an isolated cache, a CLI runner, and small explicit fact files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcli.cli.app import app
from factcli.index.lemmas import lemma_stems, table_path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "seed" / "000_1c39459426ae8a31.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

MINIMAL = """\
format: 1
sources:
  - {id: src, title: A test source, language: en}
entities:
  - id: ada
    kind: person
    names: {en: [Ada Lovelace, Ada], it: [Ada Lovelace]}
facts:
  - id: ada-born
    type: date
    value: {date: "1815-12-10"}
    statement: {it: Ada è nata nel 1815., en: Ada was born in 1815.}
    entities: [ada]
    tags: [birth]
    status: stated
    source: {id: src, excerpt: "born 10 December 1815"}
"""


@pytest.fixture(scope="session")
def _lemma_table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The table of lemmas (factcli/index/lemmas.py), written once for the whole run: copying simplemma's
    dictionaries takes a second or two, too long to repeat in every test's own cache."""
    directory = str(tmp_path_factory.mktemp("lemmas"))
    lemma_stems("wrote", directory)
    return Path(table_path(directory))


def share_lemmas(cache: Path, table: Path) -> None:
    """Give a cache directory the run's table of lemmas (a link: the table is only read)."""
    (cache / "lemmas").mkdir(parents=True, exist_ok=True)
    (cache / "lemmas" / table.name).symlink_to(table)


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, _lemma_table: Path) -> None:
    """Every test gets its own cache and no inherited FACTCLI_* or colour settings."""
    for var in ("FACTCLI_FILE", "FACTCLI_LANG", "FACTCLI_CACHE_DIR", "NO_COLOR", "FORCE_COLOR", "LC_ALL", "LANG"):
        monkeypatch.delenv(var, raising=False)
    cache = tmp_path_factory.mktemp("cache")
    share_lemmas(cache, _lemma_table)
    monkeypatch.setenv("FACTCLI_CACHE_DIR", str(cache))


@pytest.fixture
def run() -> Callable[..., object]:
    """Invoke the real Typer app in-process; returns the click Result (stdout, stderr, exit_code)."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None) -> object:
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a small fact file into the test's directory and return its path."""

    def make(text: str, name: str = "facts.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return make


def factcli_exe() -> list[str]:
    """The installed console script, or `python -m factcli` when it is not on PATH."""
    exe = shutil.which("factcli")
    return [exe] if exe else [sys.executable, "-m", "factcli"]


@pytest.fixture
def sh(tmp_path: Path, _lemma_table: Path) -> Iterator[Callable[..., subprocess.CompletedProcess[bytes]]]:
    """Run the installed factcli in a subprocess (bytes in, bytes out), with a timeout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTCLI_", "FORCE_COLOR", "NO_COLOR"))}
    env["FACTCLI_CACHE_DIR"] = str(tmp_path / "cache")
    share_lemmas(tmp_path / "cache", _lemma_table)

    def call(*args: str, timeout: float = 30, **kw: object) -> subprocess.CompletedProcess[bytes]:
        merged = {**env, **kw.pop("env", {})}  # type: ignore[dict-item]
        return subprocess.run([*factcli_exe(), *args], capture_output=True, timeout=timeout, env=merged, **kw)  # type: ignore[call-overload]

    yield call


def unanswered(result: Any) -> bool:
    """Exit 1 and no answer: stdout empty (plain, value, csv), or the object of json with a null answer."""
    import json

    return bool(result.exit_code == 1 and (result.stdout == "" or json.loads(result.stdout)["answer"] is None))

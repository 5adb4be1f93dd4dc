"""The fast way to an index (native parser, two processes) never gives another answer than the positioned way."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcli.core.errors import FactFileError
from factcli.index import two_cores as forked
from factcli.index.write import discard
from factcli.load import native_build as fastload
from factcli.load import native_yaml as fastyaml
from factcli.load.open import _slow_factset

from .conftest import FIXTURES, MINIMAL, ROOT

pytestmark = pytest.mark.skipif(not fastyaml.available(), reason="yaml-rs is not installed")


def _facts_of_parts(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import sqlite3

    from factcli.index.write import build

    conn = sqlite3.connect(":memory:")
    try:
        build(conn, {}, {}, parts, {"key": "k"})
    finally:
        discard(parts)
    return [json.loads(data) for (data,) in conn.execute("SELECT data FROM facts ORDER BY n")]


def _both(blob: bytes) -> tuple[Any, Any]:
    """(what the fast way gives or None, what the positioned way gives or its FactFileError)."""
    fast = fastload.load_fast([("x.yaml", blob)], None)
    try:
        slow: Any = _slow_factset([("x.yaml", blob)], None)
    except FactFileError as exc:
        slow = exc
    return fast, slow


def _assert_same(blob: bytes) -> bool:
    """The fast way either declines or agrees with the positioned way, fact for fact; True when it answered."""
    fast, slow = _both(blob)
    if fast is None:
        return False
    assert not isinstance(slow, FactFileError), f"fast way accepted what is invalid: {slow.lines()}"
    sources, entities, parts, vocabulary = fast
    assert sources == slow.sources and entities == slow.entities and vocabulary == slow.vocabulary
    assert _facts_of_parts(parts) == [f.to_dict() for f in slow.facts.values()]
    return True


def test_bundled_and_example_files_take_the_fast_way() -> None:
    """The project's own files are read by the native parser, with exactly the positioned reader's result."""
    for path in (ROOT / "facts.yaml", FIXTURES / "example.yaml"):
        assert _assert_same(path.read_bytes()), path


@pytest.mark.parametrize("value,fast", [
    ("2019", True), ("-3", True), ("18.15", True), ("true", True), ("'007'", True), ("1815-12-10", True),
    ("007", False), ("+1815", False), ("1_815", False), ("0x717", False), ("18.150", False), ("1.8e3", False),
    ("True", False), (".inf", False), ("\n      007", False),
])
def test_resolved_scalars_are_exact_or_declined(value: str, fast: bool) -> None:
    """Text that a YAML 1.2 parser reads as a number or boolean is kept as written, or the fast way declines."""
    text = MINIMAL.replace("{it: Ada è nata nel 1815.,", f"\n      it: {value}\n      ").replace(
        " en: Ada was born in 1815.}", "en: Ada was born in 1815.")
    assert _assert_same(text.encode()) is fast


@pytest.mark.parametrize("snippet", [
    "&a ", "*a ", "!!str ", "<<: ", "\u2028", "\x85", "\ufeff", "a\rb", "- - ", "\n" + " " * 1100 + "x: 1",
])
def test_unsuitable_files_are_left_to_the_positioned_reader(snippet: str) -> None:
    """Anchors, aliases, tags, merge keys, YAML 1.1 line breaks, a lone CR and deep nesting: not tried natively."""
    text = MINIMAL.replace("tags: [birth]", "tags: [birth]\n    x: " + snippet)
    assert fastyaml.load(text.encode()) is None


_TOKENS = ["007", "+5", "1_000", "True", "FALSE", "5.50", "~", "null", "0x1F", ".5", "1e3", "2019", "yes", "no",
           "'q'", '"d"', "[a, b]", "{a: 1}", "- x", ": ", "#c", "\n", "\t", "  ", "-", "?", "x", ":x", "-x", "?x",
           "|", ">", "@", "`", "\\", '"', "'", "{", "}", "[", "]", ",", "%", "!", "&a", "*a", "\r\n", "\r", "\u2028",
           '"\\u00e9\\x41\\/"', "'it''s'", "|\n  x\n", ">-\n  y\n", "é", "\x7f"]


# Derandomized: the same 300 cases on every run, so CI never turns red by chance; wider random
# campaigns are run by hand: python -m tests.fuzz_fastload --seed N --cases N [--base facts.yaml].
@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(MINIMAL)), st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=4))
def test_mutated_files_never_answer_differently(where: int, tokens: list[str]) -> None:
    """Tricky YAML spliced anywhere into a valid file: the fast way declines or gives the same facts."""
    _assert_same((MINIMAL[:where] + "".join(tokens) + MINIMAL[where:]).encode())


def _many_facts(n: int) -> bytes:
    facts = "".join(f"""
  - id: fact-{i}
    type: count
    value: {{number: {i}, unit: {{it: viaggi, en: trips}}}}
    statement: {{it: Ada fece {i} viaggi., en: Ada made {i} trips.}}
    entities: [ada]
    tags: [t{i % 7}]
    status: stated
    source: {{id: src, excerpt: "trips"}}""" for i in range(n))
    return (MINIMAL.split("facts:")[0] + "facts:" + facts + "\n").encode()


def test_two_processes_build_the_same_index(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Checked and indexed in two halves, one in a forked child, the facts come out as one process makes them,
    and the files that carried the rows are gone."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(forked, "MIN_ITEMS", 10)
    assert _assert_same(_many_facts(40))
    assert _assert_same(_many_facts(41))
    assert not list(tmp_path.iterdir())


def test_a_failing_child_costs_speed_not_answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """When the child dies, the fast way declines (the positioned way builds the index) and leaves no file."""
    monkeypatch.setattr(forked, "MIN_ITEMS", 10)
    real = forked._run_child

    def crash(work: Any, start: int, stop: int, pipe: int) -> None:
        os.kill(os.getpid(), 9)
        real(work, start, stop, pipe)  # pragma: no cover

    monkeypatch.setattr(forked, "_run_child", crash)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert fastload.load_fast([("x.yaml", _many_facts(40))], None) is None
    assert not list(tmp_path.iterdir())


def test_forked_build_through_the_cli(sh: Any, tmp_path: Path) -> None:
    """A file large enough to be indexed on two cores answers like any other, from the installed command."""
    path = tmp_path / "many.yaml"
    path.write_bytes(_many_facts(forked.MIN_ITEMS + 10))
    result = sh("count", "trips", "-f", str(path), "--format", "json", "-n", "3")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 3
    shown = sh("show", f"fact-{forked.MIN_ITEMS + 5}", "-f", str(path), "--format", "value")
    assert shown.returncode == 0 and shown.stdout.strip() == str(forked.MIN_ITEMS + 5).encode()


@pytest.mark.parametrize("empty", ["~", "null", "", "# nothing"])
def test_a_plain_null_is_an_absent_field_both_ways(empty: str) -> None:
    """`derived_from: ~` (or null, or nothing) is an absent optional field for both readers, not a string."""
    text = MINIMAL.replace("    status: stated\n", f"    status: stated\n    derived_from: {empty}\n")
    fast, slow = _both(text.encode())
    assert not isinstance(slow, FactFileError), slow.lines()
    assert fast is not None and _assert_same(text.encode())


@pytest.mark.parametrize("forking", [True, False])
def test_a_number_written_oddly_in_either_half_sends_the_file_the_slow_way(monkeypatch: pytest.MonkeyPatch,
                                                                         forking: bool) -> None:
    """Conversions are made at once and confirmed by a scan of the file (in the worker, when there is one):
    '007' anywhere means the file is read the positioned way."""
    monkeypatch.setattr(forked, "MIN_ITEMS", 10 if forking else 10_000)
    odd = _many_facts(40).replace(b"{number: 3,", b"{number: 003,")
    assert b"number: 003," in odd
    assert fastload.load_fast([("x.yaml", odd)], None) is None
    loaded = fastload.load_fast([("x.yaml", _many_facts(40))], None)
    assert loaded is not None
    discard(loaded[2])


def test_no_writable_temporary_directory_still_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a writable temporary directory the worker's rows come back through the pipe instead."""
    monkeypatch.setattr(forked, "MIN_ITEMS", 10)
    monkeypatch.setattr(tempfile, "tempdir", "/nonexistent/factcli-test")
    assert _assert_same(_many_facts(40))

"""A large single file is parsed in two halves, one per process (factcli/load/native_split.py): the facts come
out as the positioned reader reads them, or the file is parsed whole, or the positioned reader takes it."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from factcli.index import two_cores as forked
from factcli.index.write import discard
from factcli.load import native_build as fastload
from factcli.load import native_split
from factcli.load import native_yaml as fastyaml

from .conftest import MINIMAL
from .test_fastload import _assert_same

pytestmark = pytest.mark.skipif(not fastyaml.available(), reason="yaml-rs is not installed")

_HEADER = MINIMAL.split("facts:")[0] + "facts:\n"


def _fact(i: int, pad: str = "  ", derived: int | None = None, statement: str = "Ada made {i} trips.") -> str:
    """One fact at the list's indentation `pad`, stated or derived from fact `derived`."""
    body = pad + "  "
    status = f"status: stated\n{body}" if derived is None else f"status: inferred\n{body}derived_from: [fact-{derived}]\n{body}"
    return (f"{pad}- id: fact-{i}\n{body}type: count\n{body}value: {{number: {i}, unit: {{it: viaggi, en: trips}}}}\n"
            f"{body}statement: {{it: Ada fece {i} viaggi., en: {statement.format(i=i)}}}\n{body}entities: [ada]\n"
            f"{body}{status}source: {{id: src, excerpt: \"trips\"}}\n")


def _file(n: int = 40, pad: str = "  ", between: str = "", **changes: str) -> str:
    """A header and `n` facts at `pad`, with `between` after each; `changes` replace text in the result."""
    text = _HEADER + "".join(_fact(i, pad) + between for i in range(n))
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


@pytest.fixture(autouse=True)
def _small(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Forty facts are enough for two processes here, and every temporary file goes where the test can see it."""
    monkeypatch.setattr(forked, "MIN_ITEMS", 10)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))


def _kept_blocks(text: str) -> str:
    """`text` with each English statement a block scalar that keeps its trailing blank lines (|+)."""
    import re

    return re.sub(r"statement: \{it: (.*?), en: (.*?)\}\n", r"statement:\n      it: \1\n      en: |+\n        \2\n\n", text)


def _cut_build(text: str) -> tuple[bool, Any]:
    """What the cut path itself gives for `text`: (whether it decided, its build or None)."""
    return fastload._load_cut("x.yaml", text.encode(), None)


@pytest.mark.parametrize("layout", ["indented", "column 0", "comments", "crlf", "dash alone", "kept block", "blank"])
def test_a_cut_file_gives_the_whole_file_s_facts(layout: str, tmp_path: Path) -> None:
    """Items at any indentation, comments and blank lines between them, CRLF, an item's mapping starting on the
    next line, a block scalar keeping its trailing lines at the cut: the two halves make the positioned reader's
    facts, numbered in one run, and no temporary file is left."""
    text = {
        "indented": _file(),
        "column 0": _HEADER + "".join(_fact(i, "") for i in range(40)),
        "comments": _file(between="  # a comment\n# another\n"),
        "crlf": _file().replace("\n", "\r\n"),
        "dash alone": _file().replace("  - id:", "  -\n    id:"),
        "kept block": _kept_blocks(_file()),
        "blank": _file(between="\n\n"),
    }[layout]
    decided, built = _cut_build(text)
    assert decided and built is not None
    counts = [part["count"] for part in built[2]]
    discard(built[2])
    assert len(counts) == 2 and min(counts) > 0 and sum(counts) == 40
    assert _assert_same(text.encode())
    assert not list(tmp_path.iterdir())


def test_facts_derive_from_facts_in_the_other_half() -> None:
    """What a fact derives from may be in the other process's half; a fact that neither half defines, or an id
    in both halves, sends the file to the positioned reader."""
    facts = [_fact(i, derived=(39 - i) if i in (3, 36) else None) for i in range(40)]
    assert _assert_same((_HEADER + "".join(facts)).encode())
    missing = [_fact(i, derived=99 if i == 36 else None) for i in range(40)]
    assert _cut_build(_HEADER + "".join(missing)) == (True, None)
    twice = _HEADER + "".join(_fact(i) for i in range(40)).replace("id: fact-35\n", "id: fact-4\n")
    assert _cut_build(twice) == (True, None)
    assert _assert_same(twice.encode()) is False


@pytest.mark.parametrize("after", ["vocabulary: {trip: [viaggio]}\n", "---\n", "...\n", "x\n", "-x: 1\n"])
def test_no_cut_unless_the_facts_list_ends_the_file(after: str) -> None:
    """Another key, a document marker or any text at column 0 after the facts list: no cut (the file is read
    whole, natively or the positioned way)."""
    assert native_split.cut((_file() + after).encode()) is None
    _assert_same((_file() + after).encode())


def test_an_item_line_inside_a_quoted_text_is_no_cut() -> None:
    """A quoted text whose next line looks like an item (which YAML 1.2 refuses, libyaml reads as text): wherever
    the cut falls, the file is never read otherwise than the positioned way reads it."""
    cut_inside = 0
    for i in range(15, 25):
        text = _file(**{f"en: Ada made {i} trips.}}": f"en: \"Ada made {i}\n  - trips.\"}}"})
        where = native_split.cut(text.encode())
        assert where is not None
        cut_inside += where.at == text.index("\n  - trips.") + 1
        _assert_same(text.encode())
    assert cut_inside == 1


def test_a_first_half_holding_fewer_facts_than_item_lines_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the parent's half holds another number of facts than the item lines counted before the cut, the
    cut is not trusted and the file is parsed whole, with the same result."""
    real = native_split.cut

    def miscounted(data: bytes) -> native_split.Cut | None:
        found = real(data)
        return None if found is None else native_split.Cut(found.items, found.at, found.before + 1, found.after)

    monkeypatch.setattr(native_split, "cut", miscounted)
    assert _cut_build(_file()) == (False, None)
    assert _assert_same(_file().encode())


def test_a_child_that_dies_costs_speed_not_answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """When the child parsing the second half dies, the file is parsed whole, and no file is left behind."""
    real = forked.fork
    calls: list[int] = []

    def dying(work: Any) -> Any:
        calls.append(1)
        return real(lambda: __import__("os")._exit(3)) if len(calls) == 1 else real(work)

    monkeypatch.setattr(forked, "fork", dying)
    assert _assert_same(_file().encode())
    assert len(calls) == 2 and not list(tmp_path.iterdir())


@pytest.mark.parametrize("i", [3, 36])
@pytest.mark.parametrize("odd", ['&x "trips"', '"trips"\t', '"trips"  # a | b'])
def test_either_half_failing_the_screen_is_never_read_natively(i: int, odd: str) -> None:
    """Each process screens its own half (the tests of the screen look within a line): an anchor, a tab or a bar
    that is no block header in either half, and the file is left to the positioned reader, as a whole file
    failing the screen is."""
    lines = _file().split("\n")
    at = next(k for k, line in enumerate(lines) if line == f"  - id: fact-{i}")
    lines[at + 6] = lines[at + 6].replace('"trips"', odd)  # its source line
    text = "\n".join(lines)
    assert odd in text
    assert fastload.load_fast([("x.yaml", text.encode())], None) is None
    _assert_same(text.encode())

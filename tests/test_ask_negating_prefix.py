"""A word the facts use behind a negating prefix is found from the word itself ("legal" finds "illegal"), but a short
stem behind "in-" is mostly another word ("tornarono" is no "intorno"): that guess is left to longer stems."""

from __future__ import annotations

import json
from typing import Any

LAKE = """\
format: 1
sources:
  - {id: paper, title: The Gazette, language: en}
entities:
  - {id: village, kind: place, names: {en: [Lorno], it: [Lorno]}}
  - {id: critic, kind: person, names: {en: [Ada Ferri, Ferri], it: [Ada Ferri, Ferri]}}
facts:
  - id: settled
    type: date
    value: {date: "1900-05"}
    statement: {en: In May 1900 the inhabitants of Lorno settled around the lake., it: Nel maggio 1900 gli abitanti di Lorno si stabilirono intorno al lago.}
    entities: [village]
    status: stated
    source: {id: paper, excerpt: In May 1900 the inhabitants of Lorno settled around the lake}
  - id: review
    type: event
    value: {name: {en: an illegal plan, it: un piano illegale}}
    statement: {en: Ferri called the plan illegal., it: Ferri definì illegale il piano.}
    entities: [critic]
    status: stated
    source: {id: paper, excerpt: Ferri called the plan illegal}
"""


def _ask(run: Any, write: Any, question: str) -> tuple[str | None, int]:
    result = run("ask", question, "-f", str(write(LAKE)), "--format", "json")
    return (json.loads(result.stdout or "{}").get("answer") or {}).get("id"), result.exit_code


def test_a_short_stem_behind_in_is_another_word(run: Any, write: Any) -> None:
    result = run("ask", "Quando tornarono gli abitanti di Lorno?", "-f", str(write(LAKE)), "--explain")
    assert '"tornarono": []' in result.output, result.output


def test_a_longer_word_behind_il_is_still_found(run: Any, write: Any) -> None:
    result = run("ask", "Did Ferri call the plan legal?", "-f", str(write(LAKE)), "--explain")
    assert '"legal": ["illeg' in result.output, result.output

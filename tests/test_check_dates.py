"""`check` compares a date's month and day with the ones its words give, and a fact's two statements with each
other's years and months; and `core.months` reads the days and months a text gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcli.core.months import days_and_months

DATES = """\
format: 1
sources:
  - {id: log, title: Town log, language: en}
entities:
  - {id: town, kind: place, names: {en: [Brook], it: [Brook]}}
facts:
  - id: month-slip
    type: date
    value: {date: "1840-11"}
    statement: {en: The mill opened in June 1840., it: Il mulino aprì nel giugno 1840.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: opened in June 1840}
  - id: day-slip
    type: date
    value: {date: "1842-03-08"}
    statement: {en: The bridge opened on 9 March 1842., it: Il ponte aprì il 9 marzo 1842.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "opened March 9, 1842"}
  - id: years-apart
    type: event
    value: {name: {en: the fire, it: l'incendio}}
    statement: {en: The fire of 1947 burned the mill., it: L'incendio del 1974 bruciò il mulino.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: the fire of 1947}
  - id: months-apart
    type: event
    value: {name: {en: the fair, it: la fiera}}
    statement: {en: The fair of June 1900 was the largest., it: La fiera del luglio 1900 fu la più grande.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: the fair of June 1900}
  - id: day-right
    type: date
    value: {date: "1842-10-14"}
    statement: {en: "The school opened on October 14 and 15, 1842.", it: "La scuola aprì il 14 e 15 ottobre 1842."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "Oct. 14, 1842"}
  - id: month-worked-out
    type: date
    value: {date: "1850-03-31"}
    statement: {en: The fair was held on Easter Sunday 1850., it: La fiera si tenne la domenica di Pasqua del 1850.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: Easter Sunday 1850}
  - id: decade-words
    type: event
    value: {name: {en: the boom, it: il boom}}
    statement: {en: The boom came in the 1950s., it: Il boom arrivò negli anni Cinquanta.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: the boom came in the 1950s}
"""


def test_a_date_that_its_words_contradict_is_warned_of(sh: Any, tmp_path: Path) -> None:
    """A wrong month, a wrong day and two statements' different years or months are each warned of at the fact; a day
    among several given, a month worked out from words ("Easter Sunday") and a decade in words are not."""
    path = tmp_path / "f.yaml"
    path.write_text(DATES, encoding="utf-8")
    out = sh("check", str(path))
    err = out.stderr.decode()
    assert out.returncode == 0 and "OK (4 warnings)" in out.stdout.decode() + err, err
    assert (f"{path}:7:9: warning: the month of fact 'month-slip' (1840-11) is not the one its statements and "
            "excerpt give (June)") in err
    assert "the day of fact 'day-slip' (1842-03-08) is not the one its statements and excerpt give for March (9)" in err
    assert "the statements of fact 'years-apart' give different years: 1947 in English, 1974 in Italian" in err
    assert "the statements of fact 'months-apart' give different months: June in English, July in Italian" in err
    assert not any(name in err for name in ("'day-right'", "'month-worked-out'", "'decade-words'"))


@pytest.mark.parametrize(("text", "given"), [
    ("On October 14, 1947, the plane flew", {(10, 14)}),
    ("Il 14 ottobre 1947 l'aereo volò", {(10, 14)}),
    ("il 1° ottobre", {(10, 1)}),
    ("from 14 to 16 October", {(10, 14), (10, 16)}),
    ("the 3rd of May 1940", {(5, 3)}),
    ("Oct. 14, 1947", {(10, 14)}),
    ("14/10/1947 and 1947-10-15", {(10, 14), (10, 15)}),
    ("in October 1947", {(10, None)}),
    ("it may rain; they set off in 1940 and came back years ago", set()),
])
def test_days_and_months_a_text_gives(text: str, given: set[tuple[int, int | None]]) -> None:
    """Days before or after the month, ranges, ordinals, short forms with a point, numeric dates; "may", "set"
    and "ago" as words are no months, and a year is no day."""
    assert days_and_months(text) == given

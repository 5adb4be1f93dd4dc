"""`factcli ask -` and `show -`: a file of questions or ids in, one result per line out."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from typer.testing import CliRunner

from factcli.cli.app import app

QUESTIONS = "Dove si sono incontrati Putin e Kim?\n\n  \nwhen did kim come to power\n"
WITH_UNANSWERED = QUESTIONS + "When did Kim visit Japan?\n"


def test_two_questions_give_two_json_lines_with_their_questions(sh: Any) -> None:
    """`printf 'q1\\nq2\\n' | factcli ask - --format jsonl`: two objects, in order, each with its question."""
    out = sh("ask", "-", "--format", "jsonl", input=QUESTIONS.encode())
    assert (out.returncode, out.stderr) == (0, b"")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(d["question"], d["answer"]["id"]) for d in lines] == [
        ("Dove si sono incontrati Putin e Kim?", "summit-location-vostochny"),
        ("when did kim come to power", "kim-came-to-power-end-2011")]


def test_an_unanswered_question_keeps_its_line_and_the_status_is_1(sh: Any) -> None:
    """Every question has its result, none answering too (answer null); exit 1, the question named on stderr."""
    out = sh("ask", "-", "--format", "jsonl", input=WITH_UNANSWERED.encode())
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 1 and len(lines) == 3
    assert lines[2]["question"] == "When did Kim visit Japan?" and lines[2]["answer"] is None
    # Why, in the data as on stderr, for a script that reads only stdout; null where there is an answer.
    assert lines[2]["reason"] == "no fact answers that (no fact uses: Japan)" and lines[0]["reason"] is None
    assert out.stderr == b"factcli: no fact answers 'When did Kim visit Japan?' (no fact uses: Japan)\n"


def test_plain_and_value_give_one_line_per_question(sh: Any) -> None:
    """plain: QUESTION<TAB>the answer's plain line; value: the bare value, an empty line when none answers."""
    plain = sh("ask", "-", "--format", "plain", input=WITH_UNANSWERED.encode()).stdout.decode().splitlines()
    assert plain == [
        "Dove si sono incontrati Putin e Kim?\tsummit-location-vostochny (location): Cosmodromo di Vostochny, "
        "regione dell'Amur, Russia — Putin e Kim si sono incontrati al Cosmodromo di Vostochny, nella regione russa "
        "dell'Amur.",
        "when did kim come to power\tkim-came-to-power-end-2011 (date): end of 2011 — Kim Jong-un came to power at "
        "the end of 2011.",
        "When did Kim visit Japan?\t(no answer)"]
    value = sh("ask", "-", "--format", "value", input=WITH_UNANSWERED.encode())
    assert (value.returncode, value.stdout) == (1, b"Cosmodromo di Vostochny\n2011\n\n")


def test_value_gives_each_claims_verdict_on_stderr(sh: Any) -> None:
    """A bare value cannot tell a confirmed claim from a contradicted one: each verdict goes to stderr with its
    claim, as a single `ask` does; a plain question gets none."""
    claims = "Claim: Kim visited six countries\nClaim: Kim visited five countries\nWhen did Kim come to power?\n"
    out = sh("ask", "-", "--format", "value", input=claims.encode())
    err = out.stderr.decode()
    assert (out.returncode, out.stdout) == (0, b"5\n5\n2011\n"), err
    assert "factcli: 'Claim: Kim visited six countries': contradicted" in err
    assert "factcli: 'Claim: Kim visited five countries': confirmed" in err
    assert "come to power" not in err


def test_no_question_at_all_is_nothing_found(sh: Any) -> None:
    """Empty (or blank) standard input: nothing to answer, exit 1 and a note."""
    out = sh("ask", "-", "--format", "jsonl", input=b"\n \n")
    assert (out.returncode, out.stdout, out.stderr) == (1, b"", b"factcli: no question on standard input\n")


def test_show_reads_ids_from_standard_input(sh: Any) -> None:
    """`show -`: one id per line, the facts in that order; a missing id is named (with the nearest) and exit 1."""
    good = sh("show", "-", "--format", "value", input=b"hanoi-summit-2019\n\nkim-nine-trips-abroad\n")
    assert (good.returncode, good.stdout, good.stderr) == (0, b"2019\n9\n", b"")
    stale = sh("show", "-", "--format", "value", input=b"hanoi-summit-2019\nhanoi-sumit-2019\n")
    assert (stale.returncode, stale.stdout) == (1, b"2019\n\n")  # an empty line keeps the missing id's place
    assert stale.stderr == b"factcli: no fact with id 'hanoi-sumit-2019' (did you mean 'hanoi-summit-2019'?)\n"
    mixed = sh("show", "-", "hanoi-summit-2019")
    assert mixed.returncode == 2 and b"'-' reads from standard input" in mixed.stderr


def test_both_parsers_read_standard_input_alike(sh: Any) -> None:
    """The fast path (the installed script) and the Typer app give the same lines."""
    fast = sh("ask", "-", "--format", "jsonl", input=WITH_UNANSWERED.encode())
    full = CliRunner().invoke(app, ["ask", "-", "--format", "jsonl"], input=WITH_UNANSWERED)
    assert (full.exit_code, full.stdout) == (fast.returncode, fast.stdout.decode())


def test_a_claims_verdict_is_in_every_line_format_of_a_batch(sh: Any) -> None:
    """`ask -` of claims in plain and csv: the verdict leads the plain answer and fills a `verdict` column, so a
    script tells a contradicted claim from a confirmed one (found by a new user's trial)."""
    claims = b"Claim: Kim visited six countries\nquanti viaggi kim\nClaim: Kim visited Japan in 2019\n"
    plain = sh("ask", "-", "--format", "plain", input=claims).stdout.decode().splitlines()
    assert plain[0].startswith("Claim: Kim visited six countries\tcontradicted: kim-five-countries-visited (count)")
    assert plain[1].startswith("quanti viaggi kim\tkim-nine-trips-abroad (count)")
    assert plain[2] == "Claim: Kim visited Japan in 2019\tnot in the facts"
    rows = list(csv.reader(io.StringIO(sh("ask", "-", "--format", "csv", input=claims).stdout.decode())))
    assert rows[0][0] == "question" and rows[0][-1] == "verdict"
    assert [(r[1], r[-1]) for r in rows[1:]] == [("kim-five-countries-visited", "contradicted"),
                                                  ("kim-nine-trips-abroad", ""), ("", "not in the facts")]


MOONS = """\
format: 1
sources:
  - {id: book, title: A book, language: en}
entities:
  - {id: moon, kind: thing, names: {it: [Tritone], en: [Triton]}}
  - {id: lassell, kind: person, names: {it: [William Lassell], en: [William Lassell]}}
facts:
  - id: moon-found
    type: date
    value: {date: 1846-10-10}
    statement: {it: Tritone fu scoperto da William Lassell il 10 ottobre 1846., en: Triton was discovered by William Lassell on 10 October 1846.}
    entities: [moon, lassell]
    status: stated
    source: {id: book, excerpt: discovered by William Lassell}
"""


def test_every_format_answers_who_with_the_person(sh: Any, write: Any) -> None:
    """A who-question answered by a date fact: the answer is the person in every format, not the date."""
    path = str(write(MOONS))
    question = "Who discovered Triton?"
    assert sh("ask", question, "-f", path, "--format", "value").stdout == b"William Lassell\n"
    assert sh("ask", question, "-f", path, "--format", "plain").stdout.decode().startswith("William Lassell\n")
    table = sh("ask", question, "-f", path, "--format", "table", "--color", "never").stdout.decode()
    assert table.startswith("William Lassell\n")
    batch = sh("ask", "-", "-f", path, "--format", "plain", input=f"{question}\n".encode()).stdout.decode()
    assert batch.startswith(f"{question}\tmoon-found (date): William Lassell — Triton")
    rows = list(csv.reader(io.StringIO(sh("ask", question, "-f", path, "--format", "csv").stdout.decode())))
    assert rows[1][rows[0].index("answer")] == "William Lassell" and rows[1][rows[0].index("value")] == "1846-10-10"
    rows = list(csv.reader(io.StringIO(sh("ask", "-", "-f", path, "--format", "csv",
                                          input=f"{question}\n".encode()).stdout.decode())))
    assert rows[1][rows[0].index("answer")] == "William Lassell"


def test_when_is_answered_with_the_date_in_every_format(sh: Any, write: Any) -> None:
    """The negative case: a when-question's answer is the fact's own date."""
    path = str(write(MOONS))
    rows = list(csv.reader(io.StringIO(sh("ask", "When was Triton discovered?", "-f", path, "--format", "csv")
                                       .stdout.decode())))
    assert rows[1][rows[0].index("answer")] == "10 October 1846"
    table = sh("ask", "When was Triton discovered?", "-f", path, "--format", "table", "--color", "never").stdout
    assert table.decode().startswith("10 October 1846  date")

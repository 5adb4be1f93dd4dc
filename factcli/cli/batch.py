"""`factcli ask -` and `factcli show -`: one question (or id) per line of standard input, one result each.

Blank lines are skipped. The exit status is 0 when every question was answered (every id found), 1 when any
was not (each named on stderr), or when standard input held none.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from functools import partial

from factcli.cli.commands import cite, show
from factcli.cli.invocation import Common, note, note_verdict, settle
from factcli.core.errors import ExitStatus
from factcli.core.results import NO_ANSWER


def stdin_lines() -> Iterator[str]:
    """The non-blank lines of standard input, stripped, each as soon as it comes (UTF-8, bad bytes replaced)."""
    stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if stream is None:
        return
    for raw in iter(stream.readline, b""):
        line = raw.decode("utf-8", "replace").strip()
        if line:
            yield line


def ask_lines(common: Common, *, explain: bool = False, min_confidence: float | None = None) -> ExitStatus:
    """`ask -`: answer each question as it is read, one result per line (jsonl: an object with the question)."""
    from factcli.render.batch import AnswerStream

    fb = common.factbase()
    stream = AnswerStream(common.out_format, fb, sys.stdout, common.color.value, explain)
    asked = unanswered = 0
    for question in stdin_lines():
        result = fb.ask(question, lang=common.answer_lang(question), explain=explain,
                        min_confidence=min_confidence)
        if common.limit is not None:
            result.alternatives = result.alternatives[:common.limit]
        stream.write(result)
        asked += 1
        if result.answer is None:
            unanswered += 1
            settle(ExitStatus.NOT_FOUND)
            why = result.not_found
            reason = why.removeprefix(NO_ANSWER)
            note(f"factcli: no fact answers {question!r}{reason}" if reason != why else f"factcli: {question!r}: {why}")
        else:
            note_verdict(result, common, question)
    if not asked:
        note("factcli: no question on standard input")
        return ExitStatus.NOT_FOUND
    stream.close()
    return ExitStatus.NOT_FOUND if unanswered else ExitStatus.FOUND



def _ids_read(body: Callable[..., ExitStatus]) -> Callable[..., ExitStatus]:
    """`show -`, `cite -`: the body run on the ids read, as `show ID...` gives them; each missing id named."""

    def run(common: Common) -> ExitStatus:
        """Read every id, then run the body on them (none read: exit 1 and a note)."""
        ids = list(stdin_lines())
        if not ids:
            note("factcli: no id on standard input")
            return ExitStatus.NOT_FOUND
        return body(common, ids=ids)

    return run


# The batch body of each command with an argument that may be "-" (spec.Arg.stdin).
BATCH: dict[str, Callable[..., ExitStatus]] = {"ask": ask_lines, "show": _ids_read(partial(show, aligned=True)),
                                               "cite": _ids_read(cite)}

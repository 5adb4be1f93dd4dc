"""Many questions, one result each: the answers of `factcli ask -`, written as each comes.

Line formats (jsonl, plain, value, csv, tsv, the terminal view) are written and flushed answer by answer,
so a question typed at `factcli ask -` is answered at once; json and yaml, one document, are written at
the end.
"""

from __future__ import annotations

from factcli.core.results import AskResult, Lookup
from factcli.render.fact_values import answer_text
from factcli.render.machine import bare_values, dumps, fact_line, table_rows, to_data
from factcli.render.safe_text import one_line

# typing costs ~10 ms at start-up and is needed only by type checkers here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

NO_ANSWER = "(no answer)"


class AnswerStream:
    """Writes one result per question in a format: a JSON object per line (with the question), a plain line
    `QUESTION<TAB>ANSWER LINE`, a bare value (an empty line when none answers), a CSV row, or a terminal block."""

    def __init__(self, fmt: str, lookup: Lookup, out: TextIO, color: str = "auto", explain: bool = False) -> None:
        self.fmt, self.lookup, self.out, self.color, self.explain = fmt, lookup, out, color, explain
        self.collected: list[Any] = []
        self.writer: Any = None

    def write(self, result: AskResult) -> None:
        """Write (or, for json and yaml, keep) the result of one question."""
        if self.fmt in ("json", "yaml"):
            self.collected.append(to_data(result, self.lookup))
            return
        if self.fmt == "jsonl":
            self.out.write(dumps(to_data(result, self.lookup), indent=None) + "\n")
        elif self.fmt in ("csv", "tsv"):
            self._row(result)
        elif self.fmt == "value":
            self.out.write("".join(one_line(v) for v in bare_values(result, self.lookup)[:1]) + "\n")
        elif self.fmt == "table":
            from factcli.render.terminal import render_question

            render_question(result, self.lookup, self.out, color=self.color, explain=self.explain)
        else:
            self.out.write(f"{one_line(result.question)}\t{one_line(self._plain_answer(result))}\n")
        self.out.flush()

    def _plain_answer(self, result: AskResult) -> str:
        """The answer's plain line (`ID (TYPE): ANSWER — STATEMENT`), or a note that none answers; a claim's
        verdict before it (`contradicted: ID (TYPE): ...`, or `not in the facts` alone)."""
        if result.answer is None:
            return result.verdict or NO_ANSWER
        line = fact_line(result.answer.fact, answer_text(result, self.lookup), result.lang)
        return f"{result.verdict}: {line}" if result.verdict else line

    def _row(self, result: AskResult) -> None:
        """One CSV/TSV row: the question, then the answer's fields (empty when none answers)."""
        import csv

        head, rows = table_rows(result, self.lookup)
        if self.writer is None:
            self.writer = csv.writer(self.out, delimiter="," if self.fmt == "csv" else "\t", lineterminator="\n")
            self.writer.writerow(["question", *head])
        row = rows[0] if rows else [""] * len(head)
        self.writer.writerow([one_line(cell) for cell in (result.question, *row)])

    def close(self) -> None:
        """Write what json and yaml kept: one document with every result."""
        if self.fmt == "json":
            self.out.write(dumps(self.collected) + "\n")
        elif self.fmt == "yaml":
            import yaml

            from factcli.render.machine import visible_tree

            self.out.write(yaml.safe_dump(visible_tree(self.collected), allow_unicode=True, sort_keys=False,
                                          width=1 << 30))
        self.out.flush()

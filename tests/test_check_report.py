"""`check` reports like a compiler: every problem at its place, as text or as data, whatever else failed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import MINIMAL

SOURCE = "In London, Lady Ada Lovelace was born on 10 December 1815, the daughter of Lord Byron.\n"
# The excerpt of MINIMAL, mistyped: "bron" for "born".
TYPO = MINIMAL.replace('excerpt: "born 10 December 1815"', 'excerpt: "was bron on 10 December 1815"')
BAD_KIND = TYPO.replace("kind: person", "kind: persn")


def _files(tmp_path: Path, facts: str) -> tuple[Path, Path]:
    """A fact file and the source text its excerpts are checked against."""
    path, text = tmp_path / "f.yaml", tmp_path / "source.txt"
    path.write_text(facts, encoding="utf-8")
    text.write_text(SOURCE, encoding="utf-8")
    return path, text


def test_an_excerpt_not_in_the_source_is_placed_with_the_nearest_passage(sh: Any, tmp_path: Path) -> None:
    """FILE:LINE:COL of the excerpt in the fact file, and what the source says nearest to it."""
    path, text = _files(tmp_path, TYPO)
    out = sh("check", str(path), "--source-text", str(text))
    assert out.returncode == 2
    first = out.stderr.decode().splitlines()[0]
    assert first.startswith(f"{path}:16:32: error: fact 'ada-born': excerpt not found verbatim in {text}: "), first
    assert first.endswith('; nearest passage: "was born on 10 December 1815,"; they first differ at character 6: '
                          "'orn on 10 De' in the source, 'ron on 10 De' in the excerpt"), first
    assert out.stdout.decode().endswith(": 1 excerpt not found in the source text\n")


def test_an_excerpt_with_other_quote_marks_is_a_warning_and_a_real_difference_is_pointed_at(
        sh: Any, tmp_path: Path) -> None:
    """A source's curly apostrophe typed straight passes with a warning (it failed, the difference unshown);
    a word that differs beside it is still an error, at that word, not at the apostrophe."""
    path, text = _files(tmp_path, MINIMAL.replace('excerpt: "born 10 December 1815"',
                                                  'excerpt: "Lady Ada\'s birthday was 10 December - 1815"'))
    text.write_text("Lady Ada’s birthday was 10 December – 1815.\n", encoding="utf-8")
    out = sh("check", str(path), "--source-text", str(text))
    assert out.returncode == 0, out.stderr
    assert "excerpt found in" in out.stderr.decode() and "warning" in out.stderr.decode()
    text.write_text("Lady Ada’s birthday fell on 10 December – 1815.\n", encoding="utf-8")
    out = sh("check", str(path), "--source-text", str(text))
    assert out.returncode == 2
    assert out.stderr.decode().rstrip().endswith("they first differ at character 21: 'fell on 10 D' in the source, "
                                                 "'was 10 Decem' in the excerpt"), out.stderr


def test_excerpts_are_verified_even_when_the_file_has_other_errors(sh: Any, tmp_path: Path) -> None:
    """A bad entity kind does not stop --source-text: both problems are reported, at their places."""
    path, text = _files(tmp_path, BAD_KIND)
    out = sh("check", str(path), "--source-text", str(text))
    lines = out.stderr.decode().splitlines()
    assert out.returncode == 2 and out.stdout == b""
    assert lines[0].startswith(f"{path}:6:11: error: entity 'ada'.kind 'persn' is not one of: ")
    assert lines[1].startswith(f"{path}:16:32: error: fact 'ada-born': excerpt not found verbatim")
    assert lines[2] == "2 errors in 1 file"


def test_check_prints_its_diagnostics_as_json(sh: Any, tmp_path: Path) -> None:
    """`--format json`: a list of {file, line, column, severity, message} on stdout; the exit status as ever."""
    path, text = _files(tmp_path, BAD_KIND)
    out = sh("check", str(path), "--source-text", str(text), "--format", "json")
    assert out.returncode == 2 and out.stderr == b""
    found = json.loads(out.stdout)
    assert [(d["file"], d["line"], d["column"], d["severity"]) for d in found] == [
        (str(path), 6, 11, "error"), (str(path), 16, 32, "error")]
    assert found[0]["message"].startswith("entity 'ada'.kind 'persn' is not one of")
    lines = sh("check", str(path), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["line"] for line in lines] == [6]
    clean = sh("check", str(_files(tmp_path, MINIMAL)[0]), "--json")
    assert (clean.returncode, json.loads(clean.stdout), clean.stderr) == (0, [], b"")


def test_a_statement_with_a_line_break_is_a_warning(sh: Any, tmp_path: Path) -> None:
    """A block scalar keeps its newlines, which one-line formats show as \\x0a: check warns, at the statement."""
    folded = MINIMAL.replace("statement: {it: Ada è nata nel 1815., en: Ada was born in 1815.}",
                             "statement:\n      it: Ada è nata nel 1815.\n      en: >\n        Ada was born in 1815.")
    path, _ = _files(tmp_path, folded)
    out = sh("check", str(path))
    assert out.returncode == 0
    assert out.stderr.decode() == (f"{path}:14:11: warning: fact 'ada-born'.statement.en contains a line break, "
                                   "shown as \\x0a in one-line formats (a YAML block scalar such as '>' or '|' keeps "
                                   "them): write the statement on one line, or as '>-'\n")
    assert out.stdout.decode().endswith(": 1 fact, 1 entity, 1 source: OK (1 warning)\n")
    listed = sh("list", "-f", str(path), "--format", "plain").stdout
    assert listed.endswith(b"Ada was born in 1815.\\x0a\n")  # what the warning is about


def test_an_excerpt_with_a_line_break_is_a_warning(sh: Any, tmp_path: Path) -> None:
    """An excerpt copied across lines of its source ("|" block) is matched all the same, but prints as \\x0a: a
    warning at the excerpt, with or without the source text."""
    broken = MINIMAL.replace('excerpt: "born 10 December 1815"', 'excerpt: "born on 10\\nDecember 1815"')
    path, text = _files(tmp_path, broken)
    for args in ((), ("--source-text", str(text))):
        out = sh("check", str(path), *args)
        assert out.returncode == 0 and b"fact 'ada-born'.source.excerpt contains a line break" in out.stderr, args


def test_a_capped_check_does_not_read_the_files_again(run: Any, write: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stopped at --max-errors and with no --source-text, check reports at once: reading every file again for
    line-break warnings cost seconds on 400,000 broken facts (and the reader is not even called)."""
    import factcli.cli.check as check

    def refuse(*_: object) -> object:
        raise AssertionError("the files were read again")

    monkeypatch.setattr(check, "read_places", refuse)
    broken = "format: 1\nsources: []\nfacts:\n" + "".join(f"  - id: f-{n}\n    type: date\n" for n in range(150))
    result = run("check", str(write(broken)))
    assert result.exit_code == 2 and "stopped there" in result.stderr


SLIPS = """\
format: 1
sources:
  - {id: log, title: Flood log, language: en}
entities:
  - {id: town, kind: place, names: {en: [Riverton], it: [Riverton]}}
facts:
  - id: deaths
    type: count
    value: {number: 3000, unit: {en: people, it: persone}}
    statement: {en: "The flood killed 2,209 people.", it: "L'alluvione uccise 2.209 persone."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "2,209 people"}
  - id: club-closed
    type: date
    value: {date: "1940"}
    statement: {en: The club closed in 1904., it: Il club chiuse nel 1904.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: closed in 1904}
  - id: victims-dot
    type: count
    value: {number: "1.917", unit: {en: victims, it: vittime}}
    statement: {en: "There were 1,917 victims.", it: "Le vittime furono 1.917."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "1.917"}
  - id: dam-feet
    type: count
    value: {number: 850, unit: {en: feet, it: piedi}}
    statement: {en: The dam measured eight hundred and fifty feet., it: La diga misurava 850 piedi.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: eight hundred and fifty feet}
  - id: water
    type: count
    value: {number: 20000000, unit: {en: tons, it: tonnellate}}
    statement: {en: 20 million tons of water., it: 20 milioni di tonnellate d'acqua.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: 20 million tons}
  - id: rail-km
    type: count
    value: {number: "16.111", unit: {en: km, it: km}}
    statement: {en: They laid 16.111 km of track., it: "Posarono 16,111 km di binari."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: 16.111 km}
  - id: spike
    type: count
    value: {number: "5.625", unit: {en: inches, it: pollici}}
    statement: {en: The spike was 5 5/8 inches long., it: Il chiodo era lungo 5 pollici e 5/8.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: 5 5/8 inches}
  - id: evacuees-dot
    type: count
    value: {number: "2.000", unit: {en: evacuees, it: sfollati}}
    statement: {en: "More than 2,000 people were evacuated.", it: "Gli sfollati furono oltre 2000."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: over 2000 evacuated}
  - id: ships-and-men
    type: count
    value: {number: 2, unit: {en: ships, it: navi}}
    statement: {en: "2 ships carried 2,000 men.", it: "2 navi portarono 2.000 uomini."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "2 ships, 2,000 men"}
  - id: second-flood
    type: count
    value: {number: 2, unit: {en: floods, it: alluvioni}}
    statement: {en: It was the town's second flood., it: Fu la seconda alluvione della città.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: second flood}
  - id: intensity
    type: count
    value: {number: 11, unit: {en: degrees, it: gradi}}
    statement: {en: The shaking reached the eleventh degree., it: La scossa raggiunse l'undicesimo grado.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "intensità: XI grado"}
  - id: century
    type: count
    value: {number: 20, unit: {en: century, it: secolo}}
    statement: {en: The worst flood of the century., it: La peggiore alluvione del XX secolo.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: worst flood of the century}
  - id: rank-slip
    type: count
    value: {number: 12, unit: {en: degrees, it: gradi}}
    statement: {en: The shaking reached the eleventh degree., it: La scossa raggiunse l'undicesimo grado.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: eleventh degree}
"""


def test_an_ordinal_past_the_tenth_or_a_roman_numeral_states_a_number(sh: Any, tmp_path: Path) -> None:
    """"the eleventh degree", "l'undicesimo", "XI" and "XX secolo" state 11 and 20; a count of 12 said as the
    eleventh is still warned of."""
    path = tmp_path / "f.yaml"
    path.write_text(SLIPS, encoding="utf-8")
    err = sh("check", str(path)).stderr.decode()
    assert "'rank-slip'" in err and "'intensity'" not in err and "'century'" not in err


def test_a_value_its_own_words_do_not_state_is_a_warning_at_the_fact(sh: Any, tmp_path: Path) -> None:
    """A count of 3000 stated as 2,209, a year 1940 stated as 1904, and 1.917 written "1,917" (a thousands point,
    most likely) are warned of at the fact's id, FILE:LINE:COL; numbers in words, with a scale, as an ordinal or
    a fraction (5 5/8) are stated, and 16.111 written as a decimal in each language is no thousands slip."""
    path = tmp_path / "f.yaml"
    path.write_text(SLIPS, encoding="utf-8")
    out = sh("check", str(path))
    err = out.stderr.decode()
    assert out.returncode == 0 and "OK (5 warnings)" in out.stdout.decode() + err
    assert f"{path}:7:9: warning: the number 3000 of fact 'deaths'" in err
    assert f"{path}:14:9: warning: the year 1940 of fact 'club-closed'" in err
    assert "the number 1.917 of fact 'victims-dot' is what its statement writes as thousands" in err and "(1917)" in err
    # "2.000" is read as 2, which the English statement writes as 2,000 and neither as 2.
    assert "the number 2 of fact 'evacuees-dot' is what its statement writes as thousands" in err and "(2000)" in err
    assert not any(name in err for name in ("'dam-feet'", "'water'", "'second-flood'", "'rail-km'", "'spike'",
                                            "'ships-and-men'"))


RANGES = """\
format: 1
sources:
  - {id: log, title: Town log, language: en}
entities:
  - {id: town, kind: place, names: {en: [Brook], it: [Brook]}}
facts:
  - id: victims-unwritten
    type: count
    value: {number: 75000, unit: {en: victims, it: vittime}}
    statement: {en: "It killed between 75,000 and 82,000 people.", it: "Uccise tra 75.000 e 82.000 persone."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "75,000-82,000 dead"}
  - id: victims-written
    type: count
    value: {number: 75000, max: 82000, unit: {en: victims, it: vittime}}
    statement: {en: "It killed between 75,000 and 82,000 people.", it: "Uccise tra 75.000 e 82.000 persone."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: "75,000-82,000 dead"}
  - id: max-slip
    type: count
    value: {number: 8, max: 12, unit: {en: km, it: km}}
    statement: {en: The focus was 8 to 10 km deep., it: L'ipocentro era a 8-10 km.}
    entities: [town]
    status: stated
    source: {id: log, excerpt: 8-10 km}
  - id: two-days
    type: count
    value: {number: 3, unit: {en: shocks, it: scosse}}
    statement: {en: "3 shocks came in 1908 and 1909.", it: "3 scosse arrivarono nel 1908 e 1909."}
    entities: [town]
    status: stated
    source: {id: log, excerpt: 3 shocks}
"""


def test_a_range_the_statement_gives_and_the_value_does_not_is_hinted(sh: Any, tmp_path: Path) -> None:
    """"between 75,000 and 82,000" with a value of 75000 alone gets a hint to add max: 82000; a range written
    with max gets none; a max its words do not state is warned of like a number; other pairs of numbers are no
    range of the count."""
    path = tmp_path / "f.yaml"
    path.write_text(RANGES, encoding="utf-8")
    out = sh("check", str(path))
    err = out.stderr.decode()
    assert out.returncode == 0 and "OK (2 warnings)" in out.stdout.decode() + err, err
    assert (f"{path}:7:9: warning: fact 'victims-unwritten' says 75000 to 82000, and its value gives 75000 alone: "
            "if the range is meant, add max: 82000") in err
    assert "the max 12 of fact 'max-slip' is in neither its statements nor its excerpt" in err
    assert "'victims-written'" not in err and "'two-days'" not in err


def test_name_warnings_are_reported_beside_errors(sh: Any, tmp_path: Path) -> None:
    """A file with an error still gets its names' warnings (a shared name, a name that is only a number), each at
    its entity, with the error, in one run (exit 2): fixing the error does not reveal new problems."""
    path = tmp_path / "f.yaml"
    path.write_text("format: 1\nsources:\n  - {id: src, title: T, language: en}\nentities:\n"
                    "  - {id: ada, kind: person, names: {en: [Ada Rossi, Rossi], it: [Ada Rossi]}}\n"
                    "  - {id: b, kind: person, names: {en: [Bruno Rossi, Rossi], it: [Bruno Rossi]}}\n"
                    "  - {id: c, kind: event, names: {en: [the flight, '1903'], it: [il volo]}}\n"
                    "facts:\n" + MINIMAL.split("facts:\n")[1].replace('date: "1815-12-10"', 'date: "1815-13-10"'),
                    encoding="utf-8")
    err = sh("check", str(path)).stderr.decode()
    assert f"{path}:5:10: warning: the name 'rossi' belongs to 2 entities: ada, b" in err
    assert f"{path}:7:10: warning: the name '1903' of c is only a number" in err
    assert ": error: " in err and err.rstrip().endswith("1 error in 1 file (2 warnings)")


def test_check_reads_a_fact_file_on_standard_input(sh: Any) -> None:
    """`check -` checks what comes on stdin, as `ask -` and `show -` read it, and names it "-" (found by a new
    user's trial: it was "-: error: no such file")."""
    bundled = (Path(__file__).resolve().parent.parent / "facts.yaml").read_bytes()
    out = sh("check", "-", input=bundled)
    assert out.returncode == 0 and b"-: 52 facts" in out.stdout + out.stderr
    broken = sh("check", "-", input=MINIMAL.replace('date: "1815-12-10"', 'date: "1815-13-10"').encode())
    assert broken.returncode == 2 and broken.stderr.startswith(b"-:") and b"1 error in 1 file" in broken.stderr


TWO_SOURCES = """\
format: 1
sources:
  - {id: paper, title: Paper, language: en}
  - {id: radio, title: Radio, language: en}
facts:
  - id: a
    type: date
    value: {date: "1901"}
    statement: {en: It opened in 1901., it: Aprì nel 1901.}
    status: stated
    source: {id: paper, excerpt: opened in 1901}
  - id: b
    type: date
    value: {date: "1902"}
    statement: {en: It closed in 1902., it: Chiuse nel 1902.}
    status: stated
    source: {id: radio, excerpt: closed in 1902}
"""


def test_check_says_which_sources_no_text_verified(run: Any, write: Any, tmp_path: Any) -> None:
    """A text for one source only: the summary names the sources whose excerpts were not verified, not a bare OK."""
    path, text = write(TWO_SOURCES), tmp_path / "paper.txt"
    text.write_text("The hall opened in 1901 to crowds.", encoding="utf-8")
    one = run("check", str(path), "--source-text", f"paper={text}")
    assert one.exit_code == 0 and "not verified, no text given: radio" in one.stdout
    every = run("check", str(path), "--source-text", str(text))  # one text for every source: both verified
    assert every.exit_code == 2 and "not verified" not in every.stdout and "closed in 1902" in every.stderr


DEAD_WORDS = """\
format: 1
sources:
  - {id: paper, title: Paper, language: en}
facts:
  - id: a
    type: date
    value: {date: "1901"}
    statement: {en: The hall opened in 1901., it: La sala aprì nel 1901.}
    status: stated
    source: {id: paper, excerpt: opened in 1901}
vocabulary:
  theatre: [hall, sala]
  playhouse: [theatre]
  zzzqqq: [parolamaiusata]
  "red carpet": [welcome reception]
"""


def test_check_warns_of_a_vocabulary_key_no_question_is_about(run: Any, write: Any) -> None:
    """"why" and "perché" are question words, never what a question is about: an entry under them is never read
    (a new user wrote `why: [cause]` and saw no effect); named as written, at its key. "cause" is read."""
    path = write(DEAD_WORDS.replace("  zzzqqq: [parolamaiusata]\n", "  why: [opened]\n  perché: [aprì]\n  cause: [opened]\n"))
    result = run("check", str(path))
    assert result.exit_code == 0 and "OK (3 warnings)" in result.stdout, result.stderr
    assert f"{path}:14:3: warning: vocabulary 'why': a question or function word" in result.stderr
    assert f"{path}:15:3: warning: vocabulary 'perché': a question or function word" in result.stderr
    assert "'cause'" not in result.stderr


def test_check_warns_of_a_vocabulary_entry_that_reaches_nothing(run: Any, write: Any) -> None:
    """An entry none of whose words a fact uses (nor another entry) is warned of at its key; one that lists a fact's
    word, or another entry, is not."""
    path = write(DEAD_WORDS)
    result = run("check", str(path))
    assert result.exit_code == 0 and "OK (2 warnings)" in result.stdout
    assert f"{path}:14:3: warning: vocabulary 'zzzqqq': no fact uses any word it lists" in result.stderr
    assert f"{path}:15:4: warning: vocabulary 'red carpet'" in result.stderr
    assert "'theatre'" not in result.stderr and "'playhouse'" not in result.stderr


def test_check_warns_of_a_vocabulary_entry_that_lists_only_itself(run: Any, write: Any) -> None:
    """An entry that maps a word to itself alone does nothing (new users wrote `workers: [workers]`): warned of at
    its key; one that lists itself among other words is not."""
    path = write(DEAD_WORDS.replace("  zzzqqq: [parolamaiusata]\n", "  hall: [Hall]\n  sala: [sala, hall]\n"))
    result = run("check", str(path))
    assert result.exit_code == 0 and "OK (2 warnings)" in result.stdout, result.stderr
    assert f"{path}:14:3: warning: vocabulary 'hall': lists only itself" in result.stderr
    assert "'sala'" not in result.stderr


SPLIT = """\
format: 1
sources:
  - {id: src, title: T, language: en}
entities:
  - {id: firm, kind: organisation, names: {en: [Hale, Brook & Co, Hale Brook], it: [Hale Brook]}}
  - {id: mayor, kind: person, names: {en: [Rossi, the mayor], it: [Rossi]}}
  - {id: town, kind: place, names: {en: [Lugo, Emilia], it: [Lugo]}}
facts:
  - id: built
    type: event
    value: {name: {en: built, it: costruito}}
    statement: {en: "The mill was built by Hale, Brook & Co for Rossi, the mayor.", it: "Il mulino fu costruito."}
    entities: [firm, mayor, town]
    status: stated
    source: {id: src, excerpt: "built by Hale, Brook & Co"}
  - id: where
    type: event
    value: {name: {en: stood, it: era}}
    statement: {en: "It stood in Lugo, Emilia; Lugo is a town of Emilia.", it: "Era a Lugo."}
    entities: [town]
    status: stated
    source: {id: src, excerpt: "built by Hale, Brook & Co"}
"""


def test_a_name_a_comma_cut_in_two_is_warned_of_unless_quoted(sh: Any, tmp_path: Path) -> None:
    """Two unquoted neighbours of a [...] list that the facts write as one ("Hale, Brook & Co") get a warning at
    their entity; an apposition in small letters, names the facts also use apart, and the same names quoted
    each do not."""
    path = tmp_path / "f.yaml"
    path.write_text(SPLIT, encoding="utf-8")
    out = sh("check", str(path))
    err = out.stderr.decode()
    assert out.returncode == 0 and "OK (1 warning)" in out.stdout.decode(), err
    assert (f"{path}:5:10: warning: the names 'Hale' and 'Brook & Co' of firm, unquoted side by side in a [...] "
            "list, are written as one in the texts, 'Hale, Brook & Co': if that is one name") in err
    assert "'Rossi'" not in err and "'Lugo'" not in err
    path.write_text(SPLIT.replace("[Hale, Brook & Co,", '["Hale", "Brook & Co",'), encoding="utf-8")
    out = sh("check", str(path))
    assert out.returncode == 0 and out.stderr.decode() == "" and "OK\n" in out.stdout.decode()

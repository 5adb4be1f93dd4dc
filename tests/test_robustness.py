"""Hostile and odd inputs through the installed factcli: one clear line, exit 2, no hang, no traceback.

Bombs run in a subprocess with a memory limit and a timeout, so a segfault fails a test instead of the run.
"""

from __future__ import annotations

import json
import os
import pty
import resource
import select
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from .conftest import MINIMAL, factcli_exe

NESTED = "[" * 40000 + "]" * 40000
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))
# YAML refuses raw control characters, but its double-quoted escapes produce them.
HOSTILE = MINIMAL.replace("en: Ada was born in 1815.}", 'en: "Ada \\e[2J\\e]0;pwned\\a [link=file:///etc/passwd]x[/link] [/] '
                          '\\e]52;c;ZXZpbA==\\a \\u202eevil \\x9b31m born"}')


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (512 * 1024 * 1024, 512 * 1024 * 1024))


BAD_FILES = [
    # Our own limit (64 levels), or libyaml's own from PyYAML 6.0.4 on: either way one positioned error.
    ("deep nesting", NESTED.encode(), "nesting"),
    ("alias bomb", BOMB.encode(), "aliases expand to too many nodes"),
    ("not utf-8", b"format: 1\nsources: [\xff]\n", "2:11: error: not valid UTF-8 (byte 0xff)"),
    ("utf-16", "format: 1\n".encode("utf-16"), "not valid UTF-8"),
    ("nul byte", b"format: 1\x00\n", "error: invalid YAML"),
    # The reader gives only an offset: reported at its line and column, with how to write the character.
    ("raw escape", b"format: 1\nsources: []\nfacts:\n  - id: a\n    statement: {en: x\x1by}\n",
     "bad.yaml:5:22: error: invalid YAML: control character U+001B is not allowed"),
    ("python tag", b"!!python/object/apply:os.system ['echo pwned']\n", "is not allowed in a fact file"),
    ("huge int", b"format: 1" + b"0" * 5000 + b"\n", "unsupported format"),
    ("binary junk", bytes(range(256)) * 4, "error:"),
    ("two documents", b"format: 1\n---\nformat: 1\n", "invalid YAML"),
    ("tabs", b"format: 1\nfacts:\n\t- id: x\n", "invalid YAML"),
]


@pytest.mark.parametrize("content,message", [(c, m) for _, c, m in BAD_FILES], ids=[n for n, _, _ in BAD_FILES])
def test_bad_file_one_clear_error(sh: Any, tmp_path: Path, content: bytes, message: str) -> None:
    """Each bad file: exit 2, the file named, empty stdout, no traceback, under 512 MiB and in time."""
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    started = time.monotonic()
    result = sh("when", "x", "-f", str(path), preexec_fn=_limited)
    assert time.monotonic() - started < 10
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert result.stdout == b""
    assert message in err and str(path) in err
    assert "Traceback" not in err and "Exception" not in err


def test_bad_paths(sh: Any, tmp_path: Path) -> None:
    """Missing, directory without yaml, FIFO, /dev/zero, symlink loop: one line each, exit 2, no hang."""
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(tmp_path / "loop2.yaml")
    (tmp_path / "loop2.yaml").symlink_to(loop)
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    cases = {str(tmp_path / "missing.yaml"): "no such file", str(empty): "directory holds no *.yaml",
             str(fifo): "not a regular file", "/dev/zero": "not a regular file",
             str(loop): "too many levels of symbolic links"}
    for path, message in cases.items():
        result = sh("list", "-f", path, timeout=10)
        err = result.stderr.decode()
        assert result.returncode == 2 and result.stdout == b"", (path, err)
        assert err.splitlines()[0].startswith(f"{path}: error: {message}"), err


def test_unreadable_file(sh: Any, tmp_path: Path) -> None:
    """A file we may not read: `permission denied`, exit 2 (run as a non-root user when we are root)."""
    path = tmp_path / "secret.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    path.chmod(0)
    cmd = [*factcli_exe(), "list", "-f", str(path)]
    kw: dict[str, Any] = {}
    if os.geteuid() == 0:
        tmp_path.chmod(0o755)
        kw = {"user": 65534, "group": 65534, "extra_groups": []}
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "nobody-cache")}
    try:
        result = subprocess.run(cmd, capture_output=True, timeout=30, env=env, **kw)
    except PermissionError:
        pytest.skip("the unprivileged user cannot run this interpreter; see test_unreadable_in_process")
    assert result.returncode == 2
    assert result.stderr.decode().startswith(f"{path}: error: permission denied")


def test_unreadable_in_process(run: Any, write: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same message when the OS refuses to open the file (simulated, so it holds as root too)."""
    import errno

    path = write(MINIMAL)
    real_open = os.open

    def deny(p: str, *a: Any, **k: Any) -> int:
        if str(p) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(p, *a, **k)

    monkeypatch.setattr(os, "open", deny)
    result = run("list", "-f", str(path))
    assert result.exit_code == 2 and result.stderr.startswith(f"{path}: error: permission denied")


@pytest.mark.parametrize("fmt", ["plain", "json", "jsonl", "csv", "tsv", "yaml", "value", "table"])
def test_no_escape_byte_from_a_fact_reaches_stdout(tmp_path: Path, fmt: str) -> None:
    """Under a real pseudo-terminal with FORCE_COLOR=1: control characters from a fact are shown, not sent."""
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    env = {**os.environ, "FORCE_COLOR": "1", "FACTCLI_CACHE_DIR": str(tmp_path / "c"), "COLUMNS": "200"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: factcli on a terminal
        os.execvpe(factcli_exe()[0], [*factcli_exe(), "show", "ada-born", "-f", str(path), "--format", fmt,
                                      "--color", "never"], env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, out
    assert b"\x1b" not in out and b"\xc2\x9b" not in out  # no ESC, no C1 CSI
    assert b"\xe2\x80\xae" not in out  # U+202E never raw
    if fmt != "value":  # the bare value of this fact is its date
        assert b"\\x1b" in out or b"\\u001b" in out  # shown, visibly


def test_hostile_text_in_colour_stays_data(tmp_path: Path) -> None:
    """With colour on, Rich styles only our own parts: no hyperlink, no markup from the fact."""
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "c")}
    out = subprocess.run([*factcli_exe(), "show", "ada-born", "-f", str(path), "--format", "table", "--color",
                          "always"], capture_output=True, env=env, timeout=30).stdout
    assert b"\x1b]8;" not in out  # no OSC 8 hyperlink
    assert b"[link=file:///etc/passwd]" in out  # printed as text
    assert b"\x1b[2J" not in out and b"\x1b]0;" not in out and b"\x1b]52;" not in out


def test_json_escapes_controls(sh: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    out = sh("show", "ada-born", "-f", str(path), "--json").stdout
    assert b"\x1b" not in out and b"\\u001b" in out and b"\\u202e" in out
    assert json.loads(out)[0]["text"].startswith("Ada \x1b[2J")  # lossless


@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_head_leaves_stderr_empty(tmp_path: Path, unbuffered: str) -> None:
    """`factcli list | head -1`: one line, and nothing at all on stderr."""
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "c"), "PYTHONUNBUFFERED": unbuffered}
    cmd = " ".join(factcli_exe()) + " list --format jsonl | head -1"
    result = subprocess.run(["bash", "-c", cmd], capture_output=True, env=env, timeout=30)
    assert result.stderr == b"" and len(result.stdout.splitlines()) == 1


def test_closed_stdout_is_quiet(tmp_path: Path) -> None:
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "c")}
    result = subprocess.run(["bash", "-c", " ".join(factcli_exe()) + " list >&-"], capture_output=True, env=env,
                            timeout=30)
    assert result.stderr == b"" and result.returncode == 0


def _slow_to_index(path: Path, count: int) -> None:
    """Write `count` facts that only the positioned reader reads (a tab keeps the native parser out),
    so that building their index outlasts the second before a progress bar appears."""
    head, body = MINIMAL.split("facts:\n")
    path.write_text("#\tmany facts\n" + head + "facts:\n" + "".join(body.replace("ada-born", f"ada-{i}")
                                                                  for i in range(count)), encoding="utf-8")


def _read_until(fd: int, wanted: tuple[bytes, ...], seconds: float) -> bytes:
    """What `fd` gives until one of `wanted` has appeared, it closes, or `seconds` pass."""
    seen = b""
    deadline = time.monotonic() + seconds
    while not any(w in seen for w in wanted) and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other side of the terminal closed
            break
        if not chunk:
            break
        seen += chunk
    return seen


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sigint_exits_130_without_traceback(tmp_path: Path) -> None:
    """Ctrl-C while building an index: exit 130, one line saying so, no traceback."""
    big = tmp_path / "big.yaml"
    _slow_to_index(big, 30000)
    master, slave = pty.openpty()
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "c")}
    # Ctrl-C's default action, as at a terminal: a test run started in the background inherits SIGINT ignored.
    proc = subprocess.Popen([*factcli_exe(), "list", "-f", str(big)], stdout=subprocess.PIPE,
                            stderr=slave, env=env, preexec_fn=_default_sigint)
    os.close(slave)
    try:
        # The progress bar on the terminal says the build is under way (and Python's handlers are in place).
        shown = _read_until(master, (b"reading facts", b"indexing"), 60)
        assert proc.poll() is None, f"finished before it could be interrupted: {shown!r}"
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
        err = shown + _read_until(master, (), 5)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert proc.returncode == 130, err
    assert b"factcli: interrupted" in err and b"Traceback" not in err
    assert out == b""


def test_internal_error_is_one_line(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected bug: `factcli: internal error: ...`, exit 70, no locals, no traceback."""
    from factcli import factbase

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("secret=hunter2 kaboom")

    monkeypatch.setattr(factbase.FactBase, "search", boom)
    result = run("search", "x")
    assert result.exit_code == 70
    assert result.stderr.startswith("factcli: internal error: RuntimeError")
    assert "Traceback" not in result.stderr


def test_any_bytes_load_or_fail_cleanly() -> None:
    """Hypothesis: loading any bytes gives facts or raises only FactFileError."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from factcli.core.errors import FactFileError
    from factcli.core.model import FactSet
    from factcli.load.validate import validate
    from factcli.load.yaml_reader import decode, parse_yaml

    seeds = [MINIMAL.encode(), b"format: 1\nsources: []\nfacts: []\n", b"a: &x [1]\nb: *x\n"]

    outcomes = {"loaded": 0, "refused": 0}

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.binary(max_size=300), st.sampled_from(seeds).flatmap(
        lambda s: st.integers(0, len(s)).flatmap(lambda i: st.binary(max_size=8).map(lambda b: s[:i] + b + s[i:])))))
    @example(MINIMAL.encode())
    @example(b"")
    @example(MINIMAL.replace("entities: [ada]", "entities: [bob]").encode())  # well formed, refers to no one
    def check(blob: bytes) -> None:
        try:
            data, _problems = parse_yaml(decode(blob, "x"), "x")
            factset = validate([("x", data)])
        except FactFileError as exc:
            # Refused: at least one problem, each naming the file and saying what is wrong.
            assert exc.diagnostics and all(d.file == "x" and d.message.strip() for d in exc.diagnostics)
            outcomes["refused"] += 1
            return
        # Loaded: a fact base whose every reference resolves.
        assert isinstance(factset, FactSet) and factset.files == ("x",)
        for fact in factset.facts.values():
            assert fact.source in factset.sources and set(fact.entities) <= set(factset.entities), fact
        outcomes["loaded"] += 1

    check()
    assert outcomes["loaded"] and outcomes["refused"], outcomes


def test_file_too_big_for_memory_is_a_clean_error(sh: Any, tmp_path: Path) -> None:
    """Under a 512 MiB memory limit, a 150 MB file fails with one line naming it, exit 2, not a crash."""
    path = tmp_path / "huge.yaml"
    path.write_text("a: " + "x" * 150_000_000 + "\n", encoding="ascii")
    result = sh("check", str(path), preexec_fn=_limited, timeout=60)
    err = result.stderr.decode()
    assert result.returncode == 2 and result.stdout == b""
    assert err.startswith(f"{path}: error: ") and "Traceback" not in err


def test_thousands_of_problems_are_capped(run: Any, write: Any) -> None:
    """A file with 300 problems: the first 100 (the default limit), then a summary saying more exist; --max-errors
    raises the limit, and 0 reports them all."""
    path = write("format: 1\nsources: []\nfacts: []\n" + "".join(f"x{i}: 1\n" for i in range(300)))
    result = run("check", str(path))
    lines = result.stderr.splitlines()
    assert result.exit_code == 2 and len(lines) == 101
    assert lines[-1] == ("100 errors in 1 file shown; stopped there, and there are more (--max-errors N raises the "
                         "limit, 0 shows all)")
    assert all(":" in line and "error: unknown field" in line for line in lines[:-1])
    every = run("check", str(path), "--max-errors", "0").stderr.splitlines()
    assert len(every) == 301 and every[-1] == "300 errors in 1 file"
    few = run("check", str(path), "--max-errors", "7").stderr.splitlines()
    assert len(few) == 8 and few[-1].startswith("7 errors in 1 file shown; stopped there")


@pytest.mark.parametrize("facts", [2_000])
def test_a_file_broken_on_every_fact_stops_at_the_limit(sh: Any, tmp_path: Path, facts: int) -> None:
    """Facts each missing fields (five problems each) are reported up to the limit, with line and column, exit 2,
    whichever reader meets them first; facts after the limit are not even checked."""
    path = tmp_path / "broken.yaml"
    path.write_text("format: 1\nsources: []\nfacts:\n" + "".join(f"  - id: f-{i}\n" for i in range(facts)))
    result = sh("check", str(path), "--max-errors", "10")
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 2 and len(lines) == 11 and "stopped there" in lines[-1]
    assert all(line.startswith(f"{path}:") and "missing required field" in line for line in lines[:-1])


def test_progress_goes_to_the_terminal_never_to_stdout(tmp_path: Path) -> None:
    """Building a large index with stderr on a terminal shows progress there; piped stdout stays clean."""
    big = tmp_path / "big.yaml"
    _slow_to_index(big, 20000)
    master, slave = pty.openpty()
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path / "c")}
    proc = subprocess.run([*factcli_exe(), "show", "ada-19999", "-f", str(big), "--format", "value"],
                          stdout=subprocess.PIPE, stderr=slave, env=env, timeout=120)
    os.close(slave)
    seen = _read_until(master, (), 10)
    os.close(master)
    assert proc.returncode == 0
    assert proc.stdout == b"1815-12-10\n"  # the answer, and not a byte of the bar
    # A Rich bar drawn on the terminal: a phase name, bar segments, and a percentage.
    assert b"indexing" in seen and "━".encode() in seen and b"%" in seen, seen[:300]
    assert b"Traceback" not in seen


@pytest.mark.parametrize("kind", ["broken", "valid"])
def test_native_parse_under_a_memory_limit_never_aborts(sh: Any, tmp_path: Path, kind: str) -> None:
    """Under a 512 MiB address-space limit, a file the native parser cannot fit (700,000 tiny facts, 22 MB: it
    aborted the whole process, SIGABRT and a Rust panic message) ends in a clean report: the parse runs in a
    child whose death only sends the file the positioned way. No signal exit, no traceback, no 'Exception
    ignored'."""
    path = tmp_path / f"{kind}.yaml"
    if kind == "broken":
        body = "".join(f"  - id: f-{i}\n    type: date\n" for i in range(700_000))
    else:
        body = "".join(f"  - {{id: f-{i}, type: event, value: {{name: {{it: e, en: e}}}}, statement: {{it: s, en: s}}, "
                       f"status: stated, source: {{id: s, excerpt: x}}}}\n" for i in range(150_000))
    path.write_text("format: 1\nsources: [{id: s, title: t, language: en}]\nfacts:\n" + body, encoding="ascii")
    result = sh("check", str(path), "--no-cache", preexec_fn=_limited, timeout=120)
    err = result.stderr.decode()
    assert result.returncode in (0, 2), (result.returncode, err[-500:])
    assert "Traceback" not in err and "Exception ignored" not in err and "panicked" not in err and "RUST" not in err
    if result.returncode == 2:
        assert err.splitlines()[-1].startswith(("100 errors in 1 file shown", "1 error in 1 file",
                                                "factcli: error: not enough memory")), err[-300:]


@pytest.mark.parametrize("question", ["9" * 400, "Claim: Kim visited " + "9" * 400 + " countries",
                                      "È vero che " + "9" * 30 + ",000 persone alle 99:99 del pomeriggio?",
                                      "how many " + "1" * 16 + " trips"])
def test_a_number_too_long_for_a_float_is_no_internal_error(run: Any, question: str) -> None:
    """A run of digits too long for a float is read as no number: an answer or a refusal, never exit 70."""
    result = run("ask", question, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert "internal error" not in result.stderr

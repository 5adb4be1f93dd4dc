"""Whole-process benchmark: factcli (cold, warm, after an edit) against jq, yq, recsel and grep.

    python bench/run.py [--sizes 1000,10000,100000] [--runs 11] [--skip-yq]
                        [--writers pyyaml,ruamel,generate] [--writer-size 100000] [--articles 2000]

Generates fact files of each size from the bundled facts (bench/generate.py) with a JSON
and a recutils export, then times each command as a whole process and prints medians and
ratios. Needs jq, recsel (GNU recutils) and the Python yq on PATH for the peer columns;
a missing peer is reported, not fatal. Not part of the test suite.

Then the same facts as other tools write them (bench/writers.py: PyYAML safe_dump with its
defaults, ruamel.yaml round trip, bench/generate.py's own style; also pyyaml-wide, block, flow,
hand on request), and a directory of article files: for each, cold build and peak memory, warm
lookup, and the first lookup after editing one file (an article, or the single file). The
performance targets of issue 16 are checked here, not in timed tests. Writing the inputs takes
minutes the first time (ruamel.yaml's dump of 100,000 facts is slow); they are kept in bench/data.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def timed(cmd: list[str], runs: int, env: dict[str, str] | None = None, setup: object = None) -> float | None:
    """Median wall time in ms of `cmd` over `runs` runs (None if the tool is missing or fails)."""
    times = timed_runs(cmd, runs, env, setup)
    return statistics.median(times) if times else None


def timed_runs(cmd: list[str], runs: int, env: dict[str, str] | None = None, setup: object = None) -> list[float]:
    """Wall time in ms of each of `runs` runs of `cmd` (empty if the tool is missing or fails)."""
    if shutil.which(cmd[0]) is None:
        return []
    times = []
    for _ in range(runs):
        if callable(setup):
            setup()
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append((time.perf_counter() - start) * 1000)
        if proc.returncode not in (0, 1):
            return []
    return times


def peak_rss_mb(cmd: list[str], env: dict[str, str]) -> float | None:
    if shutil.which("/usr/bin/time") is None:
        return None
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, env=env, text=True)
    try:
        return int(proc.stderr.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return None


def fmt(ms: float | None) -> str:
    return "n/a" if ms is None else (f"{ms:,.0f} ms" if ms < 10_000 else f"{ms / 1000:,.1f} s")


def ratio(a: float | None, b: float | None) -> str:
    return "n/a" if a is None or b is None else f"{a / b:,.1f}x"


def ensure(size: int) -> tuple[Path, Path, Path]:
    base = DATA / f"facts-{size}"
    yaml_file, json_file, rec_file = base.with_suffix(".yaml"), base.with_suffix(".json"), base.with_suffix(".rec")
    if not (yaml_file.exists() and json_file.exists() and rec_file.exists()):
        DATA.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(size), str(yaml_file), "--json", str(json_file),
                        "--rec", str(rec_file)], check=True)
    return yaml_file, json_file, rec_file


def writer_input(style: str, size: int) -> Path:
    """The file of `size` facts written in `style` by bench/writers.py (made once, kept in bench/data)."""
    path = DATA / f"{style}-{size}.yaml"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "writers.py"), str(size), str(DATA), "--styles", style], check=True)
    return path


def articles_input(size: int, count: int) -> Path:
    """The directory of `count` article files holding `size` facts (made once, kept in bench/data)."""
    path = DATA / f"articles-{count}"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "writers.py"), str(size), str(DATA), "--styles", "",
                        "--articles", str(count)], check=True)
    return path


def _edit(target: Path, round_: int) -> None:
    """Change one text of a fact file (the first English one among its facts), as an editor would."""
    import re

    text = target.read_text(encoding="utf-8")
    for found in re.compile(r"(?<=[\s{,])en: ").finditer(text, text.index("facts:")):
        at = found.end()
        if text[at] in "|>":
            continue  # a block scalar's header: try the next text
        at += text[at] in "'\""  # inside a quoted text
        target.write_text(f"{text[:at]}Edited {round_} - {text[at:]}", encoding="utf-8")
        return
    raise ValueError(f"no English text to edit in {target}")


def edit_times(target: Path, edited: Path, runs: int, env: dict[str, str]) -> list[float]:
    """Whole-process times (ms) of the first lookup after each of `runs` edits to `edited` (part of `target`)."""
    cmd = [shutil.which("factcli") or "factcli", "when", "hanoi", "-f", str(target), "--format", "value", "-n", "1"]
    original = edited.read_bytes()
    times = []
    try:
        for round_ in range(runs):
            _edit(edited, round_)
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        edited.write_bytes(original)
    return times


def measure_input(label: str, target: Path, edited: Path, args: argparse.Namespace, env: dict[str, str],
                  cache: str) -> None:
    """One row: cold build (median and range, with peak RSS), warm lookup (median), first lookup after an edit
    (median and range)."""
    cmd = [shutil.which("factcli") or "factcli", "when", "hanoi", "-f", str(target), "--format", "value", "-n", "1"]
    clear = lambda: shutil.rmtree(cache, ignore_errors=True)  # noqa: E731
    load = os.getloadavg()[0]  # the machine may be shared: what else ran is part of the figure
    colds = timed_runs(cmd, args.cold_runs, env, setup=clear)
    cold = f"{fmt(statistics.median(colds))} ({fmt(min(colds))}-{fmt(max(colds))})" if colds else "n/a"
    clear()
    rss = peak_rss_mb(cmd, env)
    time.sleep(2.5)  # let the files count as quiet, as they would be between real lookups
    warm = timed(cmd, args.runs, env)
    edits = edit_times(target, edited, args.edit_runs, env)
    print(f"| {label} | {cold} | {rss or 0:,.0f} MB | {fmt(warm)} | {fmt(statistics.median(edits))} "
          f"({fmt(min(edits))}-{fmt(max(edits))}) | {load:.2f} |")


def writers_section(args: argparse.Namespace, env: dict[str, str], cache: str) -> None:
    """Cold, warm, after-one-edit and peak memory for each writer's file and for the article directory."""
    print(f"\n### {args.writer_size:,} facts as other tools write them\n")
    print("| input | cold (index build, range) | peak RSS | warm `when hanoi` | first lookup after an edit (range) | "
          "load (1 min) before |\n| --- | --- | --- | --- | --- | --- |")
    for style in [s for s in args.writers.split(",") if s]:
        path = writer_input(style, args.writer_size)
        measure_input(f"{style} ({path.stat().st_size / 1e6:.0f} MB)", path, path, args, env, cache)
    if args.articles:
        folder = articles_input(args.writer_size, args.articles)
        size = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        articles = sorted(folder.glob("article-*.yaml"))
        measure_input(f"{args.articles:,} article files ({size:.0f} MB)", folder, articles[len(articles) // 2], args,
                      env, cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--skip-yq", action="store_true", help="the Python yq takes ~35 s per run at 100k")
    parser.add_argument("--writers", default="pyyaml,ruamel,generate", help="bench/writers.py styles ('' for none)")
    parser.add_argument("--writer-size", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=2000, help="article files in the directory (0: none)")
    parser.add_argument("--edit-runs", type=int, default=5)
    args = parser.parse_args()
    factcli = shutil.which("factcli") or "factcli"
    # Measure what users run: pip compiles an installed package's bytecode, but an editable
    # install under PYTHONDONTWRITEBYTECODE=1 would recompile every module on every run.
    import factcli as package

    subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.dirname(package.__file__)], check=True)
    cache = tempfile.mkdtemp(prefix="factcli-bench-")
    env = {**os.environ, "FACTCLI_CACHE_DIR": cache}
    base = timed([sys.executable, "-c", "pass"], args.runs)
    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores; python3 -c pass: {fmt(base)}; load average at the "
          f"start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}\n")

    bundled = {
        "when hanoi --format value": [factcli, "when", "hanoi", "--format", "value"],
        "ask ... --format json": [factcli, "ask", "Dove si sono incontrati Putin e Kim?", "--format", "json"],
    }
    print("| bundled file (warm) | median | vs python3 -c pass |\n| --- | --- | --- |")
    for label, cmd in bundled.items():
        subprocess.run(cmd, stdout=subprocess.DEVNULL, env=env)
        ms = timed(cmd, args.runs, env)
        print(f"| factcli {label} | {fmt(ms)} | {ratio(ms, base)} |")

    for size in [int(s) for s in args.sizes.split(",") if s]:
        yaml_file, json_file, rec_file = ensure(size)
        fid = f"hanoi-summit-2019-{size // 51 // 2}"
        print(f"\n### {size:,} facts ({yaml_file.stat().st_size / 1e6:.0f} MB of YAML)\n")
        jq = timed(["jq", "-c", f'.facts[] | select(.id == "{fid}")', str(json_file)], args.runs)
        peers = {
            "jq, select by id (JSON export)": jq,
            "jq, select by word (JSON export)": timed(
                ["jq", "-c", '.facts[] | select(.statement.en | test("Vostochny"))', str(json_file)], args.runs),
            "recsel, select by id (.rec export)": timed(["recsel", "-e", f"id = '{fid}'", str(rec_file)], args.runs),
            "grep -F word (YAML)": timed(["grep", "-F", "-c", "Vostochny", str(yaml_file)], args.runs),
        }
        if not args.skip_yq:
            peers["yq (Python), select by id"] = timed(
                ["yq", "-c", f'.facts[] | select(.id == "{fid}")', str(yaml_file)], 1)
        clear = lambda: shutil.rmtree(cache, ignore_errors=True)  # noqa: E731
        cold_cmd = [factcli, "show", fid, "-f", str(yaml_file), "--format", "value"]
        cold = timed(cold_cmd, args.cold_runs, env, setup=clear)
        clear()
        rss = peak_rss_mb(cold_cmd, env)
        time.sleep(2.5)  # let the file count as quiet, as it would be between real lookups
        warm = {
            "show ID (by id)": cold_cmd,
            "search vostochny (by word)": [factcli, "search", "vostochny", "-f", str(yaml_file), "--format", "value",
                                           "--limit", "1"],
            "when hanoi": [factcli, "when", "hanoi", "-f", str(yaml_file), "--format", "value", "--limit", "1"],
            "ask 'where did putin meet kim'": [factcli, "ask", "where did putin meet kim", "-f", str(yaml_file),
                                               "--format", "json"],
        }
        print("| command | median | vs python3 -c pass | jq (by id) / this |\n| --- | --- | --- | --- |")
        print(f"| factcli cold (index build), peak RSS {rss or 0:,.0f} MB | {fmt(cold)} | {ratio(cold, base)} | "
              f"{ratio(jq, cold)} |")
        for label, cmd in warm.items():
            ms = timed(cmd, args.runs, env)
            print(f"| factcli warm: {label} | {fmt(ms)} | {ratio(ms, base)} | {ratio(jq, ms)} |")
        for label, ms in peers.items():
            print(f"| {label} | {fmt(ms)} | {ratio(ms, base)} | {ratio(jq, ms)} |")
    writers_section(args, env, cache)
    shutil.rmtree(cache, ignore_errors=True)
    print(f"\nload average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

"""The README's pre-commit snippet works as written: pre-commit, in a throwaway git repository, runs it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import MINIMAL, ROOT


def _snippet() -> str:
    """The `.pre-commit-config.yaml` the README tells users to write."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"add to `\.pre-commit-config\.yaml`\n\n```yaml\n(.*?)```", text, re.S)
    assert found, "the README's pre-commit snippet is missing"
    return found.group(1)


@pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None,
                    reason="needs pre-commit and git")
@pytest.mark.skipif(shutil.which("factcli") is None, reason="needs the installed factcli on PATH")
def test_the_readme_pre_commit_snippet_runs(tmp_path: Path) -> None:
    """A good fact set passes; a new file repeating an id of an unchanged one is refused, naming the id."""
    repo = tmp_path / "repo"
    (repo / "facts").mkdir(parents=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "FACTCLI_CACHE_DIR": str(tmp_path / "c"),
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, cwd=repo, env=env, capture_output=True, text=True, timeout=120)

    assert run("git", "init", "-q").returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(_snippet(), encoding="utf-8")
    (repo / "facts" / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    run("git", "add", "-A")
    good = run("pre-commit", "run", "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "factcli check" in good.stdout and "Passed" in good.stdout

    (repo / "facts" / "b.yaml").write_text(MINIMAL, encoding="utf-8")
    run("git", "add", "facts/b.yaml")
    bad = run("pre-commit", "run", "--files", "facts/b.yaml")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout and "duplicate fact id 'ada-born'" in bad.stdout

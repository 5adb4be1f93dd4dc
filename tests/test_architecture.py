"""The house rules, checked on the source: packages import one way, SQL and rich stay in their package,
modules and functions stay small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcli"

# What each part of factcli may import from factcli (itself always). cli may import everything.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "index": {"core"},
    "load": {"core", "index"},
    "ask": {"core", "index"},
    "render": {"core"},
    "factbase": {"core", "index", "load", "ask"},
    "cli": {"core", "index", "load", "ask", "render", "factbase", "__init__"},
    "__init__": {"factbase", "core"},
    "__main__": {"cli"},
}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _part(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, absolute, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: relative import; write it absolute"
            found.append((node.lineno, node.module or ""))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names
                      if node.module == "factcli"]
    return found


def _violations(rule: str) -> list[str]:
    out: list[str] = []
    for path in _modules():
        part = _part(path)
        for line, name in _imports(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
            top = name.split(".")[0]
            if rule == "direction" and top == "factcli" and name != "factcli":
                target = name.split(".")[1]
                if target != part and target not in ALLOWED[part]:
                    out.append(where)
            elif rule == "sqlite" and top == "sqlite3" and part != "index":
                out.append(where)
            elif rule == "rich" and top == "rich" and part != "render":
                out.append(where)
            elif rule == "typer" and top in {"typer", "click"} and part != "cli":
                out.append(where)
    return out


@pytest.mark.parametrize("rule", ["direction", "sqlite", "rich", "typer"])
def test_imports_run_one_way(rule: str) -> None:
    assert _violations(rule) == []


def test_sql_is_written_only_in_the_index_package() -> None:
    keywords = ("SELECT ", "INSERT ", "CREATE TABLE", "DELETE FROM", "UPDATE ")
    outside = [f"{p.relative_to(PACKAGE.parent)}" for p in _modules() if _part(p) != "index"
               and any(k in p.read_text(encoding="utf-8") for k in keywords)]
    assert outside == []


def test_modules_and_functions_stay_small() -> None:
    long_modules, long_functions = [], []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 400:
            long_modules.append(str(path.relative_to(PACKAGE.parent)))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    long_functions.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name} ({length})")
    assert long_modules == []
    assert long_functions == []


def test_every_module_and_function_says_what_it_decides() -> None:
    missing = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not ast.get_docstring(tree):
            missing.append(str(path.relative_to(PACKAGE.parent)))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("__") and not ast.get_docstring(node):
                missing.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}")
    assert missing == []


def _bundled_proper_names() -> set[str]:
    """The proper names of the bundled file's entities (written with a capital there), as words."""
    import yaml

    from factcli.core.text import words

    data = yaml.safe_load((PACKAGE.parent / "facts.yaml").read_text(encoding="utf-8"))
    return {" ".join(words(name)) for entity in data["entities"] for names in entity["names"].values()
            for name in names if any(c.isupper() for c in name) and len(name) >= 4}


def test_the_code_names_none_of_the_bundled_files_things() -> None:
    """Words of one fact file's topic belong to its vocabulary: no module of the program, its comments included,
    names one of the bundled file's people, places or things (the help's examples, which run on it, may)."""
    from factcli.core.text import words

    names = _bundled_proper_names()
    assert {"kim jong un", "mosca", "vostochny"} <= names  # the names are read, or the test could not fail
    found = []
    for path in _modules():
        if path.name in {"spec.py", "help_topics.py"}:  # the help's examples and the format's example file
            continue
        text = f" {' '.join(words(path.read_text(encoding='utf-8')))} "
        found += [f"{path.relative_to(PACKAGE.parent)}: {name}" for name in sorted(names) if f" {name} " in text]
    assert not found

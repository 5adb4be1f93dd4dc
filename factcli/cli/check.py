"""`factcli check`: validation summary and verbatim-excerpt verification."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.core.errors import UsageError
from factcli.core.results import CheckResult
from factcli.factbase import FactBase
from factcli.index.summary import entity_count, shared_names
from factcli.load.files import read_bytes
from factcli.load.yaml_reader import decode

_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Whitespace-insensitive form: runs of white space become one space."""
    return _SPACE.sub(" ", text).strip()


def _texts(fb: FactBase, specs: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """source id -> [(path, squeezed text)] from `ID=PATH` or `PATH` (every source) options."""
    sources = [s.id for s in fb.index.sources()]
    out: dict[str, list[tuple[str, str]]] = {}
    for spec in specs:
        ident, sep, path = spec.partition("=")
        if not sep or "/" in ident:
            ident, path = "", spec
        if ident and ident not in sources:
            raise UsageError(f"--source-text: unknown source {ident!r} (known: {', '.join(sources)})")
        text = squeeze(decode(read_bytes(path, path), path))
        for target in [ident] if ident else sources:
            out.setdefault(target, []).append((path, text))
    return out


def check_files(fb: FactBase, source_texts: Sequence[str]) -> CheckResult:
    """Summarise a loaded (hence valid) fact base; verify excerpts where a source text is given."""
    index = fb.index
    texts = _texts(fb, source_texts)
    problems: list[str] = []
    label = ", ".join(fb.loaded.labels)
    if texts:
        for fact in index.facts(index.select()):
            for path, text in texts.get(fact.source, []):
                if squeeze(fact.excerpt) not in text:
                    problems.append(f"{label}: fact {fact.id!r}: excerpt not found verbatim in {path}: "
                                    f"\"{fact.excerpt}\"")
    nent = entity_count(index)
    # A name two entities share cannot tell them apart in a question; a warning, since some are real.
    warnings = [f"{label}: warning: the name {name!r} belongs to {len(ents)} entities: {', '.join(ents)} "
                "(give it to one; an entity whose names mean another too can say so with stands_for)"
                for name, ents in shared_names(index).items()]
    return CheckResult(label, index.total, nent, len(index.sources()), problems, warnings)

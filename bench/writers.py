"""Write the same generated facts the ways other people's tools and hands write YAML, for benchmarks.

    python bench/writers.py 100000 bench/data [--styles pyyaml,ruamel,...] [--articles 2000]

Styles: `generate` (bench/generate.py's own, one line per scalar), `pyyaml` (PyYAML safe_dump with its
defaults: folded at 80 columns), `pyyaml-wide` (width=inf), `ruamel` (ruamel.yaml round-trip dump),
`block` (statements as `|` and `>` block scalars), `flow` (each fact one flow mapping), `hand`
(comments, long plain statements folded by hand). `--articles N` also writes a directory of N article
files splitting the facts (sources and entities in a file of their own).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

STYLES = ("generate", "pyyaml", "pyyaml-wide", "ruamel", "block", "flow", "hand")
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _pyyaml(data: dict[str, Any], **kw: Any) -> str:
    """PyYAML's safe_dump, as most programs call it (plus unicode kept and keys in order)."""
    return str(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, **kw))


def _ruamel(data: dict[str, Any]) -> str:
    """ruamel.yaml's round-trip dump with its defaults."""
    from ruamel.yaml import YAML

    out = io.StringIO()
    writer = YAML()
    writer.dump(data, out)
    return out.getvalue()


def _block(data: dict[str, Any]) -> str:
    """Statements as literal (Italian) and folded (English) block scalars."""

    class Literal(str):
        """Written with |."""

    class Folded(str):
        """Written with >."""

    class Dumper(_Dumper):  # type: ignore[misc,valid-type]
        """A dumper that writes the marked strings as block scalars."""

    Dumper.add_representer(Literal, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", str(s), style="|"))
    Dumper.add_representer(Folded, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", str(s), style=">"))
    for fact in data["facts"]:
        st = fact["statement"]
        fact["statement"] = {"it": Literal(st["it"] + "\n"), "en": Folded(st["en"] + "\n")}
    return str(yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False))


def _flow(data: dict[str, Any]) -> str:
    """The header in block style, each source, entity and fact one flow mapping on its line."""
    out = ["format: 1"]
    for section in ("sources", "entities", "facts"):
        out.append(f"{section}:")
        for item in data[section]:
            text = yaml.dump(item, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=True, width=1 << 30)
            out.append("- " + text.strip())
    return "\n".join(out) + "\n"


def _fold(text: str, indent: str, width: int = 72) -> str:
    """A plain scalar folded by hand over lines of about `width`, continuation lines at `indent`."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return ("\n" + indent).join(lines)


def _reads_back(text: str) -> bool:
    """Whether `text` written plain after a key reads back as itself."""
    try:
        return bool(yaml.load(f"x: {text}", Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) == {"x": text})
    except yaml.YAMLError:
        return False


def _hand(data: dict[str, Any]) -> str:
    """As a person writes: comments, flow lists, plain statements folded by hand, quotes only where needed."""
    head = {k: data[k] for k in ("format", "sources", "entities")}
    out = ["# Fact file written by hand", _pyyaml(head), "facts:"]
    for i, fact in enumerate(data["facts"]):
        if i % 50 == 0:
            out.append(f"  # --- batch {i // 50} ---")
        rest = {k: v for k, v in fact.items() if k not in ("id", "statement", "entities", "tags")}
        body = _pyyaml(rest, width=1 << 30, default_flow_style=None).rstrip("\n").replace("\n", "\n    ")
        lines = [f"  - id: {fact['id']}  # added by the desk", "    statement:"]
        for lang in ("it", "en"):
            text = fact["statement"][lang]
            plain = ": " not in text and " #" not in text and _reads_back(text)
            shown = _fold(text, "        ") if plain else yaml.dump(text, Dumper=_Dumper, allow_unicode=True,
                                                                   width=72).strip().replace("\n", "\n        ")
            lines.append(f"      {lang}: {shown}")
        lines.append(f"    entities: [{', '.join(fact.get('entities', []))}]")
        if fact.get("tags"):
            lines.append(f"    tags: [{', '.join(fact['tags'])}]")
        lines.append(f"    {body}")
        out.append("\n".join(lines))
    return "\n".join(out) + "\n"


def write(style: str, data: dict[str, Any]) -> str:
    """The YAML text of `data` in `style`."""
    import copy

    data = copy.deepcopy(data)
    if style == "generate":
        return _pyyaml(data, width=1 << 20)
    if style == "pyyaml":
        return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    if style == "pyyaml-wide":
        return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=float("inf")))
    if style == "ruamel":
        return _ruamel(data)
    if style == "block":
        return _block(data)
    if style == "flow":
        return _flow(data)
    if style == "hand":
        return _hand(data)
    raise ValueError(style)


def write_articles(data: dict[str, Any], directory: Path, count: int) -> None:
    """`count` article files splitting the facts, each with the entities first named there, and one more file
    (`_shared.yaml`) with the sources and the entities of the bundled facts."""
    directory.mkdir(parents=True, exist_ok=True)
    facts = data["facts"]
    per = -(-len(facts) // count)
    home: dict[str, int] = {}
    for n, fact in enumerate(facts):
        for ref in fact.get("entities", []):
            home.setdefault(ref, n // per)
    own: dict[int, list[Any]] = {}
    shared = []
    for entity in data["entities"]:
        if entity["id"].startswith("delegate-") and entity["id"] in home:
            own.setdefault(home[entity["id"]], []).append(entity)
        else:
            shared.append(entity)
    (directory / "_shared.yaml").write_text(
        _pyyaml({"format": 1, "sources": data["sources"], "entities": shared, "facts": []}), encoding="utf-8")
    for i in range(count):
        article = {"format": 1, "sources": [], "entities": own.get(i, []), "facts": facts[i * per:(i + 1) * per]}
        (directory / f"article-{i:05d}.yaml").write_text(
            str(yaml.safe_dump(article, allow_unicode=True, sort_keys=False)), encoding="utf-8")


def facts_for(count: int) -> dict[str, Any]:
    """bench/generate.py's facts (cut at `count`, without the few whose derived_from the cut left behind).

    Each statement's added note comes first ("(According to ..., note 7.) Kim came to power in 2011."), so
    that statements end as the bundled ones do, often with a year: a writer folding long lines then leaves
    lines such as "2011." alone, which a careless scan takes for numbers.
    """
    data = generate(count)
    for fact in data["facts"]:
        for lang, text in fact["statement"].items():
            said, _, note = text.rpartition(" (")
            fact["statement"][lang] = f"({note} {said}" if said else text
    return data


def main() -> None:
    """Write each style's file of `count` facts into `out`, and the article directory when asked."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--articles", type=int, default=0)
    args = parser.parse_args()
    data = facts_for(args.count)
    args.out.mkdir(parents=True, exist_ok=True)
    for style in args.styles.split(","):
        if style:
            (args.out / f"{style}-{args.count}.yaml").write_text(write(style, data), encoding="utf-8")
    if args.articles:
        write_articles(data, args.out / f"articles-{args.articles}", args.articles)


if __name__ == "__main__":
    main()

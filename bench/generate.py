"""Generate large fact files in factcli's format from the bundled facts, for benchmarks.

    python bench/generate.py 100000 bench/data/facts-100k.yaml [--json F] [--rec F]

Each copy of the 51 curated facts gets new ids, its own entity (a delegate with Italian and
English names), a varied statement in both languages and a different date, so the index and
the vocabulary grow like a real fact base, not like one file pasted many times.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

import yaml

from factcli.load.open import bundled_path

_FIRST = "Anna Marco Giulia Luca Sofia Paolo Elena Dmitri Olga Ivan Min-jun Ji-woo Nguyen Tran".split()
_LAST = "Rossi Bianchi Petrov Ivanova Kim Park Lee Choi Smirnov Conti Ricci Volkov Pham Le".split()
_CITY = "Vladivostok Khabarovsk Pyongyang Wonsan Irkutsk Novosibirsk Kazan Omsk Tomsk Samara Perm".split()


def generate(n: int, seed: int = 7) -> dict[str, Any]:
    base = yaml.safe_load(Path(bundled_path()).read_text(encoding="utf-8"))
    rng = random.Random(seed)
    facts: list[dict[str, Any]] = []
    entities = list(base["entities"])
    k = 0
    while len(facts) < n:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        city = rng.choice(_CITY)
        ent = f"delegate-{k}"
        entities.append({"id": ent, "kind": "person",
                         "names": {"it": [name, f"delegato {k}"], "en": [name, f"delegate {k}"]}})
        for fact in base["facts"]:
            if len(facts) >= n:
                break
            new = json.loads(json.dumps(fact))
            new["id"] = f"{fact['id']}-{k}"
            new["statement"] = {
                "it": f"{fact['statement']['it']} (Secondo {name}, a {city}, nota {k}.)",
                "en": f"{fact['statement']['en']} (According to {name}, in {city}, note {k}.)",
            }
            new["entities"] = [*fact.get("entities", []), ent]
            if fact["type"] == "date":
                new["value"]["date"] = str(1950 + (k + int(fact["value"]["date"][:4])) % 75)
            if fact["type"] == "count":
                new["value"]["number"] = rng.randint(1, 500)
            if "derived_from" in fact:
                new["derived_from"] = [f"{d}-{k}" for d in fact["derived_from"]]
            facts.append(new)
        k += 1
    # The last copy may be cut short: an inferred fact whose sources the cut left out would make the file invalid.
    ids = {f["id"] for f in facts}
    facts = [f for f in facts if all(d in ids for d in f.get("derived_from", []))]
    return {"format": 1, "sources": base["sources"], "entities": entities, "facts": facts}


def to_rec(data: dict[str, Any]) -> str:
    """A GNU recutils export: one record per fact, flat fields."""
    out = ["%rec: Fact", "%key: id", ""]
    for f in data["facts"]:
        out += [f"id: {f['id']}", f"type: {f['type']}", f"value: {json.dumps(f['value'], ensure_ascii=False)}",
                f"statement_en: {f['statement']['en']}", f"statement_it: {f['statement']['it']}",
                f"excerpt: {f['source']['excerpt']}", ""]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--rec", type=Path)
    args = parser.parse_args()
    data = generate(args.count)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                     sort_keys=False, width=1 << 20)
    args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if args.rec:
        args.rec.write_text(to_rec(data), encoding="utf-8")


if __name__ == "__main__":
    main()

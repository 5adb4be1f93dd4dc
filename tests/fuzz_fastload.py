"""A wider, random campaign of the splice test in test_fastload.py, run by hand (not by pytest).

    python -m tests.fuzz_fastload [--seed N] [--cases N] [--base facts.yaml]

Splices random tricky YAML tokens into a valid fact file and reports every case where the
fast way (native parser) answers while the positioned reader refuses the file, or both
answer differently. Prints one line per kind of divergence found, then their count.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from factcli.core.errors import FactFileError

from .conftest import MINIMAL
from .test_fastload import _TOKENS, _both, _facts_of_parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--base", type=Path, help="a valid fact file to splice into (default: a minimal one)")
    args = parser.parse_args()
    base = args.base.read_text(encoding="utf-8") if args.base else MINIMAL
    rng = random.Random(args.seed)
    found: dict[tuple[str, tuple[str, ...]], str] = {}
    for _ in range(args.cases):
        where = rng.randint(0, len(base))
        tokens = tuple(rng.choice(_TOKENS) for _ in range(rng.randint(1, 4)))
        text = base[:where] + "".join(tokens) + base[where:]
        fast, slow = _both(text.encode())
        if fast is None:
            continue
        if isinstance(slow, FactFileError):
            kind = "accepted what the positioned reader refuses"
        else:
            sources, entities, parts, _, _ = fast
            if (sources == slow.sources and entities == slow.entities
                    and _facts_of_parts(parts) == [f.to_dict() for f in slow.facts.values()]):
                continue
            kind = "answered differently"
        found.setdefault((kind, tokens), repr(base[max(0, where - 20):where] + "⟨" + "".join(tokens) + "⟩"
                                                   + base[where:where + 20]))
    for (kind, tokens), where_text in found.items():
        print(f"{kind}: {tokens!r} at {where_text}")
    print(f"{len(found)} divergences in {args.cases} cases")


if __name__ == "__main__":
    main()

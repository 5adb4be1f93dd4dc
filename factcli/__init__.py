"""factcli: answers questions from a curated, sourced YAML fact file."""

from __future__ import annotations

from factcli.core.version import __version__

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs ~10 ms
if TYPE_CHECKING:
    from typing import Any

    from factcli.factbase import FactBase

__all__ = ["FactBase", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy, so `python -m factcli` does not import the library API twice over.
    if name == "FactBase":
        from factcli.factbase import FactBase

        return FactBase
    raise AttributeError(name)

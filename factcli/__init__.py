"""factcli: answers questions from a curated, sourced YAML fact file."""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs ~10 ms
if TYPE_CHECKING:
    from typing import Any

    from .factbase import FactBase

__all__ = ["FactBase", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy, so `python -m factcli` does not import the library API twice over.
    if name == "FactBase":
        from .factbase import FactBase

        return FactBase
    raise AttributeError(name)

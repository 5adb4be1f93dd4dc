"""Resolve user settings from options and the environment (no typer, no rich)."""

from __future__ import annotations

import os

from factcli.core.errors import UsageError
from factcli.core.model import Lang


def default_lang() -> Lang:
    """FACTCLI_LANG, else Italian when the locale is Italian, else English."""
    env = os.environ.get("FACTCLI_LANG", "").strip().lower()
    if env:
        if env not in ("it", "en"):
            raise UsageError(f"FACTCLI_LANG must be 'it' or 'en', not {env!r}")
        return env  # type: ignore[return-value]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "it" if value.lower().startswith("it") else "en"
    return "en"


def parse_size(text: str) -> int:
    """A byte count such as 1048576, 512K, 300M or 2G."""
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    raw = text.strip().lower().removesuffix("b")
    try:
        if raw and raw[-1] in units:
            return int(float(raw[:-1]) * units[raw[-1]])
        return int(raw)
    except ValueError:
        raise UsageError(f"--max-size {text!r} is not a size such as 300M or 2G") from None

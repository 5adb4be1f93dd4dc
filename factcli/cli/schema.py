"""The JSON Schema (draft 2020-12) of the fact file format, shipped as package data."""

from __future__ import annotations

from pathlib import Path

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "facts.schema.json"


def schema_text() -> str:
    """The schema as JSON text, exactly as shipped."""
    return SCHEMA_PATH.read_text(encoding="utf-8")

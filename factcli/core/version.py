"""The program's version: part of every cache key, so a new release never reads an old index."""

__version__ = "0.1.0"

"""The SQLite index: writing it, reading it, ranking. All SQL lives here. Imports core only."""

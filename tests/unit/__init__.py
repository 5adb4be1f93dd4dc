"""Unit tests, one file per package, each on tiny fact files written in the test itself."""

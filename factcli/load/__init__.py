"""Reading fact files safely and turning them into an index: paths -> cache hit or build. Imports core and index."""

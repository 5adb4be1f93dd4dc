"""Answering one question with one fact, or abstaining. Imports core and index."""

"""Synonyms: the words that may stand for a query word in a fact, with how sure that is.

The words come from the fact file's own `vocabulary` (stored with its index): a word people ask with,
and the words the facts use for it. Read only by matching (ranking and ask), never by a typed lookup.
"""

from __future__ import annotations

import json
import weakref

from factcli.core.text import edit_distance, other_stems, stem, typo_budget, words
from factcli.index.lemmas import in_dictionary
from factcli.index.read import Index


class _Vocabulary:
    """One index's vocabulary, with the answers already worked out."""

    def __init__(self, table: dict[str, tuple[str, ...]], by_stem: dict[str, tuple[str, ...]]) -> None:
        self.table = table
        self.by_stem = by_stem
        self.found: dict[tuple[str, bool], tuple[tuple[str, float], ...]] = {}
        # Entries of several words ("red carpet"): a question reads them as one word, the entry's own. A key
        # of letters alone is one word, and folding every key would cost each process milliseconds.
        self.phrases = {tuple(ws): key for key in table if not key.isalpha() and len(ws := words(key)) > 1}
        # And by their words' stems, so that another form of them finds the entry ("ha passato l'inverno" the
        # entry "passare l'inverno").
        self.phrases.update({tuple(stem(w) for w in ws): key for ws, key in list(self.phrases.items())})


_LOADED: weakref.WeakKeyDictionary[Index, _Vocabulary] = weakref.WeakKeyDictionary()


def _vocabulary(index: Index) -> _Vocabulary:
    """The vocabulary stored with an index (empty for a fact file that has none), read once per index."""
    vocab = _LOADED.get(index)
    if vocab is None:
        meta = index.meta()
        table = {k: tuple(v) for k, v in json.loads(meta.get("vocabulary") or "{}").items()}
        stems = meta.get("vocabulary_stems")  # worked out when the index was built: stemming 700 words costs
        by_stem = {k: tuple(v) for k, v in json.loads(stems).items()} if stems else by_stem_of(table)
        vocab = _LOADED[index] = _Vocabulary(table, by_stem)
    return vocab


def vocabulary_table(index: Index) -> dict[str, tuple[str, ...]]:
    """The vocabulary stored with an index, word by word (the files' merged)."""
    return _vocabulary(index).table


def phrases(index: Index) -> dict[tuple[str, ...], str]:
    """The vocabulary's entries of several words, by their words and by their words' stems: a question that has
    those words in a row, in any form, reads them as the entry ("rolled out the red carpet" finds what `red carpet`
    lists)."""
    return _vocabulary(index).phrases


def merged(vocabularies: list[dict[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    """One vocabulary of several files', in file order: a word's entries are joined, each word once."""
    out: dict[str, tuple[str, ...]] = {}
    for table in vocabularies:
        for word, near in table.items():
            out[word] = tuple(dict.fromkeys((*out.get(word, ()), *near)))
    return out


def stored(labels: list[str], vocabularies: list[dict[str, tuple[str, ...]]]) -> dict[str, str]:
    """The index metadata that holds the vocabularies of a set's files, in file order: their merge, the same
    keyed by stem, and each file's own (so that re-indexing one file can merge them again)."""
    table = merged(vocabularies)
    return {"vocabulary": json.dumps({k: list(v) for k, v in table.items()}, ensure_ascii=False),
            "vocabulary_stems": json.dumps({k: list(v) for k, v in by_stem_of(table).items()}, ensure_ascii=False),
            "vocabulary_files": json.dumps({label: {k: list(v) for k, v in t.items()}
                                            for label, t in zip(labels, vocabularies)}, ensure_ascii=False)}


def files_vocabularies(index: Index) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each file's own vocabulary, as stored with an index, by file."""
    raw = json.loads(index.meta().get("vocabulary_files") or "{}")
    return {label: {k: tuple(v) for k, v in table.items()} for label, table in raw.items()}


def by_stem_of(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The table keyed by stem, so that any form of an entry's word finds it ("vedevano", "vedere"). Where
    entries share a stem, only what they agree on, in any of its forms ("circled: orbited" and "circles: orbits"
    agree on orbiting); "sit" and "site" agree on nothing."""
    out: dict[str, tuple[str, ...]] = {}
    for key, near in table.items():
        term = stem(key)
        agreed = {_stems(w) for w in near}
        out[term] = tuple(w for w in out[term] if _stems(w) in agreed) if term in out else near
    return out


def _stems(entry: str) -> tuple[str, ...]:
    """An entry's words as stems, for telling two forms of one entry apart from two entries."""
    return tuple(stem(w) for w in entry.lower().split())


def _endings(word: str) -> tuple[str, ...]:
    """A short word with the regular English endings ("open": opens, opened, opening)."""
    if not word.isalpha():
        return ()
    base = word[:-1] if word.endswith("e") else word
    return (f"{word}s", f"{word}es", f"{base}ed", f"{base}ing", f"{word}{word[-1]}ed", f"{word}{word[-1]}ing")


def _slip_of_key(vocab: _Vocabulary, word: str, lemma_dir: str | None) -> str | None:
    """The one vocabulary key a word no fact uses may be a slip of ("peple" of `people`): within the typo budget,
    with the same first letter, and the word itself no word of either language ("cost" is no slip of `coast`)."""
    budget = typo_budget(word)
    if not budget or not word.isalpha() or in_dictionary(word, lemma_dir):
        return None
    near = [key for key in vocab.table if key[:1] == word[:1] and key.isalpha() and abs(len(key) - len(word)) <= budget
            and edit_distance(word, key, budget) <= budget]
    return near[0] if len(near) == 1 else None


def synonyms(index: Index, word: str, any_form: bool = False) -> tuple[tuple[str, float], ...]:
    """Words that may stand for `word` in a fact, with how sure that is: the vocabulary's own entries
    (0.9), then theirs (0.8), so that each entry need not list every form of its meaning.

    `any_form`: an entry for another form of the word counts too ("vedevano" finds "vedere").
    """
    vocab = _vocabulary(index)
    cached = vocab.found.get((word, any_form))
    if cached is not None:
        return cached
    table = vocab.table
    found: dict[str, float] = {}
    entries = table.get(word, ())
    if not entries and any_form:
        # Not for a word as short as a stem ("hug" is not "huge"), unless a verb form says so ("died": die) or
        # the entry is the word with a regular ending ("open" finds `opened`).
        forms = other_stems(word)
        entries = next((vocab.by_stem[t] for t in (stem(word), *forms)
                        if t in vocab.by_stem and (len(word) > 4 or t in forms)), ())
        if not entries and len(word) <= 4:
            entries = next((table[k] for k in _endings(word) if k in table), ())
    sure = 0.9
    if not entries and any_form:
        key = _slip_of_key(vocab, word, index.lemma_dir)
        entries, sure = (table[key], 0.8) if key else ((), sure)
    for near in entries:
        found.setdefault(near, sure)
    for near in list(found):
        for far in table.get(near, ()):
            if far != word:
                found.setdefault(far, 0.8)
    out = vocab.found[(word, any_form)] = tuple(found.items())
    return out

"""Other forms of a question word, by its lemma in simplemma's Italian and English dictionaries.

The light stemmer relates regular forms ("visited", "visits"); a lemma relates the rest ("nacque" and
"nato", "wrote" and "written", "dirigeva" and "diresse"), so that a fact that says a word in another form
is found. simplemma needs a quarter of a second to load a language, too slow for every question, so
its two dictionaries are copied once per cache directory into an SQLite table (about 40 MB, under two
seconds, on the first question with a word no fact uses), which then answers a word in about a millisecond.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Iterator

from factcli.core.text import fold, stem

LANGS = ("it", "en")
# A lemma with more forms than this is a function word or a verb so common that its forms say little.
_MOST_FORMS = 60
# Stems this short match too much ("com" is a stem of "come" and of a form of "comandare").
_SHORTEST_STEM = 4


def _dictionary(lang: str) -> Iterator[tuple[str, str]]:
    """(folded form, folded lemma) of every lower-case word of simplemma's dictionary of a language."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    for form, lemma in DefaultDictionaryFactory().get_dictionary(lang).items():
        if form.isalpha() and form.islower() and lemma.isalpha():
            # (Most words are plain ASCII, which folding leaves as they are: folding only the others saves a second.)
            yield form if form.isascii() else fold(form), lemma.lower() if lemma.isascii() else fold(lemma)


def _fill(conn: sqlite3.Connection) -> None:
    """Write both languages' forms and lemmas into an empty database (each lemma a form of itself too)."""
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("CREATE TABLE forms(lang TEXT NOT NULL, form TEXT NOT NULL, lemma TEXT NOT NULL)")
    for lang in LANGS:
        rows = list(_dictionary(lang))
        conn.executemany("INSERT INTO forms VALUES (?, ?, ?)",
                         [(lang, f, lemma) for f, lemma in rows] + [(lang, lemma, lemma) for lemma in {r[1] for r in rows}])
    conn.execute("CREATE INDEX forms_form ON forms(form, lang)")
    conn.execute("CREATE INDEX forms_lemma ON forms(lemma, lang)")
    conn.commit()


@functools.lru_cache(maxsize=1)
def _version() -> str:
    """What identifies the installed dictionaries: the sizes and CRC-32 of simplemma's own data files (a fraction
    of a millisecond; hashlib's import alone costs 2 ms), so that every install of the same dictionaries shares one
    table; their times would differ per install, and reading simplemma's version through importlib.metadata would
    cost every question 20 ms."""
    import importlib.util
    import zlib

    spec = importlib.util.find_spec("simplemma")
    data = os.path.join(os.path.dirname(spec.origin or ""), "strategies", "dictionaries", "data") if spec else ""
    parts = []
    for lang in LANGS:
        with open(os.path.join(data, f"{lang}.plzma"), "rb") as f:
            content = f.read()
        parts.append(f"{len(content)}.{zlib.crc32(content):08x}")
    return "-".join(parts)


_TABLE_PREFIX, _TABLE_SUFFIX = "simplemma-", ".db"
# Tables of other dictionaries kept beside the one in use: another install with another simplemma may share
# the cache directory, and should not rebuild its table each time the two take turns.
_KEEP_OTHERS = 1


def table_path(directory: str) -> str:
    """Where a cache directory keeps its copy of the dictionaries of the simplemma installed."""
    return os.path.join(directory, "lemmas", f"{_TABLE_PREFIX}{_version()}{_TABLE_SUFFIX}")


def tables(directory: str) -> list[str]:
    """Every table of lemmas a cache directory holds, whichever simplemma wrote it."""
    folder = os.path.join(directory, "lemmas")
    try:
        return sorted(os.path.join(folder, n) for n in os.listdir(folder)
                      if n.startswith(_TABLE_PREFIX) and n.endswith(_TABLE_SUFFIX))
    except OSError:
        return []


def _prune(directory: str, kept: str) -> None:
    """Remove the tables of other dictionaries but the newest few: each is tens of megabytes."""
    others = sorted((p for p in tables(directory) if p != kept), key=_mtime, reverse=True)
    for old in others[_KEEP_OTHERS:]:
        with contextlib.suppress(OSError):
            os.unlink(old)


def _mtime(path: str) -> float:
    """A file's modification time, 0 when it is gone."""
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0


@functools.lru_cache(maxsize=4)
def _store(directory: str | None) -> sqlite3.Connection:
    """The forms table: the one in `directory` (written there first if it is missing), else one in memory."""
    if directory is not None:
        path = table_path(directory)
        if os.path.isfile(path):
            with contextlib.suppress(sqlite3.Error):
                return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            conn = sqlite3.connect(tmp)
            _fill(conn)
            conn.close()
            os.replace(tmp, path)  # readers never see half a table
            _prune(directory, path)
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(conn)
    return conn


# Italian past participles that are irregular, each with its verb: simplemma's dictionary files some of them
# under a noun or an adjective alone ("scritto", "aperto", "scoperto"), so "ha scritto" never reached "scrisse".
# General grammar of the language, not of any text; each stands for its four forms (-o, -a, -i, -e).
_PARTICIPLES_OF = {
    "scritt": "scrivere",
    "dett": "dire", "apert": "aprire", "pers": "perdere",
    "divis": "dividere", "spes": "spendere", "prodott": "produrre", "tradott": "tradurre",
    "condott": "condurre", "success": "succedere", "express": "esprimere", "scopert": "scoprire",
    "copert": "coprire", "offert": "offrire", "soffert": "soffrire", "dirett": "dirigere", "permess": "permettere",
    "promess": "promettere", "commess": "commettere", "concess": "concedere", "espuls": "espellere",
    "invas": "invadere", "previst": "prevedere", "rivist": "rivedere", "redatt": "redigere", "fus": "fondere",
    "oppost": "opporre", "propost": "proporre", "impost": "imporre", "espost": "esporre", "compost": "comporre",
    "soccors": "soccorrere", "percors": "percorrere", "trascors": "trascorrere", "dipint": "dipingere",
    "distrutt": "distruggere", "costrett": "costringere", "elett": "eleggere",
    "chius": "chiudere", "uccis": "uccidere", "decis": "decidere", "scels": "scegliere", "vint": "vincere",
}


def _participle_lemma(word: str, lang: str) -> set[str]:
    """The verb an irregular Italian past participle is a form of, in any gender and number; none otherwise."""
    if lang != "it" or len(word) < 4 or word[-1] not in "oaie":
        return set()
    verb = _PARTICIPLES_OF.get(word[:-1])
    return {verb} if verb else set()


@functools.lru_cache(maxsize=4096)
def lemma_stems(word: str, directory: str | None) -> tuple[str, ...]:
    """The stems of the other forms of a folded word's lemma, in the one language whose dictionary has the
    word; none when both have it ("star" is English, and a form of Italian "stare") or neither does."""
    conn = _store(directory)
    found = conn.execute("SELECT DISTINCT lang, lemma FROM forms WHERE form = ?", (word,)).fetchall()
    if len({lang for lang, _ in found}) != 1:
        return ()
    lang = found[0][0]
    lemmas = {lemma for _, lemma in found} | _participle_lemma(word, lang)
    forms = {f for lemma in lemmas for (f,) in conn.execute(
        "SELECT form FROM forms WHERE lemma = ? AND lang = ? LIMIT ?", (lemma, lang, _MOST_FORMS + 1))} | lemmas
    if len(forms) > _MOST_FORMS:
        return ()
    own = stem(word)
    return tuple(sorted({s for f in forms if (s := stem(f)) != own and len(s) >= _SHORTEST_STEM}))


@functools.lru_cache(maxsize=4096)
def in_dictionary(word: str, directory: str | None) -> bool:
    """Whether a folded word is a word of Italian or English (a form in either dictionary)."""
    return _store(directory).execute("SELECT 1 FROM forms WHERE form = ? LIMIT 1", (word,)).fetchone() is not None


@functools.lru_cache(maxsize=1024)
def is_lemma(word: str, directory: str | None) -> bool:
    """Whether a folded word is a lemma of Italian or English as it stands: a noun's singular or a verb's
    infinitive ("theatre", "teatro"), not an inflected form ("condemned", "visitò")."""
    return _store(directory).execute("SELECT 1 FROM forms WHERE form = ? AND lemma = ? LIMIT 1",
                                     (word, word)).fetchone() is not None


_VERB_ENDINGS = ("are", "ere", "ire", "rre")
_PARTICIPLES = tuple(f"{vowel}{end}" for vowel in "aiu" for end in ("to", "ta", "ti", "te"))


@functools.lru_cache(maxsize=1024)
def italian_but_no_verb(word: str, directory: str | None) -> bool:
    """Whether a folded word is Italian only and a form of no verb (its lemmas are no infinitive): an adjective, a
    noun or an adverb ("stradale", "definitivamente"); False for a verb's form and for any English word."""
    # (A participle may have a noun or an adjective for its lemma, "inviati" of "inviato": it stays a verb's.)
    if word.endswith(_PARTICIPLES):
        return False
    found = _store(directory).execute("SELECT DISTINCT lang, lemma FROM forms WHERE form = ?", (word,)).fetchall()
    return bool(found) and {lang for lang, _ in found} == {"it"} and not any(
        lemma.endswith(_VERB_ENDINGS) for _, lemma in found)

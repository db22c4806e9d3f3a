"""Which passages name a file format: the answer to a question asking for one ('hvilket filformat ...?')."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.index import Index, on_build
from knowledge.language import document_lemma

FORMATS_FILE = Path(__file__).parent / "file_formats.txt"
# A word that asks for a format ('format', 'filformat', 'udtræksformatet', 'formats'): the name of a
# format says it, as a person's name says 'hvem'.
ASKS_FORMAT = re.compile(r"\w*format(?:et|er|erne|s)?", re.I)
# ... but only 'filformat' and a bare 'format' ask for a FILE format, never another compound ('mødeformat',
# 'kursusformat' ask how a meeting or a course is held)
_FILE_FORMAT = re.compile(r"(?:fil)?formats?(?:et|er|erne)?", re.I)
# a bare 'format' asks a file's format only of a paper or a file ('hvilket format har bænkelisten?') or
# with a verb of sending, filling, saving or uploading ('i hvilket format eksporteres fejldata?'), not of
# holding a meeting or a course ('i hvilket format holdes kurset?')
FILED = re.compile(r"(?:ud|ind|til|over)?(?:send|fyld|gem|upload|eksporter|importer|indlæs|lever|mail|"
                    r"indberet|udarbejd|lav|aflever|vedhæft|indsend)\w*|sent|send|saved?|"
                    r"uploaded?|exported?|filled|submitted|delivered|attached|file|fil|filer|filen|filerne",
                    re.I)
_HELD = re.compile(r"(?:af)?holdes|afvikles|foregår|held|run", re.I)


def asks_file_format(word: str, others: list[str]) -> bool:
    """Whether a word of a question asks for a file format, the question's other words given: 'filformat'
    always; a bare 'format' of a paper or file, or sent/filled/saved/uploaded; no other compound."""
    if not _FILE_FORMAT.fullmatch(word):
        return False
    if word.casefold().startswith("fil"):
        return True
    if any(_HELD.fullmatch(w) for w in others):
        return False
    return any(FILED.fullmatch(w) or document_lemma(w, loose=True) for w in others)


def _names() -> list[str]:
    lines = FORMATS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


# A name of four letters or more names its format in lowercase too ('et regneark (xlsx)'); a shorter one
# only as written, as it may be an everyday word or abbreviation in lowercase ('doc', 'zip', 'gml.' for
# 'gammel', 'vejledningen (pdf)' of a guide).
_LOWERCASE_FROM = 4


def _spellings() -> list[str]:
    names = _names()
    return names + [n.lower() for n in names if len(n) >= _LOWERCASE_FROM and n.lower() != n]


# a name as written, not inside another word or code ('CSV' but not 'CSVX', 'PDF/A' whole)
_ALTERNATIVES = "|".join(re.escape(n) for n in sorted(set(_spellings()), key=len, reverse=True))
# a short name in lowercase joined to the word for a file names its format too ('udfyldes som csv-fil'): the
# join says it is no everyday word
_LOWER_FILED = "|".join(re.escape(n.lower()) for n in sorted(set(_names()), key=len, reverse=True)
                        if len(n) < _LOWERCASE_FROM and n.lower() != n)
_NAMED = re.compile(rf"(?<![\w/.-])(?:(?:{_ALTERNATIVES})(?![\w/])"
                    rf"|(?:{_LOWER_FILED})-(?:fil|filer|format)\b)")


def names_format(text: str) -> bool:
    """Whether a text names a file format ('indmeldes som en CSV-fil', 'Format: PDF/A')."""
    return _NAMED.search(text) is not None


@on_build
def format_passages(index: Index) -> frozenset[int]:
    """The passages that name a file format, read once per index, with the index: every passage is read
    (~20 ms at 1,000 tasks), which the first question asking for a format would otherwise wait for."""
    return index.kept("file_formats", None, lambda: frozenset(
        pid for pid in range(len(index.passages)) if names_format(index.passages.text_of(pid))))

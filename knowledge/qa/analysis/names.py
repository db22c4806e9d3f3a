"""A name typed in lower case, read as the tasks write it: 'hvem er dataansvarlig for ballonbogen' names the
system the tasks only ever call Ballonbogen, as 'hvem er dataansvarlig for Ballonbogen?' does. Many askers
type every word in lower case in chat, and the reading of a name (a capital inside the question: whose task
writes it, what the whole task is about) should not depend on it."""

from __future__ import annotations

import re

from knowledge.fold import key
from knowledge.index import Index, on_build


def capitalised_as_written(text: str, index: Index) -> str:
    """`text` with each lower-case word the tasks write only as a one-word name given its capital."""
    names = written_names(index)
    if not names:
        return text

    def cap(m: re.Match[str]) -> str:
        word = m.group(0)
        return word[:1].upper() + word[1:] if key(word.casefold()) in names else word

    return _LOWER_WORD.sub(cap, text)


@on_build
def _read(index: Index) -> None:
    """Read once with the index, not by the first question that needs it."""
    written_names(index)


def written_names(index: Index) -> frozenset[str]:
    """The keys of the words the tasks write only as one-word names: capitalised inside a sentence ('... i
    Ballonbogen.'), never in lower case, and not one word of a longer name ('Leslibning Teknik', 'Natur og
    Kulturliv': a department's or firm's word is often a common noun, 'teknik', 'natur'). A word capitalised
    only where a sentence, a line or a label opens is no name ('Systemet gemmer ...'). Only the names of
    what a task is about, which its title or goal writes ('Tilslutning til Ballonbogen'): an asker names
    that thing as a topic, in any case; a town or an authority a sentence names in passing ('i Aarhus',
    'Færdselsstyrelsens system') stays as typed. Read once per index."""
    return index.kept("written_names", None, lambda: _read_written_names(index) & _topic_keys(index))


def _topic_keys(index: Index) -> frozenset[str]:
    """The keys of the words of every task's title and goal."""
    words = " ".join(f"{t.title} {t.goal or ''}" for t in index.tasks)
    return frozenset(key(w.casefold()) for w in _WORD.findall(words))


def _read_written_names(index: Index) -> frozenset[str]:
    capital: set[str] = set()
    lower: set[str] = set()
    for pid in range(len(index.passages)):
        text = index.passages.text_of(pid)
        for m in _WORD.finditer(text):
            word = m.group(0)
            if word[:1].islower():
                lower.add(word)
            elif _INSIDE.search(text[max(0, m.start() - 8):m.start()]) and \
                    not _NAME_BEFORE.search(text[max(0, m.start() - 40):m.start()]) and \
                    not _NAME_AFTER.match(text, m.end()):
                capital.add(word.casefold())
    # (each distinct word keyed once: stemming every occurrence cost most of the reading)
    return frozenset({key(w) for w in capital} - {key(w) for w in lower})


# a word of five letters or more (a shorter one is too often a code or an abbreviation)
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{5,}(?![^\W\d_])")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zæøå][^\W\d_]{4,}(?![^\W\d_-])")
# the text before a word inside a sentence: a lower-case word or a comma, then spaces (not a task code or a
# number: 'MK 1 Meldinger om fejl' opens a title there, and 'meldinger' is no name)
_INSIDE = re.compile(r"(?:(?<![\w-])[a-zæøå][\w-]*|,)[ \t]+\Z")
# another capitalised word right before or after it, or joined by 'og'/'&' ('Natur og Kulturliv')
_NAME_BEFORE = re.compile(r"[A-ZÆØÅ][\w-]*[ \t]+(?:(?:og|&|and)[ \t]+)?\Z")
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:og|&|and)[ \t]+)?[A-ZÆØÅ]")

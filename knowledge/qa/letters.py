"""Question words typed without æ/ø/å ('bolge', 'planen' for 'plænen') written with the tasks' letters."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, glossary_knows, is_stop, key, loose, stem_key
from knowledge.index import Index, on_build

_DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
_LETTERED = re.compile(r"[^\W\d_]*[æøå][^\W\d_]*")
_WORD = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])")
# the plain letter typed for each
_PLAIN = {"æ": "a", "ø": "o", "å": "a"}
_MIN = 3


def restore_letters(text: str, index: Index, *, asked: str) -> str:
    """`text` with each word typed in plain letters whose key no task holds written as the tasks write
    the word of its stem with æ/ø/å ('vaegt' is keyed as 'vægt' already; 'vagten', where a task has
    'vægten' and none 'vagt', becomes 'vægten'), when the question as `asked` holds no æ/ø/å at all:
    one who types them typed 'planen' for a plan, never for a task's 'plænen'. A word the tasks or the
    glossary hold as typed stays: an exact match is preferred."""
    lettered = bool(_DANISH_LETTERS.search(asked))
    stems = _lettered_stems(index)

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.casefold()
        if is_stop(low) or key(low) in index.postings or glossary_knows(key(low)):
            return word
        if low.isascii() and not lettered:
            target = stems.get(loose(ascii_fold(stem_key(low))))
        elif not low.isascii():  # 'kræver', where the tasks write only a plain-letter form of its stem
            target = _plain_stems(index).get(loose(ascii_fold(stem_key(low))))
        else:
            return word
        written = _respelt(low, target) if target else None
        if written is None:
            return word
        return written.upper() if word.isupper() and len(word) > 1 else \
            written.capitalize() if word[0].isupper() else written
    return _WORD.sub(repl, text)


def _plain_stems(index: Index) -> dict[str, str]:
    """The index's keys in plain letters by their loose form, for a question word with æ/ø/å whose key
    no task holds: read as the tasks' plain word, as the loose key read every word."""
    return index.kept("_plain", "all",
                      lambda: {loose(k): k for k in index.postings if k.isascii() and k.isalpha()})


def _respelt(typed: str, target: str) -> str | None:
    """`typed` (plain letters) with the a/o that `target` (a stem key) writes æ/ø/å written so, when
    that word's stem key is `target` ('malerne', 'mål' -> 'målerne')."""
    if len(typed) < len(target):
        return None
    written = "".join(t if t == c or _PLAIN.get(t, t) == _PLAIN.get(c, c) else "\0"
                      for t, c in zip(target, typed, strict=False))
    written += typed[len(target):]
    return written if "\0" not in written and stem_key(written) == target else None


def _lettered_stems(index: Index) -> dict[str, str]:
    """The stem keys of the tasks' words written with æ/ø/å, by their loose form ('plan' -> 'plæn');
    a loose form two such stems share ('mæl', 'mål') is left out: which was meant is unknown."""
    def make() -> dict[str, str]:
        found: dict[str, str] = {}
        for passage in index.passages:
            for w in set(_LETTERED.findall(passage.text.casefold())):
                if len(w) >= _MIN:
                    k = stem_key(w)
                    lo = loose(ascii_fold(k))
                    found[lo] = k if found.get(lo, k) == k else ""
        return {k: v for k, v in found.items() if v}
    return index.kept("_lettered", "all", make)


@on_build
def _read_lettered(index: Index) -> None:
    """The tasks' words with æ/ø/å are gathered once per built index, not by a question."""
    _lettered_stems(index)

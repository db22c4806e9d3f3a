"""Lexicon words the stemmer keys like a word of another meaning ('billet' and 'bil', 'svær' and 'svar')."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from knowledge.fold import _RUN, _SYNCOPE, ascii_fold, el_dropped, loose, stem_key, syncope_el

_QA = Path(__file__).parent / "qa"
# The word lists whose Danish words are keyed by their stem: the glossary (every single word of a line:
# a two-way line's words take the line's meaning, a one-way line's are looked for as its form) and the
# English dictionary's Danish side (the word a question's English is read as). english_forms.txt maps
# English forms to English bases and keys nothing by a Danish stem.
LEXICONS = (_QA / "glossary.txt", _QA / "english.txt")
ALLOWED_FILE = _QA / "collisions_allowed.txt"
TWINS_FILE = _QA / "stem_twins.txt"

# Danish inflectional endings, and the derivations that keep a word's meaning ('oprette' -
# 'oprettelse', 'måned' - 'månedlig'): two words that differ only by these after their common
# beginning are forms of one word ('afdeling', 'afdelingen'; 'levere', 'leveret'). '-de' is left out:
# 'længde' is no form of 'længe', 'sidde' none of 'side'; so is '-ere': 'levere' is none of 'leve'.
_ENDINGS = frozenset({"", "e", "en", "et", "er", "erne", "ene", "ens", "ets", "es", "s", "t", "te", "ede",
                      "ende", "r", "ne", "n", "ernes", "enes", "ers", "ts", "rne", "rnes", "nes", "ns", "rs",
                      "else", "elsen", "elser", "elsens", "elserne", "lig", "lige", "ligt", "ligere",
                      "ning", "ningen", "ninger", "endes", "edes",
                      "hed", "heden", "heder", "st", "ste", "est", "este"})


@dataclass(frozen=True)
class Entry:
    """One Danish word of a lexicon line: where it stands, and the words of its line (its own family)."""

    path: Path
    line: int
    word: str
    line_words: frozenset[str]

    def where(self) -> str:
        return f"{self.path.name}:{self.line}"


def same_word(word: str, entry: str) -> bool:
    """Whether a casefolded word is a form of a lexicon's word (or the other way round): after a common
    beginning (the longest, or that less a last 'e': 'modtag|e', 'modtag|else') both go on with an
    ending only. A doubled last consonant is read as one before '-en', '-er' ('billet', 'billetter'),
    before '-e' where the other word has no ending ('lukke', 'luk'; not 'sidde', 'side'), and before
    '-et' in the word only, never in the lexicon's, which is written as its base form: 'udbuddet' is a
    form of 'udbud', but 'billet' is none of 'bil'."""
    word, entry = _SYNCOPE.sub(r"\1sel", word), _SYNCOPE.sub(r"\1sel", entry)  # 'kørslen' of 'kørsel'
    word, entry = _el_dropped(word), _el_dropped(entry)  # 'reglerne' of 'regel', 'midler' of 'middel'
    n = 0
    while n < min(len(word), len(entry)) and word[n] == entry[n]:
        n += 1
    cuts = [n, n - 1] if n > 2 and word[n - 1] == "e" else [n]
    return any(_ending(word, at, other=entry[at:], base=False)
               and _ending(entry, at, other=word[at:], base=True) for at in cuts)


def _el_dropped(word: str) -> str:
    """A noun in unstressed -el as its forms write it, the e dropped and a doubled consonant single
    ('regel' -> 'regl', 'middel' -> 'midl'), as fold keys it; any other word as it is."""
    folded = loose(ascii_fold(word))
    if not word.endswith("el") or syncope_el(folded) == folded:
        return word
    return el_dropped(word)


# The endings a doubled last consonant comes before in any form ('kat' - 'katten', 'billet' - 'billetter')
_AFTER_DOUBLED = frozenset({"en", "er", "ene", "erne", "ens", "ers", "ernes"})


# A verb's agent noun and a noun's loan verb ('deltage' - 'deltagere', 'dokument' - 'dokumentere'):
# forms of the lexicon's word in the word only: 'levere' is none of 'leve'
_DERIVED = frozenset({"ere", "erer", "eres", "eret", "erede", "erne", "eren"})


def _ending(word: str, at: int, *, other: str, base: bool) -> bool:
    rest = word[at:]
    if rest in _ENDINGS or (not base and rest in _DERIVED):
        return True
    if not (at and rest[:1] == word[at - 1]):
        return False
    tail = rest[1:]
    return tail in _AFTER_DOUBLED or (not other and (tail == "e" or (tail in ("et", "ets") and not base)))


def lexicon_entries(paths: Iterable[Path] = LEXICONS) -> Iterator[Entry]:
    """Every single Danish-looking word of the lexicons' lines with its line number: a glossary line's
    words on both sides, english.txt's left side (its right side is English)."""
    for path in paths:
        english = path.name == "english.txt"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.lstrip().startswith("#"):
                continue
            match = re.match(r"\s*([^=~≈]+?)\s*([=~≈])(.*)$", line)
            if not match:
                continue
            left = match.group(1).strip().casefold()
            right = [v.strip().casefold() for v in match.group(3).split(",") if v.strip()]
            line_words = frozenset(w for w in [left, *right] if len(_RUN.findall(w)) == 1)
            for word in ([left] if english else [left, *right]):
                if len(_RUN.findall(word)) == 1 and word.isalpha():
                    yield Entry(path, n, word, line_words)


def by_key(vocabulary: Iterable[str]) -> dict[str, set[str]]:
    """Casefolded words by their stem key (the key before the glossary)."""
    out: dict[str, set[str]] = {}
    for word in vocabulary:
        if word.isalpha():
            out.setdefault(stem_key(word), set()).add(word)
    return out


def collisions(entry: Entry, vocabulary: dict[str, set[str]]) -> list[str]:
    """The words of `vocabulary` (by `by_key`) keyed like the entry's word that are none of its forms
    nor a word of its line: another meaning the entry would take or give; and the twin of the entry's
    word (stem_twins.txt) when its line holds no form of that twin."""
    k = stem_key(entry.word)
    same = [other for other in entry.line_words if stem_key(other) == k]
    found = {w for w in vocabulary.get(k, ())
             if w not in entry.line_words and not any(same_word(w, other) for other in same)}
    for one, other in twins():
        if entry.word == one or (same_word(entry.word, one) and not same_word(entry.word, other)):
            # the twin is on the line when a word of it is that is no form of the entry's word
            danish = entry.line_words if entry.path.name != "english.txt" else {entry.word}
            if not any(w == other or (same_word(w, other) and not same_word(w, one)) for w in danish):
                found.add(other)
    return sorted(found)


def twins() -> list[tuple[str, str]]:
    """The pairs of stem_twins.txt, both ways round."""
    out: list[tuple[str, str]] = []
    for line in TWINS_FILE.read_text(encoding="utf-8").splitlines():
        if "|" in line and not line.lstrip().startswith("#"):
            a, _, rest = line.partition("|")
            b = rest.partition(":")[0]
            out += [(a.strip(), b.strip()), (b.strip(), a.strip())]
    return out


def allowed() -> dict[str, str]:
    """The words whose collision is known and harmless: word -> the reason (collisions_allowed.txt)."""
    out: dict[str, str] = {}
    for number, line in enumerate(ALLOWED_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            word, _, reason = line.partition(":")
            if word.strip().casefold() in out:  # a second line would silently replace the first one's reason
                raise ValueError(f"{ALLOWED_FILE.name}:{number}: '{word.strip()}' is listed twice; "
                                 "keep one line")
            out[word.strip().casefold()] = reason.strip()
    return out

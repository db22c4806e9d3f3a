"""Misspelt question words: 'hvonår', 'fristn', 'telefonummer' are the words a question is read by
('hvornår' asks for a time, 'fristen' for a deadline), which the tasks' own vocabulary does not
hold, so they are corrected against the question vocabulary before the question is read."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from knowledge.fold import ascii_fold, glossary_knows, glossary_words, is_stop, key, loose
from knowledge.index import Index, on_build
from knowledge.morphology import particle_base

# The Danish words questions are read by (question words and the cues of knowledge/qa/types/),
# as people write them.
QUESTION_WORDS = frozenset("""
hvornår hvordan hvilke hvilken hvilket hvorfor hvem hvad hvor mange
frist fristen frister fristerne deadline deadlinen dato datoen tidspunkt tidspunktet
pris prisen priser koster koste gebyr gebyret
telefonnummer telefonnummeret telefon mobilnummer mailadresse mailadressen adgangskode adgangskoden
kodeord kodeordet hjemmeside hjemmesiden webadresse cvr-nummer cvr-nummeret
hedder kaldes navn navnet underskrive underskriver underskrives underskrevet godkende godkender
godkendes godkendt ansvarlig udfører
færdig færdige klaret sidste første næste hurtigt længe senest
kontakte kontakter henvende
konsekvens konsekvensen risiko risikoen mangler forkert
opgave opgaven opgaver opgaverne
bliver findes gælder kræver kræves bruger bruges koster stopper starter lukker foregår skulle kunne burde
""".split())
# Real words next to a question word that must stay as written ('hvis' is not 'hvem'), and those that
# only look like a question word run together with a small word ('hvoraf', 'hvorved', 'hvorhos')
_KEEP = frozenset("hvis hver hvert hverken hvid hvide hvile hvorvidt hvorpå hvori hvorledes hvormed "
                  "hvorefter hvorfra hvortil hvorimod hvoraf hvorved hvorom hvorunder hvorover hvorigennem "
                  "hvorhen hvorhenne hvorhos hvornæst hvorend hvordan hvorfor hvornår hvadenten "
                  "lang lange langt klar klart".split())
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def fix_question_words(text: str, *, known) -> str:
    """`text` with each misspelt question word written right: one letter off (two from eight
    letters), the same first letter, and only a word that is neither a stop word, nor a word the
    tasks know (`known(key)`), nor one of two question words equally near."""
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.casefold()
        if len(low) < 4 or low in QUESTION_WORDS or low in _KEEP:
            return word
        if (same := _FOLDED.get(ascii_fold(low))) is not None and same != low:
            return same[:1].upper() + same[1:] if word[:1].isupper() else same  # 'spoerge', 'faerdig'
        if (same := _STRIPPED.get(low)) is not None and not known(key(low)):
            return same[:1].upper() + same[1:] if word[:1].isupper() else same  # 'hvornar', 'udforer'
        if (split := _run_together(low)) and not known(key(low)) and _nearest(ascii_fold(low)) is None:
            # 'hvornårskal', 'hvemer': a question word and the next written without a space (not
            # 'hvornaar', which is 'hvornår')
            return split.capitalize() if word[:1].isupper() else split
        if is_stop(low) or known(key(low)):
            return word
        if word[:1].isupper() and text[:m.start()].strip(" \t\"'«“(-"):
            return word  # a capital inside the question is a name ('Frisk'), not a misspelt 'frist'
        fixed = _nearest(ascii_fold(low))
        if fixed is None:
            return word
        return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed
    return _WORD.sub(repl, text)


# The words a question opens with, longest first ('hvornår' before 'hvor')
_OPENERS = ("hvornår", "hvordan", "hvorfor", "hvilken", "hvilket", "hvilke", "hvem", "hvad", "hvor")


def _run_together(low: str) -> str | None:
    """'hvornår skal' for 'hvornårskal', 'hvem er' for 'hvemer': a question's first word and a small
    word or a word questions are read by, written as one (not a word of its own: `_KEEP`)."""
    if low in _KEEP:
        return None
    for opener in _OPENERS:
        rest = low[len(opener):]
        if low.startswith(opener) and len(rest) >= 2 and (is_stop(rest) or rest in QUESTION_WORDS):
            return f"{opener} {rest}"
    return None


# the question words with æ/ø/å by their spelling without ('spoerge' -> 'spørge')
# ('spørge' only so: one letter off it is 'sørge')
_FOLDED = {ascii_fold(w): w for w in QUESTION_WORDS | {"spørge", "spørger", "spørgsmål"}
           if ascii_fold(w) != w}
# ... and written with a/o for æ/ø/å ('hvornar', 'udforer', 'nodvendigt'); not 'længe', as 'lange' is
# a word of its own
_STRIPPED = {loose(ascii_fold(w)): w for w in QUESTION_WORDS | {"spørge", "spørger", "nødvendigt",
                                                                  "nødvendig"}
             if loose(ascii_fold(w)) != w and w != "længe"}


@lru_cache(maxsize=4096)
def _nearest(folded: str) -> str | None:
    """The question word `folded` misspells: one letter off (two from eight letters) as folded or
    with ae/oe/aa read as æ/ø/å ('hvornr', 'spoerge' -> 'spørge')."""
    typed = loose(folded)
    limit = 1 if len(typed) < 8 else 2  # (by the letters typed: 'udløber' is no 'udfører', 'udloeber' long)
    plain = folded == typed  # written without æ/ø/å and without ae/oe/aa for them
    best: list[tuple[int, str]] = []
    for word in QUESTION_WORDS:
        target = ascii_fold(word)
        if target[0] != folded[0] or abs(len(loose(target)) - len(typed)) > limit:
            continue
        if target == folded:
            if word != folded:  # 'spoerge' is 'spørge' written without ø
                best.append((0, word))
            continue
        d = OSA.distance(folded, target, score_cutoff=limit)
        if len(folded) >= 5 and plain and word != target:
            # æ/ø/å left out ('hvornr', 'frdig'); not 'lang' for 'længe', nor 'nævnes' for 'navnet'
            d = min(d, OSA.distance(typed, loose(target), score_cutoff=limit))
        if d <= limit:
            best.append((d, word))
    if not best:
        return None
    best.sort()
    if len(best) > 1 and best[1][0] == best[0][0] and key(best[1][1]) != key(best[0][1]):
        return None  # 'hved': 'hvad' or 'hvem'
    return best[0][1]


def fix_task_words(text: str, index) -> tuple[str, set[str]]:
    """`text` with each misspelt word of the tasks written as the tasks write it ('underskervne' ->
    'underskrevne'), so the checks that read the question's words read them right: a lowercase word
    of eight letters or more that the tasks lack (a shorter one is as often a real word they lack:
    'siger', 'køber'), one letter off (two from ten letters) exactly one word they write. Also the
    words written so."""
    fixed: set[str] = set()

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < _TASK_WORD_MIN and (written := _short_typo(index, word)):
            fixed.add(written)
            return written
        if len(word) < _TASK_WORD_MIN or not word.isalpha() or not word.islower() or word in QUESTION_WORDS \
                or word in _KEEP or is_stop(word):
            return word
        if key(word) in index.postings:
            written = _same_key_spelling(index, word)  # 'mailadrese': read as 'mail', but written so
            if written is not None:
                fixed.add(written)
                return written
            return word
        if (base := particle_base(word)) is not None and base in index.postings:
            return word  # 'tilsendt' is 'sendt' with a particle, no misspelt 'tilmeldt'
        typed = loose(ascii_fold(word))
        written = _written(index, typed)
        if written is None and index.correct_word(word) is None and index.correct(key(word)) is None:
            written = _in_glossary(typed)  # only a word nothing the tasks write is near: 'diektionen'

        if written is None:
            return word
        fixed.add(written)
        return written
    return _WORD.sub(repl, text), fixed


_TASK_WORD_MIN = 8
_SHORT_WORD_MIN = 6


def _short_typo(index, word: str) -> str | None:
    """A lowercase word of six or seven letters that neither the tasks nor the glossary know, and nothing
    the tasks write is near, written as the one glossary word it is with a letter left out or two
    letters swapped ('levrer' -> 'leverer'): the slips of typing; a letter changed is as often another
    real word ('holder', 'holdet')."""
    if not _SHORT_WORD_MIN <= len(word) < _TASK_WORD_MIN or not word.isalpha() or not word.islower() or \
            word in QUESTION_WORDS or word in _KEEP or is_stop(word) or key(word) in index.postings or \
            glossary_knows(key(word)):
        return None
    if index.correct_word(word) is not None or index.correct(key(word)) is not None:
        return None
    typed = loose(ascii_fold(word))
    words = glossary_words()
    near = {w for n in (len(typed), len(typed) + 1) for w in words.get((typed[:1], n), ())
            if _slip(typed, loose(ascii_fold(w)))}
    return near.pop() if len(near) == 1 else None


def _slip(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one letter left out or two neighbouring letters swapped."""
    if len(meant) == len(typed) + 1:
        return any(meant[:i] + meant[i + 1:] == typed for i in range(len(meant)))
    return len(meant) == len(typed) and sorted(meant) == sorted(typed) and \
        OSA.distance(typed, meant, score_cutoff=1) == 1


def _same_key_spelling(index, word: str) -> str | None:
    """The spelling, one letter off, of a word whose key the tasks have but which neither the tasks nor
    the glossary write ('mailadrese', read as 'mail' like 'mailadresse'): the glossary's or the tasks'
    word of that same key, so the checks that read the question's words ('mailadresse' asks for a mail)
    read it as meant. None for a word written so, one whose end differs (another inflection), or near no
    word of its own key (a word is never made another word)."""
    typed = loose(ascii_fold(word))
    if typed in index.words or word in glossary_words().get((typed[:1], len(typed)), ()):
        return None
    for near in (_written(index, typed), _in_glossary(typed)):
        # a word whose end differs is another inflection, written right ('fodterapeuternes' is no
        # misspelt 'fodterapeuterne'): only a letter off inside the word is a typo
        if near is not None and key(near) == key(word) and near != word and \
                loose(ascii_fold(near))[-2:] == typed[-2:]:
            return near
    return None


def _written(index, typed: str) -> str | None:
    """The one word the tasks write nearest `typed` (folded), as they write it: one letter off, two
    from ten letters."""
    limit = 1 if len(typed) < 10 else 2
    near = [(OSA.distance(typed, w, score_cutoff=limit), w)
            for n in range(len(typed) - limit, len(typed) + limit + 1)
            for w in index.word_blocks.get((typed[0], n), ())]
    near = sorted((d, w) for d, w in near if d <= limit)
    if not near or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    return _as_written(index, near[0][1])


def _as_written(index, folded: str, *, first_capital: bool = False) -> str | None:
    """A word the tasks write (`folded`, a key of `index.words`) as a passage writes it in lower case
    (with `first_capital`, also one that opens a sentence: 'Vejrdata hentes ...')."""
    for pid in index.postings.get(index.words[folded], ()):
        for w in _WORD.findall(index.passages[pid].text):
            if (w.islower() or (first_capital and w[1:].islower())) and loose(ascii_fold(w)) == folded:
                return w.casefold()
    return None


def join_split_words(text: str, index) -> str:
    """`text` with two lowercase words the tasks write as one compound joined as they write it
    ('ruteplanlægnings systemet' -> 'ruteplanlægningssystemet', 'vejr data' -> 'vejrdata'), so the checks
    that read the question's words read the compound the answer names; never a stop word or a word
    questions are read by ('hvad koster', 'en licens')."""
    words = list(_LOWER_WORD.finditer(text))
    out, at, skip = [], 0, False
    for first, second in zip(words, words[1:], strict=False):
        if skip:
            skip = False
            continue
        if text[first.end():second.start()].strip(" \t") or not _joinable(first.group(0), second.group(0)):
            continue
        folded = loose(ascii_fold(first.group(0) + second.group(0)))
        written = _as_written(index, folded, first_capital=True) if folded in index.words else None
        if written:
            out += [text[at:first.start()], written]
            at, skip = second.end(), True
    return "".join(out) + text[at:] if out else text


def hyphenate_as_written(text: str, index) -> str:
    """`text` with a lowercase word the tasks only write with a hyphen written so ('efakturaen' ->
    'e-fakturaen'), so it is read as the tasks' two parts rather than as another word that begins alike
    (a task named 'eFaktura')."""
    hyphened = _hyphened(index)
    if not hyphened:
        return text

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        folded = loose(ascii_fold(word))
        if not word.islower() or folded in index.words or is_stop(word):
            return word
        return hyphened.get(folded, word)
    return _LOWER_WORD.sub(repl, text)


def _hyphened(index) -> dict[str, str]:
    """The words the tasks write with a hyphen between two runs of letters, by their folded spelling
    without it ('efakturaen' -> 'e-fakturaen'); one that is written two ways is left out."""
    def make() -> dict[str, str]:
        found: dict[str, str] = {}
        for passage in index.passages:
            for m in _HYPHENED.finditer(passage.text):
                written = m.group(0).casefold()
                folded = loose(ascii_fold(written.replace("-", "")))
                found[folded] = written if found.get(folded, written) == written else ""
        return {k: v for k, v in found.items() if v and len(k) >= 5}
    return index.kept("_hyphened", "all", make)


_HYPHENED = re.compile(r"(?<![\w-])[^\W\d_]+-[^\W\d_]+(?![\w-])")


def _joinable(first: str, second: str) -> bool:
    return len(first) >= 3 and len(second) >= 3 and first.islower() and second.islower() and not any(
        is_stop(w) or w in QUESTION_WORDS or w in _KEEP for w in (first, second))


_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")


def _in_glossary(typed: str) -> str | None:
    """The one glossary word nearest `typed` (folded), as written: a word the tasks do not write but
    the glossary reads ('direktionen'), one letter off, two from ten letters."""
    limit = 1 if len(typed) < 10 else 2
    words = glossary_words()
    near = sorted((OSA.distance(typed, loose(ascii_fold(w)), score_cutoff=limit), w)
                  for n in range(len(typed) - limit, len(typed) + limit + 1)
                  for w in words.get((typed[:1], n), ()))
    near = [(d, w) for d, w in near if d <= limit]
    if not near or (len(near) > 1 and near[1][0] == near[0][0] and key(near[1][1]) != key(near[0][1])):
        return None
    return near[0][1]


@on_build
def _read_glossary_words(index: Index) -> None:
    """The glossary's words are read when the first index is built, not by the first question that needs
    them (a one-time cost of ~10 ms that fell inside a question)."""
    glossary_words()
    _hyphened(index)  # (and the tasks' hyphenated words, once per index)

"""Danish compounds the tasks have only in parts: heads, first parts, and misspelt halves."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice

from knowledge.fold import (
    GENERIC_KEYS,
    ascii_fold,
    fallback_keys,
    glossary_knows,
    is_stop,
    key,
    loose,
)
from knowledge.index import Index
from knowledge.lexicon import (
    CONCEPTS,
)
from knowledge.morphology import derivations

# The particles of two letters a Danish verb takes as its prefix ('anmelde', 'opsamle', 'udtrække', 'afmelde')
_SHORT_PARTICLES = ("an", "op", "ud", "af", "om")


def keys_beginning(index: Index, prefix: str) -> Iterator[str]:
    """The index's keys that begin with `prefix`, in sorted order (the prefix itself included)."""
    keys = index.sorted_keys
    at = bisect_left(keys, prefix)
    while at < len(keys) and keys[at].startswith(prefix):
        yield keys[at]
        at += 1


MAX_COMPOUND = 40
# A compound known only by its head ('vejkurset', 'ejendomsskattedata') says a part of what was asked:
# the head's kind of thing, not which one.
HEAD_MATCH = 0.6
MIN_HEAD = 4
MIN_MODIFIER = 3
MIN_ENDING_MODIFIER = 5


def is_head(head: str, compound: str) -> bool:
    """Whether the key `head` is the key `compound` itself or its head: the compound ends with it and it has
    MIN_HEAD letters or more ('system' of 'bookingsystem', 'tarn' of 'klokketarn'; not 'em' of 'system')."""
    return compound == head or (len(head) >= MIN_HEAD and compound.endswith(head))


def known_heads(index: Index, word: str) -> set[str]:
    """The keys of the word's tails the tasks know as words that say something, each a head with at
    least MIN_MODIFIER letters before it and MIN_HEAD in it ('sandkortet' -> 'kort'): real parts only."""
    word = word.casefold()
    out = set()
    for cut in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        rest = word[cut:]
        head = key(rest)
        if head in index.postings and head not in GENERIC_KEYS and not is_stop(rest):
            out.add(head)
    return out


def compound_head(index: Index, word: str) -> str | None:
    """The key of the longest known head of a Danish compound the tasks lack, where a task that has the
    head also has a word that begins with the modifier ('vejkurset' -> key('kurset') in the task that
    speaks of 'vejmedarbejdere' and 'kurset'; 'ejendomsskattedata' -> 'data' beside
    'ejendomsskattesystemet'); None when no such task is there or the head is a word that says nothing."""
    if not 7 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    found = longest_known_head(index, word, min_modifier=MIN_MODIFIER, min_head=MIN_HEAD)
    return found[1] if found and _modifier_beside(index, found[1], word[:found[0]]) else None


def longest_known_head(index: Index, word: str, *, min_modifier: int, min_head: int,
                       exclude: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(where the head starts, its key) of the longest tail of `word` the tasks know as a word that
    says something ('databehandleraftalen' -> 'aftal'), leaving at least `min_modifier` letters before
    it; keys in `exclude` are passed over for a shorter head."""
    for cut in range(min_modifier, len(word) - min_head + 1):
        rest = word[cut:]
        head = key(rest)
        if head in index.postings and len(head) >= min_head and head not in GENERIC_KEYS and \
                head not in exclude and not is_stop(rest):
            return cut, head
    return None


MAX_HEAD_TASKS = 50
MIN_FIRST_PART = 5


def compound_starts(index: Index, word: str, *, limit: int = 4) -> list[str]:
    """Known keys of compounds that begin with the word as written ('fælles' -> 'fælleskommunal',
    'fællespostkasse'), at least three letters longer, most frequent first; [] for a word under five
    letters or one that says nothing."""
    folded = loose(ascii_fold(word))
    if len(folded) < MIN_FIRST_PART or not folded.isalpha() or key(word) in GENERIC_KEYS or is_stop(word):
        return []
    found = list(islice((k for k in keys_beginning(index, folded) if len(k) >= len(folded) + 3), 50))
    return sorted(dict.fromkeys(found), key=lambda f: -index.df(f))[:limit]


def _modifier_beside(index: Index, head: str, modifier: str) -> bool:
    """Whether a task with the head key has a word that begins with the modifier (or the modifier
    without its linking -s-/-e-: 'beløbs' -> 'beløb')."""
    linked = modifier[-1] in "se" and len(modifier) > MIN_MODIFIER
    stems = {ascii_fold(modifier)} | ({ascii_fold(modifier[:-1])} if linked else set())
    alternatives = "|".join(map(re.escape, stems))
    # ... or ends a word there: 'affaldsgebyret' beside the 'erhvervsaffald' and 'gebyret' of one task
    # (a modifier long enough to be a word of its own, not any word's ending)
    ending = "|".join(re.escape(s) for s in stems if len(s) >= MIN_ENDING_MODIFIER)
    ended = r"|\B(?:" + ending + r")(?:et|en|er|erne|ene|e)?\b" if ending else ""
    pattern = re.compile(r"\b(?:" + alternatives + r")" + ended, re.IGNORECASE)
    for task in list(index.task_postings.get(head, ()))[:MAX_HEAD_TASKS]:
        if any(pattern.search(ascii_fold(index.passages[p].text)) for p in index.task_passage_ids(task)):
            return True
    return False


def _split_misspelt(index: Index, word: str) -> tuple[str, str] | None:
    """A compound whose first part is misspelt ('superbrugerrkurset'): (the key of the word the tasks
    write one letter off the first part, at least six letters, the head's key), the head a known
    word of five letters or more."""
    if not 11 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    for cut in range(len(word) - 5, 5, -1):
        head = key(word[cut:])
        if head not in index.postings or len(head) < 4 or head in GENERIC_KEYS:
            continue
        for modifier in _modifiers(word, cut):
            fixed = index.correct_word(modifier) if modifier and len(modifier) >= 6 else None
            if fixed and fixed[1] >= 0.9 and not fixed[2]:
                return fixed[0], head
    return _misspelt_head(index, word)


def _misspelt_head(index: Index, word: str) -> tuple[str, str] | None:
    """A compound whose head is misspelt ('kontoplanmapingen'): (the modifier's key, a known word of four
    letters or more, the key of the word the tasks write one letter off the head, at least six letters);
    a head the glossary knows is a real word, no typo."""
    for cut in range(len(word) - 6, 3, -1):
        head = word[cut:]
        if key(head) in index.postings or glossary_knows(key(head)):
            continue
        if (modifier := _known_modifier(index, word, cut)) is None:
            continue
        fixed = index.correct_word(head)
        if fixed and fixed[1] >= 0.9 and not fixed[2] and fixed[0] not in GENERIC_KEYS:
            return modifier, fixed[0]
    return None


_TIME_CONCEPTS = frozenset({"when", "start", "end", "duration"})


def _asked_of_known(index: Index, word: str) -> tuple[str, str] | None:
    """A compound the tasks lack whose head is a word a question asks a time with ('frist', 'dato') and
    whose modifier the tasks know ('ansøgnings|fristen'): (the modifier's key, the head's key)."""
    if not 8 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    for cut in range(len(word) - 4, 3, -1):
        head = key(word[cut:])
        if not CONCEPTS.get(head, frozenset()) & _TIME_CONCEPTS or head in index.postings:
            continue
        if (modifier := _known_modifier(index, word, cut)) is not None:
            return modifier, head
    return None


def _modifiers(word: str, cut: int) -> tuple[str, str | None]:
    """A compound's first part before the cut, as written and without a linking -s- or -e- (None
    when it ends in neither)."""
    return word[:cut], word[:cut - 1] if word[cut - 1] in "se" else None


def _known_modifier(index: Index, word: str, cut: int) -> str | None:
    """The key of the compound's first part before the cut, as written or else without its linking -s- or
    -e-, when it has four letters or more and the tasks know it."""
    return next((key(modifier) for modifier in _modifiers(word, cut)
                 if modifier and len(modifier) >= 4 and key(modifier) in index.postings), None)


def split_compound(index: Index, word: str) -> tuple[str, str] | None:
    """A Danish compound the tasks only have in parts: (modifier key, head key), both known, each
    at least four letters, with an optional linking -s- or -e- ('datadelings|aftalen')."""
    # Each cut stems a suffix, so a long word costs its length squared; real compounds are far
    # shorter than 40 letters, and a pasted 5,000-letter "word" must not hold a worker for seconds.
    if not 8 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    for cut in range(len(word) - 4, 3, -1):
        head = _known_head(index, key(word[cut:])) or _deed_head(index, word[cut:])
        if head is None:
            continue
        if (modifier := _known_modifier(index, word, cut)) is not None:
            return modifier, head
    return None


# a deed's noun with its definite or plural ending ('meldingen', 'sorteringer'): its root, its ending
# ('foren|ing' is no deed's noun)
_DEED_NOUN = re.compile(r"(\w{3,}?)(ning|(?<!n)ing|else|sel)(?:en|er|erne)?")


def _deed_head(index: Index, head: str) -> str | None:
    """The key of the verb the tasks write for a compound's head that is the noun of a deed, the verb
    alone or with a two-letter particle ('fejl|melding' where the tasks say 'Fejl anmeldes', 'affalds|
    sortering' where they say 'sorteres'), as a word the tasks lack is found by its root."""
    if not _DEED_NOUN.fullmatch(head):
        return None
    verbs = [k for k in derivations(head) if len(k) > 3 and k not in GENERIC_KEYS]
    forms = (k for v in verbs for k in (v, *(p + v for p in _SHORT_PARTICLES)))
    return next((k for k in forms if k in index.postings), None)


def _known_head(index: Index, head: str) -> str | None:
    """The key the tasks write a compound's head with: the head itself, else the glossary's word for
    it ('affalds|spande': the tasks' 'beholder' for the everyday 'spand')."""
    if head in index.postings:
        return head
    return next((k for k in fallback_keys(head) if k in index.postings), None)

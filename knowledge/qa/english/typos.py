"""An English word typed wrong read as the word meant ('benfits' -> 'benefits', 'wich' -> 'which')."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.fold import (
    is_stop,
)
from knowledge.index import Index
from knowledge.qa.english.words import (
    _bases,
    _content,
    _english_word,
    _glossary_phrase,
    _known,
    _near_keys,
    _tables,
    _vocabulary,
)


def _misspelt(index: Index, word: str, *, around: tuple[str, ...] = (),
              others: tuple[str, ...] = ()) -> str | None:
    """The English word a lowercase word no list knows was most likely meant to be: one letter off
    (two from eight letters, a swap counting one), the only word that close, or of words as close that
    mean different things the one a task says with the question's `others`; None for a word the
    tasks or the word lists know, a short word or a stop word."""
    if len(word) < 4 or not word.isascii() or not word.isalpha() or is_stop(word) or _known(index, word):
        return None
    tables = _tables()
    if any(b in tables.frames or b in tables.dictionary or b in tables.glossary for b in _bases(word)):
        return None
    if word in tables.kin:
        return None  # a Danish word of the glossary ('frist', put in for 'due date'), no typo of 'first'

    if len(word) < 5 and not _english_word(word):
        return None  # 'tset': the tasks' own words mend it (knowledge/qa/analysis/)
    limit = 1 if len(word) < 8 else 2
    near = _vocabulary().get(word[0], ())
    hits = process.extract(word, near, scorer=OSA.distance, score_cutoff=limit, limit=4)
    best = [h[0] for h in hits if h[1] == hits[0][1]] if hits else []
    if len(best) > 1:  # 'user directry': the one of a phrase ('user directory', not 'directly')
        best = [b for b in best if any(_in_phrase(b, other) for other in around)] or best
    if len({_meaning(index, b) for b in best}) > 1:
        # 'who signs the contarct with Netvalg?': 'contract' ('aftale'), not 'contact', when a task says
        # the one meaning with the question's other words and no task the other as often
        best = _told_apart(index, best, others)
    if not best:
        return None  # none, or two as close that mean different things and no task tells them apart
    if (_english_word(word) or len(word) < 5) and not _swapped(word, best[0]):
        return None  # an English word of its own ('remote' is no typo of 'remove'), a short word
    return best[0]  # or two letters swapped ('sings' for 'signs'), which no word list knows


_OPENING_WH = ("who", "whom", "whose", "what", "when", "where", "which", "why", "how")


def _wh_typo(word: str) -> str | None:
    """The question word a question's misspelt first word is ('wich' -> 'which'): one letter off (a swap
    counting one) exactly one of them, and no English word of its own ('with'); 'hwo' is 'who' and 'how'."""
    low = word.casefold()
    if len(low) < 3 or not low.isascii() or not low.isalpha() or low in _OPENING_WH or _english_word(low):
        return None
    near = [w for w in _OPENING_WH if OSA.distance(low, w, score_cutoff=1) == 1
            and (low[0] == w[0] or _swapped(low, w))]
    if len(near) != 1:
        return None
    return near[0].capitalize() if word[:1].isupper() else near[0]


def _told_apart(index: Index, close: list[str], others: tuple[str, ...]) -> list[str]:
    """Of words as close to a typo that mean different things, the one whose meaning a task says with
    more of the question's other content words than any other's (as `_in_context` chooses a sense);
    none when no task or two as much."""
    keys = [found for w in others if w[:1].isalpha() and not is_stop(w.casefold())
            for found in [_near_keys(index, _meaning(index, w.casefold()) or w)] if found]
    said = {b: _said_in_passage(index, meaning, keys) for b in close if (meaning := _meaning(index, b))}
    top = max(said.values(), default=0)
    winners = [b for b, n in said.items() if n == top]
    return winners if top > 0 and len({_meaning(index, b) for b in winners}) == 1 else []


def _said_in_passage(index: Index, word: str, others: list[set[str]]) -> int:
    """How many of the question's other words one sentence says together with a word (a task may say
    both meanings of a typo somewhere: 'Kontakt hos Alarmo' and 'databehandleraftale med Alarmo')."""
    passages = {p for k in _near_keys(index, word) for p in index.postings.get(k, ())}
    holding = [{p for k in keys for p in index.postings.get(k, ())} & passages for keys in others]
    return max((sum(p in held for held in holding) for p in passages), default=0)


def _in_phrase(word: str, other: str) -> bool:
    """Whether a word and its neighbour make a phrase of the word lists ('user directory')."""
    phrases = (f"{other} {word}", f"{word} {other}")
    return any(p in _tables().dictionary or _glossary_phrase(p) for p in phrases)


def _swapped(typed: str, meant: str) -> bool:
    """Whether two neighbouring letters of a word are swapped ('sing' / 'sign', 'form' / 'from')."""
    return len(typed) == len(meant) and typed != meant and sorted(typed) == sorted(meant) \
        and OSA.distance(typed, meant) == 1


def _meaning(index: Index, word: str) -> str | None:
    """What an English word is read as, one form per glossary line ('signs', 'sign' -> 'underskrive')."""
    danish = _tables().frames.get(word) or _content(index, word, word)
    return _tables().kin.get(danish, (danish,))[0] if danish else None

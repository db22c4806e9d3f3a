"""A word with several meanings read as the one the tasks use together with the question's other words."""

from __future__ import annotations

from knowledge.fold import (
    is_stop,
)
from knowledge.index import Index
from knowledge.qa.english.words import (
    _bases,
    _danish_verbs,
    _glossary_phrase,
    _near_keys,
    _phrase_forms,
    _reachable,
    _tables,
)

_COPULAS = frozenset({"are", "is", "were", "was", "be", "been"})
# words after a participle that show it is no adjective of a noun ('signed by', 'sent to', 'approved yet')
_NOT_A_NOUN = frozenset({"by", "to", "in", "on", "at", "for", "with", "from", "before", "after", "and", "or",
                         "yet", "already", "still", "when", "if", "until", "into", "of", "as", "than", "off",
                         "out", "up", "over", "online", "electronically", "digitally", "manually",
                         "automatically", "correctly", "properly", "again", "now", "today", "here", "there",
                         "through"})


_VERB_PARTICLES = frozenset({"up", "out", "in", "on", "off", "over", "down", "back", "through", "away"})


def _senses(index: Index, english: str, *, held: bool = True) -> list[str]:
    """The Danish words of the dictionary for an English word that the tasks hold (with held=False,
    all of them), one per meaning ('enter': 'påføre', 'registrere', 'indtaste'; 'collected': 'samle',
    'hente', 'opkræve')."""
    tables = _tables()
    forms = _bases(english) if " " not in english else _phrase_forms(english)
    glossed = [g for form in forms for g in [_glossary_phrase(form) if " " in english
                                             else tables.glossary.get(form)] if g]
    found = [d for form in forms for d in tables.dictionary.get(form, ())] + glossed
    return list(dict.fromkeys(d for d in found if d.isalpha() and (not held or _reachable(index, d))))


def _said_with(index: Index, word: str, others: list[set[str]]) -> int:
    """How many of the question's other words one task says together with a word."""
    tasks = {t for k in _near_keys(index, word) for t in index.task_postings.get(k, ())}
    return sum(any(t in tasks for k in keys for t in index.task_postings.get(k, ())) for keys in others)


def _tasks_of(index: Index, keys: set[str]) -> set[str]:
    return {t for k in keys for t in index.task_postings.get(k, ())}


def _in_context(index: Index, out: list[str], single: list[tuple[int, str]], typed: dict[str, str]) -> None:
    """Of an English word's meanings the tasks hold, the one a task says with the question's other
    words ('who enters the rates': 'indtaster', said with 'takster'; not the first meaning, 'påfører',
    which another task uses): the tasks' own sense of the word, as a Danish asker would choose it. The
    rendering stays when a task says it with any of the question's other words (a common word such
    as 'kontrol' is said with more of them than the apt 'stikprøve'), unless it is never said with the
    rarest of them, the thing the question names, and another meaning is."""
    near: dict[str, set[str]] = {}  # (a word's task keys, looked up once: most words have one meaning)
    for i, english in single:
        senses = _senses(index, english)
        head = out[i] if out[i] in senses else _tables().kin.get(out[i], ("",))[0]
        unheld = _unheld_rendering(out[i], head, senses, _senses(index, english, held=False))
        if unheld and (others := _other_keys(index, out, i, near)):
            _held_sense(index, out, i, unheld, senses, others, typed, english)
            continue
        if len(senses) < 2 or head not in senses:
            continue  # one meaning, or a rendering of another table (frames, the glossary, a compound)
        senses = _same_class(head, senses, loose=True)  # 'who signs X' stays a verb where a task says 'skilt'
        others = _other_keys(index, out, i, near)
        if not others:
            continue
        rarest = min(others, key=lambda keys: len(_tasks_of(index, keys)))
        if not _said_with(index, head, [rarest]):  # 'the contract for the DPA': the task the
            # question's rarest word names says 'aftale', though another task's 'kontrakt' is signed too
            apt = [d for d in senses if d != head and _said_with(index, d, [rarest])]
            if apt:
                _read_as(out, i, head, max(apt, key=lambda d: _said_with(index, d, others)), typed, english)
                continue
        if out[i] != head or _said_with(index, head, others):
            continue  # the rendering is said with the question's words: the dictionary's order stands
        best = max(senses, key=lambda d: _said_with(index, d, others))
        if _said_with(index, best, others):
            _read_as(out, i, head, best, typed, english)


def _other_keys(index: Index, out: list[str], i: int, near: dict[str, set[str]]) -> list[set[str]]:
    """The task keys of the question's content words other than the i-th, as rendered now (`near` keeps
    each word's keys for the question)."""
    def keys_of(word: str) -> set[str]:
        if word not in near:
            near[word] = _near_keys(index, word)
        return near[word]
    return [keys for m, w in enumerate(out) if m != i and w[:1].isalpha() and not is_stop(w)
            for keys in [keys_of(w)] if keys]


def _same_class(head: str, senses: list[str], *, loose: bool = False) -> list[str]:
    """The meanings of the rendering's word class, verbs for a verb and nouns for a noun: the word's
    place in the question chose the class ('billing': 'regning', never the verb 'opkræve'). Loosely, only
    a verb keeps to its class, its other meanings any that may be an infinitive (the verb lists miss
    some: 'aflevere')."""
    verbs = _danish_verbs()
    if not loose:
        return [d for d in senses if (d in verbs) == (head in verbs)]
    kin = _tables().kin  # a participle ('registreret') is of its verb's class

    def verb(word: str) -> bool:
        return word in verbs or kin.get(word, (word,))[0] in verbs
    # a noun keeps every meaning: a Danish noun is often a verb too ('aftale'), and read as a verb of its
    # stem it still finds the noun ('the rat reports': 'anmelde')
    return [d for d in senses if verb(d) or d.endswith("e")] if verb(head) else senses


def _unheld_rendering(rendered: str, head: str, held: list[str], every: list[str]) -> str | None:
    """The meaning a word was rendered in ('rapporteret': 'rapportere') when the tasks hold none of
    its forms but hold another of its meanings; None otherwise."""
    if not held or head in held:
        return None
    return next((d for d in every if d not in held and (d == head or rendered == d or (
        d.endswith("e") and rendered.startswith(d[:-1]) and len(rendered) - len(d) <= 2))), None)


def _held_sense(index: Index, out: list[str], i: int, head: str, senses: list[str], others: list[set[str]],
                typed: dict[str, str], english: str) -> None:
    """A rendering no task holds ('set up': the glossary's 'oprette') read in a meaning the tasks do
    hold, when a task says it with the question's other words ('opsætte', said with 'nøgleskab'): a
    word the tasks never use cannot find the task that answers. A noun stays a noun ('billing' read as
    'regning' is not made the verb 'opkræve', which a sentence of the noun 'opkrævning' does not say)."""
    # (a participle, 'ændret' of 'changed', is of its verb's class)
    senses = _same_class(_tables().kin.get(head, (head,))[0], senses)
    if not senses:
        return
    best = max(senses, key=lambda d: _said_with(index, d, others))
    if _said_with(index, best, others):
        _read_as(out, i, head, best, typed, english)


def _read_as(out: list[str], i: int, head: str, sense: str, typed: dict[str, str], english: str) -> None:
    """The word at i read in another sense, inflected as it was ('registreret' -> 'optaget')."""
    rendered = out[i]
    ending = rendered[len(head) - 1:] if head.endswith("e") and rendered != head and \
        rendered.startswith(head[:-1]) else ""
    new = sense[:-1] + ending if ending and sense.endswith("e") else sense
    typed.setdefault(new, typed.get(rendered, english))
    out[i] = new

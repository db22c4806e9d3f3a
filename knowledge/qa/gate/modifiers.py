"""Whether an answer says only the first part of an asked compound the task tells apart."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.index import Index
from knowledge.qa.analysis import Question, unlinked
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import _QUOTING
from knowledge.qa.gate.words import _task_has_key, _title_keys
from knowledge.qa.types import Expect, cues

_TASK_KEYS = content_keys("opgaven opgave")


def _modifier_only(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår er evalueringsmødet?' is not answered by 'Evalueringen forelægges udvalget i september'
    in a task that writes 'evalueringsmødet' too: a sentence that says only the first part of an asked
    compound, whose rest is a word of its own it does not say apart either, speaks of that part's thing
    where the tasks tell the two apart (`_told_apart`). (A value asked for in Danish only; the rest may be
    the value's own noun, 'tilmeldingsfristen' for 'Tilmeldingen lukker 1. maj'; other inflections are no
    parts.)
    A compound the answer's task is titled by is what all its sentences speak of ('Værten er ..., der viser
    haletudser' in the task 'Haletudsedagen'): the task tells nothing apart from its own subject."""
    if q.lang != "da" or c.kind not in _QUOTING or not c.tasks:
        return False
    if q.expects is Expect.PARTY and _asked_one_opens(q, c.text):
        return False  # 'Værten er ... Poul Frøstrup, der viser haletudser' is said of the host asked about
        # ('hvem er vært på Haletudsedagen?'): its 'haletudser' is what the host shows, no other thing
    written = content_keys(c.text)  # (the module has a function `said`)
    titled = _title_keys(index, c)
    for t in q.tokens:
        if t.role != "word" or t.key in written or t.key in titled or \
                not _told_apart(index, c, t, anything=q.expects is Expect.ANY):
            continue
        for first in (k for k in t.alts if k in written):
            rest = _head_rest(index, t.key, first) or \
                (t.key.startswith(first) and _head_past_stem(index, t.surface, first))
            if rest and not any(k.endswith(rest) for k in written) and \
                    not cues(ascii_fold(t.surface.casefold())[len(first):].lstrip("se"), q.expects):
                return True
    return False


def _told_apart(index: Index, c: Candidate, t, *, anything: bool) -> bool:
    """Whether the tasks write the asked compound itself: the answer's task, or another task when the
    answer's does not ('labyrintvagterne' are written in one task; 'Labyrinten har 4 udgange' in another
    speaks of the labyrinth, not of its guards). A compound no task writes is the asker's own word for
    the thing ('labyrintbilletten' for 'Labyrinten koster 20 kr.'). A question that asks for no kind of
    value ('hvad skal labyrintvagterne have med?') has no value to tell by, and a task that writes the
    compound may speak of the part alone as short for it: only another task's compound tells apart.
    (Another task tells apart only the compound as the asker wrote it, not the head it was read as:
    'positionssystem', which no task writes, read as 'system'.)"""
    own = _task_has_key(index, c, t.key)
    elsewhere = key(t.surface.casefold()) == t.key and bool(index.task_postings.get(t.key))
    if anything:
        return not own and elsewhere
    return own or elsewhere


def _asked_one_opens(q: Question, text: str) -> bool:
    """Whether the text opens with the definite noun of the one a 'hvem er <X> ...?' question asks for
    ('Fotografen Henrik Fixgaard viser ...' for 'hvem er fotografen ved Fremkaldedagen?'): the sentence
    is about that one, who is named right there."""
    m = _OPENING.match(text)
    if m is None:
        return False
    opening = content_keys(m.group(1))
    return any(t.role == "word" and t.weight > 0 and set(t.keys) & opening for t in q.tokens) and \
        _ASKS_WHO_IS.match(q.text) is not None


_OPENING = re.compile(r"^[\W\d]*([A-ZÆØÅ][a-zæøå]{2,}(?:en|et|ne|erne))\b")
_ASKS_WHO_IS = re.compile(r"^\W*(?:hvem|who)\s+(?:er|var|is|was)\b", re.I)


def _head_rest(index: Index, whole: str, first: str) -> str:
    """The head that makes `whole` `first` and a word of its own ('evalueringsmod' = 'evaluering' + s +
    'mod'), '' for another ending of the same word ('kommunikation' / 'kommunik')."""
    if len(first) < 4 or not whole.startswith(first) or len(whole) - len(first) < 3:
        return ""
    rest = whole[len(first):]
    # (a head cut to a stop word is keyed apart when alone: 'møde' is 'mod_', fold._stem_key)
    return next((tail for tail in unlinked(rest)
                 if len(tail) >= 3 and (tail in index.postings or tail + "_" in index.postings)), "")


def _head_past_stem(index: Index, surface: str, first: str) -> str:
    """The head's key read from the asked word as written: a compound's key cuts its head short
    ('akvarievagterne' is keyed 'akvarievag', where 'vagterne' alone is 'vagt'), and may cut the first part
    otherwise than its own key does ('labyrintvagterne': 'labyrint' is keyed 'labyrin', which leaves
    't' before the head). Only a head of four letters or more the tasks write."""
    low = ascii_fold(surface.casefold())
    if len(first) < 4 or not low.startswith(first):
        return ""
    for cut in (0, 1, 2):
        for tail in unlinked(low[len(first) + cut:]):
            if len(head := key(tail)) >= 4 and (head in index.postings or head + "_" in index.postings):
                return head
    return ""

"""Whether a 'hvornår' question asks for an event's day, and whether an answer names a new means."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.qa.analysis import Question

# The heads of nouns for a thing held on a day ('opstartsmødet', 'superbrugerkurset', 'undervisningsdagen')
_EVENT_HEADS = tuple(ascii_fold(w) for w in "møde mødet kursus kurset kurser undervisning undervisningen "
                     "webinar webinaret workshop workshoppen seminar seminaret dag dagen træning træningen "
                     "uddannelse uddannelsen konference konferencen oplæring oplæringen".split())
# 'Hvornår er/bliver (det næste) X?': a question of the day a thing is (no modal: 'hvornår skal X være ...')
_WHEN_IS = re.compile(r"^\W*hvornaar\s+(?:er|bliver)\s+(?:der\s+)?(?:(?:den|det|de|et|en)\s+)?"
                      r"(?:(?:naeste|foerste|sidste|endelige|andet|anden)\s+)?(?P<noun>[a-z]+)\b")


def _event_date_asked(q: Question) -> bool:
    """'Hvornår er undervisningen af de frivillige?', 'hvornår er opstartsmødet?' (and 'when is the
    kick-off meeting?', read in its Danish words): the day a meeting or a course is held, which a task's
    own window ('skal være færdig 7 dage før go-live') does not give - the task is done by then, the day
    is not said."""
    if q.yesno or q.lang not in ("da", "en") or (q.lang == "en" and q.tasks):
        return False
    m = _WHEN_IS.match(ascii_fold(q.text.casefold()))
    return m is not None and m.group("noun").endswith(_EVENT_HEADS)


# a way or a means: 'sendt med almindelig post', 'via Serviceportalen', 'gennem Aula'
_MEANS = re.compile(r"\b(?:med|via|gennem|igennem)\s+(?:(?:en|et|den|det|de)\s+)?"
                    r"(?P<what>[\wæøåÆØÅ-]+)", re.I)


def _new_means(q: Question, text: str) -> bool:
    """The sentence names a way or a means the question does not ('sendt med almindelig post' for
    'hvordan får borgerne deres breve?'): it tells the asker something beyond the state reached."""
    asked = {k for t in q.tokens for k in t.keys}
    return any(not content_keys(m.group("what")) <= asked for m in _MEANS.finditer(text))

"""Whether a 'hvornår' question asks for an event's day, and whether an answer names a new means."""

from __future__ import annotations

import re
from datetime import date

from knowledge.dates import MONTHS_DA, MONTHS_DA_RE
from knowledge.fold import ascii_fold, content_keys
from knowledge.qa.analysis import Question

# The heads of nouns for a thing held on a day ('opstartsmødet', 'superbrugerkurset', 'undervisningsdagen')
_EVENT_HEADS = tuple(ascii_fold(w) for w in "møde mødet kursus kurset kurser undervisning undervisningen "
                     "webinar webinaret workshop workshoppen seminar seminaret dag dagen træning træningen "
                     "uddannelse uddannelsen konference konferencen oplæring oplæringen".split())
# 'Hvornår er/bliver (det næste) X?': a question of the day a thing is (no modal: 'hvornår skal X være ...')
# (or 'hvilken dato er X?', 'what date is X?' read so)
_WHEN_IS = re.compile(r"^\W*(?:hvornaar|(?:paa\s+)?hvilken\s+dato)\s+(?:er|bliver)\s+(?:der\s+)?"
                      r"(?:(?:den|det|de|et|en)\s+)?(?:(?:naeste|foerste|sidste|endelige|andet|anden)\s+)?"
                      r"(?P<noun>[a-z]+)\b")


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


# 'hvornår er X åbent?', 'hvad er åbningstiden på X?', 'when is X open?': the hours a place or service is open
_OPEN_ASKED = re.compile(r"\b(?:aaben|aabent|aabne|aabner|aabningstid\w*|open|opens|opening)\b")
# ... which a sentence says with an opening word ('Snetelefonen er åben 6.30-10.00', 'Åbningstid: 9-21')
_OPEN_SAID = re.compile(r"\b(?:aaben|aabent|aabne|aabner|aabnes|aabningstid\w*|lukker|lukket|lukkes|"
                        r"open|opens|closes|closed)\b")
# a thing held at a time ('Kurset holdes tirsdag ... kl. 16.30-19.00 i Ydby Forsamlingshus'): the hours are
# the event's, the place is only where it is held
_HELD = re.compile(r"\b(?:holdes|afholdes|foregaar|finder\s+sted|is\s+held|takes\s+place|"
                   # ... or held by someone: 'Kommunen kan holde Fyrdagen ... kl. 10-16 ved Det Gamle Lodshus'
                   r"holde|holder|afholde|afholder|hold|holds)\b")


def hours_of_an_event(q: Question, text: str) -> bool:
    """'Hvornår er Ydby Forsamlingshus åbent?' is not answered by 'Kurset holdes tirsdag den 13. marts kl.
    16.30-19.00 i Ydby Forsamlingshus': the hours of a thing held at the place are not the place's own
    opening hours, unless the sentence says what is open."""
    if q.yesno or not _OPEN_ASKED.search(ascii_fold(q.text.casefold())):
        return False
    folded = ascii_fold(text.casefold())
    held = _HELD.search(folded)
    return held is not None and not _OPEN_SAID.search(folded) and not _held_thing_asked(q, folded, held)


def _held_thing_asked(q: Question, folded: str, held: re.Match[str]) -> bool:
    """Whether what is held is what the question asks the hours of: 'hvad er åbningstiden for græskardagen?'
    - 'Græskardagen holdes lørdag ... kl. 11-16' (the subject before 'holdes'), 'hvad tid er Spiremarkedet
    åbent?' - 'Kommunen kan holde Spiremarkedet ... kl. 11-15' (the object right after an active 'holde'):
    the day is open while it is held, it is not a place it is held at."""
    if held.group(0) in _HOLDING:
        thing = m.group(1) if (m := re.match(r"\s+(\w+)", folded[held.end():])) else ""
    else:
        thing = re.split(r"[.;:!?\n]", folded[:held.start()])[-1]
    asked = {k for t in q.tokens if t.role == "word" for k in t.keys}
    return bool(content_keys(thing) & asked)


_HOLDING = frozenset(("holde", "holder", "afholde", "afholder", "hold", "holds"))


# 'hvornår er den næste sandslotskonkurrence efter 9. september 2028?', 'næste padledag efter 2028?': an
# occurrence after a day or a year (ascii-folded)
_NEXT_AFTER = re.compile(r"\b(?:naeste|next)\b.*\b(?:efter|after)\s+"
                         r"(?:(?P<day>\d{1,2})\.?\s+(?P<month>[a-z]+)\s+)?(?P<year>20\d\d)\b")
_MONTHS_FOLDED = tuple(ascii_fold(m) for m in MONTHS_DA)
_DATE_SAID = re.compile(rf"\b(?P<day>\d{{1,2}})\.\s*(?P<month>{MONTHS_DA_RE})\s+(?P<year>20\d\d)\b", re.I)


def not_after_asked(q: Question, text: str) -> bool:
    """'Hvornår er næste padledag efter 2028?' is not answered by 'Padledagen holdes søndag den 20. august
    2028': an occurrence asked after a day or a year needs a date after it, and every date the sentence
    gives is on or before it."""
    m = _NEXT_AFTER.search(ascii_fold(q.text.casefold()))
    if m is None:
        return False
    bound = _bound(m)
    said = [_date_of(d) for d in _DATE_SAID.finditer(text)]
    said = [d for d in said if d is not None]
    return bool(said) and bound is not None and all(d <= bound for d in said)


def _bound(m: re.Match) -> date | None:
    """The day asked after: a date written out, or the last day of a year asked alone."""
    year = int(m.group("year"))
    if m.group("day") is None:
        return date(year, 12, 31)
    month = m.group("month")
    if month not in _MONTHS_FOLDED:
        return None
    try:
        return date(year, _MONTHS_FOLDED.index(month) + 1, int(m.group("day")))
    except ValueError:
        return None


def _date_of(m: re.Match) -> date | None:
    try:
        month = MONTHS_DA.index(m.group("month").casefold()) + 1
        return date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None

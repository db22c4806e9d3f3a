"""Whether a task's goal answers a 'hvorfor' question."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.claimed_values import DENIAL_WORDS
from knowledge.qa.gate.contents import LABEL_LINE
from knowledge.qa.gate.reading import said
from knowledge.qa.name_kinds import _PLACED
from knowledge.qa.types import Expect
from knowledge.wording import label


def _goal_for_why(q: Question, c: Candidate) -> bool:
    """A task's goal (its Mål) is why the task is done: it answers 'hvorfor skal vi <the task>?' in any
    words (the fields intent gives it only when the question's words are the task's title)."""
    return q.expects is Expect.REASON and c.kind == "field" and \
        c.text.startswith((label("goal", "da") + ":", label("goal", "en") + ":"))


def use_described(q: Question, c: Candidate) -> bool:
    """'hvad bruges Manegen til?' is answered by the sentence that says what the thing is, with a 'hvor'
    clause of what is done in it ('Manegen er det fælles system, hvor kommunens cirkusskoler booker sale og
    udstyr', 'Kommunen har adgang til Falsbogen, app'en hvor bogbinderne deler tider'): the deed done in it
    is its use. The described word must be one the question names as the thing used."""
    if q.yesno or c.kind not in ("passage", "fact") or not _USE_ASKED.match(q.text):
        return False
    asked = {k for t in q.tokens if t.role == "word" for k in t.keys}
    first = said(c.text).strip().split("\n", 1)[0]
    return any(content_keys(m.group("thing")) & asked for m in _DESCRIBED.finditer(first))


# a thing named and then said what it is, with a 'hvor' clause of what is done in it: 'X er det fælles
# system, hvor ...', 'X er bookingsystemet, hvor ...', 'X, app'en hvor ...' (not 'hvor mange/længe ...',
# which asks; nor a bare 'X, hvor ...', whose 'hvor' may be a place any thing is in). The words after 'er'
# name what X is, a noun phrase: never a place phrase or a participle of where X is ('Lejeaftalen er gemt
# i ESDH-systemet, hvor ...', 'Tavlen er placeret i hallen, hvor ...': that 'hvor' is the place, no use;
# _PLACED, which the reading of what a name is shares)
_DESCRIBED = re.compile(rf"(?P<thing>[\w'’-]+)(?:\s+er\s+(?:(?:det|den|et|en)\s+)?"
                        rf"(?:{_PLACED}[\w-]+\s+){{0,2}}?{_PLACED}[\w'’-]+|,\s+(?:{_PLACED}[\w-]+\s+)?{_PLACED}[\w'’-]+),?\s+hvor\s+"
                        r"(?!(?:mange|meget|længe|ofte|tit|langt|stor|store)\b)\w+\s+\w+", re.IGNORECASE)


def use_denied(q: Question, c: Candidate) -> bool:
    """Whether 'hvad bruges X til?' or 'hvad viser X?' (what a thing is for, what it shows) meets a sentence
    that denies a use or says what follows a lack ('X må ikke bruges til reklamer', 'Uden aftalen kan
    bogbinderne ikke logge ind i X', 'Hvis ..., vises træerne ikke på X'): what X is not for is no use."""
    if q.yesno or c.kind not in ("passage", "fact", "consequence") or not _USE_ASKED.match(q.text):
        return False
    first = said(c.text).strip().split("\n", 1)[0]
    return bool(_DENIED.search(first))


# 'hvad bruges X til?', 'hvad anvendes X til?', 'hvad kan vi bruge X til?', 'hvad viser X?'
_USE_ASKED = re.compile(r"^\W*(?:hvad|what)\s+(?:(?:bruges|anvendes|benyttes|viser)\b|"
                        r"(?:kan|skal|må)\s+\w+\s+(?:bruge|anvende|benytte)\b.*\btil\W*$)", re.IGNORECASE)
# a denial or a lack ('uden aftalen ...')
_DENIED = re.compile(rf"\b(?:{DENIAL_WORDS}|uden|without)\b", re.IGNORECASE)


def use_unsaid(q: Question, c: Candidate) -> bool:
    """Whether 'hvad kan skiklubberne bruge X til?' meets only lines of X's terms ('Brugere: højst 60
    brugere pr. skiklub', 'Udvikler: Y', 'Pris: 1.870 kr.', '- Højst 25 brugere pr. gruppe'): how many may
    use it, who makes it and what it costs say nothing of what it is for. A label whose value is a clause
    of doing says a use, whatever the label ('Booking: grupperne booker lejrpladser i appen')."""
    if q.yesno or c.kind not in ("passage", "fact") or not _USE_ASKED.match(q.text):
        return False
    # (a lead line ending in ':' is the sentence the lines were read under, not a line of their own)
    lines = [line for line in said(c.text).split("\n") if line.strip() and not line.rstrip().endswith(":")]
    return bool(lines) and all(_says_terms(line) for line in lines)


def _says_terms(line: str) -> bool:
    """Whether a line says only a term of a thing: a bare limit ('- Højst 25 brugere'), or a label whose
    value is a number, an amount or a limit ('Pris: 900 kr.', 'Support: hverdage kl. 8-15') or a name
    ('Udvikler: Bålsted Data'); not a label whose value is a clause ('Kalender: grupperne ser hinandens
    ture'), nor a line of no label."""
    if _LIMIT_LINE.match(line):
        return True
    m = LABEL_LINE.match(line)
    if m is None or _PURPOSE_LABEL.fullmatch(m.group(1).strip()):
        return False  # ('Formål: Bådbooking' says a use, however short)
    value = re.findall(r"[^\W\d_][\w'’-]*", m.group(2))
    # a name, after a common noun or not ('Udvikler: firmaet Nord Data'), is no clause of doing
    named = len(value) > 1 and all(w[:1].isupper() for w in value[1:])
    return bool(re.search(r"\d", m.group(2))) or len(value) < _CLAUSE_WORDS or named or \
        all(w[:1].isupper() for w in value)


# labels that say what a thing is for
_PURPOSE_LABEL = re.compile(r"formål|funktion(?:er)?|anvendelse|brug|purpose|use", re.IGNORECASE)


# a bare limit line ('- Højst 150 brugere pr. værksted')
_LIMIT_LINE = re.compile(r"^[\s•*-]*(?:højst|mindst|maks\w*|op\s+til)\s+\d", re.IGNORECASE)
# the fewest words of a clause of doing (a subject, its verb and what it does: 'grupperne booker pladser')
_CLAUSE_WORDS = 3

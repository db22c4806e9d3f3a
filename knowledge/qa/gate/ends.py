"""Whether an answer says the end asked about, not only an end state or another thing's end."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold
from knowledge.index import Index
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.events import _new_means
from knowledge.qa.gate.reading import _QUOTING, said
from knowledge.qa.gate.sizes import asks_magnitude
from knowledge.qa.gate.words import _TITLE_CODE
from knowledge.qa.types import Expect, subject_does_asked

# 'hvad er målet med ...?', 'hvad skal vi opnå?', 'når vi er færdige': the asker asks the end state itself
# a passive with its agent: 'godkendt af teamlederen', 'udføres af Vej og Park'
_DONE_BY = re.compile(r"\b\w+(?:et|t|es|s)\s+af\s+\w", re.I)
_ASKS_AIM = re.compile(r"\b(?:form[aå]l\w*|m[aå]l(?:et|ene)?|resultat\w*|opn[aå]\w*|f[æa]rdige?|"
                       r"goals?|aims?|purposes?|objectives?|outcomes?|results?|achieve\w*|finished|done)\b",
                       re.I)


def end_state_only(index: Index, q: Question, c: Candidate) -> bool:
    """A task's goal or result ('Superbrugerne er udpeget og tilmeldt kurset', 'Breve til borgere med
    beskyttet adresse sendes sikkert') says the state the task ends in: it names no doer, way or content,
    so it does not answer a Danish hvem/hvad/hvordan question whose value the gate cannot type-check
    ('hvad skal superbrugerne lave?', 'hvem giver planlæggerne rettigheder?', 'hvordan kan man betale?'),
    unless the question asks that state itself or names the task. An English question too: its Danish
    rendering is read, and its own words for an aim ('what is the goal of X?')."""
    if c.kind not in _QUOTING or q.lang not in ("da", "en") or q.yesno or q.tasks or len(c.tasks) != 1 or \
            asks_magnitude(q) or q.expects not in (Expect.ANY, Expect.PARTY) or \
            _ASKS_AIM.search(f"{q.text} {q.asked or ''}"):
        return False
    text = said(c.text).strip()
    if _DONE_BY.search(text) or _new_means(q, text):
        return False  # 'Testrapporten er godkendt af teamlederen' names the doer, '... sendt med
        # almindelig post' the way
    if q.expects is Expect.PARTY and subject_does_asked(text, q.text):
        return False  # 'Skoler og foreninger kan booke hytterne' says who books them
    task = index.tasks[c.tasks[0]]
    return bool(text) and any(text in (field or "") for field in (task.goal, task.result))


# 'Hvornår slutter/lukker/udløber (den) X?': when a thing ends by itself, no modal ('hvornår skal X slutte?');
# 'hvor lang tid tager (en) X?': how long a thing lasts by itself
# 'hvornår starter/begynder X?', 'hvornår leveres X?' (a passive present), 'hvilken dato er X?': when a
# thing starts or happens by itself; the task's window is when the task is done, the day of the thing is
# its own
_ENDS = re.compile(r"^\W*(?:hvornaar\s+(?:slutter|ender|stopper|udloeber|lukker|ophoerer|afsluttes|starter|"
                   r"begynder|aabner|(?P<verb>[a-z]{3,}(?<!afslutt)(?<!ophoer)es))|hvilken\s+dato\s+er|"
                   r"hvor\s+(?:lang\s+tid|laenge)\s+(?:tager|varer))\s+"
                   r"(?:(?:den|det|de|en|et)\s+)?(?:at\s+)?(?P<noun>[a-z]+)\b")  # 'tager det at opstille X'


def _end_of_thing_asked(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår slutter sæsonen i vinterbadet?' asks when a thing ends by itself: a task's own window
    answers it only when the thing is the task's deed, its title's first word ('hvornår slutter
    migreringen?' - 'Migrering af sager'), not a thing the task is about ('Evaluer den første sæson',
    'Opstil kajakhotellerne' for 'kajaksæsonen'), nor the task or project named; a project named beside
    the thing ('sæsonen i vinterbadet') leaves the thing asked."""
    if q.yesno or q.tasks or len(c.tasks) != 1 or any("task" in t.concepts for t in q.tokens):
        return False  # ('how long does the contract task take?' asks the task's own length)
    m = _ENDS.match(ascii_fold(q.text.casefold()))
    if m is None or m.group("noun").startswith(("opgave", "projekt", "task")) or \
            m.group("noun") in ("det", "den", "de", "dette", "denne", "disse"):
        return False  # 'hvor lang tid tager det?' asks of what was named before
    if any(ascii_fold(q.tokens[p].surface.casefold()) == m.group("noun") for p in q.project_pos):
        return False  # 'hvornår slutter vinterbadet?' asks the project's end, which its tasks' windows say
    title = index.tasks[c.tasks[0]].title
    words = ascii_fold(_TITLE_CODE.sub("", title)).casefold().split()
    deed, noun = (words[0] if words else ""), m.group("noun")
    code = ascii_fold(title[:len(title) - len(_TITLE_CODE.sub("", title))]).casefold()
    if noun in _ASKERS or re.search(rf"\b{noun}\b", code):
        return False  # 'hvornår begynder vi?' asks when we start, 'hvornår starter TILSYN 5?' when the task
        # its code names does: the task's window says both
    named = [noun] + ([m.group("verb")] if m.group("verb") else [])  # 'hvornår sendes X?' - 'Send X'
    return not any(len(deed) >= 4 and (w.startswith(deed[:4]) or deed.startswith(w[:4])) for w in named)


# the asker's side as the one that starts or ends ('hvornår starter vi?')
_ASKERS = frozenset({"vi", "jeg", "i", "man", "kommunen", "we"})

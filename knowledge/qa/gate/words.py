"""Word tests the gate's checks share: the words that tell, the keys a task holds, its title's."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.index import Index
from knowledge.morphology import in_compound
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate

_TEXT_WORDS = re.compile(r"[\wæøåÆØÅ-]+")


def _telling(q: Question) -> frozenset[str] | None:
    """The keys of a Danish question's words that tell what it is about (None for an English one: its
    words are matched to the Danish text by meaning, not form)."""
    if q.lang != "da":
        return None
    return frozenset(k for t in q.tokens if t.role == "word" and t.weight >= KEY_WEIGHT for k in t.keys)


_STEP_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s", re.M)


def _shares(keys: set[str], asked: set[str]) -> bool:
    """Whether the text says an asked word, itself or in a compound ('aftalen' in 'databehandleraftalen',
    'arkivet' in 'arkivkontakter'); a compound asked for is not said by its head ('fagsystem', 'system')."""
    return any(in_compound(a, keys) for a in asked)


_TEXT_WORD = re.compile(r"[\wæøåÆØÅ-]+")


# A definite role noun right before a name (close apposition): 'af underdatabehandleren Pulsdata ApS'
_DEFINITE_END = re.compile(r"[a-zæøå](?:en|et|ne)$")


# A word weighs this much when the tasks use it rarely: it is what the question is about.
KEY_WEIGHT = 0.5


# Words of a time itself, no subject ('Frist: senest ...', 'go-live').
_TIME_WORDS = frozenset(content_keys("frist fristen deadline tidsfrist dato go-live golive idriftsættelse "
                                     "skal være ske være klar"))


def _title_keys(index: Index, c: Candidate) -> set[str]:
    """The words of the answer's task's id, code and title ('NemLog-in 2 – Tilslutningsaftale ...')."""
    if len(c.tasks) != 1:
        return set()
    task = index.tasks[c.tasks[0]]
    return content_keys(" ".join(x for x in (task.id, task.code or "", task.title) if x))


# a title that joins two things (compiled once, not per question)
_JOINED_TITLE = re.compile(r",|\bog\b|\band\b")


def _title_lists(index: Index, c: Candidate) -> bool:
    """Whether the answer's task's title names things side by side ('Opret lodder og venteliste')."""
    return len(c.tasks) == 1 and bool(_JOINED_TITLE.search(index.tasks[c.tasks[0]].title))


def _task_has_key(index: Index, c: Candidate, k: str) -> bool:
    return any(index.task_has(task, k) for task in c.tasks[:3])


def _task_has(index: Index, c: Candidate, t: Token) -> bool:
    return any(_task_has_key(index, c, k) for k in t.keys)


def _keys_in_task(index: Index, c: Candidate, t: Token) -> list[str]:
    """The keys of a question word the answer's task holds (its own key first; none when it holds none)."""
    return [k for k in t.keys if any(index.task_has(task, k) for task in c.tasks[:3])]


def _says_asked(keys: set[str], asked: set[str]) -> bool:
    """Whether the words say an asked one; 'Aftalen' refers to 'tilslutningsaftalen' by its head."""
    return _shares(keys, asked) or any(len(k) >= 4 and a.endswith(k) for k in keys for a in asked)


def _task_text(index: Index, c: Candidate) -> str:
    """The text of the answer's tasks (title and passages), where the answer itself names no number."""
    return "\n".join(index.passages[p].text for t in c.tasks[:3] for p in index.task_passage_ids(t))


# a title's code and label before its words: 'VIB 5 (Vinterbad) ', '(KAJ 2) ', 'SKK 06 - '
_TITLE_CODE = re.compile(r"^\W*(?:[A-ZÆØÅ]{1,6}\s?\d+\w?\)?\s*[–-]?\s*)?(?:\([^)]*\)\s*)?")

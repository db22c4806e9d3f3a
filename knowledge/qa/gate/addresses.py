"""Whether an answer says an address of what is asked, and the address line it is given with."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.parties import _STRANDED
from knowledge.qa.gate.reading import _ADDRESS_WORD, _QUOTING, _TO, said
from knowledge.qa.gate.words import KEY_WEIGHT, _shares, _task_text
from knowledge.qa.types import Expect
from knowledge.retrieval import title_keys


def _only_in_address(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår udløber kontrakten med KMD?' is not answered by a sentence that says 'kontrakt' only in
    a mail address ('kontrakt@kombit.dk'): a telling word of the question found only inside an address
    (unless the sentence names it by its role: 'hos leverandøren' where the task says who supplies)."""
    if q.expects in (Expect.MAIL, Expect.URL, Expect.PLACE) or c.kind not in _QUOTING:
        return False
    text = said(c.text)
    inside = content_keys(" ".join(_ADDRESS_WORD.findall(text)))
    if not inside:
        return False
    outside = content_keys(_ADDRESS_WORD.sub(" ", text))
    return any(t.pos in c.explained and t.weight >= KEY_WEIGHT and set(t.keys) & inside
               and not any(_shares(outside, {k}) for k in t.keys) and not _the_supplier(index, c, t, text)
               and not _names_the_task(index, c, t) and not _of_named_project(index, q, c, t)
               for t in q.tokens if t.role == "word")


def _of_named_project(index: Index, q: Question, c: Candidate, t: Token) -> bool:
    """Whether the question's word names the project the answer's tasks belong to ('the emergency alarms'
    for Nødkald), or what its one task's title is about ('the pilot' of 'Frivillig pilotdrift med ...'):
    the answer is about it whatever its address ('noedkald@kombit.dk', 'pilot@kombit.dk') says."""
    if len(c.tasks) == 1 and _shares(title_keys(index.tasks[c.tasks[0]].title), set(t.keys)):
        return True
    return t.pos in q.project_pos and bool(q.project_tasks) and bool(c.tasks) and \
        set(c.tasks) <= set(q.project_tasks)


def _names_the_task(index: Index, c: Candidate, t: Token) -> bool:
    """Whether the question's word is a name ('PlayCheck' of 'telefonnummeret til PlayCheck-supporten')
    that the answer's one task writes outside addresses ('... i appen PlayCheck fra ...'): the answer's
    'Support: support@playcheck.example, tlf. ...' is then that task's, about the thing named."""
    if len(c.tasks) != 1 or t.pos == 0 or not t.surface[:1].isupper():
        return False
    return any(set(t.keys) & content_keys(_ADDRESS_WORD.sub(" ", index.passages[pid].text))
               for pid in index.task_passage_ids(c.tasks[0]))


# 'hos leverandøren', 'leverandørens': the supplier by its role; 'leveres af X', 'Leverandør: X',
# 'X er leverandør': the supplier by its name
_SUPPLIER_ROLE = re.compile(r"\bleverandør(en|ens)\b", re.I)
_SUPPLIER_NAMED = re.compile(r"\bleveres\s+af\s+(?P<a>[A-ZÆØÅ][\wæøåÆØÅ-]*)|"
                             r"\bLeverandør\s*:\s*(?P<b>[A-ZÆØÅ][\wæøåÆØÅ-]*)|"
                             r"\b(?P<c>[A-ZÆØÅ][\wæøåÆØÅ-]*)(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*){0,2}\s+er\s+leverandør\b")


def _the_supplier(index: Index, c: Candidate, t: Token, text: str) -> bool:
    """Whether the answer names the question's word by the role 'leverandøren' and its task (one task)
    says that the word's bearer is the supplier."""
    if len(c.tasks) != 1 or not _SUPPLIER_ROLE.search(_ADDRESS_WORD.sub(" ", text)):
        return False
    return any(set(t.keys) & content_keys(next(g for g in m.groups() if g))
               for m in _SUPPLIER_NAMED.finditer(_task_text(index, c)))


def exact(q: Question, c: Candidate) -> bool:
    """Whether the answer says where as an address ('aftaler@kombit.dk'), not only a place ('til KOMBIT');
    for 'hvem skal X sendes til?', whom at the organisation ('til KOMBITs testkoordinator', or its mail)."""
    stranded = _STRANDED.search(q.text) if q.expects is Expect.PARTY else None
    if stranded and stranded.group(1).casefold() in ("til", "to"):
        return _WHOM_AT.search(said(c.text)) is not None or _ADDRESS.search(c.text) is not None
    return q.expects is Expect.PLACE and _ADDRESS.search(c.text) is not None


_WHOM_AT = re.compile(r"\b(?:til|to)\s+[\wæøåÆØÅ-]+(?:s|'s|’s)\s+[a-zæøå]", re.I)


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.")


def address_line(index: Index, q: Question, c: Candidate) -> str:
    """'Hvor sendes testresultatet hen?' answered by 'Send testresultatet til KOMBIT': the task's
    sentence with the address it goes to ('... sendes til KOMBIT på test@kombit.dk'), when one speaks
    of the same thing; '' when the answer has the address or the task has none."""
    if q.expects is not Expect.PLACE or exact(q, c) or len(c.tasks) != 1 or not _TO.search(said(c.text)):
        return ""  # ('driftes fra et datacenter i Ballerup' is where; no address goes with it)
    asked = {k for t in q.tokens if t.weight > 0.1 and t.role == "word" for k in t.keys}
    for pid in index.task_passage_ids(c.tasks[0]):
        text = index.passages[pid].text
        if _ADDRESS.search(text) and text not in c.text and _shares(content_keys(text), asked):
            return "\n" + text
    return ""

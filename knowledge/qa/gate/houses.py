"""Whether a party or contact answer is of the organisation asked about, not another house's."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.index import Index
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import _QUOTING, said


def _other_house(index: Index, q: Question, c: Candidate) -> bool:
    """A person or role asked for at a named organisation ('hvem er kontaktperson hos KOMBIT?', 'the
    contact at Nordsoft') is answered only by a sentence that names that organisation, or calls it the
    supplier in a task that names it: a contact in a sentence about another ('Løsningen leveres af
    Nordsoft; kontaktperson er Louise Dam') is theirs."""
    if c.kind not in _QUOTING or q.yesno:
        return False
    m = _AT_HOUSE.search(q.text)
    if m is None:
        return _own_role_of_another(q, said(c.text).split("\n", 1)[0])
    house = set(content_keys(m.group(1)))
    text = said(c.text).split("\n", 1)[0]
    if _SUPPLIER_WORD.search(text) and all(index.task_has(t, k) for t in c.tasks[:1] for k in house):
        return False  # 'Leverandørens kontaktperson er ...' in the task whose supplier is the house asked
    held = set(content_keys(text))
    return bool(house) and not any(h.startswith(k) or k.startswith(h) for k in house for h in held
                                   if min(len(h), len(k)) >= 3)


def _own_role_of_another(q: Question, text: str) -> bool:
    """A role asked at the municipality ('hvem er projektleder i kommunen?', 'vores kontaktperson') is not
    answered by the role at a named party ('Vejmålings projektleder er ...', 'projektleder hos Ungnet')."""
    if not _OWN_HOUSE.search(q.text):
        return False
    asked = {k for t in q.content() if t.weight > 0 for k in t.keys}
    for m in _ROLE_OF.finditer(text):
        owner, role = (m.group("owner"), m.group("role")) if m.group("owner") else (m.group("owner2"),
                                                                                   m.group("role2"))
        if set(content_keys(role)) & asked and not set(content_keys(owner)) & _OWN_KEYS:
            return True
    return False


# 'i kommunen', 'kommunens', 'vores', 'our', 'the municipality's': a role asked at the municipality itself
_OWN_HOUSE = re.compile(r"\b((i|hos|fra|for|ved) kommunen|kommunens|vores|vor|our|(in|at|of) the "
                        r"municipality|the municipality's)\b", re.I)
_OWN_KEYS = frozenset(content_keys("kommune kommunen kommunens"))
# 'Vejmålings projektleder', 'projektleder hos Ungnet': a role and the named party it belongs to
_ROLE_OF = re.compile(r"\b(?P<owner>[A-ZÆØÅ][\wæøåÆØÅ-]+?)(?:s|'s|’s|')\s+(?P<role>[a-zæøå][\wæøå-]+)|"
                      r"\b(?P<role2>[a-zæøå][\wæøå-]+)\s+(?:hos|fra|at|from)\s+(?P<owner2>[A-ZÆØÅ][\wæøåÆØÅ-]+)")


_SUPPLIER_WORD = re.compile(r"\b(leverandør\w*|supplier\w*|vendor\w*)\b", re.I)
# 'hos KOMBIT', 'at Nordsoft', 'i Skraldly' after a person's role: the organisation a role is asked at
_AT_HOUSE = re.compile(r"\b(?:kontakt\w*|projektleder\w*|konsulent\w*|contact\w*|person\w*)\s+"
                       r"(?:hos|at|from|fra)\s+([A-ZÆØÅ][\w-]*)")

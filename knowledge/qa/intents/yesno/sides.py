"""Before or after: whether the text puts the deadline on the other side of the question's moment."""

from __future__ import annotations

import re

from knowledge.fold import key
from knowledge.qa.intents.yesno.words import _CLAUSE_EDGE, _FINITE, _PASSIVE, _WORD

# 'før go-live', 'efter modtagelsen', 'before go-live': the side of a moment a deadline is on
_SIDE = re.compile(r"\b(før|inden|efter|before|after|prior to)\s+(?:at\s+)?([\wæøå-]+)", re.I)
_BEFORE = ("før", "inden", "before", "prior to")
_UNTIL = re.compile(r"\b(?:frem\s+til|indtil|helt\s+til|until|up\s+to)\s+([\wæøå-]+)", re.I)


def _side_clause(question: str, clauses: list[str]) -> str | None:
    """The one clause of the sentence whose subject has words of its own (no other clause's subject says
    them: 'kategori A', 'kategori C') that the question says, else None."""
    words = [set(_WORD.findall(_subject(c).casefold())) for c in clauses]
    asked = set(_WORD.findall(question.casefold()))
    told = [c for i, c in enumerate(clauses)
            if (words[i] - set().union(*(w for j, w in enumerate(words) if j != i))) & asked]
    return told[0] if len(told) == 1 else None


def _subject(clause: str) -> str:
    """The clause up to its first finite or passive verb."""
    verbs = (_FINITE.search(clause), _PASSIVE.search(clause))
    return clause[:min((m.start() for m in verbs if m), default=len(clause))]


def other_side(question: str, said: str) -> bool | None:
    """Whether the text puts the deadline on the other side of the moment the question names ('skal
    abonnementerne lukkes før go-live?' - 'senest 2 uger efter go-live'); None when it names both sides
    and not which is the question's."""
    said_sides = {key(m.group(2).casefold()): m.group(1).casefold().startswith(_BEFORE)
                  for m in _SIDE.finditer(said)}
    # 'kan søge på papir frem til 31. december': up to the moment, so not after it
    said_sides.update({key(m.group(1).casefold()): True for m in _UNTIL.finditer(said)})
    for m in _SIDE.finditer(question):
        moment = key(m.group(2).casefold())
        if moment not in said_sides:
            continue
        if len(clauses := [c for c in _CLAUSE_EDGE.split(said) if c.strip()]) > 1 and \
                len({b for c in clauses for b in _sides_of(c, moment)}) > 1:
            # 'Fejl af kategori A skal rettes før go-live; fejl af kategori C kan vente til efter go-live':
            # both sides, each said in a clause of its own thing; the clause of the question's thing
            # tells, and without one the sentence does not settle the side
            clause = _side_clause(question, clauses)
            return None if clause is None else other_side(question, clause)
        if said_sides[moment] != m.group(1).casefold().startswith(_BEFORE):
            return True
    return False


def _sides_of(text: str, moment: str) -> set[bool]:
    """The sides of the moment the text names (True: before it)."""
    return {m.group(1).casefold().startswith(_BEFORE) for m in _SIDE.finditer(text)
            if key(m.group(2).casefold()) == moment} | \
        {True for m in _UNTIL.finditer(text) if key(m.group(1).casefold()) == moment}

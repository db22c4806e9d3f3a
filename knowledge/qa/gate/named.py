"""Whether the evidence names a thing its project's tasks say is what the question's word names: a question
that asks by the kind ('hvornår lægger udvikleren listen ind i systemet?') speaks of the thing a sentence
names ('Trådspole Data lægger listen ind i Stingbogen ...'), where the tasks say 'Udvikler: Trådspole Data'
and 'Stingbogen er det fælles bookingsystem'; what they say a name is, is knowledge.qa.name_kinds' reading."""

from __future__ import annotations

import re

from knowledge.index import Index, names_kind
from knowledge.qa.analysis import Question, Token
from knowledge.qa.analysis.compounds import is_head
from knowledge.qa.candidate import Candidate
from knowledge.qa.name_kinds import definitions, group_of


def kind_named(index: Index, tasks: list[int], t: Token, evidence: set[str], *,
               in_task: bool = False) -> bool:
    """Whether the evidence names a thing its project's tasks say is what the question's word t names
    (the same word, or a kind of it: 'systemet' - 'Stingbogen er det fælles bookingsystem'). `in_task`:
    or the evidence's task names it ('Flammeskær Data lægger listen ind ...' in a task that says where)."""
    named = definitions(index)
    asked = set(t.keys)
    for group in {group_of(index, task) for task in tasks[:3]}:
        for d in named.get(group, ()):
            name, kind = d.name, d.kind
            if not any(k in asked or any(names_kind(k, a) for a in asked) for k in kind):
                continue
            if name <= evidence or (in_task and any(all(index.task_has(task, k) for k in name)
                                                    for task in tasks[:3])):
                return True
    return False


# The kinds of a thing a project names by a name of its own: 'systemet', 'bookingsystemet', 'appen'
# (their heads; a compound of one is the same kind)
_THING_KINDS = ("system", "app", "platform", "portal", "applikation", "program")
# the prepositions a thing's phrase opens with in a question and in the text alike, by what they say of it:
# where a deed is done ('i systemet' - 'i Græskarbogen'), and what an agreement or a task is for ('aftalen for
# appen' - 'Tilslutningsaftale til Storkebogen')
_IN = ("i", "ind", "på", "via", "in", "into", "on")
_FOR = ("for", "til", "to")
_PLACING = {word: group for group in (_IN, _FOR) for word in group}


def kind_of_undefined_name(index: Index, q: Question, c: Candidate, t: Token) -> bool:
    """Whether the question's word for a kind of thing ('i systemet', 'for appen') refers to the one name
    the answer or its task's title writes after the same preposition ('Dagen oprettes i Græskarbogen'),
    where no task of the project says what any name of that kind is (else kind_named() tells which, and a
    name of another is another thing): a project's own thing, named as its tasks name it."""
    kinds = [kind for k in t.keys for kind in _THING_KINDS if is_head(kind, k)]
    prep = _preposition_before(q, t)
    if not kinds or prep is None or len(c.tasks) != 1:
        return False
    group = group_of(index, c.tasks[0])
    defined = definitions(index).get(group, ())
    if any(is_head(kind, k) for d in defined for k in d.kind for kind in kinds):
        return False
    said_by = f"{c.text}\n{index.tasks[c.tasks[0]].title}"
    preps = "|".join(_PLACING[prep])
    return re.search(rf"(?<!\w)(?:{preps})\s+{_THING_NAME}", said_by) is not None


# A thing's own name, one word in capitals built as a definite noun ('Græskarbogen', 'Lanterneportalen'); no
# firm's ('hos Kaleche Udlejning'), organisation's ('til KOMBIT') nor place's ('i Rankeby', 'for Miljø')
_THING_NAME = r"[A-ZÆØÅ][a-zæøå]{4,}(?:en|et)\b(?!\s+[A-ZÆØÅ])"


def _preposition_before(q: Question, t: Token) -> str | None:
    """The preposition that opens t's phrase ('i' of 'i det fælles system'), past its article and up to two
    words that narrow it; None if another word comes first."""
    for other in reversed(q.tokens[max(0, t.pos - 4):t.pos]):
        word = other.surface.casefold()
        if word in _PLACING:
            return word
        if other.role != "word":
            return None
    return None

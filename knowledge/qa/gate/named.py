"""Whether the evidence names a thing its project's tasks say is what the question's word names: a question
that asks by the kind ('hvornår lægger udvikleren listen ind i systemet?') speaks of the thing a sentence
names ('Trådspole Data lægger listen ind i Stingbogen ...'), where the tasks say 'Udvikler: Trådspole Data'
and 'Stingbogen er det fælles bookingsystem'; what they say a name is, is knowledge.qa.name_kinds' reading."""

from __future__ import annotations

from knowledge.index import Index, names_kind
from knowledge.qa.analysis import Token
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

"""What the tasks say a name is: a label's value ('Udvikler: Trådspole Data' - Trådspole Data is the
udvikler) and a sentence that says what its opening name is ('Løjpebogen er appen, hvor ...',
'Stingbogen er det fælles bookingsystem for ...'). A question that asks by the kind ('hvornår lægger
udvikleren listen ind i systemet?') speaks of the thing a sentence names ('Trådspole Data lægger
listen ind i Stingbogen ...'). Read once per index, per project, from the facts and passages it holds."""

from __future__ import annotations

import re
from collections import defaultdict

from knowledge.fold import content_keys
from knowledge.index import Index, names_kind, on_build
from knowledge.qa.analysis import Token
from knowledge.qa.gate.why import _PLACED

# 'X er [det/den/en/et] [one or two words] <kind>' up to a comma, a full stop or a clause word: the kind
# is the last word ('Nodebogen er det fælles system til udlån ...' -> system). Without an article the
# kind must be definite ('Lygtebogen er systemet', 'Lærredbogen er app’en'); a placing participle
# ('Aftalen er placeret i ...') says where a thing is, not what it is (_PLACED).
_WORD = r"[\wæøåÆØÅ’'-]+"
_DEFINES = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>[A-ZÆØÅ]{_WORD}(?:\s+[A-ZÆØÅ]{_WORD})*)\s+er\s+"
    rf"(?:(?P<article>det|den|en|et)\s+)?(?P<phrase>(?:{_PLACED}{_WORD}\s+){{0,2}}{_PLACED}{_WORD})"
    r"(?=\s*(?:[,.;:]|$|\s(?:hvor|der|som|til|for|i|på|med|hos|fra|og)\b))", re.M)
_DEFINITE = re.compile(r"(?:en|et|’en|'en|n)$")


@on_build
def _read(index: Index) -> None:
    """Read once with the index, not by the first question that needs it."""
    _named(index)


def _named(index: Index) -> dict[str, list[tuple[frozenset[str], frozenset[str]]]]:
    """Per project (a task without one: its id), each name the tasks say is a kind: (name keys, kind keys)."""
    return index.kept("named_kinds", None, lambda: _build(index))


def _group(index: Index, task: int) -> str:
    t = index.tasks[task]
    return (t.project or "").casefold() or f"#{t.id}"


def _build(index: Index) -> dict[str, list[tuple[frozenset[str], frozenset[str]]]]:
    out: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    for entry in index.facts:
        name, kind = frozenset(entry.value), frozenset(content_keys(entry.fact.subject))
        if not entry.cell and _is_name(entry.fact.value) and name and kind:
            out[_group(index, entry.task)].append((name, kind))
    for pid in range(len(index.passages)):
        text = index.passages.text_of(pid)
        if " er " not in text:
            continue
        for m in _DEFINES.finditer(text):
            kind_word = m.group("phrase").split()[-1]
            if m.group("article") is None and not _DEFINITE.search(kind_word.casefold()):
                continue
            name, kind = frozenset(content_keys(m.group("name"))), frozenset(content_keys(kind_word))
            if name and kind and not name & kind:
                out[_group(index, index.passage_task[pid])].append((name, kind))
    return dict(out)


def _is_name(value: str) -> bool:
    """A label's value that names someone or something: capitalised words, no number ('Trådspole Data',
    not '1.870 kr. pr. måned' nor 'højst 60 brugere')."""
    return bool(value) and value[:1].isupper() and not any(ch.isdigit() for ch in value)


def kind_named(index: Index, tasks: list[int], t: Token, evidence: set[str], *,
               in_task: bool = False) -> bool:
    """Whether the evidence names a thing its project's tasks say is what the question's word t names
    (the same word, or a kind of it: 'systemet' - 'Stingbogen er det fælles bookingsystem'). `in_task`:
    or the evidence's task names it ('Flammeskær Data lægger listen ind ...' in a task that says where)."""
    named = _named(index)
    asked = set(t.keys)
    for group in {_group(index, task) for task in tasks[:3]}:
        for name, kind in named.get(group, ()):
            if not any(k in asked or any(names_kind(k, a) for a in asked) for k in kind):
                continue
            if name <= evidence or (in_task and any(all(index.task_has(task, k) for k in name)
                                                    for task in tasks[:3])):
                return True
    return False

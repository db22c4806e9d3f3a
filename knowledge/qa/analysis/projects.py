"""The project a question names ('... for KY?'): by its name, a misspelling or an inflected form."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from knowledge.fold import (
    ascii_fold,
    key,
    loose,
)
from knowledge.index import Index
from knowledge.qa.analysis.tokens import Question, Token
from knowledge.qa.types import names_value


def _find_project(index: Index, q: Question) -> None:
    """'hvem underskriver databehandleraftalen for KY?': the project's tasks, when it is one the
    knowledge base has and the question names no task."""
    if q.tasks:
        return
    for tok in q.content():
        if names_value(ascii_fold(tok.surface.casefold()), q.expects):
            continue  # 'telefonnummeret' names the value asked, no project Telefoni its first part spells
        found = project_tasks(index, q, tok)
        if found is not None and (tok.surface.isupper() or len(index.projects) > 1):
            tasks = frozenset(found)
            q.project_tasks = tasks if q.project_tasks is None else q.project_tasks | tasks
            q.project_pos.add(tok.pos)
            q.project_pos.update(_name_openers(index, q, tok, tasks))


def _name_openers(index: Index, q: Question, tok: Token, tasks: frozenset[int]) -> set[int]:
    """The words right before a project's word that open its name ('Den Fælles' of 'Den Fælles
    Sagsoversigt') and those after it that end it: part of the name, not words the answer must
    explain."""
    # (as typed, in any case: 'tabt arbejdsfortjeneste' is 'Tabt arbejdsfortjeneste')
    named = {ascii_fold(w.casefold()).rstrip("-‐–") for t in tasks if (p := index.tasks[t].project)
             for w in p.split()}
    out = set()
    for prv in reversed(q.tokens[:tok.pos]):
        if ascii_fold(prv.surface.casefold()) not in named:
            break
        out.add(prv.pos)
    # ... and the rest of it after the word that named the project ('tabt arbejdsfortjeneste', 'FK
    # Organisation'); not a numeral or code in capitals ('Fælles Sprog III'), which a text says beside a
    # name of its own ('«Fælles Sprog III i praksis»') and which is read as a name already
    for nxt in q.tokens[tok.pos + 1:]:
        if nxt.surface.isupper() or ascii_fold(nxt.surface.casefold()) not in named:
            break
        out.add(nxt.pos)
    return out


# Danish definite and genitive endings a project's name takes in a question ('Ydelsesindekset',
# 'Pladsanvisningens'), which the stemmer may not take off the way it did from the name itself.
_NAME_ENDINGS = ("ernes", "enes", "erne", "ene", "ets", "ens", "et", "en", "s")


def project_tasks(index: Index, q: Question, tok: Token) -> tuple[int, ...] | None:
    """The tasks of the project (or the code prefix, 'TOL-opgaverne') a question's word names."""
    if (k := _project_key(index, tok)) is not None:
        return index.projects[k]
    nxt = q.tokens[tok.pos + 1] if tok.pos + 1 < len(q.tokens) else None
    if tok.surface.isupper() and not tok.concepts and nxt is not None and "task" in nxt.concepts:
        return index.code_groups.get(loose(ascii_fold(tok.surface)))  # ('SD Løn' is a system's name)
    return None


def _project_key(index: Index, tok: Token) -> str | None:
    """The key of the project a question's word names: its own key, or for a name (capitalised)
    the key of the word without a definite or genitive ending ('Ydelsesindekset' is 'Ydelsesindeks')."""
    # a compound read as its head ('Datatilsynet' as 'tilsyn') names something more particular than the
    # project with the head for its name ('Tilsyn med dagtilbud')
    if tok.key in index.projects and not tok.read_by_head and _spelt_near(tok):
        return tok.key
    if (m := _PROJECT_SUFFIX.search(tok.surface)) is not None:  # 'Dokumentdelingsprojektet'
        name = tok.surface[:m.start()].rstrip("-")
        for k in (key(name.casefold()), key(name[:-1].casefold()) if name.endswith("s") else None):
            if k in index.projects:
                return k
    if (near := _misspelt_project(index, tok)) is not None:
        return near
    if not tok.surface[:1].isupper():
        return None
    for ending in _NAME_ENDINGS:
        if tok.surface.endswith(ending) and len(tok.surface) - len(ending) >= 4:
            stem = tok.surface[:-len(ending)].casefold()
            for k in (key(stem), _unsyncopated(stem)):
                if k is not None and k in index.projects:
                    return k
    return None


def _spelt_near(tok: Token) -> bool:
    """Whether a word the spelling made a project's name is written near enough to be that name: one
    letter off (two from eleven letters), as a misspelt project is ('Skolemad' is another compound
    than 'Skolemælk', two letters off it: a project no task has, not a typo)."""
    typed = tok.own_key
    if tok.match >= 1 or typed.startswith(tok.key):
        return True  # (a compound read by its first part, the project's name: 'køsystemaftalen')
    most = 1 if len(typed) < 11 else 2
    return OSA.distance(typed, tok.key, score_cutoff=most) <= most


def _unsyncopated(stem: str) -> str | None:
    """The key of a noun in -er, -el or -en whose definite form drops the e ('registret' is 'register',
    'centret' 'center', 'midlet' 'middel' aside): the stem with the e put back before its last letter."""
    if len(stem) >= 4 and stem[-1] in "rln" and stem[-2] not in "aeiouyæøå":
        return key(stem[:-1] + "e" + stem[-1])
    return None


def _misspelt_project(index: Index, tok: Token) -> str | None:
    """'boligstøtedata' for the project Boligstøttedata: a long word no passage has, a letter or two
    from the one word of exactly one project's name."""
    typed = key(tok.surface.casefold())
    if len(typed) < 7 or index.df(typed) or not typed.isalpha():
        return None
    most = 1 if len(typed) < 11 else 2
    near = {k for k in index.projects if " " not in k and k.isalpha() and abs(len(k) - len(typed)) <= most
            and OSA.distance(k, typed, score_cutoff=most) <= most}
    return near.pop() if len(near) == 1 else None


_PROJECT_SUFFIX = re.compile(r"(?<=[^\W\d_]{4})-?projekt(?:et|ets|erne|ernes|er)?$", re.IGNORECASE)

"""Who does what a task's title or one of its steps says it does: 'hvem kan opsætte kontaktstrukturen?'
when a task is titled 'Opsæt kontaktstruktur i …', or 'hvem udtrækker elevfilen?' when a step says
'Udtræk elevfilen fra skolesystemet', is answered by that task's recommended executor."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key, words
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.types import Expect, holds
from knowledge.wording import label, quote

# A title's code and theme before its first word: 'DP 6 – ', '(ADG 1) ', 'SA 12 (Print) '.
_TITLE_HEAD = re.compile(r"^\W*(?:\(?[A-ZÆØÅ]{2,6}[ -]?\d{1,4}[a-z]?\)?\s*(?:\([^)]*\))?\s*[–—:-]?\s*)?")
# Positions the deed may not be explained by: the framing of the question.
_FRAMING = ("who", "task", "executor", "method")


def deed(ctx: Context) -> list[Candidate]:
    index, q = ctx.index, ctx.q
    if q.tasks or not q.has("who") or q.has("sign", "responsible", "fact") or q.yesno:
        return []
    named = [t for t in q.content() if not t.concepts and t.pos not in q.project_pos]
    if len(named) < 2:
        return []  # a deed and what it is done to
    verb = _asked_verb(q)
    if verb is None or verb not in named:
        return []  # 'hvem skal have kortlægningen?' asks who gets it: no deed of a task's title
    found = []
    for t in _titled(ctx, verb.keys):
        if not q.allows(t) or not index.tasks[t].recommended_executor:
            continue
        title = content_keys(index.tasks[t].title)
        if all(any(k in title for k in tok.keys) for tok in named):
            found.append(t)
    found = list(dict.fromkeys(found)) or _stepped(ctx, verb, named)
    if len(found) != 1:
        return []
    task = index.tasks[found[0]]
    text = f"{label('executor', ctx.lang)}: {quote(task.recommended_executor, ctx.lang)}"
    explained = {t.pos for t in named} | q.concept_positions(*_FRAMING) | q.project_pos
    return [Candidate("field", text, found, explained, prior=0.9)]


# Words between 'hvem' and its verb: a modal, a pronoun, an auxiliary ('hvem skal vi sende ...').
_BEFORE_VERB = frozenset("skal kan bør må vil skulle kunne burde should can must will shall do does did "
                         "vi man jeg du i de we you they".split())


def _asked_verb(q):
    """The word right after 'hvem' and its modals and pronouns ('opsætte' in 'hvem kan opsætte X?')."""
    after = [t for t in q.tokens[1:] if t.surface.casefold() not in _BEFORE_VERB]
    return after[0] if after else None


def _titled(ctx: Context, verb_keys: tuple[str, ...]) -> list[int]:
    """Tasks whose title opens with the verb ('Opsæt kontaktstruktur …' for 'opsætte'): the task's
    own deed, not a word anywhere in its title."""
    deeds = _title_deeds(ctx.index)
    return [t for k in verb_keys for t in deeds.get(k, ())]


def _title_deeds(index) -> dict[str, tuple[int, ...]]:
    """Key of each title's first word -> the tasks, built on first use and kept with the index (an
    index is read-only once built, and a new knowledge base gets a new one)."""
    deeds = index.__dict__.get("_title_deeds")
    if deeds is None:
        found: dict[str, list[int]] = {}
        for t, task in enumerate(index.tasks):
            first = words(_TITLE_HEAD.sub("", task.title, count=1))[:1]
            if first:
                found.setdefault(key(first[0]), []).append(t)
        deeds = index.__dict__["_title_deeds"] = {k: tuple(v) for k, v in found.items()}
    return deeds


def _stepped(ctx: Context, verb, named) -> list[int]:
    """The tasks with a step that opens with the verb and, with the task's title, writes every other
    named word ('2. Lav vagtplanen for hele sæsonen' in 'Vinterberedskab og glatførevarsling' for 'hvem
    skal lave vagtplanen for glatførevarslingen?'): the task's own deed, as its title's is. Not when the
    step names a party of its own, or another sentence of the task uses the verb too: it may say who
    does it ('Filen udtrækkes af X')."""
    index, q = ctx.index, ctx.q
    found = []
    for t, pid in _step_deeds(index).get(verb.key, ()):
        if not q.allows(t) or not index.tasks[t].recommended_executor:
            continue
        step = index.passages.text_of(pid)
        if holds(Expect.PARTY, step, q.text):
            continue  # the step names its own party ('Gennemgå aftalen med kommunens DPO'): not the executor
        said = set(content_keys(step)) | set(content_keys(index.tasks[t].title))
        if not all(any(k in said for k in tok.keys) for tok in named if tok is not verb):
            continue
        if any(other != pid and index.passages.field_of(other) != "title" and index.passage_has(other, k)
               for other in index.task_passage_ids(t) for k in verb.keys) or _work_done_by(index, t, q):
            continue
        found.append(t)
    return list(dict.fromkeys(found))


# The keys of the verbs a sentence says who does a task's work with ('Arbejdet udføres af X', 'X varetager
# ...', 'gennemføres af', 'X står for / sørger for ...'): the recommended executor is then no answer.
_WORK_VERBS = frozenset({"udfor", "gennemfor", "star", "sorg"})


def _work_done_by(index, t: int, q) -> bool:
    """Whether a sentence of the task says a party does its work ('Arbejdet udføres af Grøn Anlæg A/S')."""
    return any(index.passages.field_of(pid) not in _FIELDS_OF_ROLES and
               any(index.passage_has(pid, k) for k in _WORK_VERBS) and
               holds(Expect.PARTY, index.passages.text_of(pid), q.text)
               for pid in index.task_passage_ids(t))


_FIELDS_OF_ROLES = frozenset({"title", "executor", "responsible", "involved"})


# A step's number before its first word: '2. ', '3) '.
_STEP_NUMBER = re.compile(r"^\W*\d{1,3}[.)]?\s*")


def _step_deeds(index) -> dict[str, tuple[tuple[int, int], ...]]:
    """Key of each step's first word -> (task, passage) of the steps, built on first use and kept with the
    index, as the titles' deeds are."""
    deeds = index.__dict__.get("_step_deeds")
    if deeds is None:
        found: dict[str, list[tuple[int, int]]] = {}
        for t in range(len(index.tasks)):
            for pid in index.task_passage_ids(t):
                if index.passages.field_of(pid) != "step":
                    continue
                first = words(_STEP_NUMBER.sub("", index.passages.text_of(pid), count=1))[:1]
                if first:
                    found.setdefault(key(first[0]), []).append((t, pid))
        deeds = index.__dict__["_step_deeds"] = {k: tuple(v) for k, v in found.items()}
    return deeds

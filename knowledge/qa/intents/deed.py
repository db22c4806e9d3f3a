"""Who does what a task's title says it does: 'hvem kan opsætte kontaktstrukturen?' when a task is
titled 'Opsæt kontaktstruktur i …' is answered by that task's recommended executor."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key, words
from knowledge.qa.candidate import Candidate, Context
from knowledge.retrieval import title_keys
from knowledge.wording import label, quote

# A title's code and theme before its first word: 'DP 6 – ', '(ADG 1) ', 'SA 12 (Print) '.
_TITLE_HEAD = re.compile(r"^\W*(?:\(?[A-ZÆØÅ]{2,6}[ -]?\d{1,4}[a-z]?\)?\s*(?:\([^)]*\))?\s*[–—:-]?\s*)?")
# Positions the deed may not be explained by: the framing of the question.
_FRAMING = ("who", "task", "executor", "method")


def deed(ctx: Context) -> list[Candidate]:
    index, q = ctx.index, ctx.q
    if q.tasks or not q.has("who") or q.has("sign", "responsible", "fact") or q.yesno:
        return []
    if _COUNTERPART_ASKED.match(q.text):
        return []  # 'hvem lejer vi køllevognen af?' asks whom we deal with, not which of us does it
    named = [t for t in q.content() if not t.concepts and t.pos not in q.project_pos]
    verb = _asked_verb(q)
    if verb is not None and verb.surface.casefold() in _MAKING:
        return _maker(ctx, verb, named)
    if len(named) < 2:
        return []  # a deed and what it is done to
    if verb is None or verb not in named:
        return []  # 'hvem skal have kortlægningen?' asks who gets it: no deed of a task's title
    found = []
    for t in _titled(ctx, verb.keys):
        if not q.allows(t) or not index.tasks[t].recommended_executor:
            continue
        title = content_keys(index.tasks[t].title)
        if all(any(k in title for k in tok.keys) for tok in named):
            found.append(t)
    found = list(dict.fromkeys(found))
    if len(found) != 1:
        return []
    task = index.tasks[found[0]]
    if _doer_written(ctx, found[0], verb.key):
        return []  # 'Instruksen vedtages af udvalget': the text says who does it, not the executor field
    text = f"{label('executor', ctx.lang)}: {quote(task.recommended_executor, ctx.lang)}"
    explained = {t.pos for t in named} | q.concept_positions(*_FRAMING) | q.project_pos
    return [Candidate("field", text, found, explained, prior=0.9)]


def _maker(ctx: Context, verb, named: list) -> list[Candidate]:
    """'hvem skal lave skabslisten?', 'hvem bør udfylde standerlisten?': a verb that only makes the thing a
    task is titled by (every word the question names stands in one task's title, which opens with the thing
    or with making it: 'Skabslisten', 'Udarbejd engoversigten') asks who carries out that task, its
    recommended executor; not when the text says who makes it ('Rutelogik udarbejder ruteplanen', 'Listen
    udfyldes af skolerne'), nor in a task titled by another deed with it ('Godkend ruteplanen')."""
    index, q = ctx.index, ctx.q
    named = [t for t in named if t.pos != verb.pos]  # ('lave' may weigh a little)
    if not named:
        return []
    found = [t for t, task in enumerate(index.tasks) if q.allows(t) and task.recommended_executor
             and all(set(tok.keys) & title_keys(task.title) for tok in named)]
    if len(found) != 1 or not _opens_with_thing(index.tasks[found[0]].title, named) or \
            any(_made_by_someone(index.passages.text_of(p), named) for p in index.task_passage_ids(found[0])):
        return []
    task = index.tasks[found[0]]
    text = f"{label('executor', ctx.lang)}: {quote(task.recommended_executor, ctx.lang)}"
    explained = {t.pos for t in named} | {verb.pos} | q.concept_positions(*_FRAMING) | q.project_pos
    # (surer than a sentence of the task that names the thing and some doer of another deed)
    return [Candidate("field", text, found, explained, prior=0.96)]


def _made_by_someone(said: str, named: list) -> bool:
    """Whether a sentence says who makes the asked thing: a doer's verb in a sentence that names the thing
    ('Klubformændene skal udfylde banefordelingsplanen'), not one about another thing of the task
    ('Borgerservice skal lave en aftale med vognmanden')."""
    makers = [m for m in _MADE_BY_SOMEONE.finditer(said)
              if not (_OURS_BEFORE.search(said[:m.start()]) and not _JOINED_AFTER.match(said[m.end():]))]
    return bool(makers) and any(set(t.keys) & content_keys(said) for t in named)


# Verbs that make or fill in a thing, saying no deed of their own: the task that the thing titles is the deed
# (the infinitive after a modal, 'hvem skal/bør lave X?': 'hvem laver X?' asks who does it now, which the
# text may say where the task's recommendation does not)
_MAKING = frozenset("lave udarbejde udfylde".split())
# the text says who makes a thing: any form of such a verb but the bare imperative of a step ('X udarbejder
# ...', '... udfyldes af', 'X skal udfylde ...', 'bliver udarbejdet af'), someone 'står for' something, or a
# line naming the doer ('Udfører: X'): the text's own doer, not the task's recommended executor, answers
_MADE_BY_SOMEONE = re.compile(r"\b(?:lav(?:e|er|es|et|ede)|udarbejd(?:e|er|es|et|ede)|udfyld(?:e|er|es|t|te)|"
                              r"står\s+for)\b|^\W*udfører\s*:", re.I | re.M)
# the municipality itself as the maker ('Kommunen udarbejder en maskinliste', 'Vi skal lave ...'): the
# tasks speak to it, so that says no one of it; which of its people makes the thing is the recommendation
# - only when it is the whole subject: not one of parties joined to it ('Leverandøren og kommunen
# udarbejder i fællesskab X', 'Leverandøren, kommunen ...', 'sammen med kommunen'), nor joined in the
# clause after the verb ('Kommunen udarbejder X sammen med leverandøren'): that text names the makers
_OURS_BEFORE = re.compile(r"(?<!\bog\s)(?<!\bsamt\s)(?<!\beller\s)(?<!\bmed\s)(?<!,\s)(?<!&\s)"
                          r"(?:\b(?i:kommunen|kommunerne|vi|man)|\bI)\s+(?:(?i:skal|må|kan|bør)\s+)?$")
_JOINED_AFTER = re.compile(r"[^.!?\n]*\b(?:sammen\s+med|i\s+samarbejde\s+med|i\s+fællesskab|"
                           r"med\s+hjælp\s+fra|bistået\s+af)\b", re.I)
_MAKE_IMPERATIVE = frozenset(verb[:-1] for verb in _MAKING)  # 'lav', 'udarbejd', 'udfyld'


def _opens_with_thing(title: str, named: list) -> bool:
    """Whether the title's first word (after its code) is the thing, or a verb of making it before it."""
    first = words(_TITLE_HEAD.sub("", title, count=1))[:2]
    if first and first[0].casefold() in _MAKE_IMPERATIVE:
        first = first[1:]
    return bool(first) and any(key(first[0]) in tok.keys for tok in named)


def _doer_written(ctx: Context, task: int, verb: str) -> bool:
    """Whether the task's text says who does the deed: the verb as a participle or passive with its
    doer after 'af' ('Instruksen vedtages af skole- og trafikudvalget', 'Få planen godkendt af X')."""
    index = ctx.index
    return any(key(m.group(1)) == verb for pid in index.task_passage_ids(task)
               for m in _BY_DOER.finditer(index.passages.text_of(pid)))


# a passive or a participle and the doer after it: 'vedtages af', 'godkendt af', 'udføres af' (not a noun
# and what it is of: 'Rettelse af ildstedsoplysninger')
_BY_DOER = re.compile(r"(\w+(?:s|t))\s+af\s+\w")


# A who-question whose own subject is us, asking the party at the end of the deed: 'hvem lejer vi X af?',
# 'hvem skal vi købe skiltene hos?', 'who do we rent it from?' (the executor is which of us does it)
_COUNTERPART_ASKED = re.compile(r"^\s*(?:hvem|who)\s+(?:\w+\s+){1,2}(?:vi|jeg|man|we|I)\s+.*?"
                                r"\b(?:af|hos|fra|til|med|from|to|with|at)\s*\??\s*$", re.IGNORECASE)

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

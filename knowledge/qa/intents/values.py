"""A value of a given kind in the task the question is about: 'hvad koster et brev i printløsningen?'
(the task's price sentence, 'Prisen er 0,45 kr. pr. brev'), 'hvilken mailadresse skal aftalen sendes
til?' (the sentence with the address), 'hvad er journalsystemets anvender-ID?'. The question's words
find the task; the sentence holding a value of the kind asked for, that shares most of the question's
other words, answers it. A name the question writes must stand in that sentence."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.morphology import in_compound
from knowledge.passages import ITEM, sentences
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.intents.costs import ASKS_COST
from knowledge.qa.messages import text as message
from knowledge.qa.titles import title_positions
from knowledge.qa.types import PLAIN, Expect, holds, names_value


def values(ctx: Context) -> list[Candidate]:
    q, index = ctx.q, ctx.index
    if q.expects not in PLAIN or q.yesno:
        return []
    refs = q.ref_positions()
    handled = refs | q.concept_positions("what", "which", "who", "task", "fact")
    if q.expects is Expect.PRICE:  # 'hvad koster ...', 'hvad er prisen ...': the kind of value, understood
        handled |= {t.pos for t in q.tokens if ASKS_COST.match(t.surface)}
    tasks, via = scope(ctx, handled)
    if len(tasks) != 1:
        return []
    task = tasks[0]
    named = title_positions(index, q, task) | refs
    scored, cued = _scored(ctx, task, handled, named)
    if cued:  # 'hvad er system-ID'et?': a sentence that says 'System-ID', not any code of the task
        scored = [sc for sc in scored if sc[1] in cued]
    if not scored:
        return []
    best = max(s[0] for s in scored)
    top = [s for s in scored if s[0] >= best - 1e-9]
    if len({index.passages[s[1]].text for s in top}) > 1:
        return []  # two sentences hold such a value equally: the question does not say which
    _, pid, hits = top[0]
    text = message("task_says", ctx.lang, said=ITEM.sub("", index.passages[pid].text))
    explained = hits | named | via | handled
    return [Candidate("passage", text, [task], explained, prior=0.9)]


def _scored(ctx: Context, task: int, handled: set[int],
            named: set[int]) -> tuple[list[tuple[float, int, set[int]]], set[int]]:
    """The task's sentences holding a value of the kind asked, each with how much of the question's other
    words it says (weight, passage id, positions), and those that say the words naming the kind."""
    q, index = ctx.q, ctx.index
    asked = [t for t in q.content() if t.pos not in handled]  # what it says beyond the kind and refs
    rest = [t for t in asked if t.pos not in named]
    names = [t for t in rest if t.pos > 0 and t.surface[:1].isupper()]
    topic = _topic(index.tasks[task])
    # not what the whole task is about
    own = [t for t in rest if not any(in_compound(k, topic) for k in t.keys)]
    cue = _cue(q)
    scored: list[tuple[float, int, set[int]]] = []
    cued: set[int] = set()
    for pid in index.task_passage_ids(task):
        passage = index.passages[pid]
        text = ITEM.sub("", passage.text)
        if passage.field == "title" or not holds(q.expects, text, q.text):
            continue
        said = content_keys(text)
        if cue & said:
            cued.add(pid)
        hits = {t.pos for t in asked if any(in_compound(k, said) for k in t.keys)}
        # in the task titled 'Databehandleraftale for X', 'Aftalen har nummeret ...' is about it
        hits |= {t.pos for t in asked if t.pos in named and any(
            len(s) >= 4 and k.endswith(s) for k in t.keys for s in said)}
        if any(t.pos not in hits for t in names + own):
            # 'Lars Bøghs telefonnummer' is not the number beside another name, nor is 'the mail of
            # the servicedesk' the mail of the sentence before the one about the servicedesk
            continue
        weight = sum(q.tokens[p].weight for p in hits)
        if asked and weight < 0.3:
            continue  # nothing of what the question asks about, beyond the task's name
        scored.append((weight, pid, hits))
    return scored, cued


def _cue(q) -> set[str]:
    """The keys of the question's words naming the kind of value ('system-ID'et' -> id, system)."""
    words = [t.surface for t in q.tokens if names_value(ascii_fold(t.surface.casefold()), q.expects)]
    return {k for w in words for part in re.split(r"[^\wæøå]+|(?<=\w)'", w.casefold()) if len(part) >= 2
            for k in content_keys(part)}


def _topic(task) -> set[str]:
    """What the whole task is about: the words of its title, goal and first sentence."""
    first = sentences(task.description.split("\n\n")[0])[:1] if task.description else []
    return content_keys(" ".join([task.title, task.goal or "", *first]))


"""The method steps of a task: one by number, the last, or all."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key, words
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context, implied, scope, which_task
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message
from knowledge.qa.titles import title_positions
from knowledge.wording import label, quote, say

_TASK_COMPOUND = re.compile(r"\w{3,}s?-?(?:opgave|opgaven|task)")
_STEP_WORDS = frozenset(key(w) for w in words("trin step steps skridt fremgangsmåde metode method procedure"))


def steps(ctx: Context) -> list[Candidate]:
    """'hvad er trin 3 i 433', 'sidste trin i 433', 'hvordan udføres eFaktura 8b?'"""
    q = ctx.q
    if q.step is None and not q.has("step", "method"):
        return []
    handled = _framing(q)
    # How sure the question asks for steps: a step number, a word for steps, or just "hvordan".
    wanted = _wanted(q)
    explicit = wanted is not None or any(t.key in _STEP_WORDS for t in q.tokens)
    if not explicit and q.has("if") and q.has("negation"):
        return []  # 'hvad gør vi, hvis leverandøren ikke når det?' asks what follows a failure, no method
    prior = 1.0 if wanted is not None else 0.92 if explicit or (q.tasks and not q.has("who")) else 0.75
    if wanted != q.step:  # 'hvad kommer efter trin 2?', 'næstsidste': the words that say which step
        for t in q.tokens:
            if t.surface.casefold() in _RELATIVE_WORDS or _PENULTIMATE.fullmatch(t.surface):
                t.match = max(t.match, 1.0)  # understood, though no task writes 'næstsidste'
                handled.add(t.pos)
    tasks, via = scope(ctx, handled)
    if wanted is not None and q.tasks:  # 'første trin i høstdagen (73229)': the title's words name the task
        via = via | {p for t in tasks for p in title_positions(ctx.index, q, t)}
    # a step's number asks for that step of the task its other words name, not for a sentence of it
    prior *= implied(q) if wanted is None or q.tasks else 0.95
    tasks = [t for t in tasks if ctx.task(t).method_steps]
    if not explicit and not q.tasks and len(tasks) == 1 and not _in_title_or_steps(ctx, tasks[0], handled):
        prior *= 0.9  # 'hvordan betales vognmændene?': what neither title nor steps say is not their method
    if not tasks:
        return [which_task(ctx, "step", "hvad er trin 3 i {id}" if wanted else "fremgangsmåde for {id}")]
    if wanted is None and explicit and q.has("which"):
        # (the words that found the task may say which step too: 'hvilket trin opsætter banerne?')
        picked = _which_step(ctx, tasks, handled | via) or _which_step(ctx, tasks, handled)
        if picked:
            return picked
    out_lines, found = [], True
    for t in tasks:
        line, here = _step_line(ctx, ctx.task(t), wanted)
        out_lines.append(line)
        found = found and here
    return [Candidate("step", "\n\n".join(out_lines), tasks, handled | via, found=found,
                      prior=prior if found else 0.6)]


def _framing(q) -> set[int]:
    """The positions of the words that ask for steps (and not for what a step says)."""
    handled = q.concept_positions("step", "method", "what", "which") | {
        t.pos for t in q.tokens if t.role == "number"}
    if q.has("method") and not q.has("who"):
        handled |= q.concept_positions("executor")  # "hvordan udfører vi 433?" asks for the method
    if q.tasks:  # 'trin 2 i testopgaven MP 4': the compound describes the task the question names
        handled |= {t.pos for t in q.tokens if _TASK_COMPOUND.fullmatch(t.surface.casefold())}
    if q.step is not None:  # 'hvad står der i trin 2?', 'what does step 2 say?': what the step says
        handled |= {t.pos for t in q.tokens if t.key in _SAYING}
    return handled


_SAYING = frozenset(key(w) for w in ("står", "stå", "siger", "sige", "says", "say"))


def _step_line(ctx: Context, task, wanted: int | None) -> tuple[str, bool]:
    """One task's answer: all its steps, the one wanted, or why it has none there (then False)."""
    q = ctx.q
    if wanted is None:
        head = f"{label('steps', ctx.lang)} ({say('task', ctx.lang)} {task.id}):"
        return head + "\n" + "\n".join(quote(f"{s.number}. {s.text}", ctx.lang)
                                        for s in task.method_steps), True
    step = _at(task, wanted)
    if step is None:
        count = len(task.method_steps)
        if wanted == 0:  # 'trinnet før trin 1'
            return message("step_none_before_first", ctx.lang, task=task.id), False
        return counted("step_missing", ctx.lang, count, task=task.id, n=count,
                       step=wanted if wanted > 0 else len(task.method_steps) + 1 + wanted), False
    if wanted != q.step and q.step is not None and q.step > 0:  # 'Efter trin 2 kommer trin 3: …'
        side = "step_after_named" if wanted > q.step else "step_before_named"
        return message(side, ctx.lang, named=q.step, number=step.number,
                       step=quote(step.text, ctx.lang)), True
    return f"{say('step', ctx.lang)} {step.number}: {quote(step.text, ctx.lang)}", True


# 'trinnet før trin 3', 'hvad kommer efter trin 2', 'the step before the last one', 'næstsidste trin'
_BEFORE = re.compile(r"\b(?:før|inden|forud for|forrige|foregående|before|preceding|previous)\s+"
                     r"(?:(?:det|den|the)\s+)?(?:trin|step|skridt|sidste|last)\b", re.I)
_AFTER = re.compile(r"\b(?:efter|after|following)\s+(?:(?:det|den|the)\s+)?(?:trin|step|skridt)\b", re.I)
_PENULTIMATE = re.compile(r"\b(?:næstsidste|naestsidste|second[- ]to[- ]last|penultimate)\b", re.I)
_RELATIVE_WORDS = frozenset("kommer komme næste forrige foregående før efter inden comes come next previous "
                            "preceding before after following".split())


def _wanted(q) -> int | None:
    """The step asked for: its number, counted from the end when negative (-1 the last), moved one
    back or on when the question asks for the step before or after the one it names."""
    if _PENULTIMATE.search(q.text):
        return -2
    if q.step is None:
        return None
    if _BEFORE.search(q.text):
        return q.step - 1  # (before the last, -1, is the one but last, -2)
    if _AFTER.search(q.text) and q.step > 0:
        return q.step + 1
    return q.step


def _at(task, wanted: int):
    """The task's step at a number, or counted from the end (-1 the last); None when it has none there."""
    if wanted is None or wanted == 0:
        return None
    if wanted < 0:
        return task.method_steps[wanted] if -wanted <= len(task.method_steps) else None
    return task.step(wanted)


def _which_step(ctx: Context, tasks: list[int], handled: set[int]) -> list[Candidate]:
    """'hvilket trin handler om trafikselskabet?': the one step of the task that says the question's
    other words (by what it says, not by its number); none when no step or several say them alike."""
    q = ctx.q
    framing = handled | q.ref_positions()
    rest = [t for t in q.content() if t.pos not in framing and t.weight > 0.1]
    if len(tasks) != 1 or not rest:
        return []
    task = ctx.task(tasks[0])
    total = sum(t.weight for t in rest)
    said = []
    for step in task.method_steps:
        keys = content_keys(step.text)
        matched = {t.pos for t in rest if any(same_thing(k, keys) for k in t.keys)}
        done = sum(t.weight for t in rest
                   if t.pos in matched and _said_as_deed(step.text, t, others=q.content()))
        said.append((sum(t.weight for t in rest if t.pos in matched), done, step, matched))
    said.sort(key=lambda x: (-x[0], -x[1]))
    best, done, step, matched = said[0]
    if best < 0.5 * total or (len(said) > 1 and said[1][0] >= best and said[1][1] >= done):
        return []
    text = f"{say('step', ctx.lang)} {step.number}: {quote(step.text, ctx.lang)}"
    return [Candidate("step", text, tasks, handled | matched | q.ref_positions(), prior=0.95 * implied(q))]


# The word before one that only describes or aims a thing: 'Send den underskrevne aftale', 'Modtag aftalen til
# underskrift' name the signing as the aftale's state or purpose, not as the deed the step does
_NOT_DONE_BEFORE = frozenset({"den", "det", "de", "en", "et", "the", "a", "til", "for"})
# how a Danish past participle ends ('underskrevet', 'underskrevne', 'godkendt', 'godkendte'), unlike the
# present 'underskriver' or the passive 'underskrives'; opening a step, not as an imperative may ('Opret')
_PARTICIPLE_ENDS = ("t", "ne", "de", "te")
_PARTICIPLE_ENDS_OPENING = ("vet", "ne", "de", "te", "dt")


def _said_as_deed(text: str, tok, *, others) -> bool:
    """Whether a step says the question's word as what it does ('Få aftalen underskrevet', 'Aftalen
    underskrives af X'), not only after an article or 'til' ('Send den underskrevne aftale', 'til
    underskrift'), nor as a participle before the question's other word ('Upload underskrevet aftale')."""
    written = re.findall(r"[\wæøåÆØÅ-]+", text)
    word_keys = [content_keys(w) for w in written]  # (each word keyed once, as written: 'IT' is no 'it')
    ws = [w.casefold() for w in written]
    other_keys = [k for o in others if o is not tok for k in o.keys]

    def describes(i: int) -> bool:  # a participle before the thing says its state: 'underskrevet aftale'
        ends = _PARTICIPLE_ENDS if i else _PARTICIPLE_ENDS_OPENING  # (not the thing before its participle:
        return i + 1 < len(ws) and ws[i].endswith(ends) and not ws[i + 1].endswith(_PARTICIPLE_ENDS) \
            and any(same_thing(k, word_keys[i + 1]) for k in other_keys)  # 'Få reglerne godkendt')

    return any(any(same_thing(k, word_keys[i]) for k in tok.keys)
               and (i == 0 or ws[i - 1] not in _NOT_DONE_BEFORE) and not describes(i) for i in range(len(ws)))


def _in_title_or_steps(ctx: Context, t: int, handled: set[int]) -> bool:
    """Whether every word the question asks the method of is said by the task's title or a step."""
    task = ctx.task(t)
    said = content_keys(task.title + " " + " ".join(s.text for s in task.method_steps))
    return all(any(k in said or any(s.startswith(k) or k.startswith(s) for s in said if len(s) >= 4)
                   for k in tok.keys)
               for tok in ctx.q.content()
               if tok.pos not in handled and tok.weight >= 0.5 and not tok.concepts)

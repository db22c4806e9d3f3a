"""A task's own fields settle it: its waves, its end date from go-live, its recommended roles."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.lexicon import wave_key
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.claimed_values import stated
from knowledge.qa.intents.yesno.exemptions import excepted
from knowledge.qa.intents.yesno.words import _PASSIVE_BY
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions
from knowledge.wording import label

# Words that only relate a task to a wave or a party: 'hører opgave 7 til bølge 2?', 'er X en del af ...?',
# 'gælder den også for bølge 3?', 'does task 7 belong to wave 2?'
_RELATING = frozenset(key(w) for w in "hører høre hore del indgår gælder omfatter omfattet også med "
                      "belong belongs "
                      "part included include includes apply applies also".split())


def _relating(tok) -> bool:
    """Whether a word only relates ('indgår', even when the tasks lack it and it was read as another)."""
    return tok.key in _RELATING or key(tok.surface.casefold()) in _RELATING


_WAVE_NAMED = re.compile(r"(?i:bølge|wave|b)\s*(\d+)|(?i:bølge|wave)\s+([A-Z])\b")  # 'Bølge 2', 'Bølge A'


def _wave(ctx: Context) -> list[Candidate]:
    """'Hører opgave 2301 til bølge 2?': the task's waves settle it (only for a question that asks
    nothing else of the task)."""
    q = ctx.q
    if q.wave is None or q.has("sign"):
        return []
    handled = (q.concept_positions("wave", "task", "status", "what") | q.ref_positions()
               | {t.pos for t in q.tokens if t.role == "number"})
    if len(q.tasks) != 1:
        return []
    task = ctx.task(q.tasks[0])
    wave_words = content_keys(" ".join([*task.waves, task.project or ""]))  # 'Vielsesbooking bølge 1'
    rest = [t for t in q.content() if t.pos not in handled | q.project_pos and not _relating(t)
            and t.pos not in title_positions(ctx.index, q, q.tasks[0]) and not set(t.keys) & wave_words]
    found = (n for w in task.waves for m in _WAVE_NAMED.findall(w) for n in m if n)
    numbers = {k for k in map(wave_key, found) if k is not None}
    if rest or not numbers:
        return []
    said = text("yes_wave" if q.wave in numbers else "no_wave", ctx.lang, task=task.id,
                waves=", ".join(task.waves))
    return [Candidate("yesno", said, list(q.tasks), {t.pos for t in q.tokens}, prior=1.0)]


# 'Skal opgave 7 være færdig før go-live?': the words that ask whether a task is done by a moment
_DONE = frozenset(key(w) for w in "færdig færdige afsluttet afsluttes gennemført gennemføres løst løses "
                  "udført udføres klar done finished completed complete ready slutte slutter ende "
                  "ender".split())
_GOLIVE_SIDE = re.compile(r"\b(før|inden|efter|before|after|prior\s+to)\s+(?:the\s+)?"
                          r"(go-?live|idriftsættelse\w*)\b", re.I)


def _task_end(ctx: Context) -> list[Candidate]:
    """'Skal BAR 4 være færdig før go-live?': the task's end date from go-live settles it (only for a
    question that asks nothing else of the task, and puts forward no number of days)."""
    q = ctx.q
    side = _GOLIVE_SIDE.search(q.text)
    if side is None or set(stated(q.text)) - {"side"}:
        return []
    done = {t.pos for t in q.tokens if set(t.keys) & _DONE or key(t.surface.casefold()) in _DONE}
    if not done:
        return []
    handled = done | q.concept_positions("task", "status", "what") | q.ref_positions()
    tasks, via = scope(ctx, handled)
    if len(tasks) != 1 or (offset := ctx.task(tasks[0]).end_offset_days) is None or offset == 0:
        return []
    golive = {t.pos for t in q.tokens if re.fullmatch(r"go-?live|idriftsættelse\w*", t.surface, re.I)}
    rest = [t for t in q.content() if t.pos not in handled | via | golive | q.project_pos
            and t.pos not in title_positions(ctx.index, q, tasks[0])]
    if rest:
        return []
    said = [ctx.index.passages[pid].text for pid in ctx.index.task_passage_ids(tasks[0])]
    if any(_GOLIVE_SIDE.search(s) and excepted(q.text, s) for s in said):
        return []  # 'skal nyansatte ... før go-live?' - '..., undtagen nyansatte': the text, not the end date
    before = side.group(1).casefold() not in ("efter", "after")
    days = abs(offset)
    note = text(f"note_end_{'before' if offset < 0 else 'after'}{'_1' if days == 1 else ''}", ctx.lang,
                days=days)
    verdict = text("yes" if (offset < 0) == before else "no", ctx.lang)
    said = text("yes_task_end", ctx.lang, verdict=verdict, task=ctx.task(tasks[0]).id, note=note,
                offset=offset)
    return [Candidate("yesno", said, tasks, {t.pos for t in q.tokens}, prior=1.0)]


# The recommended party of a task a question puts forward: 'er it-chefen ansvarlig for 433?'
_ROLE_FIELDS = {"executor": "recommended_executor", "responsible": "recommended_responsible"}


def _role(ctx: Context) -> list[Candidate]:
    """'Er it-chefen ansvarlig for EJD 02?', 'Er det jurister, der udfører 2301?': the task's recommended
    executor or responsible settles it when the question names the task and a party, and nothing else."""
    q = ctx.q
    fields = [f for f in _ROLE_FIELDS if q.has(f)]
    if len(fields) != 1 or len(q.tasks) != 1 or q.has("sign"):
        return []
    task = ctx.task(q.tasks[0])
    value = getattr(task, _ROLE_FIELDS[fields[0]]) or ""
    handled = (q.concept_positions(fields[0], "task", "status", "what") | q.ref_positions() | q.project_pos
               | title_positions(ctx.index, q, q.tasks[0]))
    party = [t for t in q.content() if t.pos not in handled and not _relating(t)]
    if not value or not party or len(party) > 3 or not all(t.role == "word" for t in party):
        return []
    have = content_keys(value)
    match = [t for t in party if set(t.keys) & have]  # 'it-chefen' is not 'Teknisk chef'
    if match and len(match) != len(party):
        return []  # 'er kommunens it-chef ...' - 'Kommunens jurist': a part of the party only
    if not match and len(party) > 1 and all(any(ctx.index.task_has(task_index, k) for k in t.keys)
                                            for t in party for task_index in q.tasks):
        return []  # 'er det Klubnet, der udfører migreringen?': the text says who does that, not the field
    if _deed_said_in_task(ctx, q.tasks[0], q.concept_positions(fields[0])):
        return []  # 'udfører migreringen?' - 'Migreringen udføres af Klubnet': the text says who does that
    for t in party:  # understood, whether the tasks name it or not: the field settles it
        t.match = max(t.match, 1.0)
    said = text("yes_role" if match else "no_role", ctx.lang, task=task.id, role=label(fields[0], ctx.lang),
                value=value)
    return [Candidate("yesno", said, list(q.tasks), handled | {t.pos for t in party}, prior=0.97)]


def _deed_said_in_task(ctx: Context, task: int, verbs: set[int]) -> bool:
    """Whether a sentence of the task says by whom the question's role verb is done to a thing the question
    names ('Er det Klubnet, der udfører migreringen?' - 'Migreringen udføres af Klubnet A/S'): that sentence,
    not the task's recommended executor, says who does the thing."""
    q, index = ctx.q, ctx.index
    asked = {k for p in verbs for k in q.tokens[p].keys}
    named = {k for t in q.content() if t.pos not in verbs for k in t.keys}
    for pid in index.task_passage_ids(task):
        said = ITEM.sub("", index.passages[pid].text)
        for m in _PASSIVE_BY.finditer(said):
            if key(m.group("verb").casefold()) in asked and content_keys(said[:m.start()]) & named:
                return True
    return False

"""Whether a task, or a thing in it, is obligatory: its priority and the sentences that say so."""

from __future__ import annotations

import re

from knowledge.extract import sentences
from knowledge.fold import content_keys, key, keys
from knowledge.language import US
from knowledge.passages import ITEM
from knowledge.priority import Weight, weight
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.intents.yesno.evidence_scope import _allowed, _inside
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.words import (
    _CLASSES,
    _CRITICAL,
    _DO_TASK,
    _MAY_WORDS,
    _NEGATION,
    _OPTIONAL,
    _OPTIONAL_CLASSES,
    YES_THRESHOLD,
)
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions
from knowledge.qa.types import is_number
from knowledge.retrieval import rank_passages
from knowledge.wording import label, quote

# Words asking whether a task must be done, or may be left: 'er 2303 et krav?', 'is task 7 required?',
# 'do we need to do task 7?', 'skal opgave 7 løses?', 'er BAR 7 frivillig?'
_MUST_WORDS = frozenset("krav kræves påkrævet påkrævede nødvendig nødvendigt obligatorisk obligatoriske "
                        "forpligtet forpligtede forpligtende pligt nødt behøver behøve mandatory required "
                        "necessary need needed "
                        "needs must skal obliged".split())


def _task_required(ctx: Context) -> list[Candidate]:
    """Whether a task itself must be done, settled by its priority on the obligatory / optional scale
    ('Obligatorisk' and 'Obligatorisk på kritisk vej' must, 'Valgfri' and 'Anbefalet' need not); another
    scale ('Prioritet 2') does not settle it."""
    q = ctx.q
    words = {t.pos: t.surface.casefold() for t in (*q.tokens,)}
    must = {p for p, w in words.items() if w in _MUST_WORDS}
    may = {p for p, w in words.items() if w in _MAY_WORDS}
    if not (must or may) or q.has("skip") or q.step is not None or len(q.tasks) > 1:
        return []
    asked = must | may | _for_us(q, must | may)  # 'frivillig for kommunen' is the task's own priority
    tasks = q.tasks or _titled_task(ctx, asked)
    if len(tasks) != 1:
        return []
    handled = (asked | q.ref_positions() | q.concept_positions("task", "what", "priority")
               | title_positions(ctx.index, q, tasks[0]))
    if any(t.pos not in handled and not set(t.keys) & _DO_TASK for t in q.content()):
        return []  # 'er det et krav, at testen sker i uge 36?' asks of a thing in the task
    doing = any(set(t.keys) & _DO_TASK for t in q.tokens)
    if must and not may and words.get(0) in ("skal", "must") and not doing:
        return []  # 'skal 2301 ...?' without 'løses/udføres' asks something else
    task = ctx.task(tasks[0])
    have = set(keys(task.priority or ""))
    if not have & (_CLASSES | _OPTIONAL_CLASSES):
        return []  # 'Prioritet 2' or none: the priority intent says what scale it is on
    required = not (have & _OPTIONAL_CLASSES and not have & _CRITICAL)
    yes = required if must and not may else not required
    said = text("yes_priority" if yes else "no_priority", ctx.lang, task=task.id, priority=task.priority)
    for p in must | may:  # understood: the priority settles them, whether the tasks use the word or not
        q.tokens[p].match, q.tokens[p].concepts = max(q.tokens[p].match, 1.0), frozenset({"priority"})
    return [Candidate("yesno", said, list(tasks), {t.pos for t in q.tokens}, prior=1.0)]


def _for_us(q, asked: set[int]) -> set[int]:
    """The positions of 'for kommunen', 'for os', 'for kommunerne' right after a word asking whether a task
    must be done: a task's priority is what it is for the municipality, so they ask nothing more."""
    words = [t.surface.casefold() for t in q.tokens]
    return {p for a in asked for p in (a + 1, a + 2)
            if a + 2 < len(words) and words[a + 1] in ("for", "to") and words[a + 2] in US}


def _titled_task(ctx: Context, asked: set[int]) -> list[int]:
    """'Er oplæringen et krav?', 'er vi forpligtet til at lave opgaven om klagevejledning?': the one
    task whose title says every word of the question but the asking ones; [] when no such task or
    several (a word outside the title asks of a thing in a task: 'er det et krav, at testen sker i uge
    36?')."""
    q, index = ctx.q, ctx.index
    framing = asked | q.concept_positions("task", "what", "priority")
    named = [t for t in q.content() if t.pos not in framing and not set(t.keys) & _DO_TASK]
    if not named or any(t.match < 1 for t in named) or any(is_number(t.surface) for t in q.tokens):
        return []  # ('... gennemføres af to personer?' asks of a count in the task)
    holding = {i for k in named[0].keys for i in index.task_postings.get(k, ())}  # (not every task)
    positions = {t.pos for t in named}
    found = [i for i in sorted(holding) if q.allows(i) and positions <= title_positions(index, q, i)]
    return found if len(found) == 1 else []


def _optional_thing(ctx: Context) -> list[Candidate]:
    """'Er workshoppen for sygeplejerskerne obligatorisk?': a thing in a task, not the task itself, is
    settled by the sentence that says it is optional ('Kommunen kan vælge at holde en workshop'): 'Nej';
    and 'er brandinspektionen frivillig?' by the one that says it is mandatory ('... er obligatorisk')."""
    q, index = ctx.q, ctx.index
    requiring = {t.pos for t in q.tokens if set(t.keys) & _REQUIRING}
    optional = {t.pos for t in q.tokens if t.surface.casefold() in _MAY_WORDS}
    if not requiring and not optional or requiring and optional:
        return []
    refs = q.ref_positions()
    asked = q.concept_positions("priority") | requiring | optional
    rest = [t for t in q.content() if t.pos not in refs | asked]
    if not rest:
        return []
    other_side = _OPTIONAL if requiring else _STEP_REQUIRED  # what the text says for a 'Nej'
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, skip=asked, limit=10, min_coverage=0.3)
            if _allowed(ctx, h.task)]
    for hit in hits:
        said = ITEM.sub("", index.passages[hit.pid].text)
        if not other_side.search(said) or _negated_where(other_side, said) or \
                index.passages[hit.pid].field not in _TEXT_FIELDS:
            continue  # ('... er ikke obligatorisk' says the same; the task's priority is the task's own)
        said = _named_before(index, hit.task, hit.pid)  # 'Modulet er frivilligt': which modul
        own = _inside(ctx, rest, hit, said)
        inside = own | title_positions(index, q, hit.task)
        if not own - title_positions(index, q, hit.task) or \
                sum(t.weight for t in rest if t.pos in inside) < YES_THRESHOLD * sum(t.weight for t in rest):
            continue
        for p in asked:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)
        return [Candidate("yesno", f"{verdict_head(ctx, holds_true=False)} {said}", [hit.task],
                          inside | refs | asked, prior=1.0)]
    return []


def _negated_where(side: re.Pattern, said: str) -> bool:
    """Whether a part of the sentence that says the class also negates ('... er ikke obligatorisk'); a
    negation of another coordinated part ('Tjenesten er frivillig for borgerne og koster ikke noget') is
    not the class's. A comma alone parts nothing: 'Det er ikke længere, som i 2023, frivilligt ...' negates
    past its aside."""
    return any(_NEGATION.search(part) for part in _PARTS.split(said) if side.search(part))


# Where coordinated parts of a sentence meet: 'og', 'men', 'mens' (after a comma or not), a semicolon; not
# a bare comma, which may set off an aside ('ikke længere, som i 2023, frivilligt')
_PARTS = re.compile(r";\s*|,?\s+(?:og|men|mens|and|but)\s+", re.I)

# The task's own text, where a thing in it is said to be optional or mandatory (not 'Prioritet: ...')
_TEXT_FIELDS = frozenset({"goal", "description", "step", "result", "checklist"})


def _priority(ctx: Context) -> list[Candidate]:
    q = ctx.q
    handled = q.concept_positions("priority", "task", "status", "what")
    asked = {k for t in q.tokens if "priority" in t.concepts for k in t.keys} - {"prioritet", "priorit"}
    critical = [t for t in q.tokens if set(t.keys) & _CRITICAL]  # 'obligatorisk på kritisk vej'
    asked |= {k for t in critical for k in t.keys if k in _CRITICAL}
    for t in critical:  # understood whether the tasks use the words or not: the priority settles it
        for word in q.tokens[t.pos:t.pos + 2]:
            if word is not t and word.key not in ("vej", "path"):
                continue
            word.match = max(word.match, 1.0)
            handled.add(word.pos)
    # which task: by the words other than the priority's ('er NemLog-in-opgaven på kritisk vej?')
    tasks, via = scope(ctx, handled)
    number = _priority_number(q)
    tasks = [t for t in tasks if ctx.task(t).priority]
    if len(tasks) != 1 or not (asked or number):
        return []
    task = ctx.task(tasks[0])
    if q.step is not None and q.step > 0 and not number:
        return _step_priority(ctx, task, tasks[0], asked, handled | via)
    have = set(keys(task.priority))
    if number:  # 'har 7003 prioritet 1?': the number decides
        handled |= {t.pos for t in q.tokens if t.surface == number}
        yes = number in re.findall(r"\d+", task.priority)
    else:  # 'obligatorisk' holds for 'Obligatorisk på kritisk vej', not the other way round
        yes = asked <= have or (bool(asked & have) and not asked & _CRITICAL)
    # 'er 8804 obligatorisk?' when its priority is 'Prioritet 2', 'prioritet 1?' when it is 'Valgfri':
    # the two scales say nothing of each other
    other_scale = not re.search(r"\d", task.priority) if number else not have & _CLASSES
    if not number and other_scale and have & _OPTIONAL_CLASSES and asked & _REQUIRING:
        other_scale, yes = False, False  # 'er BP 07 obligatorisk?' - 'Anbefalet' recommends, no more
    if not number and other_scale and asked & _OPTIONAL_CLASSES and not asked & _REQUIRING and \
            _not_marked_optional(ctx, tasks[0]):
        other_scale, yes = False, False  # 'er 4402 valgfri?' of a 'Prioritet 2' where others are 'Valgfri'
    if other_scale and not number and _said_optional(ctx, tasks[0], outright=True):
        # 'Færgedagen er valgfri og holdes ...' of a 'Prioritet 1': the text settles it, not its scale
        return []
    if other_scale:
        said = f"{text('not_settled', ctx.lang)}\n{label('priority', ctx.lang)}: {task.priority}"
        return [Candidate("yesno", said, tasks, handled | via, prior=1.0, found=False)]
    verdict = "yes_priority" if yes else "no_priority"
    said = text(verdict, ctx.lang, task=task.id, priority=task.priority)
    return [Candidate("yesno", said, tasks, handled | via, prior=1.0)]


def _not_marked_optional(ctx: Context, t: int) -> bool:
    """A numbered priority is not 'Valgfri' when it tops its scale ('Prioritet 1'), or when other tasks
    of its project are marked 'Valgfri' in the same field: that project's export then says optional by
    that value, and this task does not carry it. Alone on its scale, 'Prioritet 2' says nothing of being
    optional, nor does another project's 'Valgfri' (many authors, many scales), nor any priority of a
    task whose own text says it may be left."""
    task = ctx.task(t)
    if not re.search(r"\d", task.priority or "") or _said_optional(ctx, t):
        return False
    if weight(task.priority) is Weight.CRITICAL:
        return True
    return bool(task.project) and any(other.project == task.project and
                                      weight(other.priority) is Weight.OPTIONAL for other in ctx.index.tasks)


def _said_optional(ctx: Context, t: int, *, outright: bool = False) -> bool:
    """Whether the task's own text says it, or part of it, may be left ('Opgaven er valgfri for kommuner
    uden ...', 'Kommuner uden X kan fravælge opgaven'): its priority alone then settles nothing. With
    `outright`, only a sentence calling a thing optional with no condition after it ('Færgedagen er valgfri
    og holdes ...', not '... valgfri for kommuner uden X'), which settles it as the passage it is."""
    if outright:
        return any(ctx.index.passages[pid].field in _TEXT_FIELDS and _outright(ctx.task(t).title, said)
                   for pid in ctx.index.task_passage_ids(t) if (said := ctx.index.passages[pid].text))
    return any(ctx.index.passages[pid].field in _TEXT_FIELDS and
               any(not _DENIED.search(said[:m.start()]) for m in _LEFT_OUT.finditer(said))
               for pid in ctx.index.task_passage_ids(t) if (said := ctx.index.passages[pid].text))


def _outright(title: str, said: str) -> bool:
    """Whether the sentence calls the task's own thing optional with no condition after it: what it calls
    so is named in the title or is 'opgaven' ('Færgedagen er valgfri og ...' in 'Færgedagen'), and nothing
    denies or bounds it ('er ikke valgfri', '... valgfri for kommuner uden X')."""
    own = content_keys(title) | {key("opgave"), key("task")}
    return any(not _DENIED.search(said[:m.start()]) and not _CONDITION.match(said, m.end())
               and (subject := _CLAUSE_SUBJECT.search(said, 0, m.start())) is not None
               and own & content_keys(subject.group("noun")) for m in _OPTIONAL_WORD.finditer(said))


# the noun a clause opens on, its subject, before the class word ('Færgedagen er valgfri'; 'Smagningen ved
# bistaderne er valgfri' calls the tasting optional, not the task its title names)
_CLAUSE_SUBJECT = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:og|men)\s+)\W*"
                             r"(?:(?:den|det|de|denne|dette|hele|selve|the|this|the\s+whole)\s+)?"
                             r"(?P<noun>[^\W\d_][\w-]*)[^.;:!?]*$", re.I)


# a class word a sentence calls a thing by ('Færgedagen er valgfri'), and a condition or scope right after it
# ('frivillig' is left out: 'frivillige' are volunteers as often)
_OPTIONAL_WORD = re.compile(r"\b(?:valgfri\w*|optional)\b", re.I)
_CONDITION = re.compile(r"\s*,?\s*(?:for|hvis|når|medmindre|såfremt|uden|undtagen|men|if|unless|when|for|"
                        r"except|but)\b", re.I)


# a task or part of it that may be left out: 'Opgaven er valgfri for ...', 'kan fravælge opgaven', 'Analysen
# kan udelades, hvis ...' (not 'eventuelt', which says a thing may happen, not that it may be left)
_LEFT_OUT = re.compile(r"\b(?:valgfri\w*|frivillig\w*|kan\s+(?:selv\s+)?vælge|fravælg\w*|udelad\w*|"
                       r"springes\s+over)\b", re.I)
# a denial just before it: 'Opgaven kan ikke fravælges', 'er ikke valgfri'
_DENIED = re.compile(r"\b(?:ikke|ingen|aldrig)\s+(?:\w+\s+)?$", re.I)


def _step_priority(ctx: Context, task, t: int, asked: set[str], handled: set[int]) -> list[Candidate]:
    """'Er trin 3 i X obligatorisk?': the task's priority is not its steps'; a sentence naming the step
    and the class settles it ('Trin 3 er valgfrit for kommuner med …'), else it is not settled."""
    q = ctx.q
    handled = handled | {tok.pos for tok in q.tokens if tok.role == "number"}
    named = re.compile(rf"\b(?:trin|step|punkt)\s+{q.step}\b", re.IGNORECASE)
    for said in sentences(task.description or ""):
        if not named.search(said):
            continue
        optional, required = bool(_STEP_OPTIONAL.search(said)), bool(_STEP_REQUIRED.search(said))
        if optional != required:  # the sentence puts the step in one class
            yes = bool(asked & (_OPTIONAL_CLASSES if optional else _REQUIRING))
            head = text("yes_no_evidence", ctx.lang, verdict=text("yes" if yes else "no", ctx.lang))
            return [Candidate("yesno", f"{head} {quote(said, ctx.lang)}", [t], handled, prior=1.0)]
    said = f"{text('not_settled', ctx.lang)}\n{label('priority', ctx.lang)}: {task.priority}"
    return [Candidate("yesno", said, [t], handled, prior=1.0, found=False)]


_STEP_OPTIONAL = re.compile(r"\b(?:valgfri\w*|frivillig\w*|optional|kan\s+springes\s+over|"
                            r"can\s+be\s+skipped)\b", re.IGNORECASE)
_STEP_REQUIRED = re.compile(r"\b(?:obligatorisk\w*|påkrævet|mandatory|required)\b", re.IGNORECASE)

_REQUIRING = frozenset(key(w) for w in ("obligatorisk", "kritisk", "mandatory", "critical", "required"))


def _priority_number(q) -> str | None:
    """'prioritet 1', 'priority 2': the number the question puts forward."""
    for t in q.tokens[1:]:
        if t.surface.isdigit() and "priority" in q.tokens[t.pos - 1].concepts:
            return t.surface
    return None


_DEFINITE_OPENER = re.compile(r"^\W*([A-ZÆØÅ][a-zæøå]{2,}?)(?:erne|ene|et|en)\b")


def _named_before(index, task: int, pid: int) -> str:
    """The passage's sentence, after the sentence of the same field that names what its opening noun
    refers back to ('Kommunen kan tilkøbe et modul til lokalebooking. Modulet er frivilligt.')."""
    said = ITEM.sub("", index.passages[pid].text)
    m = _DEFINITE_OPENER.match(said)
    if m is None or pid - 1 not in index.task_passage_ids(task) or \
            index.passages[pid - 1].field != index.passages[pid].field:
        return said
    before = ITEM.sub("", index.passages[pid - 1].text)
    stem = m.group(1).casefold()
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # 'Lydanlægget': 'lydanlæg'
    return f"{before} {said}" if stem in before.casefold() else said

"""One field of a task: goal, result, priority, executor, responsible, related tasks, ..."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.models import Task
from knowledge.passages import sentences
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context, implied, scope, which_task
from knowledge.qa.intents.own_work import asks_who_handles
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message
from knowledge.qa.types import Expect
from knowledge.wording import join, label, quote, say, task_label

_FIELDS = ["goal", "result", "description", "priority", "project", "phase", "theme", "wave", "sts",
           "publication", "related", "involved", "executor", "responsible", "link", "title"]


def fields(ctx: Context) -> list[Candidate]:
    """'hvad er målet med 433?', 'hvem er anbefalet udfører på efaktura 8b?', 'hvad er 433?'"""
    q = ctx.q
    if (fields_asked := _asked(q)) is None:
        return []
    asked, why = fields_asked
    handled = _framing(q, asked)
    tasks, via = scope(ctx, handled)
    if tasks and not q.tasks and _deed_inside(ctx, tasks, asked, handled):
        return []  # 'hvem står for faktureringen?': the task's recommended role is for what its title names
    if why and (len(tasks) != 1 or not _titled(ctx, tasks[0], handled | via)
                or _restated(ctx.task(tasks[0]))):
        return []  # a why of something inside a task, or of no one task, is not its goal
    if not tasks:
        if q.has("which", "list"):
            return []
        return [which_task(ctx, "field", f"{label(asked[0], 'da').lower()} for {{id}}")]
    blocks, found = _blocks(ctx, tasks, asked)
    prior = (0.95 if asked != ["overview"] else 0.9) * _trust(ctx, tasks, asked, handled)
    kind = "overview" if asked == ["overview"] else "field"
    return [Candidate(kind, "\n\n".join(blocks), tasks, handled | via, found=found,
                      prior=prior if found else 0.6)]


def _trust(ctx: Context, tasks: list[int], asked: list[str], asking: set[int]) -> float:
    """Trust in the fields of the tasks found: a question for whom a task recommends that says the one
    task's title ('hvem skal stå for lån af X?' in 'Lån af X') names it as surely as its number does."""
    if len(tasks) == 1 and _recommended_doer_asked(ctx.q, asked) and \
            _says_title(ctx, ctx.task(tasks[0]), asking):
        return 1.0
    return implied(ctx.q)


def _says_title(ctx: Context, task: Task, asking: set[int]) -> bool:
    """Whether each of the question's words besides those asking (at least one) is a word of the title."""
    title = content_keys(task.title)
    rest = [t for t in ctx.q.content() if t.pos not in asking]
    return bool(rest) and all(set(t.keys) & title for t in rest)


def _asked(q) -> tuple[list[str], bool] | None:
    """The fields the question asks for, and whether it asks why (for the goal); None when it asks for no
    field of a task."""
    asked = [f for f in _FIELDS if f in q.concepts]
    if "project" in asked and q.has("golive", "when"):
        # 'what is the go-live date for the stilt project?': the project says of what, the time is asked
        asked.remove("project")
    if q.has("method") and not q.has("who"):
        asked = [f for f in asked if f != "executor"]  # "hvordan udfører vi ...": the method
    if "executor" in asked and not q.has("who") and q.expects is not Expect.PARTY and _done_passive(q):
        # 'ved hvilken temperatur kan coatingen udføres?' asks how the deed is done, not by whom
        asked = [f for f in asked if f != "executor"]
        if not asked:
            return None
    if "title" in asked and (not q.tasks and not q.has("task") or _named_other(q)):
        asked.remove("title")  # 'hvad hedder systemet, vi skal godkende?' asks a system's name
        if not asked:
            return None
    if asked and q.has("who") and q.expects is Expect.PARTY and not set(asked) & _PARTY_FIELDS:
        return None  # 'hvem måler forbruget?' asks who does it: the goal ('Mål: ...') names no one for it
    why = not asked and q.expects is Expect.REASON and not q.has("if", "negation", "consequence")
    if why:  # 'hvorfor skal vi teste ruteplanlægningen?': the goal of the task its title names
        asked = ["goal"]
    if not asked:
        if not q.tasks or q.step is not None:
            return None  # "who"/"what" alone needs a named task; anything else is for other handlers
        asked = ["executor", "responsible"] if q.has("who") else ["overview"]
    return asked, why


def _done_passive(q) -> bool:
    """Whether the word that asks for the executor is a passive ('udføres'): the deed being done."""
    return any("executor" in t.concepts and _PASSIVE.fullmatch(t.surface.casefold()) for t in q.tokens)


_PASSIVE = re.compile(r"\w{3,}es")


# The fields whose value is a party: a who-question asks only these of a task
_PARTY_FIELDS = frozenset({"executor", "responsible", "involved"})


def _framing(q, asked: list[str]) -> set[int]:
    """The positions of the words that ask for the fields (and not what the task is about)."""
    handled = q.concept_positions(*asked, "who", "what", "which", "task", "list", "step", "fact")
    # the words of the field's own label ('anbefales' for 'Anbefalet ansvarlig')
    said = {k for f in asked if f != "overview" for k in content_keys(label(f, "da"))}
    handled |= {t.pos for t in q.content() if said & set(t.keys)}
    if {"executor", "responsible"} & set(asked) and len(q.tokens) > 1 and q.has("which") and \
            _ROLE_NOUN.fullmatch(q.tokens[1].surface.casefold()):
        handled.add(1)  # 'hvilken rolle anbefales som ansvarlig?': the field's value is a role
    if q.has("who"):
        handled |= q.concept_positions("method")  # "hvem skal gøre 433?" asks who does it
    if {"executor", "responsible"} & set(asked):
        handled |= _at_municipality(q)
    return handled


def _at_municipality(q) -> set[int]:
    """The position of 'kommunen' in 'hos kommunen' / 'i kommunen' ('hvem står for SAEL 1 hos kommunen?'):
    a task's recommended executor and responsible are roles at the municipality, so it only says where."""
    return {t.pos for t in q.tokens[1:] if t.key in _MUNICIPALITY
            and q.tokens[t.pos - 1].surface.casefold() in ("hos", "i", "in", "at")}


_MUNICIPALITY = frozenset(content_keys("kommunen kommune municipality"))


def _blocks(ctx: Context, tasks: list[int], asked: list[str]) -> tuple[list[str], bool]:
    """Each task's lines for the fields asked, or the other role it names or that it lacks them (then
    False)."""
    blocks, found = [], True
    for t in tasks:
        lines = [_field_line(ctx, ctx.task(t), f) for f in asked]
        if all(line is None for line in lines) and (_recommended_doer_asked(ctx.q, asked) or
                                                    _handler_asked(ctx.q, asked)):
            # 'hvem bør stå for humlebidagen?' asks whom the task recommends: its executor, when it
            # recommends no one responsible ('hvem bør tage sig af X?' asks the executor already)
            lines = [_field_line(ctx, ctx.task(t), "executor")]
        if all(line is None for line in lines):
            # the other role is what the task does say, not who holds the one asked about
            found = False
            lines = [_other_role(ctx, ctx.task(t), asked) or _missing_field(ctx, ctx.task(t), asked)]
        shown = [line for line in lines if line]
        if len(tasks) > 1:
            shown.insert(0, f"{ctx.task(t).id}:")
        blocks.append("\n".join(shown))
    return blocks, found


def _recommended_doer_asked(q, asked: list[str]) -> bool:
    """Whether the question asks whom the task recommends to handle it ('hvem bør stå for X?'), not who
    answers for it ('hvem er ansvarlig for X?', 'hvem har ansvaret for X?') nor who does it now ('hvem
    står for X?' may be the one the text says holds it)."""
    return asked == ["responsible"] and q.has("who") and _RECOMMENDED.search(q.text) is not None and \
        not _ANSWERS_FOR.search(q.text)


def _handler_asked(q, asked: list[str]) -> bool:
    """Whether the question asks who handles a task it names ('hvem står for DRAG 3 i kommunen?'): the
    task's recommended executor answers it when it recommends no responsible (as the own work's answer
    to 'hvem står for DRAG 3?' says); a deed inside the task is read by _deed_inside before."""
    return asked == ["responsible"] and bool(q.tasks) and asks_who_handles(q.text)


# 'bør', 'burde', 'should' before the words of the duty: a recommendation is asked; so is 'skal' right
# before them ('hvem skal stå for X hos os?' asks whom the municipality is to put on it: the task's
# recommended role, not who the text says holds it now)
_RECOMMENDED = re.compile(r"\b(?:bør|burde|should)\b|\bskal\s+(?:stå|staa|tage\s+sig)\b", re.I)


def _deed_inside(ctx: Context, tasks: list[int], asked: list[str], handled: set[int]) -> bool:
    """Whether a question for who does a deed ('hvem står for / tager sig af faktureringen af X?')
    names, as a noun of a verb, a deed that the one task it found says but its title, goal and result
    do not name: the task's recommended role is for the task, not for each deed inside it."""
    if len(tasks) != 1 or not set(asked) <= {"executor", "responsible"} or \
            not (ctx.q.has("who") or ctx.q.expects is Expect.PARTY) or \
            _ANSWERS_FOR.search(ctx.q.text):
        return False  # who answers for a deed ('hvem er ansvarlig for X?') is the task's responsible
    task = ctx.task(tasks[0])  # what the task is for: its title, goal and result
    title = content_keys(" ".join(x for x in (task.title, task.goal, task.result) if x))
    # (a word for a labelled value is a deed too: 'hvem står for hostingen?' - 'Hosting: X' is not the task)
    rest = [t for t in ctx.q.content() if (t.pos not in handled or t.concepts == {"fact"})
            and t.pos not in ctx.q.project_pos]
    # (or as a verb after 'at': 'hvem står for at give sagsbehandlerne adgang?' in the task 'Bestil adgang')
    return any((_DEED_NOUN.search(t.surface.casefold()) or _after_at(ctx.q, t))
               and not any(same_thing(k, title) for k in t.keys) for t in rest)


def _after_at(q, t) -> bool:
    """Whether a lowercase word stands right after the infinitive marker 'at' (or 'to'): a verb."""
    return t.pos > 0 and t.surface.islower() and q.tokens[t.pos - 1].surface.casefold() in ("at", "to")


_ANSWERS_FOR = re.compile(r"\bansvar\w*|\bresponsib\w*|\bin charge\b|\baccountable\b", re.I)
# The endings of a noun that names a deed ('faktureringen', 'opsigelsen', 'bestillingen', 'overførslen')
_DEED_NOUN = re.compile(r"\w{3,}(?:ing|ning|else|sel|slen|ingen|ningen|elsen)$")


def _titled(ctx: Context, t: int, explained: set[int]) -> bool:
    """Whether the question's words are all the title of task t ('teste ruteplanlægningen' for
    'Test af ruteplanlægning'), or name it: its goal says why the task is done, not why any thing in it."""
    if t in ctx.q.tasks:
        return True
    title = content_keys(ctx.task(t).title)
    return all(set(tok.keys) & title or tok.pos in ctx.q.project_pos for tok in ctx.q.content())


def _restated(task: Task) -> bool:
    """A goal that only says the title is done ('Gamle abonnementer er lukket' for 'Luk gamle
    abonnementer') gives no reason."""
    return not task.goal or content_keys(task.goal) <= content_keys(task.title) | _DONE


_DONE = frozenset(content_keys("er har være blevet gennemført færdig klar"))


_ROLE_NOUN = re.compile(r"(rolle|role|funktion|stilling|person)(n|en|r|er|s)?")


def _named_other(q) -> bool:
    """'Hvad hedder projektlederen for opgaven?' asks the name of a person, not of the task: the word
    right after 'hedder' is another thing than the task."""
    for t in q.tokens:
        if "title" in t.concepts and t.pos + 1 < len(q.tokens):
            after = next((u for u in q.tokens[t.pos + 1:] if u.weight > 0 or u.concepts or u.role == "ref"),
                         None)
            return after is not None and after.role == "word" and not after.concepts and after.weight > 0.1
    return False


def _other_role(ctx: Context, task: Task, asked: list[str]) -> str | None:
    """Asked for the responsible but only the executor is given (or the other way round)."""
    pairs = {"responsible": ("executor", task.recommended_executor),
             "executor": ("responsible", task.recommended_responsible)}
    if len(asked) != 1 or asked[0] not in pairs or not pairs[asked[0]][1]:
        return None
    other, value = pairs[asked[0]]
    return f"{_missing_field(ctx, task, asked)} {label(other, ctx.lang)}: {quote(value, ctx.lang)}"


def _field_line(ctx: Context, task: Task, name: str) -> str | None:
    lang = ctx.lang
    if name == "overview":
        return _overview(ctx, task)
    if name == "executor" and task.recommended_executor:
        line = f"{label('executor', lang)}: {quote(task.recommended_executor, lang)}"
        if task.executor_comment:
            line += f"\n{label('executor_comment', lang)}: {quote(task.executor_comment, lang)}"
        return line
    value = _field_value(task, name, lang)
    if value is None or value == "" or value == []:
        return None
    return f"{label(name, lang)}: {quote(value, lang) if name not in ('sts', 'duration') else value}"


def _field_value(task: Task, name: str, lang: str) -> str | None:
    if name == "sts":
        if task.sts_infrastructure is None:
            return None
        return say("yes" if task.sts_infrastructure else "no", lang)
    if name == "duration":
        return None if task.duration_days is None else f"{task.duration_days} {say('days', lang)}"
    if name == "wave":
        return ", ".join(task.waves) or None
    if name == "related":
        return ", ".join(task.related_tasks) or None
    if name == "link":
        return ", ".join(link.url for link in task.links) or None
    if name == "description":
        first = sentences(task.description.split("\n\n")[0]) if task.description else []
        return " ".join(first[:2]) or None
    attr = {"executor": "recommended_executor", "responsible": "recommended_responsible",
            "involved": "involved_parties", "publication": "publication_status"}.get(name, name)
    return getattr(task, attr, None)


def _missing_field(ctx: Context, task: Task, asked: list[str]) -> str:
    names = join([label(a, ctx.lang).lower() for a in asked], ctx.lang, word="or")
    return message("field_not_stated", ctx.lang, task=task.id, names=names)


def _overview(ctx: Context, task: Task) -> str:
    lang = ctx.lang
    lines = [task_label(task)]
    if task.goal:
        lines.append(f"{label('goal', lang)}: {quote(task.goal, lang)}")
    meta = [f"{label(n, lang)}: {v}" for n in ("project", "priority", "wave")
            if (v := _field_value(task, n, lang))]
    if task.method_steps:
        n = len(task.method_steps)
        meta.append(counted("overview_steps", lang, n, n=n))
    if meta:
        lines.append(" · ".join(meta))
    return "\n".join(lines)

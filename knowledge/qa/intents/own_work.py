"""Your own work, from the workspace's progress (a `WorkView`): next steps, my tasks, what is missing,
overdue, not started, progress of a task, who is assigned, signatures, go-live dates. Lists are
sorted by urgency, leave completed tasks out and keep undated critical tasks in."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from enum import StrEnum

from knowledge.dates import format_date, golive_key
from knowledge.fold import ascii_fold
from knowledge.models import Task
from knowledge.priority import is_critical
from knowledge.qa.messages import counted, text
from knowledge.qa.types import GOLIVE_ANCHOR_WORDS
from knowledge.qa.work import Role, SignatureStatus, Status, TaskWork, UserRef, WorkView
from knowledge.wording import steps_text

Part = str | UserRef
Lines = list[list[Part]]
LIST_LIMIT = 12


class Own(StrEnum):
    GOLIVE = "golive"
    ASSIGNED = "assigned"
    SIGNED = "signed"
    MISSING_SIGNATURES = "missing_signatures"
    OVERDUE = "overdue"
    NOT_STARTED = "not_started"
    STARTED = "started"
    COMPLETED = "completed"
    MINE = "mine"
    NEXT = "next"
    MISSING = "missing"
    PROGRESS = "progress"


# Cues on the ascii-folded question, Danish and English; the first that matches names the intent.
_ME = r"(jeg|vi|mig|os|i|me|we|us)"
_LIST = r"\b(hvilke|which|what|list|alle|all|vis|show)\b.*\b(opgaver|opgaverne|tasks)\b.*"
_CUES: list[tuple[Own, re.Pattern[str]]] = [
    # 'hvornår er go-live for KY?', not 'hvor lang tid før go-live skal ...'; also 'hvad er go-live (dato) for
    # KY?', 'what is the go-live date for KY?', 'hvornår går KY i luften?', 'when do we go live with KY?'
    (Own.GOLIVE, re.compile(rf"^\W*(hvornaar|when|hvilken dato|what date|which date)\b"
                            rf"(?!.*\b{GOLIVE_ANCHOR_WORDS}\.?\s+go[ -]?live)"
                            r".*(\bgo[- ]?live\b|\bidriftsaet|\bgaar\b.*\bi luften\b)|"
                            r"(?<!foer )(?<!inden )(?<!efter )(?<!before )(?<!after )"
                            r"\bgo[- ]?live[- ]?(dato|datoen|date)\b|"
                            r"^\W*(hvad|what)\s+(er|is)\s+(the\s+)?go[- ]?live\s+(for|of)\b")),
    # not 'hvem er anbefalet ansvarlig for X?': the task's recommendation, a question for the tasks
    (Own.ASSIGNED, re.compile(r"\bhvem (er|har)( (?!anbefal)\w+)? (ansvarlig|udfoerer|udforer|tildelt)\b|"
                              r"\bhvem (udfoerer|udforer|arbejder paa|staar for|har ansvaret for)\b|"
                              r"\bwho( is|'s)( the)? (responsible|assigned|executor)\b|"
                              r"\bwho (works|is working|carries out|performs|owns)\b")),
    # not 'is the agreement signed by the IT manager?': who signs it, a question for the tasks
    (Own.SIGNED, re.compile(r"^\s*(er|is|has|have|har)\b.*\b(underskrevet|underskrevne|signed|modtaget|"
                            r"received)\b(?!\s+by\b)")),
    (Own.MISSING_SIGNATURES, re.compile(r"\b(mangler|missing|venter)\b.*\bunderskri|\bunderskri\w*\b.*"
                                        r"\bmangler\b|\bunsigned\b|\bmissing signatures?\b")),
    (Own.OVERDUE, re.compile(r"\b(forsinke\w*|overskred\w*|overdue|late|behind schedule|for sent)\b|"
                             r"\b(er|are) (vi|we|i)( \w+)? (bagud|behind)\b|\bbagud\b")),
    (Own.NOT_STARTED, re.compile(r"\bikke (paabegyndt|startet|begyndt|gaaet i gang)\b|"
                                 r"\bnot (yet )?(been )?(started|begun)\b|"
                                 r"\b(haven'?t|hasn'?t|have not|has not)( been| we| i| yet)* "
                                 r"(started|begun)\b")),
    # 'hvilke opgaver er fuldført / i gang?', 'which tasks have we finished?', not 'which tasks must be
    # completed before go-live?' (what the text asks for)
    (Own.COMPLETED, re.compile(_LIST + r"\b(er|are|is|have|has|har)( \w+){0,2} (fuldfoert\w*|faerdig\w*|"
                               r"afsluttet|afsluttede|lukket|lukkede|klaret|done|finished|completed?|closed)\b|"
                               r"\bhvad har (vi|i|jeg) (fuldfoert|lavet|klaret|afsluttet)\b|"
                               r"\bwhat have (we|i) (done|finished|completed)\b")),
    (Own.STARTED, re.compile(_LIST + r"\b(er|are|is|have|has|har)( \w+){0,2} (paabegyndt\w*|i gang|"
                             r"startet|begyndt|in progress|started|begun|underway|ongoing)\b")),
    (Own.MINE, re.compile(r"\b(mine|my) (opgaver|tasks)\b|\b(tildelt|assigned to) (mig|me)\b|"
                          r"\bhvilke opgaver har jeg\b|\b(er jeg|jeg er) tildelt\b|"
                          r"\bwhat am i (assigned|working on)\b|"
                          r"\bon my plate\b|\bwhat (tasks )?do i have\b")),
    (Own.NEXT, re.compile(r"\bnaeste (trin|skridt|opgave)\b|\bdet naeste\b|\bnext( step| task)?\b|"
                          r"\bhvad (skal|boer|maa) " + _ME
                          + r" (nu |saa )?(goere|lave|tage fat|arbejde med|gaa i gang)|"
                          r"\bwhat (should|do|must) " + _ME + r" (need to |have to )?(do|work on)\b")),
    (Own.MISSING, re.compile(r"\bhvad mangler " + _ME + r"\b|\bmangler vi\b|\bhvad er der tilbage\b|"
                             r"\bhvilke opgaver mangler\b|\bhvad er (stadig )?(aabent|udestaaende)\b|"
                             r"\bwhat'?s left\b|\bleft to do\b|\bwhat remains\b|\bremaining steps?\b|"
                             r"\bwhat (is|are) (still )?(left|missing|remaining|open|outstanding)\b")),
    (Own.PROGRESS, re.compile(r"\b(hvor langt|fremdrift|how far|progress)\b|^\s*(hvad er |what is |"
                              r"what's )?(status|state)( (paa|for|of|on)\b|\s*$)")),
]


# 'hvem godkender go-live datoen?' asks a party, not the workspace's go-live date
_ASKS_PARTY = re.compile(r"^\W*(hvem|who|whom)\b")


def own_intent(question: str) -> Own | None:
    folded = _asked_clause(ascii_fold(question))
    return next((own for own, cue in _CUES if cue.search(folded)
                 and not (own is Own.GOLIVE and _ASKS_PARTY.search(folded))), None)


# a question after a dash or colon that sets the scene: 'Vi er lidt bagud med listen – hvornår skal den være
# afsted?' asks when the list is due, not which tasks are late
_SCENE_THEN_QUESTION = re.compile(r"^.+?\s[-–—:]\s+(?=(?:hvornaar|hvad|hvem|hvor|hvilke\w*|when|what|who|how|"
                                  r"which)\b)", re.I)


def _asked_clause(folded: str) -> str:
    """The part of the question that asks: after a scene set before a dash or colon, the whole otherwise.
    ('Vi er bagud – hvilke opgaver er forsinket?' still asks which tasks are late.)"""
    return _SCENE_THEN_QUESTION.sub("", folded, count=1)


def cue_words(question: str, own: Own) -> str:
    """The words of the question that ask for this own-work intent ('hvad skal jeg gøre')."""
    folded = ascii_fold(question)
    return " ".join(m.group(0) for o, cue in _CUES if o is own for m in cue.finditer(folded))


# 'hvem står for X?': who handles X, whoever of the two roles does (not 'hvem har ansvaret for X?', which
# asks the responsible alone)
_HANDLES = re.compile(r"\bhvem\s+(?:\w+\s+)?sta+r?\s+for\b(?!.*\bansvar)")


def asks_who_handles(question: str) -> bool:
    """Whether the question asks who handles a thing ('hvem står for X?'), which either recommended role
    answers, not who answers for it ('hvem har ansvaret for X?')."""
    return _HANDLES.search(ascii_fold(question)) is not None


def _recommended(task: Task, role: Role) -> str:
    """The task's recommended holder of the role ('' when it names none)."""
    return (task.recommended_executor if role is Role.EXECUTOR else task.recommended_responsible) or ""


class Reply:
    """What an own-work intent says: lines of text and user references, the tasks it is about."""

    def __init__(self, lines: Lines, tasks: list[Task], *, found: bool = True):
        self.lines, self.tasks, self.found = lines, tasks, found


def answer_own(own: Own, view: WorkView, tasks: list[Task], all_tasks: list[Task], *, lang: str,
               question: str, golive_names: list[str]) -> Reply | None:
    """The answer to an own-work question, or None when it is a question for the tasks after all
    (e.g. 'hvem er ansvarlig for X' about no task, a go-live question naming no wave)."""
    w = _Words(view, lang)
    one = tasks[0] if len(tasks) == 1 else None
    if own is Own.GOLIVE:
        return w.golive_date(question, golive_names) if not tasks else None
    if own is Own.ASSIGNED:
        return w.assigned(one, question) if one else None
    if own is Own.SIGNED:
        return w.signatures(tasks or _signature_tasks(all_tasks, question), only_open=False)
    if own is Own.MISSING_SIGNATURES:
        return w.signatures(tasks or [t for t in all_tasks if t.signatures], only_open=True)
    if one is not None and own in (Own.NEXT, Own.MISSING, Own.PROGRESS):
        return w.progress(one)
    handlers: dict[Own, Callable[[list[Task]], Reply]] = {
        Own.OVERDUE: w.overdue, Own.NOT_STARTED: w.not_started, Own.MINE: w.mine, Own.NEXT: w.next_up,
        Own.MISSING: w.missing, Own.PROGRESS: w.overview, Own.STARTED: w.started, Own.COMPLETED: w.completed}
    return handlers[own](tasks or all_tasks)


def _signature_tasks(tasks: list[Task], question: str) -> list[Task]:
    """Tasks whose signed document the question names; all tasks with a signature when none."""
    folded = ascii_fold(question)
    signed = [t for t in tasks if t.signatures]
    named = [t for t in signed if any(ascii_fold(s.document) in folded for s in t.signatures)]
    return named or signed


def _loose_words(value: str) -> str:
    """A name's words folded loosely ('KY – Bølge 3' -> 'ky bolge 3'), dashes and signs as one space."""
    folded = ascii_fold(value).replace("oe", "o").replace("aa", "a").replace("ae", "a")
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


class _Words:
    """Own-work answers worded in one language."""

    def __init__(self, view: WorkView, lang: str):
        self.view, self.lang = view, lang
        self._work: dict[str, TaskWork] = {}

    def t(self, message: str, /, **values) -> str:
        return text(message, self.lang, **values)

    def work(self, task: Task) -> TaskWork:
        if task.id not in self._work:
            self._work[task.id] = self.view.work(task)
        return self._work[task.id]

    def urgency(self, task: Task) -> tuple:
        """Overdue first, then by end date, then undated critical tasks, then started before not."""
        w = self.work(task)
        overdue = w.end is not None and w.end < self.view.today
        started = w.status == Status.STARTED
        return (not overdue, w.end or date.max, not is_critical(task), not started, task.id)

    def summary(self, task: Task, w: TaskWork) -> str:
        shown = self.t(f"status_{w.status.value}")
        if not task.method_steps:
            return self.t("summary", status=shown)
        done = sorted(w.done_steps)
        total = len(task.method_steps)
        count = counted("steps_done", self.lang, total, done=len(done), total=total)
        if done and len(done) < len(task.method_steps):
            return self.t("summary_steps_which", status=shown, count=count, steps=steps_text(done, self.lang))
        return self.t("summary_steps", status=shown, count=count)

    def deadline(self, w: TaskWork) -> str:
        return self.view.deadline_text(w.end, lang=self.lang) if w.end else ""

    def progress(self, task: Task) -> Reply:
        w = self.work(task)
        lines: Lines = [[self.t("task_summary", task=task.id, summary=self.summary(task, w))]]
        todo = [s.number for s in task.method_steps if s.number not in w.done_steps]
        if todo and w.status != Status.DONE:
            step = task.step(todo[0])
            lines.append([self.t("next_step", number=step.number, text=step.text)])
        if w.end and w.status != Status.DONE:
            lines.append([self.t("deadline", when=self.deadline(w))])
        for sig in w.signatures:
            state = self.t("sig_" + sig.status.value)
            lines.append([self.t("signature", document=sig.document, state=state)])
        return Reply([*lines, self.people(w)], [task])

    def people(self, w: TaskWork) -> list[Part]:
        parts: list[Part] = []
        for role in (Role.RESPONSIBLE, Role.EXECUTOR):
            parts += [" · "] if parts else []
            label = self.t("role_label", role=self.t(f"role_{role.value}"))
            who = w.assignees.get(role)
            parts += [label, UserRef(id=who)] if who else [label + self.t("nobody")]
        return parts

    def assigned(self, task: Task, question: str) -> Reply:
        w = self.work(task)
        folded = ascii_fold(question)
        role = Role.EXECUTOR if re.search(r"udfoer|udfor|executor|carries out|performs|works|arbejder",
                                          folded) else Role.RESPONSIBLE
        lines: Lines = [self.people(w)]
        if not w.assignees:
            word = self.t(f"role_{role.value}").lower()
            lines = [[self.t("nobody_assigned", role=word, task=task.id)]]
        other = Role.RESPONSIBLE if role is Role.EXECUTOR else Role.EXECUTOR
        advice, other_advice = (_recommended(task, r) for r in (role, other))
        if advice:
            lines.append([self.t("klik_recommends", who=advice)])
            return Reply(lines, [task])
        if other_advice:  # the other role's advice, said as that role's: it recommends no one for the asked
            lines.append([self.t("klik_recommends_as", asked=self.t(f"role_{role.value}").lower(),
                                 role=self.t(f"role_{other.value}").lower(), who=other_advice)])
        # no one assigned and no advice for the role asked: the tasks do not say who (an executor is no
        # responsible), so not found; but 'hvem står for 62505?' asks who handles the task, owner or doer
        # alike, and the other role's advice answers that
        handles = bool(other_advice) and asks_who_handles(question)
        return Reply(lines, [task], found=bool(w.assignees) or handles)

    def signatures(self, tasks: list[Task], *, only_open: bool) -> Reply | None:
        states = [(t, s) for t in tasks for s in self.work(t).signatures
                  if not (only_open and s.status == SignatureStatus.SIGNED)]
        if not states:
            if only_open and tasks:
                return Reply([[self.t("no_missing_signatures")]], tasks)
            return None
        about = list({t.id: t for t, _ in states}.values())
        lines: Lines = []
        for task, sig in states:
            who = self.t("signed_by_sent_to" if sig.recipient else "signed_by", signer=sig.signer,
                         recipient=sig.recipient)
            w = self.work(task)
            open_ = w.end and sig.status != SignatureStatus.SIGNED
            due = self.t("sig_deadline", when=self.deadline(w)) if open_ else ""
            line = self.t("sig_line", document=sig.document, state=self.t("sig_" + sig.status.value), who=who,
                          due=due)
            lines.append([self.t("task_prefixed", task=task.id, text=line) if len(about) > 1 else line])
        return Reply(lines, about)

    def golive_date(self, question: str, names: list[str]) -> Reply | None:
        """'hvornår er go-live for KY - Bølge 3?': the most specific name the question names."""
        # the name as whole words: 'HV' is not named by 'hvad', 'KY' not by 'sky'
        folded = f" {_loose_words(question)} "
        named = [n for n in sorted(names, key=len, reverse=True)
                 if (words := _loose_words(n)) and f" {words} " in folded]
        if not named:
            return None
        name = named[0]
        dates = {golive_key(k): v for k, v in self.view.golive.items()}
        day = dates.get(golive_key(name))
        if day is not None:
            return Reply([[self.t("golive_set", name=name, day=format_date(day, lang=self.lang))]], [])
        lines: Lines = [[self.t("golive_missing", name=name)]]
        lines += [[self.t("golive_other", name=other, day=format_date(d, lang=self.lang))]
                  for other, d in self.view.golive.items() if golive_key(other).startswith(golive_key(name))]
        return Reply(lines, [], found=len(lines) > 1)  # no date set: not known (yet)

    def listed(self, head: str, tasks: list[Task], *, with_next: bool = False) -> Reply:
        ranked = sorted(tasks, key=self.urgency)
        lines: Lines = [[self.t(head, n=len(ranked))]]
        for task in ranked[:LIST_LIMIT]:
            w = self.work(task)
            line = self.t("own_item", task=task.id, summary=self.summary(task, w))
            if w.end and w.status != Status.DONE:
                line += self.t("deadline_inline", when=self.deadline(w))
            elif is_critical(task):
                line += self.t("critical_undated", priority=task.priority)
            if with_next:
                todo = [s for s in task.method_steps if s.number not in w.done_steps]
                if todo:
                    line += self.t("next_inline", number=todo[0].number, text=todo[0].text)
            lines.append([line])
        if len(ranked) > LIST_LIMIT:
            lines.append([self.t("list_more", n=len(ranked) - LIST_LIMIT)])
        return Reply(lines, ranked[:LIST_LIMIT])

    def open_tasks(self, tasks: list[Task]) -> list[Task]:
        """Every task not completed (the urgency order puts overdue, dated and critical first)."""
        return [task for task in tasks if self.work(task).status != Status.DONE]

    def missing(self, tasks: list[Task]) -> Reply:
        found = self.open_tasks(tasks)
        return self.listed("open_tasks", found) if found else Reply([[self.t("nothing_open")]], [])

    def next_up(self, tasks: list[Task]) -> Reply:
        mine = self._mine(tasks)
        found = mine or self.open_tasks(tasks)
        if not found:
            return Reply([[self.t("nothing_open")]], [])
        ranked = sorted(found, key=self.urgency)[:5]
        return self.listed("next_tasks", ranked, with_next=True)

    def _mine(self, tasks: list[Task]) -> list[Task]:
        user = self.view.user
        if not user:
            return []
        return [t for t in tasks if user in self.work(t).assignees.values()
                and self.work(t).status != Status.DONE]

    def mine(self, tasks: list[Task]) -> Reply:
        if not self.view.user:
            return Reply([[self.t("who_are_you")]], [], found=False)
        found = self._mine(tasks)
        return self.listed("mine", found) if found else Reply([[self.t("no_mine")]], [])

    def overdue(self, tasks: list[Task]) -> Reply:
        if not self.view.golive:
            return Reply([[self.t("no_golive_dates")]], [])
        late = [t for t in tasks if (w := self.work(t)).end and w.end < self.view.today
                and w.status != Status.DONE]
        return self.listed("overdue", late) if late else Reply([[self.t("no_overdue")]], [])

    def not_started(self, tasks: list[Task]) -> Reply:
        found = [t for t in tasks if self.work(t).status == Status.NOT_STARTED]
        return self.listed("not_started", found) if found else Reply([[self.t("all_started")]], [])

    def started(self, tasks: list[Task]) -> Reply:
        found = [t for t in tasks if self.work(t).status == Status.STARTED]
        return self.listed("started", found) if found else Reply([[self.t("none_started")]], [])

    def completed(self, tasks: list[Task]) -> Reply:
        found = [t for t in tasks if self.work(t).status == Status.DONE]
        return self.listed("completed", found) if found else Reply([[self.t("none_completed")]], [])

    def overview(self, tasks: list[Task]) -> Reply:
        shown = [t for t in tasks if self.work(t).recorded or self.work(t).end]
        if not shown:
            return Reply([[self.t("no_progress")]], [])
        lines: Lines = []
        for task in shown:
            w = self.work(task)
            line = self.t("overview_item", task=task.id, summary=self.summary(task, w))
            if w.end:
                line += self.t("deadline_inline", when=self.deadline(w))
            lines.append([line])
        return Reply(lines, shown)

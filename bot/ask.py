"""Questions about the municipality's own work ("hvor langt er vi med 433?", "er blanketten
underskrevet?", "hvem er ansvarlig for 433?") answered from the store; every other question goes to
the answer engine in knowledge/, with this workspace's go-live dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot import mrkdwn
from bot.deadlines import TZ, deadline_text, window_for
from bot.golive import golive_dates, known_golive_names
from bot.progress import Progress, done_steps, get_progress, open_steps, team_progress
from bot.signatures import SIGNED, SignatureState, get_signatures
from bot.store import Store
from knowledge.dates import Window, format_date, golive_key
from knowledge.fold import ascii_fold
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import Answer, answer
from knowledge.wording import source_line, steps_text

# Matched against the ascii-folded question ('næste' -> 'naeste').
_PROGRESS = re.compile(r"\b(hvor langt|fremdrift|hvad mangler|mangler vi|hvad er der tilbage"
                       r"|naeste (trin|skridt)|how far|progress|what'?s left|left to do|remaining steps?"
                       r"|next step)\b")
_STATUS_OF = re.compile(r"^\s*(?:hvad er |what is |what's )?(?:status|state)\s+(?:paa|for|of|on)\s+\S")
_IS_SIGNED = re.compile(r"^\s*(?:er|is|has|have|har)\b.*"
                        r"\b(?:underskrevet|underskrevne|signed|modtaget|received)\b")
_MISSING_SIGNATURES = re.compile(r"\b(?:mangler|missing|venter)\b.*\bunderskri|\bunderskri\w*\b.*\bmangler\b"
                                 r"|\bunsigned\b|\bmissing signatures?\b")
_GOLIVE = re.compile(r"\bgo-?live\b|\bidriftsaet")
_ASSIGNED = re.compile(r"\b(?:hvem (?:er|har)(?: \w+)? (?:ansvarlig|udfoerer|tildelt)\b|who(?: is|'s) "
                       r"(?:responsible|assigned|the executor)\b)")

_OWN_WORK = (_GOLIVE, _ASSIGNED, _IS_SIGNED, _MISSING_SIGNATURES, _PROGRESS, _STATUS_OF)


@dataclass
class User:
    """A Slack user inside an answer: a mention in Slack, '@name' in plain text."""

    id: str


Part = str | User


@dataclass
class Asked:
    """One answer twice: plain text in `answer.answer` (CLI, JSON) and `mrkdwn` for Slack, where
    every piece of task or user text is escaped and only our own user mentions are live."""

    answer: Answer
    mrkdwn: str


def ask(store: Store, kb, *, team: str, question: str, lang: str | None = None,
        now: datetime | None = None) -> Asked:
    golive = golive_dates(store, team)
    own = _own_work(store, kb, team=team, question=question, lang=lang, golive=golive,
                    now=now or datetime.now(UTC))
    if own is not None:
        return own
    result = answer(kb, question, golive=golive, lang=lang)
    return Asked(answer=result, mrkdwn=mrkdwn.escape(result.answer))


def _own_work(store: Store, kb, *, team: str, question: str, lang: str | None,
              golive: dict[str, date], now: datetime) -> Asked | None:
    folded = ascii_fold(question)
    if not any(p.search(folded) for p in _OWN_WORK):
        return None  # most questions: leave the analysis to the engine, which does its own
    index = index_for(kb)
    q = analyse(index, question, lang=lang if lang in ("da", "en") else None)
    if q.missing and not q.tasks:
        return None  # an unknown task: the engine says so and suggests the closest
    tasks = [index.tasks[t] for t in q.tasks]
    view = _View(store=store, kb=kb, team=team, lang=q.lang, today=now.astimezone(TZ).date(),
                 golive=golive)
    if _GOLIVE.search(folded) and not tasks:
        found = view.golive_date(folded)
    elif _ASSIGNED.search(folded) and len(tasks) == 1:
        found = view.assigned(tasks[0])
    elif _IS_SIGNED.search(folded):
        found = view.signatures(tasks or _signature_tasks(kb, folded), only_open=False)
    elif _MISSING_SIGNATURES.search(folded):
        found = view.signatures(tasks or [t for t in kb.tasks if t.signatures], only_open=True)
    elif _PROGRESS.search(folded) or (_STATUS_OF.search(folded) and tasks):
        found = view.progress(tasks[0]) if len(tasks) == 1 else view.overview(tasks or kb.tasks)
    else:
        return None
    return _asked(question, *found, q.lang) if found is not None else None


def _loose(text: str) -> str:
    """Compare names by their letters and digits only: 'ky - boelge 3' ~ 'ky bolge 3'."""
    folded = ascii_fold(text).replace("oe", "o").replace("aa", "a").replace("ae", "a")
    return re.sub(r"[^a-z0-9]+", "", folded)


def _signature_tasks(kb, folded: str) -> list[Task]:
    """Tasks whose signed document the question names ('er serviceaftalen underskrevet?'); all
    tasks with a signature when it names none of them ('er blanketten underskrevet?')."""
    signed = [t for t in kb.tasks if t.signatures]
    named = [t for t in signed if any(ascii_fold(s.document) in folded for s in t.signatures)]
    return named or signed


Lines = list[list[Part]]
Found = tuple[Lines, list[Task]]  # what to say, and the tasks it comes from


def _asked(question: str, lines: Lines, tasks: list[Task], lang: str) -> Asked:
    if len(tasks) == 1:
        lines = [*lines, [source_line(tasks, lang)]]
    plain = "\n".join(_render(line, plain=True) for line in lines)
    slack = "\n".join(_render(line, plain=False) for line in lines)
    result = Answer(question=question, answer=plain, found=True, sources=[t.id for t in tasks],
                    confidence=0.9, lang="en" if lang == "en" else "da")
    return Asked(answer=result, mrkdwn=slack)


def _render(line: list[Part], *, plain: bool) -> str:
    def show(part: Part) -> str:
        if isinstance(part, User):
            return "@" + (mrkdwn.local_user_name(part.id) or part.id) if plain else mrkdwn.user(part.id)
        return part if plain else mrkdwn.escape(part)

    return "".join(show(p) for p in line)


@dataclass
class _View:
    """The workspace's state of tasks, worded for an answer (Danish, or English when asked so)."""

    store: Store
    kb: object
    team: str
    lang: str
    today: date
    golive: dict[str, date]  # read once per question

    def window(self, task: Task) -> Window | None:
        return window_for(task, self.golive)

    def _(self, da: str, en: str) -> str:
        return en if self.lang == "en" else da

    def progress(self, task: Task) -> Found:
        p = get_progress(self.store, self.team, task.id)
        lines: Lines = [[f"{self._('Opgave', 'Task')} {task.id}: {self._summary(task, p)}"]]
        todo = open_steps(task, p)
        if todo and p.status != "fuldført":
            step = task.step(todo[0])
            lines.append([self._("Næste trin: ", "Next step: ") + f"{step.number}. {step.text}"])
        lines += self._deadline(task, p)
        for sig in get_signatures(self.store, self.team, task, progress=p):
            lines.append([self._("Underskrift: ", "Signature: ") + f"{sig.document} – {sig.state}"])
        return [*lines, self._people(p)], [task]

    def overview(self, tasks: list[Task]) -> Found:
        stored = team_progress(self.store, self.team)
        shown = [t for t in tasks if t.id in stored or self.window(t)]
        if not shown:
            return [[self._("I har ikke registreret fremdrift på nogen opgave endnu. Start med "
                            "`/klik done OPGAVE TRIN` eller se `/klik list`.",
                            "You have not recorded progress on any task yet. Start with "
                            "`/klik done TASK STEP` or see `/klik list`.")]], []
        lines = [[f"• {t.id}: {self._summary(t, stored.get(t.id) or Progress(team=self.team, task=t.id))}",
                  *self._deadline_inline(t)] for t in shown]
        return lines, shown

    def golive_date(self, folded: str) -> Found | None:
        """'hvornår er go-live for KY - Bølge 3?': the dates this workspace has set, most specific
        name first ('KY - Bølge 3' before 'KY'); None when the question names no wave or project."""
        names = sorted(known_golive_names(self.kb), key=len, reverse=True)
        named = [n for n in names if _loose(n) in _loose(folded)]
        if not named:
            return None
        dates = self.golive
        name = named[0]
        day = {golive_key(k): v for k, v in dates.items()}.get(golive_key(name))
        if day is not None:
            return [[f"Go-live for {name}: {format_date(day, lang=self.lang)}."]], []
        lines: Lines = [[self._(f"Der er ikke sat en go-live-dato for {name} endnu. Sæt den med "
                                f"`/klik golive \"{name}\" ÅÅÅÅ-MM-DD`.",
                                f"No go-live date is set for {name} yet. Set it with "
                                f"`/klik golive \"{name}\" YYYY-MM-DD`.")]]
        # 'KY' without a date, but its waves have theirs: say so rather than leave it at 'none'
        lines += [[f"• {other}: {format_date(d, lang=self.lang)}"] for other, d in dates.items()
                  if golive_key(other).startswith(golive_key(name))]
        return lines, []

    def assigned(self, task: Task) -> Found | None:
        p = get_progress(self.store, self.team, task.id)
        if not p.assignees:
            return None  # nobody assigned here: the engine answers with KLIK's recommendation
        line = self._people(p)
        advice = task.recommended_responsible or task.recommended_executor
        extra = [[self._("KLIK anbefaler: ", "KLIK recommends: ") + advice]] if advice else []
        return [line, *extra], [task]

    def signatures(self, tasks: list[Task], *, only_open: bool) -> Found | None:
        states = [(t, s) for t in tasks for s in get_signatures(self.store, self.team, t)
                  if not (only_open and s.state == SIGNED)]
        if not states:
            if only_open and tasks:
                return [[self._("Ingen underskrifter mangler.", "No signatures are missing.")]], tasks
            return None
        about = list({t.id: t for t, _ in states}.values())
        return [[self._signature_line(t, s, named=len(about) > 1)] for t, s in states], about

    def _signature_line(self, task: Task, sig: SignatureState, *, named: bool) -> str:
        who = self._(f" (underskrives af {sig.signer}", f" (signed by {sig.signer}")
        who += (self._(f", sendes til {sig.recipient})", f", sent to {sig.recipient})")
                if sig.recipient else ")")
        window = self.window(task)
        due = self._("; frist ", "; deadline ") + deadline_text(window, self.today, lang=self.lang) \
            if window and sig.state != SIGNED else ""
        return f"{task.id + ': ' if named else ''}{sig.document} – {sig.state}{who}{due}"

    def _summary(self, task: Task, p: Progress) -> str:
        status = {"ikke påbegyndt": "not started", "påbegyndt": "started", "fuldført": "completed"}
        shown = self._(p.status, status[p.status])
        if not task.method_steps:
            return f"{shown}."
        done = done_steps(task, p)
        count = self._(f"{len(done)} af {len(task.method_steps)} trin udført",
                       f"{len(done)} of {len(task.method_steps)} steps done")
        which = f" ({steps_text(done, self.lang)})" if done and len(done) < len(task.method_steps) else ""
        return f"{shown}, {count}{which}."

    def _deadline(self, task: Task, p: Progress) -> Lines:
        window = self.window(task)
        if window is None or p.status == "fuldført":
            return []
        return [[self._("Frist: ", "Deadline: ") + deadline_text(window, self.today, lang=self.lang)]]

    def _deadline_inline(self, task: Task) -> list[Part]:
        window = self.window(task)
        return [self._(" Frist: ", " Deadline: ") + deadline_text(window, self.today, lang=self.lang)] \
            if window else []

    def _people(self, p: Progress) -> list[Part]:
        parts: list[Part] = []
        for role, en in (("ansvarlig", "responsible"), ("udfører", "executor")):
            parts += [" · "] if parts else []
            label = self._(role.capitalize(), en.capitalize()) + ": "
            who = p.assignees.get(role)
            parts += [label, User(who)] if who else [label + self._("ingen endnu", "nobody yet")]
        return parts

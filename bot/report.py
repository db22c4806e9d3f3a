"""The report for KLIK: per task its status, done steps, assignees, signatures and dates, and whether
KLIK needs updating (the bot's status has moved on since the team last marked the task updated in
KLIK, with `/klik klik-opdateret` or by doing the method step that says to update KLIK)."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime

from pydantic import BaseModel

from bot.deadlines import window_for
from bot.golive import golive_dates
from bot.progress import Progress, Status, audit_entry, done_steps, team_progress
from bot.signatures import TABLE as SIGNATURE_TABLE
from bot.signatures import signature_states
from bot.store import Store
from knowledge.dates import format_date
from knowledge.models import Task

TABLE = "klik_updated"
FORMATS = ("csv", "xlsx", "md")
# A method step that tells the team to bring KLIK up to date: it names KLIK and an update verb.
_KLIK = re.compile(r"\bklik\b", re.I)
_UPDATE = re.compile(r"\b(?:opdat\w*|registr\w*|status\w*|markér\w*|marker\w*|angiv\w*|indberet\w*)", re.I)
COLUMNS = [("task", "Opgave"), ("title", "Titel"), ("project", "Projekt"), ("waves", "Bølge"),
           ("status", "Status"), ("steps", "Udførte trin"), ("ansvarlig", "Ansvarlig"),
           ("udfører", "Udfører"),
           ("signatures", "Underskrifter"), ("start", "Start"), ("end", "Slut"), ("golive", "Go-live"),
           ("klik_updated", "Opdateret i KLIK"), ("update_klik", "Opdater i KLIK")]


class ReportRow(BaseModel):
    task: str
    title: str
    project: str = ""
    waves: str = ""
    status: Status
    steps: str  # "3 af 7 (1, 2, 4)"
    ansvarlig: str = ""
    udfører: str = ""
    signatures: str = ""
    start: date | None = None
    end: date | None = None
    golive: date | None = None
    klik_updated: datetime | None = None
    update_klik: bool = False  # the bot knows more than KLIK shows


def klik_steps(task: Task) -> list[int]:
    """The task's method steps that say to update KLIK (e.g. 'opdater udførelsesstatus i KLIK')."""
    return [s.number for s in task.method_steps if _KLIK.search(s.text) and _UPDATE.search(s.text)]


def mark_klik_updated(store: Store, *, team: str, task: Task, user: str, command: str,
                      now: datetime | None = None) -> datetime:
    """Record that the team has brought `task` up to date in KLIK now (audit-logged)."""
    now = now or datetime.now(UTC)
    at = now.isoformat()  # full precision: a change a moment earlier must not look later
    with store.transaction() as tx:
        tx.claim("teams", team, {})
        tx.put(TABLE, f"{team}:{task.id}", {"team": team, "task": task.id, "at": at, "by": user})
        tx.log(audit_entry(team=team, task=task.id, action="klik_updated", user=user, command=command,
                           details={}, at=at))
    return now


def report_rows(kb, store: Store, team: str) -> list[ReportRow]:
    """One row per task, in the knowledge base's order."""
    progress = team_progress(store, team)
    golive = golive_dates(store, team)
    prefix = f"{team}:"
    marks: dict[str, dict[int, dict]] = {}
    for key, doc in store.all(SIGNATURE_TABLE).items():
        if key.startswith(prefix):
            marks.setdefault(doc["task"], {})[doc["signature"]] = doc
    updated = {doc["task"]: datetime.fromisoformat(doc["at"]) for key, doc in store.all(TABLE).items()
               if key.startswith(prefix)}
    return [_row(t, progress.get(t.id) or Progress(team=team, task=t.id), golive, marks.get(t.id, {}),
                 updated.get(t.id)) for t in kb.tasks]


def _row(task: Task, p: Progress, golive, marks: dict[int, dict], marked: datetime | None) -> ReportRow:
    window = window_for(task, golive)
    done = done_steps(task, p)
    sigs = signature_states(task, p, marks)
    by_step = [p.steps[n].done_at for n in klik_steps(task) if n in p.steps]
    klik_at = max([_utc(t) for t in [marked, *by_step] if t], default=None)
    moments = [p.updated_at, *[s.received_at for s in sigs], *[s.signed_at for s in sigs]]
    last_change = max((_utc(t) for t in moments if t), default=None)
    listed = f" ({', '.join(map(str, done))})" if done else ""
    return ReportRow(
        task=task.id, title=task.title, project=task.project or "", waves=", ".join(task.waves),
        status=p.status, steps=f"{len(done)} af {len(task.method_steps)}{listed}",
        ansvarlig=p.assignees.get("ansvarlig", ""), udfører=p.assignees.get("udfører", ""),
        signatures="; ".join(f"{s.document}: {s.state.label()}" for s in sigs),
        start=window.start if window else None, end=window.end if window else None,
        golive=window.golive if window else None, klik_updated=klik_at,
        update_klik=last_change is not None and (klik_at is None or last_change > klik_at))


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _cell(row: ReportRow, key: str, *, names) -> str:
    value = getattr(row, key)
    if key in ("ansvarlig", "udfører") and value:
        return names(value)
    if isinstance(value, Status):
        return value.label()
    if isinstance(value, bool):
        return "ja" if value else ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def table(rows: list[ReportRow], *, names=str) -> tuple[list[str], list[list[str]]]:
    """Header and cells; `names` turns a user id into what a reader recognises."""
    return [label for _, label in COLUMNS], [[_cell(r, key, names=names) for key, _ in COLUMNS] for r in rows]


def to_csv(rows: list[ReportRow], *, names=str) -> str:
    header, cells = table(rows, names=names)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")  # Danish Excel opens ;-separated files as columns
    writer.writerows([header, *cells])
    return out.getvalue()


def to_markdown(rows: list[ReportRow], *, names=str) -> str:
    header, cells = table(rows, names=names)

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.replace("|", "\\|").replace("\n", " ") for v in values) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *(line(c) for c in cells)]) + "\n"


def to_xlsx(rows: list[ReportRow], *, names=str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    header, cells = table(rows, names=names)
    book = Workbook()
    sheet = book.active
    sheet.title = "KLIK-rapport"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in cells:
        sheet.append(values)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def summary(rows: list[ReportRow]) -> dict[str, int]:
    return {"tasks": len(rows), "done": sum(r.status == Status.DONE for r in rows),
            "started": sum(r.status == Status.STARTED for r in rows),
            "update_klik": sum(r.update_klik for r in rows)}


def when_text(at: datetime | None) -> str:
    return format_date(at.date()) if at else "aldrig"

"""The workspace's own work as knowledge/qa reads it: `WorkView` over the store's progress,
signatures and go-live dates, read once per question."""

from __future__ import annotations

from datetime import date

from bot.deadlines import deadline_text, window_for
from bot.golive import known_golive_names
from bot.progress import Progress, Status, done_steps, team_progress
from bot.signatures import signature_marks, signature_states
from bot.store import Store
from knowledge.models import Task
from knowledge.qa.work import Role, SignatureStatus, SignatureWork, TaskWork

_ROLE = {"ansvarlig": Role.RESPONSIBLE, "udfører": Role.EXECUTOR}  # bot.progress.ROLES, as stored


class StoreWork:
    """A `knowledge.qa.work.WorkView` of one workspace (team) in the store."""

    def __init__(self, store: Store, kb, *, team: str, golive: dict[str, date], today: date,
                 user: str | None = None):
        self.store, self.kb, self.team = store, kb, team
        self.golive, self.today, self.user = golive, today, user
        self._progress: dict[str, Progress] | None = None

    def _stored(self) -> dict[str, Progress]:
        if self._progress is None:
            self._progress = team_progress(self.store, self.team)
        return self._progress

    def work(self, task: Task) -> TaskWork:
        stored = self._stored().get(task.id)
        p = stored or Progress(team=self.team, task=task.id)
        window = window_for(task, self.golive)
        sigs = signature_states(task, p, signature_marks(self.store, self.team, task.id)) \
            if task.signatures else []
        return TaskWork(
            task=task.id, status=Status(p.status),
            done_steps=done_steps(task, p),
            assignees={_ROLE[r]: u for r, u in p.assignees.items() if r in _ROLE},
            start=window.start if window else None, end=window.end if window else None,
            golive=window.golive if window else None, recorded=stored is not None,
            signatures=[SignatureWork(document=s.document, signer=s.signer, recipient=s.recipient,
                                      status=SignatureStatus(s.state)) for s in sigs])

    def golive_names(self) -> list[str]:
        return known_golive_names(self.kb)

    def deadline_text(self, end: date, *, lang: str) -> str:
        from knowledge.dates import Window

        return deadline_text(Window(golive=end, start=None, end=end), self.today, lang=lang)

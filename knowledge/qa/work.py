"""A read-only view of a workspace's own work, as the answers see it: `bot/` implements `WorkView`
and passes it in, so knowledge/ never imports the store."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, Field

from knowledge.models import Task
from knowledge.states import SignatureStatus, Status


class Role(StrEnum):
    RESPONSIBLE = "responsible"
    EXECUTOR = "executor"


class UserRef(BaseModel):
    """A workspace user inside an answer: a mention in Slack, '@name' in plain text."""

    id: str


class SignatureWork(BaseModel):
    document: str
    signer: str
    recipient: str | None = None
    status: SignatureStatus


class TaskWork(BaseModel):
    """One task as this workspace has it: status, done steps, assignees, real dates, signatures."""

    task: str
    status: Status = Status.NOT_STARTED
    done_steps: list[int] = Field(default_factory=list)
    assignees: dict[Role, str] = Field(default_factory=dict)
    start: date | None = None
    end: date | None = None
    golive: date | None = None
    signatures: list[SignatureWork] = Field(default_factory=list)
    recorded: bool = False  # anything stored for it (a step, a status, an assignee)


class WorkView(Protocol):
    """What own-work answers may read about the asking user's workspace."""

    today: date
    user: str | None  # the asking user, for "mine opgaver"
    golive: Mapping[str, date]  # go-live dates by wave/project name

    def work(self, task: Task) -> TaskWork: ...

    def golive_names(self) -> list[str]: ...

    def deadline_text(self, end: date, *, lang: str) -> str:
        """'8. oktober 2026 (om 5 arbejdsdage)': the workspace knows its working days."""
        ...

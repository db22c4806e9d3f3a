"""A municipality's progress on a task: status, assignees and done steps, per Slack workspace."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from bot.store import Store

Status = Literal["ikke påbegyndt", "påbegyndt", "fuldført"]
ROLES = ("ansvarlig", "udfører")


class StepMark(BaseModel):
    """Who marked a method step done, and when (UTC, ISO 8601 in storage)."""

    done_by: str
    done_at: datetime


class Progress(BaseModel):
    """Stored in table 'progress' under key '<team>:<task id>'."""

    team: str
    task: str
    status: Status = "ikke påbegyndt"
    assignees: dict[str, str] = Field(default_factory=dict)  # role -> Slack user id
    steps: dict[int, StepMark] = Field(default_factory=dict)  # method step number -> mark
    updated_at: datetime | None = None


def progress_key(team: str, task_id: str) -> str:
    return f"{team}:{task_id}"


def get_progress(store: Store, team: str, task_id: str) -> Progress:
    doc = store.get("progress", progress_key(team, task_id))
    return Progress.model_validate(doc) if doc else Progress(team=team, task=task_id)

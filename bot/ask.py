"""Asking from a workspace: the one question pipeline (knowledge.qa) with this workspace's go-live
dates and a read-only view of its progress. The answer keeps its parts (text and user references):
the Slack edge renders them as mrkdwn (`handlers.questions.answer_mrkdwn`), a terminal as names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.deadlines import TZ
from bot.golive import golive_dates
from bot.mrkdwn import local_user_name
from bot.store import Store
from bot.work import StoreWork
from knowledge.qa.pipeline import Answer, answer, plain


@dataclass
class Asked:
    """The answer: plain text in `answer.answer` (users by name, for the CLI and JSON) and the lines of
    text and user references in `answer.parts`, for an edge to render."""

    answer: Answer


def ask(store: Store, kb, *, team: str, question: str, lang: str | None = None, user: str | None = None,
        now: datetime | None = None) -> Asked:
    golive = golive_dates(store, team)
    today = (now or datetime.now(UTC)).astimezone(TZ).date()
    work = StoreWork(store, kb, team=team, golive=golive, today=today, user=user)
    result = answer(kb, question, golive=golive, lang=lang, work=work)
    if not result.parts:
        return Asked(answer=result)
    named = plain(result.parts, name=lambda uid: local_user_name(uid) or uid)
    return Asked(answer=result.model_copy(update={"answer": named}))

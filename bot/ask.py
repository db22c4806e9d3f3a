"""Asking from a workspace: the one question pipeline (knowledge.qa) with this workspace's go-live
dates and a read-only view of its progress, rendered as plain text and as Slack mrkdwn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot import mrkdwn
from bot.deadlines import TZ
from bot.golive import golive_dates
from bot.store import Store
from bot.work import StoreWork
from knowledge.qa.pipeline import Answer, answer, plain


@dataclass
class Asked:
    """One answer twice: plain text in `answer.answer` (CLI, JSON) and `mrkdwn` for Slack, where
    every piece of task or user text is escaped and only our own user mentions are live."""

    answer: Answer
    mrkdwn: str


def ask(store: Store, kb, *, team: str, question: str, lang: str | None = None, user: str | None = None,
        now: datetime | None = None) -> Asked:
    golive = golive_dates(store, team)
    today = (now or datetime.now(UTC)).astimezone(TZ).date()
    work = StoreWork(store, kb, team=team, golive=golive, today=today, user=user)
    result = answer(kb, question, golive=golive, lang=lang, work=work)
    if not result.parts:
        return Asked(answer=result, mrkdwn=mrkdwn.escape(result.answer))
    named = plain(result.parts, name=lambda uid: mrkdwn.local_user_name(uid) or uid)
    slack = "\n".join("".join(mrkdwn.escape(p) if isinstance(p, str) else mrkdwn.user(p.id) for p in line)
                      for line in result.parts)
    return Asked(answer=result.model_copy(update={"answer": named}), mrkdwn=slack)

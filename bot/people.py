"""Who is still in the workspace: Slack's users.info answers, remembered for a day per user, so the
Home tab can flag tasks whose ansvarlig/udfører has left and `assign` can refuse them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from bot.store import Store

TABLE = "slack_users"
KEEP = timedelta(days=1)
Presence = Literal["active", "deactivated", "unknown"]


def remember(store: Store, *, team: str, user: str, presence: Presence, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    with store.transaction() as tx:
        tx.put(TABLE, f"{team}:{user}", {"team": team, "user": user, "presence": presence,
                                         "at": now.isoformat(timespec="seconds")})


def known(store: Store, team: str, user: str, *, now: datetime | None = None) -> Presence | None:
    """The remembered presence of `user`, or None when it is unknown or older than a day."""
    doc = store.get(TABLE, f"{team}:{user}")
    now = now or datetime.now(UTC)
    if not doc or datetime.fromisoformat(doc["at"]) < now - KEEP:
        return None
    return doc["presence"]


def departed(store: Store, team: str) -> set[str]:
    """The users remembered as deactivated or not in the workspace."""
    return {doc["user"] for doc in store.all(TABLE).values()
            if doc.get("team") == team and doc.get("presence") != "active"}

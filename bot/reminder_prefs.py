"""How each person wants their reminders: one digest a day (default), one message per item, or none."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.reminders import PREFS_TABLE, Preference
from bot.store import Store
from knowledge.errors import KlikError, echo

WORDS: dict[str, Preference] = {
    "samlet": "digest", "digest": "digest", "samle": "digest", "dagligt": "digest", "daily": "digest",
    "hver": "each", "each": "each", "enkeltvis": "each", "enkelt": "each", "alle": "each",
    "fra": "off", "off": "off", "ingen": "off", "sluk": "off", "none": "off",
}
DEFAULT: Preference = "digest"


def parse_preference(word: str) -> Preference:
    mode = WORDS.get(word.casefold().strip())
    if mode is None:
        raise KlikError.said("reminder_mode_unknown", word=echo(word))
    return mode


def preferences(store: Store, team: str) -> dict[str, Preference]:
    """{user: preference} for the people in `team` who chose something other than the default."""
    return {doc["user"]: doc["mode"] for doc in store.all(PREFS_TABLE).values() if doc.get("team") == team}


def preference(store: Store, team: str, user: str) -> Preference:
    doc = store.get(PREFS_TABLE, f"{team}:{user}")
    return doc["mode"] if doc else DEFAULT


def set_preference(store: Store, *, team: str, user: str, mode: Preference) -> Preference:
    """Store `user`'s choice; returns the previous one."""
    with store.transaction() as tx:
        old = tx.get(PREFS_TABLE, f"{team}:{user}")
        tx.claim("teams", team, {})
        tx.put(PREFS_TABLE, f"{team}:{user}", {"team": team, "user": user, "mode": mode,
                                               "at": datetime.now(UTC).isoformat(timespec="seconds")})
    return old["mode"] if old else DEFAULT

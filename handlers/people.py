"""Ask Slack (users.info) whether a user is in the workspace and active; remembered for a day."""

from __future__ import annotations

import logging

from bot.people import Presence, known, remember
from bot.store import Store

log = logging.getLogger("klik")


def presence(client, store: Store, team: str, user: str) -> Presence | None:
    """'active', 'deactivated' (deleted: true) or 'unknown' (user_not_found); None when Slack could
    not be asked (no client, network trouble): then nobody is refused or flagged on a guess."""
    if client is None:
        return None
    remembered = known(store, team, user)
    if remembered is not None:
        return remembered
    from slack_sdk.errors import SlackApiError

    try:
        found = client.users_info(user=user)
    except SlackApiError as exc:
        if exc.response.get("error") not in ("user_not_found", "users_not_found"):
            log.warning("users.info for %s failed: %s", user, exc.response.get("error"))
            return None
        answer: Presence = "unknown"
    except Exception as exc:  # network: do not guess
        log.warning("users.info for %s failed: %s", user, exc)
        return None
    else:
        answer = "deactivated" if (found.get("user") or {}).get("deleted") else "active"
    remember(store, team=team, user=user, presence=answer)
    return answer

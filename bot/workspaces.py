"""Keep workspaces apart: a request acts only for the workspace whose installation bolt authorized.

Handlers read the workspace from the payload (`team.id`, `team_id`, `event.team`, `user.team_id`),
while bolt picks the token from a possibly different field (for events `authorizations[0]`, which
Slack sets to the installation that receives the event). A payload whose fields disagree could
otherwise read workspace B's progress and post it with workspace A's token. Such a request is
acknowledged and dropped, and the mismatch logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltResponse

log = logging.getLogger("klik.workspaces")


def payload_workspace(body: dict[str, Any]) -> str | None:
    """The workspace a handler acts for, read as handlers read it (first field present wins)."""
    team = body.get("team")
    event = body.get("event") if isinstance(body.get("event"), dict) else {}
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    for value in ((team or {}).get("id") if isinstance(team, dict) else team, body.get("team_id"),
                  event.get("team"), user.get("team_id")):
        if value:
            return value
    return None


def same_workspace(body: dict[str, Any], context, next: Callable[[], None]) -> BoltResponse | None:
    authorized, claimed = context.team_id, payload_workspace(body)
    if authorized and claimed and claimed != authorized:
        log.warning("afvist: anmodning for arbejdsrum %s kom med installationen for %s", claimed, authorized)
        return BoltResponse(status=200, body="")
    next()
    return None

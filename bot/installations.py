"""Many workspaces from one deployment: Slack's OAuth v2 install ("Add to Slack"), each workspace's
own bot token, uninstalls and token rotation, with installations and OAuth state kept in the bot's
own store.

Why our store and not slack_sdk's SQLAlchemy stores: installations then live in the same database
as the progress they unlock (TinyDB with no set-up, or PostgreSQL shared by every instance), are
written in the same kind of transaction with an audit entry, need no second driver or schema, and
an uninstall can stop reminders and record who left in one place. The classes keep slack_sdk's
`InstallationStore` and `OAuthStateStore` interfaces, so bolt's OAuthFlow uses them unchanged.

Data rule: an uninstall (`app_uninstalled`) or a revoked bot token (`tokens_revoked`) deletes the
workspace's tokens at once, so nothing more is sent there (no reminders, no replies); its progress,
go-live dates and audit history are kept, so a reinstall continues where it stopped.
`klik workspace forget TEAM` removes its progress, go-lives, signatures, snoozes and reminder records
for good (the append-only audit history keeps what happened, and records the removal).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore
from slack_sdk.oauth.token_rotation import TokenRotator

INSTALLATIONS = "installations"
STATES = "oauth_states"
STATE_SECONDS = 600  # an install link is good for 10 minutes (bolt's default)
ROTATE_MINUTES = 120  # refresh a rotating token when it has less than this left (bolt's default)
# Scopes the bot asks for at install; the same list as slack_manifest.yml.
BOT_SCOPES = ("commands", "chat:write", "app_mentions:read", "im:history", "im:read", "im:write",
              "users:read")
log = logging.getLogger("klik.install")


def installation_key(enterprise_id: str | None, team_id: str | None) -> str:
    return f"{enterprise_id or '-'}:{team_id or '-'}"


def _timestamp(value: Any) -> float | None:
    return value.timestamp() if isinstance(value, datetime) else value


class StoreInstallationStore(InstallationStore):
    """slack_sdk's InstallationStore on the bot's store: one bot installation per workspace (the
    bot needs no user tokens)."""

    def __init__(self, store, *, logger: logging.Logger = log):
        self.store = store
        self._logger = logger

    @property
    def logger(self) -> logging.Logger:
        return self._logger

    def save(self, installation: Installation) -> None:
        bot = installation.to_bot()
        bot.set_custom_value("installer", installation.user_id)
        self.save_bot(bot)

    def save_bot(self, bot: Bot) -> None:
        doc = {k: _timestamp(v) for k, v in bot.to_dict_for_copying().items()}
        if doc.get("bot_token_expires_at") is not None:  # slack_sdk wants whole seconds here
            doc["bot_token_expires_at"] = int(doc["bot_token_expires_at"])
        doc["bot_scopes"] = doc.get("bot_scopes") or ""
        key = installation_key(bot.enterprise_id, bot.team_id)
        with self.store.transaction() as tx:
            before = tx.get(INSTALLATIONS, key)
            tx.put(INSTALLATIONS, key, doc)
            rotated = before is not None and before.get("installed_at") == doc.get("installed_at")
            tx.log({"team": bot.team_id, "action": "token_rotated" if rotated else "installed",
                    "user": (bot.custom_values or {}).get("installer") or "slack",
                    "at": datetime.now(UTC).isoformat(), "command": "Slack OAuth"})

    def find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                 is_enterprise_install: bool | None = False) -> Bot | None:
        if is_enterprise_install:
            team_id = None
        doc = self.store.get(INSTALLATIONS, installation_key(enterprise_id, team_id))
        return Bot(**doc) if doc else None

    def find_installation(self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None,
                          is_enterprise_install: bool | None = False) -> Installation | None:
        bot = self.find_bot(enterprise_id=enterprise_id, team_id=team_id,
                            is_enterprise_install=is_enterprise_install)
        if bot is None:
            return None
        fields = {k: v for k, v in bot.to_dict_for_copying().items() if k != "bot_scopes"}
        expires = fields.pop("bot_token_expires_at", None)
        return Installation(user_id=bot.custom_values.get("installer") or "", bot_scopes=bot.bot_scopes,
                            bot_token_expires_at=int(_timestamp(expires)) if expires is not None else None,
                            **{k: _timestamp(v) for k, v in fields.items()})

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self._delete(enterprise_id, team_id, action="uninstalled")

    def delete_installation(self, *, enterprise_id: str | None, team_id: str | None,
                            user_id: str | None = None) -> None:
        if user_id is None:  # a user's own token (we keep none) needs no action
            self._delete(enterprise_id, team_id, action="uninstalled")

    def _delete(self, enterprise_id: str | None, team_id: str | None, *, action: str) -> None:
        with self.store.transaction() as tx:
            if tx.delete(INSTALLATIONS, installation_key(enterprise_id, team_id)):
                tx.log({"team": team_id, "action": action, "user": "slack",
                        "at": datetime.now(UTC).isoformat(), "command": "Slack"})

    def installed(self) -> list[Bot]:
        """Every workspace with a bot token, sorted by team id."""
        return sorted((Bot(**doc) for doc in self.store.all(INSTALLATIONS).values()),
                      key=lambda b: (b.enterprise_id or "", b.team_id or ""))


class StoreStateStore(OAuthStateStore):
    """OAuth `state` values in the bot's store: issued by one instance, consumed (once) by any."""

    def __init__(self, store, *, expiration_seconds: int = STATE_SECONDS, logger: logging.Logger = log):
        self.store, self.expiration_seconds = store, expiration_seconds
        self._logger = logger

    @property
    def logger(self) -> logging.Logger:
        return self._logger

    def issue(self, *args, **kwargs) -> str:
        state = secrets.token_urlsafe(24)
        now = time.time()
        with self.store.transaction() as tx:
            tx.put(STATES, state, {"expires": now + self.expiration_seconds})
            for key, doc in tx.all(STATES).items():  # forget links nobody followed
                if doc.get("expires", 0) < now:
                    tx.delete(STATES, key)
        return state

    def consume(self, state: str) -> bool:
        with self.store.transaction() as tx:
            doc = tx.get(STATES, state)
            if doc is None:
                return False
            tx.delete(STATES, state)
        return doc.get("expires", 0) >= time.time()


def forget_workspace(store, team: str, *, user: str) -> int:
    """Remove a workspace's data and installation for good (the operator's `klik workspace
    forget`); returns how many documents went. The audit history keeps an entry saying so."""
    from bot.store import WORKSPACE_TABLES

    with store.transaction() as tx:
        gone = 0
        for table in sorted(WORKSPACE_TABLES):
            for key in tx.all(table, workspace=team):
                gone += tx.delete(table, key)
        for key, doc in tx.all(INSTALLATIONS).items():
            if doc.get("team_id") == team:
                gone += tx.delete(INSTALLATIONS, key)
        gone += tx.delete("teams", team)
        tx.log({"team": team, "action": "forgotten", "user": user, "at": datetime.now(UTC).isoformat(),
                "command": f"klik workspace forget {team}", "documents": gone})
    return gone


@dataclass(frozen=True)
class OAuthConfig:
    """What "Add to Slack" needs, from the environment."""

    client_id: str
    client_secret: str
    scopes: tuple[str, ...] = BOT_SCOPES
    redirect_uri: str | None = None
    install_page: bool = True


def oauth_config(env: Mapping[str, str]) -> OAuthConfig | None:
    """SLACK_CLIENT_ID and SLACK_CLIENT_SECRET switch the app to many workspaces (None: one
    workspace with SLACK_BOT_TOKEN). SLACK_REDIRECT_URI is optional (Slack then uses the app's only
    redirect URL); SLACK_SCOPES overrides the scopes (comma-separated)."""
    from bot.config import ConfigError

    client_id = env.get("SLACK_CLIENT_ID", "").strip()
    client_secret = env.get("SLACK_CLIENT_SECRET", "").strip()
    if not client_id and not client_secret:
        return None
    if not (client_id and client_secret):
        missing = "SLACK_CLIENT_SECRET" if client_id else "SLACK_CLIENT_ID"
        raise ConfigError(f"{missing} mangler: sæt både SLACK_CLIENT_ID og SLACK_CLIENT_SECRET (Basic "
                          "Information → App Credentials) for at installere i flere arbejdsrum.")
    scopes = tuple(s.strip() for s in env.get("SLACK_SCOPES", "").split(",") if s.strip()) or BOT_SCOPES
    return OAuthConfig(client_id=client_id, client_secret=client_secret, scopes=scopes,
                       redirect_uri=env.get("SLACK_REDIRECT_URI", "").strip() or None)


def bolt_oauth(config: OAuthConfig, store, *, client: WebClient) -> dict[str, Any]:
    """The keyword arguments for bolt's App: OAuthSettings on our stores, and an authorize that
    finds each workspace's bot token (rotating it when due) and remembers auth.test per token."""
    from slack_bolt.authorization.authorize import InstallationStoreAuthorize
    from slack_bolt.oauth.oauth_settings import OAuthSettings

    installations = StoreInstallationStore(store)
    settings = OAuthSettings(
        client_id=config.client_id, client_secret=config.client_secret, scopes=list(config.scopes),
        redirect_uri=config.redirect_uri, installation_store=installations, installation_store_bot_only=True,
        state_store=StoreStateStore(store), token_rotation_expiration_minutes=ROTATE_MINUTES,
        install_page_rendering_enabled=config.install_page, logger=log)
    authorize = InstallationStoreAuthorize(
        installation_store=installations, client_id=config.client_id, client_secret=config.client_secret,
        bot_only=True, cache_enabled=True, client=client, logger=log)
    return {"oauth_settings": settings, "installation_store": installations, "authorize": authorize,
            "installation_store_bot_only": True}


def each_workspace(workspaces: Workspaces, run_one, *, teams: set[str] | None = None):
    """One reminder pass per installed workspace (`run_one(team, client)` on its own token), the
    results merged; `teams` limits it to those workspaces."""
    from bot.remind_run import PassResult

    result = PassResult()
    for team, client in workspaces.clients():
        if teams is None or team in teams:
            one = run_one(team, client)
            for name in PassResult.model_fields:
                getattr(result, name).extend(getattr(one, name))
    return result


class Workspaces:
    """Each installed workspace with a Web API client on its own token, for work that no request
    started (the reminder scheduler). Rotating tokens are refreshed and saved first."""

    def __init__(self, store, *, client_id: str, client_secret: str, base_client: WebClient):
        self.installations = StoreInstallationStore(store)
        self.base = base_client
        refresher = WebClient(base_url=base_client.base_url, timeout=base_client.timeout)
        self.rotator = TokenRotator(client_id=client_id, client_secret=client_secret, client=refresher)

    def clients(self) -> Iterator[tuple[str, WebClient]]:
        for bot in self.installations.installed():
            try:
                rotated = self.rotator.perform_bot_token_rotation(bot=bot,
                                                                  minutes_before_expiration=ROTATE_MINUTES)
            except Exception as exc:  # a revoked refresh token: skip this workspace, not all
                log.warning("kunne ikke forny token for %s: %s", bot.team_id, exc)
                continue
            if rotated is not None:
                self.installations.save_bot(rotated)
                bot = rotated
            yield bot.team_id, WebClient(token=bot.bot_token, base_url=self.base.base_url,
                                         timeout=self.base.timeout, retry_handlers=self.base.retry_handlers)

"""`/klik fjern|gendan OPGAVE` and `/klik tilføj-underskrift OPGAVE DOKUMENT af HVEM [til HVEM]
[trin 4,5]`: changes to the knowledge every workspace shares, for the workspace's admins only."""

from __future__ import annotations

import logging
import re

from slack_bolt import App

from bot.catalog import add_signature, remove_tasks, restore_task
from bot.mrkdwn import escape, user
from handlers.registry import CommandContext, Reply, commands
from knowledge.errors import KlikError
from knowledge.qa.messages import text as message

log = logging.getLogger(__name__)


def register(app: App) -> None:
    reg = commands(app)

    def admin(ctx: CommandContext, cli: str) -> None:
        """Slack's own rule for who administers a workspace: users.info is_admin / is_owner."""
        try:
            who = app.client.users_info(user=ctx.user).get("user") or {}
        except Exception as exc:  # Slack down or a token without users:read: refuse, never guess
            log.warning("users.info for %s failed: %s", ctx.user, exc)
            who = {}
        if not (who.get("is_admin") or who.get("is_owner") or who.get("is_primary_owner")):
            raise KlikError(message("catalogcmd_admin_only", ctx.lang, cli=cli))

    @reg.command("fjern", "remove", usage="OPGAVE",
                 summary="help_remove")
    def remove(ctx: CommandContext) -> Reply:
        task = ctx.task(ctx.text)
        admin(ctx, f"remove {task.id}")
        remove_tasks(ctx.store, [task.id], user=ctx.user, command=ctx.command)
        return Reply.announce(message("catalogcmd_removed", ctx.lang, user=user(ctx.user),
                                      task=escape(task.id), title=escape(task.title)))

    @reg.command("gendan", "restore", usage="OPGAVE",
                 summary="help_restore")
    def restore(ctx: CommandContext) -> Reply:
        ref = " ".join(ctx.args)
        if not ref:
            raise KlikError(message("catalogcmd_which", ctx.lang))
        admin(ctx, f"remove --restore {ref}")
        task = restore_task(ctx.store, ref, user=ctx.user, command=ctx.command)
        return Reply.announce(message("catalogcmd_restored", ctx.lang, user=user(ctx.user),
                                      task=escape(task.id), title=escape(task.title)))

    @reg.command("tilføj-underskrift", "add-signature", usage="OPGAVE DOKUMENT af HVEM [til HVEM] [trin 4,5]",
                 summary="help_add_signature")
    def add(ctx: CommandContext) -> Reply:
        found = ctx.task_prefixes(ctx.args)
        if not found:
            raise KlikError(message("catalogcmd_task_first", ctx.lang))
        k, task = found[-1]
        document, signer, recipient, steps = read_signature(" ".join(ctx.args[k:]), ctx.lang)
        admin(ctx, "signature add")
        sig = add_signature(ctx.store, task.id, document=document, signer=signer, recipient=recipient,
                            steps=steps, user=ctx.user, command=ctx.command, via="/klik tilføj-underskrift")
        to = message("catalogcmd_sent_to", ctx.lang, recipient=escape(sig.recipient)) if sig.recipient else ""
        on = message("catalogcmd_steps", ctx.lang, steps=", ".join(map(str, sig.steps))) if sig.steps else ""
        return Reply.announce(message("catalogcmd_added", ctx.lang, user=user(ctx.user), task=escape(task.id),
                                      document=escape(sig.document), signer=escape(sig.signer), to=to, on=on))


_PARTS = re.compile(r"^(?P<doc>.+?)\s+af\s+(?P<signer>.+?)(?:\s+til\s+(?P<to>.+?))?"
                    r"(?:\s+trin\s+(?P<steps>[\d,\s-]+))?\s*$", re.I)


def read_signature(text: str, lang: str = "da") -> tuple[str, str, str | None, list[int]]:
    """'fuldmagt af borgmesteren til KOMBIT trin 4,5' -> ('fuldmagt', 'borgmesteren', 'KOMBIT', [4, 5])."""
    m = _PARTS.match(" ".join(text.split()))
    if not m:
        raise KlikError(message("catalogcmd_signature_usage", lang))
    steps = [int(n) for n in re.findall(r"\d+", m["steps"] or "")]
    return m["doc"].strip("\"' "), m["signer"].strip("\"' "), (m["to"] or "").strip("\"' ") or None, steps

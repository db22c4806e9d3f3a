"""The App Home tab "Mine opgaver": my tasks sorted by urgency with buttons, then the team's
overview; published on app_home_opened and refreshed after every change that concerns the viewer."""

from __future__ import annotations

import logging
import shlex
from functools import partial
from typing import Any

from slack_bolt import App

from bot.deadlines import TZ
from bot.own_work import (
    SOON_DAYS,
    Urgency,
    WorkItem,
    Workload,
    assignees_of,
    home_viewers,
    saw_home,
    workload,
)
from bot.people import departed
from bot.progress import get_progress
from handlers import actions, render
from handlers.people import presence
from handlers.registry import CommandContext, Registry, Reply, commands, in_background
from knowledge.dates import format_date
from knowledge.errors import KlikError
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message
from knowledge.wording import say

MAX_HOME_BLOCKS = 100
HOME_PAGE = 15  # my tasks shown at first; "Vis flere" adds a page at a time
MAX_MINE = 40  # two blocks each: with the overview this stays inside the Home tab's 100 blocks
OVERVIEW_LINES = 10
REFRESH_ALL_MAX = 50  # a go-live change refreshes at most this many open Home tabs
ICON = {Urgency.OVERDUE: "🔴", Urgency.OPEN: "🟡", Urgency.SOON: "🟠", Urgency.LATER: "⚪",
        Urgency.UNDATED: "⚫", Urgency.DONE: "✅"}
log = logging.getLogger("klik")


def register(app: App) -> None:
    reg = commands(app)

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], body: dict[str, Any], client) -> None:
        if event.get("tab", "home") != "home":
            return
        team = body.get("team_id") or event.get("team", "")
        saw_home(reg.services.store, team, event["user"])
        in_background(lambda: publish(reg, client, team=team, user=event["user"]))

    @app.action(actions.HOME_STEP)
    def on_step(ack, body: dict[str, Any], action: dict[str, Any], client) -> None:
        ref, step = shlex.split(action["value"])
        ctx = _context(reg, body, client, command=message("home_command_step", "da", step=step, ref=ref))
        note = _run(reg, ctx, f"done {shlex.quote(ref)} {step}")  # stored before the ack
        ack()
        in_background(*ctx.later, lambda: refresh(reg, ctx, None, skip=ctx.user),
                      lambda: publish(reg, client, team=ctx.team, user=ctx.user, note=note))

    @app.action(actions.HOME_MORE)
    def on_more(ack, body: dict[str, Any], action: dict[str, Any], client) -> None:
        ack()
        in_background(lambda: publish(reg, client, team=_team(body), user=body["user"]["id"],
                                      shown=int(action["value"])))

    @app.action(actions.OPEN_STATUS)
    def on_status(ack, body: dict[str, Any], action: dict[str, Any], client) -> None:
        ack()
        ctx = _context(reg, body, client, command=message("home_command_status", "da"))
        try:
            reply = reg.run_text(f"status {shlex.quote(action['value'])}", ctx)
        except KlikError as exc:
            publish(reg, client, team=ctx.team, user=ctx.user, note=f"⚠️ {render.escape(exc.text(ctx.lang))}")
            return
        blocks = [{k: v for k, v in b.items() if k != "accessory"} for b in reply.blocks
                  if b.get("type") != "actions"]
        client.views_open(trigger_id=body["trigger_id"], view={
            "type": "modal", "title": {"type": "plain_text", "text": message("home_status_title", ctx.lang)},
            "close": {"type": "plain_text", "text": message("home_close", ctx.lang)},
            "blocks": blocks[:MAX_HOME_BLOCKS]})

    @partial(reg.after_each, when=changes_homes)
    def refresh_homes(ctx: CommandContext, reply: Reply) -> None:
        refresh(reg, ctx, reply)


def changes_homes(ctx: CommandContext, reply: Reply | None) -> bool:
    """Whether a request may have changed a Home tab: a change announced in the channel, a button on
    a task, or `reply` None (the caller knows a change was made). Cheap: no store, no Slack."""
    changed = reply is None or reply.public or (ctx.touched and ctx.word.startswith("klik_"))
    return ctx.client is not None and bool(changed)


def refresh(reg: Registry, ctx: CommandContext, reply: Reply | None, *, skip: str | None = None) -> None:
    """After a change, refresh the Home tab of the people it concerns (who have opened it)."""
    if not changes_homes(ctx, reply):
        return
    viewers = home_viewers(ctx.store, ctx.team)
    if ctx.touched:
        concerned = {ctx.user} | {who for task in ctx.touched
                                  for who in get_progress(ctx.store, ctx.team, task).assignees.values()}
    else:  # a go-live date: everyone's dates may have moved
        concerned = set(sorted(viewers)[:REFRESH_ALL_MAX])
    for user in sorted((concerned & viewers) - {skip}):
        publish(reg, ctx.client, team=ctx.team, user=user)


def _team(body: dict[str, Any]) -> str:
    return (body.get("team") or {}).get("id") or body["user"].get("team_id", "")


def _context(reg: Registry, body: dict[str, Any], client, *, command: str) -> CommandContext:
    return CommandContext(services=reg.services, team=_team(body), user=body["user"]["id"], command=command,
                          client=client, trigger_id=body.get("trigger_id"))


def _run(reg: Registry, ctx: CommandContext, text: str) -> str:
    """Run a /klik subcommand for a Home button; its answer (or the error) becomes the note on top."""
    try:
        return reg.run_text(text, ctx).text
    except KlikError as exc:
        return f"⚠️ {render.escape(exc.text(ctx.lang))}"


def publish(reg: Registry, client, *, team: str, user: str, shown: int = HOME_PAGE,
            note: str | None = None) -> dict:
    """Build and publish `user`'s Home tab (views.publish); returns the view."""
    services = reg.services
    store = services.store
    for person in sorted(assignees_of(store, team)):
        presence(client, store, team, person)  # remembered a day; flags people who left
    today = services.now().astimezone(TZ).date()
    load = workload(services.knowledge(), store, team, user, today=today, departed=departed(store, team))
    view = {"type": "home", "blocks": home_blocks(load, user=user, shown=shown, note=note,
                                                    when=render.when(services.now()))}
    client.views_publish(user_id=user, view=view)
    return view


def home_blocks(load: Workload, *, user: str, shown: int = HOME_PAGE, note: str | None = None,
                when: str = "", lang: str = "da") -> list[render.Block]:
    """The Home tab: my tasks (most urgent first, `shown` of them), then the team's overview."""
    mine = load.mine
    shown = max(1, min(shown, MAX_MINE))
    count = render.count(len(mine), message("home_task_one", lang), message("home_task_many", lang))
    blocks = [render.header(message("home_title", lang)),
              render.context(message("home_intro", lang, user=render.user(user), count=count, when=when))]
    if note:
        blocks.append(render.section(note))
    if not mine:
        blocks.append(render.section(message("home_nothing_mine", lang)))
    for item in mine[:shown]:
        blocks += [render.section(_item_text(item, lang)), render.actions(*_item_buttons(item, lang))]
    left = len(mine) - min(shown, len(mine))
    if left and shown < MAX_MINE:
        more = min(MAX_MINE, shown + HOME_PAGE)
        blocks.append(render.actions(render.button(message("home_more_button", lang, left=left),
                                                   action_id=actions.HOME_MORE, value=str(more))))
    elif left:
        blocks.append(render.context(counted("home_more_tasks", lang, left, left=left)))
    blocks += _overview_blocks(load, lang)
    return render.limit_blocks(blocks, hint=message("home_see_mine", lang), most=MAX_HOME_BLOCKS)


def _item_text(item: WorkItem, lang: str) -> str:
    name = render.escape(render.task_name(item.task, item.title, limit=80))
    lines = [f"{ICON[item.urgency]} *{name}* – {_when(item, lang)}"]
    facts = [message("home_you_are", lang, roles=f" {say('and', lang)} ".join(item.roles)),
             item.status.label(lang)]
    if item.steps_total:
        facts.append(counted("home_steps", lang, item.steps_total, done=item.steps_done,
                             total=item.steps_total))
    lines.append(" · ".join(facts))
    if item.next_step is not None:
        step = render.escape(render.clip(item.next_text or "", 200))
        lines.append(message("home_next_step", lang, number=item.next_step, text=step))
    for sig in item.missing:
        lines.append(message("home_missing_signature", lang, document=render.escape(sig.document),
                             state=sig.state.label(lang)))
    if item.snoozed_until:
        lines.append(message("home_snoozed", lang, day=format_date(item.snoozed_until, lang=lang)))
    for who in item.departed:
        lines.append(message("home_departed", lang, user=render.user(who)))
    return "\n".join(lines)


def _when(item: WorkItem, lang: str) -> str:
    if item.end is None:
        return message("home_no_date", lang)
    end = format_date(item.end, lang=lang)
    if item.urgency is Urgency.OVERDUE:
        return message("home_overdue_since", lang, overdue=message("urgency_overdue", lang).upper(), end=end)
    if item.days_left == 0:
        return message("home_due_today", lang, end=end)
    start = (message("home_start", lang, day=format_date(item.start, lang=lang))
             if item.start and item.urgency is not Urgency.OPEN else "")
    return message("home_due_in_1" if item.days_left == 1 else "home_due_in", lang, start=start, end=end,
                   n=item.days_left)


def _item_buttons(item: WorkItem, lang: str) -> list[render.Block]:
    ref = item.task
    buttons = []
    if item.next_step is not None:
        value = shlex.join([ref, str(item.next_step)])
        buttons.append(render.button(message("home_button_step", lang, step=item.next_step),
                                     action_id=actions.HOME_STEP, value=value, style="primary"))
    if item.missing:
        buttons.append(render.button(message("home_button_signature", lang),
                                     action_id=actions.OPEN_SIGNATURE, value=ref))
    buttons += [render.button(message("home_button_snooze", lang), action_id=actions.OPEN_SNOOZE, value=ref),
                render.button(message("home_button_assign", lang), action_id=actions.OPEN_ASSIGN, value=ref),
                render.button(message("home_button_status", lang), action_id=actions.OPEN_STATUS, value=ref)]
    return buttons


def _overview_blocks(load: Workload, lang: str) -> list[render.Block]:
    team = load.team
    blocks = [render.divider(), render.header(message("home_team", lang))]
    for key, items in (("home_team_overdue", team.overdue),
                       ("home_team_due_soon", team.due_soon),
                       ("home_team_unassigned", team.unassigned_critical),
                       ("home_team_departed", team.departed)):
        if not items and key == "home_team_departed":
            continue
        lines = [_overview_line(i, lang) for i in items[:OVERVIEW_LINES]] or [message("home_team_none", lang)]
        if len(items) > OVERVIEW_LINES:
            lines.append(message("home_team_more", lang, n=len(items) - OVERVIEW_LINES))
        title = message(key, lang, days=SOON_DAYS)
        blocks.append(render.section(message("home_team_group", lang, title=title, n=len(items)) + "\n"
                                     + "\n".join(lines)))
    blocks.append(render.context(message("home_footer", lang)))
    return blocks


def _overview_line(item: WorkItem, lang: str) -> str:
    who = item.assignees.get("ansvarlig") or item.assignees.get("udfører")
    owner = f" · {render.user(who)}" if who else message("home_no_responsible", lang)
    name = render.escape(render.task_name(item.task, item.title, limit=60))
    return f"{ICON[item.urgency]} *{name}* – {_when(item, lang)}{owner}"

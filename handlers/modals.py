"""Modals for assign (user picker), snooze (working days), go-live (date picker) and signature
marks, opened from buttons (Home tab, messages) and from global shortcuts. A submission runs the
very same /klik subcommand a typed command would, so rules, audit and replies cannot differ."""

from __future__ import annotations

import json
import shlex
from typing import Any

from slack_bolt import App

from bot.golive import golive_overview
from handlers import actions, render
from handlers.registry import CommandContext, Registry, commands
from knowledge.errors import KlikError, UnknownTask
from knowledge.qa.messages import text as message

SHORTCUTS = {"klik_assign": "assign", "klik_snooze": "snooze", "klik_golive": "golive",
             "klik_signature": "signature"}
OPENERS = {actions.OPEN_ASSIGN: "assign", actions.OPEN_SNOOZE: "snooze", actions.OPEN_GOLIVE: "golive",
           actions.OPEN_SIGNATURE: "signature"}
CALLBACK = "klik_modal_{}"
SNOOZE_DAYS = (1, 2, 3, 5, 10, 0)  # working days; each is worded as modal_snooze_<n>
MAX_OPTIONS = 100  # a static_select holds at most 100 options
KINDS = ("assign", "snooze", "golive", "signature")  # each titled modal_title_<kind>


def register(app: App) -> None:
    reg = commands(app)
    for callback_id, kind in SHORTCUTS.items():
        app.shortcut(callback_id)(_opener(reg, kind, from_value=False))
    for action_id, kind in OPENERS.items():
        app.action(action_id)(_opener(reg, kind, from_value=True))
    for kind in KINDS:
        app.view(CALLBACK.format(kind))(_submitter(reg, kind))
    for kind in KINDS:
        reg.modals[kind] = _typed_opener(reg, kind)


def _typed_opener(reg: Registry, kind: str):
    def open_for_command(ctx: CommandContext, value: str) -> bool:
        ctx.client.views_open(trigger_id=ctx.trigger_id,
                              view=modal(reg, kind, team=ctx.team, value=value, lang=ctx.lang))
        return True

    return open_for_command


def _opener(reg: Registry, kind: str, *, from_value: bool):
    def open_modal(ack, body: dict[str, Any], client) -> None:
        ack()
        value = ((body.get("actions") or [{}])[0].get("value") or "") if from_value else ""
        team = (body.get("team") or {}).get("id") or body["user"].get("team_id", "")
        client.views_open(trigger_id=body["trigger_id"], view=modal(reg, kind, team=team, value=value))

    open_modal.__name__ = f"open_{kind}_modal"
    return open_modal


def modal(reg: Registry, kind: str, *, team: str, value: str = "", lang: str = "da") -> dict[str, Any]:
    """The modal for `kind`; `value` is the task (or the wave, for go-live) it is opened for."""
    kb = reg.services.knowledge()
    task = kb.get(value) if value and kind != "golive" else None
    blocks: list[dict[str, Any]] = []
    if kind != "golive":
        if task is None:
            blocks.append(_input("task", message("modal_task", lang), {
                "type": "plain_text_input", "action_id": "value",
                "placeholder": _plain(message("modal_task_placeholder", lang))}))
        else:
            blocks.append(render.section(f"*{render.task_label(task)}*"))
    if kind == "assign":
        roles = [(role, message(f"modal_role_{role}", lang)) for role in ("ansvarlig", "udfører")]
        blocks += [_input("role", message("modal_role", lang), _select(roles, initial="ansvarlig")),
                   _input("user", message("modal_person", lang), {
                       "type": "users_select", "action_id": "value",
                       "placeholder": _plain(message("modal_pick_person", lang))})]
    elif kind == "snooze":
        choices = [(str(n), message(f"modal_snooze_{n}", lang)) for n in SNOOZE_DAYS]
        blocks.append(_input("days", message("modal_how_long", lang), _select(choices, initial="3")))
    elif kind == "golive":
        names = [r.name for r in golive_overview(kb, reg.services.store, team)][:MAX_OPTIONS]
        if not names:
            raise KlikError(message("modal_nothing_to_set", lang))
        blocks += [_input("name", message("modal_wave_or_project", lang),
                          _select([(n, n) for n in names], initial=value if value in names else None)),
                   _input("day", message("modal_golive_date", lang),
                          {"type": "datepicker", "action_id": "value"})]
    else:
        blocks += _signature_inputs(task, lang)
    return {"type": "modal", "callback_id": CALLBACK.format(kind),
            "title": _plain(message(f"modal_title_{kind}", lang)),
            "submit": _plain(message("modal_save", lang)), "close": _plain(message("modal_cancel", lang)),
            "blocks": blocks, "private_metadata": json.dumps({"task": task.id if task else None})}


def _signature_inputs(task, lang: str) -> list[dict[str, Any]]:
    """Which document (when the task has several, or is not known yet) and what happened to it."""
    blocks = []
    sigs = task.signatures if task is not None else []
    if len(sigs) > 1:
        blocks.append(_input("number", message("modal_document", lang), _select(
            [(str(n), render.clip(s.document, 70)) for n, s in enumerate(sigs, start=1)][:MAX_OPTIONS],
            initial="1")))
    elif task is None:
        blocks.append(_input("number", message("modal_number", lang),
                             {"type": "plain_text_input", "action_id": "value"}, optional=True))
    signed = _option("signed", message("modal_signed", lang))
    blocks.append(_input("mark", message("modal_what_happened", lang), {
        "type": "radio_buttons", "action_id": "value",
        "options": [_option("received", message("modal_received", lang)), signed],
        "initial_option": signed}))
    return blocks


def command_text(kind: str, task: str | None, values: dict[str, Any]) -> str:
    """The /klik subcommand a submission stands for, e.g. 'assign 433 ansvarlig <@U1>'."""
    ref = shlex.quote(task) if task else ""
    if kind == "assign":
        return f"assign {ref} {values['role']} <@{values['user']}>"
    if kind == "snooze":
        return f"udsæt {ref} {values['days']}d"
    if kind == "golive":
        return f"golive {shlex.quote(values['name'])} {values['day']}"
    word = "underskrevet" if values["mark"] == "signed" else "modtaget"
    return f"{word} {ref} {values.get('number') or ''}".strip()


def _submitter(reg: Registry, kind: str):
    def on_submit(ack, body: dict[str, Any], view: dict[str, Any], client) -> None:
        values = _values(view)
        task = json.loads(view.get("private_metadata") or "{}").get("task") or values.get("task")
        missing = [b for b in ("task", "user", "day", "name") if b in values and not values[b]]
        if missing:
            ack(response_action="errors", errors={b: message("modal_fill_in", "da") for b in missing})
            return
        user = body["user"]["id"]
        team = (body.get("team") or {}).get("id") or view.get("team_id") or body["user"].get("team_id", "")
        title = message(f"modal_title_{kind}", "da")  # the audit log's words are Danish
        ctx = CommandContext(services=reg.services, team=team, user=user, client=client,
                             command=message("modal_command", "da", title=title))
        try:
            reply = reg.run_text(command_text(kind, task, values), ctx)
        except KlikError as exc:
            where = "task" if "task" in values and isinstance(exc, UnknownTask) else _main_field(kind, values)
            ack(response_action="errors", errors={where: render.clip(exc.text(ctx.lang), 150)})
            return
        ack()  # closes the modal; the change is stored
        # the confirmation goes to the user's DM with klik (a modal has no channel), after the ack
        ctx.later.insert(0, lambda: client.chat_postMessage(channel=user, **reply.message()))
        reg.finished(ctx, reply)

    on_submit.__name__ = f"submit_{kind}_modal"
    return on_submit


def _values(view: dict[str, Any]) -> dict[str, Any]:
    """state.values as {block_id: the chosen value} for every input kind the modals use."""
    out: dict[str, Any] = {}
    for block_id, fields in (view.get("state") or {}).get("values", {}).items():
        field = next(iter(fields.values()), {})
        out[block_id] = (field.get("selected_user") or field.get("selected_date")
                         or (field.get("selected_option") or {}).get("value") or field.get("value") or "")
    return out


def _main_field(kind: str, values: dict[str, Any]) -> str:
    for block_id in {"assign": ("user",), "snooze": ("days",), "golive": ("day",),
                     "signature": ("number", "mark")}[kind]:
        if block_id in values:
            return block_id
    return next(iter(values))


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": render.clip(text, 150)}


def _option(value: str, text: str) -> dict[str, Any]:
    return {"text": _plain(render.clip(text, 75)), "value": value}


def _select(choices: list[tuple[str, str]], *, initial: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "static_select", "action_id": "value",
                               "options": [_option(v, t) for v, t in choices]}
    chosen = next((c for c in choices if c[0] == initial), None)
    if chosen:
        element["initial_option"] = _option(*chosen)
    return element


def _input(block_id: str, label: str, element: dict[str, Any], *, optional: bool = False) -> dict[str, Any]:
    return {"type": "input", "block_id": block_id, "label": _plain(label), "element": element,
            "optional": optional}

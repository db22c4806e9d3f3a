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

SHORTCUTS = {"klik_assign": "assign", "klik_snooze": "snooze", "klik_golive": "golive",
             "klik_signature": "signature"}
OPENERS = {actions.OPEN_ASSIGN: "assign", actions.OPEN_SNOOZE: "snooze", actions.OPEN_GOLIVE: "golive",
           actions.OPEN_SIGNATURE: "signature"}
CALLBACK = "klik_modal_{}"
SNOOZE_CHOICES = [(1, "1 arbejdsdag"), (2, "2 arbejdsdage"), (3, "3 arbejdsdage"), (5, "1 uge"),
                  (10, "2 uger"), (0, "Genoptag påmindelserne nu")]
MAX_OPTIONS = 100  # a static_select holds at most 100 options
TITLES = {"assign": "Tildel opgave", "snooze": "Udsæt påmindelser", "golive": "Sæt go-live",
          "signature": "Underskrift"}


def register(app: App) -> None:
    reg = commands(app)
    for callback_id, kind in SHORTCUTS.items():
        app.shortcut(callback_id)(_opener(reg, kind, from_value=False))
    for action_id, kind in OPENERS.items():
        app.action(action_id)(_opener(reg, kind, from_value=True))
    for kind in TITLES:
        app.view(CALLBACK.format(kind))(_submitter(reg, kind))
    for kind in TITLES:
        reg.modals[kind] = _typed_opener(reg, kind)


def _typed_opener(reg: Registry, kind: str):
    def open_for_command(ctx: CommandContext, value: str) -> bool:
        ctx.client.views_open(trigger_id=ctx.trigger_id, view=modal(reg, kind, team=ctx.team, value=value))
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


def modal(reg: Registry, kind: str, *, team: str, value: str = "") -> dict[str, Any]:
    """The modal for `kind`; `value` is the task (or the wave, for go-live) it is opened for."""
    kb = reg.services.knowledge()
    task = kb.get(value) if value and kind != "golive" else None
    blocks: list[dict[str, Any]] = []
    if kind != "golive":
        if task is None:
            blocks.append(_input("task", "Opgave", {"type": "plain_text_input", "action_id": "value",
                                                     "placeholder": _plain("fx 433 eller eFaktura 8b")}))
        else:
            blocks.append(render.section(f"*{render.task_label(task)}*"))
    if kind == "assign":
        blocks += [_input("role", "Rolle", _select([("ansvarlig", "Ansvarlig"), ("udfører", "Udfører")],
                                                   initial="ansvarlig")),
                   _input("user", "Person", {"type": "users_select", "action_id": "value",
                                             "placeholder": _plain("Vælg en person")})]
    elif kind == "snooze":
        blocks.append(_input("days", "Hvor længe", _select([(str(n), text) for n, text in SNOOZE_CHOICES],
                                                             initial="3")))
    elif kind == "golive":
        names = [r.name for r in golive_overview(kb, reg.services.store, team)][:MAX_OPTIONS]
        if not names:
            raise KlikError("Der er ingen bølger eller projekter at sætte go-live for; importér opgaver "
                            "først.")
        blocks += [_input("name", "Bølge eller projekt", _select([(n, n) for n in names],
                                                                 initial=value if value in names else None)),
                   _input("day", "Go-live-dato", {"type": "datepicker", "action_id": "value"})]
    else:
        sigs = task.signatures if task is not None else []
        if len(sigs) > 1:
            blocks.append(_input("number", "Dokument", _select(
                [(str(n), render.clip(s.document, 70)) for n, s in enumerate(sigs, start=1)][:MAX_OPTIONS],
                initial="1")))
        elif task is None:
            blocks.append(_input("number", "Nr. (hvis opgaven har flere dokumenter)",
                                 {"type": "plain_text_input", "action_id": "value"}, optional=True))
        blocks.append(_input("mark", "Hvad er sket", {
            "type": "radio_buttons", "action_id": "value",
            "options": [_option("received", "Dokumentet er modtaget"),
                        _option("signed", "Underskrevet og sendt retur")],
            "initial_option": _option("signed", "Underskrevet og sendt retur")}))
    return {"type": "modal", "callback_id": CALLBACK.format(kind), "title": _plain(TITLES[kind]),
            "submit": _plain("Gem"), "close": _plain("Annullér"), "blocks": blocks,
            "private_metadata": json.dumps({"task": task.id if task else None})}


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
            ack(response_action="errors", errors={b: "Udfyld feltet." for b in missing})
            return
        user = body["user"]["id"]
        team = (body.get("team") or {}).get("id") or view.get("team_id") or body["user"].get("team_id", "")
        ctx = CommandContext(services=reg.services, team=team, user=user, client=client,
                             command=f"modal «{TITLES[kind]}»")
        try:
            reply = reg.run_text(command_text(kind, task, values), ctx)
        except KlikError as exc:
            where = "task" if "task" in values and isinstance(exc, UnknownTask) else _main_field(kind, values)
            ack(response_action="errors", errors={where: render.clip(str(exc), 150)})
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

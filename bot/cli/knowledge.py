"""`klik show`, `klik list`, `klik import`: the tasks the bot knows."""

from __future__ import annotations

import json
import shlex
import textwrap

import click

from bot.catalog import (
    TASKS,
    add_signature,
    import_files,
    load_knowledge,
    remove_tasks,
    removed_tasks,
    restore_task,
)
from bot.cli import cli, echo_limited, limit_options, message
from bot.config import default_team, local_user, store_location
from bot.deadlines import text_deadline_day, window_for
from bot.golive import golive_dates
from bot.store import Store
from knowledge.base import ref_key
from knowledge.date_deadlines import is_date_deadline
from knowledge.dates import Window, format_date
from knowledge.deadlines import GOLIVE
from knowledge.errors import KlikError
from knowledge.models import Task
from knowledge.week_deadlines import week_text

WIDTH = 100


@cli.command()
@click.argument("task", nargs=-1, required=True, metavar="OPGAVE...")
@click.option("--json", "as_json", is_flag=True, help="Hele opgaven som JSON (feltnavne som i modellen).")
def show(task: tuple[str, ...], as_json: bool) -> None:
    """Vis en opgave. OPGAVE er id eller kode, fx 433 eller "efaktura 8b"."""
    store = Store(store_location())
    found = load_knowledge(store).resolve(" ".join(task))
    if as_json:
        click.echo(found.model_dump_json(indent=2))
        return
    click.echo(render_task(found, window=_window(store, found)))


@cli.command(name="list")
@click.argument("which", nargs=-1, metavar="[FILTER]...")
@click.option("--json", "as_json", is_flag=True, help="Alle opgaver som en JSON-liste.")
@limit_options(default=200)
def list_tasks(which: tuple[str, ...], as_json: bool, limit: int, show_all: bool) -> None:
    """Vis de kendte opgaver, én pr. linje; FILTER filtrerer som /klik list (open, mine, et projekt
    eller en bølge)."""
    kb = load_knowledge(Store(store_location()))
    if which:
        from bot.cli.slash import run_slash

        run_slash(["list", *which])
        return
    if as_json:
        click.echo(json.dumps([t.model_dump(mode="json") for t in kb.tasks], ensure_ascii=False, indent=2))
        return
    width = max((len(t.id) for t in kb.tasks), default=0)
    echo_limited([f"{t.id:<{width}}  {t.project or '-':<20}  {t.title}" for t in kb.tasks], limit=limit,
                 show_all=show_all, noun=(message("cli_task_one"), message("cli_task_many")))


@cli.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True), metavar="FIL...")
@click.option("--force", is_flag=True,
              help="Importér også en ny udgave, der mister metodetrin, underskrifter eller afsnit.")
def import_(files: tuple[str, ...], force: bool) -> None:
    """Importér KLIK-eksporter (FIL...): alle eller ingen; en opgave med samme id erstattes."""
    store = Store(store_location())
    known, imported = load_knowledge(store), store.all(TASKS)  # 'removed:…' keys never match a task key
    tasks = import_files(store, files, user=local_user(), command="klik import" + " --force" * force,
                         force=force)
    click.echo(message("cli_imported_1") if len(tasks) == 1 else message("cli_imported", n=len(tasks)))
    for t in tasks:
        note = (message("cli_replaced_import") if ref_key(t.id) in imported else
                message("cli_replaces_shipped") if known.get(t.id) else "")
        click.echo(f"  {t.id}: {t.title}{note}")


@cli.command()
@click.argument("tasks", nargs=-1)
@click.option("--restore", is_flag=True,
              help="Gendan i stedet: en fjernet opgave, eller den medfølgende udgave af en opgave.")
@click.option("--list", "show_list", is_flag=True, help="Vis de fjernede opgaver.")
def remove(tasks: tuple[str, ...], restore: bool, show_list: bool) -> None:
    """Fjern opgaver (TASK...) fra vidensbasen for alle arbejdsrum; --restore gendanner dem.
    En opgave med mellemrum skrives i anførselstegn: klik remove "efaktura 8b"."""
    store = Store(store_location())
    if show_list:
        rows = removed_tasks(store)
        for row in rows:
            kind = message("cli_removed_shipped" if row.get("shipped_hidden") else "cli_removed_imported")
            click.echo(message("cli_removed_row", task=row["id"], title=row.get("title", ""), kind=kind,
                               when=row.get("removed_at", "")[:10], who=row.get("removed_by", "?")))
        if not rows:
            click.echo(message("cli_none_removed"))
        return
    if not tasks:
        raise KlikError.said("cli_remove_which")
    command = "klik remove" + " --restore" * restore
    if restore:
        for ref in tasks:
            task = restore_task(store, ref, user=local_user(), command=command)
            click.echo(message("cli_restored", task=task.id, title=task.title))
        return
    removed = remove_tasks(store, tasks, user=local_user(), command=command)
    for task in removed:
        click.echo(message("cli_removed", task=task.id, title=task.title, ref=shlex.quote(task.id)))


@cli.group()
def signature() -> None:
    """Underskrifter, som opgavens tekst ikke nævner."""


@signature.command(name="add")
@click.argument("task")
@click.argument("document", nargs=-1, required=True)
@click.option("--signer", required=True, help="Hvem der skal underskrive, fx økonomichefen.")
@click.option("--recipient", help="Hvem dokumentet sendes til bagefter, fx KOMBIT.")
@click.option("--steps", help="Metodetrinene, fx 4,5: det første modtager dokumentet, det sidste "
                              "underskriver det.")
def signature_add(task: str, document: tuple[str, ...], signer: str, recipient: str | None,
                  steps: str | None) -> None:
    """Tilføj en underskrift til opgave TASK: DOCUMENT skal underskrives af --signer. Den følges og
    påmindes som de underskrifter, teksten selv nævner, for alle arbejdsrum."""
    store = Store(store_location())
    numbers = parse_steps(steps)
    sig = add_signature(store, task, document=" ".join(document), signer=signer, recipient=recipient,
                        steps=numbers, user=local_user(), command="klik signature add",
                        via="klik signature add")
    found = load_knowledge(store).resolve(task)
    click.echo(message("cli_signature_added", task=found.id, n=len(found.signatures),
                       line=_signature_line(sig)))


def parse_steps(text: str | None) -> list[int]:
    """'4,5', '4 5', '4-6' -> step numbers."""
    numbers: list[int] = []
    for part in (text or "").replace(",", " ").split():
        lo, _, hi = part.partition("-")
        if not lo.isdigit() or (hi and not hi.isdigit()):
            raise KlikError.said("cli_steps_as_numbers", text=text)
        numbers += range(int(lo), int(hi or lo) + 1)
    return numbers


def _window(store: Store, task: Task) -> Window | None:
    """The task's dates when the workspace has set its go-live date."""
    return window_for(task, golive_dates(store, default_team(store)))


# ---------------------------------------------------------------- human layout

def render_task(task: Task, *, window: Window | None = None, lang: str = "da") -> str:
    """The task laid out for reading in a terminal (its labels in `lang`, its text as KLIK has it)."""
    head = f"{task.id} · {task.title}" if task.id != task.code else task.title
    parts = [head + "\n" + "=" * min(len(head), WIDTH), _facts_table(task, window, lang)]
    for title, body in _sections(task, window, lang):
        if body:
            parts.append(f"{title}\n{body}")
    return "\n\n".join(p for p in parts if p)


def _facts_table(task: Task, window: Window | None, lang: str) -> str:
    sts = {True: message("show_yes", lang), False: message("show_no", lang)}.get(task.sts_infrastructure)
    latest = message("show_latest_in_text", lang, day=format_date(window.end, lang=lang)) if window else None
    rows = [
        ("project", task.project), ("phase", task.phase), ("theme", task.theme),
        ("priority", task.priority), ("waves", ", ".join(task.waves)), ("sts", sts),
        ("duration", _days(task.duration_days, lang)),
        ("end", _offset(task.end_offset_days, "go-live", window.end if window else None, lang) or latest),
        ("start", _offset(task.start_offset_days, message("show_end_anchor", lang),
                          window.start if window else None, lang)),
        ("golive", format_date(window.golive, lang=lang) if window and window.golive else None),
        ("publication", task.publication_status),
    ]
    rows = [(message(f"show_{k}", lang), v) for k, v in rows if v]
    width = max((len(k) for k, _ in rows), default=0) + 1
    return "\n".join(f"{k + ':':<{width}} {v}" for k, v in rows)


def _sections(task: Task, window: Window | None = None, lang: str = "da") -> list[tuple[str, str]]:
    named = [
        ("goal", _wrap(task.goal)),
        ("description", _wrap(task.description)),
        ("steps", "\n".join(_item(f"{s.number}.", s.text) for s in task.method_steps)),
        ("checklist", "\n".join(_checklist_line(i) for i in task.checklist)),
        ("facts", "\n".join(_item("-", f"{f.subject}: {f.value} ({f.context})") for f in task.facts)),
        ("signatures", "\n".join(_item("-", _signature_line(s, lang)) for s in task.signatures)),
        ("deadlines", "\n".join(_item("-", _deadline_line(d, window, lang)) for d in task.text_deadlines)),
        ("result", _wrap(task.result)),
        ("executor", _wrap(task.recommended_executor)),
        ("executor_comment", _wrap(task.executor_comment)),
        ("responsible", _wrap(task.recommended_responsible)),
        ("involved", _wrap(task.involved_parties)),
        ("related", ", ".join(task.related_tasks)),
        ("links", "\n".join(_item("-", f"{link.label}: {link.url}" if link.label else link.url)
                            for link in task.links)),
    ]
    return [*((message(f"show_{name}", lang), body) for name, body in named),
            *[(label, _wrap(value)) for label, value in task.extra.items()]]


def _checklist_line(item) -> str:
    status = f" [{item.status}]" if item.status else ""
    lines = [_item(f"{item.number}.", f"{item.title}{status}")]
    lines += [_item(f"{item.number}.{s.number}.", s.text + (f" [{s.status}]" if s.status else ""), indent=5)
              for s in item.substeps]
    return "\n".join(lines)


def _signature_line(sig, lang: str = "da") -> str:
    text = message("show_approved_by" if sig.approval else "show_signed_by", lang, document=sig.document,
                   signer=sig.signer)
    if sig.recipient:
        text += message("show_sent_to", lang, recipient=sig.recipient)
    if sig.steps:
        text += message("show_on_steps", lang, steps=", ".join(map(str, sig.steps)))
    if sig.source:
        text += f" [{sig.source}]"
    return text


def _deadline_line(deadline, window: Window | None, lang: str = "da") -> str:
    """'30 dage før go-live, 30. januar 2027 (tilslutningsaftale): «De skal returneres ...»'."""
    if deadline.week is not None:
        when = week_text(deadline)
    elif is_date_deadline(deadline):
        when = message("show_by_date", lang, date=deadline.anchor)
    elif deadline.days:
        amount = f"{abs(deadline.days)} {deadline.unit.value}"
        when = message("show_before" if deadline.days < 0 else "show_after", lang, amount=amount,
                       anchor=deadline.anchor)
    else:
        when = message("show_same_day", lang, anchor=deadline.anchor)  # "inden go-live"
    if deadline.fixed_date is not None:
        pass  # the date is the anchor, said once
    elif day := text_deadline_day(deadline, {GOLIVE: window.golive} if window else {}):
        when += f", {format_date(day, lang=lang)}"
    elif deadline.week is not None or is_date_deadline(deadline):
        when += message("show_no_year", lang)
    if not deadline.is_due:  # 'tidligst 6 uger før go-live', 'i 12 måneder efter go-live': no deadline
        when = message(f"show_kind_{deadline.kind.value}", lang) + when
    return f"{when}{f' ({deadline.about})' if deadline.about else ''}: «{deadline.text}»"


def _days(n: int | None, lang: str = "da") -> str | None:
    return None if n is None else message("show_day" if abs(n) == 1 else "show_days", lang, n=n)


def _offset(days: int | None, anchor: str, when, lang: str = "da") -> str | None:
    """-144 -> '144 dage før go-live', with the date when the go-live date is known."""
    if days is None:
        return None
    text = message("show_same_day", lang, anchor=anchor) if days == 0 else \
        message("show_before" if days < 0 else "show_after", lang, amount=_days(abs(days), lang),
                anchor=anchor)
    return f"{text} ({format_date(when, lang=lang)})" if when else text


def _item(marker: str, text: str, *, indent: int = 2) -> str:
    prefix = " " * indent + marker + " "
    return textwrap.fill(text, WIDTH, initial_indent=prefix, subsequent_indent=" " * len(prefix))


def _wrap(text: str | None) -> str:
    """Paragraphs wrapped and indented; list lines keep their marker with a hanging indent."""
    if not text:
        return ""
    out = []
    for line in text.split("\n"):
        if not line:
            out.append("")
        elif (marker := line.split(" ", 1)[0]) and (marker == "-" or marker.rstrip(".").replace(".", "")
                                                     .isdigit()) and " " in line:
            out.append(_item(marker, line.split(" ", 1)[1]))
        else:
            out.append(textwrap.fill(line, WIDTH, initial_indent="  ", subsequent_indent="  "))
    return "\n".join(out)

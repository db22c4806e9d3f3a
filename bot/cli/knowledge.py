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
from bot.cli import cli, echo_limited, limit_options
from bot.config import default_team, local_user, store_location
from bot.deadlines import text_deadline_day, window_for
from bot.golive import golive_dates
from bot.store import Store
from knowledge.base import ref_key
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
                 show_all=show_all, noun=("opgave", "opgaver"))


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
    click.echo(f"Importerede {len(tasks)} opgave{'r' if len(tasks) != 1 else ''}:")
    for t in tasks:
        note = (" (erstattede den tidligere import)" if ref_key(t.id) in imported else
                " (erstatter den medfølgende udgave)" if known.get(t.id) else "")
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
            kind = "medfølgende, skjult" if row.get("shipped_hidden") else "importeret"
            when = row.get("removed_at", "")[:10]
            click.echo(f"  {row['id']}: {row.get('title', '')} ({kind}; fjernet {when} "
                       f"af {row.get('removed_by', '?')})")
        if not rows:
            click.echo("Ingen fjernede opgaver.")
        return
    if not tasks:
        raise KlikError("Skriv hvilke opgaver, fx `klik remove 433` eller `klik remove --restore 433`.")
    command = "klik remove" + " --restore" * restore
    if restore:
        for ref in tasks:
            task = restore_task(store, ref, user=local_user(), command=command)
            click.echo(f"Gendannede {task.id}: {task.title}")
        return
    removed = remove_tasks(store, tasks, user=local_user(), command=command)
    for task in removed:
        click.echo(f"Fjernede {task.id}: {task.title} "
                   f"(gendan med `klik remove --restore {shlex.quote(task.id)}`)")


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
    click.echo(f"Opgave {found.id} har nu underskrift {len(found.signatures)}: {_signature_line(sig)}")


def parse_steps(text: str | None) -> list[int]:
    """'4,5', '4 5', '4-6' -> step numbers."""
    numbers: list[int] = []
    for part in (text or "").replace(",", " ").split():
        lo, _, hi = part.partition("-")
        if not lo.isdigit() or (hi and not hi.isdigit()):
            raise KlikError(f"Trin skrives som tal, fx --steps 4,5 eller --steps 4-6, ikke «{text}».")
        numbers += range(int(lo), int(hi or lo) + 1)
    return numbers


def _window(store: Store, task: Task) -> Window | None:
    """The task's dates when the workspace has set its go-live date."""
    return window_for(task, golive_dates(store, default_team(store)))


# ---------------------------------------------------------------- human layout

def render_task(task: Task, *, window: Window | None = None) -> str:
    """The task laid out for reading in a terminal (Danish)."""
    head = f"{task.id} · {task.title}" if task.id != task.code else task.title
    parts = [head + "\n" + "=" * min(len(head), WIDTH), _facts_table(task, window)]
    for title, body in _sections(task, window):
        if body:
            parts.append(f"{title}\n{body}")
    return "\n\n".join(p for p in parts if p)


def _facts_table(task: Task, window: Window | None) -> str:
    rows = [
        ("Projekt", task.project), ("Fase", task.phase), ("Tema", task.theme),
        ("Prioritet", task.priority), ("Bølger", ", ".join(task.waves)),
        ("STS/infrastruktur", {True: "ja", False: "nej"}.get(task.sts_infrastructure)),
        ("Varighed", _days(task.duration_days)),
        ("Slutdato", _offset(task.end_offset_days, "go-live", window.end if window else None)
         or (f"{format_date(window.end)} (seneste frist i teksten)" if window else None)),
        ("Startdato", _offset(task.start_offset_days, "slutdato",
                              window.start if window else None)),
        ("Go-live", format_date(window.golive) if window else None),
        ("Publicering", task.publication_status),
    ]
    rows = [(k, v) for k, v in rows if v]
    width = max((len(k) for k, _ in rows), default=0) + 1
    return "\n".join(f"{k + ':':<{width}} {v}" for k, v in rows)


def _sections(task: Task, window: Window | None = None) -> list[tuple[str, str]]:
    return [
        ("Mål", _wrap(task.goal)),
        ("Beskrivelse", _wrap(task.description)),
        ("Metode og fremgangsmåde", "\n".join(_item(f"{s.number}.", s.text) for s in task.method_steps)),
        ("Tjekliste", "\n".join(_checklist_line(i) for i in task.checklist)),
        ("Fakta", "\n".join(_item("-", f"{f.subject}: {f.value} ({f.context})") for f in task.facts)),
        ("Underskrifter", "\n".join(_item("-", _signature_line(s)) for s in task.signatures)),
        ("Frister i teksten", "\n".join(_item("-", _deadline_line(d, window)) for d in task.text_deadlines)),
        ("Resultat", _wrap(task.result)),
        ("Anbefalet udfører", _wrap(task.recommended_executor)),
        ("Kommentar til anbefalet udfører", _wrap(task.executor_comment)),
        ("Anbefalet ansvarlig", _wrap(task.recommended_responsible)),
        ("Involverede parter", _wrap(task.involved_parties)),
        ("Relaterede opgaver", ", ".join(task.related_tasks)),
        ("Links", "\n".join(_item("-", f"{link.label}: {link.url}" if link.label else link.url)
                            for link in task.links)),
        *[(label, _wrap(value)) for label, value in task.extra.items()],
    ]


def _checklist_line(item) -> str:
    status = f" [{item.status}]" if item.status else ""
    lines = [_item(f"{item.number}.", f"{item.title}{status}")]
    lines += [_item(f"{item.number}.{s.number}.", s.text + (f" [{s.status}]" if s.status else ""), indent=5)
              for s in item.substeps]
    return "\n".join(lines)


def _signature_line(sig) -> str:
    text = f"{sig.document}: {'godkendes' if sig.approval else 'underskrives'} af {sig.signer}"
    if sig.recipient:
        text += f", sendes til {sig.recipient}"
    if sig.steps:
        text += f" (trin {', '.join(map(str, sig.steps))})"
    if sig.source:
        text += f" [{sig.source}]"
    return text


def _deadline_line(deadline, window: Window | None) -> str:
    """'30 dage før go-live, 30. januar 2027 (tilslutningsaftale): «De skal returneres ...»'."""
    if deadline.week is not None:
        when = week_text(deadline)
    else:
        amount = f"{abs(deadline.days)} {deadline.unit.value}"
        when = f"{amount} {'før' if deadline.days < 0 else 'efter'} {deadline.anchor}" if deadline.days else \
            f"samme dag som {deadline.anchor}"  # "inden go-live"
    if day := text_deadline_day(deadline, {GOLIVE: window.golive} if window else {}):
        when += f", {format_date(day)}"
    elif deadline.week is not None:
        when += " (året står ikke i teksten, så datoen kendes ikke)"
    return f"{when}{f' ({deadline.about})' if deadline.about else ''}: «{deadline.text}»"


def _days(n: int | None) -> str | None:
    return None if n is None else f"{n} dag{'e' if abs(n) != 1 else ''}"


def _offset(days: int | None, anchor: str, when) -> str | None:
    """-144 -> '144 dage før go-live', with the date when the go-live date is known."""
    if days is None:
        return None
    text = f"samme dag som {anchor}" if days == 0 else \
        f"{_days(abs(days))} {'før' if days < 0 else 'efter'} {anchor}"
    return f"{text} ({format_date(when)})" if when else text


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

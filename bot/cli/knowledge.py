"""`klik show`, `klik list`, `klik import`: the tasks the bot knows."""

from __future__ import annotations

import json
import shlex
import textwrap

import click

from bot.catalog import TASKS, import_files, load_knowledge
from bot.cli import cli
from bot.config import default_team, local_user, store_location
from bot.deadlines import window_for
from bot.golive import golive_dates
from bot.store import Store
from knowledge.base import ref_key
from knowledge.dates import Window, format_date
from knowledge.models import Task

WIDTH = 100


@cli.command()
@click.argument("task", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Hele opgaven som JSON (feltnavne som i modellen).")
def show(task: tuple[str, ...], as_json: bool) -> None:
    """Vis en opgave. TASK er id eller kode, fx 433 eller "efaktura 8b"."""
    store = Store(store_location())
    found = load_knowledge(store).resolve(" ".join(task))
    if as_json:
        click.echo(found.model_dump_json(indent=2))
        return
    click.echo(render_task(found, window=_window(store, found)))


@cli.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Alle opgaver som en JSON-liste.")
def list_tasks(as_json: bool) -> None:
    """Vis alle kendte opgaver, én pr. linje."""
    kb = load_knowledge(Store(store_location()))
    if as_json:
        click.echo(json.dumps([t.model_dump(mode="json") for t in kb.tasks], ensure_ascii=False, indent=2))
        return
    width = max((len(t.id) for t in kb.tasks), default=0)
    for t in kb.tasks:
        click.echo(f"{t.id:<{width}}  {t.project or '-':<20}  {t.title}")


@cli.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
def import_(files: tuple[str, ...]) -> None:
    """Importér KLIK-eksporter (FILE...): alle eller ingen; en opgave med samme id erstattes."""
    store = Store(store_location())
    known, imported = load_knowledge(store), store.all(TASKS)
    command = "klik import " + " ".join(shlex.quote(f) for f in files)
    tasks = import_files(store, files, user=local_user(), command=command)
    click.echo(f"Importerede {len(tasks)} opgave{'r' if len(tasks) != 1 else ''}:")
    for t in tasks:
        note = (" (erstattede den tidligere import)" if ref_key(t.id) in imported else
                " (erstatter den medfølgende udgave)" if known.get(t.id) else "")
        click.echo(f"  {t.id}: {t.title}{note}")


def _window(store: Store, task: Task) -> Window | None:
    """The task's dates when the workspace has set its go-live date."""
    return window_for(task, golive_dates(store, default_team(store)))


# ---------------------------------------------------------------- human layout

def render_task(task: Task, *, window: Window | None = None) -> str:
    """The task laid out for reading in a terminal (Danish)."""
    head = f"{task.id} · {task.title}" if task.id != task.code else task.title
    parts = [head + "\n" + "=" * min(len(head), WIDTH), _facts_table(task, window)]
    for title, body in _sections(task):
        if body:
            parts.append(f"{title}\n{body}")
    return "\n\n".join(p for p in parts if p)


def _facts_table(task: Task, window: Window | None) -> str:
    rows = [
        ("Projekt", task.project), ("Fase", task.phase), ("Tema", task.theme),
        ("Prioritet", task.priority), ("Bølger", ", ".join(task.waves)),
        ("STS/infrastruktur", {True: "ja", False: "nej"}.get(task.sts_infrastructure)),
        ("Varighed", _days(task.duration_days)),
        ("Slutdato", _offset(task.end_offset_days, "go-live", window.end if window else None)),
        ("Startdato", _offset(task.start_offset_days, "slutdato",
                              window.start if window else None)),
        ("Go-live", format_date(window.golive) if window else None),
        ("Publicering", task.publication_status),
    ]
    rows = [(k, v) for k, v in rows if v]
    width = max((len(k) for k, _ in rows), default=0) + 1
    return "\n".join(f"{k + ':':<{width}} {v}" for k, v in rows)


def _sections(task: Task) -> list[tuple[str, str]]:
    return [
        ("Mål", _wrap(task.goal)),
        ("Beskrivelse", _wrap(task.description)),
        ("Metode og fremgangsmåde", "\n".join(_item(f"{s.number}.", s.text) for s in task.method_steps)),
        ("Tjekliste", "\n".join(_checklist_line(i) for i in task.checklist)),
        ("Fakta", "\n".join(_item("-", f"{f.subject}: {f.value} ({f.context})") for f in task.facts)),
        ("Underskrifter", "\n".join(_item("-", _signature_line(s)) for s in task.signatures)),
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
    text = f"{sig.document}: underskrives af {sig.signer}"
    if sig.recipient:
        text += f", sendes til {sig.recipient}"
    if sig.steps:
        text += f" (trin {', '.join(map(str, sig.steps))})"
    return text


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

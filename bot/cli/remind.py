"""`klik golive`, `klik due`, `klik remind`: go-live dates, what is due, and one reminder pass for cron."""

from __future__ import annotations

import json
from datetime import datetime

import click

from bot.catalog import load_knowledge
from bot.cli import cli, counted_message, echo_limited, limit_options, message
from bot.config import default_team, local_user, slack_settings, store_location
from bot.deadlines import DEFAULT_DUE_DAYS, MAX_DUE_DAYS, TZ, DueState, due, parse_due_days
from bot.golive import (
    CLEAR_WORDS,
    GoliveRow,
    clear_golive,
    describe_row,
    golive_dates,
    golive_overview,
    parse_day,
    read_golive_words,
    row_summary,
    set_golive,
)
from bot.golive_moves import golive_moves, move_text, moves_summary
from bot.mrkdwn import local_user_name
from bot.progress import team_progress
from bot.remind_run import PassResult, run_pass
from bot.reminders import Reminder, ReminderSettings, local_time
from bot.store import Store
from knowledge.dates import format_date
from knowledge.errors import KlikError

JSON_KEYS = ("task", "kind", "recipient", "channel", "text", "due", "team", "subject", "overdue", "reason")


@cli.command()
@click.argument("words", nargs=-1, metavar="[BØLGE [DATO]]")
@click.option("--clear", is_flag=True, help="Fjern datoen for bølgen/projektet i stedet.")
def golive(words: tuple[str, ...], clear: bool) -> None:
    """Go-live-datoer: uden argumenter vises alle; BØLGE viser én; BØLGE DATO sætter en,
    fx "KY - Bølge 3" 2027-03-01."""
    store = Store(store_location())
    team = default_team(store)
    command = "klik golive " + " ".join(words)
    kb = load_knowledge(store)
    before = golive_dates(store, team)
    if len(words) > 1 and words[-1].casefold() in CLEAR_WORDS:  # the same words as /klik golive … slet
        clear, words = True, words[:-1]
    if clear:
        change = clear_golive(store, team=team, name=" ".join(words), user=local_user(), command=command,
                              kb=kb)
        click.echo(message("cli_golive_cleared", name=change.name, was=format_date(change.previous)))
        _echo_moves(kb, store, team, before)
        return
    rows = golive_overview(kb, store, team)
    if words:
        name, day = read_golive_words(list(words), [r.name for r in rows])
        note = ""
        if day is not None:
            change = set_golive(store, team=team, name=name, day=day, user=local_user(), command=command,
                                kb=kb)
            name, rows = change.name, golive_overview(kb, store, team)
            if change.previous not in (None, change.day):
                note = message("cli_golive_before", day=format_date(change.previous))
        row = next(r for r in rows if r.name == name)
        if row.day is None:
            note = message("cli_golive_set_it", name=row.name)
        click.echo(message("cli_golive_row", name=row.name, summary=row_summary(row), note=note))
        if day is not None:
            _echo_moves(kb, store, team, before)
        return
    if not rows:
        click.echo(message("cli_golive_nothing"))
        return
    width = max(len(r.name) for r in rows)
    dated, open_ = [r for r in rows if r.day], [r for r in rows if r.day is None]
    lines = [_golive_line(r, width=width) for r in dated] or [message("cli_golive_none_set")]
    click.echo("\n".join([message("cli_golive_heading"), *lines]))
    if open_:
        click.echo("\n".join([message("cli_golive_can_be_set"),
                              *[_golive_line(r, width=width) for r in open_]]))
    click.echo(message("cli_golive_wave_first"))


def _echo_moves(kb, store: Store, team: str, before: dict) -> None:
    """Which open tasks' deadlines the change moved (as the Slack command posts to the channel)."""
    status = {task: p.status for task, p in team_progress(store, team).items()}
    moves = golive_moves(kb, before=before, after=golive_dates(store, team), today=datetime.now(TZ).date(),
                         status=status)
    if moves.moved:
        click.echo(moves_summary(moves))
        for m in moves.moved:
            flag = (message("cli_moved_overdue") if m.overdue else
                    message("cli_moved_this_week") if m.due_this_week else "")
            click.echo(f"  {m.task}{flag}: {move_text(m)}  {m.title}")


def _golive_line(row: GoliveRow, *, width: int) -> str:
    when = format_date(row.day) if row.day else message("cli_golive_not_set")
    return f"  {row.name:<{width}}  {when:<17}  {describe_row(row)}"


@cli.command(name="due", help=f"Åbne opgaver med åbent vindue, frist inden for DAGE dage (standard "
                               f"{DEFAULT_DUE_DAYS}, højst {MAX_DUE_DAYS}) eller overskredet.")
@click.argument("days_text", metavar="[DAGE]", required=False)
@click.option("--today", "today_text", metavar="DATO", help="Regn fra denne dato i stedet for i dag.")
@click.option("--json", "as_json", is_flag=True, help="Som JSON-liste.")
@limit_options(default=50)
def due_command(days_text: str | None, today_text: str | None, as_json: bool, limit: int,
                show_all: bool) -> None:
    days = parse_due_days(days_text)
    store = Store(store_location())
    today = parse_day(today_text) if today_text else datetime.now(TZ).date()
    found = due(load_knowledge(store), store, default_team(store), today, within_days=days)
    if as_json:
        rows = [{**d.model_dump(mode="json"), "status": d.status.label(), "status_code": d.status.value}
                for d in found]  # `status` as shown (as before), `status_code` as stored
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(counted_message("cli_due_nothing", days, days=days))
    lines = []
    for d in found:
        if d.state is DueState.OVERDUE:
            late = -d.days_left
            state = message("cli_due_overdue_1" if late == 1 else "cli_due_overdue",
                            state=d.state.label().upper(), n=late)
        elif d.state is DueState.SOON and d.start:
            state = message("cli_due_starts", day=format_date(d.start))
        else:
            state = d.state.label()
        lines.append(message("cli_due_line", task=d.task, end=format_date(d.end), state=state,
                             status=d.status.label(), title=d.title))
    echo_limited(lines, limit=limit, show_all=show_all,
                 noun=(message("cli_task_one"), message("cli_task_many")))


@cli.command()
@click.option("--now", "now_text", metavar="TIDSPUNKT",
              help="Kør som om klokken var dette (fx 2026-09-15T09:00; uden zone = dansk tid).")
@click.option("--dry-run", is_flag=True, help="Vis hvad der ville blive sendt, send intet.")
@click.option("--json", "as_json", is_flag=True, help="Skriv påmindelserne som en JSON-liste.")
@click.option("--team", metavar="TEAM", help="Kun dette Slack-workspace (team id).")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da",
              help="Sproget i oversigten (standard dansk); påmindelserne selv skrives på dansk.")
def remind(now_text: str | None, dry_run: bool, as_json: bool, team: str | None, lang: str) -> None:
    """Én påmindelsesrunde (til cron): planlæg og send de påmindelser, der er forfaldne nu."""
    now = _parse_now(now_text)
    settings = ReminderSettings.from_env()
    slack = None if dry_run else slack_settings(mode="web")  # only the Web API: token(s), SLACK_API_URL
    store = Store(store_location())
    if team:
        _check_team(store, team)
    from bot.runtime.app import web_client
    from bot.runtime.edge import load_edge

    kb, render = load_knowledge(store), load_edge().reminder_message
    if slack is not None and slack.oauth is not None:  # many workspaces: each on its own token
        from bot.installations import Workspaces, each_workspace

        oauth = slack.oauth
        workspaces = Workspaces(store, client_id=oauth.client_id, client_secret=oauth.client_secret,
                                base_client=web_client(slack))
        result = each_workspace(workspaces, lambda one, client: run_pass(
            now=now, store=store, kb=kb, client=client, settings=settings, teams=[one], render=render),
            teams={team} if team else None)
    else:
        result = run_pass(now=now, store=store, kb=kb, client=web_client(slack) if slack else None,
                          dry_run=dry_run, settings=settings, teams=[team] if team else None, render=render)
    if as_json:
        shown = result.planned if dry_run else result.sent
        click.echo(json.dumps([_as_json(r, render) for r in shown], ensure_ascii=False, indent=2))
    else:
        click.echo(_summary(result, now=now, dry_run=dry_run, lang=lang))
    if result.failed:
        raise SystemExit(1)


def _check_team(store: Store, team: str) -> None:
    """`--team` must name a workspace this store knows (has data for, or is installed in): a typo
    would otherwise be a pass that silently sends nothing."""
    from bot.installations import StoreInstallationStore

    installed = {b.team_id for b in StoreInstallationStore(store).installed() if b.team_id}
    known = sorted(set(store.all("teams")) | installed)
    if team in known:
        return
    if not known:
        raise KlikError.said("cli_team_unknown_none", team=team)
    shown = ", ".join(known[:10]) + (message("cli_team_more", n=len(known) - 10) if len(known) > 10 else "")
    raise KlikError.said("cli_team_unknown", team=team, shown=shown, first=known[0])


def _parse_now(text: str | None) -> datetime:
    if not text:
        return datetime.now(TZ)
    try:
        return local_time(datetime.fromisoformat(text.strip()))
    except ValueError:
        raise KlikError.said("cli_bad_now", text=text) from None


def _as_json(reminder: Reminder, render) -> dict:
    """A message as JSON, with its text as Slack gets it and its reason in words; a digest carries
    its `items` (each with task, kind, due, ...)."""
    from knowledge.qa.messages.reminders import reason

    worded = {"text": render(reminder)[0], "reason": reason(reminder.why, reminder.facts)}
    out = {key: value for key, value in {**reminder.model_dump(mode="json"), **worded}.items()
           if key in JSON_KEYS}
    if reminder.items:
        out["items"] = [_as_json(item, render) for item in reminder.items]
    return out


def _place(channel: str | None, lang: str = "da") -> str:
    """Where a reminder goes, as a person reads it: @mette for a user made in `klik say`; a real Slack
    id stays an id (Slack shows the name itself)."""
    if channel is None:
        from knowledge.qa.messages import text

        return text("remind_nowhere", lang)
    name = local_user_name(channel)
    return f"@{name}" if name else channel


def _summary(result: PassResult, *, now: datetime, dry_run: bool, lang: str = "da") -> str:
    from knowledge.qa.messages import counted, text
    from knowledge.qa.messages.reminders import kind_label, reason

    when = text("remind_when", lang, date=format_date(now.date(), lang=lang), time=f"{now:%H.%M}")
    if not result.planned:
        return text("remind_none_due", lang, when=when)
    count = len(result.planned)
    lines = [counted("remind_count", lang, count, when=when, count=count)
             + (text("remind_dry_run", lang) if dry_run else "")]
    overdue = text("remind_overdue", lang)
    for r in result.planned:
        late = overdue if r.overdue else ""
        if r.items:
            lines.append(counted("remind_digest", lang, len(r.items), late=late,
                                 place=_place(r.channel, lang), count=len(r.items)))
            lines += [f"    {i.task} {kind_label(i.kind, lang)}{overdue * i.overdue}: "
                      f"{reason(i.why, i.facts, lang)}" for i in r.items]
            continue
        lines.append(f"  {r.task} {kind_label(r.kind, lang)}{late} -> {_place(r.channel, lang)}: "
                     f"{reason(r.why, r.facts, lang)}")
    if not dry_run:
        lines.append(text("remind_totals", lang, sent=len(result.sent), already=len(result.already_sent),
                          failed=len(result.failed)))
        lines += [text("remind_failed", lang, task=r.task, place=_place(r.channel, lang), why=why)
                  for r, why in result.failed]
    lines += [text("remind_no_recipient", lang, task=r.task) for r in result.planned if r.channel is None]
    return "\n".join(lines)

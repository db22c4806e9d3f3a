"""Go-live dates per wave or project and workspace: read, set and clear them, with checked input."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from bot.progress import audit_entry
from bot.store import Store
from knowledge.dates import MONTHS_DA, MONTHS_EN, format_date, golive_for, golive_key
from knowledge.errors import KlikError, Said, or_list

TABLE = "golive"
DATE_EXAMPLES = "2027-03-01, 1-3-2027, 1.3.2027 eller 1. marts 2027"


CLEAR_WORDS = {"slet", "fjern", "clear", "remove", "ingen"}  # `golive BØLGE slet` removes the date

class GoliveChange(BaseModel):
    """What a set or clear did: the wave/project as the knowledge base spells it."""

    name: str
    day: date | None
    previous: date | None = None


class GoliveRow(BaseModel):
    """One wave or project for the overview: its date (if set) and which tasks it dates.
    A wave's date wins over its project's, so a project's date only dates tasks without one."""

    name: str
    kind: Literal["bølge", "projekt", "ukendt"]  # "ukendt": set earlier, no task names it any more
    project: str | None = None  # a wave's project, when its tasks agree on one
    day: date | None
    tasks: int  # tasks the knowledge base files under this name
    uses: list[str] = Field(default_factory=list)  # ids of the tasks whose go-live is this date now
    dated_elsewhere: int = 0  # of `tasks`, how many get their date from another wave or project


def golive_dates(store: Store, team: str) -> dict[str, date]:
    """{wave or project name: go-live date} for one workspace (match names with `golive_key`)."""
    return {doc["name"]: date.fromisoformat(doc["date"])
            for doc in store.all(TABLE, workspace=team).values() if doc.get("team") == team}


def known_golive_names(kb) -> list[str]:
    """Every wave and project named by a task of the knowledge base, waves first."""
    waves = {golive_key(w): w for t in kb.tasks for w in t.waves}  # one name per spelling
    projects = {golive_key(t.project): t.project for t in kb.tasks if t.project}
    return sorted(waves.values()) + sorted(p for k, p in projects.items() if k not in waves)


def golive_overview(kb, store: Store, team: str) -> list[GoliveRow]:
    """Every known wave/project and every name set earlier: the ones with a date first."""
    dates = golive_dates(store, team)
    keyed = {golive_key(k): (k, v) for k, v in dates.items()}
    rows = [_row(kb, name, keyed.pop(golive_key(name), (name, None))[1], dates)
            for name in known_golive_names(kb)]
    rows += [GoliveRow(name=name, kind="ukendt", day=day, tasks=0) for name, day in keyed.values()]
    return sorted(rows, key=lambda r: r.day is None)  # stable: waves before projects within each part


def _row(kb, name: str, day: date | None, dates: dict[str, date]) -> GoliveRow:
    key = golive_key(name)
    in_wave = [t for t in kb.tasks if key in {golive_key(w) for w in t.waves}]
    named = in_wave + [t for t in kb.tasks if t.project and golive_key(t.project) == key and t not in in_wave]
    uses = [t.id for t in named if day is not None and golive_for(t, dates) == day]
    projects = {t.project for t in named if t.project}
    is_wave = bool(in_wave)
    return GoliveRow(name=name, kind="bølge" if is_wave else "projekt", day=day, tasks=len(named), uses=uses,
                     project=projects.pop() if is_wave and len(projects) == 1 else None,
                     dated_elsewhere=sum(1 for t in named
                                         if t.id not in uses and golive_for(t, dates) is not None))


def describe_row(row: GoliveRow) -> str:
    """What a date applies to, in words: 'bølge i KY; gælder 1 opgave',
    'projekt; gælder opgaver uden egen bølge-dato: ingen af 1 opgave', 'projekt, 2 opgaver'."""
    kind = f"bølge i {row.project}" if row.kind == "bølge" and row.project else row.kind
    if row.kind == "ukendt":
        return "ingen opgave i vidensbasen hører til den længere"
    if row.day is None:
        elsewhere = ""
        if row.dated_elsewhere:
            source = "deres bølge" if row.kind == "projekt" else "en anden bølge eller projektet"
            elsewhere = f"; {row.dated_elsewhere} har dato fra {source}"
        return f"{kind}, {_tasks(row.tasks)}{elsewhere}"
    share = f"{len(row.uses) or 'ingen'} af {_tasks(row.tasks)}"
    if row.kind == "projekt":
        return f"{kind}; gælder opgaver uden egen bølge-dato: {share}"
    return f"{kind}; gælder {_tasks(row.tasks) if len(row.uses) == row.tasks else share}"


def row_summary(row: GoliveRow, *, most: int = 10) -> str:
    """One wave/project on its own: '1. marts 2027 (bølge i KY; gælder 1 opgave). Opgaver: 433.'"""
    if row.day is None:
        return f"ingen go-live-dato ({describe_row(row)})."
    ids = ", ".join(row.uses[:most]) + (f" og {len(row.uses) - most} til" if len(row.uses) > most else "")
    return f"{format_date(row.day)} ({describe_row(row)})." + (f" Opgaver: {ids}." if row.uses else "")


def match_golive_name(name: str, known: list[str]) -> str | None:
    """The known wave/project `name` spells, ignoring case, spacing, dashes and æøå (None: none)."""
    wanted = name.strip()
    for compare in (golive_key, _loose):
        hits = [k for k in known if compare(k) == compare(wanted)]
        if len(hits) == 1:
            return hits[0]
    return None


def resolve_golive_name(name: str, known: list[str]) -> str:
    """The known wave/project the user means; spelling without æøå, dashes or case is accepted
    (an English keyboard writes 'KY - Bolge 3'), anything looser gets 'mente du'."""
    wanted = name.strip()
    if not wanted:
        raise KlikError.said("golive_which", known=_names(known))
    if match := match_golive_name(wanted, known):
        return match
    close = process.extract(_loose(wanted), {k: _loose(k) for k in known}, scorer=fuzz.WRatio,
                            limit=3, score_cutoff=70)
    hint = Said("cli_did_you_mean", names=or_list([k for _, _, k in close])) if close else \
        Said("golive_known", known=_names(known))
    raise KlikError.said("golive_unknown", wanted=wanted, hint=hint)


def read_golive_words(words: list[str], known: list[str]) -> tuple[str, str | None]:
    """`golive NAME [DATE]`: (known name, None) to show one, or (name, date text) to set one."""
    whole = " ".join(words)
    if match := match_golive_name(whole, known):
        return match, None
    try:
        return split_name_and_day(words)
    except KlikError:
        if not _looks_like_date(whole.split()[-1] if whole.split() else ""):
            resolve_golive_name(whole, known)  # no date in sight: an unknown name, say which are known
        raise


def parse_day(text: str | date) -> date:
    """A date as Danes write it: 2027-03-01, 1-3-2027, 1.3.2027, 1/3/27, 1. marts 2027, 1 March 2027."""
    if isinstance(text, date):
        return text
    raw = " ".join(str(text).strip().split())
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):
        return _checked(raw, int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{2}|\d{4})", raw):
        return _checked(raw, _year(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})\.?\s*([^\W\d_]+)\.?,?\s*(\d{4})", raw):
        month = _month(m[2])
        if month:
            return _checked(raw, int(m[3]), month, int(m[1]))
    raise KlikError.said("date_unreadable", raw=raw, examples=DATE_EXAMPLES)


def split_name_and_day(words: list[str]) -> tuple[str, str]:
    """`KY - Bølge 3 1. marts 2027` typed without quotes: the date is the longest tail (up to three
    words) that reads as one, the name is the rest."""
    for n in (3, 2, 1):
        if len(words) > n:
            try:
                parse_day(" ".join(words[-n:]))
            except KlikError:
                continue
            return " ".join(words[:-n]), " ".join(words[-n:])
    if len(words) > 1 and any(c.isdigit() for c in words[-1]):
        parse_day(words[-1])  # a date that is wrong, not missing: say what is wrong with it
    if len(words) == 1:
        try:
            parse_day(words[0])
        except KlikError:
            raise KlikError.said("golive_name_and_date", name=words[0]) from None
        raise KlikError.said("golive_which_for_date", day=words[0])
    raise KlikError.said("golive_no_date", text=" ".join(words), examples=DATE_EXAMPLES)


def set_golive(store: Store, *, team: str, name: str, day: date | str, user: str, command: str,
               kb=None) -> GoliveChange:
    """Store a wave's or project's go-live for a workspace (audit-logged); returns what changed."""
    kb = kb if kb is not None else _load_kb(store)
    canonical = resolve_golive_name(name, known_golive_names(kb))
    day = parse_day(day)
    key = f"{team}:{golive_key(canonical)}"
    with store.transaction() as tx:
        old, others = _stored(tx, team, key)
        for other in others:  # a date stored under an older spelling of the name is this one
            tx.delete(TABLE, other)
        tx.claim("teams", team, {})
        tx.put(TABLE, key, {"team": team, "name": canonical, "date": day.isoformat(),
                            "set_by": user, "set_at": _utc_now()})
        previous = date.fromisoformat(old["date"]) if old else None
        # A go-live concerns a whole wave, not one task: task "" keeps the shape every reader expects.
        tx.log(audit_entry(team=team, task="", action="golive", user=user, command=command,
                           details={"name": canonical, "date": day.isoformat(),
                                    "previous": previous.isoformat() if previous else None}))
    return GoliveChange(name=canonical, day=day, previous=previous)


def clear_golive(store: Store, *, team: str, name: str, user: str, command: str, kb=None) -> GoliveChange:
    """Forget a go-live date (audit-logged); the name may also be one only the store still knows."""
    stored = list(golive_dates(store, team))
    kb = kb if kb is not None else _load_kb(store)
    canonical = resolve_golive_name(name, sorted({*known_golive_names(kb), *stored}))
    key = f"{team}:{golive_key(canonical)}"
    with store.transaction() as tx:
        old, others = _stored(tx, team, key)
        if old is None:
            raise KlikError.said("golive_none_to_remove", name=canonical)
        for stored in [key, *others]:
            tx.delete(TABLE, stored)
        # A go-live concerns a whole wave, not one task: task "" keeps the shape every reader expects.
        tx.log(audit_entry(team=team, task="", action="golive_clear", user=user, command=command,
                           details={"name": canonical, "previous": old["date"]}))
    return GoliveChange(name=canonical, day=None, previous=date.fromisoformat(old["date"]))


def _stored(tx, team: str, key: str) -> tuple[dict | None, list[str]]:
    """The date stored for `key`, and the other keys this workspace stored the same name under:
    written before names were compared without dashes and quotes ('KY—Bølge 3' had a key of its own)."""
    others = {k: doc for k, doc in tx.all(TABLE).items()
              if k != key and doc.get("team") == team and f"{team}:{golive_key(doc['name'])}" == key}
    return tx.get(TABLE, key) or next(iter(others.values()), None), list(others)


def _load_kb(store: Store):
    from bot.catalog import load_knowledge  # the knowledge base is built from the store's imports

    return load_knowledge(store)


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _loose(name: str) -> str:
    """Letters and digits only, Danish letters spelt the ASCII way (ø -> o, æ -> ae, å -> aa)."""
    text = name.casefold().replace("ø", "o").replace("æ", "ae").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def _tasks(n: int) -> str:
    return f"{n} opgave{'r' * (n != 1)}"


def _looks_like_date(word: str) -> bool:
    """'1.3.2027', '2027-03-01', '2027', 'marts': a date typed wrongly, not part of a name ('Bølge 33')."""
    return bool(re.search(r"\d\s*[-./]\s*\d", word) or re.fullmatch(r"\d{4}", word) or _month(word))


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _month(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    if len(word) < 3:
        return None
    for names in (MONTHS_DA, MONTHS_EN):
        for number, month in enumerate(names, start=1):
            if month.casefold().startswith(word):
                return number
    return None


def _checked(raw: str, year: int, month: int, day: int) -> date:
    if not 2000 <= year <= 2100:
        raise KlikError.said("date_bad_year", raw=raw, year=year, examples=DATE_EXAMPLES)
    if not 1 <= month <= 12:
        raise KlikError.said("date_bad_month", raw=raw, month=month, examples=DATE_EXAMPLES)
    try:
        return date(year, month, day)
    except ValueError:
        last = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days
        raise KlikError.said("date_bad_day", raw=raw, month=MONTHS_DA[month - 1], year=year,
                                last=last) from None


def _names(known: list[str]) -> str:
    return ", ".join(f"«{k}»" for k in known) if known else "(ingen; importér opgaver først)"


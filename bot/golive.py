"""Go-live dates per wave or project and workspace: read, set and clear them, with checked input."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from bot.store import Store
from knowledge.dates import MONTHS_DA, MONTHS_EN, golive_key
from knowledge.errors import KlikError, or_list

TABLE = "golive"
DATE_EXAMPLES = "2027-03-01, 1-3-2027, 1.3.2027 eller 1. marts 2027"


class GoliveChange(BaseModel):
    """What a set or clear did: the wave/project as the knowledge base spells it."""

    name: str
    day: date | None
    previous: date | None = None


class GoliveRow(BaseModel):
    """One known wave or project for the overview: its date (if set) and how many tasks use it."""

    name: str
    day: date | None
    tasks: int


def golive_dates(store: Store, team: str) -> dict[str, date]:
    """{wave or project name: go-live date} for one workspace (match names with `golive_key`)."""
    return {doc["name"]: date.fromisoformat(doc["date"])
            for doc in store.all(TABLE).values() if doc.get("team") == team}


def known_golive_names(kb) -> list[str]:
    """Every wave and project named by a task of the knowledge base, waves first."""
    waves = {w for t in kb.tasks for w in t.waves}
    projects = {t.project for t in kb.tasks if t.project}
    return sorted(waves) + sorted(projects - waves)


def golive_overview(kb, store: Store, team: str) -> list[GoliveRow]:
    """Known waves/projects with their date, plus names set earlier that the knowledge base lost."""
    keyed = {golive_key(k): (k, v) for k, v in golive_dates(store, team).items()}
    rows = []
    for name in known_golive_names(kb):
        count = sum(1 for t in kb.tasks if name in t.waves or t.project == name)
        _, day = keyed.pop(golive_key(name), (name, None))
        rows.append(GoliveRow(name=name, day=day, tasks=count))
    rows += [GoliveRow(name=name, day=day, tasks=0) for name, day in keyed.values()]
    return rows


def resolve_golive_name(name: str, known: list[str]) -> str:
    """The known wave/project the user means; spelling without æøå, dashes or case is accepted
    (an English keyboard writes 'KY - Bolge 3'), anything looser gets 'mente du'."""
    wanted = name.strip()
    if not wanted:
        raise KlikError(f"Skriv hvilken bølge eller hvilket projekt, fx `golive \"KY - Bølge 3\" "
                        f"2027-03-01`. Kendte: {_names(known)}.")
    for compare in (golive_key, _loose):
        hits = [k for k in known if compare(k) == compare(wanted)]
        if len(hits) == 1:
            return hits[0]
    close = process.extract(_loose(wanted), {k: _loose(k) for k in known}, scorer=fuzz.WRatio,
                            limit=3, score_cutoff=70)
    hint = f" Mente du {or_list([k for _, _, k in close])}?" if close else f" Kendte: {_names(known)}."
    raise KlikError(f"Jeg kender ingen bølge eller projekt der hedder «{wanted}».{hint}")


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
    raise KlikError(f"Jeg kan ikke læse «{raw}» som en dato. Skriv fx {DATE_EXAMPLES}.")


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
        raise KlikError(f"Skriv både bølge og dato, fx `golive \"{words[0]}\" 2027-03-01`.")
    raise KlikError(f"Jeg kan ikke finde en dato sidst i «{' '.join(words)}». Skriv fx "
                    f"`golive \"KY - Bølge 3\" 2027-03-01` (dato som {DATE_EXAMPLES}).")


def set_golive(store: Store, *, team: str, name: str, day: date | str, user: str, command: str,
               kb=None) -> GoliveChange:
    """Store a wave's or project's go-live for a workspace (audit-logged); returns what changed."""
    kb = kb if kb is not None else _load_kb(store)
    canonical = resolve_golive_name(name, known_golive_names(kb))
    day = parse_day(day)
    key = f"{team}:{golive_key(canonical)}"
    with store.transaction() as tx:
        old = tx.get(TABLE, key)
        tx.claim("teams", team, {})
        tx.put(TABLE, key, {"team": team, "name": canonical, "date": day.isoformat(),
                            "set_by": user, "set_at": _utc_now()})
        previous = date.fromisoformat(old["date"]) if old else None
        tx.log(_audit(team, "golive", user, command,
                      {"name": canonical, "date": day.isoformat(),
                       "previous": previous.isoformat() if previous else None}))
    return GoliveChange(name=canonical, day=day, previous=previous)


def clear_golive(store: Store, *, team: str, name: str, user: str, command: str, kb=None) -> GoliveChange:
    """Forget a go-live date (audit-logged); the name may also be one only the store still knows."""
    stored = list(golive_dates(store, team))
    kb = kb if kb is not None else _load_kb(store)
    canonical = resolve_golive_name(name, sorted({*known_golive_names(kb), *stored}))
    key = f"{team}:{golive_key(canonical)}"
    with store.transaction() as tx:
        old = tx.get(TABLE, key)
        if old is None:
            raise KlikError(f"«{canonical}» har ingen go-live-dato at fjerne.")
        tx.delete(TABLE, key)
        tx.log(_audit(team, "golive_clear", user, command,
                      {"name": canonical, "previous": old["date"]}))
    return GoliveChange(name=canonical, day=None, previous=date.fromisoformat(old["date"]))


def _load_kb(store: Store):
    from bot.catalog import load_knowledge  # the knowledge base is built from the store's imports

    return load_knowledge(store)


def _audit(team: str, action: str, user: str, command: str, details: dict) -> dict:
    # A go-live concerns a whole wave, not one task: task "" keeps the entry shape every reader expects.
    return {"team": team, "task": "", "action": action, "user": user, "at": _utc_now(),
            "command": command, "details": details}


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _loose(name: str) -> str:
    """Letters and digits only, Danish letters spelt the ASCII way (ø -> o, æ -> ae, å -> aa)."""
    text = name.casefold().replace("ø", "o").replace("æ", "ae").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


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
        raise KlikError(f"«{raw}»: året {year} ser forkert ud. Skriv fx {DATE_EXAMPLES}.")
    if not 1 <= month <= 12:
        raise KlikError(f"«{raw}»: der er ingen måned {month} (dag kommer før måned: 1-3-2027 "
                        f"er 1. marts). Skriv fx {DATE_EXAMPLES}.")
    try:
        return date(year, month, day)
    except ValueError:
        last = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days
        raise KlikError(f"«{raw}» er ikke en rigtig dato: {MONTHS_DA[month - 1]} {year} har "
                        f"{last} dage.") from None


def _names(known: list[str]) -> str:
    return ", ".join(f"«{k}»" for k in known) if known else "(ingen; importér opgaver først)"


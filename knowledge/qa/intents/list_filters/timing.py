"""List filters by time: a deadline in the text, or the task's own start or end counted from go-live."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold
from knowledge.models import DeadlineUnit
from knowledge.qa.candidate import Context
from knowledge.qa.claimed_values import NUMBER_WORDS
from knowledge.qa.intents.list_filters.criteria import Anchor, By, Filter, Note, positions_of
from knowledge.qa.messages import counted
from knowledge.units import UNITS, unit_of, unit_words

_BEFORE = re.compile(r"\b(foer|inden|before|prior to|ahead of)\b")
_AFTER = re.compile(r"\b(efter|after|following)\b")
_ANCHORS: list[tuple[Anchor, re.Pattern[str]]] = [
    (Anchor.GOLIVE, re.compile(r"\bgo-?live|idriftsaet\w*")),
    (Anchor.RECEIPT, re.compile(r"\bmodtage\w*|\breceipt|\breceiv\w*")),
    (Anchor.START, re.compile(r"\b(start\w*|begynd\w*)\b")),
    (Anchor.END, re.compile(r"\b(slut\w*|afslut\w*|end)\b")),
]


def deadline_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver har en frist før go-live?': tasks with a deadline in their text, before or after
    the anchor the question names."""
    q = ctx.q
    if not q.has("when"):
        return None
    folded = ascii_fold(q.text.casefold())
    anchor = next((a for a, cue in _ANCHORS if cue.search(folded)), None)
    before, after = _BEFORE.search(folded), _AFTER.search(folded)
    pos = q.concept_positions("when", "golive", "start", "end")
    unit = next((u for u, cue in _UNITS if cue.search(folded)), None)  # 'frist i arbejdsdage'
    # 'frist senest 30 dage før go-live': deadlines that long before go-live or longer
    least = length_before(folded) if anchor is Anchor.GOLIVE and before else None
    # 'har frist 45 dage før go-live' names one deadline; 'senest', 'mindst', 'mere end' make it a bound
    exact = least is not None and not _bounded(folded, least[1])
    tasks, notes = _stated_deadlines(ctx, anchor=anchor, unit=unit, before=bool(before), after=bool(after),
                                     least=least, exact=exact)
    if least is not None:
        said = set(least[1].group(0).split()) | _BY_WORDS | {"go", "live"}
        pos |= positions_of(ctx, said) | q.concept_positions("golive", "duration")
        return Filter(By.DEADLINE_AT if exact else By.DEADLINE_BY,
                      counted("when_days", ctx.lang, least[0], n=least[0]), tasks, pos,
                      notes=notes)
    if anchor is Anchor.GOLIVE and after and not before:
        # a task that ends after go-live has its deadline after it, whatever its text says ('Slutdato' 14)
        ends, end_notes = _ends(ctx, before=False)
        tasks |= ends
        notes = {t: notes.get(t, end_notes.get(t)) for t in tasks}
    elif not tasks and anchor is Anchor.GOLIVE and before:
        tasks, notes = _ends(ctx, before=True)  # no text says so: the tasks' own ends ('Slutdato')
    said = {w for m in (before, after) if m for w in m.group(0).split()}
    for a, cue in _ANCHORS:
        if a is anchor:
            said |= {w for m in cue.finditer(folded) for w in m.group(0).split()}
    for u, cue in _UNITS:
        if u is unit:
            said |= {w for m in cue.finditer(folded) for w in m.group(0).split()} | {"i", "in"}
    pos |= positions_of(ctx, said | {"go", "live"})
    by = By.DEADLINE_BEFORE if before else By.DEADLINE_AFTER if after else By.DEADLINE
    return Filter(by, "", tasks, pos, anchor=anchor if (before or after) else None, notes=notes)


def _stated_deadlines(ctx: Context, *, anchor: Anchor | None, unit, before: bool, after: bool,
                      least: tuple[int, re.Match[str]] | None,
                      exact: bool) -> tuple[set[int], dict[int, list[Note]]]:
    """The tasks whose text states a deadline of the anchor, unit, side and length asked, each with a
    note quoting it."""
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for t, dids in ctx.index.task_deadlines.items():
        for did in dids:
            d = ctx.index.deadlines[did].deadline
            if anchor is not None and not _anchored(d.anchor, anchor):
                continue
            if (unit is not None and d.unit != unit) or (before and d.days >= 0) or (
                    after and not before and d.days <= 0):
                continue
            if least is not None and (d.days * _CALENDAR_DAYS[d.unit] != -least[0] if exact
                                      else d.days * _CALENDAR_DAYS[d.unit] > -least[0]):
                continue
            tasks.add(t)
            notes.setdefault(t, [("note_deadline", {"text": d.text})])
    return tasks, notes

def _days_note(name: str, days: int) -> Note:
    """The note `name` for an offset of `days` from go-live, singular for one day ('1 dag')."""
    return (f"{name}_1" if abs(days) == 1 else name, {"days": str(abs(days))})


def _ends(ctx: Context, *, before: bool) -> tuple[set[int], dict[int, list[Note]]]:
    """The tasks that end before (after) go-live, by their own end counted from it."""
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        days = task.end_offset_days
        if days is None or (before and days >= 0) or (not before and days <= 0):
            continue
        tasks.add(i)
        notes[i] = [_days_note(f"note_end_{'before' if days < 0 else 'after'}", days)]
    return tasks, notes


def _folded_units(names: str, forms: tuple[int, ...]) -> str:
    return "|".join(ascii_fold(w) for w in unit_words(names, forms=forms))


# the unit a question counts its deadlines in: 'frist i arbejdsdage', 'deadlines in weeks'
_UNITS: list[tuple[DeadlineUnit, re.Pattern[str]]] = [
    (DeadlineUnit.WORKING_DAYS, re.compile(r"\b(" + _folded_units("working_day", (0, 1)) + r")\w*")),
    (DeadlineUnit.WEEKS, re.compile(r"\b(i|in) (" + _folded_units("week", (1,)) + r")\b")),
    (DeadlineUnit.MONTHS, re.compile(r"\b(i|in) (" + _folded_units("month", (1,)) + r")\b")),
]


# verbs that place a task in time without saying start or end ('hvilke opgaver ligger efter go-live?'):
# where a task lies is where it must be done, its end
_PLACED = {"ligger", "ligge", "falder", "foregaar", "placeret", "placerede", "lies", "lie", "fall", "falls",
           "scheduled", "planlagt", "planlagte"}


def window_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver skal være færdige før go-live?', 'which tasks start after go-live?': the task's
    own start or end, counted from go-live (not a deadline written in the text: that asks 'frist')."""
    q = ctx.q
    folded = ascii_fold(q.text.casefold())
    if q.has("when") or not _ANCHORS[0][1].search(folded):
        return None
    before, after = _BEFORE.search(folded), _AFTER.search(folded)
    # ('mere end 60 dage': that 'end' is no end)
    ends = any("end" in t.concepts and ascii_fold(t.surface.casefold()) != "end" for t in q.tokens)
    starts = q.has("start") and not ends
    placed = positions_of(ctx, _PLACED)
    if not (before or after) or not (starts or placed or q.has("end", "status")):
        return None
    if before and (by_days := _by_days(ctx, folded, starts=starts)) is not None:
        return by_days
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        days = _start(task) if starts else task.end_offset_days
        if days is None or (before and days >= 0) or (after and not before and days <= 0):
            continue
        tasks.add(i)
        name = f"note_{'start' if starts else 'end'}_{'before' if days < 0 else 'after'}"
        notes[i] = [_days_note(name, days)]
    said = {w for m in (before, after) if m for w in m.group(0).split()} | {"go", "live"}
    pos = positions_of(ctx, said) | placed | q.concept_positions("golive", "start", "end", "status")
    return Filter(By.START_BEFORE if starts and before else By.START_AFTER if starts else
                  By.END_BEFORE if before else By.END_AFTER, "", tasks, pos, notes=notes)


# 'senest 60 dage før go-live', '8 uger før idriftsættelsen': a length before go-live (calendar days)
_LENGTH_BEFORE = re.compile(r"\b(\d{1,3}|" + "|".join(ascii_fold(w) for w in NUMBER_WORDS) + r") "
                            r"(" + _folded_units("working_day day week month year", (0, 1)) + r") "
                            r"(foer|inden|before|prior to) "
                            r"(go-?live|idriftsaet\w*)")
# the words that only say 'at least' so long before ('senest', 'mindst', 'mere end', 'no later than')
_BY_WORDS = {"senest", "mindst", "mere", "end", "over", "tidligere", "at", "least", "more", "than", "no",
             "later"}




def _bounded(folded: str, m: re.Match[str]) -> bool:
    """Whether a word just before a length ('senest', 'mindst', 'mere end', 'no later than') makes it a
    bound, not the one length asked for."""
    return bool(set(folded[:m.start()].split()[-3:]) & _BY_WORDS)


_FOLDED_NUMBERS = {ascii_fold(w): n for w, n in NUMBER_WORDS.items()}
# a deadline's length in calendar days per unit (a working week is seven days)
_CALENDAR_DAYS = {u.deadline: u.days for u in UNITS if u.deadline is not None}
# a folded unit word -> its length in calendar days ('maaneder' -> 30)
_FOLDED_DAYS = {ascii_fold(w): unit_of(w).days for w in unit_words()}


def length_before(folded: str) -> tuple[int, re.Match[str]] | None:
    """'senest 60 dage før go-live', 'otte uger før go-live', '2 måneder før go-live': the days (calendar)
    and where it is said."""
    m = _LENGTH_BEFORE.search(folded)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _FOLDED_NUMBERS[m.group(1)]
    return round(n * _FOLDED_DAYS[m.group(2)]), m


# 'i de sidste 30 dage før go-live', 'inden for de sidste fire uger op til go-live', 'in the last 30 days
# before go-live': a window that ends at go-live
_WITHIN = re.compile(r"\b(?:i|inden ?for|within|in|during) (?:(?:de|the) )?(?:sidste|seneste|last|final) "
                     r"(\d{1,3}|" + "|".join(ascii_fold(w) for w in NUMBER_WORDS) + r") "
                     r"(" + _folded_units("working_day day week month year", (0, 1)) + r") "
                     r"(?:foer|inden|op til|before|prior to|leading up to|up to) (?:go-?live|idriftsaet\w*)")


def within_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver har frist i de sidste 30 dage før go-live?': the tasks whose own end lies in that
    window (at most so long before go-live, and not after it), not those due earlier."""
    m = _WITHIN.search(ascii_fold(ctx.q.text.casefold()))
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _FOLDED_NUMBERS[m.group(1)]
    days = round(n * _FOLDED_DAYS[m.group(2)])
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        offset = task.end_offset_days
        if offset is not None and -days <= offset <= 0:
            tasks.add(i)
            notes[i] = [_days_note("note_end_before", offset)] if offset else []
    said = set(m.group(0).split()) | {"go", "live", "frist", "deadline", "due"}
    pos = positions_of(ctx, said) | ctx.q.concept_positions("golive", "end", "status", "duration")
    return Filter(By.END_WITHIN, counted("when_days", ctx.lang, days, n=days), tasks, pos, notes=notes)


def _start(task) -> int | None:
    """A task's start counted from go-live: its end ('Slutdato (fra Go-Live)') and its start counted
    from that end ('Startdato (fra Slutdato)')."""
    if task.start_offset_days is None or task.end_offset_days is None:
        return None
    return task.end_offset_days + task.start_offset_days


def _by_days(ctx: Context, folded: str, *, starts: bool) -> Filter | None:
    """'hvilke opgaver skal være færdige senest 60 dage før go-live?', '... starter mere end 100 dage før
    go-live?': the tasks whose own end (start) is that long before go-live or longer."""
    found = length_before(folded)
    if found is None:
        return None
    days, m = found
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        offset = _start(task) if starts else task.end_offset_days
        if offset is not None and offset <= -days:
            tasks.add(i)
            notes[i] = [_days_note(f"note_{'start' if starts else 'end'}_before", offset)]
    said = set(m.group(0).split()) | _BY_WORDS | {"go", "live"}
    pos = positions_of(ctx, said) | ctx.q.concept_positions("golive", "start", "end", "status", "duration")
    return Filter(By.START_BY if starts else By.END_BY, counted("when_days", ctx.lang, days, n=days), tasks,
                  pos, notes=notes)


def _anchored(said: str, anchor: Anchor) -> bool:
    """Whether a deadline's anchor ('go-live', 'modtagelse', or the text's own words such as
    'idriftsættelsen', 'at aftalen er modtaget') is the one the question names."""
    folded = ascii_fold(said.casefold())
    cue = dict(_ANCHORS)[anchor]
    return folded.startswith(ascii_fold(anchor.value)) or bool(cue.search(folded))

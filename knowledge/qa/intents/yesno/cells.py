"""A table's cell as the verdict: 'er der øvetid i weekenden?' against a table of kinds by days
('| spilletype | hverdage | weekend | | øvetid | kl. 16-18 | lukket |'): the row the question names
and the column whose header holds the asked value say it ('lukket', 'ikke muligt': Nej; hours: Ja).
A table quoted whole says nothing of one row's cell; a row not named, or words of the question that
neither the row, the table's lead nor the task's title say, leave it unsettled."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key, words
from knowledge.morphology import part_of
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import compared
from knowledge.qa.hours import HOURS_SPAN
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions

_MIN_PART = 4  # a compound's first part read as a question's word: four letters on ('skol' of 'skoleoptog')
_MIN_HEAD = 3  # its head: three on ('tur' of 'skoletur', said by 'kanotur')
_LIGHT = 0.3  # a word weighed less is a light verb or a small word ('tage på kanotur'): no cell need say it


def table_rows(said: str) -> tuple[str, list[list[str]]] | None:
    """A table flattened into one passage ('Lead: | a | b | | c | d |'): its lead and its rows of cells
    (the header first); None when the text is no such table or its rows differ in length."""
    start = said.find("|")
    if start < 0:
        return None
    body = said[start:].strip()
    if not (body.startswith("|") and body.endswith("|")) or "| |" not in body:
        return None
    rows = [[c.strip() for c in row.strip().strip("|").split("|")] for row in body.split("| |")]
    if len(rows) < 2 or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return None
    return said[:start].strip(), rows


def _label_keys(label: str) -> set[str]:
    """Every word's key of a row's label, small ones too: 'lille systue' is not 'stor systue'."""
    return {key(w) for w in words(label)}


def _names_key(label_key: str, asked: set[str]) -> set[str]:
    """The question's keys that say one key of a row's label: itself, or a compound's head and first part
    each in a word of the question ('skoleoptog' for 'en skole gå lanterneoptog'); none when not said."""
    if label_key in asked:
        return {label_key}
    for cut in range(_MIN_PART, len(label_key) - _MIN_HEAD + 1):
        first, head = label_key[:cut].rstrip("s"), label_key[cut:]
        heads = {a for a in asked if a.endswith(head)}
        firsts = {a for a in asked - heads
                  if len(a) >= _MIN_PART and (first.startswith(a) or a.startswith(first))}
        if heads and firsts:
            return heads | firsts
    return set()


def _same_kind(keys, label: set[str]) -> bool:
    """Whether a word is a compound with the head of the row's compound label: the kind of thing the row is
    ('kanotur' for the row 'skoletur' in 'kan en skole tage på kanotur?')."""
    return any(k.endswith(lk[cut:]) and len(k) > len(lk) - cut
               for k in keys for lk in label for cut in range(_MIN_PART, len(lk) - _MIN_HEAD + 1))


def _row_named(row: list[str], asked: dict[str, int]) -> set[int] | None:
    """The question's positions that name the row's label, when they name all of it."""
    said: set[int] = set()
    for k in _label_keys(row[0]):
        found = _names_key(k, set(asked))
        if not found:
            return None
        said |= {asked[a] for a in found}
    return said


def _cell_value(cell: str) -> bool | None:
    """Whether a cell says the row's thing is there: none ('lukket', 'ikke muligt', '-'), hours or a yes;
    None for anything else ('efter aftale')."""
    if _NONE.fullmatch(cell.strip()):
        return False
    if _OPEN.fullmatch(cell.strip()):
        return True
    return None


def _asked_columns(question: str, header: list[str]) -> list[int] | None:
    """The columns whose header holds the asked value ('weekend' for 'en lørdag'); None when no header
    states a value of the asked kind, or none holds it."""
    verdicts = [(i, compared(question, cell)) for i, cell in enumerate(header) if i > 0]
    kinds = {v[1] for _, v in verdicts if v is not None}
    if len(kinds) != 1:
        return None
    asked = [i for i, v in verdicts if v is not None and v[0]]
    return asked or None


def table_verdict(ctx: Context, tasks: list[int], *, values: set[int]) -> Candidate | None:
    """The verdict of a table's cell in the first tasks the question finds ('kan en skole gå lanterneoptog
    en lørdag?' finds the task on lanterneoptog, whose table's row 'skoleoptog' no search finds)."""
    for task in list(dict.fromkeys(tasks))[:_TASKS_READ]:
        for pid in ctx.index.task_passage_ids(task):
            said = ctx.index.passages[pid].text
            if "| |" in said and by_cells(ctx.q.text, said) and \
                    (found := cell_verdict(ctx, task, said, values=values)) is not None:
                return found
    return None


_TASKS_READ = 5  # the tasks whose tables are read: the question's own are among the first it finds


def by_cells(question: str, said: str) -> bool:
    """Whether the text is a table with columns of the asked kind of value ('hverdage', 'weekend' for 'i
    weekenden?'): its verdict is one row's cell, never the table's as a whole."""
    table = table_rows(said)
    return table is not None and _asked_columns(question, table[1][0]) is not None


def cell_verdict(ctx: Context, task: int, said: str, *, values: set[int]) -> Candidate | None:
    """The verdict of the one row the question names, in the columns of its asked value (`values`: the
    positions that give it): the cells agree on none or some, and every other word of the question is the
    row's, the table lead's or the title's."""
    q = ctx.q
    table = table_rows(said)
    if table is None:
        return None
    lead, rows = table
    columns = _asked_columns(q.text, rows[0])
    if columns is None:
        return None
    # (the word as typed too: an unknown 'foreninger' may be read as a task's 'borgerforening')
    asked = {k: t.pos for t in q.tokens if t.pos not in values for k in (*t.keys, key(t.surface))}
    named = [(row, pos) for row in rows[1:] if (pos := _row_named(row, asked)) is not None]
    if len(named) != 1:
        return None  # no row, or several: which one is asked the table does not say
    row, pos = named[0]
    found = {_cell_value(row[i]) for i in columns}
    if len(found) != 1 or None in found:
        return None
    held = content_keys(lead) | content_keys(rows[0][0])
    known = pos | values | title_positions(ctx.index, q, task) | q.ref_positions()
    rest = [t for t in q.content() if t.pos not in known and t.role == "word" and t.weight >= _LIGHT
            and not _same_kind(t.keys, _label_keys(row[0]))]
    if any(not _in_keys(t.keys, held | _BEING) for t in rest):
        return None  # 'skal der være vagter ved skoleoptog i weekenden?': vagter, the cell does not say
    there = found.pop() != any(set(t.keys) & _CLOSED for t in q.tokens)
    quoted = f"{lead} | {' | '.join(rows[0])} | | {' | '.join(row)} |".strip()
    head = text("yes_no_evidence", ctx.lang, verdict=text("yes" if there else "no", ctx.lang))
    # every word is the row's (a compound read by its parts, the kind of thing it is), the lead's, the
    # title's or its being open: read here, not words to find
    read = {t.pos for t in q.content()} - known
    return Candidate("yesno", f"{head} {quoted}", [task], known | read, prior=0.95, read=read)


def _in_keys(keys, held: set[str]) -> bool:
    """Whether a word is one of the keys, or the head or first part of one ('åbningstider' for 'åbent')."""
    return any(k in held or any(part_of(k, h) or h.startswith(k) and len(k) >= 3 for h in held) for k in keys)


# a cell that says there is none: closed, not possible, none, a dash
_NONE = re.compile(r"lukket|ikke\s+muligt|ikke\s+tilladt|ingen|nej|aflyst|closed|not\s+possible|none|no|"
                   r"n/a|[-–—]", re.I)
# a cell that says there is: a stretch of hours ('kl. 16-18', '10-16'), open, a yes
_OPEN = re.compile(rf"{HOURS_SPAN}|åben|åbent|ja|open|yes", re.I)
# the question's words of a row's thing being there or open, which its cell says ('har X åbent?')
_BEING = frozenset(key(w) for w in ("åben", "åbent", "åbne", "open", "lukket", "lukke", "closed"))
_CLOSED = frozenset(key(w) for w in ("lukket", "lukke", "closed"))

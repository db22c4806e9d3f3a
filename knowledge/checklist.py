"""A task's checklist: the numbered sub-task table ('Nr / Opgave / Status') flattened into its text."""

from __future__ import annotations

import re

from knowledge.models import ChecklistItem, ChecklistSubstep
from knowledge.text import one_line

_STATUS = re.compile(
    r"(?:(?:ikke|ej|delvist)\s+)?(?:gennemført|påbegyndt|fuldført|afsluttet|udført|startet|relevant)"
    r"|i gang|igangsat|afventer|mangler", re.I)
_HEADER = re.compile(r"(?:nr|nr\.|#|nummer)", re.I)
_SUBSTEP = re.compile(r"(\d{1,2})[.)]\s+(.*?)(?:\s*\((" + _STATUS.pattern + r")\))?\.?$", re.I)


def is_status(line: str) -> bool:
    return bool(_STATUS.fullmatch(line.strip().rstrip(".")))


def split_checklist(text: str) -> tuple[list[ChecklistItem], str]:
    """(items, text with the table written out readably). The table is recognised by its 'Nr'
    header cell followed by rows: a bare number, a title, text lines (numbered sub-steps may end
    in '(ej gennemført)'), and a status line such as 'Gennemført'."""
    lines = text.split("\n")
    for start, line in enumerate(lines):
        if not _HEADER.fullmatch(line.strip()):
            continue
        first = _next_filled(lines, start + 1, limit=6, want="1")
        if first is None:
            continue
        items, end = _rows(lines, first)
        if items:
            rendered = "\n\n".join(render_item(item) for item in items)
            rest = "\n\n".join(["\n".join(lines[:start]), rendered, "\n".join(lines[end:])])
            return items, _collapse(rest)
    return [], text


def _next_filled(lines: list[str], i: int, *, limit: int, want: str) -> int | None:
    """Index of the line equal to `want` within the next `limit` filled lines (header cells such
    as 'Opgave', 'Status' may come first)."""
    seen = 0
    while i < len(lines) and seen < limit:
        if lines[i].strip():
            if lines[i].strip() == want:
                return i
            seen += 1
        i += 1
    return None


def _rows(lines: list[str], i: int) -> tuple[list[ChecklistItem], int]:
    items: list[ChecklistItem] = []
    while i < len(lines) and lines[i].strip() == str(len(items) + 1):
        cells: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != str(len(items) + 2):
            if lines[i].strip():
                cells.append(lines[i].strip())
                if is_status(lines[i]):
                    i += 1
                    break
            i += 1
        if not cells:
            break
        items.append(_item(len(items) + 1, cells))
        while i < len(lines) and not lines[i].strip():
            i += 1
    return items, i


def _item(number: int, cells: list[str]) -> ChecklistItem:
    status = cells.pop() if len(cells) > 1 and is_status(cells[-1]) else None
    title, body = cells[0], cells[1:]
    text, substeps = [], []
    for line in body:
        if m := _SUBSTEP.match(line):
            substeps.append(ChecklistSubstep(number=int(m.group(1)), text=one_line(m.group(2)),
                                             status=m.group(3)))
        else:
            text.append(line)
    return ChecklistItem(number=number, title=title, text="\n".join(text), status=status,
                         substeps=substeps)


def render_item(item: ChecklistItem) -> str:
    """'3. Title (status: Ej gennemført)' then its text and its sub-steps as '3.1. ...'."""
    head = f"{item.number}. {item.title}" + (f" (status: {item.status})" if item.status else "")
    subs = [f"{item.number}.{s.number}. {s.text}" + (f" ({s.status})" if s.status else "")
            for s in item.substeps]
    return "\n".join([head, *([item.text] if item.text else []), *subs])


def _collapse(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()

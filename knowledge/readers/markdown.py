"""The markdown-like export: '## Title' sections of '**Label** value' lines (HTML values allowed)."""

from __future__ import annotations

import re

from knowledge.readers.fields import TASK_START, UNLABELLED, RawField, RawTask, field_for
from knowledge.text import BARE_RULE, is_bare_pipe_row, one_line, strip_markdown

_HEADING = re.compile(r"#{1,2}\s+(.+?)\s*#*\s*$")
_RULE = re.compile(r"[\s|:\t-]*-{2,}[\s|:\t-]*$")  # '---', a flattened table's '-----\t--'
# '<b>Label</b> value', or a paragraph that is all bold - a heading - as a word processor saves one:
# '<p><b>Metode og fremgangsmåde</b></p>\t<p>1) ...'. A bold word opening a longer paragraph
# ('<p><b>Vigtigt</b> husk ...</p>') is emphasis in a text, not a label.
_HTML_LABEL = re.compile(r"\s*(?:<(?P<block>p|div|h[1-6])\b[^>]*>\s*)?"
                         r"<(?P<bold>b|strong)>(?P<label>.+?)</(?P=bold)>"
                         r"\s*(?(block)</(?P=block)>)\s*(?P<rest>.*)$", re.I)
# a known label written another way: '### Metode og fremgangsmåde', '__Resultat__ ...', '*Mål* ...'
_OTHER_LABEL = re.compile(r"\s*(?:#{3,6}\s+(?P<heading>.+?)\s*#*\s*$|__(?P<under>[^_]+?)__(?P<rest1>.*)$"
                          r"|\*(?P<italic>[^*\s][^*]*?)\*(?!\*)(?P<rest2>.*)$)")


def markdown_tasks(text: str) -> list[RawTask]:
    """One task per '## ' section; a section without its own id or title whose heading is in
    capitals (e.g. '## PUBLICERING') belongs to the task before it."""
    tasks: list[RawTask] = []
    for heading, start, lines in _sections(text):
        fields = _markdown_fields(lines, first=start + 1)
        if heading is not None and _caps(heading):
            # A section of the task above; a task starting inside it lost its own heading, and the
            # capitals are not its title.
            cut = next((i for i, f in enumerate(fields) if f.key in TASK_START), len(fields))
            if tasks:
                tasks[-1].fields.extend(fields[:cut])
                fields = fields[cut:]
            heading = None
        own = bool({f.key for f in fields} & TASK_START) or heading is not None
        if tasks and not own:
            tasks[-1].fields.extend(fields)
        elif fields or heading is not None:
            line = start if heading is not None else (fields[0].line if fields else 1)
            tasks.append(RawTask(heading=heading, fields=fields, line=line))
    return tasks


def _sections(text: str) -> list[tuple[str | None, int, list[str]]]:
    """(heading, its line number, the lines below it); text before the first heading has line 0."""
    sections: list[tuple[str | None, int, list[str]]] = [(None, 0, [])]
    for number, line in enumerate(text.split("\n"), 1):
        if m := _HEADING.match(line):
            sections.append((strip_markdown(m.group(1)).strip(), number, []))
        else:
            sections[-1][2].append(line)
    return sections


def _caps(heading: str) -> bool:
    """'PUBLICERING' is a section of the task above, not a task of its own."""
    return heading.upper() == heading and not any(ch.isdigit() for ch in heading)


def _markdown_fields(lines: list[str], *, first: int) -> list[RawField]:
    """The fields of one section; `first` is the file line number of lines[0]."""
    fields: list[RawField] = []
    loose: list[str] = []
    i = 0
    while i < len(lines):
        found = _markdown_label(lines, i)
        if found:
            label, key, value, used = found
            fields.append(RawField(label, key, [value], line=first + i))
            i += used
            continue
        if not _RULE.match(lines[i]) or _rules_bare_table(lines, i):
            (fields[-1].lines if fields else loose).append(lines[i])
        i += 1
    if any(line.strip() for line in loose):
        fields.insert(0, RawField(UNLABELLED, None, loose, line=first))
    return fields


def _rules_bare_table(lines: list[str], i: int) -> bool:
    """Whether the rule at line i stands beside a row of a table written without its outer pipes ('Type |
    Sommer | Vinter', then '----', as Word saves one): kept, as what tells the table's header
    (`knowledge.text.ruled_pipe_tables`)."""
    if not BARE_RULE.match(lines[i]):
        return False
    sides = (reversed(lines[:i]), lines[i + 1:])
    return any(is_bare_pipe_row(next((line for line in side if line.strip()), "")) for side in sides)


def _markdown_label(lines: list[str], i: int) -> tuple[str, str | None, str, int] | None:
    """(label, our field name for it, rest of line, lines used) when a field starts at line i:
    '**Label** value', a label broken over several lines
    ('**Er det en\\nSTS/Infrastruktur\\nopgave?** Ja'), or '<b>Label</b><TAB>value'."""
    line = lines[i]
    if m := _HTML_LABEL.match(line):
        label, rest, used = m["label"], m["rest"], 1
    elif line.lstrip().startswith("**") and not line.lstrip().startswith("***"):
        body = line.lstrip()[2:]
        used = 1
        while "**" not in body and used < 4 and i + used < len(lines) and lines[i + used].strip():
            body += " " + lines[i + used].strip()
            used += 1
        if "**" not in body:
            return None
        label, rest = body.split("**", 1)
    elif (other := _OTHER_LABEL.match(line)) and len((label := one_line(
            other["heading"] or other["under"] or other["italic"])).split()) <= 6 and field_for(label):
        rest, used = other["rest1"] or other["rest2"] or "", 1
    else:
        return None
    rest = re.sub(r"^\s*:(?=\s)", "", rest)  # '**Metode og fremgangsmåde**: 1. ...': the colon is the label's
    label = one_line(strip_markdown(label))
    if not label:
        return None
    key = field_for(label)
    after_blank = i == 0 or not lines[i - 1].strip()
    if key is not None or (after_blank and _plausible_label(label, rest)):
        return label, key, rest.strip(), used
    return None


def _plausible_label(label: str, rest: str) -> bool:
    """An unknown '**X** value' is a field (kept in `extra`) when it reads like one: a short name
    with a value on the same line, not a bold phrase or a bold table header inside a text."""
    rest = rest.strip()
    return (bool(rest) and not rest.startswith("*") and len(label) <= 60 and len(label.split()) <= 8
            and label[-1] not in ".:!" and label[0].isupper())

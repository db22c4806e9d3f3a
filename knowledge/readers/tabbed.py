"""The tab-separated export: '*Label<TAB>value' lines, one task after the other."""

from __future__ import annotations

import re

from knowledge.readers.fields import TASK_START, UNLABELLED, RawField, RawTask, field_for
from knowledge.text import one_line

_TSV_LINE = re.compile(r"(\*?)([^\t]*)\t(.*)$")
# '*Beskrivelse    <p>...': a known label followed by spaces where the tab was lost (a copy through an
# editor or a mail); only a label the reader knows, so a sentence with two spaces in it stays text
_SPACED_LINE = re.compile(r"(\*?)([^\t*\s][^\t]{0,60}?)[ \u00a0]{2,}(\S.*)$")


def tabbed_tasks(text: str) -> list[RawTask]:
    """'*Label<TAB>value' lines ('*' marks a required field); lines without a label (no tab, or
    an empty label) continue the value above. A second title or id starts the next task."""
    tasks: list[RawTask] = [RawTask()]
    for number, line in enumerate(text.split("\n"), 1):
        m = _TSV_LINE.match(line)
        if m is None and (spaced := _SPACED_LINE.match(line)) and field_for(one_line(spaced.group(2))):
            m = spaced
        label = one_line(m.group(2)) if m else ""
        key = field_for(label) if label else None
        if m and label and (m.group(1) or key or _plausible_tsv_label(label)):
            if key in TASK_START and key in tasks[-1].keys():
                tasks.append(RawTask(line=number))
            tasks[-1].fields.append(RawField(label, key, [m.group(3)], line=number))
        elif tasks[-1].fields:
            tasks[-1].fields[-1].lines.append(m.group(3) if m and not label else line)
        elif line.strip():
            tasks[-1].fields.append(RawField(UNLABELLED, None, [line], line=number))
        if not tasks[-1].line and tasks[-1].fields:
            tasks[-1].line = tasks[-1].fields[0].line
    return [t for t in tasks if t.fields]


def _plausible_tsv_label(label: str) -> bool:
    return len(label) <= 80 and len(label.split()) <= 10 and not label.endswith((".", ","))

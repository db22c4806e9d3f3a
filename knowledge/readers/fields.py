"""Export labels and the raw fields a reader finds, before they become a `Task`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.text import one_line, strip_markdown

# Export label (casefolded, without '*', ':' explanations and '?') -> our field. Order matters:
# the first pattern that matches wins.
FIELDS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(pattern)) for name, pattern in [
    ("master_id", r"^(master[- ]?opgave[- ]?id|opgave[- ]?id|id)$"),
    ("title", r"^(opgavetitel|titel|opgavenavn)$"),
    ("project", r"^projekt(navn)?$"),
    ("phase", r"^fase$"),
    ("theme", r"^tema$"),
    ("priority", r"^prioritet$"),
    ("sts_infrastructure", r"\bsts\b"),
    ("duration_days", r"varighed"),
    ("end_offset_days", r"^slutdato"),
    ("start_offset_days", r"^startdato"),
    ("waves", r"^bølger?$"),
    ("goal", r"^(mål|formål)$"),
    ("description", r"^beskrivelse$"),
    # 'Fremgangsmåde' or 'Aktiviteter' alone, or an English 'Method': the same field under another
    # heading (a renamed column, a task written in English)
    ("method", r"^(metode|fremgangsmåde|aktiviteter$|method\b)"),
    ("result", r"^resultat$"),
    ("executor_comment", r"kommentar.*udfører"),
    ("recommended_executor", r"^anbefalet udfører$"),
    ("recommended_responsible", r"^anbefalet ansvarlig$"),
    ("involved_parties", r"^involverede parter$"),
    ("related", r"relateret til|^relaterede opgaver$"),
    ("publication_status", r"^publicerings?status$"),
]]
TASK_START = {"master_id", "title"}
UNLABELLED = "Tekst uden etiket"


@dataclass
class RawField:
    label: str  # as written, cleaned of markup
    key: str | None  # our field name, None for a label we do not know
    lines: list[str]
    line: int = 0  # where the label stands in the file (1-based), for messages


@dataclass
class RawTask:
    heading: str | None = None
    fields: list[RawField] = field(default_factory=list)
    line: int = 0  # where the task starts in the file (1-based)

    def keys(self) -> set[str | None]:
        return {f.key for f in self.fields}


@lru_cache(maxsize=1024)  # an export says the same few labels in every task
def field_for(label: str) -> str | None:
    """Our field name for an export label, e.g. 'Opgave varighed (antal dage)' -> 'duration_days'."""
    key = label_key(label)
    return next((name for name, pattern in FIELDS if pattern.search(key)), None)


def label_key(label: str) -> str:
    label = one_line(strip_markdown(label)).strip(" *?\t")
    if ":" in label:  # '*Prioritet: Obligatorisk på kritisk vej, ...' explains its choices
        label = label.split(":", 1)[0]
    return label.strip(" *?").casefold()

"""How much a task must be done, read from its priority: the one rule every view uses for "critical"."""

from __future__ import annotations

import re
from enum import StrEnum

from knowledge.fold import ascii_fold
from knowledge.models import Task


class Weight(StrEnum):
    """A task's priority as a level, whatever the export's wording."""

    CRITICAL = "critical"  # on the critical path, or the top of a scale: nobody on it is a problem
    MANDATORY = "mandatory"  # must be done, but most tasks are: not singled out
    OPTIONAL = "optional"
    OTHER = "other"  # no priority, or one not read (e.g. 'Prioritet 2'): never guessed upwards


# On the ascii-folded priority, first match wins ('Obligatorisk på kritisk vej' is critical, not
# only mandatory). 'Prioritet 1', 'Høj' and 'High' are the top of the scales other exports use.
_WEIGHTS: list[tuple[Weight, re.Pattern[str]]] = [
    (Weight.CRITICAL, re.compile(r"\b(kritisk\w*|critical|prioritet\s*1|priority\s*1|hoej|high)\b")),
    (Weight.MANDATORY, re.compile(r"\b(obligatorisk\w*|mandatory|required|paakraevet)\b")),
    (Weight.OPTIONAL, re.compile(r"\b(valgfri\w*|optional|frivillig\w*)\b")),
]


def weight(priority: str | None) -> Weight:
    folded = ascii_fold(priority or "")
    return next((w for w, pattern in _WEIGHTS if pattern.search(folded)), Weight.OTHER)


def is_critical(task: Task) -> bool:
    """Critical: the Home tab's 'critical with nobody on it', the own-work lists' undated tasks kept first."""
    return weight(task.priority) is Weight.CRITICAL

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


# A task its own title or phase calls optional ('Værkstedsdagen (valgfri)', 'Fase 4: Afvikling – Valgfri'),
# on the ascii-folded text: the word in brackets, or after a dash that ends the name, or the whole value
# ('Fase: Valgfri'); a word inside the name's own text marks nothing ('KAJ 3 – Frivillige hjælpere til X',
# 'Valgfrie aktiviteter for klubberne': the dash after the code opens the title)
_OPTIONAL_WORD = r"(?:valgfri\w*|frivillig\w*|optional)"
_MARKED_OPTIONAL = re.compile(rf"\(\s*{_OPTIONAL_WORD}(?:\s+(?:opgave|task))?\s*\)|"
                               rf"[–-]\s*{_OPTIONAL_WORD}\W*$|^\W*{_OPTIONAL_WORD}\W*$")
# a priority that says itself whether the task must be done (then the title's word does not overrule it);
# a rank or a level ('Prioritet 1', 'Høj') only orders the tasks
_SAYS_NEED = re.compile(rf"\b(kritisk\w*|critical|obligatorisk\w*|mandatory|required|paakraevet|"
                        rf"{_OPTIONAL_WORD})\b")


def optional_by_name(task: Task) -> str | None:
    """'title' or 'phase' when the task's priority is a rank or none and its title or phase marks it
    optional ('CYK 3 – Værkstedsdagen (valgfri)' of 'Prioritet 1'); else None."""
    if _SAYS_NEED.search(ascii_fold((task.priority or "").casefold())):
        return None
    for name, value in (("title", task.title), ("phase", task.phase)):
        if _MARKED_OPTIONAL.search(ascii_fold((value or "").casefold())):
            return name
    return None


def task_weight(task: Task) -> Weight:
    """The task's weight: its priority's, unless the priority only ranks it and its title or phase
    calls it optional."""
    return Weight.OPTIONAL if optional_by_name(task) else weight(task.priority)


def is_critical(task: Task) -> bool:
    """Critical: the Home tab's 'critical with nobody on it', the own-work lists' undated tasks kept first."""
    return task_weight(task) is Weight.CRITICAL

"""The criteria a list across tasks is filtered by: their kinds (By), anchors and the Filter record."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from knowledge.fold import ascii_fold
from knowledge.qa.candidate import Context


class By(StrEnum):
    PROJECT = "project"
    PHASE = "phase"
    THEME = "theme"
    EXECUTOR = "executor"  # the task's recommended executor ('Anbefalet udfører')
    RESPONSIBLE = "responsible"  # the task's recommended responsible ('Anbefalet ansvarlig')
    WAVE = "wave"
    PRIORITY = "priority"
    STS = "sts"
    SIGNATURE = "signature"
    SIGNED_BY = "signed_by"  # a signature whose document, signer or recipient the question names
    DEADLINE = "deadline"
    DEADLINE_BEFORE = "deadline_before"
    DEADLINE_AFTER = "deadline_after"
    START_BEFORE = "start_before"  # the task's own start or end, from its offsets to go-live
    START_AFTER = "start_after"
    END_BEFORE = "end_before"
    END_AFTER = "end_after"
    END_WITHIN = "end_within"  # the task's own end in the last so many days before go-live
    END_BY = "end_by"  # the task's own end at least so long before go-live ('senest 60 dage før go-live')
    START_BY = "start_by"
    DEADLINE_BY = "deadline_by"  # a deadline in the text at least so long before go-live
    DEADLINE_AT = "deadline_at"  # a deadline in the text just so long before go-live
    MENTION = "mention"
    RELATED = "related"  # the tasks a named task lists as related, and those that list it


class Anchor(StrEnum):
    GOLIVE = "go-live"
    RECEIPT = "modtagelse"
    START = "start"
    END = "slut"


Note = tuple[str, dict[str, str]]


@dataclass
class Filter:
    """One criterion of a list: its kind, the value shown ('Valgfri', 'KY', 'Netcompany'), the tasks
    it keeps and the question words it accounts for. `known` is False when the question names a
    value the tasks do not have (a priority nobody uses, a wave that does not exist)."""

    by: By
    value: str = ""
    tasks: set[int] = field(default_factory=set)
    positions: set[int] = field(default_factory=set)
    known: bool = True
    anchor: Anchor | None = None
    # per task, what its text says about the criterion: (message name, values) for knowledge.qa.messages
    notes: dict[int, list[Note]] = field(default_factory=dict)
    negated: bool = False  # 'ikke obligatoriske', "don't need a signature": the tasks without it
    # tasks that do not meet the criterion but are not without it either, kept out of its negation too (a
    # paper a committee adopts is no signature, and yet not 'nothing to sign')
    borderline: set[int] = field(default_factory=set)
    reason: str = ""  # the wording of the criterion when not its kind's ('optional': 'der er valgfri')


def positions_of(ctx: Context, words: set[str]) -> set[int]:
    """The question's tokens that are one of these ascii-folded words."""
    return {t.pos for t in ctx.q.tokens if ascii_fold(t.surface.casefold()) in words}

"""The KLIK task as data: pydantic models shared by parsers, search, answering and the bot."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from knowledge.text import clean_name


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MethodStep(_Model):
    """One numbered step of 'Metode og fremgangsmåde'."""

    number: int
    text: str


class ChecklistSubstep(_Model):
    """A numbered sub-step under a checklist item, e.g. 433 item 3's 'Ruten bestilles ...'."""

    number: int
    text: str
    status: str | None = None


class ChecklistItem(_Model):
    """A numbered sub-task listed in the description with its status ('Gennemført')."""

    number: int
    title: str
    text: str = ""
    status: str | None = None
    substeps: list[ChecklistSubstep] = Field(default_factory=list)


class Fact(_Model):
    """An 'X: Y' statement from a list in the text, e.g. Prisme -> Fujitsu (forvaltningsansvarlig)."""

    subject: str
    value: str
    context: str


class Signature(_Model):
    """A document somebody must sign before the task can be finished."""

    document: str
    signer: str
    recipient: str | None = None
    steps: list[int] = Field(default_factory=list)
    # The method step in which the document arrives ('Modtag blanket ... til underskrift'), the one in
    # which it is signed ('Underskriv aftalen', 'Få blanketten underskrevet af X', 'Aftalen underskrives
    # af X'), and the one that sends it on once signed ('Returnér den underskrevne aftale til KOMBIT';
    # None when no step after the signing does). A step that only mentions the document ('der vil
    # komme en serviceaftale') is none of them.
    received_step: int | None = None
    signed_step: int | None = None
    returned_step: int | None = None
    # True for a thing that is not a paper, approved by a named approver ('Regelsættet godkendes af
    # fagchefen'): tracked and reminded like a signature, but approved, not signed.
    approval: bool = False
    # Where a signature the text does not state came from ('tilføjet af anna 2. december 2026 med
    # klik signature add'); None for one read from the task's text.
    source: str | None = None

    def done_step(self) -> int | None:
        """The step whose completion means the document is signed and on its way back: the one that
        sends it on once signed, else the one that signs it (what `/klik signed` and reminders use)."""
        return self.returned_step if self.returned_step is not None else self.signed_step


class DeadlineUnit(StrEnum):
    """The unit of a deadline written in the text; the values are the export's own words."""

    DAYS = "dage"
    WORKING_DAYS = "arbejdsdage"
    WEEKS = "uger"
    MONTHS = "måneder"


class DeadlineKind(StrEnum):
    """What a day in the text is: a deadline ('senest 30 dage før go-live'), the earliest day something may
    start ('kan tidligst begynde 6 uger før go-live') or the end of a period ('bevares i 12 måneder efter
    go-live'). Only a deadline is due: `klik due` and reminders use no other kind; answers quote them all."""

    DEADLINE = "deadline"
    EARLIEST = "earliest"
    DURATION = "duration"


class TextDeadline(_Model):
    """A deadline stated in the task text, e.g. 'senest 30 dage før go-live' -> days=-30, anchor 'go-live'."""

    text: str  # the sentence part as written
    days: int  # signed: before the anchor is negative
    unit: DeadlineUnit
    # "go-live", "modtagelse", "start", "slut", or the anchor's own words when it is none of those
    anchor: str
    about: str | None = None  # the document or step it concerns, when the text says so
    # A week-number deadline ('senest fredag i uge 12', 'i uge 40'): anchor is 'uge 12', days count
    # from that week's Monday (fredag: 4; the week as a whole is due on its Friday, 4; 'inden uge
    # 40': -3, the Friday before). `week` is the ISO week, `weekday` 1 (Monday) to 7 when the text
    # names a day, `year` only when the text says it: without it there is no date.
    week: int | None = None
    weekday: int | None = None
    year: int | None = None
    # A calendar date ('senest 1. april 2027', 'inden 15. marts'): anchor is the date as written in Danish
    # ('1. april 2027', '15. marts'), days 0; `fixed_date` only when the text gives the year (without it
    # there is no date: which year is not said).
    fixed_date: date | None = None
    kind: DeadlineKind = DeadlineKind.DEADLINE

    @property
    def is_due(self) -> bool:
        """Whether something must be done by the day (not an earliest day, not a period's end)."""
        return self.kind == DeadlineKind.DEADLINE


class Link(_Model):
    url: str
    label: str | None = None


class Task(_Model):
    """One KLIK task as published by KOMBIT."""

    id: str
    code: str | None = None
    title: str
    project: str | None = None
    phase: str | None = None
    theme: str | None = None
    priority: str | None = None
    sts_infrastructure: bool | None = None
    duration_days: int | None = None
    end_offset_days: int | None = None
    start_offset_days: int | None = None
    waves: list[str] = Field(default_factory=list)
    goal: str | None = None
    description: str = ""
    method_steps: list[MethodStep] = Field(default_factory=list)
    result: str | None = None
    recommended_executor: str | None = None
    executor_comment: str | None = None
    recommended_responsible: str | None = None
    involved_parties: str | None = None
    related_tasks: list[str] = Field(default_factory=list)
    publication_status: str | None = None
    checklist: list[ChecklistItem] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    signatures: list[Signature] = Field(default_factory=list)
    text_deadlines: list[TextDeadline] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    extra: dict[str, str] = Field(default_factory=dict)
    source_format: str | None = None
    source_file: str | None = None

    # One spelling per name everywhere, also for tasks stored before names were cleaned: 'KY – Bølge 3'
    # from a file saved by Word is the wave 'KY - Bølge 3'.
    @field_validator("project", "code")
    @classmethod
    def _one_name(cls, value: str | None) -> str | None:
        return clean_name(value) if value else value

    @field_validator("waves", "related_tasks")
    @classmethod
    def _one_name_each(cls, values: list[str]) -> list[str]:
        return [clean_name(v) for v in values]

    def step(self, number: int) -> MethodStep | None:
        return next((s for s in self.method_steps if s.number == number), None)

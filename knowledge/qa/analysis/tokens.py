"""A question's words and what was read of it: the Token and Question records analyse fills."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.fold import (
    key,
)
from knowledge.qa.types import Expect

CONCEPT_WEIGHT = 0.5
RARE_TASKS = 2  # a word in at most this many tasks (or 2% of them) is rare there


@dataclass
class Token:
    """One word of the question."""

    pos: int
    surface: str
    key: str
    alts: tuple[str, ...] = ()
    match: float = 1.0  # 1 known, <1 corrected spelling, 0 unknown to the knowledge base
    weight: float = 0.0
    concepts: frozenset[str] = frozenset()
    role: str = "word"  # word, stop, ref, number

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.alts)

    @property
    def name_keys(self) -> tuple[str, ...]:
        """Keys for matching a name: a word the tasks contain is only itself ('Teduna' is not
        'Tedun'); a corrected or unknown word keeps its candidates."""
        return self.keys if self.match < 1 else (self.key,)

    @property
    def own_key(self) -> str:
        """The key of the word as typed, before any correction or compound splitting."""
        return key(self.surface.casefold())

    @property
    def read_by_head(self) -> bool:
        """Whether the word was read only as the last part of its compound ('Datatilsynet' as 'tilsyn')."""
        own = self.own_key
        return own != self.key and own.endswith(self.key)


@dataclass
class Question:
    text: str
    lang: str
    tokens: list[Token]
    tasks: list[int] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    step: int | None = None  # -1: the last step
    wave: int | None = None
    concepts: set[str] = field(default_factory=set)
    expects: Expect = Expect.ANY  # the kind of value asked for ('hvem' a party, 'hvornår' a time)
    yesno: bool = False  # opens with a verb: 'skal borgmesteren underskrive ...?'
    # A project the question names ('... for KY?'): answers come only from its tasks.
    project_tasks: frozenset[int] | None = None
    project_pos: set[int] = field(default_factory=set)

    wave_tasks: frozenset[int] | None = None  # 'bølge 2' names a wave the tasks have
    # 'Context Handler 3': a name and the number after it, which an answer must say the same way
    numbered: list[tuple[int, int]] = field(default_factory=list)
    asked: str = ""  # the question as typed; `text` is its Danish reading when it was English
    typed: dict[str, str] = field(default_factory=dict)  # a Danish reading's word -> the English typed
    # a verb split from its particle -> the key of the prefixed verb ('sætter' ... 'op' -> 'opsætte')
    particles: dict[str, str] = field(default_factory=dict)
    # one-way glossary phrases the tasks write themselves: read as written, not as the line's form
    held: frozenset[str] = frozenset()
    # a misspelt word's position -> the word the tasks write that it was read as ('testcaes' -> 'testcases')
    spelled: dict[int, str] = field(default_factory=dict)

    def allows(self, task: int) -> bool:
        """Whether an answer may come from this task: a named task, else the named project's and
        wave's."""
        if self.tasks:
            return task in self.tasks
        return ((self.project_tasks is None or task in self.project_tasks)
                and (self.wave_tasks is None or task in self.wave_tasks))

    def spelt(self) -> str:
        """The text with its misspelt words as the tasks write them ('hvor mange testcaes' as 'hvor mange
        testcases'), for checks that read the question's own words."""
        text = self.text
        for t in self.tokens:
            if (written := self.spelled.get(t.pos)) is not None:
                text = re.sub(rf"(?<!\w){re.escape(t.surface)}(?!\w)", written, text, count=1)
        return text

    def content(self) -> list[Token]:
        return [t for t in self.tokens if t.weight > 0]

    def total(self) -> float:
        return sum(t.weight for t in self.tokens)

    def coverage(self, explained: set[int]) -> float:
        """Share of what the question is about (weighted) that an answer accounts for."""
        total = self.total()
        if total == 0:
            return 1.0
        return sum(t.weight * t.match for t in self.tokens if t.pos in explained) / total

    def unknown(self) -> list[Token]:
        return [t for t in self.content() if t.match == 0]

    def has(self, *concepts: str) -> bool:
        return not self.concepts.isdisjoint(concepts)  # (asked ~40 times a question: no generator)

    def concept_positions(self, *concepts: str) -> set[int]:
        return {t.pos for t in self.tokens if not t.concepts.isdisjoint(concepts)}

    def ref_positions(self) -> set[int]:
        """The words that name a task (a ref) or a project: what the answer is from, not about."""
        return {t.pos for t in self.tokens if t.role == "ref"} | self.project_pos

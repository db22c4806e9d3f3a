"""An optional record of how one question was answered, for benchmarks/stages.py; off (None) in use."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Shot:
    """One candidate as it stood at one point of the pipeline."""

    ident: int
    kind: str
    text: str
    tasks: list[int]
    prior: float
    found: bool
    explained: frozenset[int]


@dataclass
class Trace:
    """What each attempt at a question saw (`answer` may try twice); `chosen` is the one answered."""

    attempts: list[dict] = field(default_factory=list)
    chosen: int = 0

    def start(self) -> None:
        self.attempts.append({})

    def note(self, key: str, value) -> None:
        self.attempts[-1][key] = value

    def shots(self, key: str, candidates) -> None:
        self.note(key, [Shot(id(c), c.kind, c.text, list(c.tasks), c.prior, c.found, frozenset(c.explained))
                        for c in candidates])


# The record being written, or None: the pipeline tests this once per point, so it costs nothing in use.
ACTIVE: Trace | None = None


def route(name: str) -> None:
    """Note the way the answer went ('not_found', 'partial:gate.answers'), when answering is traced."""
    if ACTIVE is not None:
        ACTIVE.note("route", name)


def snapshot(key: str, candidates) -> None:
    """Note the candidates as they stand at one point of the pipeline, when answering is traced."""
    if ACTIVE is not None:
        ACTIVE.shots(key, candidates)

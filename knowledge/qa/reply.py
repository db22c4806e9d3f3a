"""The answer a user sees and programs read, and the score below which an answer would be a guess."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from knowledge.qa.work import UserRef

# Below this score an answer would be a guess. Calibrated on tests/questions: right answers
# score >= 0.7; questions about unknown things (SAP, a person, the weather) stay under 0.5.
FOUND_THRESHOLD = 0.6


class Answer(BaseModel):
    """What a user sees (`answer`) and what programs use (found, sources, confidence)."""

    question: str
    answer: str
    found: bool
    sources: list[str] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    lang: Literal["da", "en"] = "da"
    suggestions: list[str] = Field(default_factory=list)
    # The answer as lines of text and user references, for the edge to render (mentions in Slack,
    # names in a terminal); empty when `answer` is all there is.
    parts: list[list[str | UserRef]] = Field(default_factory=list)


def plain(lines: list[list[str | UserRef]], *, name=lambda user_id: user_id) -> str:
    """Lines of parts as plain text, a user as '@' + name(id)."""
    return "\n".join("".join(p if isinstance(p, str) else "@" + name(p.id) for p in line) for line in lines)

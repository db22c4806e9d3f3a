"""What the yes/no tests check of an answer: a verdict with its evidence, or no verdict at all."""

from __future__ import annotations

from knowledge.qa.pipeline import answer


def assert_settled(kb, question: str, verdict: str, evidence: str) -> None:
    """The answer is found, opens with the verdict ('Ja'/'Nej') and quotes the evidence."""
    a = answer(kb, question)
    assert a.found, (question, a.answer)
    assert a.answer.startswith(verdict), (question, a.answer)
    assert evidence.casefold() in a.answer.casefold(), (question, a.answer)


def assert_unsettled(kb, question: str) -> None:
    """The tasks do not settle it: not found, and neither Ja nor Nej."""
    a = answer(kb, question)
    assert not a.found, (question, a.answer)
    assert not a.answer.startswith(("Ja", "Nej")), (question, a.answer)

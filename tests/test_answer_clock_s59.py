"""A yes/no about an hour before the latest one a task allows is no 'Nej': 'til kl. 18' does not deny kl. 17
(it was answered 'Nej' as another clock time); a later hour still is, and a denied stretch is left alone."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASK = """## MAR 2 Julemarked på torvet (MAR 2)

**Master-opgave ID** 59981

**Opgavetitel** MAR 2 Julemarked på torvet (MAR 2)

**Projekt** Fælles Marked

**Prioritet** Obligatorisk

**Mål** Julemarkedet afvikles.

**Beskrivelse** Kommunen holder julemarked på torvet hver søndag i december. \
Boderne må holde åbent til kl. 19. Skøjtebanen kan bruges indtil kl. 21.

**Resultat** Julemarkedet er afviklet.

"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASK)])


@pytest.mark.parametrize("question", [
    "Må boderne holde åbent kl. 18?",
    "Kan man bruge skøjtebanen kl 20?",
])
def test_an_earlier_hour_is_no_nej(question):
    a = answer(_kb(), question)
    assert not a.answer.startswith("Nej"), a.answer


@pytest.mark.parametrize("question", [
    "Må boderne holde åbent kl. 22?",
    "Kan man bruge skøjtebanen kl 23?",
])
def test_a_later_hour_is_still_nej(question):
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej"), a.answer

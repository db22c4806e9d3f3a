"""Who is to have a signed paper, asked without a word for signing ('hvem skal have streamingaftalen?',
'hvem får X?', 'who gets X?'): the paper's recipient, never the one who signs it; a copy asked for is not
the original's recipient; a paper named by what it is about that no task has ('aftalen om parkering') is
not any other agreement of the project. The tasks and questions are written for this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_MD = """## (FB 1) Aftale om fodboldtransmission

**Master-opgave ID** 9901

**Projekt** Idrætsparken

**Bølger** Idrætsparken - Bølge 1

**Beskrivelse** Transmissionsaftalen skal signes af idrætschefen. \
Originalen returneres til Divisionsklubberne,
mens presseafdelingen får en kopi til orientering.

**Metode og fremgangsmåde** 1. Modtag transmissionsaftalen
2. Idrætschefen signerer aftalen
3. Returnér originalen til Divisionsklubberne

## (FB 2) Aftale om rengøring af tribuner

**Master-opgave ID** 9902

**Projekt** Idrætsparken

**Bølger** Idrætsparken - Bølge 1

**Beskrivelse** Aftalen med rengøringsselskabet indgås ved, at driftschefen underskriver den.

**Metode og fremgangsmåde** 1. Læs aftalen
2. Driftschefen underskriver aftalen
"""


def _ask(question: str):
    return answer(KnowledgeBase.from_tasks(parse_text(_MD)), question)


@pytest.mark.parametrize("question", ["Hvem skal have transmissionsaftalen?",
                                      "Hvem får transmissionsaftalen?", "who gets the transmissionsaftale?"])
def test_who_is_to_have_a_signed_paper_is_its_recipient(question):
    a = _ask(question)
    assert a.found and "Divisionsklubberne" in a.answer and a.sources == ["9901"], a.answer


def test_the_signer_alone_does_not_say_who_is_to_have_the_paper():
    a = _ask("Hvem skal have aftalen om rengøring af tribuner?")
    assert not a.found or "driftschef" not in a.answer.split("\n")[0].casefold(), a.answer


def test_who_gets_a_copy_is_not_answered_by_the_original_s_recipient():
    a = _ask("Hvem får en kopi af transmissionsaftalen?")
    assert not a.found or "presseafdelingen får en kopi" in a.answer, a.answer  # the sentence that says so


def test_who_signs_a_paper_about_a_thing_no_task_has_is_not_known():
    a = _ask("Hvem underskriver aftalen om parkering i Idrætsparken?")
    assert not a.found, a.answer


_LISTED = """## (KS 1) Tilladelse til kajaksejlads

**Master-opgave ID** 9911

**Projekt** Friluftsskole

**Bølger** Friluftsskole - Bølge 1

**Beskrivelse** Tilladelsen skal underskrives af skolelederen, forældrerepræsentanten og turlederen.

**Metode og fremgangsmåde** 1. Modtag tilladelsen
2. Få tilladelsen underskrevet
"""


def test_yes_for_the_last_of_three_listed_signers():
    """'af X, Y og Z': Z signs too (main read only X, and said 'Nej – ... af skolelederen')."""
    a = answer(KnowledgeBase.from_tasks(parse_text(_LISTED)), "Skal turlederen underskrive tilladelsen?")
    assert a.found and a.answer.startswith("Ja"), a.answer

"""An English typo as near to two words that mean different things ('contarct': 'contract' or
'contact') is read as the one a sentence of the tasks says with the question's other words; with no
such sentence, or both as often, it stays as typed (an honest 'not found', not a guess)."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9821", title="NK 1 Aftale med den nye leverandør", project="Nødkald", priority="Obligatorisk",
         description="Databehandleraftalen med Trygkald ApS underskrives af direktøren for Social og "
                     "Sundhed. Kontakt hos Trygkald ApS: Jonas Krog, jonas@trygkald.dk. "
                     "Formularen udfyldes af visitatoren."),
    Task(id="9822", title="NK 2 Opsætning af vagtcentralen", project="Nødkald", priority="Valgfri",
         description="Vagtcentralen har fire medarbejdere på hvert skift."),
]


def test_the_meaning_said_with_the_other_words_is_read(index):
    text = analyse(index, "Who signs the contarct with Trygkald?").text
    assert "aftale" in text and "kontakt" not in text, text


def test_the_typo_is_answered_as_the_word_the_sentence_holds(kb):
    a = answer(kb, "Who signs the contarct with Trygkald?")
    assert a.found and "direktøren" in a.answer, a.answer


def test_a_phrase_still_tells_the_word(index):
    assert "kontaktperson" in analyse(index, "Who is the contarct person at Trygkald?").text


@pytest.mark.parametrize("question", ["What about the contarct?", "Where is the fomr?"])
def test_with_nothing_to_tell_them_apart_the_typo_stays(index, question):
    text = analyse(index, question).text
    assert "contarct" in text or "fomr" in text, text

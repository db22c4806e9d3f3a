"""A text deadline answers 'hvornår <deed> X?' only when its own deed is the one asked (session 61, mend 6):
'hvornår kan beregningsreglerne ændres igen?' is not answered by 'Kommunens pladsanvisning gennemgår
reglerne og godkender dem i løsningen senest 10 arbejdsdage efter modtagelsen' (the time of approving
them), though the deadline is about the rules; the approving, asked by its own verb, by a word the glossary
reads as it, or as a state ('være godkendt'), still is."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(ident: str, title: str, text: str) -> str:
    return f"""## {title}

**Master-opgave ID** {ident}

**Opgavetitel** {title}

**Projekt** Fripladstilskud

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Startdato (fra Slutdato)** -30

**Beskrivelse** {text}

**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task("9978", "FPT 03 Godkend beregningsreglerne (B1)",
          "KOMBIT sender beregningsreglerne for fripladstilskud til kommunerne i uge 14.\n\n"
          "Kommunens pladsanvisning gennemgår reglerne og godkender dem i løsningen senest 10 arbejdsdage "
          "efter modtagelsen.\n\nReglerne kan ikke ændres efter godkendelsen."),
    _task("9979", "FPT 04 Konteringsregler (B1)",
          "Konteringsreglerne skal være indtastet senest 3 uger før go-live."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question", [
    "Hvornår kan beregningsreglerne i Fripladstilskud ændres igen?",
    "Hvornår kan beregningsreglerne ændres?",
    "Hvornår skal beregningsreglerne slettes?",
])
def test_a_deadline_of_another_deed_is_no_answer(kb, question):
    got = answer(kb, question)
    assert not got.found or "10 arbejdsdage" not in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Hvornår skal beregningsreglerne i Fripladstilskud godkendes?",
    "Hvornår skal beregningsreglerne være godkendt?",
])
def test_the_deadline_of_the_deed_asked_still_answers(kb, question):
    got = answer(kb, question)
    assert got.found and "10 arbejdsdage" in got.answer, got.answer


def test_a_state_asked_is_answered_by_the_deadline_of_the_thing(kb):
    got = answer(kb, "Hvornår skal konteringsreglerne være klar?")
    assert got.found and "3 uger" in got.answer, got.answer

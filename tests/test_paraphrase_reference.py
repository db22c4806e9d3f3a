"""Paraphrases that name a thing as the text refers to it or ask from the user's side: a definite
head that refers back to the compound just named ('Forløbet tager ...' after 'e-læringsforløbet'),
an adjective before the relation word of 'hvem er den nuværende leverandør?', 'i forvejen' in a time
question, and everyday verbs read as the task's word (one-way glossary lines). Tasks and questions
written for this test."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.checks import asked_role
from knowledge.qa.pipeline import answer

EXPORT = """## (ORD 3) Oplæring af bibliotekarer

**Master-opgave ID** 7931

**Opgavetitel** (ORD 3) Oplæring af bibliotekarer

**Projekt** Ordbogen

**Beskrivelse** Alle bibliotekarer skal gennemføre introduktionsforløbet, før de får adgang til systemet.
Forløbet tager ca. 45 minutter. Materialet hentes fra det gamle system, Bogreg. Overførslen laves af den
nuværende leverandør, Papyrus ApS, som sender en fil. Ændringer meldes til KOMBITs servicedesk.

**Metode og fremgangsmåde** 1. Send link til alle bibliotekarer
2. Meld fejl til servicedesken

## (ORD 5) Anmeldelse af arrangementer

**Master-opgave ID** 7932

**Opgavetitel** (ORD 5) Anmeldelse af arrangementer

**Projekt** Ordbogen

**Beskrivelse** Foreninger anmelder arrangementer digitalt. Anmeldelsen skal foreligge senest 3 uger før
arrangementet. Bibliotekslederen fordeler lokalerne mellem foreningerne.
"""


def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


def test_a_duration_said_of_the_definite_head_answers_for_the_compound():
    a = answer(_kb(), "hvor lang tid tager introduktionsforløbet?")
    assert a.found and "45 minutter" in a.answer and a.sources == ["7931"]


def test_an_adjective_before_the_relation_word_is_no_role_asked():
    kb = _kb()
    q = analyse(index_for(kb), "hvem er den nuværende leverandør i ORD 3?")
    assert asked_role(q) is None  # 'nuværende' qualifies 'leverandør'; it is no role of its own
    a = answer(kb, "hvem er den nuværende leverandør i ORD 3?")
    assert a.found and "Papyrus" in a.answer


def test_in_advance_frames_a_time_question():
    kb = _kb()
    q = analyse(index_for(kb), "hvor lang tid i forvejen skal anmeldelsen foreligge?")
    assert all(t.role == "stop" for t in q.tokens if t.surface in ("i", "forvejen"))
    a = answer(kb, "hvor lang tid i forvejen skal anmeldelsen foreligge?")
    assert a.found and "3 uger" in a.answer
    # and the phrase does not make a place or a party question about time
    assert not any(t.role == "stop" and t.surface == "forvejen"
                   for t in analyse(index_for(kb), "hvem har lavet anmeldelsen i forvejen?").tokens)


def test_everyday_verbs_find_the_task_word():
    kb = _kb()
    a = answer(kb, "hvem deler lokalerne ud til foreningerne?")
    assert a.found and "Bibliotekslederen" in a.answer
    q = analyse(index_for(kb), "hvem skal vi informere om fejl?")
    assert any(t.key == "meld" for t in q.tokens)  # 'informere' is not written; 'melde' is


def test_what_the_tasks_do_not_say_stays_unknown():
    kb = _kb()
    assert not answer(kb, "hvor lang tid tager kurset for foreningerne?").found
    assert not answer(kb, "hvem er den nuværende leverandør af lokalerne?").found


def test_a_name_in_apposition_holds_the_role():
    from knowledge.qa.gate.roles import _HELD_AFTER
    said = "Overførslen laves af den nuværende leverandør, Papyrus ApS, som sender en fil."
    assert _HELD_AFTER.match(said, said.index(","))
    # a list of parties after the role names no holder of it
    for listed in ("Mødet holdes med leverandøren, KOMBIT, kommunen og regionen.",
                   "Parterne er leverandøren, kommunen og KOMBIT."):
        assert not _HELD_AFTER.match(listed, listed.index(","))


FEES = """## (ORD 7) Kursus for foreningsledere

**Master-opgave ID** 7933

**Opgavetitel** (ORD 7) Kursus for foreningsledere

**Projekt** Ordbogen

**Beskrivelse** Kurset holdes i Odense. Transport til kurset betales af kommunen. Licensaftalen gælder, så
længe kommunen bruger Ordbogen. Resultaterne fra de seneste to år overføres til den nye løsning.
"""


def _fees() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(FEES))


def test_a_deed_on_another_thing_does_not_answer_for_a_thing_no_task_names():
    kb = _fees()
    assert not answer(kb, "hvem betaler overnatningen på kurset i Odense?").found  # transport is not a stay
    a = answer(kb, "hvem betaler transporten til kurset i Odense?")
    assert a.found and "kommunen" in a.answer


def test_how_long_a_thing_holds_is_told_by_its_condition():
    a = answer(_fees(), "hvor længe gælder licensaftalen?")
    assert a.found and "så længe" in a.answer


def test_a_relative_clause_names_who_holds_the_duty():
    from knowledge.qa.agents import duties
    said = ("Når kortet er vedtaget, indberettes det til Danmarks Miljøportal, som står for at gøre det "
            "tilgængeligt.")
    assert [d.head for d in duties(said)] == ["Danmarks Miljøportal"]
    # a clause with its own subject before the noun names no one the relative clause is about
    assert duties("Kommunen udpeger en koordinator, der står for kontakten.") == []
    kb = KnowledgeBase.from_tasks(parse_text(EXPORT.replace(
        "Ændringer meldes til KOMBITs servicedesk.",
        "Når listen er godkendt, sendes den til Bibliotekscentralen, som står for at lægge den i portalen.")))
    a = answer(kb, "hvem sørger for, at listen kommer i portalen?")
    assert a.found and "Bibliotekscentralen" in a.answer


def test_how_long_a_thing_runs_does_not_say_when_it_is_signed():
    from knowledge.qa.types import Expect, holds
    said = "Aftalen træder i kraft ved underskrift og løber i fire år."
    assert not holds(Expect.TIME, said, "hvornår skal aftalen være underskrevet?")
    assert holds(Expect.TIME, said, "hvor længe løber aftalen?")

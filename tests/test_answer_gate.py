"""The answer gate (knowledge/qa/gate/, types/): an answer is found only when it holds a value of
the kind asked for, about what the question names; otherwise the answer says what the tasks do say,
with found=False. Tasks here are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import grading
from benchmarks.questions import answer_all
from knowledge.base import KnowledgeBase
from knowledge.fold import ascii_fold
from knowledge.parse import parse_text
from knowledge.qa.gate import label_parts
from knowledge.qa.gate.parties import _party_after_preposition
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected, holds

TASK = """## HV 11 Tilslut kommunens arkiv til Arkivhuset (B4)

**Master-opgave ID** 9911

**Opgavetitel** HV 11 Tilslut kommunens arkiv til Arkivhuset (B4)

**Projekt** Arkivhuset

**Prioritet** Obligatorisk

**Opgave varighed (antal dage)** 10

**Slutdato (fra Go-Live)** -40

**Startdato (fra Slutdato)** -20

**Bølger** Arkivhuset - Bølge 4

**Mål** Kommunens afsluttede sager afleveres til Arkivhuset.

**Beskrivelse** Leverandør af Arkivhuset er Nordlys Data.

Kontakt hos Nordlys Data er Karin Ravn, tlf. 41 22 33 44.

Afleveringsaftalen skal underskrives, før den første aflevering kan ske.

Adgangen til testmiljøet skal være bestilt senest 2 uger før kurset begynder. Testen tager normalt fire dage.

Spørgsmål om afleveringen besvares af Ole Friis, arkivar i KOMBIT, ofr@kombit.dk.

Kurset foregår på rådhuset i Vejle.

Afleveringen sker i testmiljøet og derefter i produktion.

Afleveringen sker gennem en portal, som KOMBIT driver.

**Metode og fremgangsmåde** 1. Bestil adgang til testmiljøet
2. Gennemfør testafleveringen
3. Underskriv afleveringsaftalen
4. Send afleveringsaftalen til KOMBIT

**Resultat** Arkivet er tilsluttet Arkivhuset.

**Anbefalet udfører** Arkivansvarlig

**Anbefalet ansvarlig** Kommunens arkivchef
"""


def _question(text: str):
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    return analyse(index_for(KnowledgeBase.from_tasks(parse_text(TASK))), text)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASK))


@pytest.mark.parametrize("question", [
    "Hvad er Karin Ravns mailadresse?",  # the contact has a phone, no mail
    "What is Ole Friis's phone number?",  # the contact has a mail, no phone
    "Hvad er adgangskoden til testmiljøet i Arkivhuset?",
    "Hvilket brugernavn skal vi bruge i Arkivhuset?",
    "Hvad er Nordlys Datas CVR-nummer?",
    "Hvad er journalnummeret for afleveringsaftalen?",
    "Hvem skal underskrive afleveringsaftalen?",  # 'Underskriv afleveringsaftalen' names no signer
    "Hvornår begynder kurset?",  # '2 uger før kurset begynder' dates the ordering, not the course
    "Hvor lang tid tager afleveringen til Arkivhuset?",
    "Hvornår er go-live for Arkivhuset?",
    "Hvor ligger Nordlys Data?",
    "Who is our arkivchef?",  # the label line names the role, not who holds it
    "Har du Karin Ravns mail?",  # a request in a yes/no form asks for the value
    "Hvilken leverandør er ansvarlig for testmiljøet?",  # 'Anbefalet ansvarlig: ...' names no supplier
    "What's the name of the portal KOMBIT runs?",  # the framing's quote mark is no name
    "Hvilken portal bruges til afleveringen?",  # 'en portal, som KOMBIT driver' does not say which
    "Hvorfor skal vi bestille adgang til testmiljøet?",  # the text says that, not why
])
def test_partial_questions_are_not_answered(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvad er Karin Ravns telefonnummer?", "41 22 33 44"),
    ("What is Ole Friis's email?", "ofr@kombit.dk"),
    ("Hvem er leverandør af Arkivhuset?", "Nordlys Data"),
    ("Hvor lang tid tager testen?", "fire dage"),
    ("Hvornår skal adgangen til testmiljøet være bestilt?", "2 uger"),
    ("Hvor foregår kurset?", "rådhuset"),
    ("Hvem er ansvarlig for opgave 9911?", "arkivchef"),
    ("Hvilken leverandør har Arkivhuset?", "Nordlys Data"),
])
def test_controls_of_the_same_shapes_are_answered(kb, question, value):
    got = answer(kb, question)
    assert got.found and value in got.answer, got.answer


def test_yes_only_about_what_the_question_names():
    tasks = parse_text(TASK.replace("Kurset foregår på rådhuset i Vejle.",
                                    "Få aftalen underskrevet af borgmesteren. "
                                    "Gamle leverancer lukkes senest 2 uger efter go-live."))
    other = ("## HV 12 Journalsystemet (B4)\n\n**Master-opgave ID** 9912\n\n"
             "**Opgavetitel** HV 12 Journalsystemet (B4)\n\n**Projekt** Arkivhuset\n\n"
             "**Beskrivelse** Journalsystemet får en databehandleraftale.\n")
    kb = KnowledgeBase.from_tasks(tasks + parse_text(other))
    # 'aftalen' here is the afleveringsaftale; the question names another agreement
    assert not answer(kb, "Skal borgmesteren underskrive databehandleraftalen?").found
    got = answer(kb, "Hvornår lukkes de gamle leverancer?")
    assert got.found and "2 uger" in got.answer


def test_where_a_thing_is_sent_comes_with_the_address():
    task = TASK.replace("Afleveringen sker gennem en portal, som KOMBIT driver.\n",
                        "Afleveringen sker gennem en portal, som KOMBIT driver.\n\n"
                        "Den underskrevne aftale sendes retur på arkiv@kombit.dk.\n")
    got = answer(KnowledgeBase.from_tasks(parse_text(task)), "Hvor sendes afleveringsaftalen hen?")
    # the step says where ('til KOMBIT'), the description the address it goes to
    assert got.found and "til KOMBIT" in got.answer and "arkiv@kombit.dk" in got.answer, got.answer


def test_after_the_last_step_the_task_says_nothing(kb):
    got = answer(kb, "Hvad gør vi, når vi har sendt afleveringsaftalen til KOMBIT?")
    assert not got.found and "sidste trin" in got.answer, got.answer
    got = answer(kb, "Hvad gør vi, når testafleveringen er gennemført?")
    assert got.found and "Underskriv afleveringsaftalen" in got.answer, got.answer


def test_counts_are_not_section_numbers():
    assert not holds(Expect.COUNT, "3.2 Kommunen skal underskrive en bestillingsformular.",
                     "Hvor mange kommuner er med?")


def test_a_partial_answer_says_what_the_task_does_say(kb):
    got = answer(kb, "Hvem skal underskrive afleveringsaftalen?")
    assert "ikke af hvem" in got.answer and "Underskriv afleveringsaftalen" in got.answer


@pytest.mark.parametrize(("question", "kind"), [
    ("hvor foregår kurset?", Expect.PLACE),
    ("where is the course held?", Expect.PLACE),
    ("hvor mange kurser er der?", Expect.COUNT),
    ("hvor lang tid tager testen?", Expect.TIME),
    ("hvad er ean-nummeret?", Expect.CODE),
    ("hvad sker der, hvis vi ikke har et ean-nummer?", Expect.ANY),
    ("hvilket brugernavn skal vi bruge?", Expect.PASSWORD),
    ("what is the login for the portal?", Expect.PASSWORD),
    ("hvordan virker login?", Expect.ANY),
    ("har du karin ravns nummer?", Expect.PHONE),
    ("hvilken dag er kurset?", Expect.TIME),
    ("hvorfor skal vi teste?", Expect.REASON),
    ("what is the purpose of the test?", Expect.REASON),
])
def test_expected_answer_types(question, kind):
    assert expected(ascii_fold(question)) is kind


def test_times_that_do_not_answer_when_or_how_long():
    ordered = "Adgangen skal være bestilt senest 2 uger før kurset begynder."
    assert not holds(Expect.TIME, ordered, "Hvornår begynder kurset?")
    assert holds(Expect.TIME, ordered, "Hvornår skal adgangen være bestilt?")
    returned = "Aftalen returneres senest 10 arbejdsdage efter modtagelsen."
    assert holds(Expect.TIME, returned, "Hvornår skal aftalen returneres efter modtagelsen?")
    deadline = "Godkendelsen skal ske senest 6 uger før go-live."
    assert not holds(Expect.TIME, deadline, "Hvor lang tid tager godkendelsen?")
    assert holds(Expect.TIME, deadline, "Hvor lang tid før go-live skal godkendelsen ske?")
    assert holds(Expect.TIME, deadline, "Hvor lang tid har vi til godkendelsen?")
    assert not holds(Expect.TIME, deadline, "Hvornår er go-live?")
    assert holds(Expect.TIME, "Leverandøren opretter profilen inden for 10 arbejdsdage efter bestillingen.",
                 "Hvor lang tid tager det at oprette profilen?")


def test_places_parties_and_names():
    assert not holds(Expect.PLACE, "3. Gennemfør lokal undervisning", "Hvor foregår den lokale undervisning?")
    assert not holds(Expect.PLACE, "Kommunen kan holde undervisning lokalt.",
                     "Hvor foregår undervisningen lokalt?")
    assert holds(Expect.PLACE, "Testen foregår i testmiljøet.", "Hvor foregår testen?")
    assert not holds(Expect.PLACE, "Efter bestillingen sender Printhuset breve til kommunen.",
                     "Hvor ligger Printhuset?")
    assert not holds(Expect.PARTY, "Anbefalet ansvarlig: Arkivchefen", "Hvem er arkivchef?")
    enrol = _question("Hvem tilmelder man sig hos?")
    assert not _party_after_preposition("2. Tilmeld superbrugerne kurset", enrol)
    assert _party_after_preposition("Tilmelding sker til Helle Krogh.", enrol)
    assert holds(Expect.PARTY, "Anbefalet ansvarlig: Arkivchefen", "Hvem er ansvarlig?")
    assert holds(Expect.PARTY, "Leverandør: Nordlys Data", "Hvem er leverandør?")
    assert not holds(Expect.NAME, "Rapporten underskrives af den økonomiansvarlige og sendes til KOMBIT.",
                     "Hvad er navnet på den økonomiansvarlige?")


def test_honest_set_never_answers_what_its_tasks_do_not_say():
    """tests/questions/honest: 59 questions the tasks do not answer and 18 controls."""
    questions, answers = answer_all(Path(__file__).parent / "questions" / "honest")
    pairs = list(zip(questions, answers, strict=True))
    answered_anyway = [q["q"] for q, a in pairs if not q["found"] and a["found"]]
    assert not answered_anyway
    right = sum(not grading.grade(q, a) for q, a in pairs)
    assert right / len(questions) >= 0.9, f"{right}/{len(questions)}"


def test_a_name_before_its_noun_is_a_place_of_its_own():
    # 'i Arkivhuset administrationsportalen' names a portal; 'i Arkivhuset' alone restates the question
    assert holds(Expect.PLACE, "2. Udfyld aftalen i Arkivhuset administrationsportalen",
                 "Hvor udfylder vi aftalen om Arkivhuset?")
    assert not holds(Expect.PLACE, "2. Udfyld aftalen i Arkivhuset",
                     "Hvor udfylder vi aftalen om Arkivhuset?")
    assert not holds(Expect.PLACE, "Udfyld aftalen i Arkivhuset administrationsportalen",
                     "Hvor i Arkivhuset administrationsportalen udfylder vi aftalen?")


def test_a_condition_on_the_task_itself_says_when_it_is_done():
    task = TASK.replace("4. Send afleveringsaftalen til KOMBIT",
                        "4. Send afleveringsaftalen til KOMBIT\n"
                        "5. Marker opgaven som fuldført, når aftalen er godkendt")
    kb = KnowledgeBase.from_tasks(parse_text(task))
    got = answer(kb, "Hvornår kan vi markere Arkivhuset-opgaven som fuldført?")
    assert got.found and "når aftalen er godkendt" in got.answer, got.answer
    # the condition says when the task is marked done, not when anything else about Arkivhuset happens
    got = answer(kb, "Hvornår lukker Arkivhuset?")
    assert not got.found, got.answer


def test_in_place_is_the_state_a_deadline_asks_for():
    # 'være på plads' is 'være klar': the deadline says by when, whatever verb the task uses
    task = TASK.replace("Kurset foregår på rådhuset i Vejle.",
                        "Kurset foregår på rådhuset i Vejle, med plads til 20.")
    kb = KnowledgeBase.from_tasks(parse_text(task))
    got = answer(kb, "Hvornår skal adgangen til testmiljøet være på plads?")
    assert got.found and "2 uger" in got.answer, got.answer


def test_the_party_after_a_preposition_is_past_its_article_and_owner():
    order = _question("Hvem bestiller kommunen udtrækket hos?")
    assert _party_after_preposition("1. Bestil udtrækket hos den nuværende leverandør", order)
    assert _party_after_preposition("2. Læs udtrækket igennem sammen med kommunens DPO", order)
    # the question's own words after the preposition name no one new
    assert not _party_after_preposition("1. Bestil udtrækket hos kommunen", order)
    assert not _party_after_preposition("1. Bestil udtrækket hos den", order)


def test_the_doer_of_the_asked_verb_is_news():
    # the glossary folds 'leverer' with 'leverandør'; the question writes the verb, the task its doer
    assert holds(Expect.PARTY, "Leverandøren leverer en testplan.", "Hvem leverer testplanen?")
    assert not holds(Expect.PARTY, "Leverandøren leverer en testplan.", "Hvem er leverandør af testplanen?")


def test_a_bound_in_a_count_question_is_not_what_it_counts():
    # 'hvor mange højst kontaktpunkter' counts kontaktpunkter, not 'højst'
    assert holds(Expect.COUNT, "Vi anbefaler, at I højst har 25 kontaktpunkter.",
                 "Hvor mange højst kontaktpunkter anbefaler I?")


def test_label_parts_part_a_run_of_label_lines_only_at_its_labels():
    # a run of label lines: a label and its value stay together, a name in the value is no label
    assert label_parts("Leverandør: KMD Driftsansvarlig: Netcompany Telefon: 12345678") == [
        "Leverandør: KMD", "Driftsansvarlig: Netcompany", "Telefon: 12345678"]
    assert label_parts("Kontaktperson i Digitaliseringsstyrelsen: Kasper Lind, tlf. 72 30 11 90 "
                       "Support-mail: support@digst.dk") == [
        "Kontaktperson i Digitaliseringsstyrelsen: Kasper Lind, tlf. 72 30 11 90",
        "Support-mail: support@digst.dk"]
    # a run after an intro: the intro is a part of its own
    assert label_parts("Stamdata vedligeholdes af sekretariatet.: Kontakt hos Bolig- og Planstyrelsen: "
                       "Søren Vig") == ["Stamdata vedligeholdes af sekretariatet.:",
                                        "Kontakt hos Bolig- og Planstyrelsen: Søren Vig"]
    # a sentence with a colon is no run of labels
    for text in ("Kommunen skal sende listen til KOMBIT: navn og mail på kontaktpersonen.",
                 "Bemærk at Digital Post kræver: en aftale og et certifikat."):
        assert label_parts(text) == [text]

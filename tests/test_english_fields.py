"""English questions on tasks of whole municipal fields (environment and energy, GIS, homeless
services, procurement, handing a system over to operations) are read in the tasks' Danish words; a
duty asked in a that-clause ('is it required that X reviews Y?') and 'whose job is it to' ask as
their Danish equivalents; a plural's possessive is its plural; and of a word's meanings ('contract':
'kontrakt', 'aftale') the one the task the question names says is used."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9801", title="VA 1 Aftale om Vandportalen", project="Vand", priority="Obligatorisk",
         description="Databehandleraftalen underskrives af teknisk direktør. Kommunens DPO skal gennemse "
                     "aftalen, inden den underskrives. Olietanke og jordvarmeanlæg registreres i "
                     "Vandportalen. Kloakledningerne vises som et lag i kortet. Tanke uden koordinater "
                     "placeres manuelt. Registret renses for dubletter."),
    Task(id="9802", title="VA 2 Kontrakt om Kloakmodulet", project="Vand", priority="Obligatorisk",
         description="Kontrakten underskrives af kommunaldirektøren efter miniudbuddet. Tilbudsfristen er "
                     "6 uger. Kommunens GIS-koordinator kontrollerer kortet. Nøglepersonen besvarer "
                     "kollegernes spørgsmål. Overdragelsesdokumentet underskrives af teamlederen, og "
                     "evalueringen sendes til styregruppen. Webinarerne optages."),
    Task(id="9803", title="HB 1 Herberget", project="Herberg", priority="Valgfri",
         description="Ophold på herberget registreres af natpersonalet. Brugere spærres efter 180 dage "
                     "og genåbnes af brugeradministratoren. Borgmesteren orienteres om herberget."),
]


@pytest.mark.parametrize("english, danish_word", [
    ("Are oil tanks registered in Vandportalen?", "olietank"),
    ("Are ground source heat systems registered?", "jordvarme"),
    ("Are the sewer pipes shown as a layer on the map?", "lag"),
    ("What happens to tanks without coordinates?", "koordinat"),
    ("Is the register cleaned for duplicates?", "rense"),
    ("Are the webinars recorded?", "optage"),
    ("How long is the tender period in the mini-competition?", "tilbudsfrist"),
    ("Who signs the handover document?", "overdragelsesdokument"),
    ("Who receives the evaluation?", "evaluering"),
    ("Who is on the steering committee?", "styregruppe"),
    ("Who registers stays at the shelter?", "herberg"),
    ("Does the night staff register stays?", "natpersonale"),
    ("When are accounts locked?", "spærre"),
    ("Who can reopen a locked account?", "genåbne"),
])
def test_words_of_whole_municipal_fields_are_read_in_danish(index, english, danish_word):
    q = analyse(index, english)
    assert danish_word in q.text, q.text


def test_a_duty_in_a_that_clause_is_asked_as_a_duty_not_answered_no(kb):
    a = answer(kb, "Is it required that the DPO reviews the agreement for Vandportalen?")
    assert a.found and a.answer.startswith("Yes"), a.answer


def test_a_that_clause_duty_of_another_party_is_still_a_no(kb):
    a = answer(kb, "Is it necessary that the mayor signs the data processing agreement for Vandportalen?")
    assert a.answer.startswith("No") and "teknisk direktør" in a.answer, a.answer


@pytest.mark.parametrize("question, frame", [
    ("Whose job is it to check the map?", "hvem skal"),
    ("Whose responsibility is the map?", "hvem er ansvarlig for"),
])
def test_whose_job_asks_who(index, question, frame):
    assert analyse(index, question).text.startswith(frame), analyse(index, question).text


def test_whose_job_is_answered_with_the_doer(kb):
    a = answer(kb, "Whose job is it to check the map?")
    assert a.found and "GIS-koordinator" in a.answer, a.answer


def test_a_plural_possessive_is_read_as_the_plural(index):
    q = analyse(index, "Who answers the colleagues' questions?")
    assert "'" not in q.text and "colleagues" not in q.text, q.text


@pytest.mark.parametrize("question, danish_word, source", [
    ("Who signs the contract for Kloakmodulet?", "kontrakt", "9802"),
    ("Who signs the contract for the data processing agreement for Vandportalen?", "aftale", "9801"),
])
def test_a_word_of_two_meanings_is_read_as_the_named_task_says_it(kb, index, question, danish_word, source):
    q = analyse(index, question)
    assert danish_word in q.text.split(), q.text
    a = answer(kb, question)
    assert a.found and a.sources[:1] == [source], (a.answer, a.sources)


def test_provides_is_read_as_the_danish_verb_and_finds_its_subject(kb):
    q = analyse(index_for(kb), "Who provides the map?")
    assert "leverer" in q.text.split(), q.text


@pytest.mark.parametrize("question, reading", [
    ("Does each tank need coordinates?", "skal hver tank have koordinat"),
    ("Do we need to check the map?", "skal vi kontrollere"),
])
def test_does_x_need_y_asks_like_skal_x_have_y(index, question, reading):
    assert analyse(index, question).text.startswith(reading), analyse(index, question).text


ROLE_TASKS = [
    Task(id="9821", title="HB 2 Roller", project="Herberg", priority="Obligatorisk",
         description="Afdelingslederen får rollen Godkender i Herbergsregistret."),
    Task(id="9822", title="PV 1 Fuldmagt", project="Pleje", priority="Obligatorisk",
         description="Fuldmagten underskrives af afdelingschefen for Social og Handicap."),
]


@pytest.mark.parametrize("question, role", [
    ("Which role does the department head get in Herbergsregistret?", "afdelingsleder"),
    ("Does the department head sign the power of attorney?", "afdelingschef"),
])
def test_a_dictionary_phrase_of_two_renderings_is_read_as_the_named_task_says_it(question, role):
    index = index_for(KnowledgeBase.from_tasks(ROLE_TASKS))
    assert role in analyse(index, question).text, analyse(index, question).text

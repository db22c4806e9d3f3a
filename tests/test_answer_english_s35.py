"""English questions read in Danish forms: a form the glossary lists in English ('informed') read as English,
the progressive as the present ('who is converting X' -> 'hvem konverterer X'), 'to' before a verb as 'at', a
frame verb opening a dictionary phrase in the present ('makes the decision' -> 'beslutter'), '-men' plurals,
'in charge of' as its frame, and the general words of english.txt's s35 block."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9501", title="NB 1 Udlevering af nøglebrikker", project="Nøgler", priority="Obligatorisk",
         description="Hver medarbejder får en nøglebrik, som udleveres af den lokale leder. Mistede brikker "
                     "spærres straks. Medarbejderne informeres via intranettet. Beslutningen om ekstra "
                     "brikker træffes af styregruppen, som beslutter inden 1. marts. Kriterierne fastsættes "
                     "af udvalget. Foreningernes formænd får et brev via Digital Post.",
         recommended_responsible="HR-chef"),
    Task(id="9502", title="NB 2 Konvertering af journaler", project="Nøgler", priority="Valgfri",
         description="Journalerne konverteres af leverandøren. Røntgenbilleder gemmes i et arkiv i 10 år. "
                     "Overtandlægen kontrollerer efterfølgende 50 journaler. Indkaldelser sendes fremover "
                     "som SMS. Det er obligatorisk at informere forældrene."),
]


@pytest.mark.parametrize(("english", "reading"), [
    ("How are the employees informed?", "informeres"),  # the glossary's English form, not kept as typed
    ("Who is converting the records?", "hvem konverterer"),
    ("Who's handing out the fobs?", "hvem udleverer"),
    ("Are we paying for the fobs?", "betaler vi"),
    ("How many records does the chief dentist check afterwards?", "kontrollerer"),  # not 'tjekr'
    ("Who makes the decision about extra fobs?", "hvem beslutter"),
    ("Who sets the criteria?", "fastsætte"),
    ("How are the club chairmen told?", "formand"),  # '-men' is the plural of '-man'
    ("Who is in charge of the conversion?", "ansvarlig for"),
    ("Is it mandatory to inform the parents?", "at informere"),
])
def test_english_forms_read_in_danish(index, english, reading):
    q = analyse(index, english)
    assert q.lang == "en" and reading in q.text, q.text


def test_a_gerund_subject_keeps_its_copula(index):
    # 'Is handing in X optional?': the '-ing' form is the subject, no progressive verb
    assert analyse(index, "Is handing in the old keys optional?").text.split()[0] != "indsender"


def test_to_before_a_noun_stays_a_preposition(index):
    assert " til " in analyse(index, "Who do we send the records to the supplier with?").text


@pytest.mark.parametrize(("english", "danish"), [
    ("Who hands out the key fobs?", "brik"),
    ("How long do we hold on to the x-rays?", "røntgen"),
    ("How will reminders be sent in the future?", "fremover"),
    ("Can the course be taken remotely?", "virtuel"),
])
def test_general_words_of_s35(index, english, danish):
    assert danish in analyse(index, english).text, analyse(index, english).text


@pytest.mark.parametrize(("english", "expected"), [
    ("Who hands out the key fobs?", "lokale leder"),
    ("Who sets the criteria?", "udvalget"),
    ("Who is converting the records?", "leverandøren"),
    ("How are the employees informed?", "intranettet"),
    ("Who makes the decision about extra fobs?", "styregruppen"),
])
def test_english_questions_are_answered_from_the_danish(kb, english, expected):
    a = answer(kb, english)
    assert a.found and expected in a.answer, a.answer

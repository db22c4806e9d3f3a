"""English questions about the things a municipality keeps outdoors (s54): cranes, ramps, railings,
plaques and murals are words of the English dictionary (knowledge/qa/english.txt), and a file
format's name of four letters or more counts in lowercase ('et regneark (xlsx)'); a format question is
still answered only where a task writes the word (a format named in another thing's sentence answered
'hvilket format har mødet?' with the minutes' PDF: taken back after review). Tasks invented here: a
harbour's cranes and a town square's art."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.file_formats import names_format
from knowledge.models import Task
from knowledge.qa.pipeline import answer

_HARBOUR = [
    Task(id="9101", title="HAVN 1 Eftersyn af havnekraner", project="Fælles Havne", priority="Obligatorisk",
         description="Kranerne på molen males af Kystmaling ApS hvert femte år. Hver kran koster "
                     "7.300 kr. at male. Kystmaling ApS kontaktes på tlf. 6120 4455."),
    Task(id="9102", title="HAVN 2 Havnelisten til Kajregistret", project="Fælles Havne", priority="Valgfri",
         description="Havnelisten er et regneark (xlsx) med én række pr. bådplads. Havnefogeden godkender "
                     "havnelisten, før den sendes til Kajdata."),
    Task(id="9103", title="TORV 3 Vægmalerier på torvet", project="Fælles Torve", priority="Valgfri",
         description="Et vægmaleri må højst være 4 meter højt. Kunstneren skal bruge facademaling. "
                     "Mindepladerne på torvet koster 3.100 kr. pr. plade og støbes af Bronzeværket."),
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(_HARBOUR)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who paints the cranes?", "Kystmaling"),
    ("What does it cost to paint one crane?", "7.300"),
    ("How tall may a mural be?", "4 meter"),
    ("What does a memorial plaque cost?", "3.100"),
])
def test_everyday_outdoor_things_are_read_in_danish(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "What file format is the mural?",  # no task names the mural's format
    "Hvilket format har mindepladerne?",
])
def test_a_format_question_about_a_thing_without_one_is_not_answered(kb, question):  # controls
    got = answer(kb, question)
    assert not got.found or "xlsx" not in got.answer, got.answer


@pytest.mark.parametrize(("text", "named"), [
    ("Listen er et regneark (xlsx) med 6 felter", True),
    ("Filen gemmes som docx", True),
    ("Læs vejledningen (pdf)", False),  # three letters: only as written
    ("Send den gml. liste", False),
])
def test_a_long_format_name_counts_in_lowercase(text, named):
    assert names_format(text) is named

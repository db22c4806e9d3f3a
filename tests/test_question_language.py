"""Question analysis across wordings: English general words through the glossary, compounds
written as two words, names that look like framing words, and spelling correction that leaves
English words alone. The tasks and questions are written for this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import MethodStep, Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="910", title="HAVN 2 Test af havnefogedsystemet", project="HAVN", priority="Valgfri",
         description="Leverandøren leverer en testplan. Testrapporten underskrives af havnechefen og "
                     "sendes til havn-test@kombit.dk. Fejl meldes til Havneservice. Testen tager "
                     "normalt fire dage. Kontakt i KOMBIT: Bo Ravn, tlf. 33 44 55 66.",
         method_steps=[MethodStep(number=1, text="Hent testfilen fra leverandøren"),
                       MethodStep(number=2, text="Send den underskrevne testrapport til KOMBIT")]),
    Task(id="911", title="HAVN 3 Bestil bådpladsregister", project="HAVN", priority="Obligatorisk",
         description="Registret driftes af Kajdata A/S. Bestillingen godkendes af kommunens "
                     "havneudvalg. Havneportalen bruges til bestillingen."),
]


@pytest.fixture(scope="module")
def index():
    return index_for(KnowledgeBase(tasks=TASKS))


def _keys(index, question: str) -> dict[str, str]:
    """Each word's key, by the word as typed (an English word is read as its Danish word)."""
    q = analyse(index, question)
    return {q.typed.get(t.surface, t.surface): t.key for t in q.tokens}


def test_two_english_words_are_the_compound_the_task_writes(index):
    keys = _keys(index, "Who signs the test report?")  # read as 'testrapport', the word the task writes
    assert keys["test report"] == _keys(index, "testrapporten")["testrapporten"]


def test_a_compound_written_apart_in_danish_is_found_too(index):
    # read as the one word the task writes
    keys = _keys(index, "hvem underskriver test rapporten")
    assert keys["testrapporten"] == _keys(index, "testrapporten")["testrapporten"]


def test_a_name_written_in_capitals_is_not_joined(index):
    q = analyse(index, "Hvad er Havneservice Test?")
    assert len({t.key for t in q.tokens if t.role == "word"}) == 2


def test_english_general_words_reach_the_danish_text():
    kb = KnowledgeBase(tasks=TASKS)
    a = answer(kb, "Who runs the register?")
    assert a.found and "Kajdata" in a.answer, a.answer
    a = answer(kb, "Who should we notify about errors?")
    assert a.found and "Havneservice" in a.answer, a.answer
    a = answer(kb, "Where is the signed test report sent?")
    assert a.found and "testrapport" in a.answer.casefold() and a.sources == ["910"], a.answer


def test_a_short_english_word_is_not_corrected_into_a_danish_one(index):
    """'main' is English, not a misspelt 'mail' (the question does not ask for a mail address)."""
    q = analyse(index, "Which is the main contact for the harbour?")
    tok = next(t for t in q.tokens if q.typed.get(t.surface, t.surface) == "main")  # as typed or in Danish
    assert tok.match == 0


def test_a_misspelt_danish_word_is_still_corrected(index):
    q = analyse(index, "hvem underskriver testraporten")
    tok = next(t for t in q.tokens if t.surface == "testraporten")
    assert 0 < tok.match < 1 and tok.key == _keys(index, "testrapporten")["testrapporten"]


def test_a_capitalised_framing_word_in_a_name_carries_weight(index):
    """'Handler' in 'Context Handler' is a name, not the framing verb 'handle'."""
    q = analyse(index, "Hvad er Context Handler?")
    assert next(t for t in q.tokens if t.surface == "Handler").weight > 0.1


def test_two_swapped_letters_in_a_short_english_word_are_a_typo(index):
    """'tset' in an English question is 'test' misspelt; 'main' is a word of its own."""
    tok = next(t for t in analyse(index, "when is the tset finished?").tokens if t.surface == "tset")
    assert 0 < tok.match < 1 and tok.key == _keys(index, "testen")["testen"]


def test_a_misspelt_inflection_is_corrected_against_the_words_the_tasks_write(index):
    """'havneportallen' is one letter from 'havneportalen' as written; its key is further off."""
    fixed = index.correct_word("havneportallen")
    assert fixed is not None and fixed[0] == _keys(index, "havneportalen")["havneportalen"]
    tok = next(t for t in analyse(index, "hvem driftez registret").tokens if t.surface == "driftez")
    assert 0 < tok.match < 1 and tok.key == _keys(index, "driftes")["driftes"]
    assert index.correct_word("kvxzyq") is None  # too far from any word: left unknown


def test_a_misspelt_project_name_still_names_the_project():
    tasks = [Task(id=str(950 + i), title=f"HS {i} Opgave {i}", project="Havnesystemerne",
                  description="Kommunen tester havnesystemet.") for i in range(2)]
    tasks.append(Task(id="960", title="KY 1 Andet", project="KY", description="Kommunen tester KY."))
    q = analyse(index_for(KnowledgeBase(tasks=tasks)), "hvilke opgaver hører til Havnesystemrne")
    assert q.project_tasks == frozenset({0, 1})


def test_relation_words_stand_for_each_other():
    """'leverandør af X' is answered by 'X driftes af Y': both name who is behind X."""
    a = answer(KnowledgeBase(tasks=TASKS), "Hvem er leverandør af registret?")
    assert a.found and "Kajdata" in a.answer, a.answer


def test_english_contractions_are_a_negation_not_words(index):
    q = analyse(index, "What happens if we don't test and the supplier doesn't deliver?")
    assert "negation" in q.concepts and "status" not in q.concepts
    assert not any(t.surface in ("don", "doesn") for t in q.content())


def test_an_english_relative_who_asks_for_no_party(index):
    from knowledge.qa.types import Expect

    assert analyse(index, "Which register do we use for citizens who are exempt?").expects is not Expect.PARTY
    assert analyse(index, "Who signs the test report?").expects is Expect.PARTY
    assert analyse(index, "What do we test and who signs?").expects is Expect.PARTY

"""What happens if something is not done: the ways task authors write a consequence (an inverted
condition, 'i modsat fald', 'Manglende X medfører', a relative clause, a precondition, 'Sker det ikke')
and the ways users ask for one, answered from the right sentence or honestly not at all."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.consequences import is_consequence, leans_on_previous
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


@pytest.mark.parametrize("text", [
    "Er blanketten ikke modtaget senest 20 dage før go-live, flyttes kommunen til næste hold.",
    "Deltager kommunen ikke i prøven, risikerer den, at fejl først opdages i drift.",
    "Sker det ikke, vil leverandøren ikke kunne sende udgivelsesnoter til kommunen.",
    "Manglende tilmelding medfører, at kommunen selv skal købe ydelsen.",
    "Manglende træning betyder flere opkald til supporten.",
    "Ordrer, der ikke er lagt i portalen, kan ikke afregnes automatisk.",
    "Afvigelser, der ikke er rettet inden go-live, medfører manuel sagsbehandling.",
    "Ved fejl i CVR-nummeret afvises regningen.",
    "Hvis oversigten mangler, sendes alle breve til hovedpostkassen.",
    "Oversigten skal være indsendt senest 30 dage før go-live; i modsat fald åbnes adgangen senere.",
    "Aftalen skal være underskrevet, før der må sendes data til testmiljøet.",
    "Borgerne kan ikke se deres sager, hvis integrationen ikke er sat op.",
    "Kommunen kan ikke gå i drift uden en underskrevet aftale.",
    "KY kan ikke sende breve til borgerne, før aftalen er godkendt.",
])
def test_consequence_sentences_in_their_many_wordings(text):
    assert is_consequence(text)


@pytest.mark.parametrize("text", [
    "Kommunen skal ikke underskrive aftalen, men den skal læses.",
    "Der er ikke krav om, at aftalen underskrives.",
    "Det er ikke nødvendigt at teste, men det anbefales.",
    "Kommunen udpeger mindst to og højst fire administratorer.",
    "Ingen aftaler skal underskrives i forbindelse med denne opgave.",
    "Bestillingen skal ske i god tid før testen.",
])
def test_sentences_that_tell_no_consequence(text):
    assert not is_consequence(text)


def test_a_consequence_that_leans_on_the_sentence_before():
    assert leans_on_previous("Sker det ikke, vil KOMBIT ikke kunne sende information.")
    assert leans_on_previous("I modsat fald åbnes adgangen senere.")
    assert not leans_on_previous("Hvis aftalen ikke er underskrevet, åbnes adgangen senere.")


EXPORT = """
## RB 02 (Aftaler) Send tilmeldingen til Ruteberegning (B1)

**Master-opgave ID** 7701

**Opgavetitel** RB 02 (Aftaler) Send tilmeldingen til Ruteberegning (B1)

**Projekt** Ruteberegning

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -50

**Bølger** Ruteberegning - Bølge 1

**Beskrivelse** Tilmeldingen underskrives af vejchefen og sendes til KOMBIT.

Er tilmeldingen ikke modtaget senest 50 dage før go-live, flyttes kommunen til den næste bølge.

Vejchefen deltager også i et opstartsmøde.

**Metode og fremgangsmåde** 1. Udfyld tilmeldingen
2. Send den til KOMBIT

## RB 05 (Drift) Ret vejdata før overgangen (B1)

**Master-opgave ID** 7702

**Opgavetitel** RB 05 (Drift) Ret vejdata før overgangen (B1)

**Projekt** Ruteberegning

**Prioritet** Obligatorisk

**Bølger** Ruteberegning - Bølge 1

**Beskrivelse** Kommunen får en liste over vejstykker med fejl. Vejnavnene kontrolleres i vejregistret.

Fejl, der ikke er rettet inden go-live, medfører, at ruterne for de berørte veje skal beregnes manuelt.

Navnene på de to dataansvarlige indberettes i KLIK. Sker det ikke, vil KOMBIT ikke kunne sende fejllisterne.

**Metode og fremgangsmåde** 1. Ret fejlene
2. Indberet navnene
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="consequences"))


@pytest.mark.parametrize(("question", "said", "source"), [
    ("Hvad sker der, hvis tilmeldingen til Ruteberegning kommer for sent?", "næste bølge", "7701"),
    ("Hvad hvis vi ikke når at sende tilmeldingen i tide?", "næste bølge", "7701"),
    ("Hvad sker der, hvis 7701 ikke løses?", "næste bølge", "7701"),
    ("Hvad sker der, hvis vi ikke retter fejlene i vejdata?", "manuelt", "7702"),
    ("Hvad sker der, hvis navnene på de dataansvarlige ikke indberettes?", "fejllisterne", "7702"),
])
def test_consequence_questions_get_the_sentence_that_tells_it(kb, question, said, source):
    got = answer(kb, question)
    assert got.found and said in got.answer and got.sources == [source], got.answer


def test_an_anaphoric_consequence_is_quoted_with_its_condition(kb):
    got = answer(kb, "Hvad sker der, hvis navnene på de dataansvarlige ikke indberettes?")
    assert "indberettes i KLIK" in got.answer and "Sker det ikke" in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Hvad sker der, hvis vejchefen ikke når opstartsmødet?",
    "Hvad sker der, hvis vejnavnene bliver forsinket?",
])
def test_a_consequence_of_something_else_in_the_task_is_no_answer(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


def test_a_consequence_glued_into_a_list_item_by_a_flattened_export_is_found():
    assert is_consequence("4. SF1601 Digital Post Afsendelse af breve Serviceaftalerne skal være godkendt "
                          "senest 30 dage før go-live. Hvis opgaven ikke løses, kan KY ikke slå op i CPR.")


@pytest.mark.parametrize(("question", "said"), [
    ("Hvad sker der, hvis vi ikke gør noget ved ruteberegningen?", "næste bølge"),
    ("Hvad sker der, hvis vi springer opgaven om vejdata over?", "manuelt"),
])
def test_doing_nothing_or_skipping_a_task_asks_its_consequence(kb, question, said):
    got = answer(kb, question)
    assert got.found and said in got.answer, got.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Hvad risikerer vi, hvis tilmeldingen ikke sendes?", "næste bølge"),
    ("Hvad sker der, hvis vi venter med at sende tilmeldingen?", "næste bølge"),
    ("Hvad er følgen af, at fejlene i vejdata ikke rettes?", "manuelt"),
])
def test_more_ways_of_asking_what_follows(kb, question, said):
    got = answer(kb, question)
    assert got.found and said in got.answer, got.answer


def test_following_up_is_no_consequence(kb):
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    from knowledge.qa.intents.consequence import frame
    q = analyse(index_for(kb), "Hvem følger op på tilmeldingen?")
    frame(q)
    assert not q.has("consequence")

"""Yes/no and deadline-text questions of the s39 round, on an export written for this test: an elliptic
'men ingen X' denies X; a claim granted only 'kun, hvis ...' gives no 'Ja' to a question without a
condition; a question asked under a sentence's 'medmindre' condition turns its claim; a restated claim in
a task named by title settles it; a deadline found by the head of its compound ('brevene' - 'Ugebrevene')
and told apart by its supplier said in the same field ('aftalen med Biblodata')."""
# ruff: noqa: E501 - the export's paragraphs are one line each, as KLIK writes them

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.intents.yesno.clauses import _claim_clause
from knowledge.qa.intents.yesno.conditions import _asked_the_exception, _only_conditionally
from knowledge.qa.pipeline import answer

EXPORT = """
## BIB 01 (Aftaler) Databehandleraftale om Udlånssystemet (B1)

**Master-opgave ID** 39101

**Opgavetitel** BIB 01 (Aftaler) Databehandleraftale om Udlånssystemet (B1)

**Projekt** Biblioteksudlån

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Biblioteksudlån - Bølge 1

**Mål** Databehandleraftalen er indgået.

**Beskrivelse** Udlånssystemet leveres af Biblodata ApS. Aftalen skal returneres til leverandøren senest 7 arbejdsdage efter modtagelsen.

Et lån forlænges kun, hvis ingen andre har reserveret materialet.

**Resultat** Aftalen er returneret.

**Anbefalet ansvarlig** Biblioteksleder


## BIB 03 (Drift) Ugebreve til lånerne (B1)

**Master-opgave ID** 39103

**Opgavetitel** BIB 03 (Drift) Ugebreve til lånerne (B1)

**Projekt** Biblioteksudlån

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** 10

**Bølger** Biblioteksudlån - Bølge 1

**Mål** Lånerne får ugebrevet.

**Beskrivelse** Brevene skrives af formidlingsteamet. Ugebrevene skal være sendt senest 3 dage efter go-live.

Frivillige i læsecaféen får kaffe og kage, men ingen løn. Frivillige skal ikke have en børneattest, medmindre de læser højt for børn.

**Resultat** Brevene er sendt.

**Anbefalet ansvarlig** Biblioteksleder


## BIB 05 (Arrangementer) Ansøgning om foredragsstøtte (B2)

**Master-opgave ID** 39105

**Opgavetitel** BIB 05 (Arrangementer) Ansøgning om foredragsstøtte (B2)

**Projekt** Biblioteksudlån

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 40

**Bølger** Biblioteksudlån - Bølge 2

**Mål** Der er søgt om støtte.

**Beskrivelse** Ansøgningen om foredragsstøtte sendes til Statens Kunstfond.

Det er nødvendigt at vedlægge et budget.

**Resultat** Ansøgningen er sendt.

**Anbefalet ansvarlig** Kulturchef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="s39"))


def test_elliptic_ingen_is_the_claim() -> None:
    said = "Frivillige i læsecaféen får kaffe og kage, men ingen løn."
    assert _claim_clause("Får de frivillige løn?", said) == "ingen løn."


def test_ingen_denies(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Får de frivillige i læsecaféen løn?", "Nej", "men ingen løn")
    assert_settled(kb, "Får de frivillige i læsecaféen kaffe?", "Ja", "kaffe og kage")


def test_only_if_leaves_it_open(kb: KnowledgeBase) -> None:
    said = "Et lån forlænges kun, hvis ingen andre har reserveret materialet."
    assert _only_conditionally("Kan biblioteket forlænge et lån?", said)
    assert not _only_conditionally("Kan et lån forlænges, hvis ingen har reserveret det?", said)
    a = answer(kb, "Kan låneren selv forlænge et lån i Udlånssystemet?")
    assert not a.answer.startswith("Ja"), a.answer


def test_the_excepted_condition_turns_the_claim(kb: KnowledgeBase) -> None:
    said = "Frivillige skal ikke have en børneattest, medmindre de læser højt for børn."
    assert _asked_the_exception("Skal de frivillige have børneattest, hvis de læser højt for børn?", said)
    assert not _asked_the_exception("Skal de frivillige have børneattest, hvis de brygger kaffe?", said)
    assert not _asked_the_exception("Skal de frivillige have børneattest?", said)
    assert_settled(kb, "Skal de frivillige have en børneattest, hvis de læser højt for børn?", "Ja", "medmindre")
    assert_settled(kb, "Skal de frivillige have en børneattest?", "Nej", "medmindre")


def test_restated_claim_in_the_titled_task(kb: KnowledgeBase) -> None:
    a = answer(kb, "Er det nødvendigt at vedlægge et budget til ansøgningen om foredragsstøtte?")
    assert a.found and a.answer.startswith("Ja"), a.answer
    assert_unsettled(kb, "Er det nødvendigt at vedlægge et CV til ansøgningen om foredragsstøtte?")


@pytest.mark.parametrize(("question", "due", "task"), [
    ("Hvornår skal databehandleraftalen med Biblodata være returneret?", "7 arbejdsdage", "39101"),
    ("Hvornår skal brevene til lånerne være sendt?", "3 dage efter go-live", "39103"),
])
def test_text_deadline_in_other_words(kb: KnowledgeBase, question: str, due: str, task: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert due in a.answer, a.answer
    assert task in {s.ref if hasattr(s, "ref") else str(s) for s in a.sources} or task in a.answer, a.answer


def test_a_compound_by_its_head_answers_only_when(kb: KnowledgeBase) -> None:
    # 'brevene' finds the deadline on 'Ugebrevene' for 'hvornår ...?', never for who does something to them
    a = answer(kb, "Hvem skriver brevene til lånerne?")
    assert "3 dage efter go-live" not in a.answer, a.answer

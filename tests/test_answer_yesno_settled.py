"""Yes/no questions settled by the task itself - its priority ('på kritisk vej?'), waves, recommended
executor and responsible, a yes/no field, a step marked optional - and by the sentence that states
where a thing is sent, a value of the kind the question puts forward (a week, a date, how often, how
long), who holds a role, or that a thing is optional; and the questions such sentences do not settle
(issue 9, point 4), on an export written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.analysis import detect_lang
from knowledge.qa.claimed_values import compared
from knowledge.qa.pipeline import answer
from knowledge.qa.types import is_yes_no
from knowledge.signatures import extract_signatures

EXPORT = """
## PK 01 (Aftaler) Indgå aftale om parkeringsdata

**Master-opgave ID** 9801

**Opgavetitel** PK 01 (Aftaler) Indgå aftale om parkeringsdata

**Projekt** Parkering

**Prioritet** Obligatorisk på kritisk vej

**Er det en STS/Infrastruktur opgave?** Nej

**Bølger** Parkering - Bølge 1

**Mål** Kommunen har en aftale om parkeringsdata.

**Beskrivelse** Aftalen underskrives af direktøren for teknik- og miljøområdet. Direktøren kan give en \
afdelingschef fuldmagt til at underskrive i sit sted.

Den underskrevne aftale sendes til Vejdirektoratet og skal være modtaget senest 1. juni 2027.

Netselskabet er databehandler, og kommunen er dataansvarlig.

Juristen skal læse aftalen, før den underskrives, men juristen skal ikke selv underskrive.

Der skal ikke betales gebyr for aftalen.

**Metode og fremgangsmåde** 1. Hent aftalen
2. Få aftalen underskrevet
3. Send aftalen til Vejdirektoratet
4. (Valgfrit) Orientér byrådet om aftalen

**Resultat** Aftalen er sendt.

**Anbefalet udfører** Kommunens jurist

**Anbefalet ansvarlig** Teknisk chef

## PK 02 (Test) Test af parkeringsappen

**Master-opgave ID** 9802

**Opgavetitel** PK 02 (Test) Test af parkeringsappen

**Projekt** Parkering

**Prioritet** Obligatorisk

**Er det en STS/Infrastruktur opgave?** Ja

**Bølger** Parkering - Bølge 1, Parkering - Bølge 2

**Mål** Parkeringsappen virker med kommunens zoner.

**Beskrivelse** Testen gennemføres i uge 12 og varer fem arbejdsdage. Logfilen sendes dagligt til \
leverandøren.

Kommunen behøver ikke at teste alle ni zoner.

Kommunen kan vælge at holde et testmøde med leverandøren. Testmødet koster 2.000 kr. og afholdes af \
Vejdirektoratet.

Kommunen kan vælge at springe genbesøget over, hvis zonerne er uændrede.

Leverandøren sender en testplan til kommunen. Testrapporten sendes til leverandøren.

**Metode og fremgangsmåde** 1. Opret testbrugere
2. Test zonerne
3. Skriv testrapporten

**Resultat** En testrapport.

Kontrakten om zonedata underskrives af direktøren og økonomichefen og skal være underskrevet senest 10 dage \
efter go-live.

**Anbefalet udfører** Kommunens parkeringskoordinator

**Anbefalet ansvarlig** Teknisk chef

## PK 03 (Skilte) Opsæt zoneskilte

**Master-opgave ID** 9803

**Opgavetitel** PK 03 (Skilte) Opsæt zoneskilte

**Projekt** Parkering

**Prioritet** Valgfri

**Beskrivelse** Skiltene bestilles hos skiltefirmaet. Det er ikke nødvendigt at underskrive noget.

**Metode og fremgangsmåde** 1. Bestil skiltene
2. Opsæt skiltene
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="settled"))


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    # the task's own fields: priority on the critical path, waves, executor/responsible, a yes/no field
    ("Er opgave 9801 på kritisk vej?", "Ja", "kritisk vej"),
    ("Er PK 02 på kritisk vej?", "Nej", "Obligatorisk"),
    ("Is task 9802 on the critical path?", "No", "Obligatorisk"),
    ("Hører opgave 9801 til bølge 2?", "Nej", "Bølge 1"),
    ("Gælder opgave 9802 også for bølge 2?", "Ja", "Bølge 2"),
    ("Indgår 9801 i bølge 2?", "Nej", "Bølge 1"),
    ("Er den tekniske chef ansvarlig for 9801?", "Ja", "Teknisk chef"),
    ("Er it-chefen ansvarlig for 9802?", "Nej", "Teknisk chef"),
    ("Er PK 01 en STS-opgave?", "Nej", "STS"),
    ("Er 9802 en infrastrukturopgave?", "Ja", "STS"),
    # whether the task itself must be done, whatever the words: its priority on the obligatory scale
    ("Er opgave 9803 et krav?", "Nej", "Valgfri"),
    ("Is task 9802 required?", "Yes", "Obligatorisk"),
    ("Do we need to do task 9803?", "No", "Valgfri"),
    ("Skal opgave 9801 løses?", "Ja", "kritisk vej"),
    ("Er PK 03 frivillig?", "Ja", "Valgfri"),
    # a step: marked optional, or one of the steps to take
    ("Kan vi springe trin 4 over i 9801?", "Ja", "Valgfrit"),
    ("Kan vi springe trin 2 over i 9801?", "Nej", "underskrevet"),
    # where it is sent
    ("Skal aftalen om parkeringsdata sendes til KOMBIT?", "Nej", "Vejdirektoratet"),
    ("Skal aftalen om parkeringsdata sendes til Vejdirektoratet?", "Ja", "Vejdirektoratet"),
    # another party's sending ('Leverandøren sender ... til kommunen') is not where the municipality sends it
    ("Skal testrapporten for parkeringsappen sendes til leverandøren?", "Ja", "testrapporten"),
    # a value the question puts forward against the one the text states
    ("Skal testen af parkeringsappen gennemføres i uge 14?", "Nej", "uge 12"),
    ("Skal testen af parkeringsappen gennemføres i uge 12?", "Ja", "uge 12"),
    ("Varer testen af parkeringsappen to uger?", "Nej", "fem arbejdsdage"),
    ("Sendes logfilen fra parkeringsappen ugentligt?", "Nej", "dagligt"),
    ("Er fristen for aftalen om parkeringsdata den 1. juli 2027?", "Nej", "1. juni 2027"),
    # negations in the text: of the clause the question is about, of a count, of a payment
    ("Skal juristen læse aftalen om parkeringsdata, før den underskrives?", "Ja", "læse"),
    ("Skal vi teste alle ni zoner i parkeringsappen?", "Nej", "behøver ikke"),
    ("Er der et gebyr for aftalen om parkeringsdata?", "Nej", "gebyr"),
    # who holds a role, who does a thing, and who else may sign
    ("Er Netselskabet databehandler for parkeringsdata?", "Ja", "databehandler"),
    ("Er KOMBIT databehandler for parkeringsdata?", "Nej", "Netselskabet"),
    ("Er det Vejdirektoratet, der afholder testmødet om parkeringsappen?", "Ja", "afholdes af"),
    ("Må en afdelingschef underskrive aftalen om parkeringsdata i stedet for direktøren?", "Ja", "fuldmagt"),
    # a thing the task leaves to the municipality
    ("Er testmødet om parkeringsappen obligatorisk?", "Nej", "kan vælge"),
    ("Kan vi springe genbesøget af zonerne over?", "Ja", "springe genbesøget over"),
    # 'kun X' against 'X og Y'; the side of go-live; a deadline put forward as 'fristen'
    ("Er det kun direktøren, der skal underskrive kontrakten om zonedata?", "Nej", "økonomichefen"),
    ("Skal kontrakten om zonedata være underskrevet før go-live?", "Nej", "efter go-live"),
    ("Er fristen for aftalen om parkeringsdata den 1. juni 2027?", "Ja", "1. juni 2027"),
    # a task whose text says nothing is to be signed
    ("Skal der underskrives noget, når zoneskiltene bestilles?", "Nej", "ikke nødvendigt"),
    # a cost question naming the other party of the agreement, which the task names elsewhere
    ("Koster aftalen med Netselskabet noget?", "Nej", "gebyr"),
])
def test_yes_no_is_settled_by_the_task(kb, question, verdict, evidence):
    assert_settled(kb, question, verdict, evidence)


@pytest.mark.parametrize("question", [
    "Skal aftalen om parkeringsdata underskrives med MitID?",  # nothing of how it is signed
    "Skal testbrugerne til parkeringsappen sendes til Vejdirektoratet?",  # nothing says where they go
    "Skal aftalen om parkeringsdata fornyes hvert år?",  # nothing of renewal
    "Skal testen af parkeringsappen gennemføres af to personer?",
    "Kræver testen af parkeringsappen et tillæg til kontrakten?",  # a thing that requires: no doer to compare
    "Skal testen af parkeringsappen være afsluttet senest 20 dage før go-live?",  # 'varer fem arbejdsdage' is
    # how long, not when
    "Skal aftalen om parkeringsdata underskrives i uge 10?",  # no sentence states a week for it
    "Skal vi oprette tre testbrugere til parkeringsappen?",  # 'alle ni zoner' counts other things
    "Skal testplanen til parkeringsappen sendes fra Netselskabet?",  # the sentence names another sender
    "Skal leverandøren teste alle ni zoner i parkeringsappen?",  # the sentence is about the municipality
])
def test_yes_no_the_task_does_not_settle(kb, question):
    a = answer(kb, question)
    assert not a.found, a.answer


def test_a_signed_document_question_is_not_answered_by_who_signs(kb):
    a = answer(kb, "Skal den underskrevne aftale om parkeringsdata være modtaget senest 1. juni 2027?")
    assert a.found and a.answer.startswith("Ja"), a.answer
    assert "1. juni 2027" in a.answer


def test_a_suspended_compound_stays_in_the_signer():
    task = parse_text(EXPORT, source="settled")[0]
    assert [s.signer for s in extract_signatures(task)] == ["direktøren for teknik- og miljøområdet"]


def test_verb_first_questions_are_yes_no_and_danish():
    assert is_yes_no("horer opgave 9801 til bolge 2?")
    assert is_yes_no("varer bbr-testen to uger?")
    assert is_yes_no("horer 1212 til bolge 3?")
    assert is_yes_no("indgaar bolig 5 i bolge 3?") and not is_yes_no("vis bolig 5")
    assert detect_lang("Varer testen to uger?") == "da"


def test_values_are_compared_by_kind():
    assert compared("i uge 40?", "gennemføres i uge 36") == (False, "week")
    assert compared("varer den ti arbejdsdage?", "varer to uger") == (True, "duration")
    assert compared("sendes den ugentligt?", "sendes hver dag") == (False, "often")
    assert compared("senest 1. april?", "senest 1. april 2027") == (True, "date")
    assert compared("hvem?", "senest 1. april 2027") is None

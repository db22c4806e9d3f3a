"""Yes/no questions of the eighth round (issue 9, point 4): a second agent the sentence denies the deed
('tages af X – ikke af Y'), another payer that pays itself ('kommunen betaler selv X'), the role field
against a text that says who does the asked deed, a compound naming what the title calls by its head
('lønintegrationen' - 'Integrationen'), a sentence about another group than the asked one, 'tilvalg'
as optional and a noun that refers back to the sentence before ('Modulet er frivilligt'), on an export
written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.agents import deeds
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Candidate
from knowledge.qa.intents.costs import _other_payer
from knowledge.qa.intents.yesno.others import _other_group
from knowledge.qa.intents.yesno.unknowns import _unknown_verb

EXPORT = """
## MUS 02 (Drift) Indkøb af instrumenter til Musikskolen

**Master-opgave ID** 9951

**Opgavetitel** MUS 02 (Drift) Indkøb af instrumenter til Musikskolen

**Projekt** Musikskolen

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Musikskolen - Bølge 1

**Beskrivelse** Instrumenterne stemmes af en instrumentmager – ikke af lærerne.

Kataloget over instrumenter opdateres af Tonefabrikken ApS.

Undervisningen er gratis, men eleverne betaler selv noderne.

Kommunen kan bestille et ekstra lydanlæg til koncertsalen. Lydanlægget er frivilligt og faktureres særskilt.

Notestativer med lys er et tilvalg, som kommunen selv betaler.

Instruktørerne får nøgler til øvelokalerne.

Instrumentlisten sendes til Tonefabrikken ApS.

Musikskolelederen tester 20 % af de nye instrumenter.

Fejler leveringen af flyglet, aflyses åbningskoncerten.

Kommunen opsætter reoler med noder i hvert øvelokale. Reolerne opsættes af Teknisk Service.

**Metode og fremgangsmåde** <ol> <li>1. Bestil instrumenterne</li> </ol>

**Anbefalet udfører** Musikskoleleder

**Resultat** Instrumenterne er købt.



## MUS 05 (Integration) Integration til elevregistret

**Master-opgave ID** 9952

**Opgavetitel** MUS 05 (Integration) Integration til elevregistret

**Projekt** Elevregister

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -10

**Bølger** Elevregister - Bølge 1

**Beskrivelse** Integrationen henter kun aktive elever.

**Resultat** Integrationen virker.

## MUS 07 (Organisation) Udpeg superbrugere og skemalæggere til Timeplan

**Master-opgave ID** 9953

**Opgavetitel** MUS 07 (Organisation) Udpeg superbrugere og skemalæggere til Timeplan

**Projekt** Musikskolen

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Musikskolen - Bølge 1

**Beskrivelse** Kommunen udpeger superbrugere og skemalæggere.

Superbrugerne deltager i et kursus hos Timeplan ApS.

Listen over superbrugere sendes til KOMBIT.

Superbrugerne får administratorrettigheder i Timeplan. Skemalæggerne må ikke have administratorrettigheder.

**Resultat** Brugerne er udpeget.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="yesno-eight"))


def test_a_denied_second_agent_is_a_negated_deed():
    found = deeds("Instrumenterne stemmes af en instrumentmager – ikke af lærerne.")
    assert [(d.head, d.negated) for d in found] == [("en instrumentmager", False), ("lærerne", True)]


def test_another_payer_paying_itself_denies_the_asked_one():
    assert _other_payer("eleverne betaler selv noderne", {"kombit"}) is True
    assert _other_payer("eleverne betaler noderne", {"kombit"}) is None  # may pay too: not settled
    assert _other_payer("eleverne betaler selv noderne", set()) is False  # no payer asked about
    assert _other_payer("noderne koster 200 kr.", {"kombit"}) is None  # no payer said


def test_a_sentence_on_another_group_is_no_evidence():
    said = "Instruktørerne får nøgler til øvelokalerne."
    assert _other_group("Får eleverne nøgler til øvelokalerne?", said)
    assert not _other_group("Får instruktørerne nøgler?", said)
    assert not _other_group("Er koncertkurset gratis?", "Kurset er gratis for kommunen.")  # its head


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    ("Stemmer lærerne instrumenterne?", "Nej", "ikke af lærerne"),
    ("Betaler KOMBIT noderne til musikskolen?", "Nej", "betaler selv noderne"),
    ("Betaler KOMBIT for notestativerne med lys?", "Nej", "som kommunen selv betaler"),
    ("Er det Tonefabrikken, der opdaterer kataloget over instrumenter i MUS 02?", "Ja", "Tonefabrikken"),
    ("Henter elevintegrationen kun aktive elever?", "Ja", "kun aktive elever"),
    ("Er lydanlægget til koncertsalen obligatorisk?", "Nej", "frivilligt"),
    ("Er notestativer med lys et krav?", "Nej", "tilvalg"),
    # of two sentences on the deed, the one naming the asked party (or a doer of its own) is the evidence
    ("Er det Teknisk Service, der opsætter reolerne til instrumenterne?", "Ja", "af Teknisk Service"),
    ("Opsætter lærerne reolerne til instrumenterne?", "Nej", "af Teknisk Service"),
    # a share ('20 % af de nye instrumenter') against all of them
    ("Skal musikskolelederen teste alle de nye instrumenter?", "Nej", "20 %"),
    ("Må skemalæggerne have administratorrettigheder i Timeplan?", "Nej", "Skemalæggerne må ikke"),
])
def test_yes_no_is_settled(kb, question, verdict, evidence):
    assert_settled(kb, question, verdict, evidence)


@pytest.mark.parametrize("question", [
    "Får eleverne nøgler til øvelokalerne?",
    # the deed of a thing of another project's task ('Reolerne' of the instruments, not the elevregister's)
    "Skal reolerne til elevregistret opsættes af lærerne?",
    "Skal instrumentlisten lamineres, før den sendes til Tonefabrikken?",
])
def test_yes_no_is_not_settled(kb, question):
    assert_unsettled(kb, question)


def test_a_verb_no_task_uses_is_the_claim(kb):
    # where the list is sent (a verdict on the other words) does not settle whether it is laminated
    q = analyse(index_for(kb), "Skal instrumentlisten lamineres, før den sendes til Tonefabrikken?")
    known = {t.pos for t in q.tokens if t.match > 0}
    evidence = Candidate("yesno", "Ja – Instrumentlisten sendes til Tonefabrikken.", [0], known)
    assert _unknown_verb(q, evidence)
    # a noun no task uses may be the asker's word for the value the verdict compares
    q = analyse(index_for(kb), "Er reaktionstiden for Tonefabrikken 8 timer?")
    known = {t.pos for t in q.tokens if t.match > 0}
    assert not _unknown_verb(q, Candidate("yesno", "Nej – ...", [0], known))


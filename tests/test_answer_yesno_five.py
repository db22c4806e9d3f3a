"""Yes/no questions of the fifth round (issue 9, point 4): necessity against a choice left to the
municipality, a denied elliptic clause, a comparison with a stated count, a count said of another
subject, the approver beside the signer, a condition on a price, mail as the way a thing is sent, and
evidence that settles nothing (a list of tasks, a field of a task found by its body words, another
recipient to a question with 'også', another task's party), on an export written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """
## VB 01 (Aftaler) Aftaler om Vejbelysningsløsningen

**Master-opgave ID** 7701

**Opgavetitel** VB 01 (Aftaler) Aftaler om Vejbelysningsløsningen

**Projekt** Vejbelysning

**Prioritet** Obligatorisk på kritisk vej

**Bølger** Vejbelysning - Bølge 1

**Beskrivelse** Kommunen indgår en driftsaftale og en databehandleraftale med KOMBIT.

Driftsaftalen skrives under af teknikdirektøren. Databehandleraftalen godkendes først af kommunens \
databeskyttelsesrådgiver (DPO) og skrives derefter under af kommunaldirektøren.

Aftalerne omfatter gadelys. Julebelysning er ikke med i denne bølge.

Par, hvor ingen af parterne bor i kommunen, betaler et gebyr på 900 kr. For par, hvor mindst én part bor i \
kommunen, er lysceremonien gratis.

**Metode og fremgangsmåde** 1. Hent aftalerne
2. Send databehandleraftalen til DPO'en til godkendelse
3. Få driftsaftalen underskrevet af teknikdirektøren
4. Få databehandleraftalen underskrevet af kommunaldirektøren

**Anbefalet udfører** Jurist

## VB 04 (Drift) Send masteregisteret til driftsselskabet

**Master-opgave ID** 7704

**Opgavetitel** VB 04 (Drift) Send masteregisteret til driftsselskabet

**Projekt** Vejbelysning

**Prioritet** Valgfri

**Bølger** Vejbelysning - Bølge 1, Vejbelysning - Bølge 2

**Beskrivelse** Masteregisteret dannes som et udtræk fra kommunens GIS og sendes til driftsselskabet Lysnet.

Registeret må ikke sendes med almindelig e-mail.

Det er frivilligt, om kommunen vil bruge lysmestre. Kommunen bestemmer selv, om der tændes lys om natten.

Efter aftalen har hver vej ret til mindst 12 eftersyn om året. Kommunen kan give flere eftersyn, men ikke \
færre.

Montører skal kun gennemføre modul 1 af kurset; ingeniører skal gennemføre alle tre moduler.

Lysnet kvitterer for registeret inden for to arbejdsdage.

**Metode og fremgangsmåde** 1. Dan udtrækket
2. Send registeret til Lysnet

## VB 06 (Jura) Instruks til driftsselskabet

**Master-opgave ID** 7706

**Opgavetitel** VB 06 (Jura) Instruks til driftsselskabet

**Projekt** Vejbelysning

**Prioritet** Obligatorisk

**Beskrivelse** Bilag 1 underskrives af vejchefen. Bilag 2 er kun til orientering.

Den underskrevne instruks gemmes automatisk, så kommunen skal ikke sende den til KOMBIT.

Kontaktlisten over montørerne sendes til vejchefen. Den må ikke deles med leverandøren.

**Metode og fremgangsmåde** 1. Hent bilagene
2. Få bilag 1 underskrevet af vejchefen
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="yesno-five"))


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    # necessity against a choice left to the municipality
    ("Er kommunen forpligtet til at bruge lysmestre?", "Nej", "frivilligt"),
    ("Skal kommunen tænde lys om natten?", "Nej", "bestemmer selv"),
    # a comparison with the stated count and its bound
    ("Kan kommunen give færre end 12 eftersyn om året?", "Nej", "mindst 12"),
    ("Må kommunen give flere end 12 eftersyn om året?", "Ja", "mindst 12"),
    # the clause that counts is said of another subject than the question's
    ("Skal montørerne gennemføre alle tre moduler af kurset?", "Nej", "kun gennemføre modul 1"),
    ("Skal ingeniørerne gennemføre alle tre moduler af kurset?", "Ja", "alle tre"),
    # 'Skriver X under ...?': signing; the approver who does not sign is named beside the signer
    ("Skriver teknikdirektøren under på driftsaftalen?", "Ja", "teknikdirektøren"),
    ("Skal DPO'en underskrive databehandleraftalen?", "Nej", "godkendes først"),
    # the condition the question puts picks the sentence with the same condition
    ("Koster det noget, hvis ingen af parterne bor i kommunen?", "Ja", "900 kr"),
    # mail as the way a thing is sent, not an address asked for
    ("Må masteregisteret sendes med almindelig e-mail?", "Nej", "almindelig e-mail"),
    # a wave question's project word is the wave's own
    ("Hører VB 04 til Vejbelysning bølge 2?", "Ja", "Bølge 2"),
    # the clause that sends it says whether it is sent
    ("Skal vi sende den underskrevne instruks til KOMBIT?", "Nej", "skal ikke sende"),
    # a sentence naming the thing by a pronoun, the one before naming it
    ("Må kontaktlisten over montørerne deles med leverandøren?", "Nej", "må ikke deles"),
])
def test_yes_no_is_settled(kb, question, verdict, evidence):
    assert_settled(kb, question, verdict, evidence)


@pytest.mark.parametrize("question", [
    # another recipient does not deny a second one
    "Skal masteregisteret også sendes til KOMBIT?",
    # a field (the waves) of the task whose text speaks of the thing says nothing of it
    "Er julebelysning omfattet af belysningsaftalerne i bølge 1?",
    # another task's party: its paper, not this one's
    "Skal Lysnet underskrive en databehandleraftale?",
    # another number: who signs bilag 1 says nothing of bilag 2
    "Skal bilag 2 i VB 06 underskrives af vejchefen?",
    # how it is signed, not who signs it
    "Skal driftsaftalen underskrives digitalt?",
    # another than the one named
    "Kan en anden underskrive driftsaftalen på vegne af teknikdirektøren?",
])
def test_yes_no_not_settled_by_near_evidence(kb, question):
    a = answer(kb, question)
    assert not a.found, (question, a.answer)

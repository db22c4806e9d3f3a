"""Yes/no verdicts on numbers and 'nøjes' (s49): a Nej read off another number holds only for a sentence
that says the rest of the claim (a count of all the wardens denies nothing about how many of them hold a
licence); an age bound ('ældre end 5 år') puts an asked age inside or outside the group as an amount does;
'kan vi nøjes med X?' frames as 'er X nok?' and asks as 'kun X?' does."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.intents.yesno.counts import _in_group
from knowledge.qa.pipeline import answer

EXPORT = """## SKOV 2 (Drift) Udpeg skovløbere til Vildtkortet

**Master-opgave ID** 6621

**Opgavetitel** SKOV 2 (Drift) Udpeg skovløbere til Vildtkortet

**Projekt** Naturdrift

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen skal udpege mindst 3 og højst 9 skovløbere. Mindst én af dem skal have jagttegn.

## SKOV 3 (Drift) Ryd op i Vildtkortets registreringer

**Master-opgave ID** 6622

**Opgavetitel** SKOV 3 (Drift) Ryd op i Vildtkortets registreringer

**Projekt** Naturdrift

**Prioritet** Obligatorisk

**Trin**
1. Arkiver fældningstilladelser, der er ældre end 5 år
2. Kontrollér de resterende tilladelser inden for 7 dage

## SKOV 4 (Drift) Test af Vildtkortet

**Master-opgave ID** 6623

**Opgavetitel** SKOV 4 (Drift) Test af Vildtkortet

**Projekt** Naturdrift

**Prioritet** Valgfri

**Beskrivelse** Vildtkortet testes både på tablet og på mobil, før det tages i brug.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


def test_a_count_said_of_the_claim_still_denies(kb):
    got = answer(kb, "Skal kommunen udpege 12 skovløbere?")
    assert got.found and got.answer.startswith("Nej")


@pytest.mark.parametrize(("question", "said", "inside"), [
    ("Skal tilladelser fra for 7 år siden arkiveres?", "Arkiver tilladelser, der er ældre end 5 år", True),
    ("Skal tilladelser fra for 3 år siden arkiveres?", "Arkiver tilladelser, der er ældre end 5 år", False),
    ("Kan en hund på 2 år deltage?", "Hunde, der er yngre end 3 år, kan deltage gratis", True),
    ("Are files kept for 9 years deleted?", "Files that are older than 10 years are deleted", False),
])
def test_an_age_bound_puts_the_asked_age_inside_or_outside_the_group(question, said, inside):
    assert _in_group(question, said) is inside


def test_enough_alone_is_denied_by_both(kb):
    got = answer(kb, "Kan vi nøjes med at teste Vildtkortet på tablet?")
    assert not got.answer.startswith("Ja")
    assert "nøjes" not in got.answer  # a frame, not a word the tasks lack


SIGNED = """## HAVN 1 (Aftaler) Lejeaftale for Kajpladsen

**Master-opgave ID** 6631

**Opgavetitel** HAVN 1 (Aftaler) Lejeaftale for Kajpladsen

**Projekt** Havnedrift

**Prioritet** Obligatorisk

**Beskrivelse** Kajpladsen er en kommunal havneplads. Lejeaftalen for Kajpladsen underskrives af
direktøren for Kultur og Fritid.

**Trin**
1. Hent lejeaftalen i KLIK
2. Få lejeaftalen underskrevet af direktøren for Kultur og Fritid
"""


def test_a_party_known_by_its_last_part_is_not_another_of_that_kind():
    kb = KnowledgeBase.from_tasks(parse_text(SIGNED))
    got = answer(kb, "Skal kommunaldirektøren underskrive lejeaftalen for Kajpladsen?")
    assert not got.answer.startswith("Ja")
    got = answer(kb, "Skal direktøren for Kultur og Fritid underskrive lejeaftalen for Kajpladsen?")
    assert got.found and got.answer.startswith("Ja")


UPLOADED = """## BIBL 2 (Aftaler) Databehandleraftale for Lånerkortet

**Master-opgave ID** 6651

**Opgavetitel** BIBL 2 (Aftaler) Databehandleraftale for Lånerkortet

**Projekt** Biblioteker

**Prioritet** Obligatorisk

**Beskrivelse** Databehandleraftalen underskrives af kulturchefen og uploades i KLIK senest 20 dage før
go-live.
"""


@pytest.mark.parametrize("question", [
    "Skal databehandleraftalen for Lånerkortet sendes til KOMBIT?",
    "skal databehandleraftalen for Lånerkortet sendes til KOMBIT med posten?",
])
def test_a_thing_uploaded_in_a_place_is_not_sent_to_another(question):
    got = answer(KnowledgeBase.from_tasks(parse_text(UPLOADED)), question)
    assert got.found and got.answer.startswith("Nej") and "KLIK" in got.answer


STARTS = """## PARK 6 (Tilvalg) Betalingsmodul til Parkeringsappen

**Master-opgave ID** 6661

**Opgavetitel** PARK 6 (Tilvalg) Betalingsmodul til Parkeringsappen

**Projekt** Parkering

**Prioritet** Valgfri

**Beskrivelse** Som tilvalg kan kommunen få et betalingsmodul i Parkeringsappen.

Modulet kan tidligst aktiveres 4 uger efter go-live.

## PARK 7 (Tilvalg) Skiltning med lysavis

**Master-opgave ID** 6662

**Opgavetitel** PARK 7 (Tilvalg) Skiltning med lysavis

**Projekt** Parkering

**Prioritet** Valgfri

**Beskrivelse** Kommunen kan tilkøbe lysaviser ved p-pladserne. Opsætning kan tidligst ske 3 måneder efter
go-live.
"""


@pytest.mark.parametrize(("question", "verdict"), [
    ("kan betalingsmodulet aktiveres ved go-live?", "Nej"),
    ("kan betalingsmodulet aktiveres 2 måneder efter go-live?", "Ja"),
    ("Kan lysaviserne sættes op allerede samme dag som go-live?", "Nej"),
    ("kan vi aktivere betalingsmodulet før go-live?", "Nej"),
    ("kan betalingsmodulet aktiveres samme dag som go-live?", "Nej"),  # (no verdict before s49)
    # (an English question: the code before s49 said Yes off the earliest moment)
    ("Can the payment module be activated at go-live already?", "No"),
])
def test_the_earliest_a_task_allows_settles_a_start(question, verdict):
    got = answer(KnowledgeBase.from_tasks(parse_text(STARTS)), question)
    assert got.found and got.answer.startswith(verdict)


COURSE = """## MUSE 5 Superbrugerkursus i Samlingsbasen

**Master-opgave ID** 6671

**Opgavetitel** MUSE 5 Superbrugerkursus i Samlingsbasen

**Projekt** Museumsregistrering

**Prioritet** Valgfri

**Beskrivelse** Kuratorsoft afholder et superbrugerkursus på 2 timer. Kurset er online, og der kan højst
deltage 10 personer pr. hold.
"""


def test_a_yes_no_stays_one_when_spelling_reads_its_subject_otherwise():
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    kb = KnowledgeBase.from_tasks(parse_text(COURSE))
    assert analyse(index_for(kb), "Foregår superbrugerkurset fysisk hos Kuratorsoft?").yesno


def test_physical_and_online_exclude_each_other():
    kb = KnowledgeBase.from_tasks(parse_text(COURSE))
    got = answer(kb, "Foregår superbrugerkurset fysisk hos Kuratorsoft?")
    assert got.found and got.answer.startswith("Nej") and "online" in got.answer

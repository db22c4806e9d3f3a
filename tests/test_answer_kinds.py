"""Yes/no, fact, how-many and when answers (issue 9, points 3 and 4) on an export written for this
test: the words naming a task by its title, a Ja/Nej from a priority, a count, a rule or a deadline,
a count of steps or list items, and honest "det står ikke i opgaven" when the text does not settle it."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """
## HJ 4 (Hjælpemidler) Afprøv udlånsberegningen

**Master-opgave ID** 8804

**Opgavetitel** HJ 4 (Hjælpemidler) Afprøv udlånsberegningen

**Projekt** Hjælpemidler

**Prioritet** Prioritet 2

**Slutdato (fra Go-Live)** -40

**Startdato (fra Slutdato)** -10

**Bølger** Hjælpemidler - Bølge 1

**Mål** Udlånsberegningen giver samme resultat som før.

**Beskrivelse** {first}

Kontakter:

- Drift: Nordlys IT
- Support: Fjordhjælp
- Hosting: Skyhavn

**Metode og fremgangsmåde** 1. Udtag otte udlån
2. Kør beregningen
3. Sammenlign resultaterne
4. Send rapporten til KOMBIT

**Resultat** Rapporten er sendt.

## HJ 5 (Hjælpemidler) Registrer depotansvarlige

**Master-opgave ID** 8805

**Opgavetitel** HJ 5 (Hjælpemidler) Registrer depotansvarlige

**Projekt** Hjælpemidler

**Prioritet** Obligatorisk

**Bølger** Hjælpemidler - Bølge 1

**Mål** Hvert depot har en ansvarlig.

**Beskrivelse** {second}

**Metode og fremgangsmåde** 1. Find de ansvarlige
2. Registrer dem i portalen
""".format(first="Kommunen udtager otte udlån og sammenligner beregningen med det gamle system. Afprøvningen "
                 "foregår i testmiljøet. Rapporten skal være sendt til KOMBIT senest tre uger før go-live. "
                 "Rapporten underskrives af hjælpemiddelchefen.",
           second="Kommunen registrerer mindst tre depotansvarlige. Registreringen godkendes ikke af nogen, "
                  "og der skal ikke skrives under.")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="kinds"))


def test_words_naming_the_task_by_its_title_are_understood(kb):
    got = answer(kb, "hvor mange udlån skal kommunen udtage til afprøvningen af udlånsberegningen?")
    assert got.found and "otte" in got.answer and got.sources == ["8804"], got.answer


def test_a_yes_no_with_a_word_the_tasks_never_use_is_not_settled(kb):
    got = answer(kb, "skal udlånsberegningen afprøves i skyen hos Amazon?")
    assert not got.found, got.answer


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    ("Har HJ 4 prioritet 2?", "Ja", "Prioritet 2"),
    ("Har HJ 4 prioritet 1?", "Nej", "Prioritet 2"),
    ("Er HJ 5 obligatorisk?", "Ja", "Obligatorisk"),
    ("Er HJ 5 obligatorisk på kritisk vej?", "Nej", "Obligatorisk"),
    ("Skal kommunen udtage ti udlån?", "Nej", "otte udlån"),
    ("Skal kommunen registrere to depotansvarlige?", "Nej", "mindst tre"),
    ("Skal rapporten sendes til KOMBIT senest fire uger før go-live?", "Nej", "tre uger"),
    ("Skal rapporten underskrives af økonomichefen?", "Nej", "hjælpemiddelchefen"),
    ("Skal registreringen af depotansvarlige godkendes af nogen?", "Nej", "ikke af nogen"),
    ("Skal rapporten sendes efter go-live?", "Nej", "før go-live"),
    ("Skal rapporten være sendt før go-live?", "Ja", "før go-live"),
    ("Skal rapporten sendes senest en uge før go-live?", "Nej", "tre uger"),
    ("Skal kommunen udtage mindst fem udlån?", "Ja", "otte udlån"),
    ("Skal kommunen udtage mindst ti udlån?", "Nej", "otte udlån"),
])
def test_yes_no_settled_by_priority_count_rule_or_party(kb, question, verdict, evidence):
    got = answer(kb, question)
    assert got.found and got.answer.startswith(verdict) and evidence in got.answer, got.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("Hvor mange trin har HJ 4?", "4 trin"),
    ("How many steps does HJ 5 have?", "2 steps"),
    ("Hvor mange trin er der i afprøvningen af udlånsberegningen?", "4 trin"),
    ("Hvor mange kontakter nævnes i HJ 4?", "3"),
    ("Hvor mange depotansvarlige skal kommunen registrere?", "mindst tre"),
    ("Hvor mange udlån skal udtages?", "otte"),
])
def test_how_many_counts_steps_list_items_or_says_the_count(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer



@pytest.mark.parametrize(("question", "verdict"), [
    ("Er det Nordlys IT, der står for support i HJ 4?", "Nej"),
    ("Er det Fjordhjælp, der står for support i HJ 4?", "Ja"),
    ("Er det KMD, der står for support?", "Nej"),
])
def test_yes_no_settled_by_the_value_of_a_key_value_line(kb, question, verdict):
    got = answer(kb, question)
    assert got.found and got.answer.startswith(verdict) and "Support: Fjordhjælp" in got.answer, got.answer


def test_yes_no_on_an_attribute_the_line_gives_another_value():
    tasks = parse_text("*Opgavetitel\t(PR 2) Bestil printprofil til breve\n*Projekt\tPrint\n"
                       "*Beskrivelse\t<p>Printprofilen indeholder:</p><ul>"
                       "<li>Tryk: sort/hvid, dobbeltsidet</li><li>Kuvert: C5</li></ul>\n", source="kinds")
    got = answer(KnowledgeBase.from_tasks(tasks), "Skal brevene trykkes i farver?")
    assert got.found and got.answer.startswith("Nej") and "sort/hvid" in got.answer, got.answer


def test_which_asks_for_the_value_of_the_line_the_noun_names():
    tasks = parse_text("*Opgavetitel\t(ID 3) Tilslut kommunens lokale IdP\n*Projekt\tLogin\n"
                       "*Beskrivelse\t<p>For at bruge lokal IdP skal kommunen acceptere vilkårene.</p><ul>"
                       "<li>Certifikat: OCES3-funktionscertifikat</li><li>Brugere: hentes fra AD</li></ul>\n",
                       source="kinds")
    got = answer(KnowledgeBase.from_tasks(tasks), "Hvilket certifikat skal den lokale IdP bruge i ID 3?")
    assert got.found and "OCES3" in got.answer, got.answer


def _one_task(master_id: str, title: str, description: str) -> KnowledgeBase:
    """A knowledge base of one task in the markdown export format."""
    return KnowledgeBase.from_tasks(parse_text(
        f"## {title}\n\n**Master-opgave ID** {master_id}\n\n**Opgavetitel** {title}\n\n"
        f"**Projekt** Kinds\n\n**Beskrivelse** {description}\n", source="kinds"))


def test_deadline_found_by_the_head_of_a_compound_the_task_uses():
    kb = _one_task("9101", "PK 1 (Post) Opret funktionspostkasser",
                   "Hver afdeling får sin egen funktionspostkasse. Postkasserne skal være oprettet senest "
                   "10 arbejdsdage før go-live, så afdelingerne kan nå at teste dem.")
    got = answer(kb, "hvornår skal funktionspostkasserne være oprettet?")
    assert got.found and "10 arbejdsdage" in got.answer, got.answer


def test_a_named_company_against_an_unnamed_supplier_is_not_settled():
    tasks = parse_text("*Opgavetitel\t(AB 3) Abonnementer i beskedsystemet\n*Projekt\tBesked\n"
                       "*Beskrivelse\t<p>Leverandøren af ESDH-systemet opretter abonnementerne.</p>\n",
                       source="kinds")
    got = answer(KnowledgeBase.from_tasks(tasks), "Er det Netcompany, der opretter abonnementerne?")
    assert not got.found, got.answer


def test_the_municipality_signs_an_agreement_with_a_supplier():
    kb = _one_task("9202", "LØ 2 (Løn) Klargør lønsystemet",
                   "Kommunen skal underskrive en databehandleraftale med lønleverandøren.")
    got = answer(kb, "Skal kommunen underskrive en databehandleraftale med lønleverandøren i 9202?")
    assert got.found and got.answer.startswith("Ja"), got.answer
    assert not answer(kb, "Skal borgmesteren underskrive databehandleraftalen i 9202?").found


def test_is_signing_required_asks_about_signing_not_priority():
    tasks = parse_text("*Master-opgave ID\t9303\n*Opgavetitel\t(AD 3) Udpeg administratorer\n"
                       "*Projekt\tLogin\n"
                       "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tValgfri\n"
                       "*Beskrivelse\t<p>Udpegningen godkendes af it-chefen, men der er intet, der skal "
                       "underskrives.</p>\n", source="kinds")
    got = answer(KnowledgeBase.from_tasks(tasks), "Is signing required in task 9303?")
    assert got.found and got.answer.startswith("No") and "Valgfri" not in got.answer, got.answer


@pytest.mark.parametrize("question", ["Er HJ 4 valgfri?", "Is HJ 4 mandatory?", "Har HJ 5 prioritet 1?"])
def test_a_priority_on_the_other_scale_does_not_settle_it(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer

"""Who answers (branch s26-when): a party that holds a charge ('X står for driften af Y')."""

from __future__ import annotations

from knowledge.qa.types import Expect, holds


def test_a_party_that_holds_the_asked_charge_is_a_party():
    asked = "Hvem står for driften af integrationen?"
    assert holds(Expect.PARTY, "Orbitex står for driften af integrationen til lønsystemet.", asked)
    assert holds(Expect.PARTY, "Orbitex har ansvaret for driften.", asked)
    # another charge than the one asked names no one for it
    assert not holds(Expect.PARTY, "Orbitex står for oplæringen.", asked)


def test_a_coordinated_verb_shares_the_first_verbs_subject_and_object():
    from knowledge.fold import content_keys
    from knowledge.qa.agents import deeds

    (deed,) = deeds("Kommunens visitation læser skemaerne og godkender dem i portalen.",
                    set(content_keys("godkender")))
    assert deed.agent == "visitation" and "skemaerne" in deed.obj and not deed.refers


def test_a_subject_that_refers_back_is_answered_with_the_sentence_naming_the_party():
    from knowledge.base import KnowledgeBase
    from knowledge.parse import parse_text
    from knowledge.qa.pipeline import answer

    md = ("## RR 2 Afprøv udsendelsen (B1)\n\n**Master-opgave ID** 8802\n\n**Opgavetitel** RR 2 Afprøv "
          "udsendelsen (B1)\n\n**Projekt** Rhoprojekt\n\n**Slutdato (fra Go-Live)** -10\n\n**Beskrivelse** "
          "Skatteteamet afprøver udsendelsen med fem breve. De melder resultatet til KOMBIT inden for "
          "3 arbejdsdage.\n\nTeamlederen udpeger en brevansvarlig. Den ansvarlige arkiverer kvitteringerne."
          "\n\n**Metode og fremgangsmåde** 1. Afprøv udsendelsen\n\n**Resultat** Udsendelsen virker.\n")
    kb = KnowledgeBase(parse_text(md))
    got = answer(kb, "Hvem melder resultatet til KOMBIT i RR 2?")
    assert got.found and "Skatteteamet" in got.answer
    got = answer(kb, "Hvem arkiverer kvitteringerne i RR 2?")
    assert got.found and "brevansvarlig" in got.answer


def test_a_back_reference_without_its_referent_before_is_no_answer():
    from knowledge.base import KnowledgeBase
    from knowledge.parse import parse_text
    from knowledge.qa.pipeline import answer

    md = ("## RR 3 Meld navnet ind (B1)\n\n**Master-opgave ID** 8803\n\n**Opgavetitel** RR 3 Meld navnet ind "
          "(B1)\n\n**Projekt** Rhoprojekt\n\n**Slutdato (fra Go-Live)** -10\n\n**Beskrivelse** Navnet meldes "
          "ind via KLIK.\n\nDen ansvarlige deltager i to møder.\n\n**Resultat** Navnet er meldt ind.\n")
    got = answer(KnowledgeBase(parse_text(md)), "Hvem deltager i møderne i RR 3?")
    assert not got.found or "KLIK" not in got.answer.split("Kilde")[0]


def test_whom_to_ask_about_what_the_title_names_is_the_tasks_contact_sentence():
    from knowledge.base import KnowledgeBase
    from knowledge.parse import parse_text
    from knowledge.qa.pipeline import answer

    md = ("## RR 4 Montér nye dørlåse (B1)\n\n**Master-opgave ID** 8804\n\n**Opgavetitel** RR 4 Montér nye "
          "dørlåse (B1)\n\n**Projekt** Rhoprojekt\n\n**Slutdato (fra Go-Live)** -10\n\n**Beskrivelse** "
          "Låsefirmaet monterer låsene.\n\nSpørgsmål om monteringen rettes til Låsecentralens tekniker "
          "Sigrid Vang på telefon 11 22 33 44.\n\n**Resultat** Låsene er monteret.\n")
    got = answer(KnowledgeBase(parse_text(md)), "Hvem skal vi kontakte om monteringen af dørlåsene?")
    assert got.found and "Sigrid Vang" in got.answer

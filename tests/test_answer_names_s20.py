"""'Hvad hedder X?': the name stands beside X ('Elevsystemet Lingo', 'Ladeløsningen "VoltPark"'), not
after a verb of another relation ('er tilsluttet Serviceplatformen', 'leveres af Datavarme'); a
contact person's name is not any name of a text that does not speak of the contact."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

TASK = """## FB 1 Tilslutning af færgebooking (B1)

**Master-opgave ID** 9891

**Opgavetitel** FB 1 Tilslutning af færgebooking (B1)

**Projekt** Færgebooking

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Færgebooking - Bølge 1

**Mål** Bookingsystemet er tilsluttet Serviceplatformen.

**Beskrivelse** Bookingsystemet "Færgeplan" udvikles af Havnedata ApS.

Betalingsmodulet leveres af Nordpay A/S.

**Metode og fremgangsmåde** 1. Tilslut bookingsystemet

**Resultat** Bookingsystemet er tilsluttet.
"""


def test_a_name_beside_the_noun_names_it():
    question = "Hvad hedder elevsystemet?"
    assert holds(Expect.NAME, "Elevsystemet Lingo udvikles af Skolesoft A/S.", question)
    assert not holds(Expect.NAME, "Sprogcentrets elevsystem er tilsluttet Serviceplatformen.", question)
    assert not holds(Expect.NAME, "Elevsystemet leveres af Skolesoft A/S.", question)
    assert holds(Expect.NAME, "Sprogcentret bruger et elevsystem, som hedder Lingo.", question)


def test_what_a_thing_is_called():
    kb = KnowledgeBase(parse_text(TASK))
    a = answer(kb, "Hvad hedder bookingsystemet?")
    assert a.found and "Færgeplan" in a.answer
    assert not answer(kb, "Hvad hedder betalingsmodulet?").found  # delivered by Nordpay; no name of its own


def test_a_contact_persons_name_needs_the_contact():
    question = "Hvad hedder kontaktpersonen hos Nordpay?"
    assert not holds(Expect.NAME, "Involverede parter: Nordpay A/S, KOMBIT", question)
    assert holds(Expect.NAME, "Kontaktpersonen hos Nordpay er Lise Dam.", question)


def test_an_agent_is_no_name_of_the_thing():
    question = "Hvad hedder systemet, vi skal godkende?"
    assert not holds(Expect.NAME, "Adgangen godkendes af kommunens Superadministrator.", question)


TITLED = """## FB 2 Tilslut lokal IdP i Færgeportalen (B1)

**Master-opgave ID** 9892

**Opgavetitel** FB 2 Tilslut lokal IdP i Færgeportalen (B1)

**Projekt** Færgebooking

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Færgebooking - Bølge 1

**Mål** Medarbejderne logger på med lokal IdP.

**Beskrivelse** Der er ingen betaling for at bruge lokal IdP. Fakturering sker hvert kvartal.

**Metode og fremgangsmåde** 1. Tilslut IdP

**Resultat** Lokal IdP er tilsluttet.
"""


def test_a_titled_value_of_another_of_the_titles_things():
    kb = KnowledgeBase(parse_text(TITLED))
    assert not answer(kb, "Hvad koster Færgeportalen for kommunen?").found  # the sentence prices lokal IdP
    a = answer(kb, "Hvor ofte faktureres Færgeportalen?")
    assert a.found and "hvert kvartal" in a.answer

"""Passages the question's words did not reach (s56): a sentence in a task about one event says what the
question asks of that event, but names the event only through the task's title ('Alle gæster får en
kop kakao' in 'Bålaftenen ved søen' for 'hvad får gæsterne på bålaftenen?')."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## BÅL 3 – Bålaftenen ved søen (valgfri)

**Master-opgave ID** 7731

**Opgavetitel** BÅL 3 – Bålaftenen ved søen (valgfri)

**Projekt** Fælles Bålpladser

**Prioritet** Valgfri

**Beskrivelse** Kommunen kan deltage i Bålaftenen, en aften for borgerne ved den nye bålplads.

Aftenen varer 3 timer og er gratis. Der er plads til 50 gæster.

Spejderlederen Karen Gløde tænder bålet, og alle gæster får en kop kakao. Der grilles snobrød over bålet.

Gæster, der tænder et bål, modtager en brandspand.

Tid og sted: fredag den 7. september 2029 kl. 19.00-22.00 på Søbredden, Sivvej 4, 8821 Sivby.

**Resultat** Kommunen har deltaget i Bålaftenen.

## BÅL 1 – Tilslutning til Bålkortet

**Master-opgave ID** 7729

**Opgavetitel** BÅL 1 – Tilslutning til Bålkortet

**Projekt** Fælles Bålpladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen tilslutter sig Bålkortet, hvor borgerne booker en bålplads.

Gæster på kortet får en bekræftelse på mail. Kortet viser hver bålplads med adresse.

Opstartsmødet holdes online.

## BÅL 2 – Liste over bålpladser

**Master-opgave ID** 7730

**Opgavetitel** BÅL 2 – Liste over bålpladser

**Projekt** Fælles Bålpladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen sender en liste over sine bålpladser til leverandøren.

Listen afleveres senest mandag den 3. september 2029 på Rådhuset i Sivby.

Der skal være brænde ved hver bålplads.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


@pytest.mark.parametrize("question, expected", [
    ("hvad får gæsterne på bålaftenen?", "kakao"),
    ("hvad grilles der til bålaftenen?", "snobrød"),
])
def test_a_sentence_of_the_titled_event_answers_what_it_holds(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer and "7731" in got.sources


def test_a_sentence_that_leaves_out_the_asked_verb_does_not_answer(kb):
    # 'Der er plads til 50 gæster' says the guests, not what they are served
    got = answer(kb, "hvad spiser gæsterne på bålaftenen?")
    assert not got.found or "50 gæster" not in got.answer


@pytest.mark.parametrize("question", ["hvor holdes bålaftenen?", "hvad er adressen på bålaftenen?",
                                      "hvor foregår Bålaftenen?", "hvor starter bålaftenen?"])
def test_the_place_of_a_titled_event_is_where_its_day_sentence_holds_it(kb, question):
    got = answer(kb, question)
    assert got.found and "Søbredden" in got.answer and "7731" in got.sources


def test_a_dated_deadline_of_a_titled_thing_is_no_place_it_is_held(kb):
    # 'Listen afleveres senest mandag den 3. september 2029 på Rådhuset' is a deadline, not an event
    got = answer(kb, "hvor er listen over bålpladser?")
    assert not got.found or "Søbredden" not in got.answer


CONTACTS = """## KAJ 1 – Tilslutning til Kajakkortet

**Master-opgave ID** 7741

**Opgavetitel** KAJ 1 – Tilslutning til Kajakkortet

**Projekt** Fælles Kajakpladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen tilslutter sig Kajakkortet, hvor borgerne finder ledige kajakpladser.

Spørgsmål: Henrik Padelsen, hepa@kajakkortet.dk, tlf. 22 31 40 59.

## KAJ 2 – Kajakstativliste

**Master-opgave ID** 7742

**Opgavetitel** KAJ 2 – Kajakstativliste

**Projekt** Fælles Kajakpladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen udfylder kajakstativlisten med et stativ pr. linje.

Listen godkendes af lederen af Kultur og Fritid.

Kontakt: Lise Årestrup, tlf. 41 52 63 74

## KAJ 3 – Åbningsmøde

**Master-opgave ID** 7743

**Opgavetitel** KAJ 3 – Åbningsmøde

**Projekt** Fælles Kajakpladser

**Prioritet** Valgfri

**Beskrivelse** Stil spørgsmål om mødet på mail til kajak@kombit.dk. Kontakt os, hvis I ikke kan deltage.
"""


@pytest.fixture(scope="module")
def contacts():
    return KnowledgeBase.from_tasks(parse_text(CONTACTS))


@pytest.mark.parametrize("question, expected", [
    ("hvem kan svare på spørgsmål om kajakstativlisten?", "Lise Årestrup"),
    ("hvem er kontakt på KAJ 1?", "Henrik Padelsen"),
])
def test_whom_to_ask_is_the_contact_line_of_the_task_named(contacts, question, expected):
    got = answer(contacts, question)
    assert got.found and expected in got.answer


def test_who_approves_is_no_contact(contacts):
    got = answer(contacts, "hvem godkender kajakstativlisten?")
    assert got.found and "Kultur og Fritid" in got.answer and "Lise" not in got.answer

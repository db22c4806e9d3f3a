"""Values the gate threw away because they were given in another form than it looked for: a name as a
label's value, in quotes or in apposition; a length counted from the anchor the question itself names, in
seconds; a thing's own 'i drift' counted from go-live; a contact by where questions go;
people counted by the role asked; a role with what it is for between it and its holder; a price per a
participle's noun; a consequence said as the thing's absence. Texts here are written for these tests, with
controls that must stay unanswered."""

from __future__ import annotations

import pytest

from knowledge.qa.types import Expect, holds


@pytest.mark.parametrize(("text", "question"), [
    # a label line whose label is the asked noun
    ("Prøvemiljø: Bladet Demo", "hvad hedder prøvemiljøet for bibliotekssystemet?"),
    # an adjective after the article: the noun after it is what is named
    ("Kontakt i kommunens it-afdeling: Mona Vigsø, tlf. 20 30 40 50.",
     "hvad hedder den kommunale kontakt for serveren?"),
    # a name in apposition: 'X, som er <owner>s <noun>'
    ("Bådpladserne bookes i Havnebook, som er havnens system til booking.",
     "hvad hedder systemet til booking af bådpladser?"),
    # a quoted name right after the noun, of the question's words but not as the question writes them
    ('Kommunen tildeles privilegiegruppen "Havn Booking - Læser" i Adgangsstyring.',
     "hvad hedder privilegiegruppen til læser af booking i havn?"),
])
def test_a_name_given_as_label_quote_or_apposition(text: str, question: str) -> None:
    assert holds(Expect.NAME, text, question)


@pytest.mark.parametrize(("text", "question"), [
    ("Kontakt: Bo Berg, tlf. 20 30 40 50.", "hvad hedder prøvemiljøet?"),  # another label's name
    ("Vagterne planlægges i Vagtlisten, som er Nordvagts system til løn.",
     "hvad hedder appen til vagtplaner?"),
])
def test_no_name_of_another_thing(text: str, question: str) -> None:
    assert not holds(Expect.NAME, text, question)


@pytest.mark.parametrize(("text", "question"), [
    # counted from the anchor the question itself counts from
    ("Arkivering: 5 år efter sagens afslutning", "hvor længe arkiveres papirerne efter sagens afslutning?"),
    ("Påmindelse: 2 dage før eftersynet", "hvor mange dage før eftersynet får ejeren en påmindelse?"),
    # seconds
    ("Svartid: højst 20 sekunder", "hvor hurtigt svarer telefonlinjen?"),
    # a thing's own putting in operation, counted from the project's go-live
    ("Modulet kan tidligst sættes i drift 14 dage efter go-live.",
     "hvornår kan bookingmodulet tidligst sættes i drift?"),
])
def test_a_time_given_in_another_form(text: str, question: str) -> None:
    assert holds(Expect.TIME, text, question)


@pytest.mark.parametrize(("text", "question"), [
    # the time of something else, counted from what is asked
    ("Arkivering: 5 år efter sagens afslutning", "hvornår afsluttes sagen?"),
    # a go-live asked as itself is not said by a time counted from it
    ("Modulet kan tidligst sættes i drift 14 dage efter go-live.", "hvornår er go-live?"),
    # another thing's putting in operation
    ("Appen kan tidligst sættes i drift 14 dage efter go-live.",
     "hvornår kan bookingmodulet tidligst sættes i drift?"),
])
def test_no_time_of_the_anchor(text: str, question: str) -> None:
    assert not holds(Expect.TIME, text, question)


def test_people_counted_by_the_role_asked() -> None:
    text = "Der må højst være 4 personer med rollen Kasse Godkender pr. afdeling."
    assert holds(Expect.COUNT, text, "Hvor mange medarbejdere må have rollen Kasse Godkender?")
    # another role: the count is not of the people asked about
    assert not holds(Expect.COUNT, text, "Hvor mange medarbejdere må have rollen Kasse Læser?")


TASK = """## VAND 3 Tilslut kommunens målere til Målerportalen (B2)

**Master-opgave ID** 77301

**Opgavetitel** VAND 3 Tilslut kommunens målere til Målerportalen (B2)

**Projekt** Målerportalen

**Prioritet** Obligatorisk

**Opgave varighed (antal dage)** 10

**Slutdato (fra Go-Live)** -30

**Startdato (fra Slutdato)** -20

**Bølger** Målerportalen - Bølge 2

**Mål** Kommunens vandmålere aflæses i Målerportalen.

**Beskrivelse** Målerportalen leveres af Aquadata ApS.

Spørgsmål til tilslutningen kan rettes til Sune Bjerregaard, Aquadata, sune@aquadata.dk, tlf. 51 22 33 44.

Aquadatas driftskonsulent for jeres forsyning er Lotte Smedegaard.

Tilmelding og spørgsmål: Hanne Kjærsgaard, hanne@aquadata.dk.

Overflytning af historik koster 0,20 kr. pr. overført aflæsning.

Uden tilslutningsaftalen må Aquadata ikke hente kommunens måledata.

Vandtilslutningsaftalen underskrives af forsyningschefen.

Målerrapporterne sendes til forsyningen hver måned, og Aquadata sender en rapport efter hver aflæsning.

Fejl i kontrolrapporten skal rettes inden for 5 arbejdsdage efter modtagelsen.

**Metode og fremgangsmåde** 1. Kommunens kontaktperson udfylder målerlisten
2. Send målerlisten til Aquadata
3. Underskriv vandtilslutningsaftalen

**Resultat** Målerne er tilsluttet Målerportalen.
"""


@pytest.fixture(scope="module")
def kb():
    from knowledge.base import KnowledgeBase
    from knowledge.parse import parse_text
    return KnowledgeBase.from_tasks(parse_text(TASK))


@pytest.mark.parametrize(("question", "value"), [
    ("Hvem er Aquadatas driftskonsulent?", "Lotte Smedegaard"),  # 'for jeres forsyning' between
    ("hvem tilmelder man sig hos?", "Hanne Kjærsgaard"),  # a label that names the deed
    ("hvad koster overflytning af historik pr. aflæsning?", "0,20"),  # 'pr. overført aflæsning'
    ("Hvad sker der, hvis vandtilslutningsaftalen ikke er underskrevet?", "ikke hente"),  # 'Uden ...'
    # the sentence's 'kontrolrapporten' is the question's own, beside its sibling 'målerrapporterne'
    ("Hvor lang tid har vi til at rette fejl i kontrolrapporten for målerrapporterne?", "5 arbejdsdage"),
])
def test_values_given_in_another_form_are_found(kb, question: str, value: str) -> None:
    from knowledge.qa.pipeline import answer
    got = answer(kb, question)
    assert got.found and value in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Hvem er Aquadatas salgskonsulent?",  # another role than the one held
    "hvad koster overflytning af historik pr. kommune?",  # another basis
    "Hvor lang tid har vi til at rette fejl i målerrapporterne?",  # the kontrolrapport's time
])
def test_values_of_another_stay_unfound(kb, question: str) -> None:
    from knowledge.qa.pipeline import answer
    got = answer(kb, question)
    assert not got.found, got.answer


def test_a_contact_at_a_place_by_where_questions_go() -> None:
    from types import SimpleNamespace

    from knowledge.qa.gate.parties import _role_at_place
    text = "Spørgsmål til aftalen kan rettes til Sune Bjerregaard, Aquadata, sune@aquadata.dk."
    assert _role_at_place(SimpleNamespace(text="hvem er kontaktperson hos Aquadata for aftalen?"), text)
    # the place asked is not the one the sentence names
    assert not _role_at_place(SimpleNamespace(text="hvem er kontaktperson hos Netcompany for aftalen?"),
                              "Spørgsmål til aftalen kan rettes til Sune Bjerregaard, hos Aquadata.")
    # another role than a contact is not said by where questions go
    assert not _role_at_place(SimpleNamespace(text="hvem er projektleder hos Aquadata?"), text)

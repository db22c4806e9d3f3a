"""Signature and text-deadline kinds of the s39 golden set dev23, each with other wordings than the set's own:
a signed paper the task sends on with no signer named, a place in KLIK as recipient, a signing idiom with
'signatur', an approval then a signing joined by an adverb, and what a text deadline is about when the
sentence says it past a party, an indirect object, a reflexive, an infinitive or in the paragraph before."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

_TSV = ("*Opgavetitel\t(ABC 1) Opgave\n*Projekt\tKP\nBølger\tKP - Bølge 2\nMål\tOpgaven er løst.\n"
        "*Beskrivelse\t{description}\nMetode og fremgangsmåde\t{method}\nResultat\tOpgaven er løst.\n")


def _task(*paragraphs: str, steps: tuple[str, ...] = ("Læs opgaven", "Opdater status i KLIK")):
    method = "<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>"
    description = "".join(f"<p>{p}</p>" for p in paragraphs)
    return parse_text(_TSV.format(description=description, method=method))[0]


def _signed(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient) for s in task.signatures]


def _deadlines(task) -> list[tuple]:
    return [(d.days, d.unit.value, d.about) for d in task.text_deadlines]


@pytest.mark.parametrize("sentence", [
    "Den underskrevne leveranceaftale sendes til KMD.",
    "Den underskrevne leveranceaftale e-mailes til KMD.",
    "Når leveranceaftalen er underskrevet, returneres den til KMD.",
    "Når leveranceaftalen er underskrevet, sendes den videre til KMD.",
])
def test_a_signed_paper_the_task_sends_on_is_signed_by_the_municipality(sentence):
    assert _signed(_task(sentence)) == [("leveranceaftale", "kommunen", "KMD")]


@pytest.mark.parametrize("sentence", [
    "KMD sender den underskrevne leveranceaftale til kommunen.",  # it comes to us, signed by another
    "Gem den underskrevne leveranceaftale i ESDH.",  # kept, sent nowhere
    "Send en kopi af den underskrevne leveranceaftale til KMD.",  # a copy of a paper signed elsewhere
    "Leveranceaftalen er underskrevet af KMD.",  # done, by another party
])
def test_a_signed_paper_that_is_only_spoken_of_is_no_signature(sentence):
    assert _signed(_task(sentence)) == []


@pytest.mark.parametrize("place", ["KLIK-opgaven", "KOMBIT-portalen"])
def test_a_place_named_by_its_system_is_that_system(place):
    task = _task(f"KOMBIT sender en erklæring. Erklæringen underskrives af it-chefen og uploades til "
                 f"{place}.")
    assert _signed(task) == [("erklæring", "it-chefen", place.split("-")[0])]


@pytest.mark.parametrize("idiom", ["skal sætte sin signatur på", "sætter sin digitale signatur på",
                                   "skal sætte sin underskrift på"])
def test_a_signature_put_on_the_paper(idiom):
    task = _task(f"KMD sender en leveranceaftale. Økonomichefen {idiom} aftalen, før den sendes til KMD.")
    assert _signed(task) == [("leveranceaftale", "økonomichefen", "KMD")]


@pytest.mark.parametrize("adverb", ["derefter", "herefter", "først"])
def test_an_approval_then_a_signing_joined_by_an_adverb(adverb):
    task = _task(f"KMD sender en leveranceaftale. Aftalen skal godkendes af direktionen og {adverb} "
                 "underskrives af borgmesteren. Aftalen sendes retur til KMD.")
    assert _signed(task) == [("leveranceaftale", "borgmesteren", "KMD")]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Kommunen har frist til 4 uger før go-live med at bestille certifikaterne.", "certifikaterne"),
    ("KMD forventer at modtage stamdataudtrækket senest 4 uger før go-live.", "stamdataudtrækket"),
    ("I skal sende os jeres rolleoversigt senest 4 uger før go-live.", "rolleoversigt"),
    ("Send KMD jeres rolleoversigt senest 4 uger før go-live.", "rolleoversigt"),
    ("Kommunens it-afdeling skal åbne firewallen senest 4 uger før go-live.", "firewallen"),
    ("Leverandørens supportteam skal indlæse testdataene senest 4 uger før go-live.", "testdataene"),
    ("Kommunen tilmelder sig undervisningen senest 4 uger før go-live.", "undervisningen"),
    ("Kommunen kan tidligst begynde at oprette brugerne 4 uger før go-live.", "brugerne"),
    ("Det er vigtigt, at kommunen har lukket de gamle adgange senest 4 uger før go-live.", "gamle adgange"),
    ("Tilmeldingen lukker 4 uger før go-live.", "tilmeldingen"),
    ("Testplanen sendes til KMD, der skal have den senest 4 uger før go-live.", "testplanen"),
    # a subject of a few words and its verb in the present: what it does is done to the object
    ("Kommunens lønkontor indberetter satserne senest 4 uger før go-live.", "satserne"),
    ("KMD's konsulent konverterer sagerne senest 4 uger før go-live.", "sagerne"),
    ("Den lokale systemadministrator opretter brugerne senest 4 uger før go-live.", "brugerne"),
    ("Hver afdeling gennemgår sine arbejdsgange senest 4 uger før go-live.", "arbejdsgange"),
])
def test_what_a_deadline_is_about_said_past_the_subject(sentence, about):
    assert _deadlines(_task(sentence)) == [(-4, "uger", about)]


def test_a_deadline_whose_thing_is_in_the_paragraph_before():
    task = _task("Leverandøren udarbejder en fejlrapport efter testen.",
                 "Kommunen har 10 arbejdsdage fra modtagelsen til at gennemgå og kommentere den.")
    assert _deadlines(task) == [(10, "arbejdsdage", "fejlrapport")]


def test_a_list_item_does_not_take_the_thing_of_the_item_before():
    task = _task("- Kontrolrapport: udarbejdes af fagteamet.", "- Fristen er 10 arbejdsdage efter go-live.")
    assert _deadlines(task) == [(10, "arbejdsdage", None)]


def test_fristen_after_a_condition_is_about_the_paper_signed():
    task = _task("Digitaliseringsstyrelsen sender en tilslutningsblanket. Når blanketten er underskrevet, "
                 "mailes den til Digitaliseringsstyrelsen. Fristen er 30 dage før go-live.")
    assert _deadlines(task) == [(-30, "dage", "tilslutningsblanket")]

"""Signature and text-deadline kinds of the s38 golden set dev22, each with other wordings than the set's
own: two papers signed by one signer ('Begge ...', 'X og Y underskrives af ...'), a role whose area's name has
a comma, an agent after a deadline, and what a text deadline is about when the sentence does not name it."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

_TSV = ("*Opgavetitel\t(ABC 1) Opgave\n*Projekt\tKP\nBølger\tKP - Bølge 2\nMål\tOpgaven er løst.\n"
        "*Beskrivelse\t<p>{description}</p>\nMetode og fremgangsmåde\t{method}\nResultat\tOpgaven er løst.\n")


def _task(description: str, steps: tuple[str, ...] = ("Læs opgaven", "Opdater status i KLIK")):
    method = "<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>"
    return parse_text(_TSV.format(description=description, method=method))[0]


def _signed(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient) for s in task.signatures]


def _abouts(task) -> list:
    return [d.about for d in task.text_deadlines]


@pytest.mark.parametrize("both", ["Begge underskrives af", "Begge skal underskrives af",
                                  "Begge dele signeres af", "Begge aftaler underskrives af"])
def test_both_papers_named_before_are_signed_by_the_one_signer(both):
    task = _task(f"KMD sender en leveranceaftale og en serviceaftale. {both} it-chefen og sendes retur til "
                 "KMD.")
    assert _signed(task) == [("leveranceaftale", "it-chefen", "KMD"), ("serviceaftale", "it-chefen", "KMD")]


def test_both_copies_of_one_paper_are_no_pair():
    task = _task("KMD sender en leveranceaftale. Begge eksemplarer underskrives af it-chefen.")
    assert [s.document for s in task.signatures] == ["leveranceaftale"]


@pytest.mark.parametrize("pair", ["Kontrakten og bilaget", "Kontrakten samt bilaget"])
def test_two_papers_joined_as_the_subject_of_a_passive(pair):
    task = _task(f"KMD sender en kontrakt og et bilag. {pair} underskrives af borgmesteren og mailes til "
                 "KMD.",
                 ("Modtag kontrakten og bilaget", "Borgmesteren underskriver kontrakten og bilaget",
                  "Mail kontrakten og bilaget til KMD"))
    assert [(s.document, s.signer, s.recipient, s.signed_step) for s in task.signatures] == [
        ("kontrakt", "borgmesteren", "KMD", 2), ("bilag", "borgmesteren", "KMD", 2)]


@pytest.mark.parametrize("area", ["Kultur, Fritid og Borgerservice", "Børn, Unge, Skole og Familie"])
def test_a_role_whose_area_has_a_comma(area):
    task = _task(f"KMD sender en leveranceaftale. Aftalen underskrives af direktøren for {area} og sendes "
                 "til KMD.",
                 ("Modtag leveranceaftalen", f"Direktøren for {area} underskriver leveranceaftalen",
                  "Send leveranceaftalen til KMD"))
    assert _signed(task) == [("leveranceaftale", f"direktøren for {area}", "KMD")]


def test_the_agent_after_a_deadline():
    task = _task("KOMBIT sender en fuldmagt. Fuldmagten godkendes senest 14 dage før go-live af it-chefen.")
    assert _signed(task)[0][:2] == ("fuldmagt", "it-chefen")


def test_the_municipality_is_no_paper_a_relative_clause_signs():
    task = _task("KMD sender en driftsaftale til kommunen, som skal underskrives af it-chefen.")
    assert [s.document for s in task.signatures] == ["driftsaftale"]


@pytest.mark.parametrize(("description", "about"), [
    ("Senest 4 uger før go-live skal alle gamle brugere i det nuværende system være slettet.",
     "gamle brugere i det nuværende system"),
    ("Kommunen får udleveret en testplan. Det forventes, at den er gennemgået senest 10 dage før "
     "go-live.",
     "testplan"),
    ("Kommunen skal udfylde og indsende skemaet om adresser senest 2 uger før go-live.",
     "skemaet om adresser"),
    ("Kommunen skal rydde op i postkasserne. Dette sker senest 3 uger før go-live.", "postkasserne"),
    ("Kvitteringen sendes til KMD. KMD skal have den senest 5 dage før go-live.", "kvitteringen"),
])
def test_what_a_deadline_is_about_when_its_sentence_does_not_say_it_plainly(description, about):
    assert _abouts(_task(description)) == [about]


def test_a_bare_step_with_a_deadline_is_about_the_paper_of_the_steps_before():
    task = _task("KMD sender en serviceaftale.",
                 ("Modtag serviceaftalen", "It-chefen underskriver",
                  "Returner senest 10 arbejdsdage efter modtagelsen"))
    assert _abouts(task) == ["serviceaftale"]


def test_both_papers_a_passive_deadline_is_about():
    task = _task("KMD sender en serviceaftale og en leveranceaftale. Begge underskrives af it-chefen. "
                 "Begge skal returneres senest 14 dage før go-live.")
    assert _abouts(task) == ["leveranceaftale og serviceaftale"]


@pytest.mark.parametrize("who", ["chefen for IT, Digitalisering og Data",
                                 "centerchefen for Myndighed og Ydelser",
                                 "lederen for Ældre, Handicap og Psykiatri"])
def test_a_role_with_its_area_after_af(who):
    task = _task(f"KMD sender en hostingaftale. Aftalen underskrives af {who} og returneres til KMD.")
    assert _signed(task) == [("hostingaftale", who, "KMD")]


def test_a_subject_of_two_roles_one_with_an_area():
    task = _task("KMD sender en driftsaftale.", (
        "Modtag driftsaftalen",
        "Chefen for Løn og Personale og kommunaldirektøren underskriver driftsaftalen",
        "Send driftsaftalen til KMD"))
    assert _signed(task) == [("driftsaftale", "chefen for Løn og Personale og kommunaldirektøren", "KMD")]


def test_the_paper_an_appendix_belongs_to_is_no_recipient():
    task = _task("Leverandøren sender et bilag til kontrakten. Bilaget skal underskrives af indkøbschefen.")
    assert [s.recipient for s in task.signatures] != ["kontrakten"]


@pytest.mark.parametrize(("description", "about"), [
    ("KMD leverer testbreve senest 3 uger før go-live, og kommunen skal gennemgå dem senest 1 uge før "
     "go-live.",
     ["testbreve", "testbreve"]),
    ("Husk, at der er oprettet roller til alle superbrugere senest 4 dage før go-live.", ["roller"]),
])
def test_a_pronoun_object_or_a_state_after_der(description, about):
    assert _abouts(_task(description)) == about


def test_a_generic_word_for_the_papers_is_none_of_the_pair():
    task = _task("De to dokumenter underskrives af forskellige personer: Rammeaftalen underskrives af "
                 "borgmesteren, mens instruksen underskrives af it-chefen. Begge aftaler sendes fra KMD. "
                 "De skal returneres underskrevet til KMD.")
    assert [(s.document, s.signer) for s in task.signatures] == [
        ("rammeaftale", "borgmesteren"), ("instruks", "it-chefen")]

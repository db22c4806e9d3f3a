"""Recipients and deadline subjects said apart from the signing (issue 8, dev7): a label 'Modtager: X'
beside 'Underskriver: Y' names who gets the task's one paper, before a system it is uploaded in, but not
in a text that says nothing of the paper ('Modtager: borgerne'); 'Derefter skal KOMBIT have den' (the party
after the verb); English 'After signature by X, the consent form is uploaded' and a step's 'the form' for
the one 'consent form'; a deadline in a clause after a semicolon is about that clause's subject."""

from __future__ import annotations

from knowledge.deadlines import sentence_deadlines
from knowledge.models import MethodStep, Task
from knowledge.parse import parse_text
from knowledge.signatures import extract_signatures


def _task(description: str, steps: list[str] = ()) -> Task:
    return Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])


def _sigs(description: str, steps: list[str] = ()):
    return [(s.document, s.signer, s.recipient) for s in extract_signatures(_task(description, steps))]


def _parsed(description: str, steps: list[str]) -> list[tuple]:
    """The signatures of a whole export with these texts (the readers of labels and English included)."""
    method = "\n".join(f"{n}. {text}" for n, text in enumerate(steps, 1))
    text = (f"## X 1 (A) Opgave\n\n**Master-opgave ID** 1\n\n**Opgavetitel** X 1 (A) Opgave\n\n"
            f"**Beskrivelse** {description}\n\n**Metode og fremgangsmåde** {method}\n\n**Resultat** Klar.\n")
    return [(s.document, s.signer, s.recipient, s.steps, s.signed_step)
            for s in parse_text(text)[0].signatures]


def test_a_recipient_label_beside_the_paper_names_who_gets_it_before_the_system():
    description = ("Rammeaftalen skal underskrives.\n\n- Underskriver: kommunaldirektøren\n"
                   "- Modtager: KOMBIT\n- Frist: senest 6 uger før go-live")
    steps = ["Hent rammeaftalen i KLIK", "Få rammeaftalen underskrevet", "Upload rammeaftalen i KLIK"]
    assert _parsed(description, steps) == [("rammeaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 2)]
    assert _parsed(description.replace("Modtager: KOMBIT", "Modtageren er KMD"), steps)[0][2] == "KMD"


def test_a_recipient_label_in_a_text_that_does_not_speak_of_the_paper_names_nobody():
    description = "Aftalen underskrives af direktøren og uploades i KLIK."
    task = _task(description, ["Send et testbrev", "Modtager: borgerne i testgruppen"])
    assert [(s.document, s.recipient) for s in extract_signatures(task)] == [("aftale", "KLIK")]


def test_a_party_after_the_verb_gets_the_paper():
    assert _sigs("Aftalen underskrives af direktøren. Derefter skal KOMBIT have den.") == \
        [("aftale", "direktøren", "KOMBIT")]


def test_english_signature_by_names_the_paper_and_a_step_names_it_short():
    got = _parsed("After signature by the chief executive, the consent form is uploaded to KLIK.",
                  ["Receive the consent form from KOMBIT", "The chief executive signs the form",
                   "Upload the form to KLIK"])
    assert got == [("consent form", "chief executive", "KLIK", [1, 2, 3], 2)]


def test_a_deadline_after_a_semicolon_is_about_that_clause():
    sentence = ("Test af forsendelser gennemføres i perioden op til go-live; testen skal være afsluttet "
                "senest 5 hverdage før go-live.")
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.anchor, deadline.about) == (-5, "go-live", "testen")


def test_a_person_by_name_then_her_organisation_is_the_organisation():
    assert _sigs("Aftalen underskrives af direktøren og sendes til Anne Jensen, KOMBIT.") == \
        [("aftale", "direktøren", "KOMBIT")]


def test_the_task_itself_is_no_recipient_but_the_system_after_it_is():
    assert _sigs("Aftalen underskrives af direktøren og uploades som bilag til opgaven i KLIK.") == \
        [("aftale", "direktøren", "KLIK")]


def test_an_abbreviation_before_a_name_ends_no_sentence():
    from knowledge.extract import sentences

    said = "Erklæringen sendes til Udbetaling Danmark pr. Digital Post senest 5 uger før go-live."
    assert len(sentences(said)) == 1
    assert len(sentences("Aftalen returneres til KOMBIT, att. Jura. Derefter er opgaven løst.")) == 2


def test_any_word_for_a_deadline_refers_to_the_paper_not_to_its_copies():
    previous = ("Begge eksemplarer underskrives af chefen, og det ene eksemplar returneres til KOMBIT.",)
    [deadline] = sentence_deadlines("Returfristen er 3 uger efter modtagelsen.", documents={"afsenderaftale"},
                                    previous=previous)
    assert (deadline.days, deadline.anchor, deadline.about) == (3, "modtagelse", "afsenderaftale")


def test_a_signature_put_on_an_assessment_signs_it():
    got = _sigs("Indhent underskrift fra kommunens it-sikkerhedschef på risikovurderingen.")
    assert got == [("risikovurdering", "kommunens it-sikkerhedschef", None)]
    assert _sigs("Efter en vurdering af behovet godkendes adgangen af it-chefen.") == []

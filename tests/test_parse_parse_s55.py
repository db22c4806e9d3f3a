"""Session 55, the export parser (texts written for these tests: bathing jetties, allotment sheds, dog
forests): a thing a committee adopts that is no paper by its word ('reglerne', 'ordningen') is tracked like a
signature when the task sends it on to a party, in the same sentence or in one of its own; a field that
mixes lines written as text (a list, a table) with an HTML paragraph keeps its lines."""

from __future__ import annotations

from knowledge.parse import parse_text


def _export(description: str, method: str, title: str = "BADE 2 Regler for badebroerne") -> str:
    return (f"## {title}\n\n**Master-opgave ID** 5502\n\n"
            f"**Opgavetitel** {title}\n\n"
            f"**Projekt** Fælles Badebroer\n\n**Bølger** Badebroer - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            f"**Metode og fremgangsmåde** {method}\n\n**Resultat** Opgaven er løst.\n")


def _task(description: str, method: str, title: str = "BADE 2 Regler for badebroerne"):
    [task] = parse_text(_export(description, method, title))
    return task


_METHOD = ("1) Skriv et udkast til reglerne 2) Få reglerne vedtaget i teknik- og havneudvalget "
           "3) Send reglerne og listen over broerne til Molevig Bådservice 4) Tjek kortet")


def test_rules_adopted_and_sent_on_in_a_sentence_of_their_own_are_tracked():
    task = _task("Ordensreglerne gælder alle broer. Reglerne vedtages af teknik- og havneudvalget. "
                 "De vedtagne regler sendes sammen med en liste over broerne til Molevig Bådservice senest "
                 "20 dage før go-live. Molevig Bådservice lægger reglerne på Brokortet inden for 4 dage "
                 "efter modtagelsen.", _METHOD)
    [signature] = task.signatures
    assert signature.document == "regler"
    assert signature.signer == "teknik- og havneudvalget"
    assert signature.recipient == "Molevig Bådservice"
    assert signature.signed_step == 2
    received = [d for d in task.text_deadlines if d.anchor == "modtagelse"]
    assert [d.about for d in received] == ["regler"]


def test_rules_adopted_and_sent_with_a_list_of_many_words_are_tracked():
    task = _task("Reglerne vedtages af teknik- og havneudvalget og sendes med en liste over alle broerne til "
                 "Molevig Bådservice senest 20 dage før go-live.", _METHOD)
    assert [s.document for s in task.signatures] == ["regler"]


def test_rules_adopted_and_never_sent_on_stay_the_councils_decision():
    task = _task("Reglerne vedtages af teknik- og havneudvalget. Herefter gælder de for alle broer.",
                 "1) Skriv et udkast til reglerne 2) Få reglerne vedtaget i teknik- og havneudvalget "
                 "3) Sæt skilte op ved broerne")
    assert task.signatures == []

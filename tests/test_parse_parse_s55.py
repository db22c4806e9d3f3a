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


_MIXED = ("Molevig Bådservice opretter broerne ud fra det broskema, kommunen sender. Skemaet har disse "
          "kolonner:\n\n- Bronavn\n- Længde\n- Stige (ja/nej)\n\nBadetiderne afhænger af brotypen:\n\n"
          "| Brotype | Sommer | Vinter |\n|----|----|----|\n| Træbro | 6.00-23.00 | 8.00-16.00 |\n"
          "| Flydebro | 7.00-22.00 | lukket |\n\nBroskemaet godkendes af havnefogeden, som sender det til "
          "Molevig Bådservice senest 12 arbejdsdage før go-live.\n\n<p>Sådan gør I: 1) Hent skabelonen "
          "2) Udfyld en række pr. bro 3) Send skemaet</p>\n\nKontakt: Per Kølsen, per@molevig.dk")


def test_a_field_with_an_html_paragraph_keeps_its_text_lines():
    task = _task(_MIXED, "1) Hent skabelonen 2) Udfyld skemaet 3) Send skemaet til Molevig Bådservice",
                 title="BADE 3 Broskema")
    assert "- Bronavn\n- Længde\n- Stige (ja/nej)" in task.description
    facts = {(f.subject, f.context, f.value) for f in task.facts}
    assert ("Flydebro", "vinter", "lukket") in facts
    [deadline] = task.text_deadlines
    assert deadline.about == "broskema"
    assert deadline.text.startswith("Broskemaet godkendes")
    assert "Sådan gør I: 1) Hent skabelonen 2) Udfyld en række pr. bro 3) Send skemaet" in task.description


def test_a_field_of_html_alone_reads_as_before():
    task = _task("<p>Broskemaet godkendes af havnefogeden.</p><ul><li>Bronavn</li><li>Længde</li></ul>",
                 "1) Hent skabelonen 2) Send skemaet til Molevig Bådservice", title="BADE 3 Broskema")
    assert task.description == "Broskemaet godkendes af havnefogeden.\n\n- Bronavn\n- Længde"

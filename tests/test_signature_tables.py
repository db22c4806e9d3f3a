"""Signatures stated as data (knowledge/signature_tables.py): a table row with the paper and who signs
it, and labelled lines 'Underskriver: ...', 'Modtager: ...' for the task's one paper; a status column
or a table of other things gives no signature."""

from __future__ import annotations

from test_signature_step_wordings import TASK

from knowledge.parse import parse_text

_TABLE = ("<p>Følgende papirer hører til opgaven:</p><table><tr><th>Papir</th><th>Skal underskrives af</th>"
          "<th>Returneres til</th><th>Frist</th></tr><tr><td>Samarbejdsaftale</td><td>Borgmesteren</td>"
          "<td>KOMBIT</td><td>Senest 30 dage før go-live</td></tr><tr><td>Bilag 2 (sikkerhed)</td>"
          "<td>It-sikkerhedschefen</td><td>KOMBIT</td><td>Senest 14 dage før go-live</td></tr></table>")


def _task(description: str, steps: list[str]):
    [task] = parse_text(TASK.format(description=description,
                                    steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))))
    return task


def test_a_table_row_names_the_paper_its_signer_and_recipient():
    task = _task(_TABLE, ["Hent dokumenterne i KLIK", "Få dokumenterne underskrevet",
                          "Send dokumenterne til KOMBIT"])
    assert [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in task.signatures] == [("samarbejdsaftale", "borgmesteren", "KOMBIT", [1, 2, 3], 1, 2, 3),
                                          ("bilag 2", "it-sikkerhedschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)]
    assert [(d.days, d.about) for d in task.text_deadlines] == [(-30, "samarbejdsaftale"), (-14, "bilag 2")]


def test_a_table_fills_in_the_signer_the_text_left_out():
    task = _task(_TABLE.replace("<tr><td>Bilag 2 (sikkerhed)</td><td>It-sikkerhedschefen</td><td>KOMBIT</td>"
                                "<td>Senest 14 dage før go-live</td></tr>", ""),
                 ["Modtag samarbejdsaftalen", "Underskriv samarbejdsaftalen", "Returnér aftalen"])
    assert [(s.document, s.signer, s.recipient) for s in task.signatures] == [
        ("samarbejdsaftale", "borgmesteren", "KOMBIT")]


def test_labelled_lines_say_who_signs_and_who_gets_it():
    task = _task("<ul><li>Dokument: Fuldmagt</li><li>Underskriver: Borgmesteren</li><li>Modtager: KOMBIT</li>"
                 "</ul>", ["Hent fuldmagten", "Få den underskrevet", "Send den"])
    assert [(s.document, s.signer, s.recipient) for s in task.signatures] == [
        ("fuldmagt", "borgmesteren", "KOMBIT")]


def test_a_status_column_or_a_table_of_other_things_is_no_signature():
    status = ("<table><tr><th>Dokument</th><th>Godkendt</th></tr><tr><td>Testplan</td><td>Ja</td></tr>"
              "<tr><td>Testrapport</td><td>12-03-2027</td></tr></table>")
    people = ("<table><tr><th>Rolle</th><th>Navn</th></tr><tr><td>Systemejer</td><td>Anna</td></tr></table>")
    assert _task(status, ["Gennemfør testen"]).signatures == []
    assert _task(people, ["Udpeg rollerne"]).signatures == []

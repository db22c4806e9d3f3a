"""Method steps, signatures and text deadlines (branch s23-steps): steps written in the description,
steps named by what they do, papers nobody signs."""

from __future__ import annotations

from knowledge.described_steps import described_steps
from knowledge.parse import parse_text

_TSV = (
    "*Opgavetitel\t(ZZ 1) {title}\n*Projekt\tZetaprojekt\n"
    "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tObligatorisk\n"
    "Mål\tAlt er klar.\n*Beskrivelse\t{description}\n{method}Resultat\tFærdig.\n"
)


def _task(description: str, method: str = "", title: str = "Klargøring af zetasystemet"):
    line = f"Metode og fremgangsmåde\t{method}\n" if method else ""
    return parse_text(_TSV.format(title=title, description=description, method=line))[0]


def test_inline_steps_after_a_lead_in_the_description_become_the_method():
    task = _task("<p>Systemet skal være klar.</p><p>Fremgangsmåden er: 1) hent filen, "
                 "2) kontrollér filen, 3) send filen til leverandøren.</p>")
    assert [s.text for s in task.method_steps] == [
        "Hent filen", "Kontrollér filen", "Send filen til leverandøren."]


def test_trin_paragraphs_in_the_description_become_the_method():
    task = _task("<p>Indledning.</p><p>Trin 1: Opret brugerne.</p><p>Trin 2: Tildel roller.</p>"
                 "<p>Trin 3: Test adgangen.</p>")
    assert [s.number for s in task.method_steps] == [1, 2, 3]
    assert task.step(2).text.startswith("Tildel roller")


def test_a_numbered_list_without_a_lead_is_not_taken_for_steps():
    assert described_steps("Systemet har to dele: kerne og klient.\n\n1. maj er fristen.") == []
    assert described_steps("Priserne:\n\n1) grundpris 2) tillæg") == []


def test_a_method_field_wins_over_steps_in_the_description():
    task = _task("<p>Fremgangsmåde: 1) a-trin 2) b-trin</p>", method="<ol><li>Eget trin</li><li>Andet</li></ol>")
    assert [s.text for s in task.method_steps] == ["Eget trin", "Andet"]

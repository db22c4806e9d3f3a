"""What a text deadline is about when the sentence that holds it does not name it: another cell of
its table row, an earlier sentence of its list item, or the object of an imperative."""

from __future__ import annotations

import pytest

from knowledge.deadlines import extract_deadlines
from knowledge.models import MethodStep, Signature, Task
from knowledge.parse import parse_text


def _abouts(description="", steps=(), signatures=()):
    task = Task(id="1", title="t", description=description, signatures=list(signatures),
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])
    return [(d.days, d.about) for d in extract_deadlines(task)]


def test_a_table_row_names_what_its_deadline_cell_is_about():
    text = ("*Opgavetitel\t(TB 1) Leverancer\n*Beskrivelse\t<p>Leverancer:</p><table><tr><th>Leverance</th>"
            "<th>Ansvarlig</th><th>Frist</th></tr><tr><td>Brevskabeloner</td><td>Borgerservice</td>"
            "<td>Senest 3 uger før go-live</td></tr><tr><td>Testplan</td><td>IT</td><td>Senest 6 uger før "
            "go-live</td></tr></table>\n")
    (task,) = parse_text(text)
    assert "Senest 3 uger før go-live" in task.description.split("\n")  # the text keeps one cell a line
    assert [(d.days, d.about) for d in task.text_deadlines] == [(-3, "brevskabeloner"), (-6, "testplan")]


def test_a_row_with_a_signed_document_is_about_that_document():
    signed = [Signature(document="bilag 2", signer="direktøren")]
    assert _abouts("| Bilag 2 - databehandlerinstruks | Direktøren | Senest 20 dage før go-live |",
                   signatures=signed) == [(-20, "bilag 2")]  # a markdown table row
    assert _abouts("| Leverance | Frist |\n| Kontrolrapport | Senest 20 dage før go-live |") == [
        (-20, "kontrolrapport")]


@pytest.mark.parametrize("item", [
    "- Kontrolrapport: Skal dække 30 sager. Den sendes til KOMBIT senest 10 arbejdsdage efter go-live.",
    "- Kontrolrapport: Udarbejdes af fagteamet. Fristen er 10 arbejdsdage efter go-live.",
    "- Kontrolrapport: Udarbejdes af fagteamet. Senest 10 arbejdsdage efter go-live.",
    "Kontrolrapporten udarbejdes af fagteamet. Den skal være færdig senest 10 arbejdsdage efter go-live.",
    "- Kontrolrapport: Udarbejdes af fagteamet. Bemærk, at fristen er 10 arbejdsdage efter go-live.",
])
def test_an_earlier_sentence_of_the_item_says_what_the_deadline_is_about(item):
    assert [a for _, a in _abouts("Leverancer:\n" + item)] in (["kontrolrapport"], ["kontrolrapporten"])


def test_a_step_that_names_its_object_then_its_deadline():
    step = "Udfyld skemaet. Det skal være sendt senest 14 dage før go-live."
    assert _abouts(steps=[step]) == [(-14, "skemaet")]
    assert _abouts("Bemærk: Den sendes senest 14 dage før go-live.") == [(-14, None)]  # a note names nothing


def test_the_next_item_does_not_inherit_the_subject():
    abouts = _abouts("- Kontrolrapport: Udarbejdes af fagteamet.\n- Fristen er 10 arbejdsdage efter go-live.")
    assert abouts == [(10, None)]


def test_a_sentence_about_something_else_keeps_its_own_subject():
    assert _abouts("Kontrolrapporten udarbejdes af fagteamet. Det er vigtigt, at testen er færdig senest "
                   "2 uger før go-live.") == [(-2, "testen")]


@pytest.mark.parametrize(("step", "about"), [
    ("Send testprotokollen til KOMBIT senest 14 dage før go-live", "testprotokollen"),
    ("Indsend jeres udfyldte skema til KMD senest 5 arbejdsdage efter modtagelsen", "udfyldte skema"),
    ("Aflever listen over nye brugere til KMD senest 2 uger før go-live", "listen over nye brugere"),
    ("Husk at sende skabelonen til KOMBIT senest 14 dage før go-live", "skabelonen"),
    ("Sørg for at returnere listen senest 14 dage før go-live", "listen"),
    ("Send den til KOMBIT senest 14 dage før go-live", "trin 1"),  # which one is not said here
    ("Svar senest 3 uger før go-live", "trin 1"),  # no object
])
def test_the_object_of_an_imperative(step, about):
    assert [a for _, a in _abouts(steps=[step])] == [about]

"""Export structures of the s37 golden set dev21 (rich-text list items, steps on one line, other method
labels, checklists, flattened and markdown tables, a tab-separated file cut in a label), each with other
wordings than the set's own."""

from __future__ import annotations

import pytest

from knowledge.errors import ParseError
from knowledge.parse import parse_text

_TSV = ("*Opgavetitel\t(ABC 1) Aftale om {what}\n*Projekt\tKP\nBølger\tKP - Bølge 2\nMål\tOpgaven er løst.\n"
        "*Beskrivelse\t{description}\n{label}\t{method}\nResultat\tOpgaven er løst.\n")
_MD = ("## KP 9 Aftale\n\n**Master-opgave ID** 9901\n\n**Opgavetitel** KP 9 Aftale\n\n**Projekt** KP\n\n"
       "**Bølger** KP - Bølge 2\n\n**Beskrivelse** {description}\n\n**Metode og fremgangsmåde** {method}\n\n"
       "**Resultat** Opgaven er løst.\n")


def _tsv(method: str, *, label: str = "Metode og fremgangsmåde",
         description: str = "<p>Leveranceaftalen underskrives af økonomichefen og sendes til KMD.</p>"):
    return parse_text(_TSV.format(what="levering", description=description, label=label, method=method))[0]


def _md(description: str, method: str = "1. Læs opgaven\n2. Opdater udførelsesstatus i KLIK"):
    return parse_text(_MD.format(description=description, method=method))[0]


def _signature(task) -> tuple:
    s = task.signatures[0]
    return s.document, s.signer, s.recipient, s.received_step, s.signed_step, s.returned_step


def test_paragraphs_inside_a_list_item_keep_it_one_step():
    task = _tsv("<ol><li><p>Modtag leveranceaftalen fra KMD</p><p>Den kommer med posten.</p></li>"
                "<li><div>Økonomichefen underskriver leveranceaftalen</div></li>"
                "<li><p>Send leveranceaftalen<br>til KMD</p></li></ol>")
    assert [s.text for s in task.method_steps] == [
        "Modtag leveranceaftalen fra KMD Den kommer med posten.",
        "Økonomichefen underskriver leveranceaftalen", "Send leveranceaftalen til KMD"]
    assert _signature(task) == ("leveranceaftale", "økonomichefen", "KMD", 1, 2, 3)


@pytest.mark.parametrize("label", ["Fremgangsmåde", "Aktiviteter", "Method", "Metode"])
def test_the_method_field_under_another_label(label):
    task = _tsv("<ol><li>Modtag aftalen</li><li>Underskriv aftalen</li><li>Send aftalen til KMD</li></ol>",
                label=label)
    assert len(task.method_steps) == 3


@pytest.mark.parametrize("method", [
    "Trin 1: Modtag leveranceaftalen. Trin 2: Økonomichefen underskriver den. Trin 3: Send den til KMD.",
    "Step 1. Modtag leveranceaftalen. Step 2. Økonomichefen underskriver den. Step 3. Send den til KMD.",
    "a) Modtag leveranceaftalen b) Økonomichefen underskriver den c) Send den til KMD",
    "- Modtag leveranceaftalen - Økonomichefen underskriver den - Send den til KMD",
])
def test_steps_written_on_one_line(method):
    task = _tsv(method)
    assert len(task.method_steps) == 3
    assert _signature(task) == ("leveranceaftale", "økonomichefen", "KMD", 1, 2, 3)


def test_a_step_word_or_letter_inside_a_sentence_splits_nothing():
    task = _tsv("1. Læs afsnittet om trin 2: det beskriver opsætningen\n2. Vælg mulighed b) i skemaet")
    assert len(task.method_steps) == 2


def test_a_checklist_box_is_a_marker():
    task = _md("Inden go-live:\n\n- [ ] Nødproceduren er afprøvet senest 10 dage før go-live\n"
               "- [x] Kontaktlisten er ajour")
    (deadline,) = task.text_deadlines
    assert (deadline.days, deadline.about) == (-10, "nødproceduren")
    assert not deadline.text.startswith("[")


def test_a_flattened_table_row_says_what_its_deadline_concerns():
    task = _md("Nr\n\n**Opgave****Frist**\n\n1\n\n**Indberetning af kontaktpersoner**\n\n"
               "Senest 8 uger før go-live\n\n2\n\n**Prøvekørsel**\n\nSenest 3 uger før go-live")
    assert sorted((d.days, d.about) for d in task.text_deadlines) == [
        (-56, "indberetning af kontaktpersoner"), (-21, "prøvekørsel")] or sorted(
        (d.days, d.unit.value, d.about) for d in task.text_deadlines) == [
        (-8, "uger", "indberetning af kontaktpersoner"), (-3, "uger", "prøvekørsel")]


def test_a_markdown_table_names_papers_signers_and_recipients():
    task = _md("| Bilag | Underskriver | Returneres til |\n|---|---|---|\n"
               "| Driftsaftale | Borgmesteren | KOMBIT |\n| Supportaftale | It-chefen | Netcompany |",
               "1. Modtag aftalerne\n2. Få aftalerne underskrevet\n3. Returner aftalerne")
    assert sorted((s.document, s.signer, s.recipient) for s in task.signatures) == [
        ("driftsaftale", "borgmesteren", "KOMBIT"), ("supportaftale", "it-chefen", "Netcompany")]


def test_a_deadline_said_twice_is_kept_where_it_says_what_it_concerns():
    task = _tsv("<ol><li>Find de gamle konti</li>"
                "<li>Luk de gamle konti senest 5 dage efter go-live</li></ol>",
                description="<p>De gamle konti skal lukkes.</p><p>Frist: senest 5 dage efter go-live.</p>")
    assert [(d.days, d.about) for d in task.text_deadlines] == [(5, "gamle konti")]


def test_an_english_quantifier_is_not_what_a_deadline_concerns():
    task = _tsv("<ol><li>Collect the list</li><li>Create the users</li></ol>",
                description="<p>Every caseworker must be trained no later than 3 weeks before go-live.</p>")
    assert [(d.days, d.unit.value, d.about) for d in task.text_deadlines] == [(-3, "uger", "caseworker")]


def test_a_tab_separated_export_cut_inside_a_label_is_refused():
    whole = _TSV.format(what="a", description="<p>Tekst.</p>", label="Metode og fremgangsmåde",
                        method="<ol><li>Gør det</li></ol>")
    text = whole + whole.replace("ABC 1", "ABC 2")
    with pytest.raises(ParseError, match="ABC 2"):
        parse_text(text[:text.rfind("Resultat") + 4])
    assert len(parse_text(text)) == 2


@pytest.mark.parametrize("marker", ["{n}: ", "({n}) ", "{n}.) ", "{n} - "])
@pytest.mark.parametrize("join", [" ", "\n"])
def test_steps_numbered_other_ways(marker, join):
    items = ["Modtag leveranceaftalen fra KMD", "Økonomichefen underskriver den", "Send den til KMD"]
    task = _tsv(join.join(marker.format(n=n) + item for n, item in enumerate(items, 1)))
    assert [s.text for s in task.method_steps] == items
    assert _signature(task) == ("leveranceaftale", "økonomichefen", "KMD", 1, 2, 3)


def test_a_number_before_a_dash_in_a_step_is_no_new_step():
    task = _tsv("1. Aftal et møde 3 - 5 dage før testen\n2. Hold mødet")
    assert len(task.method_steps) == 2


@pytest.mark.parametrize("label", [
    "### Metode og fremgangsmåde\n\n", "__Metode og fremgangsmåde__ ", "*Metode og fremgangsmåde* ",
    "**Metode og fremgangsmåde**: ", "**Fremgangsmåde og metode** "])
def test_a_markdown_method_label_written_another_way(label):
    text = _MD.format(description="Leveranceaftalen underskrives af økonomichefen og sendes til KMD.",
                      method="").replace("**Metode og fremgangsmåde** ", label + (
        "1. Modtag leveranceaftalen\n2. Økonomichefen underskriver den\n3. Send den til KMD"))
    task = parse_text(text)[0]
    assert [s.text for s in task.method_steps][0] == "Modtag leveranceaftalen"
    assert _signature(task) == ("leveranceaftale", "økonomichefen", "KMD", 1, 2, 3)


def test_an_italic_sentence_in_a_description_is_no_label():
    task = _md("Se vejledningen.\n\n*Opgaven er tæt relateret til arbejdet med snitfladerne i KY*\n\n"
               "Mere tekst.")
    assert "relateret" in task.description and not task.related_tasks


def test_html_saved_escaped_is_read_as_html():
    task = _tsv("&lt;ol&gt;&lt;li&gt;Modtag leveranceaftalen&lt;/li&gt;"
                "&lt;li&gt;Økonomichefen underskriver den&lt;/li&gt;"
                "&lt;li&gt;Send den til KMD&lt;/li&gt;&lt;/ol&gt;")
    assert [s.text for s in task.method_steps] == [
        "Modtag leveranceaftalen", "Økonomichefen underskriver den", "Send den til KMD"]


def test_plus_bullets_and_steps_after_an_introduction():
    plus = _md("Leveranceaftalen underskrives af økonomichefen og sendes til KMD.",
               "\n\n+ Modtag leveranceaftalen\n+ Økonomichefen underskriver den\n+ Send den til KMD")
    intro = _tsv("Gør sådan: 1) Modtag leveranceaftalen 2) Økonomichefen underskriver den "
                 "3) Send den til KMD")
    for task in (plus, intro):
        assert [s.text for s in task.method_steps][0] == "Modtag leveranceaftalen"
        assert _signature(task) == ("leveranceaftale", "økonomichefen", "KMD", 1, 2, 3)


def test_a_deadline_on_it_in_a_step_concerns_what_the_step_before_names():
    task = _tsv("<ol><li>Udarbejd beredskabsplanen</li>"
                "<li>Send den til KOMBIT senest 3 uger før go-live</li></ol>",
                description="<p>Kommunen skal have en beredskabsplan.</p>")
    got = [(d.days, d.unit.value, d.about) for d in task.text_deadlines]
    assert got == [(-3, "uger", "beredskabsplanen")]

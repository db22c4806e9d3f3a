"""Session 60, the export parser (texts written for these tests: a bathing jetty's rules, a tool library, a
community garden): an article before an adjective and its noun ('De frivillige hjælpere ...', 'Den lokale
kasserer ...') opens a sentence that names its own thing; it is no pronoun for the paper named before."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str) -> str:
    return ("## BADE 4 Badebroens ordensregler\n\n**Master-opgave ID** 8821\n\n"
            "**Opgavetitel** BADE 4 Badebroens ordensregler\n\n"
            "**Projekt** Fælles Badebroer\n\n**Bølger** Badebroer - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            "**Metode og fremgangsmåde** 1. Skriv udkastet\n2. Få det vedtaget\n"
            "3. Send det til leverandøren\n\n"
            "**Resultat** Opgaven er løst.\n")


def _abouts(description: str) -> list[str | None]:
    [task] = parse_text(_export(description))
    return [d.about for d in task.text_deadlines]


_ADOPTED = ("Badereglementet vedtages af teknik- og miljøudvalget og sendes til Bølgedata senest 3 uger "
            "før go-live.")


@pytest.mark.parametrize(("sentence", "about"), [
    ("De frivillige livreddere tilmelder sig senest 10 dage før badesæsonen starter.", "tilmelde sig"),
    ("De lokale værktøjsværter skal gennemføre introkurset senest 2 uger før go-live.", "introkurset"),
    ("Den ansvarlige havevært skal sende plantelisten senest 5 dage før go-live.", "plantelisten"),
])
def test_an_article_before_an_adjective_is_no_pronoun_for_the_paper(sentence, about):
    abouts = _abouts(f"{_ADOPTED} {sentence}")
    assert abouts[-1] == about


@pytest.mark.parametrize("sentence", [  # controls: a pronoun first still stands for the paper
    "Den skal være underskrevet senest 10 dage før go-live.",
    "Derefter uploades det til portalen senest 10 dage før go-live.",
])
def test_a_pronoun_first_is_still_the_paper(sentence):
    abouts = _abouts(f"{_ADOPTED} {sentence}")
    assert abouts[-1] == "badereglement"


def _mixed_export(table: str) -> str:
    """A field of bare text written in paragraphs, a markdown table among them, then an HTML paragraph."""
    return ("## VRKT 2 Udlånslisten for værktøjsbiblioteket\n\n**Master-opgave ID** 8834\n\n"
            "**Opgavetitel** VRKT 2 Udlånslisten for værktøjsbiblioteket\n\n"
            "**Projekt** Fælles Værktøjsbibliotek\n\n**Bølger** Værktøj - Bølge 1\n\n"
            "**Beskrivelse** Kommunen udarbejder en udlånsliste for hvert bibliotek.\n\n"
            "Udlånstider pr. værktøjstype:\n\n"
            f"{table}\n\n"
            "Udlånslisten godkendes af chefen for Kultur og sendes til Skruedata senest 8 dage før "
            "go-live.\n\n"
            "<p>Sådan gør I: 1) Registrer værktøjet 2) Send listen til Skruedata</p>\n\n"
            "**Resultat** Listen er godkendt.\n")


_TABLE = "| Værktøjstype | Hverdage | Weekend |\n|---|---|---|\n| Boremaskine | 3 dage | 2 dage |\n" \
         "| Høvl | 7 dage | lukket |"


def test_a_table_in_a_field_mixing_text_and_html_keeps_its_rows():
    [task] = parse_text(_mixed_export(_TABLE))
    assert "| Boremaskine | 3 dage | 2 dage |\n| Høvl | 7 dage | lukket |" in task.description
    assert "Udlånstider pr. værktøjstype:\n\n| Værktøjstype" in task.description  # the lead stays apart


def test_a_table_in_a_field_mixing_text_and_html_gives_table_facts():
    from knowledge.stated_facts import table_facts

    [task] = parse_text(_mixed_export(_TABLE))
    facts = {(f.subject, f.context, f.value) for f in table_facts([], task.description)}
    assert ("Høvl", "weekend", "lukket") in facts
    assert ("Boremaskine", "hverdage", "3 dage") in facts


def test_a_deadline_after_a_table_in_a_mixed_field_keeps_its_about():  # a control: holds before too
    [task] = parse_text(_mixed_export(_TABLE))
    assert [(d.days, d.about) for d in task.text_deadlines] == [(-8, "udlånsliste")]

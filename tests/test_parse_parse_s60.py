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
    ("De frivillige livreddere tilmelder sig senest 10 dage før badesæsonen starter.",
     "frivillige livreddere tilmelde sig"),
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

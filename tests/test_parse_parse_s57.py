"""Session 57, the export parser (texts written for these tests: a seed swap, a bicycle
repair café, a rooftop choir): a short paper word that a named approver approves ('Listen godkendes af
X') is named by the paper's own ending ('liste', 'ordre'), not by the rule for nouns in -en, which
cut 'listen' to 'list'."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str) -> str:
    return ("## FRBY 3 Frøbytte på biblioteket\n\n**Master-opgave ID** 7731\n\n"
            "**Opgavetitel** FRBY 3 Frøbytte på biblioteket\n\n"
            "**Projekt** Fælles Frøbytte\n\n**Bølger** Frøbytte - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            "**Metode og fremgangsmåde** 1. Hent skabelonen\n2. Udfyld den\n3. Få den godkendt\n"
            "4. Send den til leverandøren\n\n"
            "**Resultat** Opgaven er løst.\n")


def _documents(description: str) -> list[str]:
    [task] = parse_text(_export(description))
    return [s.document for s in task.signatures]


@pytest.mark.parametrize(("description", "document"), [
    ("Hvert bibliotek har en hylde med frø. Frøene byttes hver lørdag. "
     "Listen godkendes af lederen af Kultur og Fritid og sendes til Frøportalen senest 2 uger før go-live.",
     "liste"),
    ("Cykelværkstedet bruger reservedele fra en grossist. Værktøjet lånes gratis ud. "
     "Ordren godkendes af indkøbschefen og sendes til Kædeled Engros senest 10 dage før go-live.",
     "ordre"),
])
def test_an_approved_paper_word_keeps_its_own_ending(description, document):
    assert _documents(description) == [document]


def test_an_approved_noun_in_en_still_loses_its_article():  # a control: holds before too
    description = ("Koret synger på taget hver torsdag. "
                   "Planen godkendes af kulturchefen og sendes til Tagkoret senest 3 uger før go-live.")
    assert _documents(description) == ["plan"]

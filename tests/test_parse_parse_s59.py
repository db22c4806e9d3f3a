"""Session 59, the export parser (texts written for these tests: a skating rink's rules, a kayak rental, a
village hall's booking rules): what a deadline counted from the other party's receipt concerns when the
thing done is a pronoun for the paper the sentence before names ('X lægger det ind i Y inden for ...')."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str) -> str:
    return ("## SKOJ 3 Skøjtebanens ordensregler\n\n**Master-opgave ID** 7713\n\n"
            "**Opgavetitel** SKOJ 3 Skøjtebanens ordensregler\n\n"
            "**Projekt** Fælles Skøjtebaner\n\n**Bølger** Skøjtebaner - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            "**Metode og fremgangsmåde** 1. Hent skabelonen\n2. Udfyld den\n3. Få den vedtaget\n"
            "4. Send den til leverandøren\n\n"
            "**Resultat** Opgaven er løst.\n")


def _abouts(description: str) -> list[tuple[int, str | None]]:
    [task] = parse_text(_export(description))
    return [(d.days, d.about) for d in task.text_deadlines]


@pytest.mark.parametrize(("first", "second", "paper"), [
    ("Isreglementet vedtages af kultur- og idrætsudvalget og sendes til Glidefri Data senest 12 dage før "
     "go-live.", "Glidefri Data lægger det ind i Banebogen inden for 3 dage efter modtagelsen.",
     "isreglement"),
    ("Udlejningsreglementet vedtages af fritidsudvalget og sendes til Padleværket senest 3 uger før go-live.",
     "Padleværket lægger det i Kajakportalen inden for 5 arbejdsdage efter modtagelsen.",
     "udlejningsreglement"),
    ("Bookingreglerne vedtages af borgerudvalget og sendes til Salsystemer senest 20 dage før go-live.",
     "Salsystemer lægger dem ind i Husbogen inden for 2 uger efter modtagelsen.", "bookingregler"),
])
def test_a_pronoun_put_somewhere_on_receipt_is_the_paper_sent(first, second, paper):
    abouts = _abouts(f"{first} {second}")
    assert [a for d, a in abouts if d > 0] == [paper]


def test_an_article_before_an_adjective_is_no_pronoun():  # a control: holds before too
    description = ("Isreglementet vedtages af kultur- og idrætsudvalget og sendes til Glidefri Data "
                   "senest 12 dage før go-live. Glidefri Data sender en kvittering inden for 3 dage "
                   "efter modtagelsen.")
    assert [a for d, a in _abouts(description) if d > 0] == ["kvittering"]


def _signatures(description: str) -> list[tuple[str, str | None, str | None]]:
    [task] = parse_text(_export(description))
    return [(s.document, s.signer, s.recipient) for s in task.signatures]


@pytest.mark.parametrize("sending", [
    "sendes med en oversigt over banerne til Glidefri Data",
    "sendes sammen med en oversigt over alle banerne til Glidefri Data",
])
def test_a_body_adopts_what_it_sends_on_with_a_longer_enclosure(sending):
    description = (f"Ordensreglerne vedtages af kultur- og idrætsudvalget og {sending} "
                   "senest 12 dage før go-live.")
    assert _signatures(description) == [("ordensregler", "kultur- og idrætsudvalget", "Glidefri Data")]


def test_a_body_adoption_sent_by_post_names_no_party():  # a control: holds before too
    description = ("Ordensreglerne vedtages af kultur- og idrætsudvalget og sendes med posten "
                   "senest 12 dage før go-live.")
    assert _signatures(description) == []


"""The merge review of session 48: new rules that reached past what they are for, on a task written here
(a format named for another thing, an earliest day said of another deed, a compound party's first part
inside another word, a lack answering the opposite condition, a contact sentence naming the asked firm
as its topic, 'sendes til betaling' read as a recipient)."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_EXPORT = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(IDR 1) Booking af idrætshaller i Bookingportalen"),
    ("*Projekt", "Idrætsfaciliteter"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-14"),
    ("Mål", "Foreningerne kan booke hallerne i Bookingportalen."),
    ("*Beskrivelse", "<p>Tilmeldingsblanketten udfyldes i Bookingportalen, og referatet sendes som PDF til "
                     "foreningerne.</p><p>Parkeringsappen kan tidligst åbnes for borgerne 6 uger efter "
                     "go-live, men p-vagterne kan bruge den fra go-live.</p><p>Budgettet for p-kontrollen "
                     "godkendes af chefen for skoletandplejen.</p><p>Har foreningen ingen nøgleansvarlig, "
                     "lukker halinspektøren op.</p><p>Spørgsmål om Bogteks fakturaer rettes til kommunens "
                     "økonomiafdeling, Ole Hansen, tlf. 20 30 40 50.</p><p>Spørgsmål om "
                     "hallernes data: Mia Krogh, Sportdata, mk@sportdata.dk.</p><p>Halplanen leveres i "
                     "Sportdatas eget format.</p>"),
    ("Metode og fremgangsmåde", "1) Opret hallerne i Bookingportalen 2) Send referatet til foreningerne"),
    ("Resultat", "Hallerne kan bookes."),
    ("Anbefalet udfører", "Kultur og Fritid"),
    ("Anbefalet ansvarlig", "Fritidschef"),
]) + "\n"


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_EXPORT)])


@pytest.mark.parametrize("question", [
    "Hvilket format har tilmeldingsblanketten?",       # the PDF is the minutes', not the form's
    "What format is the registration form in?",
    "Hvad sker der, hvis foreningen har en nøgleansvarlig?",  # the text says what follows if it has none
    "Hvem er kontaktperson hos Bogtek?",               # Ole Hansen is the municipality's, asked about Bogtek
])
def test_not_answered_from_a_sentence_about_something_else(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_a_contact_after_a_colon_is_the_place_s() -> None:
    a = answer(_kb(), "Hvem er kontakt hos Sportdata for hallerne?")
    assert a.found and "Mia Krogh" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Kan p-vagterne bruge parkeringsappen fra go-live?",  # the earliest day is the citizens', not theirs
    "Skal skolechefen godkende budgettet for p-kontrollen?",  # 'chefen for skoletandplejen' is no skolechef
])
def test_no_yes_no_from_another_deed_or_party(question: str) -> None:
    a = answer(_kb(), question)
    assert not (a.found and a.answer.startswith("Nej" if "p-vagterne" in question else "Ja")), a.answer


@pytest.mark.parametrize(("sentence", "tracked"), [
    ("Afregningen godkendes af økonomichefen og sendes til betaling.", False),  # what for, not to whom
    ("Planlægningen godkendes af styregruppen og sendes til høring.", False),
    ("Klassificeringen godkendes af økonomichefen og sendes til KOMBIT.", True),
    ("Beregningen godkendes af økonomichefen og sendes tilbage til leverandøren.", True),
])
def test_an_approved_doing_is_tracked_when_sent_to_a_party(sentence: str, tracked: bool) -> None:
    task = parse_text(_EXPORT.replace("Hallerne kan bookes.", sentence))[0]
    thing = sentence.split()[0].casefold()[:6]  # 'afregn', 'planlæ', 'klassi', 'bereg'
    said = [(s.document, s.recipient) for s in task.signatures]
    assert any(d.casefold().startswith(thing) for d, _ in said) is tracked, said

"""Danish letters in a name do not make an English question Danish ('What is Henrik Møller
Sørensen's phone number?'); a company named with its legal form holds the role a sentence gives it
('Vognlink ApS er databehandler ...' answers 'Is Vognlink the data processor ...?' and the Danish
question alike, though another clause of the sentence has a negation)."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.analysis import detect_lang
from knowledge.qa.pipeline import answer


@pytest.mark.parametrize("text, lang", [
    ("What is Henrik Møller Sørensen's phone number?", "en"),
    ("Who signs for Ærø Kommune?", "en"),
    ("Which tasks belong to Boligstøttedata?", "en"),
    ("Hvem er Søren?", "da"),
    ("Hvornår går Ærø i drift?", "da"),
    ("Økonomiaftalen?", "da"),
])
def test_danish_letters_in_a_name_do_not_decide_the_language(text, lang):
    assert detect_lang(text) == lang


EXPORT = ("## KR 1\n\n**Master-opgave ID** 9791\n\n"
          "**Opgavetitel** KR 1 Databehandleraftale for kørselsportalen\n\n"
          "**Projekt** Kørselsportal\n\n**Beskrivelse** Vognlink ApS er databehandler og leverer "
          "portalen; KOMBIT er ikke leverandør af selve systemet.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="legal-form"))


@pytest.mark.parametrize("question, verdict", [
    ("Er Vognlink databehandler for kørselsportalen?", "Ja"),
    ("Is Vognlink the data processor for the kørselsportal?", "Yes"),
    ("Er KOMBIT databehandler for kørselsportalen?", "Nej"),
])
def test_a_company_with_its_legal_form_holds_the_role(kb, question, verdict):
    got = answer(kb, question)
    assert got.found and got.answer.startswith(verdict), got.answer

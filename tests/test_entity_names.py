"""Projects and waves named the way users write them: a lettered wave ('Bølge A'), an ordinal wave
('anden bølge'), the abbreviation a project's name defines ('Fælles Kørselsbestilling (FKB)'), a name
with '-projektet', and a doer written as the last part of the name the task carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.lexicon import wave_key, wave_label
from knowledge.parse import parse_file
from knowledge.qa.pipeline import answer

TASKS = Path(__file__).parent / "questions" / "names1" / "tasks"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    tasks = [t for f in sorted(TASKS.glob("*.txt")) for t in parse_file(f)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


def _listed(text: str) -> set[str]:
    return {line[2:].split(" – ")[0] for line in text.splitlines() if line.startswith("• ")}


def test_wave_keys_keep_letters_apart_from_numbers():
    assert wave_key("2") == 2 and wave_key("A") != wave_key("1")
    assert wave_label(wave_key("B")) == "B" and wave_label(3) == "3"
    assert wave_key("ab") is None and wave_key("a") is None


@pytest.mark.parametrize("question", ["hvilke opgaver er med i bølge A?", "which tasks are in wave A?"])
def test_lettered_wave(kb, question):
    a = answer(kb, question)
    assert a.found and _listed(a.answer) == {"6101", "6102"}


def test_lettered_wave_not_a_numbered_one(kb):
    a = answer(kb, "hvilke opgaver er med i bølge B?")
    assert not _listed(a.answer) & {"6101", "6102"}


def test_ordinal_wave_with_project(kb):
    a = answer(kb, "hvilke opgaver har Sag- og Dokumentdeling i tredje bølge?")
    assert a.found and _listed(a.answer) == {"SDD 1", "SDD 2"}


@pytest.mark.parametrize("question", ["vis opgaverne i FKB",
                                      "hvilke opgaver har kørselsbestillingsprojektet?",
                                      "hvilke opgaver hører til Sagsoversigt-projektet?"])
def test_project_by_abbreviation_or_project_suffix(kb, question):
    a = answer(kb, question)
    wanted = {"6101", "6102"} if "FKB" in question or "kørsel" in question else {"6103", "6104"}
    assert a.found and _listed(a.answer) == wanted


def test_doer_is_the_end_of_the_tasks_name(kb):
    a = answer(kb, "kan Sprogdatakataloget håndtere grønlandsk?")
    b = answer(kb, "understøtter Sprogdatakataloget dansk?")
    assert not a.answer.startswith("Nej")
    assert b.found and b.answer.startswith("Ja")


def test_name_other_tasks_carry_does_not_settle_a_fact_line(kb):
    a = answer(kb, "er KMD leverandør af Kørselsportalen?")
    assert not (a.found and a.answer.startswith("Nej") and "6102" not in " ".join(a.sources))


def test_opening_words_of_a_project_name_need_no_explaining(kb):
    a = answer(kb, "hvem er leverandør af Den Fælles Sagsoversigt?")
    assert a.found and "KMD" in a.answer and "6103" in " ".join(a.sources)
    b = answer(kb, "hvem skriver under i Sag- og Dokumentdelingen?")
    assert b.found and "afdelingschef" in b.answer


def test_misspelt_project_name(kb):
    a = answer(kb, "hvilke opgaver hører til sprogdatakatalgo?")
    assert a.found and _listed(a.answer) == {"FSK 1", "FSK 2"}

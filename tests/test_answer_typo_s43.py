"""Typos and consequences (session 43): two words the tasks write as one compound are read as it, a
question word run together with the next is split, a short word with a letter left out is the glossary's
word, a compound's misspelt head is the tasks' word; a lack inside a sentence's subject tells what
follows, and a what-if is not answered by a fact that says nothing of what follows. Tasks written for
these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.consequences import is_consequence
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer
from knowledge.qa.spelling import join_split_words

TASKS = """## BAD 1 (Drift) Digital adgang til svømmehallen

**Master-opgave ID** 9931

**Opgavetitel** BAD 1 (Drift) Digital adgang til svømmehallen

**Projekt** Svømmehaller

**Prioritet** Obligatorisk

**Beskrivelse** Gæsterne kommer ind med et adgangskort, som læses af kortlæseren ved indgangen. \
Adgangssystemet hedder PoolGate. Et hold uden livredder medfører, at svømmehallen lukkes for holdet. \
Kortlæserne kalibreres hver måned. Vandprøverne sendes til laboratoriet hver uge; ellers kan \
kommunen ikke dokumentere vandkvaliteten over for Styrelsen.

Oplysninger:
- Leverandør: AquaLock ApS
- Betaling: MobilePay

Vandbehandlingsanlægget efterses af Teknisk Service.

**Resultat** Adgangen er digital.

**Anbefalet udfører** Driftsleder

**Anbefalet ansvarlig** Kultur- og fritidschef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_split_compound_joined_as_the_tasks_write_it(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    assert join_split_words("hvad hedder adgangs systemet?", index) == "hvad hedder adgangssystemet?"
    assert join_split_words("hvem efterser vandbehandlings anlægget?", index) == \
        "hvem efterser vandbehandlingsanlægget?"
    # words the tasks never write as one, and small words, stay apart
    assert join_split_words("hvad koster en licens?", index) == "hvad koster en licens?"
    assert join_split_words("hvem tester kort systemet?", index) == "hvem tester kort systemet?"


@pytest.mark.parametrize(("question", "value"), [
    ("hvad hedder adgangs systemet?", "PoolGate"),
    ("hvorofte sendes vandprøverne?", "hver uge"),
    ("hvem levrer?", "AquaLock"),
    ("hvem efterser vandbehandlingsanlæget?", "Teknisk Service"),
])
def test_typos_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


def test_run_together_question_word_is_split(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    assert analyse(index, "hvemer ansvarlig for BAD 1?").text.startswith("hvem er ")
    assert analyse(index, "hvornaar skal kortlæserne kalibreres?").text.startswith("hvornår skal ")
    for word in ("hvorfra", "hvorefter", "hvormed", "hvorhos"):  # words of their own, not 'hvor fra'
        assert analyse(index, f"{word} kommer data?").text.startswith(f"{word} "), word


def test_lack_inside_the_subject_is_a_consequence() -> None:
    assert is_consequence("Et hold uden livredder medfører, at svømmehallen lukkes for holdet.")
    assert is_consequence("A team without a lifeguard means that the pool is closed.")
    assert not is_consequence("Et hold består af højst 20 børn og en livredder.")


def test_a_duty_then_eller_and_what_follows_is_a_consequence() -> None:
    assert is_consequence("Skaderne skal udbedres inden 48 timer, eller redskabet spærres af.")
    assert is_consequence("Lejen skal betales forud, eller kommunen kan ikke udlevere nøglen.")
    assert not is_consequence("Borgeren skal bruge MitID, eller NemID.")  # a choice, no outcome
    assert not is_consequence("Du skal vælge papir, eller du kan vælge digital post.")
    # another way to do it is no consequence, in either language
    assert not is_consequence("Ansøgningen skal sendes via portalen, eller den afleveres i Borgerservice.")
    assert not is_consequence("You must bring ID, or a passport that is valid.")
    assert is_consequence("You must renew the permit, or the account is closed.")


@pytest.mark.parametrize(("question", "value"), [
    ("hvad sker der hvis et hold ikke har en livredder?", "lukkes"),
    ("hvad sker der hvis vandprøverne ikke sendes?", "vandkvaliteten"),
])
def test_consequences_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvad sker der hvis MobilePay er nede?",  # a fact names MobilePay, but nothing says what follows
])
def test_other_conditions_not_answered(kb: KnowledgeBase, question: str) -> None:
    assert not answer(kb, question).found


def test_a_word_the_tasks_hyphenate_is_read_as_written() -> None:
    text = TASKS.replace("Oplysninger:", "Billetterne sendes som e-billetter. Oplysninger:")
    index = index_for(KnowledgeBase.from_tasks(parse_text(text)))
    from knowledge.qa.spelling import hyphenate_as_written
    assert hyphenate_as_written("hvordan sendes ebilletter?", index) == "hvordan sendes e-billetter?"
    assert hyphenate_as_written("hvordan sendes billetter?", index) == "hvordan sendes billetter?"


def test_a_misspelt_first_question_word_of_an_english_question() -> None:
    from knowledge.qa.english.typos import _wh_typo
    assert _wh_typo("wich") == "which"
    assert _wh_typo("Wehn") == "When"
    assert _wh_typo("with") is None  # an English word of its own
    assert _wh_typo("hwo") is None  # 'who' or 'how'

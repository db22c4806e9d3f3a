"""How many: a count in a unit ('hvor mange dage varer testen?', 'hvor mange år gælder aftalen?'), a
count in words ('et par nøglepersoner'), the items of a list the text introduces without the question
asking what is listed, and the task's only count of what is asked when the task says the rest - never
a count of something else the question merely mentions."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """
## VA 03 (Test) Afprøv vandafregningen (B2)

**Master-opgave ID** 6601

**Opgavetitel** VA 03 (Test) Afprøv vandafregningen (B2)

**Projekt** Vandafregning

**Prioritet** Obligatorisk

**Opgave varighed (antal dage)** 12

**Bølger** Vandafregning - Bølge 2

**Beskrivelse** Kommunen kan deltage i afprøvningen.
Prøven gennemføres af 4 økonomimedarbejdere over tre dage i uge 12.

Kontrakten med forsyningen gælder i fem år.

Kommunen bør sikre, at et par superbrugere i hver afdeling kender løsningen.

Kommunen skal kontrollere følgende kontoplaner:
- Drift
- Anlæg
- Balance

Kommunen udpeger mindst to og højst tre afregningsansvarlige, som opretter brugere.

**Metode og fremgangsmåde** 1. Udpeg medarbejderne
2. Gennemfør prøven
3. Send resultatet til KOMBIT
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="counts"))


@pytest.mark.parametrize(("question", "said"), [
    ("Hvor mange dage varer prøven?", "tre dage"),
    ("Hvor mange år gælder kontrakten med forsyningen?", "fem år"),
    ("Hvor mange økonomimedarbejdere skal deltage i afprøvningen?", "4 økonomimedarbejdere"),
    ("Hvor mange superbrugere i hver afdeling skal kende løsningen?", "et par superbrugere"),
    ("Hvor mange kontoplaner skal vi kontrollere?", "3 kontoplaner"),
])
def test_counts_the_text_gives(kb, question, said):
    got = answer(kb, question)
    assert got.found and said in got.answer and got.sources == ["6601"], got.answer


def test_the_task_length_still_answers_how_many_days_the_task_takes(kb):
    got = answer(kb, "Hvor mange dage varer opgave 6601?")
    assert got.found and "12 dage" in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Hvor mange brugere kan en afregningsansvarlig oprette?",
    "Hvor mange afdelinger har kommunen?",
])
def test_no_count_of_something_else(kb, question):
    assert not answer(kb, question).found


def test_a_count_after_a_label_is_the_one_its_line_names():
    export = ("**Master-opgave ID** 6611\n\n"
              "**Opgavetitel** RB 08 Udpeg rutesystemansvarlig og lokale brugere\n\n"
              "**Projekt** Rute\n\n**Beskrivelse** Roller, der skal udpeges:\n\n"
              "- Rutesystemansvarlig: 1 person\n- Lokal bruger: 2–4 personer\n- Stedfortræder: 1 person\n")
    kb = KnowledgeBase.from_tasks(parse_text(export, source="counts-labels"))
    got = answer(kb, "Hvor mange personer skal være rutesystemansvarlig?")
    assert got.found and "1 person" in got.answer and "2–4" not in got.answer, got.answer


def test_another_kind_of_the_thing_counted_is_told_from_the_thing_itself():
    from knowledge.fold import content_keys
    from knowledge.qa.intents.counts import _contrasts
    said = content_keys("Kommunen må højst oprette 40 brugere i testmiljøet.")
    assert _contrasts(tuple(content_keys("produktionsmiljøet")), said)
    assert not _contrasts(tuple(content_keys("slutbrugertesten")), content_keys("Testen varer to dage."))


def test_a_number_with_a_noun_of_its_own_counts_that_noun():
    from knowledge.fold import content_keys
    from knowledge.qa.types import Expect, holds
    roles = "Kommunen tildeler tre roller: Vejlæser, Vejredaktør og Vejadministrator."
    # 'tre' counts the roles; 'Kommunen' before it says whose, the list after the colon which ones
    assert not holds(Expect.COUNT, roles, "Hvor mange vejredaktører må kommunen have?", telling=frozenset())
    assert holds(Expect.COUNT, roles, "Hvor mange roller tildeler kommunen?", telling=frozenset())
    most = "Der må højst være 2 vejadministratorer pr. kommune."
    assert holds(Expect.COUNT, most, "Hvor mange vejadministratorer må kommunen have?", telling=frozenset())
    assert holds(Expect.COUNT, "Kommunen opretter mindst 3 lokale administratorer.",
                 "Hvor mange administratorer skal kommunen oprette?", telling=frozenset())
    assert holds(Expect.COUNT, "Stedfortræder: 1 person", "Hvor mange stedfortrædere skal vi have?",
                 telling=frozenset())
    # a kind of the counted noun, tied to the question by a telling word of it (not by 'kommunen')
    assert holds(Expect.COUNT, "Kommunen skal uddanne 10 superbrugere.",
                 "Hvor mange medarbejdere skal uddannes?", telling=frozenset(content_keys("uddannes")))

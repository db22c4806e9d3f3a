"""Coverage from context (session 35): a sentence that opens with a pronoun for the sentence before it
('Den skiftes hver 3. måned') is read with that sentence, and is quoted with it; a typed question's words
that only the task's title writes count for a sentence that says all the rest itself. Neither answers a
question whose asked thing, or light verb, the sentence does not say, nor one whose value the sentence
before gives. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer
from knowledge.retrieval import continues, rank_passages, title_act

TASKS = """## HB 1 (Hjemmepleje) Bestilling af adgangskort til hjemmeplejens medarbejdere

**Master-opgave ID** 9871

**Opgavetitel** HB 1 (Hjemmepleje) Bestilling af adgangskort til hjemmeplejens medarbejdere

**Projekt** Nøglefri hjemmepleje

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Nøglefri hjemmepleje - Bølge 1

**Mål** Alle medarbejdere har et adgangskort.

**Beskrivelse** Adgangskortene bestilles hos Vagtcentralen. Det tager normalt 3 arbejdsdage. Kortene \
udleveres i receptionen på rådhuset. De skal afleveres igen senest 5 dage efter fratrædelse. Prisen \
er 75 kr. pr. stk.

Medarbejderne logger på kortportalen med MitID. Der er åbent for bestillinger fra kl. 8.

**Resultat** Kortene er udleveret.

**Anbefalet udfører** Planlægger

**Anbefalet ansvarlig** Hjemmeplejeleder

## HB 2 (Hjemmepleje) Opsætning af nøglebokse hos borgerne

**Master-opgave ID** 9872

**Opgavetitel** HB 2 (Hjemmepleje) Opsætning af nøglebokse hos borgerne

**Projekt** Nøglefri hjemmepleje

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 10

**Bølger** Nøglefri hjemmepleje - Bølge 1

**Mål** Borgerne har en nøgleboks.

**Beskrivelse** Nøgleboksene monteres af en låsesmed ved hoveddøren. Det sker efter aftale med \
borgeren. Hver boks har en kode på 6 cifre. Den skiftes hver 3. måned af planlæggeren. Den gamle \
nøgle afleveres til planlæggeren.

Monteringen tager cirka 45 minutter. Udgiften er 1.200 kr. og betales af hjemmeplejen.

**Resultat** Nøgleboksene er monteret.

**Anbefalet udfører** Planlægger

**Anbefalet ansvarlig** Hjemmeplejeleder
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def _pid(kb: KnowledgeBase, start: str) -> int:
    index = index_for(kb)
    return next(pid for pid in range(len(index.passages)) if index.passages.text_of(pid).startswith(start))


def test_a_pronoun_continues_the_sentence_before_an_article_does_not(kb: KnowledgeBase) -> None:
    passages = index_for(kb).passages
    assert continues(passages, _pid(kb, "Den skiftes"))
    assert continues(passages, _pid(kb, "Det tager normalt"))
    assert not continues(passages, _pid(kb, "Den gamle nøgle"))  # an article before its noun
    assert not continues(passages, _pid(kb, "Monteringen tager"))


def test_the_sentence_before_says_what_the_pronoun_stands_for(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvor ofte skiftes koden til nøgleboksen?")
    assert a.found, a.answer
    assert "hver 3. måned" in a.answer
    assert a.sources == ["9872"]


def test_it_is_quoted_with_the_sentence_before(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvor ofte skiftes koden?")
    assert a.found, a.answer
    assert "Hver boks har en kode på 6 cifre. Den skiftes hver 3. måned" in a.answer


def test_title_words_count_for_a_sentence_that_says_the_rest(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    q = analyse(index, "hvad er udgiften til en nøgleboks?")
    hits = rank_passages(index, q, limit=3)
    hit = next(h for h in hits if index.passages.text_of(h.pid).startswith("Udgiften er"))
    assert {q.tokens[p].surface for p in hit.titled} == {"nøgleboks"}


def test_title_words_never_stand_for_the_asked_thing(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    q = analyse(index, "hvor mange borgere får en nøgleboks?")  # 'borgere' is in the title only
    assert not any(h.titled for h in rank_passages(index, q, limit=10))


@pytest.mark.parametrize("question", [
    "hvor mange borgere får en nøgleboks?",  # what is counted stands in the title only
    "hvor mange medarbejdere får adgangskort?",
    "hvor lang tid tager det at udlevere kortene?",  # the sentence after gives a deadline, not a span
    "hvornår åbner rådhuset?",
])
def test_not_answered_from_context_alone(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("hvor lang tid tager det at bestille adgangskort?", "3 arbejdsdage"),
    ("hvornår skal kortene afleveres?", "5 dage"),
    ("hvor lang tid tager monteringen af en nøgleboks?", "45 minutter"),
    ("hvad er udgiften til en nøgleboks?", "1.200 kr."),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


def test_an_expletive_det_continues_nothing() -> None:
    from knowledge.index import PassageStore
    from knowledge.passages import Passage

    passages = PassageStore()
    for text in ("Ruterne vedtages af udvalget.", "Det er ikke nok, at lederen har set dem.",
                 "Det sker i maj."):
        passages.append(Passage("description", text))
    assert not continues(passages, 1)  # 'det' stands for the at-clause after it
    assert continues(passages, 2)


MARKING = """## CY 3 (Cykeludlån) Mærkning af udlånscykler

**Master-opgave ID** 9875

**Opgavetitel** CY 3 (Cykeludlån) Mærkning af udlånscykler

**Projekt** Bycykler

**Prioritet** Obligatorisk

**Beskrivelse** Hver cykel får et nummer på stellet. Cykelsmeden efterser cyklerne ved første \
service efter go-live.
"""


def test_the_titles_act_noun_is_no_verb_of_another_sentence() -> None:
    """'Mærkning af udlånscykler' names the act; for 'hvornår skal cyklerne være mærket?' the title does
    not lend 'mærket' to a sentence about another act done to them ('Cykelsmeden efterser cyklerne ved
    første service'), while a noun written as the title writes it ('mærkningen') is still lent."""
    index = index_for(KnowledgeBase.from_tasks(parse_text(MARKING)))
    q = analyse(index, "hvornår skal cyklerne være mærket?")
    assert not any(h.titled for h in rank_passages(index, q, limit=10))
    assert title_act("CY 3 (Cykeludlån) Mærkning af udlånscykler", q.tokens[-1])
    noun = analyse(index, "hvor lang tid tager mærkningen?").tokens[-1]
    assert not title_act("CY 3 (Cykeludlån) Mærkning af udlånscykler", noun)

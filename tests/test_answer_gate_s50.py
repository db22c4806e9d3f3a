"""A price word ('koster', 'prisen', 'betale', 'cost') only says that a price is asked: an answer that shows a
price explains it, when it says all else the question names; it is no free pass for an answer that leaves
the priced thing or its variant unsaid. Texts here are written for these tests, with controls that must stay
unanswered."""

from __future__ import annotations

import pytest

TASK = """## HUND 3 Bestil poser til hundeskove (B1)

**Master-opgave ID** 77301

**Opgavetitel** HUND 3 Bestil poser til hundeskove (B1)

**Projekt** Hundeskove

**Prioritet** Valgfri

**Opgave varighed (antal dage)** 10

**Slutdato (fra Go-Live)** -20

**Startdato (fra Slutdato)** -10

**Bølger** Hundeskove - Bølge 1

**Mål** Kommunens hundeskove har poseautomater.

**Beskrivelse** Lindholt Miljø leverer poseautomater til hundeskovene.

Fakta om poseautomaterne:
- Pris: 95 kr. pr. automat pr. måned
- Opfyldning: hver 14. dag

Skiltningen ved indgangen opsættes af parkafdelingen.

Et ekstra sæt nøgler til automaterne koster 60 kr.

**Metode og fremgangsmåde** 1. Tæl kommunens hundeskove
2. Send bestillingen til Lindholt Miljø

**Resultat** Poseautomaterne er bestilt.
"""


@pytest.fixture(scope="module")
def kb():
    from knowledge.base import KnowledgeBase
    from knowledge.parse import parse_text
    return KnowledgeBase.from_tasks(parse_text(TASK))


@pytest.mark.parametrize("question", [
    "hvad koster poseautomaterne?",  # (the code before s50 answered with the keys' price)
    "hvad skal vi betale for poseautomaterne?",
])
def test_a_price_answers_the_price_word(kb, question: str) -> None:
    from knowledge.qa.pipeline import answer
    got = answer(kb, question)
    assert got.found and "95 kr." in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "hvad koster det at få opfyldt automaterne en ekstra gang i weekenden?",  # a variant no line prices
    "hvad koster skiltningen ved indgangen?",  # a thing the task names but prices nowhere
])
def test_a_price_word_is_no_free_pass(kb, question: str) -> None:
    from knowledge.qa.pipeline import answer
    got = answer(kb, question)
    assert not got.found, got.answer


def _question(text: str, expects, *, yesno: bool = False, weights=None):
    from types import SimpleNamespace
    words = [w.strip("?") for w in text.split()]
    weights = weights or {}
    from knowledge.fold import content_keys
    tokens = [SimpleNamespace(pos=i, surface=w, weight=weights.get(w, 1.0), keys=tuple(content_keys(w)))
              for i, w in enumerate(words)]
    return SimpleNamespace(text=text, expects=expects, yesno=yesno, content=lambda: tokens)


@pytest.mark.parametrize(("question", "text", "explained", "credited"), [
    ("hvad koster vinterdækket", "Vinterdæk: Pris 1.200 kr. pr. stk.", {2}, {1}),
    ("what does the winter tyre cost", "Vinterdæk pr. system: Pris: 1.200 kr. pr. stk.", {3, 4}, {5}),
    ("hvad koster vinterdækket", "Vinterdæk pr. system: Pris: gratis", {2}, {1}),  # 'gratis' is a price too
    # a bare amount is a price of one kind ('Leje', 'Engangsbeløb'), which a plain 'koster' does not pick
    ("hvad koster vinterdækket", "Vinterdæk: 1.200 kr. pr. stk.", {2}, set()),
    # the priced thing unsaid: nothing credited
    ("hvad koster vinterdækket monteret", "Vinterdæk: Pris 1.200 kr. pr. stk.", {2}, set()),
    # no price shown: nothing credited
    ("hvad koster vinterdækket", "Vinterdæk leveres i uge 40.", {2}, set()),
    # the asked thing is only another line's label: the price is the 'Pris' line's
    ("hvad koster opbevaringen", "Pris: 300 kr. pr. dæk Opbevaring: i vores lager", {2}, set()),
    ("hvad koster opbevaringen", "Pris: 300 kr. pr. dæk Opbevaring: 150 kr. pr. sæson", {2}, {1}),
    # a fee is a charge of its own, not any price
    ("hvad er gebyret for vinterdækket", "Vinterdæk: Pris 1.200 kr. pr. stk.", {4}, set()),
])
def test_price_words_credited_to_a_price(question, text, explained, credited) -> None:
    from types import SimpleNamespace

    from knowledge.qa.candidate import Candidate
    from knowledge.qa.types import Expect
    from knowledge.qa.value_words import credit_price_words
    framing = {"hvad": 0.0, "what": 0.0, "does": 0.0, "the": 0.0, "er": 0.0, "for": 0.0}
    q = _question(question, Expect.PRICE, weights=framing)
    c = Candidate("passage", text, [], set(explained), prior=1.0, found=True)
    index = SimpleNamespace()
    credit_price_words(index, q, [c])
    assert c.explained - set(explained) == credited


def test_no_price_word_credited_in_a_yes_no_question() -> None:
    from types import SimpleNamespace

    from knowledge.qa.candidate import Candidate
    from knowledge.qa.types import Expect
    from knowledge.qa.value_words import credit_price_words
    q = _question("koster vinterdækket noget", Expect.PRICE, yesno=True)
    c = Candidate("passage", "Vinterdæk: 1.200 kr.", [], {1, 2}, prior=1.0, found=True)
    credit_price_words(SimpleNamespace(), q, [c])
    assert c.explained == {1, 2}

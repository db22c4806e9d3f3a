"""Speed without another answer (session 62): what every passage is read for once (the passages that give a
price, name their project's supplier or give room to people; the words written per key) is made with the
index, not by the first question that needs it; a task's quoted paper names are read only in the passages
that quote, with the same kinds found. The answers on these tasks stay what they were."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.retrieval import title_kinds


def _task(code: str, ident: str, title: str, text: str) -> str:
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** Humlegård

**Prioritet** Valgfri

**Beskrivelse** {text}

**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task("HUMLE 1", "9711", "Adgang til Humlekassen",
          "Humlekassen er et register over humlebede. For at få adgang skal kommunen indgå aftalen "
          "“Adgang til Humlekassen” med KOMBIT.\n\n- Udvikler: Ranketråd Data\n"
          "- Pris: 640 kr. pr. måned"),
    _task("HUMLE 2", "9712", "Humledagen",
          "Humledagen holdes i Bryggergården. Der er plads til 55 borgere, og deltagelse er gratis. "
          "Ranketråd Data sender skiltene til Bryggergården senest 5 dage før."),
    _task("HUMLE 3", "9713", "Oprydning i humlebedene",
          "Bedene ryddes hver oktober af gartnerne. Rankerne klippes ned til 20 cm."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("made", ["price_passages", "supplier_passages", "room_passages", "_written_forms"])
def test_read_once_with_the_index_not_by_the_first_question(made):
    """A new index holds them before any question is asked."""
    index = index_for(KnowledgeBase.from_tasks(parse_text(TASKS)))
    assert made in index.__dict__


def test_the_sets_made_with_the_index_are_those_a_question_would_make(kb):
    index = index_for(kb)
    texts = [index.passages.text_of(pid) for pid in range(len(index.passages))]
    priced = {texts[pid] for pid in index.__dict__["price_passages"][None]}
    assert any("640 kr." in t for t in priced) and any("gratis" in t for t in priced)
    assert not any("ryddes hver oktober" in t for t in priced)
    supplied = {texts[pid] for pid in index.__dict__["supplier_passages"][None]}
    assert any("sender skiltene" in t for t in supplied)  # names the firm labelled as the developer
    roomy = {texts[pid] for pid in index.__dict__["room_passages"][None]}
    assert any("plads til 55" in t for t in roomy)


def test_a_quoted_paper_still_names_the_title_only_where_quoted(kb):
    index = index_for(kb)
    titled = next(i for i, t in enumerate(index.tasks) if t.title.endswith("Humlekassen"))
    plain = next(i for i, t in enumerate(index.tasks) if t.title.endswith("humlebedene"))
    assert title_kinds(index, titled)  # 'aftalen “Adgang til Humlekassen”': an agreement's name
    assert not title_kinds(index, plain)  # no quote, no kind


@pytest.mark.parametrize("question, expected", [
    ("Hvad er prisen for Humlekassen?", "640"),
    ("Hvad koster det at deltage på Humledagen?", "gratis"),  # the taking part said by the price
    ("Hvem er leverandør af Humlekassen?", "Ranketråd Data"),
    ("Hvornår sender leverandøren skiltene?", "senest 5 dage før"),  # the supplier said by the firm's name
])
def test_the_answers_read_from_them_are_found(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Hvad koster oprydningen i humlebedene?",  # no price is given for it
])
def test_no_price_where_none_is_given(kb, question):
    got = answer(kb, question)
    assert not got.found or "640" not in got.answer, got.answer

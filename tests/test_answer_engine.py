"""The answering engine's behaviour beyond the question sets: caching, language, honesty,
suggestions, search, folding and passages."""

from __future__ import annotations

import pytest

import knowledge.index as index_module
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.fold import ascii_fold, codes, content_keys, key
from knowledge.index import index_for
from knowledge.models import Fact, MethodStep, Signature, Task
from knowledge.passages import text_passages
from knowledge.qa.analysis import detect_lang
from knowledge.qa.pipeline import answer
from knowledge.search import search


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds())


def test_index_is_built_once_per_knowledge_base(monkeypatch):
    builds = []
    real = index_module.build
    monkeypatch.setattr(index_module, "build", lambda tasks: builds.append(1) or real(tasks))
    kb = KnowledgeBase.from_tasks(load_seeds())
    for q in ["hvad er trin 3 i 433", "who handles prsime", "hvem er Mette Hansen?"]:
        answer(kb, q)
    search(kb, "serviceaftale")
    assert len(builds) == 1 and index_for(kb) is index_for(kb)
    other = KnowledgeBase.from_tasks(load_seeds())  # e.g. after an import: a new index
    answer(other, "hvad er trin 3 i 433")
    assert len(builds) == 2 and index_for(other) is not index_for(kb)


def test_english_question_gets_english_framing_around_danish_text(kb):
    got = answer(kb, "what happens if task 433 is not done?")
    assert got.lang == "en" and got.found
    assert "“Hvis opgaven ikke gennemføres, kan KY ikke kontere udbetaling af ydelser.”" in got.answer
    assert "Source: task 433 –" in got.answer


def test_lang_parameter_overrides_detection(kb):
    assert answer(kb, "hvem er forvaltningsansvarlig for Prisme?", lang="en").answer.startswith("The ")
    assert answer(kb, "who handles prisme", lang="da").answer.startswith("Forvaltningsansvarlig for Prisme")


@pytest.mark.parametrize("text,lang", [("who handles prsime", "en"), ("hvem er det?", "da"),
                                       ("oes indsigt forvaltningsansvarlig", "da"),
                                       ("what is step 7 in 433?", "en"), ("Prisme", "da")])
def test_language_detection(text, lang):
    assert detect_lang(text) == lang


def test_the_exception_is_always_part_of_the_fact(kb):
    for q in ["prisme", "who handles prsime", "forvaltningsansvarlig prisme",
              "hvem er forvaltningsansvarlig?"]:
        assert "undtaget er Kolding Kommune, der har hjemtaget forvaltningsansvaret" in answer(kb, q).answer


def test_unknown_system_is_not_found_and_suggests_the_known_ones(kb):
    got = answer(kb, "hvem er forvaltningsansvarlig for SAP?")
    assert not got.found and got.sources == [] and got.confidence < 0.6
    assert got.answer.startswith("Det ved jeg ikke.") and "«SAP»" in got.answer
    assert set(got.suggestions) == {"KMD Opus Økonomi", "Kvantum", "Prisme", "ØS-Indsigt"}


def test_unknown_task_says_where_it_is_mentioned(kb):
    got = answer(kb, "fortæl om efaktura 7")
    assert not got.found
    assert "eFaktura 8b" in got.answer and "relateret" in got.answer and got.suggestions[0] == "eFaktura 8b"
    assert not answer(kb, "hvad er trin 2 i eFaktura 12").found


def test_confidence_is_high_for_exact_and_lower_for_typos(kb):
    exact = answer(kb, "hvem er forvaltningsansvarlig for Prisme?")
    typo = answer(kb, "hvem er forvaltningsansvarlig for Prsime?")
    assert exact.found and typo.found and 0.6 <= typo.confidence < exact.confidence <= 1


def test_a_step_that_does_not_exist_is_not_invented(kb):
    got = answer(kb, "hvad er trin 9 i 433")
    assert not got.found and "7 trin" in got.answer


def test_dates_with_a_go_live(kb):
    from datetime import date
    got = answer(kb, "hvornår skal 433 starte?", golive={"KY": date(2027, 5, 3)})
    assert "Start: 2. november 2026" in got.answer and "Slut: 10. december 2026" in got.answer


def test_empty_knowledge_base_answers_honestly():
    got = answer(KnowledgeBase.from_tasks([]), "hvem er forvaltningsansvarlig for Prisme?")
    assert not got.found and got.answer.startswith("Det ved jeg ikke.")


def _task(task_id: str, **fields) -> Task:
    return Task(id=task_id, title=f"({task_id}) {fields.pop('title', 'Opgave')}", **fields)


def test_works_on_tasks_built_in_code():
    tasks = [
        _task("Drift 1", title="Driftsaftale for Nexus", project="KSD", waves=["KSD - Bølge 4"],
              facts=[Fact(subject="Nexus", value="Systematic (undtaget er Vejle Kommune)",
                          context="driftsansvarlig")],
              method_steps=[MethodStep(number=1, text="Ring til Systematic"),
                            MethodStep(number=2, text="Luk sagen")],
              signatures=[Signature(document="driftsaftale", signer="it-chefen", recipient="Systematic")]),
        _task("Drift 2", title="Test af Nexus", project="KP", waves=["KP - Bølge 1"]),
    ]
    kb = KnowledgeBase.from_tasks(tasks)
    got = answer(kb, "hvem er driftsansvarlig for nexsus?")
    assert got.found and got.sources == ["Drift 1"] and "undtaget er Vejle Kommune" in got.answer
    assert answer(kb, "hvem skal underskrive driftsaftalen?").sources == ["Drift 1"]
    assert "Luk sagen" in answer(kb, "hvad er sidste trin i drift 1").answer
    listed = answer(kb, "hvilke opgaver er i bølge 4?")
    assert listed.sources == ["Drift 1"] and "Drift 2" not in listed.answer
    assert not answer(kb, "hvad er trin 1 i drift 3").found


def test_search_finds_tasks_by_typos_codes_and_words(kb):
    assert search(kb, "prsime")[0].task_id == "433"
    assert search(kb, "efaktra 8b")[0].task_id == "eFaktura 8b"
    hits = search(kb, "serviceaftale webinar")
    assert hits[0].task_id == "eFaktura 8b" and 0 < hits[0].score <= 1 and hits[0].snippet
    assert [h.task_id for h in search(kb, "bogføringssystem", limit=5)] == ["433", "eFaktura 8b"] or \
        {h.task_id for h in search(kb, "bogføringssystem")} == {"433", "eFaktura 8b"}
    assert search(kb, "xyzzy plugh") == []


@pytest.mark.parametrize("a,b", [("bølgen", "boelge"), ("bølge", "bolge"), ("ØS", "oes"),
                                 ("serviceaftalen", "serviceaftaler"), ("bestilt", "bestilles"),
                                 ("gennemført", "gennemføres")])
def test_spellings_and_inflections_share_a_key(a, b):
    assert key(ascii_fold(a) if a.isascii() else a.casefold()) == key(b.casefold())


def test_interface_codes_are_one_token_however_written():
    for written in ["SF1590_A", "SF1590 A", "sf1590a"]:
        assert "sf1590a" in codes(written)
    assert "1590a" in codes("1590A")
    assert "os" in content_keys("ØS-Indsigt") and "os" not in content_keys("kontakt os")


def test_a_list_keeps_its_intro_across_a_blank_line():
    passages = text_passages("description", "EG planlægger at:\n\n- udsende aftaler\n- holde et webinar")
    intro = next(p for p in passages if p.text == "EG planlægger at:")
    assert intro.whole == "EG planlægger at:\n- udsende aftaler\n- holde et webinar"
    assert [p.text for p in passages if p.text.startswith("-")] == ["- udsende aftaler", "- holde et webinar"]

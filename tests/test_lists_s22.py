"""Lists across tasks (session 22): a project named in a definite form that drops an e
('Skoleregistret' for 'Skoleregister'); a priority named and another denied ('obligatoriske, men ikke på
kritisk vej'); leaving a task out is its being optional ('springe over'); who does the tasks named
before the verb or after 'af' when no task recommends them ('hvilke opgaver skal forældrene udføre?'
is none, not the tasks that mention the parents)."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(ident: int, priority: str, doer: str, text: str, steps: str = "1. Gør det") -> str:
    return (f"## SR {ident}\n\n**Master-opgave ID** {ident}\n\n"
            f"**Opgavetitel** SR (Skoleregister) opgave {ident}\n\n"
            f"**Projekt** Skoleregister\n\n**Prioritet** {priority}\n\n**Slutdato (fra Go-Live)** -30\n\n"
            f"**Beskrivelse** {text}\n\n**Metode og fremgangsmåde** {steps}\n\n"
            f"**Anbefalet udfører** {doer}\n\n")


EXPORT = (_task(8801, "Obligatorisk på kritisk vej", "Skolesekretær",
                "Aftalen underskrives af chefen for Børn og Unge, efter at juristen har læst den.",
                "1. Læs aftalen\n2. Få aftalen underskrevet af chefen")
          + _task(8802, "Obligatorisk", "Skolesekretær", "Forældrene får et brev om det nye register.")
          + _task(8803, "Valgfri", "IT-medarbejder", "Det gamle register lukkes.")
          + _task(8804, "Obligatorisk", "IT-medarbejder", "Det er valgfrit, om vikarerne også oprettes."))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="lists-s22"))


def _ids(got) -> set[str]:
    return set(got.sources)


def test_project_in_definite_form_without_its_e(kb):
    got = answer(kb, "hvilke opgaver er der i Skoleregistret?")
    assert got.found and _ids(got) == {"8801", "8802", "8803", "8804"}, got.answer


@pytest.mark.parametrize("question", ["hvilke opgaver er obligatoriske, men ikke på kritisk vej?",
                                      "which tasks are mandatory but not on the critical path?"])
def test_a_priority_named_and_another_denied(kb, question):
    got = answer(kb, question)
    assert got.found and _ids(got) == {"8802", "8804"}, got.answer


def test_both_words_of_one_priority_are_that_priority(kb):
    got = answer(kb, "hvilke opgaver er obligatoriske på kritisk vej?")
    assert got.found and _ids(got) == {"8801"}, got.answer


def test_a_task_to_leave_out_is_optional_not_one_that_says_valgfrit(kb):
    got = answer(kb, "hvilke opgaver kan vi springe over?")
    assert got.found and _ids(got) == {"8803"}, got.answer


@pytest.mark.parametrize("question", ["hvilke opgaver skal forældrene udføre?",
                                      "hvilke opgaver skal udføres af forældrene?"])
def test_a_party_no_task_recommends_does_none(kb, question):
    got = answer(kb, question)
    assert not got.found and "8802" not in got.answer, got.answer


def test_a_party_some_task_recommends(kb):
    got = answer(kb, "hvilke opgaver skal skolesekretæren udføre?")
    assert got.found and _ids(got) == {"8801", "8802"}, got.answer


SYSTEMS = ("## SY 1\n\n**Master-opgave ID** 8811\n\n**Opgavetitel** SY 1 Opsæt integrationen til Cura\n\n"
           "**Projekt** Sygepleje\n\n**Beskrivelse** Modulet henter borgerne fra Cura.\n\n"
           "## SY 2\n\n**Master-opgave ID** 8812\n\n**Opgavetitel** SY 2 Send påmindelser\n\n"
           "**Projekt** Sygepleje\n\n**Beskrivelse** Påmindelsen sendes fra modulet, ikke fra Cura.\n\n")


@pytest.fixture(scope="module")
def systems() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(SYSTEMS, source="lists-s22-systems"))


@pytest.mark.parametrize("question", ["hvilke opgaver handler om Cura?", "which tasks involve Cura?"])
def test_a_system_named_only_to_deny_it_is_not_what_a_task_is_about(systems, question):
    got = answer(systems, question)
    assert got.found and _ids(got) == {"8811"}, got.answer


def test_what_the_tasks_mention_still_includes_the_denial(systems):
    got = answer(systems, "hvilke opgaver nævner Cura?")
    assert got.found and _ids(got) == {"8811", "8812"}, got.answer


PAPERS = (_task(8821, "Obligatorisk", "Jurist", "Aftalen underskrives af direktøren for Kultur.")
          + _task(8822, "Obligatorisk", "Jurist", "Rapporten skrives under af direktøren for Kultur.")
          + _task(8823, "Valgfri", "Jurist", "Planen godkendes af teamet."))


@pytest.fixture(scope="module")
def papers() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(PAPERS, source="lists-s22-papers"))


@pytest.mark.parametrize("question", ["hvilke dokumenter skal direktøren for Kultur skrive under?",
                                      "which documents must the director for Kultur sign?"])
def test_papers_to_sign_across_tasks_are_a_list_with_each_task(papers, question):
    got = answer(papers, question)
    assert got.found and _ids(got) == {"8821", "8822"}, got.answer
    assert "8821" in got.answer.split("\n", 1)[1] and "8822" in got.answer, got.answer


WINDOW = "".join(
    f"## W {n}\n\n**Master-opgave ID** {n}\n\n**Opgavetitel** W {n} Opgave\n\n**Projekt** Vindue\n\n"
    f"**Slutdato (fra Go-Live)** {end}\n\n**Beskrivelse** Gør det.\n\n"
    for n, end in ((8831, -60), (8832, -25), (8833, -3), (8834, 10)))


@pytest.fixture(scope="module")
def window() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(WINDOW, source="lists-s22-window"))


@pytest.mark.parametrize("question", ["hvilke opgaver har frist i de sidste 30 dage før go-live?",
                                      "which tasks are due in the last 30 days before go-live?",
                                      "hvilke opgaver skal være færdige inden for de sidste fire uger op "
                                      "til go-live?"])
def test_a_window_that_ends_at_golive(window, question):
    got = answer(window, question)
    assert got.found and _ids(got) == {"8832", "8833"}, got.answer

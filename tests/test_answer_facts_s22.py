"""Session 22, stated values: a question that opens with a Danish verb form is Danish; a supplier said as
'X fra Y ApS', a host as 'gemmes hos Y'; a version written after the name; yes/no settled by the value
the task states."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.analysis import detect_lang
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 7711\n\n**Opgavetitel** VB 1 (Aftaler) Aftale om vagtplanlægning\n\n"
          "**Projekt** Vagtplan\n\n**Beskrivelse** Vagterne planlægges i systemet ShiftBase fra Planværk "
          "Syd ApS. Kommunen skal bruge ShiftBase 5.3, og data opbevares hos Hetzner i Nürnberg. "
          "Vagtplanerne gemmes i seks år. Brugerne betaler ikke for appen; licensen betales af "
          "personalekontoret.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="facts-s22"))


@pytest.mark.parametrize("question", ["Betaler brugerne for appen?", "Gemmes vagtplanerne i ti år?",
                                      "Opbevares data i Danmark?"])
def test_a_question_opening_with_a_danish_verb_form_is_danish(question):
    assert detect_lang(question) == "da"


def test_a_danish_yes_no_opening_with_a_verb_form_is_answered_in_danish(kb):
    got = answer(kb, "Betaler brugerne for appen?")
    assert got.lang == "da" and "Nej" in got.answer, got.answer


def test_a_supplier_said_by_fra_and_its_company_form_answers_who_supplies(kb):
    got = answer(kb, "Hvem leverer ShiftBase?")
    assert got.found and "Planværk Syd" in got.answer, got.answer


def test_a_host_said_by_gemmes_or_opbevares_hos_answers_who_hosts(kb):
    got = answer(kb, "Hvem hoster data fra ShiftBase?")
    assert got.found and "Hetzner" in got.answer, got.answer


def test_another_party_named_as_supplier_by_fra_is_a_no(kb):
    got = answer(kb, "Er Hetzner leverandør af ShiftBase?")
    assert got.found and got.answer.startswith("Nej") and "Planværk Syd" in got.answer, got.answer
    got = answer(kb, "Er Planværk Syd leverandør af ShiftBase?")
    assert got.found and got.answer.startswith("Ja"), got.answer


def test_fra_names_no_supplier_at_the_start_of_a_sentence_or_after_a_verb():
    from knowledge.implied import SUPPLIER, implied_keys, suppliers
    assert SUPPLIER not in implied_keys("Data fra CPR hentes hver nat.")
    assert SUPPLIER not in implied_keys("Aftalen modtages fra KOMBIT ApS.")
    assert suppliers("Vi bruger appen PlayCheck fra Tilsynsdata ApS.") == ["Tilsynsdata ApS"]


@pytest.mark.parametrize(("question", "version"), [("Hvilken version af ShiftBase skal vi bruge?", "5.3")])
def test_a_version_written_after_the_name_answers_which_version(kb, question, version):
    got = answer(kb, question)
    assert got.found and version in got.answer, got.answer


def test_the_number_after_the_name_a_version_is_asked_of_is_its_version():
    from knowledge.qa.types import Expect, holds
    app = "Appen kræver Android 12 eller nyere."
    assert holds(Expect.VERSION, app, "Hvilken Android-version kræver appen?")
    assert not holds(Expect.VERSION, app, "Hvilken iOS-version kræver appen?")
    meeting = "Mødet holdes kl. 8.30 i lokale 2."
    assert not holds(Expect.VERSION, meeting, "Hvilken version af Mødebook bruges?")


WEEK = ("## T2\n\n**Master-opgave ID** 7712\n\n**Opgavetitel** VB 2 (Drift) Åbningstider i borgerservice\n\n"
        "**Projekt** Vagtplan\n\n**Beskrivelse** Borgerservice har åbent alle ugens dage kl. 8-20. Kurset i "
        "selvbetjening holdes tirsdage og torsdage. Skiltene skiftes kun på hverdage, og døren må ikke stå "
        "åben om natten. Lyset dæmpes til 40 % efter kl. 22. Klager skal besvares inden for 5 hverdage.\n\n"
        "## T3\n\n**Master-opgave ID** 7713\n\n**Opgavetitel** VB 3 (Aftaler) Aftale om rengøring\n\n"
        "**Projekt** Vagtplan\n\n**Beskrivelse** Aftalenummer: RG-2027-4\n\n"
        "## T4\n\n**Master-opgave ID** 7714\n\n**Opgavetitel** VB 4 (Aftaler) Aftale om vagtplanlægning\n\n"
        "**Projekt** Vagtplan\n\n**Beskrivelse** Aftalen om vagtplanlægning gælder i fire år.\n\n"
        "Aftalenummer: VP-2027-9\n\n")


@pytest.fixture(scope="module")
def week() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(WEEK, source="week-s22"))


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    ("Har borgerservice åbent i weekenden?", "Ja", "alle ugens dage"),
    ("Holdes kurset i selvbetjening om mandagen?", "Nej", "tirsdage"),
    ("Må skiltene skiftes om lørdagen?", "Nej", "hverdage"),
    ("Dæmpes lyset til 60 procent?", "Nej", "40 %"),
    ("Dæmpes lyset til 40 procent?", "Ja", "40 %"),
])
def test_a_weekday_or_a_share_the_question_puts_forward_is_settled_by_the_stated_one(week, question, verdict,
                                                                                    evidence):
    got = answer(week, question)
    assert got.found and got.answer.startswith(verdict) and evidence in got.answer, got.answer


def test_a_length_in_working_days_is_no_day_of_the_week():
    from knowledge.qa.claimed_values import stated
    assert "weekday" not in stated("Klager skal besvares inden for 5 hverdage.")
    assert stated("Åbent mandag til fredag kl. 8-16")["weekday"] == {0, 1, 2, 3, 4}


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("Hvad er aftalenummeret på vagtplanlægningsaftalen?", "VP-2027-9", "RG-2027-4"),
    ("Hvad er aftalenummeret på rengøringsaftalen?", "RG-2027-4", "VP-2027-9")])
def test_a_compounds_modifier_says_which_tasks_thing_is_meant(week, question, right, wrong):
    got = answer(week, question)
    assert got.found and right in got.answer and wrong not in got.answer, got.answer


HOSTED = ("## T5\n\n**Master-opgave ID** 7715\n\n**Opgavetitel** VB 5 (Indkøb) Indkøb af app til tilsyn\n\n"
          "**Projekt** Tilsyn\n\n**Beskrivelse** Tilsynet registreres i appen CheckUp fra Tilsynsdata ApS. "
          "Data gemmes hos Hetzner i Frankfurt.\n\n")


def test_who_hosts_is_not_answered_by_the_supplier_where_the_task_names_a_host():
    kb = KnowledgeBase.from_tasks(parse_text(HOSTED, source="hosted-s22"))
    got = answer(kb, "Hvem hoster CheckUp?")
    assert "Tilsynsdata" not in got.answer or not got.found, got.answer
    got = answer(kb, "Hvem leverer CheckUp?")
    assert got.found and "Tilsynsdata" in got.answer, got.answer


DEADLINE = ("## T6\n\n**Master-opgave ID** 7716\n\n**Opgavetitel** VB 6 (Aftaler) Send aftalerne\n\n"
            "**Projekt** Vagtplan\n\n**Beskrivelse** Aftalerne sendes til Planværk Syd senest 45 dage før "
            "go-live. "
            "Tilmelding til kurset sker senest 10 arbejdsdage før kurset. Kommunen bestemmer selv, om der "
            "holdes kursus om lørdagen.\n\n")


@pytest.fixture(scope="module")
def deadline() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(DEADLINE, source="deadline-s22"))


@pytest.mark.parametrize(("question", "verdict"), [
    ("Er det nok at sende aftalerne til Planværk Syd 60 dage før go-live?", "Ja"),
    ("Er det nok at sende aftalerne til Planværk Syd 30 dage før go-live?", "Nej"),
    ("Er det nok at tilmelde sig kurset 15 arbejdsdage før?", "Ja"),
    ("Er det nok at tilmelde sig kurset fem arbejdsdage før?", "Nej"),
    ("Er fristen for at sende aftalerne til Planværk Syd 60 dage før go-live?", "Nej"),
])
def test_a_time_on_the_right_side_of_a_stated_deadline_is_soon_enough(deadline, question, verdict):
    got = answer(deadline, question)
    assert got.found and got.answer.startswith(verdict), got.answer


def test_a_stated_value_in_a_sentence_that_leaves_it_to_the_kommune_is_no_must(deadline):
    got = answer(deadline, "Skal vi holde kursus om lørdagen?")
    assert not got.answer.startswith("Ja"), got.answer


ONLY = ("## T7\n\n**Master-opgave ID** 7717\n\n**Opgavetitel** VB 7 (Drift) Videoovervågning\n\n"
        "**Projekt** Vagtplan\n\n**Beskrivelse** Kun politiet og sikkerhedschefen må få udleveret "
        "optagelser. "
        "Driftsteknikeren skifter batterierne.\n\n")


@pytest.mark.parametrize(("question", "verdict"), [("Må driftsteknikeren få udleveret optagelser?", "Nej"),
                                                    ("Må sikkerhedschefen få udleveret optagelser?", "Ja")])
def test_only_the_parties_a_sentence_allows_may(question, verdict):
    kb = KnowledgeBase.from_tasks(parse_text(ONLY, source="only-s22"))
    got = answer(kb, question)
    assert got.found and got.answer.startswith(verdict) and "Kun politiet" in got.answer, got.answer

"""Session 24, fact, who and how-many: a duty taken on ('X står for at orientere ...'), the agent of a
passive named by a genitive ('laves af hjemmeplejens planlægger'), a contact line for a firm of two
words ('Kontakt hos Byg Nord: ...') and amounts in units of quantity ('2 800 tons', '10 mio. kr.')."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 8811\n\n**Opgavetitel** PV 1 (Drift) Parkvedligehold\n\n"
          "**Projekt** Parker\n\n**Beskrivelse** Naturcentret står for at vejlede skolerne om parkerne. "
          "Nøglerne til redskabsskuret udleveres af parkafdelingens driftsleder. Gruskassen rummer "
          "40 tons grus. Entreprenøren skal have en erhvervsforsikring på mindst 5 mio. kr.\n\n"
          "Kontakt hos Grøn Drift: Lasse Bjerg, formand, lb@groen.example\n\n"
          "Maskinerne leveres af Grøn Drift A/S.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="facts-s24"))


def test_a_duty_taken_on_with_staar_for_at_names_who_does_the_deed(kb):
    got = answer(kb, "Hvem vejleder skolerne om parkerne?")
    assert got.found and "Naturcentret" in got.answer, got.answer


def test_a_passive_agent_named_by_a_genitive_answers_who(kb):
    got = answer(kb, "Hvem udleverer nøglerne til redskabsskuret?")
    assert got.found and "driftsleder" in got.answer, got.answer


def test_a_contact_line_for_a_firm_of_two_words_names_its_contact(kb):
    got = answer(kb, "Hvem er kontaktperson hos Grøn Drift?")
    assert got.found and "Lasse Bjerg" in got.answer, got.answer


@pytest.mark.parametrize(("question", "value"), [("Hvor meget grus kan gruskassen rumme?", "40 tons"),
                                                 ("Hvor stor skal erhvervsforsikringen være?", "5 mio")])
def test_an_amount_in_a_unit_of_quantity_answers_how_much(kb, question, value):
    got = answer(kb, question)
    assert got.found and value in got.answer, got.answer


def test_a_contact_asked_of_a_firm_the_tasks_do_not_name_stays_unknown(kb):
    got = answer(kb, "Hvem er kontaktperson hos Park Nord?")
    assert not got.found, got.answer


RETURN = ("## T2\n\n**Master-opgave ID** 8812\n\n**Opgavetitel** PV 2 (Aftaler) Aftale med spejderne\n\n"
          "**Projekt** Parker\n\n**Beskrivelse** Spejderkorpset sender lejeaftalen til kommunen. Lejeaftalen "
          "underskrives af parkchefen og sendes derefter retur til korpsets kontor i Vejle.\n\n")


def test_where_a_paper_goes_back_is_not_answered_by_the_sentence_that_sends_it_out():
    kb = KnowledgeBase.from_tasks(parse_text(RETURN, source="facts-s24-retur"))
    got = answer(kb, "Hvortil sendes lejeaftalen retur?")
    assert got.found and "Vejle" in got.answer and "til kommunen" not in got.answer, got.answer


ROLE = ("## T3\n\n**Master-opgave ID** 8813\n\n**Opgavetitel** PV 3 (Drift) Træpleje\n\n"
        "**Projekt** Parker\n\n**Beskrivelse** Fældningsplanen godkendes af Mette Skov, kommunens "
        "naturforvalter. Beskæringen meldes til kommunens parkformand.\n\n")


def test_a_holder_named_before_the_role_in_apposition_answers_who_holds_it():
    kb = KnowledgeBase.from_tasks(parse_text(ROLE, source="facts-s24-rolle"))
    got = answer(kb, "Hvem er kommunens naturforvalter?")
    assert got.found and "Mette Skov" in got.answer, got.answer
    other = answer(kb, "Hvem er kommunens parkformand?")  # the role only referred to: no holder
    assert not other.found, other.answer


DUTY = ("## T4\n\n**Master-opgave ID** 8814\n\n**Opgavetitel** PV 4 (Uddannelse) Kursus i parkappen\n\n"
        "**Projekt** Parker\n\n**Beskrivelse** Kurserne varetages af leverandørens konsulent Ida Holt.\n\n"
        "Ansvarlig for kurserne: uddannelseskoordinator Bo Lind\n\n")


def test_who_answers_for_a_thing_is_the_one_responsible_not_the_one_carrying_it_out():
    kb = KnowledgeBase.from_tasks(parse_text(DUTY, source="facts-s24-ansvar"))
    got = answer(kb, "Hvem er ansvarlig for kurserne?")
    assert got.found and "Bo Lind" in got.answer, got.answer
    doer = answer(kb, "Hvem varetager kurserne?")
    assert doer.found and "Ida Holt" in doer.answer, doer.answer


SYSTEM = ("## T5\n\n**Master-opgave ID** 8815\n\n**Opgavetitel** PV 5 (System) Nyt registreringssystem\n\n"
          "**Projekt** Parker\n\n**Beskrivelse** Parkafdelingen skifter til "
          "registreringssystemet GreenLog 4, "
          "som leveres af Parkdata ApS. Træerne må ikke bruges til klatring.\n\n")


def test_which_system_is_used_is_answered_by_the_name_without_the_verb_of_using():
    kb = KnowledgeBase.from_tasks(parse_text(SYSTEM, source="facts-s24-system"))
    got = answer(kb, "Hvilket registreringssystem skal parkafdelingen bruge?")
    assert got.found and "GreenLog" in got.answer, got.answer
    other = answer(kb, "Hvilket lønsystem skal parkafdelingen bruge?")
    assert not other.found, other.answer


TABLE = ("## T6\n\n**Master-opgave ID** 8816\n\n**Opgavetitel** PV 6 (Drift) Parkernes depoter\n\n"
         "**Projekt** Parker\n\n**Beskrivelse** Depoterne er fordelt på byens parker.\n\n"
         "| Depot | Adresse | Maskiner |\n|---|---|---|\n"
         "| Lunden | Parkvej 3 | 4 |\n| Engen | Søgade 17 | 2 |\n\n")


def test_where_a_table_row_lies_is_its_cell_in_the_column_of_addresses():
    kb = KnowledgeBase.from_tasks(parse_text(TABLE, source="facts-s24-tabel"))
    got = answer(kb, "Hvor ligger depotet Engen?")
    assert got.found and "Søgade 17" in got.answer and "Parkvej" not in got.answer, got.answer
    other = answer(kb, "Hvor ligger depotet Bakken?")  # a row the table does not have
    assert not other.found, other.answer



LINES = ("## T8\n\n**Master-opgave ID** 8818\n\n**Opgavetitel** PV 8 (Aftaler) Aftale om parkrobotter\n\n"
         "**Projekt** Parker\n\n**Beskrivelse** Græsset slås af robotter fra Robogreen ApS. Prisen er "
         "400 kr. pr. robot pr. måned.\n\n- Aftalenummer: RG-2028-7\n- Opsigelsesvarsel: 6 måneder\n\n"
         "## T9\n\n**Master-opgave ID** 8819\n\n**Opgavetitel** PV 9 (Drift) Skraldespande\n\n"
         "**Projekt** Parker\n\n**Beskrivelse** Skraldespandene tømmes af Renova Syd.\n\n")


def test_a_labelled_line_answers_of_the_party_its_task_names_elsewhere():
    kb = KnowledgeBase.from_tasks(parse_text(LINES, source="facts-s24-linjer"))
    got = answer(kb, "Hvad er aftalenummeret med Robogreen?")
    assert got.found and "RG-2028-7" in got.answer, got.answer
    other = answer(kb, "Hvad er aftalenummeret med Renova Syd?")  # another task's party: not its number
    assert not other.found or "RG-2028-7" not in other.answer, other.answer


def test_a_bare_kind_word_keeps_the_verb_of_using():
    from knowledge.qa.intents.facts import _KIND_HEAD
    assert _KIND_HEAD.search("journalsystem") and not _KIND_HEAD.search("system")


METHOD = ("## T10\n\n**Master-opgave ID** 8820\n\n**Opgavetitel** PV 10 (Aftaler) Kontrakter med gartnere\n\n"
          "**Projekt** Parker\n\n**Beskrivelse** Kontrakterne løber i to år.\n\n"
          "- Betaling: kvartalsvis forud\n\n"
          "**Metode og fremgangsmåde** 1. Opdatér kontraktskabelonen\n2. Send kontrakterne til gartnerne\n\n")


def test_how_a_thing_no_step_speaks_of_is_done_is_not_the_tasks_method():
    kb = KnowledgeBase.from_tasks(parse_text(METHOD, source="facts-s24-metode"))
    got = answer(kb, "Hvordan betales gartnerne?")
    assert "Opdatér kontraktskabelonen" not in got.answer, got.answer
    steps = answer(kb, "Hvordan sender vi kontrakterne til gartnerne?")
    assert steps.found and "Send kontrakterne" in steps.answer, steps.answer


def test_reporting_back_is_no_paper_sent_back():
    from knowledge.qa.gate.signing import _BACK
    assert not _BACK.search("Hvor længe har vi til at melde tilbage om fejl?")
    assert _BACK.search("Hvortil sendes aftalen retur?") and _BACK.search("Hvornår sendes den tilbage?")


def test_which_system_is_used_now_keeps_the_verb_of_using():
    from knowledge.qa.intents.facts import _NOW
    assert _NOW.search("hvilket affaldssystem bruger vi i dag?")
    assert not _NOW.search("hvilket journalsystem skal vi bruge?")

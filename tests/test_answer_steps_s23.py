"""Method steps, signatures and text deadlines (branch s23-steps): steps written in the description,
steps named by what they do, papers nobody signs."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.described_steps import described_steps
from knowledge.fold import ascii_fold
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected

_TSV = (
    "*Opgavetitel\t(ZZ 1) {title}\n*Projekt\tZetaprojekt\n"
    "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tObligatorisk\n"
    "Mål\tAlt er klar.\n*Beskrivelse\t{description}\n{method}Resultat\tFærdig.\n"
)


def _task(description: str, method: str = "", title: str = "Klargøring af zetasystemet"):
    line = f"Metode og fremgangsmåde\t{method}\n" if method else ""
    return parse_text(_TSV.format(title=title, description=description, method=line))[0]


def test_inline_steps_after_a_lead_in_the_description_become_the_method():
    task = _task("<p>Systemet skal være klar.</p><p>Fremgangsmåden er: 1) hent filen, "
                 "2) kontrollér filen, 3) send filen til leverandøren.</p>")
    assert [s.text for s in task.method_steps] == [
        "Hent filen", "Kontrollér filen", "Send filen til leverandøren."]


def test_trin_paragraphs_in_the_description_become_the_method():
    task = _task("<p>Indledning.</p><p>Trin 1: Opret brugerne.</p><p>Trin 2: Tildel roller.</p>"
                 "<p>Trin 3: Test adgangen.</p>")
    assert [s.number for s in task.method_steps] == [1, 2, 3]
    assert task.step(2).text.startswith("Tildel roller")


def test_a_numbered_list_without_a_lead_is_not_taken_for_steps():
    assert described_steps("Systemet har to dele: kerne og klient.\n\n1. maj er fristen.") == []
    assert described_steps("Priserne:\n\n1) grundpris 2) tillæg") == []


def test_a_method_field_wins_over_steps_in_the_description():
    task = _task("<p>Fremgangsmåde: 1) a-trin 2) b-trin</p>",
                 method="<ol><li>Eget trin</li><li>Andet</li></ol>")
    assert [s.text for s in task.method_steps] == ["Eget trin", "Andet"]


# --- steps named by their deed: what comes before or after them ---------------------------------

_PAPER = ("<p>Erklæringen underskrives af kommunens kvalitetschef.</p>",
          "<ol><li>Hent skabelonen til erklæringen</li><li>Udfyld erklæringen med kontonumrene</li>"
          "<li>Få erklæringen underskrevet af kvalitetschefen</li><li>Scan den underskrevne erklæring</li>"
          "<li>Upload erklæringen i portalen</li></ol>")


def _kb():
    return KnowledgeBase([_task(*_PAPER, title="Erklæring om zetakonti")])


def test_what_must_be_done_before_a_deed_lists_the_steps_before_it_not_who_signs():
    a = answer(_kb(), "Hvad skal være gjort, inden erklæringen kan underskrives?")
    assert a.found and "Udfyld erklæringen" in a.answer and "Hent skabelonen" in a.answer
    assert "Scan" not in a.answer and "Upload" not in a.answer


def test_what_comes_before_a_deed_is_the_one_step_before_it():
    a = answer(_kb(), "Hvad kommer før upload af erklæringen i portalen?")
    assert a.found and "Scan den underskrevne" in a.answer and "Udfyld" not in a.answer


def test_after_a_deed_said_by_several_steps_counts_from_the_first_that_does_it():
    # steps 3 and 4 both say 'underskrevet'; the deed is done in step 3, so step 4 follows
    a = answer(_kb(), "Hvad er næste trin, efter at erklæringen er underskrevet?")
    assert a.found and "Scan den underskrevne" in a.answer and "Upload" not in a.answer


def test_what_comes_after_a_deed_without_a_word_for_step():
    a = answer(_kb(), "hvad kommer efter scanningen af den underskrevne erklæring")
    assert a.found and "Upload" in a.answer


def test_before_the_first_step_is_nothing():
    a = answer(_kb(), "Hvad skal man gøre før man henter skabelonen til erklæringen?")
    assert not a.found or "Hent skabelonen" not in a.answer.split("\n")[-2]


# --- papers: an approval verb before another object, a part of a paper, a form among other papers ---


def test_approving_the_final_load_does_not_sign_the_paper_of_an_earlier_step():
    task = _task("<p>Overførslen kræver ikke underskrift.</p>",
                 method="<ol><li>Udfyld skabelonen (bilag C)</li><li>Send skabelonen til leverandøren</li>"
                        "<li>Godkend den endelige indlæsning</li></ol>")
    assert task.signatures == []


def test_a_pronoun_still_means_the_paper_before():
    task = _task("<p>Aftalen kommer fra KOMBIT.</p>",
                 method="<ol><li>Modtag aftalen</li><li>Godkend den og send den retur til KOMBIT</li></ol>")
    assert [s.document for s in task.signatures] == ["aftale"]


def test_the_form_signed_is_kept_apart_from_a_text_approved():
    task = _task("<p>Ved tilmelding sendes en samtykkeblanket til forældrene. Blanketten underskrives af "
                 "forældremyndighedsindehaveren og sendes retur til skolens kontor.</p>"
                 "<p>Teksten i blanketten skal være godkendt af skolelederen.</p>",
                 method="<ol><li>Få teksten godkendt af skolelederen</li><li>Slå samtykke til</li></ol>")
    signers = {s.document: s.signer for s in task.signatures}
    form = next(d for d in signers if d.endswith("blanket"))
    assert signers[form] == "forældremyndighedsindehaveren"
    assert next(s for s in task.signatures if s.document == form).recipient == "skolens kontor"
    assert all(s.signer != "skolelederen" for s in task.signatures if s.document == form)


def test_hvortil_asks_where_a_paper_goes():
    assert expected(ascii_fold("hvortil sendes aftalen retur?")) is Expect.PLACE
    assert expected(ascii_fold("hvorhen skal fuldmagten sendes?")) is Expect.PLACE
    kb = KnowledgeBase([_task("<p>Aftalen underskrives af direktøren. Den underskrevne aftale sendes retur "
                              "til KOMBIT via sekretariatet for Zetaportalen.</p>", title="Aftale om zeta")])
    a = answer(kb, "Hvortil sendes aftalen om zeta retur?")
    assert a.found and "sekretariatet" in a.answer


def test_who_signs_a_paper_the_task_says_is_not_signed_is_not_found_but_says_so():
    kb = KnowledgeBase([_task("<p>Hvert år sendes en rapport om zetaforbruget. Rapporten skal ikke "
                              "underskrives, men den skal godkendes af teamlederen, før den sendes.</p>",
                              title="Rapport om zetaforbrug")])
    a = answer(kb, "Hvem skal underskrive rapporten om zetaforbruget?")
    assert not a.found
    assert "ikke underskrives" in a.answer


def test_what_we_do_in_step_n_of_a_task_asks_the_text_not_our_next_step():
    from datetime import UTC, datetime

    from bot.ask import ask
    from bot.store import Store
    kb = KnowledgeBase([_task("<p>Om zeta.</p>", method="<ol><li>Hent filen</li><li>Ryd op i filen</li>"
                                                       "<li>Send filen</li></ol>")])
    now = datetime(2027, 2, 1, 12, tzinfo=UTC)
    for q in ("What do we do in step 2 of ZZ 1?", "hvad skal vi gøre i trin 2 af ZZ 1"):
        a = ask(Store(None), kb, team="T1", question=q, user="U1", now=now).answer
        assert a.found and "Ryd op i filen" in a.answer and "Hent filen" not in a.answer


def test_whether_a_step_is_mandatory_is_not_the_tasks_priority():
    steps = "<ol><li>Hent filen</li><li>Ryd op i filen</li><li>Send filen</li></ol>"
    kb = KnowledgeBase([_task("<p>Trin 2 er valgfrit for små kommuner.</p>", method=steps)])
    a = answer(kb, "Er trin 2 i ZZ 1 obligatorisk?")
    assert a.found and a.answer.startswith("Nej") and "valgfrit" in a.answer
    a = answer(kb, "Er trin 3 i ZZ 1 obligatorisk?")  # the task is 'Obligatorisk'; its step 3 is not said
    assert not a.found


def test_a_compound_naming_the_named_task_does_not_hide_its_step():
    steps = "<ol><li>Hent filen</li><li>Ryd op i filen</li><li>Send filen</li></ol>"
    from knowledge.base import load_seeds
    kb = KnowledgeBase([*load_seeds(), _task("<p>Om zeta.</p>", method=steps, title="Test af zetafilen")])
    a = answer(kb, "hvad er trin 2 i testopgaven ZZ 1")  # the title's word, as a compound
    assert a.found and "Ryd op i filen" in a.answer

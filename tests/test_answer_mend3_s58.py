# ruff: noqa: E501
"""Mends after review of session 58's merge (cw gates, parse blocks): a holding verb of another noun
('velkomstmappen, der indeholder ...') or 'med' + a time ('med 2 ugers varsel') says nothing the asked
thing holds; 'hvor tæt på go-live' asks a time; a second question answered by another passage of the task;
'den 14 bus' names the bus; a bare lead ending in ':' stays with its content."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.text import html_blocks


def _t(ident, code, title, project, description):
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** {project}

**Prioritet** Prioritet 2

**Mål** Kommunens oplysninger er klar, inden portalen åbner.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


_SVOM = ("*Opgavetitel\t(SVØM 1) Tilslutning til Svømmeportalen\n*Projekt\tSvømmehaller\n"
         "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tObligatorisk\n"
         "Mål\tMålet er, at hallerne kan bookes.\n"
         "*Beskrivelse\tSvømmeportalen bookes af foreninger. Ved spørgsmål kontakt:\n\nLise Bølge, lise@svoem.dk\n\n"
         "Følgende skal underskrives af direktøren senest 6 uger før go-live:\n\nBrugeraftalen\n\n"
         "<p>Sådan gør I: Hent aftalen i portalen.</p>\n"
         "Metode og fremgangsmåde\t<ol><li>Hent aftalen.</li><li>Send den til direktøren.</li></ol>\nResultat\tR.\n")

_TASKS = [
    _SVOM,
    _t(99111, "KASS 2", "Startkassen til de nye frivillige", "Fælles Frivillige",
       "Startkassen bestilles hos Frivilligcentret. Startkassen sendes ud sammen med velkomstmappen, der indeholder 3 plakater og en folder.\n\nHver frivillig får en startkasse."),
    _t(99141, "BUDG 5", "Budget for naturcentret", "Fælles Naturcentre",
       "Budgettet for naturcentret godkendes af direktionen. Regnskabet godkendes af Kultur- og Fritidsudvalget.\n\nBudgettet sendes til Naturstyrelsen senest 30 dage før go-live."),
    _t(99101, "MILJ 2", "Arbejdsmiljøplanen for vejdepotet", "Fælles Vejdepoter",
       "Kommunen udarbejder en arbejdsmiljøplan for vejdepotet. Arbejdsmiljøplanen godkendes af MED-udvalget senest 1. marts.\n\nPlanen sendes derefter til Gruskassen Data."),
    _t(99115, "BUSK 2", "Busruten til skolefesten", "Fælles Skolefester",
       "Eleverne køres til festen i 3 busser. Busserne lejes hos Rutekørsel ApS, og ruten godkendes af skolelederen, der sender den til chaufførerne.\n\nTag den 14 bus fra Stationen."),
    _t(99131, "PROG 2", "Programmet for høstfesten", "Fælles Høstfester",
       "Programmet for høstfesten sendes ud med 2 ugers varsel.\n\nProgrammet for høstfesten: kl. 12 tale ved borgmesteren, kl. 14 koncert, kl. 17 fællesspisning."),
]


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *[t for s in _TASKS for t in parse_text(s)]])


def test_contents_of_another_noun_are_not_the_asked_things():
    a = answer(_kb(), "hvad er der i startkassen?")
    assert not (a.found and "3 plakater" in a.answer)


def test_contents_of_the_noun_a_relative_clause_stands_for_are_said():
    a = answer(_kb(), "hvad er der i velkomstmappen?")
    assert a.found and "3 plakater" in a.answer


def test_with_a_time_says_no_contents():
    a = answer(_kb(), "hvad er der i programmet for høstfesten?")
    assert not (a.found and "varsel" in a.answer)


def test_how_close_to_go_live_asks_a_time():
    a = answer(_kb(), "hvor tæt på go-live skal budgettet sendes til Naturstyrelsen?")
    assert a.found and "30 dage før go-live" in a.answer


def test_second_question_answered_by_another_paragraph_of_the_task_is_no_half_answer():
    # (a mend that added the other paragraph was taken back after review C: any passage of the task that
    # hands on something sharing a word was added, 'Kommentarer til budgettet sendes til X' for the budget)
    a = answer(_kb(), "hvem godkender arbejdsmiljøplanen, og hvor skal den hen?")
    assert not a.found or ("MED-udvalget" in a.answer and "Gruskassen Data" in a.answer), a.answer


def test_a_number_after_den_names_the_bus():
    a = answer(_kb(), "hvilken bus skal vi tage til skolefesten?")
    assert a.found and "den 14 bus" in a.answer


def test_a_bare_lead_ending_in_a_colon_stays_with_its_content():
    assert html_blocks("Ved spørgsmål kontakt:\n\nLise Bølge, lise@svoem.dk\n\nSidste afsnit.\n\n<p>Sådan gør I.</p>") == [
        ("p", ["Ved spørgsmål kontakt: Lise Bølge, lise@svoem.dk"]), ("p", ["Sidste afsnit."]), ("p", ["Sådan gør I."])]


def test_contact_and_deadline_after_a_lead_with_a_colon_are_found():
    a = answer(_kb(), "hvem kan jeg kontakte om Svømmeportalen?")
    assert a.found and "Lise Bølge" in a.answer
    a = answer(_kb(), "hvornår skal brugeraftalen underskrives?")
    assert a.found and "6 uger før go-live" in a.answer

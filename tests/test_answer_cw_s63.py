"""Confident wrong answers refused or mended (session 63): a time asked of a passive deed done to one thing
('hvornår må templet åbnes?') answered by the same deed done to another thing the sentence opens on
('Udstillingen åbnes senest ...') or by another passive deed of the same thing ('Reglementet evalueres ...'
for 'when must the rules be sent?'); a sentence that only says the asked deed is shown ('X viser, hvordan
lysene tændes') or denies nothing ('Læg reglerne i X' for 'hvad må man ikke lægge i X?') given as what it
is; a role that is only a nameless field of a list ('- ansvarlig guide') given as who."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(code: str, ident: str, title: str, text: str, goal: str = "Opgaven er løst.") -> str:
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** Fælles Tempel

**Prioritet** Valgfri

**Mål** {goal}

**Beskrivelse** {text}

**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task("TMPL 1", "7701", "Tilslutning til Tempelbogen",
          "Kommunen tilsluttes Tempelbogen, hvor borgerne booker rundvisninger i det gamle tempel. "
          "Tempelbogen drives af Søjle Data.\n\n- Pris: 800 kr. pr. måned"),
    _task("TMPL 3", "7703", "Tempelreglerne",
          "Det lille tempel i parken står lukket det meste af året. Den tidligere tempelvogter Ib "
          "Røgelse viser, hvordan lysene tændes og slukkes.\n\n"
          "- Templet må først åbnes efter 30 år\n- Gæster skal tage skoene af\n- Hunde er ikke tilladt\n\n"
          "Undlader kommunen at feje trappen, lukkes templet for gæster.\n\n"
          "1. Sæt skiltet op ved indgangen\n2. Læg reglerne i Tempelbogen"),
    _task("TMPL 4", "7704", "Rundvisningslisten",
          "Rundvisningslisten beskriver hver rundvisning i templet. For hver rundvisning skal listen "
          "indeholde:\n\n- dato\n- antal gæster\n- ansvarlig guide\n\n"
          "Søjle Data lægger listen ind i Tempelbogen.\n\n"
          "Tempelråd:\n\n- Formand: Ida Sten\n- Kasserer: Bo Marmor"),
    _task("TMPL 6", "7706", "Besøgsreglementet",
          "Kommunen vedtager et besøgsreglement for templerne:\n\n- Børn fra 8 år må komme med\n"
          "- Højst 20 besøgende i templet ad gangen\n\nBesøgsreglementet vedtages af kulturudvalget og "
          "sendes til Søjle Data senest 12 dage før go-live. Søjle Data lægger reglementet ind i Tempelbogen "
          "inden for 3 dage efter modtagelsen. Reglementet evalueres 6 måneder efter første besøgsdag.",
          goal="Besøgsreglementet gælder i alle templer."),
    _task("TMPL 5", "7705", "Tempeldagen (valgfri)",
          "Tempeldagen holdes søndag den 7. september 2031 kl. 10-15 på Tempelvej 3, 7790 Tempelby. "
          "Udstillingen åbnes senest 4 arbejdsdage før go-live.\n\n"
          "1. Åbn udstillingen i Tempelbogen\n2. Hold Tempeldagen",
          goal="Templet vises frem ved en fest for borgerne."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question, other", [
    # the deed asked of the tempel is done to the udstilling in the sentence that has a time
    ("Hvornår må templet åbnes?", "Udstillingen"),
    ("Hvor længe går der, før templet åbnes?", "Udstillingen"),
    # the time of another passive deed done to the same thing ('evalueres'), the asked one unsaid
    ("How many days before go-live do the temple visitor rules have to be sent?", "6 måneder"),
    ("Hvor mange dage før go-live skal besøgsreglerne sendes?", "6 måneder"),
    # a field the list holds, not who the guide is
    ("Hvem er guiden på rundvisningslisten?", "ansvarlig guide"),
    ("Hvem er guiden?", "ansvarlig guide"),
])
def test_no_confident_answer_from_another_line(kb, question, other):
    got = answer(kb, question)
    assert not got.found or other not in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Hvad tændes lysene med?",  # the deed asked stands only in what the keeper shows: 'viser, hvordan ...'
    "Hvordan slukkes lysene i templet?",
    "Hvad må man ikke lægge i templet?",  # what is denied: a step that denies nothing ('2. Læg reglerne')
])
def test_a_sentence_that_does_not_say_what_is_asked_is_no_answer(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvornår må templet åbnes?", "30 år"),  # the sentence whose subject is the thing asked
    ("Hvornår skal udstillingen åbnes?", "4 arbejdsdage"),  # the other thing, asked by its own name
    ("Hvornår skal udstillingen på Tempeldagen åbnes?", "4 arbejdsdage"),  # and with the day it is of
    ("Hvornår skal besøgsreglementet sendes?", "12 dage"),  # the sentence that says the deed asked
    ("Hvornår skal reglementet evalueres?", "6 måneder"),  # the other deed, asked by its own verb
    ("Hvem viser, hvordan lysene tændes?", "Ib Røgelse"),  # who shows it: the telling is asked
    ("Hvad booker borgerne i Tempelbogen?", "rundvisninger"),  # a relative 'hvor' clause states a fact
    ("Hvem er formand for tempelrådet?", "Ida Sten"),  # a dashed list of names still names them
    ("Hvem lægger rundvisningslisten ind i Tempelbogen?", "Søjle Data"),
    ("Hvad er ikke tilladt i templet?", "Hunde"),  # a denial said answers what is denied
    ("Hvad er konsekvensen af ikke at feje trappen?", "lukkes"),  # a deed named undone asks no denial
])
def test_the_answer_of_the_thing_asked_is_still_given(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


def test_the_gate_refuses_the_time_of_another_deed_of_the_thing(kb):
    # (the pipeline's ranking often hides this sentence behind the deadline; the gate must refuse it itself)
    from knowledge.index import index_for
    from knowledge.qa import gate
    from knowledge.qa.analysis import analyse
    from knowledge.qa.candidate import Candidate

    index = index_for(kb)
    task = next(i for i, t in enumerate(index.tasks) if t.id == "7706")
    other = Candidate("passage", "Reglementet evalueres 6 måneder efter første besøgsdag.", [task], set())
    sent = Candidate("passage", "Besøgsreglementet vedtages af kulturudvalget og sendes til Søjle Data "
                                "senest 12 dage før go-live.", [task], set())
    q = analyse(index, "How many days before go-live do the temple visitor rules have to be sent?")
    assert not gate.answers(index, q, other)
    assert gate.answers(index, q, sent)

"""Kinds of who, yes/no and consequence answers mended in session 63: a sentence below a list that names the
list again ('Formanden ... godkender bådlisten') not read with the intro that says what the list is of;
'hvem skal man vælge X sammen med?' refused because the partner
after 'sammen med' was a plain plural noun no role list holds; 'hvem er <navn>?' refused where the sentence
sets the person's trade right before the name ('Den tidligere kajakinstruktør Jens Pagaj ...'); 'hvad hvis X
ikke bliver godkendt af lauget?' refused because the consequence sentence does not repeat the doer its task
names in a step; 'hvad sker der hvis en padler mangler på listen?' left without a task when several tasks'
consequence sentences share the noun and only one says the list; 'må X selv V?' not read against 'Kun Y
må V' when X is no role word."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds


def _task(n: int, title: str, text: str, *, steps: str = "", goal: str = "Opgaven er løst.") -> str:
    code, ident = f"KAJK {n}", f"660{n}"  # (every task of the set is one of Fælles Kajak's)
    method = f"**Metode og fremgangsmåde** {steps}\n\n" if steps else ""
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** Fælles Kajak

**Prioritet** Obligatorisk

**Mål** {goal}

**Beskrivelse** {text}

{method}**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task(1, "Tilslutning til Padlebogen",
          "Kommunen tilslutter sig Padlebogen, hvor borgerne booker kajakture med en padler fra klubben. "
          "Uden en underskrevet aftale kan kommunens kajakture ikke vises i Padlebogen.",
          steps="<p>1) Læs aftalen 2) Send aftalen til KOMBIT</p>"),
    _task(2, "Kajaklisten",
          "Kajaklisten skal for hver padler indeholde:\nnavn\nalder\nsvømmeprøve\nstørrelse på redningsvest\n"
          "Lederen af Kajaklauget godkender kajaklisten og sender den til Pagaj Teknik.\n"
          "Padlere, der ikke står på kajaklisten, må ikke låne kajakkerne.",
          goal="Kun padlere på kajaklisten låner kajakkerne."),
    _task(3, "Sejlplan og kajakpladser",
          "Kommunen laver en sejlplan for kajakturene. Uden en godkendt sejlplan kan der ikke bookes ture "
          "på fjorden.",
          steps="<p>1) Vælg kajakpladserne sammen med bådsmændene 2) Tegn sejlplanen 3) Få sejlplanen "
                "godkendt af lederen af Kajaklauget 4) Send sejlplanen til Pagaj Teknik</p>"),
    _task(4, "Kajakdagen (valgfri)",
          "Kommunen kan holde en kajakdag ved havnen. Den tidligere kajakinstruktør Jens Pagaj viser, "
          "hvordan man vender en kajak. Kontakt Mette Vandstrøm for at låne en ekstra kajak. Kun "
          "kommunens havnefoged må flytte kajakkerne på kajakdagen."),
    _task(5, "Bådlisten",
          "Bådlisten har for hver roer:\n\n- navn\n- vægt\n- svømmeprøve\n\n"
          "Formanden for Roklubben godkender bådlisten og sender den til Pagaj Teknik."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


# --- a sentence below a list that names the list again

def test_a_sentence_naming_the_list_again_is_read_with_its_intro(kb):
    # 'Formanden ... godkender bådlisten' under the list whose intro says it is of the roere
    got = answer(kb, "hvem godkender listen over roere?")
    assert got.found and "Formanden for Roklubben" in got.answer and got.sources == ["6605"], got.answer


# --- the partner after 'sammen med'

def test_who_one_does_a_deed_with_is_the_partner_after_sammen_med(kb):
    got = answer(kb, "hvem skal man vælge kajakpladserne sammen med?")
    assert got.found and "bådsmændene" in got.answer and got.sources == ["6603"], got.answer


def test_a_partner_answers_only_a_question_that_asks_one():
    text = "1. Vælg kajakpladserne sammen med bådsmændene"
    assert holds(Expect.PARTY, text, "hvem skal man vælge kajakpladserne sammen med?")
    assert not holds(Expect.PARTY, text, "hvem tegner sejlplanen?")  # control: no partner asked
    # a thing after 'sammen med' is no partner
    assert not holds(Expect.PARTY, "Send sejlplanen sammen med systemet", "hvem sendes den sammen med?")


# --- 'hvem er <navn>?'

@pytest.mark.parametrize("question", ["hvem er Jens Pagaj?", "hvem er jens pagaj"])
def test_a_named_person_is_told_by_the_noun_before_the_name(kb, question):
    got = answer(kb, question)
    assert got.found and "kajakinstruktør" in got.answer and got.sources == ["6604"], got.answer


# --- 'må X selv ...?' against 'Kun Y må ...'

@pytest.mark.parametrize("question", ["Må roklubberne selv flytte kajakkerne?",
                                      "Må Roklubben selv flytte kajakkerne på kajakdagen?",
                                      "Må padlerne selv flytte kajakkerne?"])
def test_a_subject_acting_itself_is_a_party_the_only_rule_leaves_out(kb, question):
    got = answer(kb, question)
    assert got.found and got.answer.startswith("Nej") and "havnefoged" in got.answer, got.answer


def test_the_party_the_only_rule_allows_is_no_nej(kb):
    # control: the one the 'Kun' sentence names may
    got = answer(kb, "Må havnefogeden selv flytte kajakkerne?")
    assert not got.answer.startswith("Nej"), got.answer


# --- what follows when a deed by a named doer is not done

def test_the_doer_of_a_lacking_deed_is_read_in_the_task(kb):
    got = answer(kb, "hvad hvis sejlplanen ikke bliver godkendt af lauget")
    assert got.found and "ikke bookes" in got.answer and got.sources == ["6603"], got.answer


# --- the consequence of a thing missing from a list

@pytest.mark.parametrize("question", ["hvad sker der hvis en padler mangler på listen",
                                      "hvad hvis en padler ikke står på listen?"])
def test_the_task_whose_consequence_says_the_list_answers(kb, question):
    got = answer(kb, question)
    assert got.found and "må ikke låne kajakkerne" in got.answer and got.sources == ["6602"], got.answer


# --- controls: neighbours of the kinds above that the tasks do not answer

@pytest.mark.parametrize("question", [
    "hvem er Mette Vandstrøm?",  # 'Kontakt Mette Vandstrøm' says what to do, not who she is
    "hvad hvis sejlplanen ikke bliver godkendt af borgmesteren",  # a doer the task never names
    # 'Padlere, der ikke står på kajaklisten, ...' is of another condition than not showing up
    "hvad sker der hvis en padler ikke dukker op?",
])
def test_neighbours_stay_unknown(kb, question):
    assert not answer(kb, question).found

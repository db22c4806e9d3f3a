"""Right answers the engine found and then threw away (session 65), now kept, with neighbours that must stay
honest: a mail address whose own words look like a sibling compound of the thing asked about ('Send den
underskrevne aftale til kajakaftale@kombit.dk' for the tilslutningsaftale's address: the address is the
value, not another agreement the sentence speaks of); a sentence that opens with a name said to be the
noun a 'hvad hedder' question asks the name of ('Åreskiftet er den app, hvor ...'); and an English
question whose word the engine reads
as a Danish word only one task's text uses ('company' read 'firma'): the rarity of a rendering the engine
chose tells no other task's topic, so only another task's title does."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(code: str, ident: str, title: str, text: str, *, project: str = "Fælles Kajak",
          goal: str = "Opgaven er løst.") -> str:
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** {project}

**Prioritet** Valgfri

**Mål** {goal}

**Beskrivelse** {text}

**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task("KAJK 1", "9301", "Tilslutning til Padlebogen",
          "Kommunen tilslutter sig Padlebogen, hvor foreningerne booker kajakker i havnen. "
          "Tilslutningsaftalen underskrives af direktøren for Kultur og Havn og sendes retur til KOMBIT.\n\n"
          "1. Læs tilslutningsaftalen\n2. Få aftalen underskrevet\n"
          "3. Send den underskrevne aftale til kajakaftale@kombit.dk\n4. Opdater opgaven i KLIK"),
    _task("KAJK 2", "9302", "Databehandleraftale for Padlebogen",
          "Padlebogen gemmer roernes navne og telefonnumre.\n\n"
          "1. Læs aftalen\n2. Send den underskrevne databehandleraftale til dpa-padle@kombit.dk"),
    _task("KAJK 3", "9303", "Lån af våddragter",
          "Kommunen kan låne våddragter og hjelme af Bølgeskum Udlejning, der ejes af Mette Strandvig.\n\n"
          "- Et lån: 20 våddragter og 8 hjelme\n- Låneperiode: 7 dage"),
    _task("KAJK 5", "9305", "Adgang til Åreskiftet",
          "Åreskiftet er den app, hvor klubbernes trænere melder hold til kaproningen på søen. "
          "Kommunen er den myndighed, der godkender løbsruten.\n\n1. Få adgang\n2. Opret klubberne"),
    _task("KAJK 4", "9304", "Rengøring af bådhallen",
          "Bådhallen rengøres hver uge af et eksternt firma, som kommunen vælger efter udbud."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question, expected", [
    # the address's own words ('kajakaftale') are the value, no sibling of the tilslutningsaftale asked
    ("Hvilken mailadresse skal den underskrevne tilslutningsaftale til Padlebogen sendes til?",
     "kajakaftale@kombit.dk"),
    ("hvilken mail skal tilslutningsaftalen sendes til", "kajakaftale@kombit.dk"),
    # an English word read as a Danish word that one task's text uses ('company' - 'firma') is no other
    # task's topic where no task's title says it
    ("Who owns the company that lends out the wet suits?", "Mette Strandvig"),
    # a sentence that opens with a name said to be the asked noun ('X er den app, hvor ...') names it
    ("hvad hedder appen hvor trænerne melder hold til kaproning", "Åreskiftet"),
])
def test_the_found_answer_is_kept(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected.casefold() in got.answer.casefold(), got.answer


@pytest.mark.parametrize("question, wrong", [
    # a sibling compound said outside the address ('databehandleraftale') is still another agreement's
    ("Hvilken mailadresse skal den underskrevne tilslutningsaftale sendes til?", "dpa-padle@kombit.dk"),
    # and a rare Danish word the asker wrote still tells another task's topic
    ("Hvem ejer det eksterne firma, der rengør våddragterne?", "Mette Strandvig"),
    # a party's word first ('Kommunen er den myndighed ...') is no name of the noun
    ("hvad hedder myndigheden der godkender løbsruten", "Kommunen er den"),
])
def test_no_confident_answer_from_another_reading(kb, question, wrong):
    got = answer(kb, question)
    assert not got.found or wrong not in got.answer, got.answer

"""A who-question for one party is not answered by a list of four or more role facts none of which names the
thing asked (s47): the list gives the role's holders for other things ('Kontaktpersoner: Vagtcentralen: ...'
for the sms warnings); a question that asks for several ('entreprenørerne', 'alle') still gets the list, as
does one whose thing a listed line names, and a fact naming the asked thing still answers alone."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Candidate
from knowledge.qa.pipeline import answer
from knowledge.qa.shortfalls import parties_of_many

EXPORT = """## VEJ 3 (Drift) Vintertjeneste på kommunens veje

**Master-opgave ID** 7731

**Opgavetitel** VEJ 3 (Drift) Vintertjeneste på kommunens veje

**Projekt** Vintervedligehold

**Prioritet** Obligatorisk

**Beskrivelse** Vejene saltes og ryddes i fem distrikter af private entreprenører.

Entreprenør pr. distrikt:
- Distrikt Nord: Egholm Maskinstation
- Distrikt Syd: Nyrup Entreprise
- Distrikt Øst: Storå Anlæg
- Distrikt Vest: Vejby Service
- Distrikt Midt: Nyrup Entreprise

Saltlageret tilses af driftsformanden hver uge.

## VEJ 4 (Drift) Glatførevarsling

**Master-opgave ID** 7732

**Opgavetitel** VEJ 4 (Drift) Glatførevarsling

**Projekt** Vintervedligehold

**Prioritet** Valgfri

**Beskrivelse** Varslerne sendes som sms til chaufførerne.

Kontaktpersoner:
- Vagtcentralen: Maja Lund
- Driftskontoret: Ole Krogh
- Vejmeteorologi: Sanne Bak
- Presse: Kasper Dahl
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


@pytest.mark.parametrize("question", [
    "hvem er kontaktperson for sms-varslerne?",  # no contact for the sms: the list is the others'
    "hvem er kontaktperson for chaufførerne?",
])
def test_one_party_asked_is_not_the_whole_list(kb, question):
    a = answer(kb, question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("hvem er entreprenørerne i distrikterne?", "Storå Anlæg"),  # several asked: the list answers
    ("hvem er entreprenør for alle distrikter?", "Vejby Service"),
    ("hvem er entreprenør i distrikt Vest?", "Vejby Service"),  # a listed line names Vest
    ("hvem er kontaktperson for vejmeteorologi?", "Sanne Bak"),  # the fact naming it answers alone
    ("hvem tilser saltlageret?", "driftsformand"),
])
def test_the_controls_are_still_answered(kb, question, value):
    a = answer(kb, question)
    assert a.found and value in a.answer, a.answer


def test_listed_facts_are_counted_not_lines(kb):
    q = analyse(index_for(kb), "hvem er kontaktperson for chaufførerne?")
    four = Candidate("fact", "Kontaktpersoner:\n• A: X\n• B: Y\n• C: Z\n• D: W", [0], set())
    two = Candidate("fact", "Kontaktpersoner:\n• A: X\n• B: Y\nmere tekst\nog mere", [0], set())
    named = Candidate("fact", "Kontaktpersoner:\n• A: X\n• B: Y\n• C: Z\n• Chauffører: W", [0], set())
    assert parties_of_many(q, four) and not parties_of_many(q, two) and not parties_of_many(q, named)
    assert not parties_of_many(q, Candidate("passage", four.text, [0], set()))
    sentence = "Varslerne går til chaufførerne, og de kontaktpersoner der skal vide det, er:"  # may answer
    assert not parties_of_many(q, Candidate("fact", sentence + four.text.partition(":")[2], [0], set()))


def test_a_compound_of_the_listed_kind_is_answered_by_the_list(kb):
    # 'pr. system' lists each system's holder: the question's 'lønsystemet' is of that kind (the seed's
    # 'hvem er forvaltningsansvarlig for bogføringssystemet?' is answered so by task 433's list)
    q = analyse(index_for(kb), "hvem er forvaltningsansvarlig for lønsystemet?")
    listed = "Forvaltningsansvarlig pr. system:\n• Opus: KMD\n• Løn: SD\n• Kvantum: KK\n• Prisme: Fujitsu"
    assert not parties_of_many(q, Candidate("fact", listed, [0], set()))
    other = listed.replace("pr. system", "pr. kommune")
    assert parties_of_many(q, Candidate("fact", other, [0], set()))

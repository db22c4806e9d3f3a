"""Other words for what a task says: the everyday verb of a decision ('besluttet' / 'vedtaget'), a
thing by its everyday name ('skraldespand' / 'beholder'), a word the tasks have only in a compound when
its glossary form is not there ('forhandles' / 'genforhandles'), a split particle verb as the tasks write
it ('melder ... ind' / 'indmelder'), 'hvor sent' asking a time, a doer
named by an agent noun ('renovatøren'), deadlines in words ('senest ved dagens afslutning'), and the
honest abstentions beside them. Tasks and questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import key
from knowledge.index import index_for
from knowledge.morphology import derivations
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Context
from knowledge.qa.intents.listing import listing
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected, holds
from knowledge.roles import names_role

EXPORT = """## (SKOV 3) Plejeplan for kommunens skove

**Master-opgave ID** 9301

**Opgavetitel** (SKOV 3) Plejeplan for kommunens skove

**Projekt** SKOV

**Beskrivelse** Plejeplanen vedtages af klima- og naturudvalget senest 4 uger før go-live.
Timeprisen for skovarbejde fastsættes af byrådet. Kontrakten med entreprenøren genforhandles ikke.
Alle beholdere til haveaffald registreres i Skovløsningen. Skovfogeden indberetter fældninger senest
ved månedens afslutning. Mistede nøgler spærres via servicedesken. Naturvejlederen indmelder deltagerne
til kurset. Licensen til det gamle skovsystem opsiges af skovchefen.

**Metode og fremgangsmåde** 1. Udarbejd plejeplanen
2. Få planen vedtaget

## (SKOV 5) Fakturering af brænde

**Master-opgave ID** 9302

**Opgavetitel** (SKOV 5) Fakturering af brændesalg

**Projekt** SKOV

**Beskrivelse** Fakturaen sendes til køberen, når brændet er leveret. Renovatøren tømmer containerne.
Brændesalget registreres i salgsjournalen. Oversigten over
solgte partier arkiveres i ESDH-systemet. Sælgerne deltager i et
webinar på 3 timer. Køberne kan til enhver
tid klage over brændet.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(tasks=parse_text(EXPORT))


@pytest.mark.parametrize(("question", "expected_words"), [
    ("Hvor sent skal plejeplanen være besluttet?", ["4 uger"]),
    ("Hvem bestemmer timeprisen for skovarbejde?", ["byrådet"]),
    ("Skal kontrakten med entreprenøren forhandles om?", ["genforhandles ikke"]),
    ("Hvor skal skraldespandene til haveaffald registreres?", ["Skovløsningen"]),
    ("Hvem tømmer containerne?", ["Renovatøren"]),
    ("Hvornår skal skovfogeden indberette fældninger?", ["månedens afslutning"]),
    # a split particle verb read as the tasks write it, not as another task's glossary word
    ("Hvem melder deltagerne ind?", ["Naturvejlederen"]),
    ("Hvem siger licensen til det gamle skovsystem op?", ["skovchefen"]),
    ("Hvor bliver brændesalget skrevet ned?", ["salgsjournalen"]),
    ("Hvor lang tid varer webinaret for sælgerne?", ["3 timer"]),  # the text need not say 'tid'
    # where a list is kept, no list of tasks
    ("Hvor gemmer vi oversigten over de partier, vi har solgt?", ["ESDH"]),
])
def test_other_words_for_what_the_task_says_are_answered(kb, question, expected_words):
    a = answer(kb, question)
    assert a.found, a.answer
    for word in expected_words:
        assert word in a.answer


@pytest.mark.parametrize("question", [
    "Hvem forhandler prisen på brænde?",  # nobody negotiates in the text
    "Hvad koster en ny nøgle?",
    "Hvornår bliver budgettet for byparkerne besluttet?",
])
def test_what_the_tasks_do_not_say_stays_unknown(kb, question):
    assert not answer(kb, question).found


def test_hvor_sent_asks_a_time_and_the_adverb_is_no_subject(kb):
    assert expected("hvor sent skal planen vaere klar?") is Expect.TIME
    q = analyse(index_for(kb), "Hvor sent skal plejeplanen være besluttet?")
    assert all(t.weight == 0 for t in q.tokens if t.surface == "sent")


def test_a_word_the_tasks_have_only_in_a_compound_is_found_there_before_its_glossary_form(kb):
    q = analyse(index_for(kb), "Skal kontrakten forhandles om?")
    assert next(t for t in q.tokens if t.surface == "forhandles").key == key("genforhandles")


def test_agent_nouns_and_councils_name_a_party():
    assert names_role("renovatøren") and names_role("byrådet") and names_role("sundhedsplejersken")
    assert not names_role("beholderne")


def test_deadlines_in_words_hold_a_time():
    assert holds(Expect.TIME, "Fravær registreres senest ved skoledagens afslutning.")
    assert holds(Expect.TIME, "Bestillingen skal ske senest kl. 12 dagen før tømningen.")
    assert not holds(Expect.TIME, "Fravær registreres i Elevadministration.")


def test_a_derivation_is_of_the_same_root_not_a_word_the_glossary_reads_it_as():
    assert key("underskrive") not in derivations("sige")  # 'sig|ning' is the English 'signing'
    assert key("ejer") in derivations("eje")


def test_a_time_phrase_is_no_place():
    assert not holds(Expect.PLACE, "Køberne kan til enhver tid klage over brændet.")
    assert holds(Expect.PLACE, "Brændesalget registreres i salgsjournalen.")


def test_where_a_list_is_kept_asks_for_no_list_of_tasks(kb):
    index = index_for(kb)

    def lists(question: str) -> list:
        return listing(Context(index=index, q=analyse(index, question), golive=None))

    assert lists("Hvor gemmer vi oversigten over de partier, vi har solgt?") == []
    assert lists("Giv mig en oversigt over opgaverne i SKOV")  # a list of tasks still is one

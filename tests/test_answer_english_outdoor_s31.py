"""English questions about a municipality's outdoor work read like their Danish twins: the everyday names
of street furniture, public places and their upkeep (english.txt's s31 block: 'lamppost', 'roundabout',
'barbecue area', 'firewood', 'litter'), a Danish plural the stemmer keeps apart ('broer'),
the particle verb 'tage ned' / 'take down', and 'deal with' said of a person (who handles a thing) as
against a text (what it is about)."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.english.grammar import _who_deals
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9801", title="UD 1 Skilte og bænke i bymidten", project="Udeområder", priority="Obligatorisk",
         description="Bænke og affaldskurve i bymidten tilses af gartnerne hver fredag. Skader på bænke "
                     "repareres af tømrerne fra Park og Vej. Flyers må ikke sættes op på lygtepæle eller i "
                     "rundkørsler. Reglerne for opslag godkendes af byudvalget. Gamle opslag skal være "
                     "taget ned senest 3 dage efter arrangementet."),
    Task(id="9802", title="UD 2 Bålpladser i skoven", project="Udeområder", priority="Valgfri",
         description="Brænde leveres til kommunens 9 grillpladser i skoven af Skovdriften hver "
                     "anden uge. Henvendelser om fejl på grillpladserne behandles af skovfogeden inden for "
                     "3 dage. Opslag må ikke hænges op på broer."),
]


@pytest.mark.parametrize(("english", "danish_word"), [
    ("Who checks the benches in the town centre?", "bænk"),
    ("Can flyers be put up on lampposts?", "lygtepæl"),
    ("Are flyers allowed in roundabouts?", "rundkørsel"),
    ("Who delivers the firewood?", ("brænde", "brændsel")),  # one stem: either finds 'brænde'
    ("How many barbecue areas are there in the forest?", "grillplads"),
    ("Who clears the litter around the benches?", "affald"),
])
def test_everyday_words_of_outdoor_work_are_read_in_danish(index, english, danish_word):
    q = analyse(index, english)
    words = (danish_word,) if isinstance(danish_word, str) else danish_word
    assert q.lang == "en" and any(w in q.text for w in words), q.text


@pytest.mark.parametrize(("danish", "expected"), [
    ("hvem handler om fejl på pladserne?", "hvem behandler fejl på pladserne?"),
    ("hvem skal handler om fejl?", "hvem skal behandle fejl?"),
    # a text is about a thing: as it was
    ("hvilke opgaver handler om brænde?", "hvilke opgaver handler om brænde?"),
    ("hvad handler opgaven om?", "hvad handler opgaven om?"),
])
def test_a_person_who_deals_with_a_thing_handles_it(danish, expected):
    assert _who_deals(danish) == expected


def test_who_deals_with_and_who_is_supposed_to_deal_with_ask_who_handles_it(index):
    for question in ("Who deals with complaints about the barbecue areas?",
                     "Who is supposed to deal with faults at the barbecue areas?"):
        assert "behandle" in analyse(index, question).text, question
    assert "handler om" in analyse(index, "Which task deals with firewood?").text


@pytest.mark.parametrize(("question", "expected"), [
    ("Who repairs damaged benches?", "tømrerne"),
    ("Who deals with enquiries about faults on the barbecue areas?", "skovfogeden"),
    ("When must old notices be taken down?", "3 dage"),
    ("How often is firewood delivered to the barbecue areas?", "hver anden uge"),
])
def test_an_english_question_about_outdoor_work_is_answered_from_the_task(kb, question, expected):
    a = answer(kb, question)
    assert a.found and a.lang == "en" and expected in a.answer, a.answer


def test_a_thing_the_tasks_do_not_name_is_still_not_known(kb):
    a = answer(kb, "Who empties the bottle banks in the forest?")
    assert not a.found, a.answer

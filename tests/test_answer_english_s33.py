"""English questions read in Danish word order and forms: a wh-question's 'do/does' gives its place to
the verb, in the present ('where does the test take place?' -> 'hvor foregår test?'), the dictionary's
own verb of a glossary line ('cost' -> 'koster'); and the general words of expenses and offices of
english.txt's s33 block."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="7901", title="RA 1 Test af rejseafregning", project="Rejser", priority="Obligatorisk",
         description="Testen foregår hos leverandøren i Odense og varer 2 dage. Superbrugerne bestiller "
                     "adgang hos it-afdelingen. Et ekstra testforløb koster 6.000 kr. Kørselsgodtgørelsen "
                     "udbetales med lønnen. Hver afregning godkendes af lederen.",
         recommended_responsible="Lønchef"),
    Task(id="7902", title="RA 2 Regler for kørsel", project="Rejser", priority="Valgfri",
         description="Reglerne for kørsel i egen bil godkendes af direktionen. Superbrugerne underviser "
                     "kollegerne. Licensen til det gamle system opsiges af it-chefen."),
]


@pytest.mark.parametrize(("english", "reading"), [
    ("Where does the test take place?", "hvor foregår"),
    ("When do the super users order access?", "hvornår bestiller"),
    ("What does an extra test run cost?", "hvad koster"),  # the price's verb, not 'betaler'
    ("How long does the test last?", "hvor længe varer"),
])
def test_the_verb_takes_the_place_of_do(index, english, reading):
    q = analyse(index, english)
    assert q.lang == "en" and q.text.casefold().startswith(reading), q.text


@pytest.mark.parametrize("english", [
    "Who does the council send it to?",  # who: read as before, in either order
    "What do we need to send?",  # a frame of its own ('skal vi')
])
def test_do_support_leaves_other_frames(index, english):
    assert "sender" not in analyse(index, english).text.split()[1:2]


def test_a_noun_after_an_article_is_no_verb(index):
    # 'the contract' is the subject, 'take' the verb ('aftale' is a verb too)
    assert analyse(index, "How many days does the contract task take?").text.split()[3] in ("tager", "varer")


def test_a_gerund_is_no_verb_after_do(index):
    assert "accepterer" not in analyse(index, "When do we stop accepting paper forms?").text


@pytest.mark.parametrize(("english", "danish"), [
    ("When is the mileage allowance paid out?", "kørselsgodtgørelse"),
    ("Who approves each expense claim?", "afregning"),
    ("Who teaches the colleagues?", "kollega"),
])
def test_words_of_expenses_and_offices(index, english, danish):
    assert danish in analyse(index, english).text, analyse(index, english).text


@pytest.mark.parametrize(("english", "expected"), [
    ("Where does the test take place?", "Odense"),
    ("Who approves each expense claim?", "lederen"),
    ("Who teaches the colleagues?", "Superbrugerne"),
    ("Who cancels the licence for the old system?", "it-chefen"),
])
def test_english_questions_are_answered_from_the_danish(kb, english, expected):
    a = answer(kb, english)
    assert a.found and expected in a.answer, a.answer

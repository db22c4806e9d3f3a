"""Near questions the tasks do not answer: a thing's end is not said by a sentence that says only when it
begins (opposites.contradicts_start), and a deed's doer the question names must be in the answer
(other_party.agent_unsaid). Each with the controls that must still be answered."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.models import Task
from knowledge.qa.opposites import contradicts_start
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9951", title="LEJR 1 Sommerlejr for skolebørn", project="Sommerlejr", priority="Valgfri",
         description="Lejren holdes på Bøgeskov Spejdercenter. Lejren koster 900 kr. pr. barn. Bussen kører "
                     "fra rådhuset kl. 8. Lejrchefen er Anna Krogh. Børnene skal selv have en sovepose med. "
                     "Lejrtrøjer deles ud den første dag. Børnene kan cykle sikkert på lejrens stier."),
    Task(id="9952", title="LADE 1 Ladestandere på rådhusparkeringen", project="Ladestandere",
         priority="Obligatorisk",
         description="Installationen af ladestanderne begynder på rådhusparkeringen i uge 14. Elnettet "
                     "forstærkes af Dansk Kabelservice. Skiltningen skal være færdig senest 1. maj."),
]


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(TASKS)


@pytest.mark.parametrize("question", [
    "skal børnene have cykelhjelm på?",  # 'Børnene kan cykle sikkert' says nothing of a helmet
    "hvornår er installationen af ladestanderne færdig?",  # '... begynder i uge 14' is its start
])
def test_a_near_question_gets_no_answer(kb, question):
    a = answer(kb, question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("hvad koster lejren?", "900"),
    ("hvor holdes sommerlejren?", "Bøgeskov"),  # the head is said: a kind of camp
    ("hvem er lejrchef?", "Anna Krogh"),
    ("kan børnene cykle på stierne?", "Ja"),
    ("hvornår begynder installationen af ladestanderne?", "uge 14"),
    ("hvornår skal skiltningen være færdig?", "1. maj"),
    ("hvem forstærker elnettet?", "Dansk Kabelservice"),
])
def test_the_controls_are_still_answered(kb, question, value):
    a = answer(kb, question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize(("question", "text", "contradicts"), [
    ("hvornår er montagen færdig?", "Montagen begynder i uge 9.", True),
    ("hvornår afsluttes kurset?", "Kurset starter 3. marts.", True),
    ("hvornår er montagen færdig?", "Montagen begynder i uge 9 og er færdig i uge 12.", False),
    ("hvornår er montagen færdig?", "Montagen begynder senest i uge 9.", False),
    ("hvornår begynder montagen?", "Montagen begynder i uge 9.", False),
])
def test_a_begin_says_no_end(question, text, contradicts):
    assert contradicts_start(question, text) is contradicts


AGENT_TASKS = [
    Task(id="9961", title="BAD 1 Kontrakt om havnebadet", project="Havnebad", priority="Obligatorisk",
         description="Den underskrevne kontrakt sendes til Teknik og Miljø senest 14 dage før go-live. "
                     "Kontrakten underskrives af økonomichefen. "
                     "Borgmesteren åbner havnebadet ved en reception."),
    Task(id="9962", title="BAD 2 Vandprøver i havnebadet", project="Havnebad", priority="Valgfri",
         description="Vandprøverne tages hver mandag af Miljølaboratoriet."),
]


@pytest.mark.parametrize(("question", "text", "unsaid"), [
    # the question says who does the deed; a sentence that does not name that party gives its value for
    # the deed by anyone
    ("Hvornår skal kontrakten være underskrevet af borgmesteren?",
     "Den underskrevne kontrakt sendes til Teknik og Miljø senest 14 dage før go-live.", True),
    ("Hvornår tages vandprøverne af Miljølaboratoriet?",
     "Vandprøverne tages hver mandag af Miljølaboratoriet.", False),
    ("Hvornår skal kontrakten være underskrevet af økonomichefen?",
     "Kontrakten underskrives af økonomichefen.", False),
    # a noun before 'af' names what is done, no doer
    ("Hvornår skal udtrækket af vandprøverne sendes?",
     "Vandprøverne tages hver mandag af Miljølaboratoriet.", False),
])
def test_a_doer_the_question_names_must_be_in_the_answer(question, text, unsaid):
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    from knowledge.qa.other_party import agent_unsaid

    q = analyse(index_for(KnowledgeBase.from_tasks(AGENT_TASKS)), question)
    assert agent_unsaid(q, text) is unsaid


def test_a_deed_with_its_doer_said_is_still_answered():
    a = answer(KnowledgeBase.from_tasks(AGENT_TASKS), "Hvornår tages vandprøverne af Miljølaboratoriet?")
    assert a.found and "mandag" in a.answer, a.answer

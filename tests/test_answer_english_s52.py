"""English questions read as Danish says them (s52): a bound said after the noun ('order at minimum', 'at a
minimum', 'as a minimum') is 'mindst'; a person's contact ('how do I reach X') and a verb whose noun the tasks
write stay as before. Tasks invented here: a cemetery's lanterns and lists."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.analysis import analyse

_ARRIVALS = [
    Task(id="8811", title="KIRK 5 Gravstedslisten til Mindelund Data", project="Fælles Kirkegårde",
         priority="Obligatorisk",
         description="Gravstedslisten godkendes af kirkegårdslederen og sendes til Mindelund Data senest "
                     "5 uger før go-live."),
    Task(id="8812", title="KIRK 6 Anmeldelser af hærværk", project="Fælles Kirkegårde",
         priority="Obligatorisk",
         description="Anmeldelser af hærværk behandles af kirkegårdskontoret. Kontakt Mindelund Data på "
                     "tlf. 7012 3344."),
]


@pytest.mark.parametrize(("question", "reading"), [
    ("How do I reach Mindelund Data?", "kontakt"),  # controls: a person's contact, read so before s52
    ("When can we reach Mindelund Data?", "kontakt"),
    ("Who handles the vandalism reports?", "anmeld"),  # a verb whose noun the tasks write stays
])
def test_contact_and_verbal_nouns_stay(question, reading):
    q = analyse(index_for(KnowledgeBase(_ARRIVALS)), question)
    assert reading in q.text, q.text


_LANTERNS = [
    Task(id="8821", title="KIRK 8 Bestil gravlygter", project="Fælles Kirkegårde", priority="Valgfri",
         description="Kommunen bestiller gravlygter hos Lysgården. Der skal bestilles mindst 40 lygter, og "
                     "hver lygte koster 95 kr. Reglementet for lygterne skal som minimum nævne brandfare."),
]


@pytest.mark.parametrize("question", [
    "How many lanterns must we order at minimum?",
    "How many lanterns do we have to order at a minimum?",
    "What must the rules for the lanterns mention as a minimum?",
])
def test_a_bound_said_after_the_noun_is_read_as_danish_says_it(question):
    q = analyse(index_for(KnowledgeBase(_LANTERNS)), question)
    assert "mindst" in q.text and "hos" not in q.text and "som mindst" not in q.text, q.text

"""Words the tasks say otherwise (s34): a thing deleted after a time is kept that long, and everyday English
of municipal services is read in Danish."""

import pytest

from knowledge.implied import KEPT, implied_keys
from knowledge.models import Task
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="8711", title="UK 1 Fremmøderegistrering i klubberne", project="Ungdomsklubber",
         priority="Obligatorisk",
         description="De unge registrerer fremmøde ved indgangen med en QR-kode. Data om fremmøde slettes "
                     "efter 13 måneder. Klubberne har åbent til kl. 22."),
    Task(id="8713", title="KNA 2 Knallertkørekort", project="Ungdomsskolen", priority="Valgfri",
         description="Knallertkørekortet udstedes af Borgerservice, når eleven har bestået køreprøven. "
                     "Bogbussen holdes ved lige af Vestbus ApS."),
]


@pytest.mark.parametrize(("text", "kept"), [
    ("Data om fremmøde slettes efter 13 måneder.", True),
    ("Filerne slettes 30 dage efter idriftsættelsen.", True),
    ("Loggen slettes automatisk efter fem år.", True),
    ("Sagen slettes i ESDH, når den er afsluttet.", False),  # no time: says nothing of how long
])
def test_a_thing_deleted_after_a_time_is_kept_that_long(text, kept):
    assert (KEPT in implied_keys(text)) is kept


@pytest.mark.parametrize(("question", "expected"), [
    ("hvor længe gemmes data om fremmøde?", "13 måneder"),  # kept as long as until it is deleted
    ("How long is attendance data kept?", "13 måneder"),
    ("Who issues the moped licence?", "Borgerservice"),  # everyday English: 'moped' is 'knallert'
    ("hvem vedligeholder bogbussen?", "Vestbus"),  # 'holdes ved lige' is maintained
])
def test_words_said_otherwise_are_answered(kb, question, expected):
    reply = answer(kb, question)
    assert reply.found and expected in reply.answer, reply.answer

"""Mends after review C (session 60, the lead), on tasks written here: a loan period's label is not beaten
by a sentence whose bound belongs to another deed ('… og svar på ansøgning gives inden for højst 3 dage',
'må højst stå opstillet 2 dage'): only a bound right after the deed's own verb ('kan kun lånes i højst 3
dage') is the thing's own; an everyday 'dog' or 'flere' elsewhere in the task widens no limit; a street
address after the organiser and the venue ('afholdes af Røde Kors i Sundhedshuset, Lægevej 4') or after a
time span ('holdes fra kl. 9 til 12 på Rådhuset, Torvet 1') is still the thing's; 'et integreret system,
hvor …' and 'centeret, hvor …' say what a thing is for; a period the task says can be extended denies no
longer hire. Controls keep what the mends fixed."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*, ident: int, code: str, title: str, description: str) -> str:
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** Fælles Hjælpemidler

**Prioritet** Obligatorisk

**Mål** Opgaven er løst.

**Beskrivelse** {description}

**Metode og fremgangsmåde** 1. Følg beskrivelsen

**Resultat** Opgaven er løst.

"""


_ROWS = [
    ("HJLP 1", "Udlån af kørestole",
     "Borgere låner rollatorer og kørestole i depotet og svar på ansøgning gives inden for højst 3 dage.\n\n"
     "- Udlånsperiode: 6 måneder."),
    ("HJLP 2", "Udlån af telte",
     "Foreninger kan låne telte.\n\n- Låneperiode: 14 dage.\n\n"
     "Telte lånes ud fra depotet og må højst stå opstillet 2 dage på samme græsplæne."),
    ("HJLP 3", "Udlån af kanoer",
     "Spejderne kan låne kanoer i depotet.\n\n- Udlånsperiode: 7 dage.\n\n"
     "Kanoerne skal dog altid afleveres rengjorte."),
    ("HJLP 4", "Udlån af presenninger",
     "Foreninger kan låne presenninger.\n\n- Låneperiode: 14 dage.\n\n"
     "Presenninger kan dog kun lånes i højst 3 dage ad gangen."),
    ("HJLP 5", "Førstehjælpskursus",
     "Førstehjælpskurset afholdes af Røde Kors i Sundhedshuset, Lægevej 4, 8000 Aarhus. "
     "Brandøvelsen holdes fra kl. 9 til 12 på Rådhuset, Torvet 1, 7100 Vejle. "
     "Betaling for Svampeturen sendes til Naturkassen, Bladvej 9, 9520 Skørping."),
    ("HJLP 7", "Leje af trailer",
     "Foreninger kan leje kommunens trailer.\n\n- Lejeperiode: 2 dage.\n\n"
     "Lejeperioden kan forlænges efter aftale."),
    ("HJLP 6", "Borgerportalen",
     "Borgerportalen er et integreret system, hvor borgerne søger om hjælpemidler. Kulturcenteret er "
     "centeret, hvor foreningerne mødes. Tavlen er placeret i hallen, hvor eleverne spiser frokost."),
]
_TASKS = "".join(_task(ident=67400 + n, code=code, title=title, description=description)
                 for n, (code, title, description) in enumerate(_ROWS, 1))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question, said", [
    ("Hvor længe må man låne en kørestol?", "6 måneder"),  # control: review C's «højst 3 dage» of the svar
    ("Hvor længe må vi låne teltene?", "14 dage"),  # was «må højst stå opstillet 2 dage»
    ("Hvor længe må vi låne presenningerne?", "højst 3 dage"),  # control: the thing's own bound
])
def test_a_loan_period_is_the_deeds_own_bound_or_its_label(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


def test_an_everyday_dog_widens_no_loan_period() -> None:
    a = answer(_kb(), "Må spejderne låne kanoerne i 10 dage?")  # was 'Det ved jeg ikke' ('skal dog altid')
    assert a.found and a.answer.startswith("Nej") and "7 dage" in a.answer, a.answer


@pytest.mark.parametrize("question, said", [
    ("Hvad er adressen på førstehjælpskurset?", "Lægevej 4"),  # was not found ('af Røde Kors')
    ("Hvad er adressen på brandøvelsen?", "Torvet 1"),  # was not found ('fra kl. 9 til 12')
])
def test_the_things_own_address_after_its_organiser_or_hours(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


def test_an_address_paid_to_is_still_no_answer() -> None:  # control
    assert not answer(_kb(), "Hvad er adressen på Svampeturen?").found


@pytest.mark.parametrize("question, said", [
    ("Hvad bruges Borgerportalen til?", "søger om hjælpemidler"),  # was not found ('integreret')
    ("Hvad bruges kulturcenteret til?", "foreningerne mødes"),  # was not found ('centeret')
])
def test_what_a_thing_is_for_by_what_it_is(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


def test_where_a_thing_is_placed_is_still_no_use() -> None:  # control
    assert not answer(_kb(), "Hvad bruges tavlen til?").found


def test_a_period_the_task_extends_denies_no_longer_hire() -> None:
    # was 'Nej – opgaven siger: Lejeperiode: 2 dage.' through the stated-value reading (review C)
    a = answer(_kb(), "Må vi leje traileren i 4 dage?")
    assert not (a.found and a.answer.startswith("Nej")), a.answer

"""Yes/no and how-many (session 37): a second signer after 'og af'; an age against the ages a sentence
allows, never against a count of years; a state against the state that excludes it ('skattefri' -
'skattepligtig'); a count of the things a sentence lists after the question's verb. Tasks written for
these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.language import name_after
from knowledge.parse import parse_text
from knowledge.qa.ages import age_bound, asked_age
from knowledge.qa.pipeline import answer

TASKS = """## SK 01 (Aftaler) Aftale om svømmeskole (B1)

**Master-opgave ID** 9711

**Opgavetitel** SK 01 (Aftaler) Aftale om svømmeskole (B1)

**Projekt** Svømmeskole

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Svømmeskole - Bølge 1

**Mål** Aftalen er underskrevet.

**Beskrivelse** Aftalen underskrives af idrætschefen og af klubbens formand. Svømmeskolen tilbydes børn \
mellem 5 og 12 år. Instruktøren skal være fyldt 20 år. Kursusbeviset udstedes for 3 år ad gangen.

Instruktørernes kørselsgodtgørelse er skattefri. Ansøgningen skal vedlægges en børneattest og et \
livredderbevis.

Klubben registrerer deltagerne og tildeler dem hold.

**Resultat** Aftalen er underskrevet.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_second_signer_after_og_af() -> None:
    assert name_after("idrætschefen og af klubbens formand.") == "idrætschefen og klubbens formand"
    assert name_after("idrætschefen og af hensyn til klubben") == "idrætschefen"


@pytest.mark.parametrize(("question", "verdict"), [
    ("Skal klubbens formand underskrive aftalen om svømmeskole?", "Ja"),
    ("Kan en 14-årig gå på svømmeskolen?", "Nej"),
    ("Kan et barn på 8 år komme på svømmeskolen?", "Ja"),
    ("Skal en instruktør på svømmeskolen være fyldt 20 år?", "Ja"),
    ("Er kørselsgodtgørelsen til instruktørerne skattepligtig?", "Nej"),
])
def test_settled(kb: KnowledgeBase, question: str, verdict: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert a.answer.startswith(verdict), a.answer


def test_an_age_is_no_count_of_years(kb: KnowledgeBase) -> None:
    # 'udstedes for 3 år' is how long the certificate holds, not an age: no 'Nej' from it
    a = answer(kb, "Kan en instruktør på 30 år få kursusbeviset?")
    assert "3 år ad gangen" not in a.answer or not a.answer.startswith("Nej"), a.answer


def test_ages_read() -> None:
    assert asked_age("Kan en 16-årig søge?") == 16
    assert asked_age("Kan en borger på 40 år søge?") == 40
    assert asked_age("Kan vi få en aftale på 3 år?") is None  # a length of time, nobody's age
    assert age_bound("Ansøgeren skal være fyldt 18 år") == (18, None)
    assert age_bound("tilbydes børn mellem 6 og 17 år") == (6, 17)
    assert age_bound("Børn under 15 år skal have samtykke") is None  # who needs it, not who may
    assert age_bound("Kortet udstedes for 5 år") is None


def test_listed_things_counted(kb: KnowledgeBase) -> None:
    a = answer(kb, "Hvor mange bilag skal vedlægges ansøgningen om svømmeskole?")
    assert a.found, a.answer
    assert a.answer.startswith("2 "), a.answer


def test_deeds_are_not_counted(kb: KnowledgeBase) -> None:
    # 'registrerer deltagerne og tildeler dem hold' joins two deeds; the sentence names the counted thing
    a = answer(kb, "Hvor mange deltagere skal klubben registrere?")
    assert not a.answer.startswith("2 "), a.answer

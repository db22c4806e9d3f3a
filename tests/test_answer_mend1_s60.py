"""Yes/no limits (session 60 mend): a limit the task widens is no hard limit. A period label or a cap
followed by an exception or an extension in the same task ('Sommerferien er undtaget, hvor busserne kan
lejes i 2 uger', 'kan få udlånsperioden forlænget til 21 dage efter aftale', 'kan lånet forlænges efter
aftale', 'Til sommerlejre kan der lånes flere efter aftale') does not deny a length or count above it
(each was a confident Nej). Controls: the same limits in tasks that do not widen them, or say they cannot
be widened, still deny."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.intents.yesno.periods import _longest
from knowledge.qa.pipeline import answer


def _task(*, ident: int, title: str, description: str) -> str:
    return f"""## {title}

**Master-opgave ID** {ident}

**Opgavetitel** {title}

**Projekt** Probe

**Prioritet** Prioritet 2

**Mål** Kommunen sikrer {title.casefold()}.

**Beskrivelse** {description}

**Anbefalet udfører** Foreningskonsulent

"""


_ROWS = [
    ("Udlån af pavilloner til foreninger", "Foreningerne kan låne kommunens pavilloner. Låneperiode: 7 dage. "
     "Ved større arrangementer kan lånet forlænges efter aftale med Kultur og Fritid."),
    ("Udstyr til spejdere", "Spejdergrupper kan låne kanoer fra kommunens depot. Kanoer pr. gruppe: højst 4. "
     "Til sommerlejre kan der lånes flere efter aftale."),
    ("Leje af kommunens busser", "Foreninger kan leje kommunens minibusser. Lejeperiode: 3 dage. "
     "Sommerferien er undtaget, hvor busserne kan lejes i 2 uger."),
    ("Udlån af telte til foreninger", "Foreningerne kan låne kommunens telte. Udlånsperiode: 7 dage. "
     "Foreninger med tilskud kan få udlånsperioden forlænget til 21 dage efter aftale."),
    # controls: the limit is not widened, or said not to be
    ("Udlån af trailere", "Borgerne kan låne kommunens trailere. Låneperiode: 3 dage. "
     "Lånet kan ikke forlænges."),
    ("Udlån af rollatorer", "Borgerne låner rollatorer i depotet, og svar på ansøgningen gives inden for "
     "højst 3 dage."),
    ("Udlån af kajakker", "Klubberne kan låne kajakker fra havnens depot. Kajakker pr. klub: højst 5."),
]
_TASKS = "".join(_task(ident=96100 + n, title=title, description=description)
                 for n, (title, description) in enumerate(_ROWS, 1))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "Kan en forening leje minibussen i en uge i sommerferien?",
    "Må vi leje minibussen i 5 dage?",
    "Må en forening med tilskud låne et telt i 14 dage?",
    "Kan vi låne pavillonen i 10 dage?",
    "Må foreningen låne pavillonerne i 10 dage til et større arrangement?",
    "Can an association borrow a pavilion for 10 days?",
    "Må en gruppe låne 6 kanoer?",
])
def test_a_limit_the_task_widens_does_not_deny(question: str) -> None:
    a = answer(_kb(), question)  # was a confident Nej from the label or cap alone
    assert not a.answer.startswith(("Nej", "No")), a.answer


@pytest.mark.parametrize("question, said", [
    ("Kan vi låne traileren i 5 dage?", "3 dage"),
    ("Må en klub låne 7 kajakker?", "højst 5"),
])
def test_a_limit_the_task_does_not_widen_still_denies(question: str, said: str) -> None:  # controls
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej") and said in a.answer, a.answer



def test_a_bound_in_another_clause_is_not_the_deeds() -> None:
    # the 3 days bound the answer to the application, not the loan (an older rule still reads the sentence
    # as a Nej to 'Må borgerne låne rollatorerne i 5 dage?'; this rule no longer does)
    said = "Borgerne låner rollatorer i depotet, og svar på ansøgningen gives inden for højst 3 dage."
    assert _longest(said, "låne") is None
    # (the same without a comma, 'og' alone: the bound must follow the deed's own verb; review C)
    assert _longest(said.replace(", og", " og"), "låne") is None
    assert _longest("Snescooteren kan lejes i højst 2 dage ad gangen.", "leje") == 2  # control

"""Lead's mends after the session-58 merge, on tasks written here (benches of a municipality's parks): a
question of the time given to do a thing ('har vi 60 dage til at indberette X?') is compared with the window
the text opens at an event ('inden for 30 dage efter opstillingen'), now that such a window is no stretch of
time of its own. Controls pass before and after."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BÆNK 3 Indberet nye bænke (BÆNK 3)

**Master-opgave ID** 58301

**Opgavetitel** BÆNK 3 Indberet nye bænke (BÆNK 3)

**Projekt** Fælles Parkbænk

**Prioritet** Prioritet 1

**Mål** Alle kommunens bænke står i Bænkeregistret.

**Beskrivelse** Efter go-live skal nye bænke indberettes i registret inden for 30 dage efter opstillingen.
Bænkene kan lånes til arrangementer i højst 14 dage ad gangen.

**Resultat** Bænkeregistret er opdateret.

"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "Har vi 60 dage til at indberette nye bænke efter go-live?",  # was a confident Ja (merge 63368e30)
    "do we have 60 days to register new benches after go-live?",
])
def test_the_time_given_is_the_window_after_the_event(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith(("Nej", "No")) and "30 dage" in a.answer, a.answer


def test_a_window_is_no_length_of_a_loan_control() -> None:
    # control: the loan's own bound settles it, not the window for registering (so before the mend too)
    a = answer(_kb(), "kan vi låne bænkene i en uge?")
    assert a.found and a.answer.startswith("Ja") and "14 dage" in a.answer, a.answer


_BREACH = """## MOLE 2 Databehandleraftale for Molekortet

**Master-opgave ID** 58302

**Opgavetitel** MOLE 2 Databehandleraftale for Molekortet

**Projekt** Fælles Molehoveder

**Prioritet** Obligatorisk

**Beskrivelse** Molekortet viser kommunens molehoveder. Aftalens vigtigste punkter:

- Databehandler: Stenhavn Data
- Brud på persondatasikkerheden: meldes til kommunen inden for 36 timer

Aftalen sendes til Stenhavn Data, når den er underskrevet.

**Resultat** Aftalen er på plads.

"""


@pytest.mark.parametrize("question", [
    # an if-clause, then the one question (was 'not found': read as a second question who gets it)
    "Hvis der er brud på persondatasikkerheden i Molekortet, hvor hurtigt får vi besked?",
    "Hvor hurtigt får vi besked om brud på persondatasikkerheden i Molekortet?",  # control
])
def test_a_question_after_its_if_clause_is_no_second_question(question: str) -> None:
    a = answer(KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_BREACH)]), question)
    assert a.found and "36 timer" in a.answer, a.answer


_RULES = """## SKOV 4 Regler for Egeskoven (SKOV 4)

**Master-opgave ID** 58304

**Opgavetitel** SKOV 4 Regler for Egeskoven (SKOV 4)

**Projekt** Fælles Egeskov

**Prioritet** Prioritet 2

**Mål** Reglerne for Egeskoven er kendt af alle.

**Beskrivelse** Det er forbudt at bade i Egesøen. Ridning er forbudt på vandrestierne. Det er ikke forbudt
at bruge egne bålfade ved shelterne. Der må kun fiskes fra broen ved Egesøen. Hestevogne må kun køre før
kl. 10.

**Resultat** Reglerne er vedtaget.

"""


@pytest.mark.parametrize("question, verdict", [
    ("kan man bade i Egesøen?", "Nej"),  # 'kan' asks leave too (was a confident Ja after the first mend)
    ("må man ride på vandrestierne?", "Nej"),  # 'Ridning' is the deed 'ride' (was a confident Ja)
    ("kan man bruge egne bålfade ved shelterne?", "Ja"),  # 'ikke forbudt' grants it (was a confident Nej)
    ("må man bade i Egesøen?", "Nej"),  # control
])
def test_a_prohibition_answers_leave_of_its_own_deed(question: str, verdict: str) -> None:
    a = answer(KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_RULES)]), question)
    assert a.found and a.answer.startswith(verdict), a.answer


@pytest.mark.parametrize("question", [
    "må man fiske hvor som helst ved Egesøen?",  # 'kun … fra broen' (was a confident Ja)
    "må hestevognene køre når som helst?",  # 'kun … før kl. 10' (was a confident Ja)
])
def test_a_bound_not_read_as_a_place_or_time_says_no_yes(question: str) -> None:
    a = answer(KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_RULES)]), question)
    assert not a.answer.startswith("Ja"), a.answer


_COURSE = """## KURS 2 Kursus i Kajkortet (KURS 2)

**Master-opgave ID** 58305

**Opgavetitel** KURS 2 Kursus i Kajkortet (KURS 2)

**Projekt** Fælles Kajkort

**Prioritet** Prioritet 2

**Mål** Havnefogederne kan bruge Kajkortet.

**Beskrivelse** Det tager 3 dage at gennemføre kurset. Certifikatet udstedes inden for 10 dage efter kurset.
Foreningen kan anke afgørelsen inden for 14 dage efter modtagelsen.

**Resultat** Kurset er gennemført.

"""


@pytest.mark.parametrize("question", [
    "har vi 10 dage til at gennemføre kurset i Kajkortet?",  # the certificate's 10 days (was a confident Ja)
    "har foreningen mindst 10 dage til at anke?",  # a bound asked: 14 is at least 10 (was a confident Nej)
])
def test_the_time_given_is_of_the_asked_deed(question: str) -> None:
    a = answer(KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_COURSE)]), question)
    assert not (a.found and a.answer.startswith("Ja") and "Certifikatet" in a.answer), a.answer
    assert not (a.found and a.answer.startswith("Nej") and "14 dage" in a.answer), a.answer


def test_the_time_given_to_appeal_settles_it_control() -> None:
    kb = KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_COURSE)])
    a = answer(kb, "har foreningen 30 dage til at anke?")
    assert a.found and a.answer.startswith("Nej") and "14 dage" in a.answer, a.answer


_PRICES = """## HOPP 1 Leje af hoppeborge (HOPP 1)

**Master-opgave ID** 58306

**Opgavetitel** HOPP 1 Leje af hoppeborge (HOPP 1)

**Projekt** Fælles Legedage

**Prioritet** Valgfri

**Beskrivelse** Kommunen kan leje hoppeborge hos Springmus Udlejning:

- Pris: 1.200 kr. pr. dag inkl. ekstra blæser
- Levering: 400 kr.

## LADE 2 Ladestandere ved hallen (LADE 2)

**Master-opgave ID** 58307

**Opgavetitel** LADE 2 Ladestandere ved hallen (LADE 2)

**Projekt** Fælles Legedage

**Prioritet** Valgfri

**Beskrivelse** Kommunen betaler for ladestanderne efter forbrug.

- Pris: 3 kr. pr. kWh
- Leverandør: Strømpunkt A/S

"""


def test_an_extra_included_in_the_price_is_no_add_on() -> None:
    # 'inkl. ekstra blæser' is part of the price (was 'Det ved jeg ikke' after the price mend)
    a = answer(KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_PRICES)]), "hvad koster hoppeborgene?")
    assert a.found and "1.200 kr" in a.answer and "Strømpunkt" not in a.answer, a.answer


def test_a_list_under_a_plain_sentence_is_not_shown_whole_for_a_price() -> None:
    # (was the whole list, the supplier's line too, after the price mend)
    a = answer(KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_PRICES)]), "hvad koster ladestanderne?")
    assert "Leverandør" not in a.answer and "Levering" not in a.answer, a.answer

"""Yes/no mends (session 59), on tasks written here like the reviewers' probes (an open-air bath, a sports
hall, a bicycle loan): a lead sentence's words reach only the list items under it, never the task's other
sentences; an hour in a condition, an availability ('kan træffes til kl. 16') or a deadline on a date is
no latest hour of the asked deed; 'fra N år' with a price or discount is no lowest age; a 'kun' sentence
limits only the deed of its own clause, a compound ('elcykler') is not the bare thing the task also says
('cykler'), and 'kun i weekenden' says when, not who. Controls pass before and after."""

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

**Projekt** Fælles Badeliv

**Prioritet** Prioritet 2

**Mål** Opgaven er klar til go-live.

**Beskrivelse** {description}

**Metode og fremgangsmåde** 1. Bestil klor hos Klorkompagniet. 2. Tjek vandkvaliteten hver morgen.

**Resultat** Opgaven er løst.

"""


_ROWS = [
    ("BAD 2", "Åbning af friluftsbadet",
     "Friluftsbadet åbner for sæsonen den 1. juni. Entré: 40 kr. for voksne fra 18 år, gratis for børn. "
     "Tilbud på rengøring kan afgives indtil kl. 12 den 15. maj. Vi kan ikke garantere levering af klor, "
     "hvis bestillingen kommer efter kl. 14."),
    ("HAL 4", "Ordensreglement for idrætshallen",
     "Ordensreglementet for idrætshallen beskriver, hvordan hallen bruges. Pensionister fra 65 år får "
     "rabat på hallejen. Halinspektøren tjekker gulvet hver fredag. Halinspektøren kan træffes til kl. 16."),
    ("CYK 2", "Udlån af cykler",
     "Alle borgere kan låne cykler i to uger. Kun medarbejdere kan låne elcykler. Kun kommunen må sende "
     "listen over cykler til Cykelringen, men alle må se listen."),
]
_TASKS = "".join(_task(ident=59900 + n, code=code, title=title, description=description)
                 for n, (code, title, description) in enumerate(_ROWS, 1))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "Må vi tjekke vandkvaliteten kl 21?",  # was Nej from the deadline of another sentence
    "Må en 12-årig tjekke vandkvaliteten?",  # was Nej from the entrance price
    "Må en 12-årig komme i friluftsbadet?",  # was Nej from 'for voksne fra 18 år, gratis for børn'
    "Må en 40-årig leje hallen?",  # was Nej from a discount
    "Må halinspektøren tjekke gulvet kl 17?",  # was Nej from when he can be reached
    "Kan vi bestille klor kl 15?",  # was Nej from a condition's hour
    "Må alle se listen over cykler?",  # was Nej: the sentence grants it to all
])
def test_no_nej_from_another_thing(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.answer.startswith("Nej"), a.answer


def test_everyone_may_borrow_bikes() -> None:  # was Nej from 'Kun medarbejdere kan låne elcykler'
    a = answer(_kb(), "Må alle låne cykler?")
    assert "elcykler" not in a.answer or not a.answer.startswith("Nej"), a.answer


def test_only_employees_borrow_ebikes() -> None:  # control: the rule's gain
    a = answer(_kb(), "Kan alle låne elcykler?")
    assert a.found and a.answer.startswith("Nej") and "medarbejdere" in a.answer, a.answer


def test_only_at_a_time_is_not_who() -> None:
    from knowledge.qa.intents.yesno.words import ONLY_WHO
    assert ONLY_WHO.search("Kun i weekenden må hallen lejes ud.") is None
    assert ONLY_WHO.search("Kun instruktørerne må bruge vippen.") is not None


@pytest.mark.parametrize("said, bound", [
    ("Pensionister fra 65 år får rabat på hallejen.", None),  # was (65, None)
    ("Entré: 40 kr. for voksne fra 18 år, gratis for børn.", None),  # was (18, None)
    ("Børn fra 7 år betaler halv pris.", None),  # was (7, None)
    ("Alder: fra 13 år sammen med en voksen", (13, None)),  # control
    ("Mindstealder: 11 år med voksen", (11, None)),  # control
])
def test_a_price_tier_is_no_lowest_age(said: str, bound) -> None:
    from knowledge.qa.ages import age_bound
    assert age_bound(said) == bound

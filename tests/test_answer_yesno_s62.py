"""Yes/no (session 62), on tasks written here (a municipality's ice rinks): a date put after the last day a
task gives ('Sidste lånedag: 15. marts 2031') or before its first day is a Nej, never a Ja for naming the same
date; a length in km past the bound the task puts on it ('Må banerne være 5 km lange?' - 'Længde: højst 2 km
pr. bane') is a Nej, as one in meter is; a price put forward for another span of time than the task's ('pr.
måned?' - '1.200 kr. pr. år') is a Nej; and a ban on the ones a negated relative clause picks out
('Skøjteløbere, der ikke har hjelm på, må ikke ...') denies the ones the question puts outside it and settles
nothing of the others; a doer the sentence names by a role before the name ('Den tidligere skøjtetræner Jens
Isbjerg viser ...') is the one the question names by that role (controls for each)."""

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

**Projekt** Fælles Skøjte

**Prioritet** Prioritet 2

**Mål** Opgaven er klar til go-live.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


# a price, a lending period's first and last day, a length's bound and a ban on the ones without a helmet
_TASKS = _task(ident=62701, code="SKØJ 2", title="Tilslutning til Isbogen", description=(
    "Isbogen drives af Rimfrost Data.\n\n- Pris: 1.200 kr. pr. år\n- Opsigelse: 2 måneders varsel\n\n"
    "Tilslutningsaftalen underskrives af chefen for Kultur og Idræt.")) + _task(
    ident=62702, code="SKØJ 4", title="Lån af skøjter til skolerne", description=(
        "Skolerne kan låne skøjter hos Glidejern Udlejning.\n\n- Et lån: 30 par skøjter\n"
        "- Første lånedag: 1. december 2030\n- Sidste lånedag: 15. marts 2031\n\n"
        "Lånet bestilles senest 5 dage før brug.")) + _task(
    ident=62703, code="SKØJ 6", title="Banekortet over skøjtebanerne", description=(
        "Banekortet viser de skøjtebaner, kommunen holder åbne.\n\n- Længde: højst 2 km pr. bane\n"
        "- Afstand til parkering: højst 200 meter\n\n"
        "Skøjteløbere, der ikke har hjelm på, må ikke komme på isen.\n\n"
        "Banekortet godkendes af idrætskonsulenten."))


# A doer written by a role before the name ('Den tidligere skøjtetræner Jens Isbjerg viser ...')
_ROLE_TASK = _task(ident=62801, code="SKØJ 8", title="Isaftenen", description=(
    "Isaftenen holdes lørdag den 10. januar 2032 kl. 18-21 ved Søbadet.\n\n"
    "Den tidligere skøjtetræner Jens Isbjerg viser de nye skøjtebaner frem.\n\n"
    "Anbefalet udfører: Idrætskonsulent"))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS + _ROLE_TASK)])


def _verdict(question: str) -> tuple[bool, str, str]:
    """Whether the question is answered, the answer's first word ('Ja', 'Nej', 'Det') and its text."""
    a = answer(_kb(), question)
    return a.found, a.answer.split(maxsplit=1)[0], a.answer


@pytest.mark.parametrize("question, verdict, said", [
    # a date past the last (first) day: was 'Ja' on the same date
    ("kan skolerne låne skøjter efter 15. marts 2031", "Nej", "Sidste lånedag: 15. marts 2031"),
    ("kan skolerne låne skøjter før 1. december 2030?", "Nej", "Første lånedag: 1. december 2030"),
    # a length in km past its bound: was not settled ('km' was no counted unit, as 'meter' is)
    ("Må skøjtebanerne være 5 km lange?", "Nej", "højst 2 km"),
    ("må en skøjtebane være 3 km", "Nej", "højst 2 km"),
    # a price for another span of time: was not settled
    ("Betales Isbogen pr. måned?", "Nej", "1.200 kr. pr. år"),
    ("Betales Isbogen pr. kvartal?", "Nej", "1.200 kr. pr. år"),
    # the ones a ban's negated relative clause picks out (controls: these were denied before too)
    ("Må skøjteløbere, der ikke har hjelm på, komme på isen?", "Nej", "må ikke komme på isen"),
    ("Må skøjteløbere, som ikke har hjelm på, komme på isen?", "Nej", "må ikke komme på isen"),
    ("Må alle skøjteløbere komme på isen?", "Nej", "må ikke komme på isen"),
    # the doer named by the role before the name: was a 'Nej' (another doer)
    ("er det den tidligere skøjtetræner der viser skøjtebanerne frem på isaftenen", "Ja", "Jens Isbjerg"),
    ("viser skøjtetræneren skøjtebanerne frem på isaftenen?", "Ja", "Jens Isbjerg"),
])
def test_the_text_settles_it(question: str, verdict: str, said: str) -> None:
    found, head, text = _verdict(question)
    assert found and head == verdict and said in text, text


@pytest.mark.parametrize("question, never", [
    ("kan skolerne låne skøjter efter 1. marts 2031?", "Nej"),  # days are left before the last one
    ("kan skolerne låne skøjter før 15. marts 2031?", "Nej"),
    ("Må skøjtebanerne være 1 km lange?", "Nej"),  # within the bound: it bounds, it does not grant
    ("Må skøjtebanerne være 2 km lange?", "Nej"),
    ("Betales Isbogen pr. år?", "Nej"),
    ("Koster Isbogen 100 kr. om måneden?", "Nej"),  # the same price a year
    ("Må skøjteløbere med hjelm komme på isen?", "Nej"),  # was 'Nej': the ban is on the others
    ("Må skøjteløbere komme på isen?", "Nej"),  # was 'Nej': only those without a helmet are banned
    ("er det idrætskonsulenten der viser skøjtebanerne frem på isaftenen", "Ja"),  # another doer
    ("viser borgmesteren skøjtebanerne frem på isaftenen?", "Ja"),
])
def test_the_text_does_not_settle_it_so(question: str, never: str) -> None:  # controls
    _, head, text = _verdict(question)
    assert head != never, text

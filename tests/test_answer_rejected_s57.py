"""Right answers a check refused (session 57, REJECTED), on tasks written here (benches in the town's
parks, a lending list of rain gauges): a firm's name of two words in capitals first in a sentence
('Granvang Systemer opretter bænkene ...') names who does the deed the question asks of, though its last
word alone names a thing. Each case has a control the checks must still refuse."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds


def _task(*, ident: int, code: str, title: str, project: str, description: str) -> str:
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** {project}

**Prioritet** Prioritet 2

**Mål** Kommunens oplysninger er klar, inden portalen åbner.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


_BENCHES = _task(ident=77201, code="BAEN 3", title="Send bænkelisten til Granvang Systemer",
                 project="Fælles Parkbænke",
                 description="""Bænkelisten sendes som regneark til Granvang Systemer senest 3 uger før go-live.

Granvang Systemer opretter bænkene i Bænkekortet inden for 4 arbejdsdage efter modtagelsen.""")

_GAUGES = _task(ident=77202, code="REGN 2", title="Registrer regnmålerne", project="Fælles Regnmålere",
                description="""Regnmålerlisten sendes til Dugdal Løsninger senest 10 dage før go-live.

Dugdal Løsninger lægger målerne ind på Regnkortet inden for en uge.""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_BENCHES), *parse_text(_GAUGES)])


def test_a_firm_of_two_capitalised_words_does_the_asked_deed() -> None:
    a = answer(_kb(), "hvem opretter bænkene?")
    assert a.found and "Granvang Systemer" in a.answer, a.answer


def test_a_firm_with_a_particle_verb_does_the_asked_deed() -> None:
    a = answer(_kb(), "hvem lægger regnmålerne ind på Regnkortet?")
    assert a.found and "Dugdal Løsninger" in a.answer, a.answer


def test_the_firm_first_in_the_sentence_holds_a_party() -> None:
    text = "Granvang Systemer opretter bænkene i Bænkekortet inden for 4 arbejdsdage efter modtagelsen."
    assert holds(Expect.PARTY, text, "hvem opretter bænkene?")


def test_a_firm_that_does_another_deed_names_no_doer() -> None:
    text = "Granvang Systemer opretter bænkene i Bænkekortet inden for 4 arbejdsdage efter modtagelsen."
    assert not holds(Expect.PARTY, text, "hvem maler bænkene?")


def test_a_deed_no_one_is_said_to_do_stays_unanswered() -> None:
    a = answer(_kb(), "hvem maler bænkene?")
    assert not a.found, a.answer

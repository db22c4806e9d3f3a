"""Right answers a check refused (session 57, REJECTED), on tasks written here (benches in the town's
parks, a lending list of rain gauges): a firm's name of two words in capitals first in a sentence
('Granvang Systemer opretter bænkene ...') names who does the deed the question asks of, though its last
word alone names a thing; a count of people of any kind ('plads til højst 40 deltagere', 'Gæster: højst
80', 'Højst 8 personer på broen') answers 'hvor mange kan komme med?', which names no noun. Each case has
a control the checks must still refuse. (The task writer is test_answer_rejected_s56's.)"""

from __future__ import annotations

from functools import cache

from test_answer_rejected_s56 import _task

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

_BENCHES = _task(ident=77201, code="BAEN 3", title="Send bænkelisten til Granvang Systemer",
                 project="Fælles Parkbænke",
                 description="""Bænkelisten sendes til Granvang Systemer senest 3 uger før go-live.

Granvang Systemer opretter bænkene i Bænkekortet inden for 4 arbejdsdage efter modtagelsen.""")

_GAUGES = _task(ident=77202, code="REGN 2", title="Registrer regnmålerne", project="Fælles Regnmålere",
                description="""Regnmålerlisten sendes til Dugdal Løsninger senest 10 dage før go-live.

Dugdal Løsninger lægger målerne ind på Regnkortet inden for en uge.""")

_WALK = _task(ident=77203, code="MOSE 4", title="Mosevandring for borgerne (valgfri)", project="Fælles Moser",
              description="""Mosevandringen holdes lørdag den 3. juni 2028 kl. 10.00-13.00 ved Lyngkær Mose.

Mosevandringen har plads til højst 40 deltagere, og der udlånes gummistøvler.

- Højst 8 personer på gangbroen ad gangen""")

_TASTING = _task(ident=77204, code="MOSE 5", title="Smagedag i mosen (valgfri)", project="Fælles Moser",
                 description="""Smagedagen holdes ved Lyngkær Mose.

- Gæster: højst 80
- Medbring: en kop""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_BENCHES), *parse_text(_GAUGES),
                                   *parse_text(_WALK), *parse_text(_TASTING)])


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


def test_a_count_of_participants_answers_how_many_can_come() -> None:
    a = answer(_kb(), "hvor mange kan komme med på mosevandringen?")
    assert a.found and "40" in a.answer, a.answer


def test_a_count_of_people_answers_how_many_may_stand_there() -> None:
    text = "- Højst 8 personer på gangbroen ad gangen"
    assert holds(Expect.COUNT, text, "hvor mange må være på gangbroen samtidig?")


def test_a_labelled_count_of_guests_answers_how_many_can_come() -> None:
    assert holds(Expect.COUNT, "- Gæster: højst 80", "hvor mange kan komme til smagedagen?")


def test_a_count_of_role_holders_is_no_count_of_anyone_coming() -> None:
    assert not holds(Expect.COUNT, "Kommunen udpeger 3 superbrugere.", "hvor mange kan komme med?")


def test_a_count_of_things_is_no_count_of_people() -> None:
    assert not holds(Expect.COUNT, "Der udlånes 40 par gummistøvler.", "hvor mange kan komme med på turen?")


def test_a_labelled_count_of_guests_is_the_answer() -> None:
    a = answer(_kb(), "hvor mange kan komme til smagedagen?")
    assert a.found and "80" in a.answer, a.answer


def test_a_count_of_no_people_leaves_how_many_can_come_unanswered() -> None:
    a = answer(_kb(), "hvor mange kan komme med til regnmålerne?")
    assert not a.found, a.answer

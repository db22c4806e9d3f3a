"""Right answers a check refused (session 60, REJECTED), on tasks written here (a lighthouse guild's
lamp room and a beekeepers' honey press): 'hvad bruges X til?' is answered by the sentence that says
what X is with a 'hvor' clause of what is done in it ('X er det fælles system, hvor ...', 'X, app'en
hvor ...'); a time counted from what the question counts from ('hvor længe efter aftalens ophør ...?')
is its answer also when that anchor is written with æ, ø or å ('ophør', read ascii-folded in the
question); a firm's name whose first word ends in -s and goes on in capitals ('Lanterns Hosting') is one
name that answers 'hvem hoster X?', no genitive of the asked word after it."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*, ident: int, code: str, title: str, project: str, description: str) -> str:
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** {project}

**Mål** Kommunens oplysninger er klar, inden systemet åbner.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.
"""


_LAMPS = _task(ident=97301, code="FYR 1", title="Tilslutningsaftale til Lygtebogen", project="Fælles Fyr",
               description="""<p>Lygtebogen er det fælles system, hvor fyrlaugene reserverer lampestuen og \
linser.</p><p>Aftalens vigtigste punkter:</p><ul><li>Udvikler: Blinkfyr Data</li>\
<li>Drift og hosting: Lanterns Hosting</li>\
<li>Sletning af logbøger: senest 45 dage efter aftalens ophør</li></ul>\
<p>Få aftalen underskrevet af chefen for Kyst og Fritid.</p>""")

_HONEY = _task(ident=97302, code="BIAV 2", title="Adgang til Slyngebogen", project="Fælles Bier",
               description="""<p>Kommunen har adgang til Slyngebogen, app’en hvor biavlerne låner \
honningslynger og tapper voks.</p><p>Honningslyngen står i bigården ved Mosevej.</p>""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_LAMPS), *parse_text(_HONEY)])


def test_what_a_system_is_used_for_is_the_deed_its_hvor_clause_says() -> None:
    a = answer(_kb(), "hvad bruges Lygtebogen til?")
    assert a.found and "reserverer lampestuen" in a.answer, a.answer


def test_what_an_app_in_apposition_is_used_for() -> None:
    a = answer(_kb(), "hvad bruges slyngebogen til")
    assert a.found and "låner honningslynger" in a.answer, a.answer


def test_a_use_of_another_thing_than_the_described_one_is_no_answer() -> None:
    a = answer(_kb(), "hvad bruges bigården til?")
    assert not a.found or "Slyngebogen" not in a.answer, a.answer


def test_a_time_counted_from_an_anchor_written_with_danish_letters() -> None:
    a = answer(_kb(), "hvor længe efter aftalens ophør bliver logbøgerne i Lygtebogen slettet?")
    assert a.found and "45 dage" in a.answer, a.answer


def test_a_firm_named_by_a_word_in_s_and_the_asked_deed_is_one_name() -> None:
    a = answer(_kb(), "hvem hoster Lygtebogen?")
    assert a.found and "Lanterns Hosting" in a.answer, a.answer

"""Confident wrong answers of session 58's merged rules, mended (tasks written here after the reviewers'
probes): the firm word 'Firmaet' points back only to a firm, not to a place named last; a table's
'| n-m |' cells under day names are hours only when the row says opening or time; an add-on price
('Pris for opstart', 'pr. ekstra dag') is not what a thing costs; a sentence before a price list is no
intro that says what the list prices. (The task writer is test_answer_rejected_s56's.)"""

from __future__ import annotations

from functools import cache

from test_answer_rejected_s56 import _task

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_LIGHT = _task(ident=88401, code="SCEN 4", title="Lys til vinterkoncerten", project="Fælles Vinterkoncerter",
               description="""Lysende Teknik leverer lyset til vinterkoncerten. Lyset hænges op over \
Springvandspladsen. Firmaet ejes af Sofie Krag.""")

_SOUND = _task(ident=88402, code="LYDA 2", title="Lydanlæg til byfesten", project="Fælles Byfester",
               description="""Scenen leveres af Nordlys Event, der lejer lyden hos Klangbox Udlejning. \
Firmaet ejes af Henrik Damgaard.

Scenen stilles op på Torvet senest kl. 12.""")

_BRICKS = _task(ident=88403, code="LEGO 1", title="Klodser til legestuen", project="Fælles Legestuer",
                description="""Brikhuset leverer klodserne til legestuerne. \
Virksomheden ejes af Mads Bonde.""")

_CHESS = _task(ident=88409, code="SKAK 1", title="Skakbrætter til klubben", project="Fælles Skakklubber",
               description="""Skakbrætterne leveres af Brættehuset. Brættehuset leverer også ure. \
Virksomheden ejes af Ida Springer.""")

_POOL = _task(ident=88404, code="ÅBNT 1", title="Åbningstider i svømmehallen", project="Fælles Svømmehaller",
              description="""Svømmehallens bemanding:

| Bane | Lørdag | Søndag |
|---|---|---|
| Livreddere | 2-3 | 1-2 |

Svømmehallen har åbent efter aftale med Badelauget.""")

_BIKES = _task(ident=88405, code="CYKL 4", title="Udlån af ladcykler", project="Fælles Cykler",
               description="""Ladcyklerne udlånes af Trædepedal ApS.
- Udvikler: Cykelsmed Data
- Pris: 95 kr. pr. ekstra dag efter den første uge
- Depositum: 500 kr.
Kommunen sender bookinglisten til Trædepedal ApS.""")

_HALLS = _task(ident=88406, code="BOOK 3", title="Tilslutning til Salsbogen", project="Fælles Sale",
               description="""<p>Salsbogen er bookingsystemet for kommunernes forsamlingssale.</p>\
<ul><li>Udvikler: Salsdata ApS</li><li>Licens: 2.400 kr. pr. år</li><li>Pris pr. ekstra bruger: 150 kr.</li>\
<li>Opsigelse: 3 måneders varsel</li></ul><p>Aftalen underskrives af direktøren for Kultur.</p>""")

_TOOLS = _task(ident=88407, code="LÅNB 2", title="Tilslutning til Lånebasen", project="Fælles Lånebaser",
               description="""<p>Lånebasen er udlånssystemet for kommunernes værktøjsbiblioteker.</p>\
<ul><li>Udvikler: Værktøjsdata ApS</li><li>Pris for opstart: 5.000 kr.</li>\
<li>Drift: 900 kr. pr. måned</li></ul>""")

_BOOKBUS = _task(ident=88408, code="BIBL 1", title="Tilslutning til Lånekassen", project="Fælles Bogbusser",
                 description="""Lånekassen er udlånssystemet for kommunernes bogbusser. Papirflod A/S \
udvikler det. Bogbussen kører tre dage om ugen.

- Pris: 3.400 kr. pr. kvartal
- Opsigelse: 6 måneder
- Support: gratis

Aftalen skal være på plads, før bibliotekarerne kan bruge Lånekassen.""")


_WIND = _task(ident=88410, code="DRAG 5", title="Lej en vindmåler (valgfri)", project="Fælles Drager",
              description="""<p>Kommuner, der vil måle vinden, kan leje en vindmåler hos \
Blæstvind Udlejning. Firmaet ejes af Asta Vindelbo.</p> <ul><li>- Lejeperiode: op til 4 dage</li></ul>""")

_ALARM = _task(ident=88411, code="BTRE 8", title="Tilvalg til Trækortet", project="Fælles Træer",
               description="""<p>Som tilvalg kan kommunen få et alarmmodul, hvor borgere kan melde et væltet \
træ.</p> <ul><li>- Pris: 6.200 kr. om året</li><li>- Svartid: 15 minutter</li></ul>""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *(t for s in (_LIGHT, _SOUND, _BRICKS, _POOL, _BIKES,
                                                                  _HALLS, _TOOLS, _BOOKBUS, _CHESS,
                                                                  _WIND, _ALARM)
                                                      for t in parse_text(s))])


def test_the_firm_word_does_not_point_back_to_a_place() -> None:
    a = answer(_kb(), "hvem ejer Springvandspladsen?")
    assert not (a.found and "Sofie Krag" in a.answer), a.answer


def test_the_firm_word_does_not_point_back_to_a_firm_after_a_preposition() -> None:
    a = answer(_kb(), "hvem ejer Klangbox Udlejning?")
    assert not (a.found and "Henrik Damgaard" in a.answer), a.answer


def test_the_firm_word_points_back_to_the_firm_that_opens_the_sentence_before() -> None:
    a = answer(_kb(), "hvem ejer Brikhuset?")
    assert a.found and "Mads Bonde" in a.answer, a.answer


def test_the_firm_word_points_back_to_the_agent_of_a_passive() -> None:
    a = answer(_kb(), "hvem ejer Brættehuset?")
    assert a.found and "Ida Springer" in a.answer, a.answer


def test_a_count_under_day_names_is_no_opening_hours() -> None:
    a = answer(_kb(), "hvornår har svømmehallen åbent om lørdagen?")
    assert not (a.found and "2-3" in a.answer), a.answer


def test_a_price_per_extra_day_is_not_what_the_thing_costs() -> None:
    for q in ("hvad koster ladcyklerne?", "hvad koster det at låne en ladcykel?"):
        a = answer(_kb(), q)
        assert not (a.found and "95 kr." in a.answer), (q, a.answer)


def test_a_price_per_extra_user_is_not_what_the_system_costs() -> None:
    a = answer(_kb(), "hvad koster Salsbogen?")
    assert not (a.found and "150 kr." in a.answer and "2.400" not in a.answer), a.answer


def test_a_startup_price_is_not_what_the_system_costs() -> None:
    a = answer(_kb(), "hvad koster Lånebasen?")
    assert not (a.found and "5.000 kr." in a.answer), a.answer


def test_a_sentence_before_a_price_list_does_not_say_what_it_prices() -> None:
    a = answer(_kb(), "hvad koster bogbussen?")
    assert not (a.found and "3.400 kr." in a.answer), a.answer


def test_a_table_cell_is_hours_only_of_a_day_and_not_under_a_counting_row() -> None:
    from knowledge.qa.types import Expect, holds
    q = "hvornår er der åbent om lørdagen?"
    assert holds(Expect.CLOCK, "| Banetype | Hverdage | Weekend | | Indendørs | 16-21 | 10-16 |", q)
    assert holds(Expect.CLOCK, "| Caféform | Hverdage | Weekend | | Værestedscafé | 13-16 | lukket |", q)
    assert not holds(Expect.CLOCK, "| Bane | Lørdag | Søndag | | Livreddere | 2-3 | 1-2 |", q)
    assert not holds(Expect.CLOCK, "| Hal | Mandag | Tirsdag | | Antal hold | 6-8 | 10-12 |", q)
    assert not holds(Expect.CLOCK, "| Hal | Mandag | Tirsdag | | Hold pr. træner | 1-2 | 2-4 |", q)


def test_the_firm_word_points_back_to_the_one_firm_dealt_with() -> None:
    a = answer(_kb(), "hvem ejer Blæstvind Udlejning?")
    assert a.found and "Asta Vindelbo" in a.answer, a.answer


def test_a_sentence_that_brings_a_thing_in_says_what_the_price_list_is_of() -> None:
    a = answer(_kb(), "hvad koster alarmmodulet?")
    assert a.found and "6.200 kr." in a.answer, a.answer

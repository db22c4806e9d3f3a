"""Right answers a check refused (session 58, REJECTED), on tasks written here (a kayak rental, a
lending list of telescopes, beach huts): a firm called by its kind ('Firmaet ejes af ...', 'Virksomheden
drives af ...') points back to the firm named before it, so it answers 'hvem ejer <firm>?' for that firm,
not for another firm the task names earlier or another task names; a run of label lines glued under a
sentence ('Garanti: 2 år Rengøring: 3 pr. uge Hytter pr. strand: højst 9') keeps each label as what its
number counts; a question of how many days a task named by its number is planned or supposed to take,
or how long it takes ('hvor mange dage er X sat til at vare?', 'how long does X take?'), asks its Opgave
varighed; a table of opening hours under a header of days, read into one line with the list before it,
gives the hours ('| Hverdage | Weekend | | Indendørs | 16-21 | 10-16 |'); 'hvad koster X?' of a list of
X's terms is answered by its 'Pris:' line, not when the question names another line ('hostingen') or a
deed the list does not say ('at låne'). (The task writer is test_answer_rejected_s56's.)"""

from __future__ import annotations

from functools import cache

from test_answer_rejected_s56 import _task

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_KAYAKS = _task(ident=88301, code="KAJK 5", title="Lej kajakker til sommerlejren (valgfri)",
                project="Fælles Kajakker",
                description="""Opgaven er valgfri. Bølgeskvulp Udlejning lejer kajakker ud til lejrskoler. \
En leje varer 3 dage og koster 1.800 kr. Firmaet ejes af Rasmus Tofteby.

Lejeaftalen skrives under af chefen for Natur og Fritid og mailes til Bølgeskvulp Udlejning.""")

_SCOPES = _task(ident=88302, code="STJR 3", title="Lån teleskoper til stjerneaftenen (valgfri)",
                project="Fælles Stjerner",
                description="""Nattely Forening sender listen videre til Okularhus Materiel. \
Okularhus Materiel låner teleskoper ud i en uge. Virksomheden drives af Lærke Himmelbo.""")

_HUTS = _task(ident=88303, code="STRH 1", title="Serviceaftale for strandhytterne",
              project="Fælles Strandhytter", description="""Klitbo Service udlejer strandhytter til strandene.
Pris: 640 kr. pr. hytte pr. uge
Garanti: 2 år på døre
Rengøring: 3 pr. uge
Hytter pr. strand: højst 9
Serviceaftalen underskrives af chefen for Kyst og Fritid og sendes til Klitbo Service.""")

# a task with its own duration (Opgave varighed) and a time in its text for another thing
_SIGNS = _task(ident=88304, code="SKLT 2", title="Skiltelisten til Vejviser Data", project="Fælles Skilte",
               description="""Skiltelisten sendes til Vejviser Data senest 3 uger før go-live.

Vejviser Data opretter skiltene inden for 5 arbejdsdage.""").replace(
    "**Prioritet** Prioritet 2", "**Prioritet** Prioritet 2\n\n**Opgave varighed (antal dage)** 9")

_POOLS = _task(ident=88305, code="BADE 2", title="Indberet kommunens bassiner", project="Fælles Bassiner",
               description="""Kommunen udfylder bassinlisten. For hvert bassin skal listen indeholde:

- Bassinets navn
- Adresse
- Dybde i meter

Åbningstiderne følger denne tabel:

| Bassintype | Hverdage | Weekend |
|---|---|---|
| Varmtvandsbassin | 7-20 | 9-15 |
| Udspringsbassin | 14-19 | 10-14 |

Bassinlisten godkendes af chefen for Svømning og sendes til Plask Data senest 10 arbejdsdage før go-live.

<p>Sådan gør I: 1) Hent skabelonen 2) Udfyld en linje pr. bassin 3) Send listen til Plask Data</p>""")

_SEEDS = _task(ident=88306, code="FRØB 1", title="Tilslutning til Frøbanken", project="Fælles Frøbanker",
               description="""<p>Frøbanken er det fælles bookingsystem for kommunernes frøbytteskabe.</p>\
<ul><li>Udvikler: Spirekim Data</li><li>Hosting: Kimblad Hosting</li><li>Pris: 2.340 kr. pr. halvår</li>\
<li>Opsigelse: 6 måneders varsel</li></ul><p>Aftalen underskrives af direktøren for Natur.</p>""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_KAYAKS), *parse_text(_SCOPES),
                                     *parse_text(_HUTS), *parse_text(_SIGNS), *parse_text(_POOLS),
                                     *parse_text(_SEEDS)])


def test_the_firm_word_points_back_to_the_firm_named_two_sentences_before() -> None:
    a = answer(_kb(), "hvem ejer Bølgeskvulp Udlejning?")
    assert a.found and "Rasmus Tofteby" in a.answer, a.answer


def test_the_firm_word_points_back_to_the_firm_named_right_before() -> None:
    a = answer(_kb(), "hvem driver Okularhus Materiel?")
    assert a.found and "Lærke Himmelbo" in a.answer, a.answer


def test_a_firm_named_before_the_last_name_is_not_the_one_the_firm_word_means() -> None:
    a = answer(_kb(), "hvem driver Nattely Forening?")
    assert not (a.found and "Lærke Himmelbo" in a.answer), a.answer


def test_a_firm_of_another_task_is_not_the_one_the_firm_word_means() -> None:
    a = answer(_kb(), "hvem ejer Okularhus Materiel?")
    assert not (a.found and "Rasmus Tofteby" in a.answer), a.answer


def test_a_glued_label_says_what_its_number_counts() -> None:
    a = answer(_kb(), "hvor mange rengøringer laver Klitbo Service pr uge?")
    assert a.found and "Rengøring: 3 pr. uge" in a.answer, a.answer


def test_a_glued_label_per_something_says_what_its_number_counts() -> None:
    a = answer(_kb(), "hvor mange hytter må der højst stå på en strand?")
    assert a.found and "højst 9" in a.answer, a.answer


def test_a_label_that_counts_another_thing_is_still_no_count_of_the_asked_thing() -> None:
    a = answer(_kb(), "hvor mange livreddere skal der være pr. strand?")
    assert not a.found, a.answer


def test_the_days_a_task_is_planned_to_take_are_its_duration() -> None:
    a = answer(_kb(), "hvor mange dage er SKLT 2 planlagt til at vare?")
    assert a.found and "9 dage" in a.answer, a.answer


def test_the_days_a_task_is_set_to_last_are_its_duration() -> None:
    a = answer(_kb(), "Hvor mange dage er 88304 sat til at vare?")
    assert a.found and "9 dage" in a.answer, a.answer


def test_english_how_long_a_task_is_planned_to_last_is_its_duration() -> None:
    a = answer(_kb(), "How long is task SKLT 2 planned to last?")
    assert a.found and "9 days" in a.answer, a.answer


def test_how_long_a_thing_inside_the_task_takes_is_not_the_tasks_duration() -> None:
    a = answer(_kb(), "hvor lang tid tager Vejviser Data om at oprette skiltene i SKLT 2?")
    assert "9 dage" not in a.answer, a.answer


def test_english_days_planned_for_a_task_are_its_duration() -> None:
    a = answer(_kb(), "How many days are planned for SKLT 2?")
    assert a.found and "9 days" in a.answer, a.answer


def test_hours_in_a_table_read_into_one_line_are_given() -> None:
    a = answer(_kb(), "hvornår har udspringsbassinerne åbent i weekenden?")
    assert a.found and "10-14" in a.answer, a.answer


def test_hours_of_a_row_the_table_does_not_have_are_not_given() -> None:
    a = answer(_kb(), "hvornår har motionsbassinerne åbent i weekenden?")
    assert not a.found, a.answer


def test_the_price_line_of_a_systems_list_answers_what_it_costs() -> None:
    a = answer(_kb(), "Hvad koster Frøbanken?")
    assert a.found and "2.340 kr. pr. halvår" in a.answer, a.answer


def test_the_price_line_is_not_the_price_of_another_line() -> None:
    a = answer(_kb(), "hvad koster hostingen af Frøbanken?")
    assert not a.found, a.answer


def test_the_price_line_is_not_the_price_of_a_deed_the_list_does_not_say() -> None:
    a = answer(_kb(), "hvad koster det at låne frø i Frøbanken?")
    assert not a.found, a.answer

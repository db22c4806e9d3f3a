"""Right answers a check refused (session 59, REJECTED), on tasks written here (a harbour kite club, a
sledge rental and a moss register): 'hvem skal stå for X?' asks whom the task recommends, as 'hvem bør stå
for X?' does, so a task that names an executor and no responsible answers it with its executor, even
when another sentence of the task names a firm; a question that closes on its occasion ('hvad skal der
stå i emnefeltet, når vi sender aftalen til X?') is answered by the sentence saying what it asks right
after the sentence naming the occasion; 'hvilke opgaver er obligatoriske?' takes in the tasks of an
export that ranks them by number ('Prioritet 1', 'Prioritet 2') and says 'Valgfri' of the others; 'hvor
mange kan være med på X?' is answered by a count of people in the task titled X ('Plads til 60
deltagere'), which need not write X."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*, ident: int, code: str, title: str, project: str, priority: str, description: str,
          executor: str = "") -> str:
    done_by = f"**Anbefalet udfører** {executor}\n\n" if executor else ""
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** {project}

**Prioritet** {priority}

**Mål** Kommunens oplysninger er klar, inden portalen åbner.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

{done_by}"""


_KITES = _task(ident=91501, code="DRAG 3", title="Dragefestivalen på havnen (valgfri)",
               project="Fælles Drager", priority="Valgfri", executor="Havnefogeden",
               description="""Kommunen kan holde Dragefestivalen søndag den 8. juni 2031 kl. 11-16 på \
Havnekajen. Vindpust Udstyr låner 20 drager ud, og firmaet ejes af Kaj Blæsbjerg.""")

_SLEDGES = _task(ident=91502, code="SLÆD 1", title="Tilslutningsaftale til Kælkebogen",
                 project="Fælles Kælker", priority="Prioritet 1",
                 description="""<p>Kælkebogen er det fælles udlånssystem for kommunernes kælker.</p>\
<p>Få tilslutningsaftalen underskrevet af direktøren for Vinter og Fritid, og send den til KOMBIT senest \
6 uger før go-live. Skriv "Kælkebogen – aftale" i emnefeltet.</p>""")

_SLOPES = _task(ident=91503, code="SLÆD 2", title="Indberet kælkebakkerne", project="Fælles Kælker",
                priority="Prioritet 2",
                description="""Kommunen udfylder bakkelisten med navn og højde for hver bakke.""")

_SLEDGE_DAY = _task(ident=91504, code="SLÆD 3", title="Kælkedagen (valgfri)", project="Fælles Kælker",
                    priority="Valgfri", executor="Fritidskonsulenten",
                    description="""Kommunen kan holde Kælkedagen lørdag den 7. februar 2032.

- Kælker: 40 stk. leveres af Glidefart Udlejning
- Plads til 60 deltagere""")

_MOSS = _task(ident=91505, code="MOS 1", title="Indsend mosregistret", project="Fælles Mos",
              priority="Obligatorisk",
              description="""<p>Registret samles af biologen.</p>\
<p>Registret sendes til Grønsvær Data, når det er godkendt. Husk at lægge fotos ved.</p>""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_KITES), *parse_text(_SLEDGES),
                                     *parse_text(_SLOPES), *parse_text(_SLEDGE_DAY), *parse_text(_MOSS)])


def test_who_is_to_run_an_event_is_the_executor_the_task_recommends() -> None:
    a = answer(_kb(), "hvem skal stå for kælkedagen hos os?")
    assert a.found and "Fritidskonsulenten" in a.answer, a.answer


def test_who_is_to_run_a_task_named_by_its_title_is_its_executor_not_a_firm_in_it() -> None:
    a = answer(_kb(), "hvem skal stå for dragefestivalen på havnen")
    assert a.found and "Havnefogeden" in a.answer, a.answer


def test_the_subject_line_follows_the_sentence_naming_the_sending() -> None:
    a = answer(_kb(), "hvad skal der stå i emnefeltet, når vi sender den underskrevne aftale til KOMBIT?")
    assert a.found and "Kælkebogen – aftale" in a.answer, a.answer


def test_obligatory_tasks_of_a_numbered_scale_are_its_ranked_ones() -> None:
    a = answer(_kb(), "hvilke opgaver i Fælles Kælker er obligatoriske?")
    assert a.found and "91502" in a.answer and "91503" in a.answer and "91504" not in a.answer, a.answer



def test_how_many_may_come_is_the_count_of_people_in_the_event_titled() -> None:
    a = answer(_kb(), "hvor mange kan være med på kælkedagen?")
    assert a.found and "60 deltagere" in a.answer, a.answer

"""Mends of session 59's rejected-branch rules, on tasks written here (a parking office, a concert hall
and a bathing project): the subject line after a sentence naming a sending answers a question about
sending only the paper that sentence names ('Send ansøgningen til X. Skriv "Y" i emnefeltet.' does not
answer 'når vi sender klagen til X?'); a count of people needed to work at an event is not how many may
come to it; only the top rank of a numbered priority scale counts as obligatory."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*, ident: int, code: str, title: str, project: str, priority: str, description: str) -> str:
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** {project}

**Prioritet** {priority}

**Mål** Opgaven er klar til tiden.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.
"""


_PERMITS = _task(ident=95901, code="PAR 5", title="Parkeringstilladelser", project="Fælles Parkering",
                 priority="Obligatorisk",
                 description="""Tilladelsen udstedes af Parkeringskontoret. Tilladelsen skal fornyes hvert \
år. Send ansøgningen til Parkeringskontoret. Skriv "Ny tilladelse" i emnefeltet. Alle borgere kan søge om \
tilladelse.""")

_CONCERT = _task(ident=95902, code="MUS 2", title="Koncert i musikhuset", project="Fælles Musik",
                 priority="Valgfri",
                 description="""Koncerten holdes i den store sal. Der er brug for 6 personer til at passe \
garderoben. Programmet trykkes af kulturforvaltningen.""")

_OPENING = _task(ident=95903, code="SØ 2", title="Åbning af søbadet", project="Fælles Søbad",
                 priority="Prioritet 1", description="Søbadet åbner for sæsonen den 1. juni.")

_SWIMMING = _task(ident=95904, code="SØ 3", title="Svømmeskole ved søen", project="Fælles Søbad",
                  priority="Valgfri", description="Svømmeskolen holdes hver lørdag.")

_SAUNA = _task(ident=95905, code="SØ 5", title="Saunaregler ved søen", project="Fælles Søbad",
               priority="Prioritet 3", description="Reglerne vedtages af kultur- og fritidsudvalget.")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_PERMITS), *parse_text(_CONCERT),
                                     *parse_text(_OPENING), *parse_text(_SWIMMING), *parse_text(_SAUNA)])


def test_a_subject_line_after_another_papers_sending_does_not_answer_for_this_paper() -> None:
    a = answer(_kb(), "Hvad skal der stå i emnefeltet, når vi sender klagen til Parkeringskontoret?")
    assert not (a.found and "Ny tilladelse" in a.answer), a.answer


def test_the_subject_line_after_this_papers_sending_still_answers() -> None:
    a = answer(_kb(), "Hvad skal der stå i emnefeltet, når vi sender ansøgningen til Parkeringskontoret?")
    assert a.found and "Ny tilladelse" in a.answer, a.answer


def test_people_needed_to_work_at_an_event_are_not_how_many_may_come() -> None:
    a = answer(_kb(), "Hvor mange kan være med på koncerten i musikhuset?")
    assert not (a.found and "6" in a.answer), a.answer


def test_a_lower_rank_of_a_numbered_scale_is_not_obligatory() -> None:
    a = answer(_kb(), "Hvilke opgaver i Fælles Søbad er obligatoriske?")
    assert a.found and "95903" in a.answer, a.answer
    assert "95905" not in a.answer and "95904" not in a.answer, a.answer

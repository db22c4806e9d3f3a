"""Kinds of who, how-many and what-if answers refused though the task says them (session 61, kinds), on
tasks written here (a rowing club's boathouse and a dragonfly day): a counted group opening a clause
before the asked verb names who does it ('6 spejdere tænder bålet'); a sentence of a task titled by the
asked compound speaks of it, though it says only the compound's first word; a party after a preposition
is its whole name in capitals, not only a first word the question shares; a question word that another
task's title has only inside a firm's name tells no other task; visitors are people who come, and 'være
inde i X' is being at X; 'Ingen X, når ...' says what happens when the condition holds."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.consequences import is_consequence
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds


def _task(*, ident: int, code: str, title: str, project: str, description: str) -> str:
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** {project}

**Mål** Kommunen er klar, inden sæsonen begynder.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.
"""


_FIRE = _task(ident=96101, code="BAAL 3", title="Guldsmededagen", project="Fælles Bål",
              description="""<p>Kommunen kan holde Guldsmededagen fredag den 12. juni ved Skovsøen.</p>\
<p>Der er plads til 40 gæster, og 6 spejdere tænder bålet.</p>\
<p>Værten er den pensionerede smed Karen Ildholt, der viser guldsmede og vandnymfer.</p>\
<p>Bålet tændes kl. 19, og dagen slutter kl. 16.</p>\
<p>1. Beslut om kommunen vil holde Guldsmededagen</p>""")

_BOATS = _task(ident=96102, code="ROBO 2", title="Bådlisten til Robogen", project="Fælles Roning",
               description="""<p>Kommunen sender bådlisten til Åreværk Data.</p>\
<p>Åreværk Data lægger listen ind inden for 2 arbejdsdage efter modtagelsen.</p>\
<p>Skader på kajakkerne meldes til Kajak Udlejning inden for 3 dage efter turen.</p>\
<p>De frivillige bådførere tilmelder sig senest 10 dage før kapsejladsen.</p>""")

_AGREEMENT = _task(ident=96103, code="ROBO 1", title="Databehandleraftale med Pagaj Systemer",
                   project="Fælles Roning",
                   description="""<p>Pagaj Systemer er databehandler for Robogen.</p>\
<p>Aftalen underskrives af chefen for Fritid.</p>""")

_HOUSE = _task(ident=96104, code="ROBO 4", title="Bådhusets regler", project="Fælles Roning",
               description="""<p>Kommunen vedtager regler for bådhuset:</p><ul>\
<li>Højst 8 besøgende i bådhuset ad gangen</li>\
<li>Ingen roning, når bølgerne er over 1 meter</li></ul>\
<p>Til Rodagen er der plads til 60 besøgende og højst 10 pr. rotur. Hver rotur varer en time.</p>""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *(t for text in (_FIRE, _BOATS, _AGREEMENT, _HOUSE)
                                                      for t in parse_text(text))])


def test_a_counted_group_before_the_asked_verb_is_who() -> None:
    a = answer(_kb(), "Hvem tænder bålet på Guldsmededagen?")
    assert a.found and "6 spejdere" in a.answer, a.answer


def test_a_count_of_guests_with_no_verb_after_is_no_doer() -> None:
    a = answer(_kb(), "Hvem slukker bålet på Guldsmededagen?")
    assert not a.found or "gæster" not in a.answer, a.answer


def test_a_sentence_of_the_task_titled_by_the_compound_speaks_of_it() -> None:
    a = answer(_kb(), "Hvem er vært på Guldsmededagen?")
    assert a.found and "Karen Ildholt" in a.answer, a.answer


def test_a_firm_named_after_the_asked_word_is_a_party_of_its_own() -> None:
    a = answer(_kb(), "hvem skal skader på kajakkerne meldes til")
    assert a.found and "Kajak Udlejning" in a.answer, a.answer


def test_a_word_only_in_a_firms_name_in_another_title_tells_no_other_task() -> None:
    a = answer(_kb(), "Hvem lægger bådlisten ind i systemet?")
    assert a.found and "Åreværk Data" in a.answer, a.answer


def test_visitors_at_a_place_answer_how_many_may_be_inside() -> None:
    a = answer(_kb(), "Hvor mange må være inde i bådhuset på én gang?")
    assert a.found and "8" in a.answer, a.answer


def test_visitors_per_trip_answer_how_many_may_come_on_each() -> None:
    a = answer(_kb(), "hvor mange kan komme med på hver rotur på Rodagen?")
    assert a.found and "10 pr. rotur" in a.answer, a.answer


def test_a_count_of_visitors_counts_no_boats() -> None:
    a = answer(_kb(), "Hvor mange kajakker har bådhuset?")
    assert not a.found or "besøgende" not in a.answer, a.answer


def test_none_under_a_condition_is_what_happens_when_it_holds() -> None:
    a = answer(_kb(), "Hvad sker der, hvis bølgerne er over 1 meter?")
    assert a.found and "Ingen roning" in a.answer, a.answer


def test_a_rule_of_none_is_a_consequence_only_with_its_condition() -> None:
    assert is_consequence("Ingen roning, når bølgerne er over 1 meter.")
    assert not is_consequence("Ingen kommuner kan tilmelde sig.")
    assert not is_consequence("Ingen ændringer efter 1. maj.")


def _ranked(*, ident: int, code: str, title: str, project: str) -> str:
    """A task of a project that ranks its tasks by a number ('Prioritet 1'), optional ones by their title."""
    return _task(ident=ident, code=code, title=title, project=project,
                 description="<p>Kommunen gør opgaven færdig.</p>").replace(
        f"**Projekt** {project}", f"**Projekt** {project}\n\n**Prioritet** Prioritet 1")


@cache
def _ranked_kb() -> KnowledgeBase:
    texts = [_ranked(ident=96201, code="SEJL 1", title="Aftale om bådpladser", project="Fælles Sejlads"),
             _ranked(ident=96202, code="SEJL 2", title="Sejlerlisten", project="Fælles Sejlads"),
             _ranked(ident=96203, code="SEJL 3", title="Kapsejladsen (valgfri)", project="Fælles Sejlads"),
             _ranked(ident=96204, code="SVOM 1", title="Svømmelisten", project="Fælles Svømning"),
             _ranked(ident=96205, code="SVOM 2", title="Svømmestævnet", project="Fælles Svømning")]
    return KnowledgeBase.from_tasks([*load_seeds(), *(t for text in texts for t in parse_text(text))])


def test_a_ranked_task_its_title_calls_optional_is_optional() -> None:
    a = answer(_ranked_kb(), "Hvilke opgaver i Fælles Sejlads er valgfri?")
    assert a.found and "96203" in a.answer and "96201" not in a.answer, a.answer


def test_the_other_ranked_tasks_beside_an_optional_one_are_mandatory() -> None:
    a = answer(_ranked_kb(), "Which tasks in Fælles Sejlads are mandatory?")
    assert a.found and "96201" in a.answer and "96202" in a.answer and "96203" not in a.answer, a.answer


def test_ranks_alone_say_no_task_is_optional() -> None:
    a = answer(_ranked_kb(), "Hvilke opgaver i Fælles Svømning er valgfri?")
    assert not a.found or ("96204" not in a.answer and "96205" not in a.answer), a.answer


_WORKSHOP = _task(ident=96301, code="VAERK 2", title="Værkstedsreglerne", project="Fælles Værksted",
                  description="""<p>Kommunen vedtager regler for værkstedet:</p><ul>\
<li>Højst 3 personer ved drejebænken ad gangen</li>\
<li>Der skal altid være mindst 2 voksne i malerrummet</li></ul>""")


@cache
def _workshop_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_WORKSHOP)])


def test_a_count_above_an_upper_bound_is_answered_by_the_rule() -> None:
    a = answer(_workshop_kb(), "Hvad sker der, hvis der står 4 personer ved drejebænken?")
    assert a.found and "Højst 3 personer" in a.answer, a.answer


def test_a_count_below_a_lower_bound_is_answered_by_the_rule() -> None:
    a = answer(_workshop_kb(), "hvad sker der hvis der kun er én voksen i malerrummet")
    assert a.found and "mindst 2 voksne" in a.answer, a.answer


def test_a_count_within_the_bound_is_no_crossing() -> None:
    a = answer(_workshop_kb(), "Hvad sker der, hvis der står 2 personer ved drejebænken?")
    assert not a.found or "Højst 3" not in a.answer, a.answer


def test_a_determined_group_of_people_before_the_asked_verb_is_who() -> None:
    a = answer(_kb(), "Hvem skal tilmelde sig før kapsejladsen?")
    assert a.found and "bådførere" in a.answer, a.answer


def test_a_determined_plural_of_things_names_no_one() -> None:
    assert not holds(Expect.PARTY, "De nye regler træder i kraft ved sæsonstart.", "hvem træder i kraft?")

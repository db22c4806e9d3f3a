"""Yes/no (session 61), on tasks written here (a municipality's workshops and canoe trips): a table of kinds
by days ('| værksted | hverdage | weekend |') answers 'har træværkstedet åbent om søndagen?' by the one row
the question names and the column whose header holds the asked day ('lukket', 'ikke muligt': Nej; hours: Ja),
a row named by the parts of its compound too ('skoletur' for 'en skole ... kanotur'), never by the whole
table (which said 'Ja' for a closed cell); a row not named, or a word of the question the row, the table's
lead and the task's title do not say, leaves it unsettled (controls)."""

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

**Projekt** Fælles Fritid

**Prioritet** Prioritet 2

**Mål** Opgaven er klar til go-live.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


_ROWS = [
    ("FRIT 3", "Værkstedslisten til Høvlbogen",
     "Kommunen laver en liste over de værksteder, borgerne kan booke.\n\n"
     "Åbningstider for værkstederne:\n\n| værksted | hverdage | weekend |\n|---|---|---|\n"
     "| træværksted | 16-21 | lukket |\n| metalværksted | 17-20 | 10-14 |\n\n"
     "Listen godkendes af chefen for Kultur og sendes til Høvl Data senest 5 dage før go-live."),
    ("FRIT 5", "Turlisten til Padlebogen",
     "Kommunen laver en liste over de ruter, der kan bookes til kanotur.\n\n"
     "| turtype | hverdage | weekend |\n|---|---|---|\n"
     "| skoletur | kl. 9-14 | ikke muligt |\n| familietur | kl. 17-19 | kl. 10-16 |\n\n"
     "Turlisten sendes til Padle Data senest 3 dage før go-live."),
]
_TASKS = "".join(_task(ident=61500 + n, code=code, title=title, description=description)
                 for n, (code, title, description) in enumerate(_ROWS, 1))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question, verdict, cell", [
    ("Har træværkstedet åbent om søndagen?", "Nej", "lukket"),
    ("har træværkstedet åbent i weekenden", "Nej", "lukket"),
    ("Kan en skole tage på kanotur en lørdag?", "Nej", "ikke muligt"),
    ("kan familier tage på kanotur om søndagen", "Ja", "10-16"),
])
def test_the_asked_rows_cell_settles_it(question: str, verdict: str, cell: str) -> None:
    a = answer(_kb(), question)  # was a 'Ja' on the whole table, or no answer
    assert a.found and a.answer.startswith(verdict) and cell in a.answer, a.answer


@pytest.mark.parametrize("question, verdict, cell", [
    ("har metalværkstedet åbent i weekenden", "Ja", "10-14"),
    ("Har træværkstedet åbent på hverdage?", "Ja", "16-21"),
])
def test_an_open_cell_is_a_yes(question: str, verdict: str, cell: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith(verdict) and cell in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "skal der være en instruktør i træværkstedet i weekenden?",  # the cell says nothing of an instruktør
    "har værkstedet åbent i weekenden?",  # which row, the question does not say
])
def test_a_cell_does_not_settle_what_it_does_not_say(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.answer.startswith(("Ja", "Nej")), a.answer


# A level the question puts its deed at against the level past which the task allows none of it
_LEVEL_ROWS = [
    ("KAJAK 2", "Udlejningsregler for kajakhuset",
     "Udlejningsreglerne fastsætter:\n\n- Børn fra 12 år må leje, hvis en voksen er med\n"
     "- Ingen udlejning, når vinden er over 10 m/s\n"
     "- Kajakker må kun sættes i vandet, når vandet er mindst 10 grader\n"
     "- Kajakker må først sættes i vandet, når bølgerne er under 40 cm\n\n"
     "Reglerne vedtages af fritidsudvalget."),
    ("KAJAK 4", "Havkajakdagen",
     "Kommunen kan holde en dag, hvor borgerne kan prøve at leje en havkajak ved Stranden."),
]
_LEVEL_TASKS = "".join(_task(ident=61600 + n, code=code, title=title, description=description)
                       for n, (code, title, description) in enumerate(_LEVEL_ROWS, 1)).replace(
    "Fælles Fritid", "Fælles Kajak")


@cache
def _level_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_LEVEL_TASKS)])


@pytest.mark.parametrize("question, said", [
    ("Kan vi leje en havkajak, når det blæser 14 m/s?", "over 10 m/s"),
    ("må kajakker sættes i vandet, når vandet er 6 grader?", "mindst 10 grader"),
    ("må kajakker sættes i vandet, når bølgerne er 60 cm?", "under 40 cm"),
])
def test_a_level_past_the_bound_is_denied(question: str, said: str) -> None:
    a = answer(_level_kb(), question)  # was not settled: the condition's words are not the task's
    assert a.found and a.answer.startswith("Nej") and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Kan vi leje en havkajak, når det blæser 6 m/s?",  # within the bound: it bounds, it does not grant
    "må kajakker sættes i vandet, når vandet er 15 grader?",  # (a level, not a count of 'grader')
    "må kajakker sættes i vandet, når bølgerne er 20 cm?",  # (a level within the bound, not a count)
    "Kan vi leje en havkajak, når der er 14 mm regn?",  # another unit: another level
])
def test_a_level_within_the_bound_is_not_denied(question: str) -> None:
    a = answer(_level_kb(), question)
    assert not a.answer.startswith("Nej"), a.answer


# A sentence that says only what the question's relative clause says of its subject
_RELATIVE_TASKS = """## ROBÅ 2 – Rorlisten (Fælles Robåd)

**Master-opgave ID** 61701

**Opgavetitel** ROBÅ 2 – Rorlisten (Fælles Robåd)

**Projekt** Fælles Robåd

**Prioritet** Prioritet 1

**Mål** Alle frivillige roere står på rorlisten, og alle årer, der bruges på søen, står på årelisten.

**Beskrivelse** For hver roer skal listen have navn og telefonnummer. Listen sendes til Åretag Data
senest 5 dage
før go-live. Både, der ikke står på bådlisten, kan ikke bookes.

**Resultat** Opgaven er fuldført, når listen er sendt.

"""


@cache
def _relative_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_RELATIVE_TASKS)])


@pytest.mark.parametrize("question", [
    "Må en frivillig, der ikke står på rorlisten, ro robåden?",
    "Må frivillige, der ikke står på listen, ro robåden?",
    "Må vi bruge årer, der ikke står på årelisten?",  # (the sentence's own relative clause says 'bruges')
])
def test_the_relative_clause_alone_does_not_grant_the_deed(question: str) -> None:
    a = answer(_relative_kb(), question)
    assert not a.answer.startswith(("Ja", "Jo")), a.answer  # was 'Ja' on who is on the list


def test_a_sentence_of_the_relative_clause_and_the_deed_settles_it() -> None:  # control
    a = answer(_relative_kb(), "kan man booke en båd der ikke står på bådlisten")
    assert a.found and a.answer.startswith("Nej") and "kan ikke bookes" in a.answer, a.answer


# An age under the one below which a sentence denies the deed ('kan ikke bookes til børn under 14 år')
_AGE_TASKS = _task(ident=61801, code="KLAT 3", title="Klatrekortet", description=(
    "Kommunen laver et klatrekort med mellem 2 og 5 klatrevægge i hallerne.\n\n"
    "Klatrevægge uden sikringsline kan ikke bookes til børn under 14 år.\n\n"
    "Klatrekortet sendes til Grebhold Systemer senest 2 uger før go-live.")).replace(
    "Fælles Fritid", "Fælles Klatring")


@cache
def _age_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_AGE_TASKS)])


@pytest.mark.parametrize("question", [
    "Kan en 11-årig booke en klatrevæg uden sikringsline?",
    "Kan en elleveårig booke en klatrevæg uden sikringsline?",  # (an age in a word)
])
def test_an_age_under_the_denied_one_is_denied(question: str) -> None:
    a = answer(_age_kb(), question)
    assert a.found and a.answer.startswith("Nej") and "under 14 år" in a.answer, a.answer  # was not settled


@pytest.mark.parametrize("question", [
    "Kan en 15-årig booke en klatrevæg uden sikringsline?",  # older: the sentence does not say
    "Kan en 11-årig booke en klatrevæg med sikringsline?",  # the sentence is on walls without one
])
def test_an_age_the_denial_does_not_reach_is_not_denied(question: str) -> None:  # controls
    a = answer(_age_kb(), question)
    assert not a.answer.startswith("Nej"), a.answer


# Leave asked for a group against a sentence that allows the deed only to others
_ONLY_TASKS = (_task(ident=61901, code="FLÅD 2", title="Flådereglerne", description=(
    "Flådereglerne gælder for alle kommunens badesøer:\n\n- Flåden må kun bruges i dagtimerne.\n"
    "- Kun kommunens bådmester må sætte flåden i vandet.\n- Flåden males hvert forår.\n\n"
    "Reglerne sendes til Søbred Service senest 10 dage før go-live.")) + _task(
    ident=61902, code="FLÅD 4", title="Strandrydningen", description=(
        "Frivillige og spejdere rydder strandene ved badesøerne, før sæsonen begynder."))
               ).replace("Fælles Fritid", "Fælles Flåde")


@cache
def _only_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_ONLY_TASKS)])


@pytest.mark.parametrize("question", [
    "Må alle frivillige sætte flåden i vandet?",
    "må spejderne selv sætte flåden i vandet",
])
def test_a_group_the_only_ones_leave_out_is_denied(question: str) -> None:
    a = answer(_only_kb(), question)  # was not settled: the group is not the sentence's doer
    assert a.found and a.answer.startswith("Nej") and "bådmester" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Må bådmesteren sætte flåden i vandet?",  # the only one asked of
    "må spejderne selv male flåden?",  # another deed
    "må vi selv sætte flåden i vandet?",  # whether the asker is among the only ones, it does not say
])
def test_the_only_ones_or_another_deed_are_not_denied(question: str) -> None:  # controls
    a = answer(_only_kb(), question)
    assert not a.answer.startswith("Nej"), a.answer


# Leave asked to be alone against a rule that there must always be at least two people
_COMPANY_TASKS = _task(ident=62001, code="SAUN 3", title="Saunareglerne", description=(
    "Saunareglerne hænges op ved havnebadet:\n\n- Der skal altid være mindst 2 personer i saunaen ad gangen\n"
    "- Omklædningsrummet gøres rent hver dag\n\nReglerne sendes til Dampkilde Service senest 7 dage før "
    "go-live.")).replace("Fælles Fritid", "Fælles Havnebad")


@cache
def _company_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_COMPANY_TASKS)])


def test_alone_against_at_least_two_is_denied() -> None:
    a = answer(_company_kb(), "Må man være alene i saunaen?")  # was not settled: 'alene' no task says
    assert a.found and a.answer.startswith("Nej") and "mindst 2 personer" in a.answer, a.answer


def test_alone_at_another_place_is_not_denied() -> None:  # control
    a = answer(_company_kb(), "Må man være alene i omklædningsrummet?")
    assert not a.answer.startswith("Nej"), a.answer

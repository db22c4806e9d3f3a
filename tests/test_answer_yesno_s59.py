"""Yes/no (session 59), on tasks written here (a municipality's climbing walls and pottery kilns): an age
asked against a rule's lowest age said as 'fra N år' or as a label ('Mindstealder: N år') is settled by
it, also when the rule is a list item under the sentence that says what the rule is about; a group asked
as 'børn under N år' is denied when all of it is below the bound; 'alene' is denied with the age, and
never answered Ja by a bound that says nothing of company; an hour asked leave for ('kl 23', 'til midnat')
later than the latest hour the task allows the thing ('Ingen X efter kl. 21') is denied, an earlier one is
not settled, and a bound on those 'uden' something does not deny the others; a doer asked of a rule named
by its title ('rappelleringsreglementet') is denied by the sentence that calls it by its head
('Reglementet vedtages af ...udvalget'); 'må alle X?' is denied by 'Kun Y må X'.
Controls pass before and after."""

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

**Projekt** Fælles Klatring

**Prioritet** Prioritet 2

**Mål** Opgaven er klar til go-live.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


_ROWS = [
    ("KLAT 3", "Klatrereglementet",
     "Klatrereglementet gælder for alle kommunens klatrevægge:\n\n"
     "- Alder: fra 13 år sammen med en voksen\n- Hold: højst 9 klatrere\n- Reb: skiftes hvert 2. år\n\n"
     "Reglementet vedtages af idræts- og naturudvalget."),
    ("KLAT 5", "Brænderegler for glasurovnene",
     "Brændereglerne fastsætter, hvordan glasurovnene bruges.\n\n"
     "- Mindstealder: 11 år med voksen\n- Højst 5 deltagere pr. brænding\n\n"
     "Reglerne godkendes af lederen af Kunstskolen."),
    ("KLAT 6", "Reglerne for bouldersalen",
     "Reglerne gælder i alle kommunens boulderhaller:\n\n- Ingen klatring i hallen efter kl. 21\n"
     "- Kridt: kun flydende kridt\n\nBouldervægge uden måtter kan ikke bookes til træning efter kl. 16."),
    ("KLAT 8", "Rappelleringsreglementet",
     "Rappelleringsreglementet gælder for alle kommunens rappelleringstårne.\n\n"
     "Reglementet vedtages af fritids- og friluftsudvalget og sendes til Tovværk Service senest 10 dage "
     "før go-live."),
    ("KLAT 9", "Regler for sikringsudstyret",
     "Reglerne gælder for kommunens klatrecentre:\n\n"
     "- Kun kommunens rebansvarlige må splejse sikkerhedsrebene\n"
     "- Seler tjekkes før hver brug"),
]
_TASKS = "".join(_task(ident=59300 + n, code=code, title=title, description=description)
                 for n, (code, title, description) in enumerate(_ROWS, 1))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question, said", [
    ("må en 9-årig klatre på klatrevæggene?", "13 år"),  # 'fra N år' was no bound
    ("må en 9-årig klatre alene på klatrevæggene?", "13 år"),  # 'alene' was unread
    ("må børn under 11 år bruge glasurovnene alene?", "11 år"),  # a group under an age
    ("må en 8-årig bruge glasurovnene?", "11 år"),  # a label's lowest age
])
def test_too_young_is_denied(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej") and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "må en 15-årig klatre alene på klatrevæggene?",  # with an adult: alone it does not say
    "må børn under 14 år bruge glasurovnene?",  # some of them are old enough
])
def test_no_yes_the_bound_does_not_give(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.answer.startswith(("Ja", "Nej")), a.answer


@pytest.mark.parametrize("question, said", [
    ("må man klatre i boulderhallen kl 23?", "kl. 21"),  # the hour was unread
    ("må vi klatre i boulderhallen til midnat", "kl. 21"),
    ("kan man booke en bouldervæg uden måtter til træning kl 18?", "kl. 16"),
])
def test_a_later_hour_is_denied(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej") and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "må man klatre i boulderhallen kl 20?",  # before the end: open then, it does not say
    "kan man booke en bouldervæg med måtter til træning kl 18?",  # the bound is on those without
])
def test_an_hour_the_bound_does_not_settle(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.answer.startswith(("Ja", "Nej")), a.answer


@pytest.mark.parametrize("question, verdict", [
    ("Skal borgmesteren vedtage rappelleringsreglementet?", "Nej"),  # was not settled
    ("Skal kommunaldirektøren godkende rappelleringsreglementet?", "Nej"),  # was not settled
    ("Skal fritids- og friluftsudvalget vedtage rappelleringsreglementet?", "Ja"),  # control
])
def test_a_rule_called_by_its_head_says_who_adopts_it(question: str, verdict: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith(verdict) and "friluftsudvalget" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "må alle splejse sikkerhedsrebene?",  # was a confident Ja
    "Må alle i klatrecentret splejse sikkerhedsrebene?",  # was not settled
])
def test_everyone_is_denied_by_an_only(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej") and "rebansvarlige" in a.answer, a.answer


def test_the_only_one_allowed_is_allowed() -> None:  # control
    a = answer(_kb(), "må den rebansvarlige splejse sikkerhedsrebene?")
    assert not a.answer.startswith("Nej"), a.answer

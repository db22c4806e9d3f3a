"""Answer types (session 43): how many (a step's imperative before its count, a
definite noun the task tells of elsewhere), who (a passive's subject with no modal, an indefinite agent
with its kind or origin, who answers for the task itself). Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import content_keys
from knowledge.parse import parse_text
from knowledge.qa.intents.counts import _ending_only
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds
from knowledge.qa.types.parties import _passive_agents

TASKS = """## BIB 1 (Drift) Selvbetjening på bibliotekerne

**Master-opgave ID** 9951

**Opgavetitel** BIB 1 (Drift) Selvbetjening på bibliotekerne

**Projekt** Åbne biblioteker

**Prioritet** Obligatorisk

**Beskrivelse** Bibliotekerne indfører selvbetjening om aftenen. Samlingen omfatter i alt 48.500 \
materialer. Lånerne orienteres i nyhedsbrevet. I dag deltager 6 filialer i forsøget. Lånerkortene \
kontrolleres af en ekstern vagtservice. Brugeraftalen skal godkendes af Kulturudvalget. Bibliotekschefen \
står for at bestille nye lånerkort.

**Metode og fremgangsmåde** 1. Opsæt adgangskontrollen
2. Uddan 12 frivillige
3. Test døråbneren

**Resultat** Bibliotekerne er åbne om aftenen.

**Anbefalet udfører** Bibliotekar

**Anbefalet ansvarlig** Kulturchef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize(("question", "value"), [
    ("hvor mange frivillige skal uddannes?", "12"),
    ("hvor mange filialer deltager i forsøget?", "6"),
    ("hvem skal orienteres i nyhedsbrevet?", "Lånerne"),
    ("hvem kontrollerer lånerkortene?", "vagtservice"),
    ("hvem er ansvarlig for selvbetjeningen på bibliotekerne?", "Kulturchef"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize(("question", "text"), [
    ("hvor mange frivillige skal uddannes?", "2. Uddan 12 frivillige"),
])
def test_counts(question: str, text: str) -> None:
    assert holds(Expect.COUNT, text, question)


def test_a_name_before_a_number_stays_a_code() -> None:
    # 'Windows 11' counts nothing the question asks about
    assert not holds(Expect.COUNT, "Windows 11 installeres på maskinerne.", "hvor mange maskiner er der?")


@pytest.mark.parametrize(("question", "text"), [
    ("hvem skal orienteres?", "Naboerne orienteres skriftligt."),
    ("hvem kontrollerer kortene?", "Kortene kontrolleres af en ekstern vagtservice."),
    ("hvem tester appen?", "Appen testes af fire elever fra ungdomsskolen."),
])
def test_parties(question: str, text: str) -> None:
    assert holds(Expect.PARTY, text, question)


def test_an_ending_is_no_head() -> None:
    assert _ending_only("ning")  # 'ordning' and 'idrætsforening'
    assert not _ending_only("miljø")  # 'testmiljø' and 'produktionsmiljø'


def test_a_step_counts_only_for_its_own_deed() -> None:
    # 'Kontroller 10 journaler' counts the journals checked, not those moved
    assert holds(Expect.COUNT, "3. Kontroller 10 journaler", "hvor mange journaler skal kontrolleres?")
    assert not holds(Expect.COUNT, "3. Kontroller 10 journaler", "hvor mange journaler skal flyttes?")


@pytest.mark.parametrize(("question", "text"), [
    # with no modal, what opens the sentence before the verb is no subject: an adverb, a time, 'Der'
    ("hvem skal informeres?", "Herefter informeres om ordningen på hjemmesiden."),
    ("hvem orienteres?", "I august orienteres om de nye takster."),
])
def test_no_party(question: str, text: str) -> None:
    assert not holds(Expect.PARTY, text, question)


def test_an_indefinite_agent_needs_its_kind_not_the_next_word() -> None:
    asked = set(content_keys("hvem behandler sagen?"))
    assert [m.group(0) for m in _passive_agents("Sagen behandles af et eksternt bureau.", asked)] \
        == ["et eksternt bureau"]
    assert not list(_passive_agents("Sagen behandles af en medarbejder inden for fem dage.", asked))

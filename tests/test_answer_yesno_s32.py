"""Yes/no questions of the s32 round: a 'kun X og Y kan ...' sentence answers Nej for a party outside
the list, also when the question names the system by its full name ('i Kørselsportalen') where the
sentence says its head ('i portalen') or a general word ('i systemet'); a passive asked with one doer
('udarbejdes X af udvalget?') is a Nej when the sentence gives the same verb another doer, on an export
written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.intents.yesno import passive_other_agent
from knowledge.qa.pipeline import answer

TASKS = """
## SKB 02 (Aftaler) Aftale om Kørselsportalen (B1)

**Master-opgave ID** 9811

**Opgavetitel** SKB 02 (Aftaler) Aftale om Kørselsportalen (B1)

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -40

**Bølger** Skolebuskørsel - Bølge 1

**Mål** Kommunen har en aftale om Kørselsportalen.

**Beskrivelse** Kørselsportalen leveres af Rutefix ApS. Aftalen underskrives af børne- og ungedirektøren.

Kun skolesekretæren og kørselskoordinatoren kan oprette elever i portalen.

Kun kørselskoordinatoren må ændre ruterne i systemet.

Køreplanerne udarbejdes af trafikselskabet og godkendes af skoleudvalget.

Kørslen registreres i Kørselsportalen af den vognmand, der kører ruten.

**Metode og fremgangsmåde** <ol><li>Få aftalen godkendt af skolechefen</li><li>Upload aftalen</li></ol>

**Resultat** Aftalen er underskrevet.

**Anbefalet udfører** Kørselskoordinator

**Anbefalet ansvarlig** Skolechef

## SKB 05 (Aftaler) Udbud af skolebuskørsel (B1)

**Master-opgave ID** 9813

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** Kontrakterne med vognmændene udarbejdes af udbudskonsulenten og godkendes af \
økonomiudvalget.

**Resultat** Kontrakterne er godkendt.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(TASKS))


@pytest.mark.parametrize("question, verdict", [
    ("Kan skolelederen oprette elever i Kørselsportalen?", "Nej"),  # 'i portalen': the compound's head
    ("Kan buschaufføren oprette elever i portalen?", "Nej"),
    ("Kan skolesekretæren oprette elever i Kørselsportalen?", "Ja"),
    ("Må skolesekretæren ændre ruterne i Kørselsportalen?", "Nej"),  # 'i systemet': the title's thing
    ("Må kørselskoordinatoren ændre ruterne i Kørselsportalen?", "Ja"),
])
def test_only_list_with_the_systems_name(kb, question, verdict):
    assert_settled(kb, question, verdict, "kun")


def test_only_list_of_another_deed_does_not_settle(kb):
    # who may create pupils says nothing of who may delete the agreement's attachments
    assert_unsettled(kb, "Må skolelederen slette bilag i Kørselsportalen?")


@pytest.mark.parametrize("question, verdict", [
    ("Udarbejdes køreplanerne af skoleudvalget?", "Nej"),  # the other verb's doer
    ("Udarbejdes køreplanerne af trafikselskabet?", "Ja"),
    ("Godkendes køreplanerne af skoleudvalget?", "Ja"),
])
def test_passive_asked_with_a_doer(kb, question, verdict):
    assert_settled(kb, question, verdict, "udarbejdes af trafikselskabet")


def test_passive_other_agent_reads_each_verbs_doer():
    said = "Køreplanerne udarbejdes af trafikselskabet og godkendes af skoleudvalget."
    assert passive_other_agent("Udarbejdes køreplanerne af skoleudvalget?", said)
    assert not passive_other_agent("Godkendes køreplanerne af skoleudvalget?", said)
    assert not passive_other_agent("Udarbejdes køreplanerne af trafikselskabet?", said)
    assert not passive_other_agent("Sendes køreplanerne til skolerne?", said)  # no doer asked


CONDITIONED = """
## SKB 04 (Drift) Aflysning af kørsel (B1)

**Master-opgave ID** 9812

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** Trafikselskabet skal svare på en aflysning inden for to timer.

Svarer trafikselskabet ikke inden fristen, kan skolen bestille en taxa til eleverne.

Meldes aflysningen ikke til tiden, kan forældrene ikke nå at hente børnene, og skolen skal passe børnene.

**Resultat** Aflysningerne er meldt.
"""


@pytest.fixture(scope="module")
def kb2() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(CONDITIONED))


@pytest.mark.parametrize("question, verdict, evidence", [
    # the question's 'hvis'-clause is the sentence's condition: the claim is the main clause's, and
    # 'inden fristen' in the condition does not make it a question of when
    ("Kan skolen bestille en taxa, hvis trafikselskabet ikke har svaret inden fristen?", "Ja", "taxa"),
    ("Kan forældrene nå at hente børnene, hvis aflysningen ikke meldes til tiden?", "Nej", "hente"),
    ("Skal skolen passe børnene, hvis aflysningen ikke meldes til tiden?", "Ja", "passe børnene"),
])
def test_asked_under_the_sentences_condition(kb2, question, verdict, evidence):
    assert_settled(kb2, question, verdict, evidence)


def test_in_time_is_no_recipient():
    from knowledge.qa.intents.yesno.recipients import _ASKED_TO
    assert _ASKED_TO.search("Skal skolen passe børnene, hvis aflysningen ikke meldes til tiden?") is None
    assert _ASKED_TO.search("Skal aflysningen meldes til trafikselskabet?").group("to") == "trafikselskabet"


def test_who_of_a_compound_prefers_the_thing_itself():
    # 'kørselskontrakterne' is 'Kontrakterne ...' (its head), before 'Få aftalen godkendt' (the glossary's
    # other word for a kontrakt) in another task
    got = answer(kb_of(), "Hvem godkender kørselskontrakterne?")
    assert got.found and "økonomiudvalget" in got.answer, got.answer


_KB = []


def kb_of() -> KnowledgeBase:
    if not _KB:
        _KB.append(KnowledgeBase.from_tasks(load_seeds() + parse_text(TASKS)))
    return _KB[0]


LEANING = """
## SKB 07 (Data) Elevlister (B1)

**Master-opgave ID** 9814

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** Elevlisterne godkendes af skolelederen i Kørselsportalen. \
En almindelig lærer kan ikke godkende.

Ruterne skal vedtages af skoleudvalget, før de offentliggøres. Det er ikke nok, at skolelederen har set dem.

**Resultat** Listerne er godkendt.
"""


@pytest.mark.parametrize("question, rule", [
    # a denial that leans on the sentence before ('kan ikke godkende.', '... set dem.'): the Nej gives
    # the rule that sentence says, who instead
    ("Kan en almindelig lærer godkende elevlisterne?", "godkendes af skolelederen"),
    ("Er det nok, at skolelederen har set ruterne?", "vedtages af skoleudvalget"),
])
def test_denial_with_the_rule_before(question, rule):
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(LEANING))
    assert_settled(kb, question, "Nej", rule)


LATE = """
## SKB 09 (Udstyr) Opsætning af GPS-enheder (B1)

**Master-opgave ID** 9815

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** GPS-enhederne skal være monteret i busserne senest 4 uger før go-live.

Er enhederne ikke monteret til tiden, kan forældrene ikke følge bussen i appen de første tre uger \
efter go-live.

**Resultat** Enhederne er monteret.
"""


def test_consequence_of_a_deadline_said_with_its_time():
    # the question's '4 uger før go-live' is the condition's deadline ('til tiden'); 'efter go-live' in
    # what follows is no other side of it
    from knowledge.qa.pipeline import answer
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(LATE))
    got = answer(kb, "Hvad sker der, hvis enhederne ikke er monteret 4 uger før go-live?")
    assert got.found and "følge bussen" in got.answer, got.answer


SEASON = """
## SKB 11 (Drift) Vinterkørsel (B1)

**Master-opgave ID** 9816

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** Vinterdæk må kun bruges i perioden 1. november til 31. marts.

Busserne må ikke vaskes fra 1. december til 28. februar.

**Resultat** Busserne er klar til vinteren.
"""


@pytest.mark.parametrize("question, verdict", [
    ("Må vinterdæk bruges i januar?", "Ja"),  # inside a period across the new year
    ("Må vinterdæk bruges i juli?", "Nej"),  # a month the text never names, outside the period
    ("Må busserne vaskes i januar?", "Nej"),  # inside a period in which it is denied
])
def test_month_against_a_period(question, verdict):
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(SEASON))
    assert_settled(kb, question, verdict, "til")


def test_month_outside_a_denied_period_is_not_settled():
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(SEASON))
    assert_unsettled(kb, "Må busserne vaskes i juni?")


def test_month_in_period():
    from knowledge.qa.claimed_values import month_in_period
    said = "Grøden må kun skæres i perioden 15. juni til 31. oktober."
    assert month_in_period("Må vi skære i juli?", said) is True
    assert month_in_period("Må vi skære i april?", said) is False
    assert month_in_period("Må vi skære i juni?", said) is None  # cut by the period's first day
    assert month_in_period("Må vi skære grøden?", said) is None


TESTED = """
## SKB 13 (Test) Test af skolebusruterne (B1)

**Master-opgave ID** 9817

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** Ruterne testes i testmiljøet i uge 12. Fejl meldes til Rutefix' servicedesk, ikke til KOMBIT.

**Resultat** Ruterne er testet.
"""


def test_whom_a_thing_is_reported_to_in_the_titled_task():
    # the title's words ('testen af skolebusruterne') name the task; its sentence says to whom: a servicedesk
    from knowledge.qa.pipeline import answer
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(TESTED))
    got = answer(kb, "Hvem skal fejl i testen af skolebusruterne meldes til?")
    assert got.found and "servicedesk" in got.answer, got.answer


PERMIT = """
## SKB 15 (Organisation) Chaufførernes kørekort (B1)

**Master-opgave ID** 9818

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** Chaufførerne skal have gyldigt førerkort til buskørsel.

Mangler førerkortet, opsiges kontrakten med vognmanden.

**Resultat** Kørekortene er kontrolleret.
"""


def test_consequence_whose_condition_names_back():
    # 'Mangler førerkortet, ...' is the condition of the sentence before: whose førerkort, and that it
    # is to be gyldigt; read together they answer 'hvis en chauffør ikke har gyldigt førerkort'
    from knowledge.qa.pipeline import answer
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(PERMIT))
    got = answer(kb, "Hvad sker der hvis en chauffør ikke har gyldigt førerkort?")
    assert got.found and "opsiges kontrakten" in got.answer, got.answer


LOADED = """
## SKB 17 (Data) Indlæsning af elevdata (B1)

**Master-opgave ID** 9819

**Opgavetitel** SKB 17 (Data) Indlæsning af elevdata (B1)

**Projekt** Skolebuskørsel

**Prioritet** Obligatorisk

**Bølger** Skolebuskørsel - Bølge 1

**Beskrivelse** Elevdata indlæses fra skolesystemet. Indlæsningen udføres af Rutefix ApS.

**Resultat** Elevdata er indlæst.

**Anbefalet udfører** Skolesekretær
"""


def test_role_field_gives_way_to_the_sentence_on_the_deed():
    # 'udfører indlæsningen': the sentence says who does that deed; the field, who carries out the task
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(LOADED))
    assert_settled(kb, "Er det Rutefix, der udfører indlæsningen i 9819?", "Ja", "udføres af rutefix")
    assert_settled(kb, "Er det skolesekretæren, der udfører 9819?", "Ja", "skolesekretær")

"""Yes/no questions of the ninth round (issue 9, point 4): a group a sentence bounds by a number
('færre end 30 pladser') against the number a question gives, advice ('bør', 'anbefales') against a
demand, 'frem til X' against 'efter X', a spaced dash between two clauses, 'alle X' against 'kun ... til
X med ...', the means of signing ('på papir', 'med MitID') that who signs does not settle, and an
all-capitals name ('IT') that tells no English, a name after 'med' that tells which of the task's
things is meant, 'en måneds varsel' as a count, 'altid' against 'kun, hvis', bullets pasted onto one line,
an aftale signed by another than the databehandleraftale, and 'sendes til X – ikke til Y', on an export
written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import method_steps_from, parse_text
from knowledge.qa.agents import deeds
from knowledge.qa.analysis import detect_lang
from knowledge.qa.claimed_values import compared
from knowledge.qa.intents.yesno import other_side
from knowledge.qa.intents.yesno.counts import _in_group
from knowledge.qa.intents.yesno.exemptions import _all_against_some
from knowledge.qa.pipeline import answer

EXPORT = """
## HAV 02 (Aftaler) Aftale om Havnebooking

**Master-opgave ID** 9961

**Opgavetitel** HAV 02 (Aftaler) Aftale om Havnebooking

**Projekt** Havnebooking

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -40

**Bølger** Havnebooking - Bølge 1

**Beskrivelse** Aftalen om Havnebooking underskrives af havnechefen.

Lystbådehavne med færre end 30 pladser kan vælge en gratis basisudgave.

Både, der er længere end 12 meter, skal have en fast plads.

Havnefogeden bør gennemgå 15 pladser efter opstarten.

Kommunens DPO bør læse bilagene til aftalen inden underskrift.

Aftalen med Kajdata ApS løber i tre år og kan opsiges med tre måneders varsel.

Havnerådet orienteres om aftalen, men er ikke part i den.

Havnelodsen deltager kun, hvis bookingen omfatter erhvervsfartøjer.

Databehandleraftalen med Kajdata ApS underskrives alene af kommunaldirektøren.

Prislisten sendes til havnekontoret – ikke til Kajdata ApS.

Bookingmodulet er gratis det første år og koster derefter 4.200 kr. om året.

Kajdata ApS står for selve opsætningen af kalenderen; kommunen tester den bagefter.

Gæstesejlere kan få adgang til slæbestedet i op til 14 dage.

Introkurset er gratis for kommunen.

Sms-påmindelser er inkluderet i prisen op til 2.000 sms om året; derudover betales 0,40 kr. pr. sms.


Sejlklubberne kan booke pladser på papir frem til 1. marts.

Prøvebookinger laves i testmiljøet – driftsmiljøet må ikke bruges til prøver.

Adgang til bookingkalenderen må kun gives til medarbejdere med en rolle i havnekontoret.

**Metode og fremgangsmåde** <ol> <li>1. Få aftalen underskrevet af havnechefen</li> </ol>

**Anbefalet udfører** Havnefoged

**Resultat** Aftalen er underskrevet.



## HAV 04 (Drift) Vedligehold af kajerne

**Master-opgave ID** 9962

**Opgavetitel** HAV 04 (Drift) Vedligehold af kajerne

**Projekt** Kajdrift

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 30

**Bølger** Kajdrift - Bølge 1

**Beskrivelse** Vedligeholdelsesaftalen koster 61.000 kr. om året.

**Resultat** Kajerne er vedligeholdt.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="yesno-nine"))


def test_a_number_inside_or_outside_the_group_a_sentence_bounds():
    said = "Lystbådehavne med færre end 30 pladser kan vælge en gratis basisudgave."
    assert _in_group("Kan en havn med 20 pladser vælge basisudgaven?", said) is True
    assert _in_group("Kan en havn med 45 pladser vælge basisudgaven?", said) is False
    assert _in_group("Kan en havn med 45 både vælge basisudgaven?", said) is None  # another thing counted
    assert _in_group("Kan en havn med flere end 45 pladser vælge den?", said) is None  # a bound asked
    # a count the sentence demands ('skal gennemgå mindst 15 pladser') bounds no group
    demanded = "Havnefogeden skal gennemgå mindst 15 pladser."
    assert _in_group("Skal havnefogeden gennemgå 20 pladser?", demanded) is None


def test_up_to_a_moment_is_before_it():
    said = "Sejlklubberne kan booke pladser på papir frem til 1. marts."
    assert other_side("Kan sejlklubberne booke på papir efter 1. marts?", said)
    assert not other_side("Kan sejlklubberne booke på papir før 1. marts?", said)


def test_all_of_a_genitive_noun_against_only_some():
    said = "Adgang til kalenderen må kun gives til medarbejdere med en rolle i havnekontoret."
    assert _all_against_some("Må alle kommunens medarbejdere få adgang til kalenderen?", said)
    assert not _all_against_some("Må medarbejderne i havnekontoret få adgang?", said)


def test_an_all_capitals_word_tells_no_english():
    assert detect_lang("Leverer Havnedata IT bookingmodulet?") == "da"
    assert detect_lang("Is it mandatory?") == "en"


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    ("Kan en lystbådehavn med 20 pladser vælge basisudgaven?", "Ja", "færre end 30 pladser"),
    ("Kan en lystbådehavn med 45 pladser vælge basisudgaven?", "Nej", "færre end 30 pladser"),
    ("Er det et krav, at havnefogeden gennemgår 15 pladser efter opstarten?", "Nej", "bør"),
    ("Bør havnefogeden gennemgå 15 pladser efter opstarten?", "Ja", "bør"),
    # an English 'should' asks for advice, though its Danish reading has 'skal'
    ("Should the DPO read the annexes to the Havnebooking agreement before signing?", "Yes", "bør"),
    ("Must the DPO read the annexes to the Havnebooking agreement before signing?", "No", "bør"),
    ("Kan sejlklubberne booke pladser på papir efter 1. marts?", "Nej", "frem til 1. marts"),
    ("Kan sejlklubberne booke pladser på papir før 1. marts?", "Ja", "frem til 1. marts"),
    ("Skal prøvebookinger laves i testmiljøet?", "Ja", "testmiljøet"),
    ("Må alle kommunens medarbejdere få adgang til bookingkalenderen?", "Nej", "kun"),
    # a name that tells which of the task's things is meant ('aftalen med Kajdata') need not be said
    ("Skal havnerådet orienteres om aftalen med Kajdata?", "Ja", "orienteres"),
    # 'en måneds varsel' counts a month, against 'tre måneders'
    ("Kan aftalen med Kajdata opsiges med en måneds varsel?", "Nej", "tre måneders"),
    # 'altid' against 'kun, hvis'
    ("Skal havnelodsen altid deltage i bookingen?", "Nej", "kun, hvis"),
])
def test_yes_no_is_settled(kb, question, verdict, evidence):
    assert_settled(kb, question, verdict, evidence)


@pytest.mark.parametrize("question", [
    # who signs says nothing of the means
    "Kan aftalen om Havnebooking underskrives på papir?",
    "Kan aftalen om Havnebooking underskrives med MitID?",
    # a name the task does not give is no counterpart of its aftale
    "Skal havnerådet orienteres om aftalen med Bådnet?",
])
def test_yes_no_is_not_settled(kb, question):
    assert_unsettled(kb, question)


def test_bullets_pasted_onto_one_line_are_steps():
    steps = method_steps_from("- Planlæg øvelsen • Indkald krisestaben • Gennemfør øvelsen")
    assert [s.text for s in steps] == ["Planlæg øvelsen", "Indkald krisestaben", "Gennemfør øvelsen"]
    assert [s.text for s in method_steps_from("- Hent • Send")] == ["Hent", "Send"]


@pytest.mark.parametrize(("question", "verdict"), [
    # 'aftalen' is the task's aftale, not the databehandleraftale whose word ends in it
    ("Skal kommunaldirektøren underskrive aftalen om Havnebooking?", "Nej"),
    ("Skal havnechefen underskrive aftalen om Havnebooking?", "Ja"),
    # 'sendes til X – ikke til Y': X's clause has no negation
    ("Skal prislisten sendes til havnekontoret?", "Ja"),
    ("Skal prislisten sendes til Kajdata?", "Nej"),
    # a price of another task's thing is no answer: the asked thing's own sentence is
    ("Koster bookingmodulet 9.000 kr. om året?", "Nej"),
    # 'de første to år' against 'det første år'
    ("Er bookingmodulet gratis i de første to år?", "Nej"),
    ("Er bookingmodulet gratis det første år?", "Ja"),
    # 'inkluderet i prisen', whatever a later clause charges for more
    ("Er sms-påmindelser inkluderet i prisen?", "Ja"),
    # 'X står for opsætningen': the party in charge of the deed its noun names
    ("Skal kommunen selv opsætte kalenderen?", "Nej"),
    ("Er det Kajdata, der opsætter kalenderen?", "Ja"),
    # a duration against the one bound: past it a Nej, within it a Ja to what is allowed
    ("Kan gæstesejlere få adgang til slæbestedet i 30 dage?", "Nej"),
    ("Kan gæstesejlere få adgang til slæbestedet i 10 dage?", "Ja"),
])
def test_two_papers_and_a_denied_recipient(kb, question, verdict):
    a = answer(kb, question)
    assert a.answer.startswith(verdict), (question, a.answer)
    assert "9962" not in a.sources, (question, a.answer)


def test_a_party_in_charge_of_a_deed_by_its_noun():
    found = deeds("Kajdata ApS står for selve opsætningen af kalenderen; kommunen skal kun godkende den.")
    assert [(d.obj, d.head) for d in found] == [("opsætningen", "Kajdata ApS")]
    assert deeds("Det er vigtigt, at man står for noget.") == []


def test_a_duration_against_a_bound_settles_only_what_is_allowed():
    said = "Gæstesejlere kan få adgang i op til 14 dage."
    assert compared("Kan gæstesejlere få adgang i 30 dage?", said) == (False, "duration")
    assert compared("Kan gæstesejlere få adgang i 10 dage?", said) == (True, "duration")
    assert compared("Skal gæstesejlere have adgang i 10 dage?", said) is None  # allowed, not demanded


def test_a_copula_question_of_a_thing_asks_no_role(kb):
    # 'er X gratis?' asks of a thing, not who holds a role ('Er KOMBIT databehandler?'): the role reading
    # does not answer it from another thing's 'Introkurset er gratis'
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    from knowledge.qa.candidate import Context
    from knowledge.qa.intents.yesno.supplying import _copula
    q = analyse(index_for(kb), "Er Bookingkalenderen gratis for kommunen?")
    assert _copula(Context(index=index_for(kb), q=q, golive=None)) == []

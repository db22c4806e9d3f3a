"""Yes/no questions of the seventh round (issue 9, point 4): a company's name before its verb ('X ApS
afholder ...'), a party denied a deed in a clause of its own ('..., men skal ikke godkende ...'), a thing
exempt from what is asked ('er fritaget for'), a negation that only bounds when ('dog ikke før'), 'kun'
some of what the question asks of all, an exception ('undtagen X') of what the question names, a paper
the text says is not to be signed, who supplies a thing, and a count put first or of a compound's head
against a bound, on an export written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.fold import content_keys, key
from knowledge.parse import parse_text
from knowledge.qa.agents import deeds, is_agent
from knowledge.qa.claimed_values import compared
from knowledge.qa.intents.yesno import excepted
from knowledge.qa.pipeline import answer
from knowledge.qa.types import is_yes_no_named

EXPORT = """
## LOK 02 (Booking) Lokalebooking for foreninger

**Master-opgave ID** 9901

**Opgavetitel** LOK 02 (Booking) Lokalebooking for foreninger

**Projekt** Lokalebooking

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -14

**Bølger** Lokalebooking - Bølge 1

**Beskrivelse** Fjordsoft ApS vedligeholder kalenderen over kommunens lokaler.

Nøglebokse leveres af Låsecentralen A/S. KOMBIT er ikke leverandør af nøgleboksene.

Ejendomscentret skal have en kopi af bookingreglerne, men skal ikke godkende reglerne.

KOMBIT betaler ikke for nøgleboksene.

Foreningerne betaler depositum med MobilePay. Kontant betaling på biblioteket er ikke muligt.

Foreninger er fritaget for gebyr for lokaleleje, men skal stadig booke lokalerne i kalenderen.

Bookinger slettes automatisk, dog ikke før 90 dage efter brugen af lokalet.

Breve til foreninger, der er fritaget for Digital Post, printes af Printhuset A/S.

Påmindelser sendes kun til foreninger, der ikke har bekræftet deres booking.

Alle sagsbehandlere skal have adgang til kalenderen før go-live, undtagen vikarer, som får adgang \
senest 14 dage efter go-live.

Evalueringen godkendes af kulturchefen. Den skal ikke underskrives.

Højst 25 frivillige må hjælpe ved åbningsarrangementet. Der oprettes mindst tre mødelokaler i kalenderen.

**Metode og fremgangsmåde** <ol> <li>1. Opsæt kalenderen</li> \
<li>2. Få evalueringen godkendt af kulturchefen</li> </ol>

**Resultat** Foreningerne kan booke lokaler.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="yesno-seven"))


def test_a_company_name_before_its_verb_is_the_doer():
    # the legal form ends the name: the doer is 'Fjordsoft ApS', not 'ApS'
    found = deeds("Fjordsoft ApS vedligeholder kalenderen over kommunens lokaler.", {key("vedligeholder")})
    assert [d.agent for d in found] == ["Fjordsoft ApS"]
    assert is_agent(content_keys("Fjordsoft"), found[0])


def test_a_denied_deed_in_a_clause_without_subject_is_the_first_clauses_subjects():
    found = deeds("Ejendomscentret skal have en kopi, men skal ikke godkende reglerne.", {key("godkende")})
    assert [(d.agent, d.negated) for d in found] == [("Ejendomscentret", True)]
    # what a party may do is no deed read this way: it says nothing of what it must do
    assert deeds("Kommunen kan give tilskud til måltiderne.", {key("give")}) == []


def test_an_exception_is_read_for_what_it_names_only():
    said = "Alle sagsbehandlere skal have adgang før go-live, undtagen vikarer, som får adgang efter go-live."
    assert excepted("Skal vikarer have adgang før go-live?", said)
    assert not excepted("Skal sagsbehandlere have adgang før go-live?", said)
    # the exception's own clause says what holds for the excepted: not the rest's claim, denied
    assert not excepted("Får vikarer adgang efter go-live?", said)


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    ("Vedligeholder Fjordsoft kalenderen over lokalerne?", "Ja", "Fjordsoft ApS vedligeholder"),
    ("Skal ejendomscentret godkende bookingreglerne?", "Nej", "skal ikke godkende"),
    ("Skal foreninger betale gebyr for lokaleleje?", "Nej", "fritaget for gebyr"),
    ("Skal foreninger booke lokalerne i kalenderen?", "Ja", "skal stadig booke"),
    # exempt in a relative clause says who the subject is, not what it is spared
    ("Er det Printhuset, der printer brevene til foreninger?", "Ja", "printes af Printhuset"),
    ("Slettes bookinger automatisk?", "Ja", "dog ikke før 90 dage"),
    ("Sendes påmindelser til alle foreninger?", "Nej", "kun til foreninger"),
    ("Skal vikarer have adgang til kalenderen før go-live?", "Nej", "undtagen vikarer"),
    # a count put first ('Må 50 ...?') against a bound, and a count of a compound's head ('lokaler')
    ("Må 30 frivillige hjælpe ved åbningsarrangementet?", "Nej", "højst 25"),
    ("Må 20 frivillige hjælpe ved åbningsarrangementet?", "Ja", "højst 25"),
    ("Er det nok at oprette to lokaler i kalenderen?", "Nej", "mindst tre mødelokaler"),
    # who supplies a thing: the sentence naming the supplier, or denying it of the party asked about
    ("Er Låsecentralen A/S leverandør af nøgleboksene?", "Ja", "leveres af Låsecentralen"),
    ("Er Fjordsoft leverandør af nøgleboksene?", "Nej", "leveres af Låsecentralen"),
    ("Er KOMBIT leverandør af nøgleboksene?", "Nej", "KOMBIT er ikke leverandør"),
    # a name-first yes/no with a preposition next
    ("Betaler KOMBIT for nøgleboksene?", "Nej", "KOMBIT betaler ikke"),
    # the way to pay after the thing paid for ('betale depositum kontant')
    ("Kan foreningerne betale depositum kontant på biblioteket?", "Nej", "Kontant betaling"),
    ("Kan foreningerne betale depositum med MobilePay?", "Ja", "MobilePay"),
    # a paper read as signed ('Få evalueringen godkendt af X') that the text says is not to be signed
    ("Skal evalueringen underskrives?", "Nej", "Evalueringen godkendes af kulturchefen. Den skal ikke"),
    ("Does the evaluation need a signature?", "No", "skal ikke underskrives"),
])
def test_yes_no_is_settled(kb, question, verdict, evidence):
    assert_settled(kb, question, verdict, evidence)



COURSE = """
## UND 03 (Uddannelse) Undervisning af bookingmedarbejdere

**Master-opgave ID** 9902

**Opgavetitel** UND 03 (Uddannelse) Undervisning af bookingmedarbejdere

**Projekt** Lokalebooking

**Opgave varighed (antal dage)** 20

**Slutdato (fra Go-Live)** -7

**Beskrivelse** Kurset varer to timer og holdes på rådhuset. Der er plads til 10 deltagere.
"""


def test_a_thing_that_says_how_long_it_lasts_is_not_the_tasks_duration():
    # 'Kurset varer to timer' in a task of 20 days whose title names the course ('Undervisning af ...'):
    # the task's duration does not say how long the course lasts
    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(COURSE, source="yesno-seven-course"))
    a = answer(kb, "Varer kurset for bookingmedarbejderne en hel dag?")
    assert "20 dage" not in a.answer and not a.answer.startswith("Ja"), a.answer
    assert "to timer" in answer(kb, "Hvor lang tid varer kurset for bookingmedarbejdere?").answer


def test_a_name_first_yes_no_may_take_a_preposition_next():
    # 'Betaler KOMBIT for ...?' is a yes/no as 'Uploader Netcompany filen ...?' is
    assert is_yes_no_named("Betaler KOMBIT for vikardækning under kurset?")
    assert is_yes_no_named("Leverer Fjordsoft til alle skoler?")
    assert not is_yes_no_named("Efter KOMBIT for vikardækning?")


def test_an_amounts_bound_is_the_amount_it_stands_before():
    said = "Prisen er 2,50 kr. pr. bruger pr. måned, dog mindst 8.000 kr. om året."
    # not the 2,50 kr. earlier in the sentence
    assert compared("Koster det 5.000 kr. om året?", said) == (False, "amount")
    # a question that names the bound asks for it, not for a value within it
    assert compared("Er mindsteprisen 6.000 kr. om året?", said) == (False, "amount")
    assert compared("Er mindsteprisen 8.000 kr. om året?", said) == (True, "amount")
    # the amount asked stated beside the bound is stated
    assert compared("Koster det 2,50 kr. pr. bruger pr. måned?", said) == (True, "amount")

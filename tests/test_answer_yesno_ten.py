"""Yes/no questions of the tenth round (issue 9, point 4): a clause after ';' or 'men' whose subject
points back to a first clause ending in a passive verb has its own claim (the first clause's 'ikke' is
not its); who does a thing is read in the clause that says the question's claim; a name of what the
evidence's task is about (its title or goal) need not stand in the sentence; a price said with or
without VAT ('uden moms', 'ekskl. moms', 'inkl. moms'), on an export written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.claimed_values import compared, value_words
from knowledge.qa.intents.yesno.clauses import _claim_clause
from knowledge.qa.intents.yesno.counts import _counts, _per_one_not_whole
from knowledge.qa.intents.yesno.others import _other_agent
from knowledge.qa.types import is_yes_no_named

EXPORT = """
## FOR 02 (Aftaler) Aftale om Forsamlingsbooking

**Master-opgave ID** 9971

**Opgavetitel** FOR 02 (Aftaler) Aftale om Forsamlingsbooking

**Projekt** Forsamlingshuse

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Forsamlingshuse - Bølge 1

**Mål** Kommunen kan udleje forsamlingshusene i Salbook.

**Beskrivelse** Aftalen om Salbook underskrives af kultur- og fritidschefen.

Abonnementet koster 9.000 kr. om året ekskl. moms.

Aftalerne kan kun underskrives digitalt med MitID Erhverv.

Foreninger med under 25 medlemmer opkræves ikke gebyr; de kan selv søge om et tilskud til lejen.

Nøgleboksene leveres og monteres af Låsehuset ApS, men kommunen skal selv sørge for strøm til dem.

Kommunen skal udpege tre husansvarlige.

Kun husansvarlige skal deltage i introduktionen til Salbook.

Aftalen underskrives af kultur- og fritidschefen; fritidskonsulenten kan ikke underskrive på chefens vegne.

Er aftalen ikke underskrevet senest 30 dage før go-live, kan husene ikke bookes fra go-live.

Kommuner med over 40.000 indbyggere skal have mindst to nøglebokse pr. hus.

KOMBIT leverer vejledninger til husene på dansk og engelsk.

Velkomstbrevet til foreningerne må ikke nævne lejeprisen.

**Resultat** Aftalen er underskrevet.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="ten"))


def test_a_clause_pointing_back_to_a_passive_first_clause_has_its_own_claim():
    said = "Personer over 80 år udelades ikke automatisk; de kan selv bede om fritagelse."
    assert "ikke" not in _claim_clause("Kan personer over 80 år bede om fritagelse?", said)
    assert "ikke" in _claim_clause("Bliver personer over 80 år udeladt automatisk?", said)


def test_the_other_agent_is_read_in_the_claims_clause():
    said = "Standerne leveres og installeres af Identa, men kommunen skal selv sørge for strøm."
    assert not _other_agent("Skal kommunen selv sørge for strøm til standerne?", said)
    assert _other_agent("Skal kommunen selv installere standerne?", "Standerne installeres af Identa.")


def test_the_languages_a_thing_is_in():
    said = "E-læringen findes kun på dansk."
    assert compared("Findes e-læringen på engelsk?", said) == (False, "language")
    assert compared("Findes e-læringen på dansk?", said) == (True, "language")
    assert compared("Is it in Danish?", said) == (True, "language")


def test_a_verb_first_question_with_a_name_and_an_indefinite_object_is_yes_no():
    assert is_yes_no_named("Leverer KOMBIT skabeloner til skiltene?")
    assert not is_yes_no_named("Hvem leverer KOMBIT skabeloner til?")


def test_a_count_after_an_adjective_counts_the_noun():
    counted = _counts("Kommunen bør kontrollere mindst 30 overførte kort.", attributive=True)
    assert counted["kort"] == (30, "mindst")
    assert "medarbejd" in _counts("Der skal være to faste medarbejdere.", attributive=True)
    # (what the text counts, for 'hvor mange': the word after the number only)
    assert "journal" not in _counts("Hun kontrollerer 10 tilfældige journaler.")


def test_an_amount_after_a_name_is_no_number_of_the_name(kb):
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    q = analyse(index_for(kb), "Koster Salbook 15.000 kr.?")
    assert not q.numbered
    assert analyse(index_for(kb), "Hvad er Salbook 2?").numbered


def test_each_one_is_not_the_whole():
    said = "Licensen koster 6.000 kr. pr. svømmehal om året."
    assert _per_one_not_whole("Koster licensen 6.000 kr. for hele kommunen?", said)
    assert _per_one_not_whole("Koster licensen 6.000 kr. i alt?", said)
    assert not _per_one_not_whole("Koster licensen 6.000 kr. pr. svømmehal?", said)
    each = "Det koster 500 kr. pr. svømmehal."
    assert not _per_one_not_whole("Koster det 500 kr. for alle svømmehaller?", each)


def test_on_paper_against_only_digitally():
    only = "Aftalerne kan kun underskrives digitalt med MitID Erhverv."
    assert compared("Kan aftalen underskrives på papir?", only) == (False, "means")
    assert compared("Kan aftalen underskrives med MitID?", only) == (True, "means")
    either = "Aftalerne kan underskrives med MitID Erhverv eller på papir."
    assert compared("Kan aftalen underskrives på papir?", either) == (True, "means")
    # digitally, with no 'kun': paper is not ruled out
    assert compared("Kan aftalen underskrives på papir?", "Aftalen underskrives digitalt.") is None


def test_a_price_with_or_without_vat():
    said = "Licensen koster 6.000 kr. om året ekskl. moms."
    assert compared("Er prisen uden moms?", said) == (True, "vat")
    assert compared("Er prisen inklusive moms?", said) == (False, "vat")
    assert compared("Er de 6.000 kr. med moms?", said) == (False, "vat")
    assert compared("Koster licensen 6.000 kr.?", said) == (True, "amount")
    assert {"prisen", "uden", "moms"} <= value_words("Er prisen uden moms?")


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    ("Kan foreninger med under 25 medlemmer søge om tilskud til lejen?", "Ja", "selv søge om"),
    ("Skal kommunen selv sørge for strøm til nøgleboksene?", "Ja", "selv sørge for strøm"),
    ("Skal kommunen udpege husansvarlige til Salbook?", "Ja", "tre husansvarlige"),
    ("Er abonnementet på Salbook uden moms?", "Ja", "ekskl. moms"),
    ("Er abonnementet på Salbook inklusive moms?", "Nej", "ekskl. moms"),
    ("Skal alle medarbejdere deltage i introduktionen til Salbook?", "Nej", "kun husansvarlige"),
    ("Skal husansvarlige deltage i introduktionen til Salbook?", "Ja", "kun husansvarlige"),
    ("Kan fritidskonsulenten underskrive aftalen om Salbook på kultur- og fritidschefens vegne?", "Nej",
     "kultur- og fritidschefen"),
    ("Er én nøgleboks pr. hus nok for en kommune med 55.000 indbyggere?", "Nej", "mindst to"),
    ("Skal en kommune med 55.000 indbyggere have mindst to nøglebokse pr. hus?", "Ja", "mindst to"),
    ("Leverer KOMBIT vejledninger på polsk?", "Nej", "dansk og engelsk"),
    ("Leverer KOMBIT vejledninger til husene på engelsk?", "Ja", "dansk og engelsk"),
    ("Koster abonnementet på Salbook 12.000 kr. om året?", "Nej", "9.000 kr."),
    ("Kan aftalen om Salbook underskrives på papir?", "Nej", "kun underskrives digitalt"),
])
def test_yes_no_is_settled(kb, question, verdict, evidence):
    assert_settled(kb, question, verdict, evidence)


@pytest.mark.parametrize("question", [
    "Skal kommunen udpege husansvarlige til Lokaleportalen?",  # a name the task is not about
    "Skal foreningerne svare på velkomstbrevet?",  # a framing verb no sentence says
    "Tager introduktionen til Salbook en hel dag?",  # the same, opening the question
])
def test_yes_no_is_not_settled(kb, question):
    assert_unsettled(kb, question)


def test_a_consequence_named_late_is_asked_of_the_text_not_of_our_work():
    """'hvad er konsekvensen af at underskrive aftalen i FOR 02 for sent?' names a task and 'for sent':
    what its text says follows, not the workspace's overdue tasks."""
    from datetime import UTC, datetime

    from bot.ask import ask
    from bot.store import Store

    kb = KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="ten"))
    a = ask(Store(None), kb, team="T1", user="U1", now=datetime(2027, 2, 1, 12, tzinfo=UTC),
            question="Hvad er konsekvensen af at underskrive aftalen i FOR 02 for sent?").answer
    assert a.found, a.answer
    assert "ikke bookes" in a.answer, a.answer


def test_a_manner_the_sentence_does_not_say_is_not_settled_by_another_value(kb):
    # 'på papir efter go-live?' is not settled by a sentence on another thing before go-live
    assert_unsettled(kb, "Kan foreningerne aflevere nøglen på papir efter go-live?")

"""Checks that dropped right answers for a cue that also holds for them (session 45, REJECTED): each case
pairs what the check must still reject with what it must now let through, on texts written here."""

from __future__ import annotations

import pytest

from knowledge.fold import content_keys
from knowledge.qa.gate.roles import _HELD_BEFORE
from knowledge.qa.slots import _other_owner
from knowledge.qa.types import Expect, holds


@pytest.mark.parametrize(("text", "question", "found"), [
    # a present in -r of a prefixed vowel-stem verb is the sentence's verb: its subject does the deed
    ("Webredaktøren gennemgår PDF-filerne.", "hvem gennemgår PDF-filerne?", True),
    ("Udvalget afgør klagerne.", "hvem afgør klagerne?", True),
    ("Materialet overgår til arkivet.", "hvem gennemgår tegningerne?", False),  # another verb
    # the bare short present stays with the genitive: 'Vinderen får' names anyone who wins
    ("Vinderen får en pokal.", "hvem får en pokal?", False),
])
def test_subject_of_a_short_present(text, question, found):
    assert holds(Expect.PARTY, text, question) is found


@pytest.mark.parametrize(("text", "found"), [
    ("Informationsmødet holdes på biblioteket.", True),
    ("Workshoppen afholdes for alle ledere på plejecentret.", True),
    ("Informationsmødet holdes på go-live-dagen.", False),  # when, not where
    ("Informationsmødet holdes på platformen.", False),  # a system, no place one goes to
    ("Informationsmødet holdes på den måde, at alle kan deltage.", False),
    ("Informationsmødet holdes i hver daginstitution.", False),
])
def test_gathering_held_at_a_definite_place(text, found):
    assert holds(Expect.PLACE, text, "hvor holdes informationsmødet?") is found


@pytest.mark.parametrize(("text", "question", "found"), [
    ("Kortet bruges til at åbne døren til depotet.", "hvad bruges kortet til?", True),
    ("Kortet bruges af chaufførerne til at låse bilerne op.", "hvad bruges kortet til?", True),
    ("Kortet bruges af chaufførerne.", "hvad bruges kortet til?", False),
    ("Lederen skal have en nøgle, da hun åbner om morgenen.", "hvorfor skal lederen have en nøgle?", True),
    ("Lederen skal have en nøgle til depotet.", "hvorfor skal lederen have en nøgle?", False),
])
def test_reason_as_purpose_or_causal_da(text, question, found):
    assert holds(Expect.REASON, text, question) is found


def test_a_company_name_with_its_legal_form_owns_its_genitive():
    owner = next(iter(content_keys("Renofix")))
    noun = content_keys("servicedesk")
    assert not _other_owner("Fejl meldes til Renofix ApS' servicedesk på 70 10 20 30.", owner, noun)
    assert not _other_owner("Fejl meldes til Renofix A/S' servicedesk på 70 10 20 30.", owner, noun)
    assert _other_owner("Fejl meldes til Vandnet ApS' servicedesk på 70 10 20 30.", owner, noun)


@pytest.mark.parametrize(("before", "held"), [
    ("da Arbejdstilsynet selv er ", True),
    ("Arbejdstilsynet er ", True),
    ("Det er ", False),  # a cleft names no holder
])
def test_role_holder_before_an_adverb(before, held):
    assert bool(_HELD_BEFORE.search(before)) is held


@pytest.mark.parametrize(("text", "question", "found"), [
    ("Filtrene monteres i skakten under fortovet.", "hvor monteres filtrene?", True),
    ("Kurset holdes i kantinen.", "hvor holdes kurset?", True),
    ("Kurset holdes i foråret.", "hvor holdes kurset?", False),  # when, not where
    ("Kurset holdes i perioden.", "hvor holdes kurset?", False),
    ("Kurset holdes i testmiljøet.", "hvor holdes kurset?", False),
])
def test_mounted_or_held_in_a_definite_place(text, question, found):
    assert holds(Expect.PLACE, text, question) is found


@pytest.mark.parametrize(("text", "found"), [
    ("Vejledningen ligger på hjaelp.parkering.dk.", True),  # a bare web address
    ("Vejledningen ligger i mappen.", False),  # where a thing lies is an address or a named place
])
def test_a_bare_web_address_is_where_a_thing_lies(text, found):
    assert holds(Expect.PLACE, text, "hvor ligger vejledningen?") is found


def test_an_inverted_subject_with_af_names_no_agent():
    from knowledge.base import KnowledgeBase
    from knowledge.index import index_for
    from knowledge.models import Task
    from knowledge.qa.analysis import analyse
    from knowledge.qa.other_party import agent_unsaid

    tasks = [Task(id="9971", title="SKAT 1 Udbud af spande", project="Skraldespande", priority="Valgfri",
                  description="Udbuddet offentliggøres på udbud.dk. Byrådet godkender kontrakten.")]
    index = index_for(KnowledgeBase.from_tasks(tasks))
    text = "Udbuddet offentliggøres på udbud.dk."
    # 'bliver udbuddet af skraldespande offentliggjort': 'af' belongs to the noun; no agent is asked
    assert not agent_unsaid(analyse(index, "hvor bliver udbuddet af skraldespande offentliggjort?"), text)
    # 'være godkendt af byrådet': the agent asked, and the text does not say it
    assert agent_unsaid(analyse(index, "hvornår skal udbuddet være godkendt af byrådet?"), text)


@pytest.mark.parametrize(("text", "found"), [
    ("Vandfonden er selv dataansvarlig for registret.", True),  # an adverb after the copula
    ("Vandfonden er dataansvarlig for registret.", True),
    ("Vandfonden er også glad for registret.", False),  # no role after it
])
def test_a_name_first_with_a_copula_and_a_role(text, found):
    assert holds(Expect.PARTY, text, "hvem er dataansvarlig for vandregistret?") is found

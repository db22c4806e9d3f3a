"""Review findings of stop 44 (reva): a denied or merely permitted signing is no signer; a passive's 'af'
after a noun is that noun's, not the doer; the English branch of when-deed questions."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task

from knowledge.qa.types import Expect, holds
from knowledge.signer_shapes import who_signs_first

_SENT = "Leverandøren fremsender en driftskontrakt."


@pytest.mark.parametrize("sentence", [
    "Centerchefen er ikke bemyndiget til at underskrive driftskontrakten.",
    "Centerchefen skal ikke være bemyndiget til at underskrive driftskontrakten.",
    "Teknikchefen har aldrig mandat til at godkende driftskontrakten.",
    "Økonomiudvalget træffer ikke beslutning om at godkende driftskontrakten.",
    "Det påhviler ikke teknikchefen at underskrive driftskontrakten.",
    "Det tilkommer hverken direktøren eller chefen at underskrive driftskontrakten.",
    "Det er ikke centerchefens opgave at underskrive driftskontrakten.",
    "Til at underskrive driftskontrakten er ikke udpeget centerchefen.",
    "Centerchefen skal ikke fungere som underskriver af driftskontrakten.",
    "Som underskriver af driftskontrakten optræder aldrig centerchefen.",
    "Driftskontraktens underskriver er ikke centerchefen.",
    # a right to sign is no duty to
    "Borgeren har ret til at godkende driftskontrakten.",
    "Direktøren har også retten til at underskrive driftskontrakten.",
    "Borgeren er berettiget til at underskrive driftskontrakten.",
])
def test_a_denied_or_permitted_signing_names_no_signer(sentence):
    assert who_signs_first(sentence) == sentence


def test_a_denied_power_gives_the_task_no_signer():
    task = _task(_SENT, "Centerchefen er ikke bemyndiget til at underskrive driftskontrakten. "
                 "Driftskontrakten sendes derefter til leverandøren.")
    assert [s.signer for s in task.signatures if s.signer] == []


@pytest.mark.parametrize(("sentence", "said"), [
    ("Centerchefen er også bemyndiget til at underskrive driftskontrakten.",
     "Centerchefen underskriver driftskontrakten."),
    ("Det påhviler teknikchefen at underskrive driftskontrakten, ikke bilaget.",
     "Teknikchefen underskriver driftskontrakten, ikke bilaget."),
    ("Borgeren skal godkende den nye aftale med sin underskrift.",
     "Borgeren skal underskrive den nye aftale."),
    ("Borgeren skal bekræfte sin nye lejeaftale med sin underskrift.",
     "Borgeren skal underskrive sin nye lejeaftale."),
])
def test_an_undenied_power_and_a_signature_on_a_noun_phrase_still_name_the_signer(sentence, said):
    assert who_signs_first(sentence) == said


@pytest.mark.parametrize(("text", "question"), [
    ("Forældrene orienteres om resultatet af undersøgelsen.", "Hvem orienterer forældrene?"),
    ("Forældrene orienteres om brugen af appen.", "Hvem orienterer forældrene?"),
    ("Aftalen med Cykelsmeden fornyes ved udløbet af perioden.", "Hvem fornyer aftalen med Cykelsmeden?"),
    ("Borgerne informeres om ændringen af reglerne.", "Hvem informerer borgerne?"),
])
def test_af_after_a_noun_is_the_nouns_not_the_doer(text, question):
    assert not holds(Expect.PARTY, text, question)


@pytest.mark.parametrize(("text", "question"), [
    ("Teksterne oversættes til engelsk af et eksternt bureau.", "hvem oversætter teksterne?"),
    ("Brevene sendes igen af skolekontoret.", "hvem sender brevene?"),
    ("Regnskabet gennemgås en gang om året af revisoren.", "hvem gennemgår regnskabet?"),
])
def test_a_passive_agent_after_a_phrase_or_adverb_is_still_the_doer(text, question):
    assert holds(Expect.PARTY, text, question)


def test_the_deed_asked_is_read_from_a_danish_question_only():
    from knowledge.qa.gate.times import _DEED_ASKED
    assert _DEED_ASKED.match("Hvornår modtager kommunen blanketten?")["verb"] == "modtager"
    assert _DEED_ASKED.match("when does KOMBIT send the form?") is None

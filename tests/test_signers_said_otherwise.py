"""Who signs, said otherwise than 'underskrives af X': the doer of the signing ('Kommunens underskrift
foretages af X', 'Underskrivelsen varetages af X'), the one who 'står for underskriften', 'Kommunens
underskriver er X', the paper between verb and particle ('X skal skrive aftalen under'), and the paper a
municipality accedes with ('tiltræder rammeaftalen med en erklæring. Underskrivelsen ...')."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _task(description: str, *steps: str) -> Task:
    return Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=i, text=s) for i, s in enumerate(steps, 1)])


@pytest.mark.parametrize(("description", "document", "signer"), [
    ("Leverandøren sender en serviceaftale. Kommunens underskrift foretages af teknisk direktør, og aftalen "
     "returneres til leverandøren.", "serviceaftale", "teknisk direktør"),
    ("Vi fremsender en databehandleraftale. Underskriften skal foretages af kommunens DPO.",
     "databehandleraftale", "kommunens DPO"),
    ("KOMBIT sender en anvendelseserklæring. Signaturen afgives af it-chefen.", "anvendelseserklæring",
     "it-chefen"),
    ("KOMBIT sender samarbejdsaftalen. Skolechefen står for underskriften.", "samarbejdsaftale",
     "skolechefen"),
    ("Kommunen modtager bestillingsblanketten. Kommunens underskriver er borgmesteren.",
     "bestillingsblanket", "borgmesteren"),
    ("Kommunen har fået en licensaftale. Direktøren for Børn og Unge skal skrive aftalen under.",
     "licensaftale", "direktøren for Børn og Unge"),
    ("Kommunen tilslutter sig rammen med en tilslutningserklæring. Underskrivelsen varetages af "
     "økonomidirektøren.", "tilslutningserklæring", "økonomidirektøren"),
])
def test_the_signer_said_otherwise(description, document, signer):
    assert [(s.document, s.signer) for s in extract_signatures(_task(description))] == [(document, signer)]


def test_a_step_with_the_paper_between_verb_and_particle_signs_it():
    task = _task("Kommunen modtager en fuldmagt fra KOMBIT.", "Modtag fuldmagten",
                 "Sundhedschefen skriver fuldmagten under", "Send fuldmagten til KOMBIT")
    (sig,) = extract_signatures(task)
    assert (sig.signer, sig.steps, sig.received_step, sig.signed_step) == ("sundhedschefen", [1, 2, 3], 1, 2)


@pytest.mark.parametrize(("description", "signer"), [
    ("KOMBIT sender aftalen. Underskriften foretages digitalt.", "kommunen"),  # how, not who
    ("KOMBIT sender aftalen. Borgmesteren skriver den under.", "borgmesteren"),  # the pronoun between
    ("KOMBIT sender aftalen. Kommunens underskrift skal fremgå af aftalen.", "kommunen"),  # the owner only
])
def test_no_signer_read_from_a_word_that_is_none(description, signer):
    assert [s.signer for s in extract_signatures(_task(description))] == [signer]


def test_a_paper_acknowledged_with_its_object_is_signed_and_the_unit_names_the_same_person():
    """'Lederen kvitterer følgesedlen' signs it (as 'kvitterer for'; 'Kvittér modtagelsen' does not), and
    'afdelingslederen for Ældreafdelingen' in the description is the step's 'Afdelingslederen' in full."""
    task = _task("Leverandøren sender en følgeseddel, som kvitteres af afdelingslederen for Ældreafdelingen.",
                 "Modtag følgesedlen", "Afdelingslederen kvitterer følgesedlen", "Send følgesedlen retur")
    (sig,) = extract_signatures(task)
    assert (sig.document, sig.signer, sig.steps, sig.signed_step) == \
        ("følgeseddel", "afdelingslederen for Ældreafdelingen", [1, 2, 3], 2)
    assert extract_signatures(_task("Kvittér modtagelsen af aftalen i KLIK.")) == []


@pytest.mark.parametrize(("description", "signer"), [
    ("KMD sender erklæringen. Erklæringen underskrives på vegne af kommunen af skolechefen.", "skolechefen"),
    ("KOMBIT sender aftalen. Underskrivende part for kommunen er kommunaldirektøren.", "kommunaldirektøren"),
    ("KOMBIT sender aftalen. Borgmesteren underskriver aftalen på kommunens vegne.", "borgmesteren"),
])
def test_for_whom_is_not_who(description, signer):
    assert [s.signer for s in extract_signatures(_task(description))] == [signer]


@pytest.mark.parametrize(("description", "expected"), [
    ("Underskriften på aftalen er allerede foretaget af KOMBIT.", []),  # it has happened, nothing to do
    ("Kommunens underskrift er givet, og aftalen ligger i KLIK.", []),
    ("KOMBIT sender aftalen. Borgmesteren skriver også under på den.", [("aftale", "borgmesteren")]),
    ("KOMBIT sender aftalen. Direktøren skriver digitalt under på aftalen.", [("aftale", "direktøren")]),
])
def test_a_signing_that_has_happened_and_an_adverb_before_the_particle(description, expected):
    assert [(s.document, s.signer) for s in extract_signatures(_task(description))] == expected

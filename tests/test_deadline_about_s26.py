"""What a text deadline concerns and who gets a signed paper, in forms dev12 found missing: a deadline
sentence that names its own thing ('Frist for indlæsning af X: ...') is not about the sentence before; a
passive relative clause that holds the deadline ('på et møde, som afholdes senest ...'); a party named by a
capitalised name and its verb ('Movia bekræfter ...'); imperatives that place or write a thing ('Læg X i
Y. Dette skal ske senest ...'); an anchor that ends before 'til at <verb>'; English in Danish ('signes
af', 'signet af', 'account manager'); a paper sent to a place of the municipality's ('til kommunens
fællespostkasse') arrives in that step; a signer named more fully in another sentence."""

from __future__ import annotations

import pytest

from knowledge.deadlines import extract_deadlines, sentence_deadlines
from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _task(description: str, steps: list[str] = ()) -> Task:
    return Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Borgerservice opdaterer alle vejledninger senest 5 dage før go-live.", (-5, "vejledninger")),
    ("Movia bekræfter bestillingerne inden for 2 arbejdsdage efter modtagelsen.", (2, "bestillingerne")),
    ("Medarbejderne undervises på en workshop, som afholdes senest 3 uger før go-live.",
     (-3, "workshop")),
])
def test_what_the_deadline_is_about(sentence, expected):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.about) == expected


def test_an_anchor_ends_before_what_is_to_be_done():
    [deadline] = sentence_deadlines("Borgerne har 14 dage efter udsendelsen til at gøre indsigelse.")
    assert (deadline.days, deadline.anchor) == (14, "udsendelsen")


def test_a_capitalised_word_before_a_plural_noun_is_no_party():
    """'Nye satser gælder ...' names no party that does something to the word after."""
    [deadline] = sentence_deadlines("Nye satser gælder fra senest 1 uge før go-live.")
    assert deadline.about != "fra"


def test_a_deadline_that_names_its_own_thing_is_not_about_the_sentence_before():
    task = _task("Kommunens afdelinger registreres i løsningen. Frist for indlæsning af afdelingerne: "
                 "3 uger før go-live.")
    assert [(d.days, d.about) for d in extract_deadlines(task)] == [(-3, "indlæsning af afdelingerne")]


def test_a_step_whose_deadline_is_said_in_a_sentence_of_its_own_is_about_the_steps_object():
    task = _task("Kommunen tilpasser sine breve.", ["Skriv de nye brevtekster",
                                                    "Læg brevene i Digital Post. Det skal ske senest 2 uger "
                                                    "før go-live."])
    assert [(d.days, d.unit.value, d.about) for d in extract_deadlines(task)] == [(-2, "uger", "brevene")]


@pytest.mark.parametrize(("description", "steps", "expected"), [
    ("Kontrakten skal signes af kommunens indkøbschef og mailes til leverandørens key account manager.", [],
     ("kontrakt", "kommunens indkøbschef", "leverandøren")),
    ("Leverandøren sender en aftale.",
     ["Få aftalen signet af it-chefen", "Returnér aftalen til leverandøren"],
     ("aftale", "it-chefen", "leverandøren")),
])
def test_english_in_danish_signing_and_a_person_at_the_party(description, steps, expected):
    assert [(s.document, s.signer, s.recipient) for s in extract_signatures(_task(description, steps))] == \
        [expected]


def test_a_paper_sent_to_a_place_of_the_municipalitys_arrives_in_that_step():
    task = _task("Samarbejdsaftalen underskrives af direktøren.",
                 ["Udpeg en tovholder", "KL sender samarbejdsaftalen til kommunens fællespostkasse",
                  "Direktøren underskriver aftalen", "Send aftalen tilbage til KL"])
    [sig] = extract_signatures(task)
    assert (sig.received_step, sig.signed_step, sig.returned_step, sig.recipient) == (2, 3, 4, "KL")


def test_a_signer_named_more_fully_in_the_description_keeps_all_its_words():
    task = _task("Fuldmagten oprettes i NemLog-in og godkendes af kommunens NemLog-in administrator.",
                 ["Opret fuldmagten", "Få fuldmagten godkendt af NemLog-in administratoren"])
    [sig] = extract_signatures(task)
    assert sig.signer == "kommunens NemLog-in administrator"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a phrase of time before the modal is no subject
    ("Før opstart af uddannelsen skal undervisningsmiljøet være klar senest 3 dage før kurset.",
     (-3, "undervisningsmiljøet")),
    # the deadline between a modal and its verb: read without it
    ("Borgerne skal senest 2 uger før go-live have fået et brev.", (-14, "brev")),
    # adverbs joined to the deadline, the object after it
    ("Indberet hurtigst muligt og senest 5 dage før go-live kontaktpersonerne til KOMBIT.",
     (-5, "kontaktpersonerne")),
    # a quantifier before an adjective and its noun
    ("Alle gamle brugere skal være slettet senest 1 uge efter go-live.", (7, "gamle brugere")),
    # a fixed phrase names no thing
    ("Kommunen skal tage kontakt til leverandøren senest 6 uger før go-live.", (-42, None)),
])
def test_what_the_deadline_is_about_more(sentence, expected):
    [deadline] = sentence_deadlines(sentence)
    days = deadline.days * {"uger": 7}.get(deadline.unit.value, 1)
    assert (days, deadline.about) == expected


def test_a_date_between_a_modal_and_its_verb_is_read_past():
    [deadline] = sentence_deadlines("Lægerne skal senest 1. maj 2027 have modtaget en vejledning.")
    assert (deadline.anchor, deadline.about) == ("1. maj 2027", "vejledning")


def test_deadline_for_an_act_as_a_label():
    [deadline] = sentence_deadlines("Deadline for tilmelding: 10 arbejdsdage før go-live.")
    assert (deadline.days, deadline.about) == (-10, "tilmelding")


@pytest.mark.parametrize(("description", "expected"), [
    ("Aftalen underskrives af direktøren, hvorefter den lægges i Danske Regioners dokumentboks.",
     "Danske Regioner"),
    ("Aftalen underskrives af direktøren. Udbetaling Danmark skal have aftalen retur.", "Udbetaling Danmark"),
])
def test_who_gets_the_paper_named_by_two_words(description, expected):
    [sig] = extract_signatures(_task(description))
    assert sig.recipient == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bed KMD om at overføre saldiene senest 5 arbejdsdage før go-live.", "saldiene"),
    ("Få brugeradgangene på plads senest 2 uger før go-live.", "brugeradgangene"),
    ("Få styr på rollerne senest 2 uger før go-live.", "rollerne"),
])
def test_a_step_asking_another_or_getting_a_thing_in_order(sentence, expected):
    [deadline] = sentence_deadlines(sentence, step=3)
    assert deadline.about == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("OBS: Brugerlisten skal være opdateret senest 4 dage før go-live.", "brugerlisten"),
    ("Please note at testdata skal være leveret senest 3 uger før go-live.", "testdata"),
    ("Send venligst den underskrevne erklæring senest 5 dage efter modtagelsen.", "underskrevne erklæring"),
    ("Svar på høringen senest 3 uger efter modtagelsen.", "høringen"),
])
def test_a_note_label_and_a_politeness_adverb(sentence, expected):
    [deadline] = sentence_deadlines(sentence)
    assert deadline.about == expected


def test_a_word_in_et_before_af_is_a_noun_not_a_participle_to_read_past():
    [deadline] = sentence_deadlines("Senest 1 uge efter go-live gennemgås regnskabet af økonomiafdelingen.")
    assert deadline.about.split()[0] == "regnskabet"


@pytest.mark.parametrize(("steps", "expected"), [
    (["Aftalen fremsendes af KL", "Direktøren underskriver aftalen", "Aftalen returneres"], ("KL", 1, 2, 3)),
    (["KL sender jer aftalen", "Direktøren underskriver aftalen", "Aftalen returneres"], ("KL", 1, 2, 3)),
])
def test_a_paper_sent_by_a_party_or_to_you_arrives_in_that_step(steps, expected):
    [sig] = extract_signatures(_task("Aftalen underskrives af direktøren.", steps))
    assert (sig.recipient, sig.received_step, sig.signed_step, sig.returned_step) == expected


def test_a_paper_that_must_go_back_without_a_verb_of_sending():
    [sig] = extract_signatures(_task("Borgmesteren underskriver fuldmagten. Derefter skal den retur til KL."))
    assert sig.recipient == "KL"


def test_the_mail_is_no_verb_of_sending():
    """'Tjek mailen fra KL med aftalen': 'Tjek' sends nothing, so it is no party the paper goes to."""
    sigs = extract_signatures(_task("Aftalen underskrives af direktøren.",
                                    ["Tjek mailen fra KL med aftalen", "Direktøren underskriver"]))
    assert sigs and all(s.recipient is None or s.recipient[:1].isupper() for s in sigs)

"""Parse kinds of the s47 golden set dev30, each in other wordings and domains than the set's own: a paper
'provided with a signature' in every form of the verb, a unit named 'Center for X' whose last word is also a
paper's name, and a length counted back with no anchor after it ('forinden', 'i forvejen', a bare 'før')
from the go-live the words just before it name."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _task(description: str, steps: list[str]):
    method = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
    text = (f"## Q 4701 Prøve\n\n**Master-opgave ID** 4701\n\n**Opgavetitel** Q 4701 Prøve\n\n"
            f"**Projekt** Havnedrift\n\n**Bølger** Havnedrift - Bølge 2\n\n"
            f"**Beskrivelse** {description}\n\n"
            f"**Metode og fremgangsmåde** {method}\n\n**Resultat** Opgaven er løst.\n")
    [task] = parse_text(text)
    return task


def _signatures(description: str, steps: list[str]) -> list[tuple]:
    return [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in _task(description, steps).signatures]


def _deadlines(description: str, steps: list[str] = ("Opdater status i KLIK",)) -> list[tuple]:
    return [(d.days, d.unit.value, d.anchor, d.about) for d in _task(description, list(steps)).text_deadlines]


@pytest.mark.parametrize("step", [
    "Forsyn kajlejekontrakten med underskrift",
    "Forsyn kajlejekontrakten med havnechefens underskrift",
    "Få kajlejekontrakten forsynet med havnechefens digitale signatur",
    "Kajlejekontrakten forsynes med underskrift",
])
def test_a_step_that_provides_the_paper_with_a_signature_signs_it(step):
    sigs = _signatures("Rederiet sender kajlejekontrakten. Kontrakten skal forsynes med underskrift fra "
                       "havnechefen og returneres til rederiet.",
                       ["Modtag kajlejekontrakten fra rederiet", step, "Returner kontrakten til rederiet"])
    assert sigs == [("kajlejekontrakt", "havnechefen", "rederiet", [1, 2, 3], 1, 2, 3)]


@pytest.mark.parametrize("sentence", [
    "Havnechefen forsyner kajlejekontrakten med sin underskrift.",
    "Kajlejekontrakten skal forsynes med havnechefens underskrift.",
    "Kajlejekontrakten forsynes med underskrift af havnechefen.",
])
def test_a_paper_provided_with_a_signature_in_the_description_names_its_signer(sentence):
    [(document, signer, *_)] = _signatures(f"Rederiet sender kajlejekontrakten. {sentence}",
                                           ["Modtag kajlejekontrakten", "Send kontrakten til rederiet"])
    assert (document, signer) == ("kajlejekontrakt", "havnechefen")


def test_a_signature_provided_together_with_a_stamp_keeps_its_signer():
    [(document, signer, *_)] = _signatures("Skemaet skal være forsynet med underskrift og stempel fra "
                                           "havnekontoret og sendes til KMD.", ["Send skemaet til KMD"])
    assert (document, signer) == ("skema", "havnekontoret")


@pytest.mark.parametrize("unit", ["Center for Dagtilbud", "Center for Tilbud og Udsatte",
                                  "chefen for Dagtilbud"])
def test_a_unit_named_for_an_area_whose_word_is_also_a_paper_is_the_signer(unit):
    [(_, signer, *_)] = _signatures(f"Rederiet sender kajlejekontrakten. Kontrakten underskrives af {unit} "
                                    "og sendes retur til rederiet.",
                                    ["Modtag kontrakten", "Send kontrakten retur"])
    assert signer == unit


@pytest.mark.parametrize(("text", "want"), [
    ("Havnen tages i brug ved go-live, og sikkerhedsplanen skal være klar tre uger forinden.",
     (-3, "uger", "go-live", "sikkerhedsplanen")),
    ("Go-live for kajbookingen er fastsat i bølgeplanen. Bådejerne skal være orienteret senest 10 dage "
     "forinden.",
     (-10, "dage", "go-live", "bådejerne")),
    ("Systemet går i drift ved go-live. Takstbladet skal offentliggøres 2 uger i forvejen.",
     (-2, "uger", "go-live", "takstbladet")),
])
def test_a_length_counted_back_from_the_go_live_just_named_is_a_deadline(text, want):
    assert _deadlines(text) == [want]


@pytest.mark.parametrize("text", [
    # the event named just before is not go-live: from when is not certain, so nothing is read
    "Havnefesten holdes i juni. Standpladserne skal bookes senest to uger forinden.",
    "Omlægningen sker i weekenden før go-live. Bådejerne skal orienteres mindst 14 dage før.",
    "Ændringer i sejlplanen varsles 4 uger i forvejen via hjemmesiden.",
    # go-live named two sentences back, not just before
    "Go-live er i marts. Havnekontoret lukker en uge. Brugerne skal informeres 10 dage forinden.",
])
def test_a_length_counted_back_from_another_event_or_none_is_no_go_live_deadline(text):
    assert _deadlines(text) == []


@pytest.mark.parametrize(("step", "whole"), [
    ("Få kontrakten underskrevet af formanden", "formanden for Havnebestyrelsen"),
    ("Få kontrakten underskrevet af forstanderen", "forstanderen for Søsportsskolen"),
])
def test_a_chair_or_head_named_with_what_they_lead_is_the_fuller_naming(step, whole):
    [(_, signer, *_)] = _signatures(f"Rederiet sender kontrakten. Kontrakten underskrives af {whole} og "
                                    "returneres til rederiet.", ["Modtag kontrakten", step,
                                                                 "Returner kontrakten til rederiet"])
    assert signer == whole


def test_a_unit_named_with_its_district_belongs_to_the_signer_and_a_module_does_not():
    [(_, signer, *_)] = _signatures("Rederiet sender kontrakten. Kontrakten underskrives af lederen i "
                                    "Havnekontoret Syd og returneres til rederiet.", ["Modtag kontrakten"])
    assert signer == "lederen i Havnekontoret Syd"
    [(_, signer, *_)] = _signatures("Rederiet sender kontrakten. Kontrakten godkendes af havnechefen i "
                                    "Bookingmodulet.", ["Modtag kontrakten"])
    assert signer == "havnechefen"


@pytest.mark.parametrize("text", ["Fristen er inden kvartalets udgang.",
                                  "Tidsfrist: inden kvartalets udgang."])
def test_a_time_limit_said_by_its_name_is_a_demand(text):
    assert _deadlines(f"Havnen indberetter lejeindtægterne. {text}") == \
        [(0, "dage", "kvartalets udgang", "lejeindtægterne")]


def test_a_request_for_a_power_of_attorney_is_no_power_of_attorney_made_for_the_municipality():
    sigs = _signatures("KOMBIT opretter en fuldmagtsanmodning til kommunen. Fuldmagten godkendes i NemLog-in "
                       "af havnechefen.", ["Godkend fuldmagten i NemLog-in"])
    assert [(s[0], s[1]) for s in sigs] == [("fuldmagt", "havnechefen")]


@pytest.mark.parametrize("text", [
    # a nearer event between go-live and the length: counted from that event, which stays unread
    "Systemet går i drift ved go-live. Kurset holdes i uge 10, og materialerne skal bestilles to uger "
    "forinden.",
    "Ved go-live skal alle brugere være oprettet. Bestyrelsesmødet holdes i maj, og dagsordenen skal "
    "sendes ud en uge før.",
    "Driftsstart er ved go-live. Lejerne flytter ind den 15. maj, og nøglerne skal udleveres en uge "
    "før.",
    # a time limit denied is no demand
    "Der er ingen frist for tilmeldingen, som typisk sker 2 uger før go-live.",
])
def test_no_go_live_deadline_from_a_nearer_event_or_a_denied_limit(text):
    assert _deadlines(text) == []


def test_a_pronouns_signature_names_no_signer():
    sigs = _signatures("Skemaet forsynes med hans underskrift og sendes til lederen.", ["Send skemaet"])
    assert all(signer not in {"han", "hans"} for _, signer, *_ in sigs)

"""Session 54, the export parser (texts written for these tests: campfire huts, a kayak slipway, a sledging
hill): a reflexive act whose only complement names a channel or a person ('tilmelder sig via Portalen')
is what its deadline concerns; a table written without its outer pipes is read as a table when a rule
('----') tells its header, and pipes without such a rule stay as written."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str, method: str = "1. Læs opgaven\n2. Opdater status i KLIK") -> str:
    return (f"## BÅLH 2 Bålhytter\n\n**Master-opgave ID** 5402\n\n"
            f"**Opgavetitel** BÅLH 2 Bålhytter\n\n"
            f"**Projekt** Fælles Bålhytter\n\n**Bølger** Bålhytter - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            f"**Metode og fremgangsmåde** {method}\n\n**Resultat** Opgaven er løst.\n")


def _task(description: str, method: str = "1. Læs opgaven\n2. Opdater status i KLIK"):
    [task] = parse_text(_export(description, method))
    return task


@pytest.mark.parametrize(("sentence", "about"), [
    ("Kommunen tilmelder sig via Bålportalen senest 12 dage før go-live.", "tilmelde sig"),
    ("Skolerne melder sig til via Slæbestedsportalen senest 3 uger før go-live.", "skolerne melde sig"),
    ("Kommunen tilmelder sig til Gro Kvist, gro.kvist@kaelkebakken.dk, senest 6 arbejdsdage før go-live.",
     "tilmelde sig"),
    ("Foreningerne melder sig i Kajakbooking senest 9 dage før go-live.", "foreningerne melde sig"),
])
def test_a_reflexive_act_by_way_of_a_named_channel_concerns_the_act(sentence, about):
    [deadline] = _task(sentence).text_deadlines
    assert deadline.about == about


def test_a_reflexive_act_with_a_thing_after_it_is_read_as_before():
    [deadline] = _task("Kommunen tilmelder sig til kurset senest 3 uger før go-live.").text_deadlines
    assert deadline.about == "kurset"


_RULED_BELOW = ("Bålhytterne har disse størrelser:\n\nHyttetype | Pladser | Brænde\n----\n"
                "Rundhytte | 20 | 2 kasser om ugen\nShelterhytte | 8 | 1 kasse om ugen\n\nSpørg Bålværket.")
_RULED_ABOVE = ("Slæbestederne efter bredde:\n\n----\n\nSlæbested | Bredde | Underlag\n\n"
                "Nordstranden | 4 meter | beton\n\nHavnen | 6 meter | træ\n\nKontakt Kajakhuset.")


def test_a_bare_pipe_table_with_its_rule_under_the_header_is_read_as_table_rows():
    text = _task(_RULED_BELOW).description
    assert "| Hyttetype | Pladser | Brænde |\n| Rundhytte | 20 | 2 kasser om ugen |\n" \
           "| Shelterhytte | 8 | 1 kasse om ugen |" in text
    assert "----" not in text
    facts = {(f.subject, f.context, f.value) for f in _task(_RULED_BELOW).facts}
    assert ("Shelterhytte", "brænde", "1 kasse om ugen") in facts


def test_a_rule_above_bare_pipe_rows_alone_makes_no_header():
    # taken back after review: a '---' ending a paragraph above rows without a header made the first
    # row ('Nordhallen | Mandag | Jens') the column names
    text = _task(_RULED_ABOVE).description
    assert "| Slæbested | Bredde | Underlag |" not in text and "Nordstranden | 4 meter | beton" in text


@pytest.mark.parametrize("text", [
    # controls (as before): pipes without a rule are no table, whether rows or prose
    "Rundhytte | 20 | 2 kasser\nShelterhytte | 8 | 1 kasse",
    "Vælg hytte | dato i bookingen.",
    "| Hyttetype | Pladser |\n| Rundhytte | 20 |",
])
def test_pipes_without_a_rule_stay_as_written(text):
    assert _task(text).description == text


def test_numbered_steps_with_pipes_and_a_rule_stay_steps():
    method = "1. Gå til Indstillinger | Hytter\n----\n2. Vælg Brænde | Bestil\n3. Gem bestillingen"
    task = _task("Bestil brænde til hytterne.", method)
    assert [s.text for s in task.method_steps][:2] == ["Gå til Indstillinger | Hytter",
                                                        "Vælg Brænde | Bestil"]
    assert len(task.method_steps) == 3


@pytest.mark.parametrize(("sentence", "days", "about"), [
    ("Bålværket bekræfter modtagelsen inden for 4 arbejdsdage og leverer brændet.", 4,
     "bekræfte modtagelsen"),
    ("Hyttelisten sendes til Bålværket, og Bålværket bekræfter modtagelsen inden for to arbejdsdage.", 2,
     "bekræfte modtagelsen"),
    ("Kajakhuset kvitterer for modtagelsen af slæbestedslisten inden for 3 dage.", 3,
     "kvittere for modtagelsen"),
])
def test_a_confirmed_receipt_counts_from_the_receipt(sentence, days, about):
    found = [(d.days, d.anchor, d.about) for d in _task(sentence).text_deadlines]
    assert (days, "modtagelse", about) in found


def test_a_usual_confirmation_is_no_deadline():
    assert not _task("Bålværket bekræfter normalt modtagelsen inden for 4 arbejdsdage.").text_deadlines


def test_a_confirmation_in_a_condition_is_no_deadline():
    sentence = "Hvis I ikke bekræfter modtagelsen inden for 3 dage, annulleres bestillingen af brænde."
    assert not [d for d in _task(sentence).text_deadlines if d.anchor == "modtagelse"]


@pytest.mark.parametrize(("sentences", "about"), [
    ("Hyttelederne tager et bålkursus i maj. Hyttelederne skal have gennemført kurset senest 3 uger før "
     "go-live.", "kursus"),
    ("Flytningen af brændet kaldes en overførsel. Overførslen skal være afsluttet senest 2 uger efter "
     "go-live.",
     "overførsel"),
    # (no made-up 'center'; since session 61 the compound named before, of which 'Centret' is the head)
    ("Hyttecentret åbner i juni. Centret skal være malet senest 10 dage før go-live.", "hyttecentret"),
])
def test_an_about_with_a_changed_stem_is_named_as_the_task_writes_it(sentences, about):
    assert [d.about for d in _task(sentences).text_deadlines] == [about]


def test_an_about_keeps_its_definite_form_when_the_task_writes_no_other():
    [deadline] = _task("Overførslen skal være afsluttet senest 2 uger efter go-live.").text_deadlines
    assert deadline.about == "overførslen"


@pytest.mark.parametrize(("sentences", "about"), [
    ("Hyttebookingen kræver ikke underskrift. Den skal være sendt senest 8 dage før go-live.",
     "hyttebookingen"),
    ("Brændebestillingen kræver ikke nogen godkendelse. Den skal ligge hos Bålværket senest 2 uger før "
     "go-live.",
     "brændebestillingen"),
    ("Der kræves ingen underskrift på slæbestedsaftalen. Den skal være sendt senest 5 dage før go-live.",
     "slæbestedsaftalen"),
])
def test_a_thing_said_to_need_no_signature_in_other_words_is_what_its_deadline_concerns(sentences, about):
    assert [d.about for d in _task(sentences).text_deadlines] == [about]


@pytest.mark.parametrize(("sentences", "wrong"), [
    # a signer after 'af' is not the thing; a thing said to lack something is not what 'Det' is
    ("Der kræves ingen underskrift af formanden på lejekontrakten. Den skal være sendt senest 20 dage før "
     "go-live.", "formanden"),
    ("Kontrakten indeholder ikke et prisbilag. Det skal være sendt til Bålværket senest 15 dage før go-live.",
     "kontrakten"),
])
def test_a_signer_or_a_thing_lacking_something_is_not_the_deadlines_object(sentences, wrong):
    assert wrong not in [d.about for d in _task(sentences).text_deadlines]


def test_bulleted_steps_with_pipes_beside_a_rule_stay_steps():
    method = "- Gå til Indstillinger | Hytter\n----\n- Vælg Brænde | Bestil\n- Gem bestillingen"
    assert len(_task("Bestil brænde til hytterne.", method).method_steps) == 3


def test_a_rule_above_rows_that_read_as_no_header_makes_no_table():
    text = ("Rydningen sker efter denne plan:\n\n----\n\nBålplads | dagligt | hver 3. dag\n"
            "Hytte | ugentligt | aldrig\nSkur | månedligt | ugentligt")
    assert "| Bålplads |" not in _task(text).description

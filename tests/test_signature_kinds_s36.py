"""Signature kinds of the s36 golden set dev20: received in a condition, a body's meeting, a leader's unit."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _sigs(description: str, steps: list[str] = ()) -> list[tuple]:
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])
    return [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in extract_signatures(task)]


@pytest.mark.parametrize(("description", "steps", "expected"), [
    # the condition says it came in; the pronoun after it is that paper, signed in the same step
    ("Kontrakten underskrives af borgmesteren.",
     ["Når kommunen har modtaget kontrakten fra leverandøren, læg den til underskrift hos borgmesteren",
      "Send kontrakten retur til leverandøren"],
     ("kontrakt", "borgmesteren", "leverandøren", [1, 2], 1, 1, 2)),
    ("Erklæringen underskrives af it-chefen.",
     ["Når vi har fået erklæringen, send den til underskrift hos it-chefen", "Upload erklæringen i KLIK"],
     ("erklæring", "it-chefen", "KLIK", [1, 2], 1, 1, 2)),
    # a step that only receives it in its condition, then does something else
    ("Aftalen underskrives af direktøren.",
     ["Når I har fået aftalen, læs den igennem", "Direktøren underskriver aftalen",
      "Send aftalen til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", [1, 2, 3], 1, 2, 3)),
])
def test_a_paper_received_in_a_condition(description, steps, expected):
    assert _sigs(description, steps) == [expected]


def test_when_someone_else_has_received_it_the_step_receives_nothing():
    got = _sigs("Erklæringen underskrives af it-chefen.",
                ["Når KOMBIT har modtaget erklæringen, er opgaven løst", "Hent erklæringen",
                 "It-chefen underskriver", "Upload erklæringen i KLIK"])
    assert got == [("erklæring", "it-chefen", "KLIK", [2, 3, 4], 2, 3, 4)]


@pytest.mark.parametrize(("description", "steps", "expected"), [
    ("Strategien skal godkendes af Teknik- og Miljøudvalget og sendes derefter til KOMBIT.",
     ["Skriv strategien", "Strategien drøftes i udvalget", "Send strategien til KOMBIT"],
     ("strategi", "Teknik- og Miljøudvalget", "KOMBIT", [2, 3], None, 2, 3)),
    ("Handleplanen forelægges kommunalbestyrelsen til godkendelse.",
     ["Udarbejd handleplanen", "Handleplanen behandles på kommunalbestyrelsens møde",
      "Upload handleplanen i KLIK"],
     ("handleplan", "kommunalbestyrelsen", "KLIK", [2, 3], None, 2, 3)),
    # handed to 'udvalget': the committee named in full in the description
    ("Planen forelægges Social- og Sundhedsudvalget til godkendelse. Den godkendte plan uploades i KLIK.",
     ["Færdiggør planen", "Forelæg planen for udvalget", "Upload den godkendte plan i KLIK"],
     ("plan", "Social- og Sundhedsudvalget", "KLIK", [2, 3], None, 2, 3)),
])
def test_a_bodys_meeting_is_where_it_approves(description, steps, expected):
    assert _sigs(description, steps) == [expected]


def test_a_meeting_is_no_signing_step_when_a_person_signs():
    got = _sigs("Kontrakten underskrives af direktøren.",
                ["Modtag kontrakten", "Kontrakten behandles på direktionsmødet",
                 "Direktøren underskriver kontrakten", "Send kontrakten til KMD"])
    assert got == [("kontrakt", "direktøren", "KMD", [1, 3, 4], 1, 3, 4)]


@pytest.mark.parametrize(("description", "step", "signer"), [
    ("Opgørelsen godkendes af afdelingslederen for Borgerservice.",
     "Få opgørelsen godkendt af afdelingslederen",
     "afdelingslederen for Borgerservice"),
    ("Opgørelsen godkendes af økonomichefen i Center for Økonomi.", "Økonomichefen godkender opgørelsen",
     "økonomichefen i Center for Økonomi"),
    # a system one is responsible for: the step's naming, as before
    ("Opgørelsen godkendes af den systemansvarlige for lønsystemet.",
     "Den systemansvarlige godkender opgørelsen",
     "systemansvarlige"),
])
def test_a_leader_keeps_the_unit_the_description_names(description, step, signer):
    [got] = _sigs(description, ["Udarbejd opgørelsen", step, "Send opgørelsen til KOMBIT"])
    assert got[1] == signer


@pytest.mark.parametrize("description", [
    "Kommunen skal udpege en underskriftsberettiget person, som fremover kan underskrive aftaler om KP.",
    "Kommunen skal have en tegningsberettiget, der kan underskrive kontrakter med KOMBIT.",
    "Der skal udpeges en underskriftsberettiget person, som kan underskrive aftaler med KOMBIT.",
])
def test_who_may_sign_is_no_paper_to_sign(description):
    assert _sigs(description, ["Find personen", "Registrer navnet i KLIK"]) == []


@pytest.mark.parametrize(("steps", "expected"), [
    # 'returner' reads like a present tense; after an imperative it is a second imperative
    (["Underskriv og returner aftalen til KOMBIT"], ("aftale", "kommunen", "KOMBIT", [1], None, 1, 1)),
    (["Modtag erklæringen", "Godkend og returner erklæringen til KMD"],
     ("erklæring", "kommunen", "KMD", [1, 2], 1, 2, 2)),
])
def test_two_imperatives_share_the_paper(steps, expected):
    assert _sigs("", steps) == [expected]


@pytest.mark.parametrize(("description", "steps", "expected"), [
    ("Efter godkendelse i Økonomiudvalget sendes aftalen til KOMBIT.",
     ["Modtag aftalen", "Forelæg aftalen for Økonomiudvalget", "Send aftalen til KOMBIT"],
     ("aftale", "Økonomiudvalget", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Kommunen skal indgå en databehandleraftale med KOMBIT. Aftalen indgås ved at kommunaldirektøren "
     "underskriver den.", [], ("databehandleraftale", "kommunaldirektøren", None, [], None, None, None)),
])
def test_who_approves_or_signs_said_in_a_clause(description, steps, expected):
    assert _sigs(description, steps) == [expected]


def test_an_approval_of_something_is_not_by_it():
    assert _sigs("Efter godkendelse af testen sendes rapporten til KOMBIT.") == []


def test_a_body_written_with_a_capital_inside_a_sentence_keeps_it():
    [got] = _sigs("Økonomiudvalget skal godkende budgettet.",
                  ["Udarbejd budgettet", "Forelæg budgettet for Økonomiudvalget",
                   "Send budgettet til KOMBIT"])
    assert got == ("budget", "Økonomiudvalget", "KOMBIT", [2, 3], None, 2, 3)


@pytest.mark.parametrize("steps", [
    # another party sends it in a step: the step receives it
    ["KOMBIT fremsender aftalen", "Kommunaldirektøren underskriver", "Aftalen returneres til KOMBIT"],
    # received in a condition, then passed on to be signed in a later step
    ["Når aftalen er modtaget, sendes den til kommunaldirektøren", "Kommunaldirektøren underskriver",
     "Den underskrevne aftale returneres til KOMBIT"],
])
def test_the_step_in_which_it_arrives(steps):
    got = _sigs("Aftalen underskrives af kommunaldirektøren og sendes retur til KOMBIT.", steps)
    assert got == [("aftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)]


def test_the_municipality_sending_receives_nothing():
    got = _sigs("Aftalen underskrives af kommunaldirektøren.",
                ["Kommunaldirektøren underskriver aftalen", "Kommunen sender aftalen til KOMBIT"])
    assert [row[:6] for row in got] == [("aftale", "kommunaldirektøren", "KOMBIT", [1, 2], None, 1)]


def test_who_can_sign_this_paper_is_its_signer():
    got = _sigs("KOMBIT sender aftalen til kommunaldirektøren, som kan underskrive den digitalt.")
    assert [row[:2] for row in got] == [("aftale", "kommunaldirektøren")]

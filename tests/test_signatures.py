"""Signature state: derived from the method steps done, plus explicit received/signed marks."""

from datetime import UTC, datetime

import pytest

from bot.progress import Progress, StepMark, progress_key
from bot.signatures import (
    RECEIVED,
    SIGNED,
    WAITING,
    get_signatures,
    mark_signature,
    pick_signature,
    unmark_signature,
)
from bot.store import Store
from knowledge.errors import KlikError
from knowledge.models import Signature, Task

T433 = Task(id="433", title="SA 06", signatures=[Signature(
    document="bestillingsformular", signer="systemansvarlig for bogføringssystemet",
    recipient="forvaltningsansvarlig", steps=[4, 5], received_step=4, signed_step=5)])
TWO = Task(id="eFaktura 8b", title="Serviceaftaler", signatures=[
    Signature(document="serviceaftale", signer="aftaleadministrator", steps=[2], signed_step=2),
    Signature(document="bestillingsblanket", signer="systemansvarlig")])


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "klik.json")


def _steps_done(store, task, *numbers, team="T1"):
    at = datetime(2026, 9, 20, 8, 0, tzinfo=UTC)
    steps = {n: StepMark(done_by="U2", done_at=at) for n in numbers}
    progress = Progress(team=team, task=task.id, steps=steps)
    with store.transaction() as tx:
        tx.put("progress", progress_key(team, task.id), progress.model_dump(mode="json"))


def _states(store, task, team="T1"):
    return [s.state for s in get_signatures(store, team, task)]


def test_nothing_done_means_waiting_for_the_document(store):
    [state] = get_signatures(store, "T1", T433)
    assert (state.state, state.document, state.signer, state.recipient) == (
        WAITING, "bestillingsformular", "systemansvarlig for bogføringssystemet", "forvaltningsansvarlig")


def test_433_step_4_means_received_and_step_5_means_signed(store):
    _steps_done(store, T433, 4)
    assert _states(store, T433) == [RECEIVED]
    _steps_done(store, T433, 4, 5)
    [state] = get_signatures(store, "T1", T433)
    assert state.state == SIGNED and state.signed_by == "U2"
    _steps_done(store, T433, 5)  # step 5 alone: signed and returned, whatever step 4 says
    assert _states(store, T433) == [SIGNED]
    _steps_done(store, T433)  # steps undone: derived state follows, nothing stale is left
    assert _states(store, T433) == [WAITING]


def test_the_step_that_sends_it_on_once_signed_is_what_counts_as_signed_and_returned(store):
    # 'Modtag aftalen' (2), 'Underskriv aftalen' (3), 'Returnér den underskrevne aftale til KOMBIT' (4)
    task = Task(id="9", title="t", signatures=[Signature(
        document="aftale", signer="direktøren", steps=[2, 3, 4], received_step=2, signed_step=3,
        returned_step=4)])
    _steps_done(store, task, 2, 3)
    assert _states(store, task) == [RECEIVED]  # signed but not yet sent back: still reminded
    _steps_done(store, task, 2, 3, 4)
    assert _states(store, task) == [SIGNED]
    # stored before returned_step existed: signed_step was the sending step, and still counts
    old = Task(id="9", title="t", signatures=[Signature(
        document="aftale", signer="direktøren", steps=[2, 3, 4], received_step=2, signed_step=4)])
    _steps_done(store, old, 2, 3)
    assert _states(store, old) == [RECEIVED]


def test_explicit_marks_are_stored_audited_and_combined_with_steps(store):
    state = mark_signature(store, team="T1", task=T433, which=None, mark="received", user="U1",
                           command="/klik received 433")
    assert state.state == RECEIVED and state.received_by == "U1"
    assert mark_signature(store, team="T1", task=T433, which="", mark="signed", user="U3",
                          command="/klik signed 433").state == SIGNED
    mark_signature(store, team="T1", task=T433, which=None, mark="signed", user="U4", command="again")
    actions = [(e["action"], e["user"], e["task"]) for e in store.history(team="T1")]
    assert actions == [("signature_received", "U1", "433"), ("signature_signed", "U3", "433")]
    assert _states(store, T433, team="other") == [WAITING]


def test_a_one_step_signature_is_signed_when_its_step_is_done(store):
    _steps_done(store, TWO, 2)
    assert _states(store, TWO) == [SIGNED, WAITING]


def test_a_step_that_only_announces_the_document_moves_nothing(store):
    """eFaktura 8b step 2 tells the aftaleadministrator a service agreement will come: doing that
    step neither receives nor signs it."""
    announced = Task(id="eFaktura 8b", title="t", signatures=[
        Signature(document="serviceaftale", signer="aftaleadministrator", steps=[2])])
    _steps_done(store, announced, 1, 2, 3)
    assert _states(store, announced) == [WAITING]


@pytest.mark.parametrize(("which", "number"), [("1", 1), ("2", 2), ("serviceaftalen", 1),
                                               ("blanket", 2), ("aftaleadministrator", 1)])
def test_pick_signature_by_number_or_words(which, number):
    assert pick_signature(TWO, which) == number


@pytest.mark.parametrize(("task", "which", "says"), [
    (TWO, None, "har 2 underskrifter; skriv hvilken: 1: serviceaftale"),
    (TWO, "3", "underskrift 1-2, ikke 3"),
    (T433, "2", r"^Opgave 433 har kun én underskrift \(bestillingsformular\); skriv `/klik signed 433`\.$"),
    (T433, "kaffemaskine", "kun én underskrift"),
    (TWO, "kaffemaskine", "Skriv nummeret: 1: serviceaftale"),
    (Task(id="9", title="x"), None, "kræver ingen underskrift"),
])
def test_pick_signature_explains_what_to_type(task, which, says):
    with pytest.raises(KlikError, match=says):
        pick_signature(task, which)


def test_a_failed_mark_stores_nothing(store):
    with pytest.raises(KlikError):
        mark_signature(store, team="T1", task=TWO, which=None, mark="signed", user="U1", command="x")
    assert store.all("signatures") == {} and store.history() == []


def _mark(store, task, mark, which=None, user="U1"):
    return mark_signature(store, team="T1", task=task, which=which, mark=mark, user=user,
                          command=f"/klik {mark}")


def _unmark(store, task, mark, which=None):
    return unmark_signature(store, team="T1", task=task, which=which, mark=mark, user="U9",
                            command=f"/klik un{mark}", word=f"un{mark}")


def test_a_signed_mark_made_by_mistake_can_be_taken_back_and_is_audited(store):
    _mark(store, T433, "signed")
    state = _unmark(store, T433, "signed")
    assert state.state == WAITING and state.signed_at is None
    assert store.all("signatures") == {}  # nothing stale left for the planner
    last = store.history(team="T1")[-1]
    assert (last["action"], last["user"], last["task"], last["details"]["signature"]) == (
        "signature_unsigned", "U9", "433", 1)
    assert last["details"]["marked_by"] == "U1"
    assert _mark(store, T433, "signed", user="U3").signed_by == "U3"  # and it can be marked again


def test_taking_back_signed_keeps_received_and_vice_versa(store):
    _mark(store, T433, "received")
    _mark(store, T433, "signed")
    assert _unmark(store, T433, "signed").state == RECEIVED
    _mark(store, T433, "signed")
    assert _unmark(store, T433, "received").state == SIGNED
    actions = [e["action"] for e in store.history(team="T1")]
    assert actions[-2:] == ["signature_signed", "signature_unreceived"]


def test_one_of_two_signatures_is_taken_back_by_number(store):
    _mark(store, TWO, "signed", which="1")
    _mark(store, TWO, "signed", which="2")
    _unmark(store, TWO, "signed", which="2")
    assert _states(store, TWO) == [SIGNED, WAITING]
    with pytest.raises(KlikError, match="`/klik unsigned eFaktura 8b 2`"):
        _unmark(store, TWO, "signed")


@pytest.mark.parametrize(("steps", "says"), [
    ((), "er ikke markeret som underskrevet, så der er intet at fortryde"),
    ((5,), r"regnes som underskrevet, fordi trin 5 er udført\. Fortryd trinnet: `/klik undo 433 5`"),
])
def test_nothing_to_take_back_says_why_and_changes_nothing(store, steps, says):
    _steps_done(store, T433, *steps)
    with pytest.raises(KlikError, match=says):
        _unmark(store, T433, "signed")
    assert store.all("signatures") == {} and store.history() == []

"""`/klik fjern`, `/klik gendan` and `/klik tilføj-underskrift` over the real HTTP app: admins only
(Slack's users.info), audit-logged, and the knowledge every command reads changes with them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import SECRET, TOKEN, SlackClientSim, SlackHarness

from bot.catalog import load_knowledge
from bot.config import SlackSettings
from bot.localslack import LocalSlack
from bot.runtime.app import create_app
from bot.runtime.server import PATH, SlackHTTPServer
from bot.store import Store
from handlers.knowledge import read_signature


@pytest.fixture
def harness(tmp_path) -> Iterator[SlackHarness]:
    """The app reading its knowledge from the store (seeds plus imports), as `klik serve` does."""
    with LocalSlack() as fake:
        store = Store(tmp_path / "klik.json")
        settings = SlackSettings(bot_token=TOKEN, signing_secret=SECRET, api_url=fake.api_url, port=0,
                                 db=store.path)
        app = create_app(settings=settings, store=store)
        server = SlackHTTPServer(app, host="127.0.0.1", port=0)
        server.start_background()
        try:
            fake.admins.add("U0ADMIN")
            sim = SlackClientSim(url=f"http://127.0.0.1:{server.port}{PATH}", fake=fake)
            yield SlackHarness(app=app, server=server, fake=fake, store=store, slack=sim)
        finally:
            server.stop()


def _text(h: SlackHarness, command: str, user: str) -> str:
    res = h.slack.command(command, user=user)
    assert res.status == 200
    return res.json()["text"]


def test_only_an_admin_may_remove_and_restore(harness):
    refused = _text(harness, "fjern 433", user="U0ALICE")
    assert "Kun arbejdsrummets administratorer" in refused
    assert load_knowledge(harness.store).get("433") is not None
    done = _text(harness, "fjern 433", user="U0ADMIN")
    assert "fjernede opgave 433" in done and "/klik gendan 433" in done
    assert load_knowledge(harness.store).get("433") is None
    assert "gendannede opgave 433" in _text(harness, "gendan 433", user="U0ADMIN")
    assert load_knowledge(harness.store).get("433") is not None
    entries = harness.store.history()
    assert [(e["action"], e["user"], e["command"]) for e in entries] == [
        ("remove", "U0ADMIN", "/klik fjern 433"), ("restore", "U0ADMIN", "/klik gendan 433")]


def test_an_admin_adds_a_signature_the_text_does_not_state(harness):
    refused = _text(harness, "tilføj-underskrift efaktura 8b tillæg af økonomichefen", user="U0ALICE")
    assert "Kun arbejdsrummets administratorer" in refused
    done = _text(harness, 'tilføj-underskrift efaktura 8b "tillæg til serviceaftalen" af økonomichefen '
                          "til EG trin 2,3", user="U0ADMIN")
    assert "tillæg til serviceaftalen underskrives af økonomichefen, sendes til EG (trin 2, 3)" in done
    sig = load_knowledge(harness.store).get("efaktura 8b").signatures[-1]
    assert (sig.document, sig.signer, sig.recipient, sig.signed_step) == (
        "tillæg til serviceaftalen", "økonomichefen", "EG", 3)
    assert "/klik tilføj-underskrift" in sig.source
    status = _text(harness, "modtaget efaktura 8b tillæg", user="U0ALICE")
    assert "tillæg" in status


@pytest.mark.parametrize(("text", "expected"), [
    ("fuldmagt af borgmesteren til KOMBIT trin 4,5", ("fuldmagt", "borgmesteren", "KOMBIT", [4, 5])),
    ("databehandleraftale af kommunens NemLog-in administrator", (
        "databehandleraftale", "kommunens NemLog-in administrator", None, [])),
])
def test_reading_the_slack_signature_words(text, expected):
    assert read_signature(text) == expected

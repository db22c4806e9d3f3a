"""Reminder delivery semantics: claim (a lease), send, mark sent. A sender that died is taken over
after the lease; a send whose outcome is unknown is not re-sent; Slack's clear refusals are."""

from __future__ import annotations

import http.server
import json
import threading
from datetime import datetime, timedelta

from bot.config import SlackSettings
from bot.golive import set_golive
from bot.remind_run import LEASE, SENT_TABLE, Claim, _claim, run_pass, sent_maybe
from bot.reminders import ReminderSettings, local_time
from bot.runtime.app import web_client
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds

KB = KnowledgeBase.from_tasks(load_seeds())
SETTINGS = ReminderSettings(channel="C0REMIND")
NINE = datetime(2026, 9, 15, 9, 0)


class Posts:
    def __init__(self):
        self.sent = []

    def chat_postMessage(self, *, channel, text, blocks=None):  # noqa: N802 (slack_sdk's name)
        self.sent.append(channel)
        return {"ok": True}


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "klik.json")
    set_golive(store, team="T1", name="KY - Bølge 3", day="2027-03-01", user="U1", command="t", kb=KB)
    return store


def _pass(store, client, now):
    return run_pass(now=now, store=store, kb=KB, client=client, settings=SETTINGS)


def test_a_claim_whose_sender_died_is_sent_after_the_lease_and_only_once(tmp_path):
    store = _store(tmp_path)
    planned = run_pass(now=NINE, store=store, kb=KB, client=None, dry_run=True, settings=SETTINGS).planned
    assert planned
    _claim(store, planned, day=NINE.date(), now=NINE)  # ... and the process was killed before sending
    slack = Posts()
    assert _pass(store, slack, NINE + LEASE / 2).sent == []  # its lease still runs
    late = _pass(store, slack, NINE + LEASE + timedelta(minutes=1))
    assert len(late.sent) == len(planned) and len(slack.sent) == len(planned)
    assert _pass(store, slack, NINE + 2 * LEASE).sent == []
    states = {doc["state"] for doc in store.all(SENT_TABLE).values()}
    assert states == {Claim.SENT}


class DropAfterReading(http.server.BaseHTTPRequestHandler):
    """A Slack Web API that takes the post and then drops the connection without answering (the
    ambiguous case: Slack may well have posted it)."""

    posts: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.path.endswith("chat.postMessage"):
            type(self).posts.append(body)
            self.close_connection = True
            self.connection.shutdown(2)
            return
        data = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_a_post_whose_answer_never_came_is_not_sent_again(tmp_path):
    DropAfterReading.posts = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), DropAfterReading)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = web_client(SlackSettings(bot_token="xoxb-1", signing_secret="s", port=0, db=None,
                                          api_url=f"http://127.0.0.1:{server.server_address[1]}/api/"))
        store = _store(tmp_path)
        first = _pass(store, client, NINE)
        assert len(first.failed) == 1 and len(DropAfterReading.posts) == 1  # the client did not retry
        again = _pass(store, client, NINE + LEASE * 2)
        assert again.planned == [] and len(DropAfterReading.posts) == 1
        [doc] = store.all(SENT_TABLE).values()
        assert doc["state"] == Claim.UNCERTAIN
    finally:
        server.shutdown()


def test_which_failures_may_have_posted():
    import urllib.error

    from slack_sdk.errors import SlackApiError

    assert sent_maybe(TimeoutError("read timed out"))
    assert sent_maybe(urllib.error.URLError(ConnectionResetError(104, "reset")))
    assert not sent_maybe(urllib.error.URLError(ConnectionRefusedError(111, "refused")))
    assert not sent_maybe(SlackApiError("channel_not_found", {"ok": False, "error": "channel_not_found"}))
    assert local_time(NINE).tzinfo is not None

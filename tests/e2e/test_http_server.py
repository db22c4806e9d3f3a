"""The HTTP server as an attacker or a broken proxy sees it: oversized, malformed, slow, idle and
replayed requests; /health; a graceful stop with a request in flight."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from blackbox_kit import raw
from conftest import SECRET
from threads import running

from bot import slackrequests as sr
from bot.runtime.server import MAX_BODY, SlackHTTPServer


def test_an_oversized_body_is_refused_before_it_is_read(slack_app):
    port = slack_app.server.port
    head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {10 * MAX_BODY}\r\n\r\n").encode()
    assert raw(port, head).startswith(b"HTTP/1.1 413")
    assert slack_app.slack.command("status 433").status == 200


@pytest.mark.parametrize("request_bytes", [
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
    b"GARBAGE\r\n\r\n",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
], ids=["two-content-lengths", "negative-length", "no-request-line", "bad-chunk"])
def test_a_malformed_request_gets_400_and_no_traceback(slack_app, request_bytes, caplog):
    answer = raw(slack_app.server.port, request_bytes)
    assert answer.startswith(b"HTTP/1.1 400") or answer.startswith(b"HTTP/1.0 400")
    assert "Traceback" not in caplog.text
    assert slack_app.slack.command("status 433").status == 200


def test_a_replayed_command_is_refused_and_changes_nothing_twice(slack_app):
    body, ctype = sr.slash_command("done 433 1", team="T0TEST", user="U0BOB", channel="C1",
                                   response_url=slack_app.slack.response_url())
    headers = sr.sign(SECRET, body)
    first = slack_app.slack.post(body, ctype, headers=headers, signed=False)
    again = slack_app.slack.post(body, ctype, headers=headers, signed=False)
    assert first.status == 200 and again.status == 409
    assert len(slack_app.store.history(team="T0TEST")) == 1


def test_health_is_503_when_the_store_cannot_be_read(tmp_path, slack_app):
    from bot.runtime.server import SlackHTTPServer as Server

    def health():
        slack_app.store.check()
        return None

    server = Server(slack_app.app, host="127.0.0.1", port=0, health=health)
    server.start_background()
    try:
        assert raw(server.port, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n").startswith(b"HTTP/1.1 200")
        if slack_app.store.path is not None:
            slack_app.store.path.write_text("")  # damaged: an empty state file
        else:  # PostgreSQL: the documents table is gone
            import psycopg

            with psycopg.connect(slack_app.location, autocommit=True) as conn:
                conn.execute("DROP TABLE klik_documents")
        answer = raw(server.port, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 503") and "kan ikke læses".encode() in answer
    finally:
        server.stop()


def test_idle_and_stalled_connections_are_closed_and_never_block_a_request(slack_app):
    server = SlackHTTPServer(slack_app.app, host="127.0.0.1", port=0, idle_timeout=1)
    server.start_background()
    try:
        idle = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(200)]
        stalled = socket.create_connection(("127.0.0.1", server.port))
        stalled.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Le")  # and never more
        body, ctype = sr.slash_command("status 433", team="T0TEST", user="U0BOB", channel="C1",
                                       response_url=slack_app.slack.response_url())
        head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: {ctype}\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in sr.sign(SECRET, body).items())
                + f"Content-Length: {len(body.encode())}\r\n\r\n").encode()
        assert raw(server.port, head + body.encode()).startswith(b"HTTP/1.1 200")
        stalled.settimeout(5)
        started = time.monotonic()
        assert stalled.recv(100) == b""  # closed by the server
        assert time.monotonic() - started < 4
        for conn in idle:
            conn.close()
        stalled.close()
    finally:
        server.stop()


@pytest.mark.parametrize("what", ["headers", "body"])
def test_a_request_trickled_a_byte_at_a_time_is_closed_at_its_deadline(slack_app, what):
    """A slowloris client is never idle (a byte every 0.2 s), so the idle timeout never fires; the
    request's own deadline does. (tests/blackbox has the same check against `klik serve`.)"""
    server = SlackHTTPServer(slack_app.app, host="127.0.0.1", port=0, request_deadline=1)
    server.start_background()
    try:
        conn = socket.create_connection(("127.0.0.1", server.port), timeout=0.2)
        conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n"
                     + (b"Content-Length: 1000\r\n\r\n{" if what == "body" else b"X-Slow: "))
        started, closed = time.monotonic(), False
        while not closed and time.monotonic() - started < 6:
            try:
                conn.sendall(b"a")
                closed = conn.recv(100) == b""
            except TimeoutError:
                pass
            except OSError:
                closed = True
        conn.close()
        assert closed and time.monotonic() - started < 4
        assert raw(server.port, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n").startswith(b"HTTP/1.1 200")
    finally:
        server.stop()


def test_stop_answers_the_request_in_flight_then_refuses_new_connections(slack_app):
    from bot.runtime.server import SlackWSGI

    release = threading.Event()
    server = SlackHTTPServer(slack_app.app, host="127.0.0.1", port=0)
    bolt = server.wsgi.bolt

    def slow(environ, start_response):
        release.wait(5)
        return bolt(environ, start_response)

    server.wsgi.bolt = slow
    assert isinstance(server.wsgi, SlackWSGI)
    server.start_background()
    port = server.port
    result = {}
    body, ctype = sr.slash_command("status 433", team="T0TEST", user="U0BOB", channel="C1",
                                   response_url=slack_app.slack.response_url())
    head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: {ctype}\r\n"
            + "".join(f"{k}: {v}\r\n" for k, v in sr.sign(SECRET, body).items())
            + f"Content-Length: {len(body.encode())}\r\n\r\n").encode()
    with running([lambda: result.update(answer=raw(port, head + body.encode()))], timeout=5):
        while not server.wsgi.in_flight:
            time.sleep(0.01)
        with running([server.stop], timeout=10):
            time.sleep(0.2)
            with pytest.raises(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=1)
            release.set()
    assert result["answer"].startswith(b"HTTP/1.1 200")


def test_an_idle_server_sleeps_in_poll_instead_of_spinning(slack_app, monkeypatch):
    """The event loop must block in poll() while nothing happens: a zero timeout (waitress turns
    the setting into an int, so 0.2 became 0) made an idle `klik serve` burn most of a core."""
    from waitress import wasyncore

    timeouts: list[float] = []
    idle = threading.Event()
    poll2 = wasyncore.poll2

    def recording_poll(timeout=0.0, map=None):
        timeouts.append(timeout)
        if len(timeouts) >= 3:
            idle.set()
        # what counts is the timeout the loop asks for, not sleeping it out three times
        return poll2(0.0 if len(timeouts) <= 3 else timeout, map)

    monkeypatch.setattr(wasyncore, "poll2", recording_poll)
    server = SlackHTTPServer(slack_app.app, host="127.0.0.1", port=0)
    server.start_background()
    try:
        assert idle.wait(30)
    finally:
        server.stop()
    assert min(timeouts) >= 1  # seconds poll() may sleep when no socket is ready

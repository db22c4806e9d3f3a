"""Black-box harness against a real `klik serve` process on 127.0.0.1: signed commands, events and
clicks; replays; oversized, slow and malformed requests; /health with a store broken under it; a
graceful SIGTERM. Only the README, `klik --help` and Slack's documented formats were used."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
from blackbox_kit import (
    SLOW,
    Client,
    Serve,
    buttons,
    click,
    dm,
    event,
    mention,
    no_traceback,
    raw,
    request_bytes,
    sign,
    slash,
    status_of,
    stop,
)
from threads import running

from bot.localslack import LocalSlack


@pytest.fixture(scope="module")
def fake():
    with LocalSlack() as fake:
        yield fake


@pytest.fixture(scope="module")
def served(tmp_path_factory, fake):
    """One `klik serve` shared by the checks that leave it healthy; each uses its own workspace."""
    db = tmp_path_factory.mktemp("bbserve") / "klik.json"
    server = Serve(db, fake.api_url)
    yield server
    assert stop(server) == 0


def healthy(port: int) -> bool:
    """/health says 200 and a signed command still works."""
    c = Client(port, timeout=15)
    try:
        ok = c.get("/health")[0] == 200
        status, text = c.post(*slash("status 433", team="T0HEALTHY"))
        return ok and status == 200 and "433" in text
    finally:
        c.close()


def steps_of(port: int, team: str) -> str:
    status, text = Client(port).post(*slash("status 433", team=team))
    assert status == 200
    return json.loads(text)["text"]


# --- signed requests --------------------------------------------------------------------------------

def test_signed_command_changes_and_answers_unsigned_or_forged_or_stale_get_401(served):
    before = len(served.output)
    c = Client(served.port)
    status, text = c.post(*slash("done 433 1", team="T0SIGN"))
    assert status == 200 and "markerede trin 1" in text
    body, ctype = slash("done 433 2", team="T0SIGN")
    ts = int(time.time())
    cases = {
        "unsigned": {},
        "forged": sign(body, secret="not-the-secret"),
        "stale": sign(body, timestamp=ts - 6 * 60),
        "future": sign(body, timestamp=ts + 6 * 60),
        "other-timestamp": {**sign(body), "X-Slack-Request-Timestamp": str(ts - 1)},
        "garbage-timestamp": {**sign(body), "X-Slack-Request-Timestamp": "nu"},
    }
    for name, headers in cases.items():
        status, _ = c.post(body, ctype, headers=headers, signed=False)
        assert status == 401, name
    assert "1 af 7 trin" in steps_of(served.port, "T0SIGN")
    assert no_traceback(served.output[before:]), served.output[before:]


def test_a_mention_and_a_dm_are_acked_at_once_and_answered_once(served, fake):
    c = Client(served.port)
    since = len(fake.calls)
    started = time.monotonic()
    assert c.post(*event(mention("hvem underskriver blanketten i 433?"), team="T0EV"))[0] == 200
    assert time.monotonic() - started < 3.0  # Slack's ack limit
    assert c.post(*event(dm("status 433"), team="T0EV"))[0] == 200
    posts = fake.wait_for(lambda call: call.method == "chat.postMessage", count=2, timeout=20, since=since)
    assert len(posts) == 2
    time.sleep(0.5)
    assert len([x for x in fake.calls[since:] if x.method == "chat.postMessage"]) == 2


def test_slacks_retry_of_an_event_is_not_answered_twice(served, fake):
    c = Client(served.port)
    since = len(fake.calls)
    body, ctype = event(mention("hvem er forvaltningsansvarlig?"), team="T0RETRY", event_id="EvBBRETRY1")
    assert c.post(body, ctype)[0] == 200
    # Slack resends the same event (same event_id) with a new signature and the retry headers
    assert c.post(body, ctype, headers={"X-Slack-Retry-Num": "1",
                                        "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
    fake.wait_for(lambda call: call.method == "chat.postMessage", timeout=20, since=since)
    time.sleep(1.0)
    assert len([x for x in fake.calls[since:] if x.method == "chat.postMessage"]) == 1


def test_a_button_from_a_reply_is_clicked_and_does_what_it_says(served, fake):
    before = len(served.output)
    c = Client(served.port)
    status, text = c.post(*slash("status 433", team="T0CLICK"))
    step2 = next(b for b in buttons(json.loads(text)["blocks"]) if b.get("value") == "433 2")
    status, _ = c.post(*click(step2, team="T0CLICK", response_url=fake.response_url("click")))
    assert status == 200
    assert "1 af 7 trin" in steps_of(served.port, "T0CLICK")
    assert no_traceback(served.output[before:]), served.output[before:]


def test_a_click_whose_response_url_is_unreachable_is_still_acked_once_without_a_traceback(served):
    """Slack's response_url can fail (network, expiry); the change is stored, so the click is acked."""
    before = len(served.output)
    c = Client(served.port)
    status, text = c.post(*slash("status 433", team="T0CLICKDOWN"))
    step2 = next(b for b in buttons(json.loads(text)["blocks"]) if b.get("value") == "433 2")
    status, _ = c.post(*click(step2, team="T0CLICKDOWN", response_url="http://127.0.0.1:9/gone"))
    assert status == 200
    assert "1 af 7 trin" in steps_of(served.port, "T0CLICKDOWN")
    assert no_traceback(served.output[before:]), served.output[before:]


# --- replays ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["command", "click"])
def test_a_replayed_signed_request_is_refused_and_changes_nothing(served, fake, kind):
    team = f"T0REPLAY{kind.upper()}"
    c = Client(served.port)
    if kind == "command":
        body, ctype = slash("done 433 3", team=team)
    else:
        _, text = c.post(*slash("status 433", team=team))
        body, ctype = click(next(b for b in buttons(json.loads(text)["blocks"]) if b.get("value") == "433 3"),
                            team=team, response_url=fake.response_url("replay"))
    headers = sign(body)
    assert c.post(body, ctype, headers=headers, signed=False)[0] == 200
    c.post(*slash("undo 433 3", team=team))
    again = Client(served.port)  # an attacker's own connection
    status, _ = again.post(body, ctype, headers=headers, signed=False)
    assert status in (401, 403, 409)
    assert "0 af 7 trin" in steps_of(served.port, team)


def test_a_replay_after_a_restart_within_5_minutes_is_refused(tmp_path, fake):
    server = Serve(tmp_path / "klik.json", fake.api_url)
    body, ctype = slash("done 433 4", team="T0RESTART")
    headers = sign(body)
    try:
        assert Client(server.port).post(body, ctype, headers=headers, signed=False)[0] == 200
        assert Client(server.port).post(*slash("undo 433 4", team="T0RESTART"))[0] == 200
    finally:
        assert stop(server) == 0
    server = Serve(tmp_path / "klik.json", fake.api_url)
    try:
        status, _ = Client(server.port).post(body, ctype, headers=headers, signed=False)
        assert status in (401, 403, 409)
        assert "0 af 7 trin" in steps_of(server.port, "T0RESTART")
    finally:
        stop(server)


# --- oversized, slow and malformed ------------------------------------------------------------------

def test_an_oversized_body_is_refused_before_it_is_read(served):
    before = len(served.output)
    head = (b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 50000000\r\n\r\n")
    started = time.monotonic()
    answer = raw(served.port, head + b"x" * 1000)
    assert status_of(answer) == 413 and time.monotonic() - started < 5
    # the same through chunked encoding: no Content-Length to refuse up front
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as conn:
        conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        chunk = b"100000\r\n" + b"x" * 0x100000 + b"\r\n"
        got = b""
        try:
            for _ in range(20):  # 20 MB
                conn.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            got = conn.recv(1000)
        except (ConnectionResetError, TimeoutError):
            pass
    assert got == b"" or status_of(got) in (400, 413)
    huge_header = (b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n")
    assert status_of(raw(served.port, huge_header)) in (0, 400, 413, 431)
    assert healthy(served.port)
    assert no_traceback(served.output[before:]), served.output[before:]


@pytest.mark.parametrize("request_bytes_", [
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}xyz",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"0\r\n\r\n",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\n\r\n",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked, identity\r\n\r\n",
    b"GARBAGE\r\n\r\n",
    b"\x00\x01\x02\xff\xfe\r\n\r\n",
    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
    b"POST /slack/events HTTP/9.9\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
], ids=["two-lengths", "two-equal-lengths", "length-and-chunked", "negative-length", "float-length",
        "bad-chunk", "odd-transfer-encoding", "no-request-line", "binary", "header-without-colon",
        "http-9.9"])
def test_a_malformed_request_is_refused_cleanly_and_the_server_stays_healthy(served, request_bytes_):
    before = len(served.output)
    answer = raw(served.port, request_bytes_)
    allowed = (0, 400, 411, 413, 501, 505) + ((401,) if b"HTTP/9.9" in request_bytes_ else ())
    assert status_of(answer) in allowed, answer[:200]
    assert 200 != status_of(answer)
    assert healthy(served.port)
    assert no_traceback(served.output[before:]), served.output[before:]


@pytest.mark.parametrize(("body", "ctype"), [
    (b"{not json", "application/json"),
    (b"payload=%7Bnot+json", "application/x-www-form-urlencoded"),
    (b"payload=%5B%5D", "application/x-www-form-urlencoded"),
    (b'{"type": "event_callback"}', "application/json"),
    (b'{"type": "event_callback", "event": []}', "application/json"),
    (b'{"type": "url_verification", "challenge": 5}', "application/json"),
    (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
    (b"", "application/json"),
], ids=["bad-json", "bad-payload-json", "payload-list", "event-without-event", "event-a-list",
        "challenge-int", "not-utf8", "empty"])
def test_a_signed_but_nonsensical_body_gets_a_clean_4xx_or_200_and_no_traceback(served, body, ctype):
    before = len(served.output)
    answer = raw(served.port, request_bytes(body, ctype, sign(body)))
    assert status_of(answer) in (200, 400, 404, 415), answer[:300]
    assert healthy(served.port)
    assert no_traceback(served.output[before:]), served.output[before:]


def test_slowloris_connections_do_not_starve_signed_requests(served):
    """300 connections trickle their headers (and 20 their bodies) while real requests come in."""
    conns = []
    try:
        for _ in range(300):
            conn = socket.create_connection(("127.0.0.1", served.port), timeout=5)
            conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            conns.append(conn)
        for _ in range(20):
            conn = socket.create_connection(("127.0.0.1", served.port), timeout=5)
            conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 100000\r\n\r\n{")
            conns.append(conn)
        c = Client(served.port, timeout=10)
        for n in range(10):
            started = time.monotonic()
            status, _ = c.post(*slash("status 433", team="T0SLOW"))
            assert status == 200 and time.monotonic() - started < 3.0
            for conn in conns[n::10]:
                try:
                    conn.sendall(b"a")
                except OSError:
                    pass
            time.sleep(0.1)
    finally:
        for conn in conns:
            conn.close()
    assert healthy(served.port)


def _closed_within(conn: socket.socket, seconds: float, trickle: bytes) -> float | None:
    """Keep sending one byte every 0.5 s; the time until the server closes, or None."""
    started = time.monotonic()
    conn.settimeout(0.5)
    while time.monotonic() - started < seconds:
        try:
            if conn.recv(4096) == b"":
                return time.monotonic() - started
        except TimeoutError:
            pass
        except ConnectionResetError:
            return time.monotonic() - started
        try:
            conn.sendall(trickle)
        except OSError:
            return time.monotonic() - started
    return None


@pytest.mark.skipif(not SLOW, reason="waits out a server timeout; KLIK_HARNESS_SLOW=1 runs it")
@pytest.mark.parametrize("what", ["headers", "body"])
def test_a_request_trickled_a_byte_at_a_time_is_cut_off(served, what):
    """A slowloris client never goes idle; a header/body deadline, not an idle timeout, ends it."""
    conn = socket.create_connection(("127.0.0.1", served.port), timeout=5)
    if what == "headers":
        conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    else:
        conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100000\r\n\r\n{")
    try:
        took = _closed_within(conn, 25, b"a")
    finally:
        conn.close()
    assert took is not None, f"a {what} trickle was still open after 25 s"


@pytest.mark.skipif(not SLOW, reason="waits out a server timeout; KLIK_HARNESS_SLOW=1 runs it")
def test_idle_kept_alive_connections_are_closed(served):
    conn = socket.create_connection(("127.0.0.1", served.port), timeout=30)
    started = time.monotonic()
    assert conn.recv(100) == b""
    assert time.monotonic() - started < 25
    conn.close()


# --- /health ------------------------------------------------------------------------------------------

def _health(port: int) -> tuple[int, str]:
    answer = raw(port, b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    return status_of(answer), answer.decode("utf-8", "replace")


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "empty":
        path.write_bytes(b"")
    elif how == "truncated":
        path.write_bytes(data[: max(1, len(data) // 2)])
    else:
        path.write_bytes(b"\x00\x9f garbage \xff" * 10)


def _data_file(db: Path, target: str, team: str) -> Path:
    """The file to damage; one this store's layout has not written (yet) is skipped."""
    if target == "workspace":
        files = sorted(db.parent.glob(f"*/{team}/*.json"))
        if not files:
            pytest.skip(f"no workspace file for {team} beside {db} in this store's layout")
        return max(files, key=lambda p: p.stat().st_mtime_ns)
    path = db.parent / target
    if not path.exists() or not path.stat().st_size:
        pytest.skip(f"no {target} in this store's layout")
    return path


@pytest.mark.parametrize(("target", "how"), [
    pytest.param(target, how, id=f"{how}-{target}")
    for target in ("klik.json", "klik.tasks.json", "workspace", "klik.json.wal")
    for how in ("empty", "truncated", "garbage")
    if SLOW or (how, target) == ("truncated", "workspace")])
def test_health_is_503_while_a_file_is_damaged_and_200_again_once_it_is_back(tmp_path, fake, target, how):
    from blackbox_kit import cli

    db = tmp_path / "klik.json"
    assert cli(db, "import", "tests/fixtures/exports/tsv-unknown-labels.tsv.txt").returncode == 0
    assert cli(db, "done", "433", "1", team="T0HEALTH").returncode == 0
    server = Serve(db, fake.api_url)
    try:
        assert _health(server.port)[0] == 200
        path = _data_file(db, target, "T0HEALTH")
        good = tmp_path / "good-copy"
        shutil.copyfile(path, good)
        _damage(path, how)
        status, answer = _health(server.port)
        assert status == 503, f"/health {status} with {path.name} {how}: {answer[-300:]}"
        if target != "klik.tasks.json":  # the knowledge in memory still answers; the store cannot
            status, text = Client(server.port).post(*slash("done 433 2", team="T0HEALTH"))
            assert "markerede trin 2" not in text
        shutil.copyfile(good, path)
        assert _health(server.port)[0] == 200
        assert "1 af 7 trin" in steps_of(server.port, "T0HEALTH")
    finally:
        assert stop(server) == 0
    assert no_traceback(server.output), server.output


# --- graceful stop ------------------------------------------------------------------------------------

def test_sigterm_answers_the_request_in_flight_and_exits_0_despite_idle_kept_alive_clients(tmp_path, fake):
    server = Serve(tmp_path / "klik.json", fake.api_url)
    entered, answer = threading.Event(), fake.answer

    def slow_users_info(method, body):
        if method == "users.info":
            entered.set()
            time.sleep(1.5)
        return answer(method, body)

    fake.answer = slow_users_info
    idle = [Client(server.port) for _ in range(5)]
    for c in idle:
        assert c.get("/health")[0] == 200  # open, kept alive, then idle
    result: dict = {}

    def in_flight():
        result["answer"] = Client(server.port).post(*slash("assign 433 ansvarlig <@U0NEWPERSON>",
                                                           team="T0TERM"))

    try:
        with running([in_flight], timeout=20):
            assert entered.wait(20), "the command never asked users.info"
            started = time.monotonic()
            server.signal(signal.SIGTERM)
        code = server.wait(20)
        took = time.monotonic() - started
    finally:
        fake.answer = answer
        if server.proc.poll() is None:
            server.kill()
    assert code == 0
    assert result["answer"][0] == 200, result
    assert took < 8, f"SIGTERM took {took:.1f} s with idle kept-alive clients"
    assert no_traceback(server.output), server.output
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=2)

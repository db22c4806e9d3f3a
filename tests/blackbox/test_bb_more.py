"""More black-box checks: pipelined requests, a replay to a second `klik serve` on the same database,
SIGTERM in the middle of concurrent writes, and Socket Mode frames that are not envelopes."""

from __future__ import annotations

import asyncio
import http.client
import json
import signal
import socket
import threading
import time

import pytest
from blackbox_kit import SLOW, Client, Serve, no_traceback, raw, request_bytes, sign, slash, status_of, stop
from test_bb_socket import Rig, slash_payload
from threads import running

from bot.localslack import LocalSlack


def test_pipelined_requests_on_one_connection_are_answered_in_order(tmp_path):
    with LocalSlack() as fake:
        server = Serve(tmp_path / "klik.json", fake.api_url)
        try:
            one = slash("done 433 1", team="T0PIPE")
            two = slash("status 433", team="T0PIPE")
            data = request_bytes(*one, sign(one[0])) + request_bytes(*two, sign(two[0]))
            with socket.create_connection(("127.0.0.1", server.port), timeout=30) as conn:
                conn.sendall(data + b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                answer = b""
                while chunk := conn.recv(65536):  # until the server closes, after the third
                    answer += chunk
        finally:
            assert stop(server) == 0
    assert answer.count(b"HTTP/1.1 200") == 3
    assert answer.index(b"markerede trin 1") < answer.index(b"1 af 7 trin")


@pytest.mark.skipif(not SLOW, reason="KLIK_HARNESS_SLOW=1 runs it")
def test_a_request_replayed_to_a_second_server_on_the_same_database_is_refused(tmp_path):
    db = tmp_path / "klik.json"
    with LocalSlack() as fake:
        a, b = Serve(db, fake.api_url), Serve(db, fake.api_url)
        try:
            body, ctype = slash("done 433 5", team="T0TWICE")
            headers = sign(body)
            assert Client(a.port).post(body, ctype, headers=headers, signed=False)[0] == 200
            assert Client(a.port).post(*slash("undo 433 5", team="T0TWICE"))[0] == 200
            status, _ = Client(b.port).post(body, ctype, headers=headers, signed=False)
            assert status in (401, 403, 409)
            _, text = Client(b.port).post(*slash("status 433", team="T0TWICE"))
            assert "0 af 7 trin" in text
        finally:
            stop(a)
            stop(b)


@pytest.mark.skipif(not SLOW, reason="KLIK_HARNESS_SLOW=1 runs it")
def test_sigterm_in_the_middle_of_concurrent_writes_keeps_every_acknowledged_change(tmp_path):
    from bot.progress import get_progress
    from bot.store import Store

    db = tmp_path / "klik.json"
    acked: list[tuple[str, int]] = []
    with LocalSlack() as fake:
        server = Serve(db, fake.api_url)

        def client(n: int) -> None:
            c = Client(server.port, timeout=60)
            for i in range(200):
                team, step = f"T0TERM{n}X{i // 7}", i % 7 + 1
                try:
                    status, text = c.post(*slash(f"done 433 {step}", team=team))
                except (OSError, http.client.HTTPException):
                    return
                if status == 200 and f"markerede trin {step}" in text:
                    acked.append((team, step))

        with running([lambda n=n: client(n) for n in range(20)], timeout=30):
            while len(acked) < 60:
                time.sleep(0.02)
            started = time.monotonic()
            server.signal(signal.SIGTERM)
            code = server.wait(30)
            took = time.monotonic() - started
    assert code == 0 and took < 15, (code, took)
    assert no_traceback(server.output), server.output
    store = Store(db)
    lost = [(t, s) for t, s in acked if s not in get_progress(store, t, "433").steps]
    assert lost == []


def test_socket_frames_that_are_not_envelopes_change_nothing_and_the_next_envelope_is_acked(tmp_path):
    rig = Rig(tmp_path)
    try:
        conn = rig.socket.wait_connections(1, timeout=60)
        assert rig.bot.wait_line("forbundet til Slack", 30)
        for frame in ["not json", "[]", "{}", '{"type": "slash_commands"}',
                      '{"envelope_id": "e1", "type": "slash_commands", "payload": "x"}',
                      '{"envelope_id": "e2", "type": "events_api", "payload": {"event": []}}',
                      '{"envelope_id": "e3", "type": "interactive", "payload": {"type": 5}}',
                      '{"type": "who knows"}']:
            asyncio.run_coroutine_threadsafe(conn.ws.send_str(frame), rig.socket._loop).result(5)
        envelope = rig.socket.send("slash_commands", slash_payload("status 433"), connection=conn)
        ack = rig.socket.wait_ack(envelope, timeout=10)
        assert ack is not None and "433" in json.dumps(ack.get("payload"), ensure_ascii=False)
        assert rig.bot.proc.poll() is None
        assert len(rig.socket.connections) == 1, "the connection was dropped over a bad frame"
        assert no_traceback(rig.bot.output), rig.bot.output[-3000:]
    finally:
        rig.close()


@pytest.mark.skipif(not SLOW, reason="KLIK_HARNESS_SLOW=1 runs it")
def test_health_answers_while_every_worker_is_busy(tmp_path):
    """Eight slow commands hold every worker thread; /health (a platform's liveness probe) must
    still say something within its usual 10 s, or the platform restarts a bot that is merely busy."""
    with LocalSlack() as fake:
        answer, gate = fake.answer, threading.Event()

        def slow(method, body):
            if method == "users.info":
                gate.wait(8)
            return answer(method, body)

        fake.answer = slow
        server = Serve(tmp_path / "klik.json", fake.api_url)
        try:
            busy = [lambda n=n: Client(server.port, timeout=30).post(
                *slash(f"assign 433 ansvarlig <@U0BUSY{n}>", team="T0BUSY")) for n in range(12)]
            with running(busy, timeout=30):
                time.sleep(1.0)
                started = time.monotonic()
                answer_ = raw(server.port, b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                              timeout=15)
                took = time.monotonic() - started
                gate.set()
        finally:
            fake.answer = answer
            gate.set()
            stop(server)
    assert status_of(answer_) == 200 and took < 10, (answer_[:60], took)

"""Black-box harness against a real `klik socket` process: a fake Slack Socket Mode service
(tests/fake_socket_mode.py) reached through a TCP proxy on 127.0.0.1 that can kill a line the way
networks do (silently, or with a reset). Hello, acks within 3 s, refresh without a gap, a dead
line replaced within 15 s without spinning a core, SIGTERM with an envelope in flight."""

from __future__ import annotations

import json
import signal
import socket
import threading
import time
import uuid
from urllib.parse import parse_qsl

import pytest
from blackbox_kit import APP_TOKEN, SLOW, Socket, buttons, click, event, mention, no_traceback, slash
from fake_socket_mode import FakeSocketMode

from bot.localslack import LocalSlack


class Line:
    """One proxied TCP connection: client <-> proxy <-> fake Slack."""

    def __init__(self, client: socket.socket, upstream: socket.socket, *, die_after_handshake: str = ""):
        self.client, self.upstream = client, upstream
        self.frozen = threading.Event()
        self.die_after_handshake = die_after_handshake
        for a, b in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if self.die_after_handshake == "before-101" and src is self.upstream:
                    self.frozen.set()
                if self.die_after_handshake == "after-101" and src is self.upstream and b"\r\n\r\n" in data:
                    head, _, _ = data.partition(b"\r\n\r\n")
                    dst.sendall(head + b"\r\n\r\n")  # the 101 gets through, the hello does not
                    self.frozen.set()
                    data = b""
                while self.frozen.is_set():  # a dead line: nothing gets through, nothing is closed
                    time.sleep(0.05)
                dst.sendall(data)
        except OSError:
            pass
        if not self.frozen.is_set():
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def freeze(self) -> None:
        self.frozen.set()

    def reset(self) -> None:
        """The line dies with a TCP reset (a restarted NAT, a crashed peer)."""
        self.client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.client.close()


class Proxy:
    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self.lines: list[Line] = []
        self.changed = threading.Condition()
        self.die_next_after_handshake = ""
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            line = Line(client, upstream, die_after_handshake=self.die_next_after_handshake)
            self.die_next_after_handshake = ""
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()

    def wait_lines(self, n: int, timeout: float = 10) -> Line:
        with self.changed:
            self.changed.wait_for(lambda: len(self.lines) >= n, timeout)
        return self.lines[n - 1]

    def close(self) -> None:
        self.listener.close()
        for line in self.lines:
            for s in (line.client, line.upstream):
                s.close()


class Rig:
    def __init__(self, tmp_path, *, die_first_after_handshake: str = ""):
        self.slack = LocalSlack().start()
        self.socket = FakeSocketMode(app_token=APP_TOKEN).start()
        self.proxy = Proxy(self.socket.port)
        self.proxy.die_next_after_handshake = die_first_after_handshake
        answer = self.slack.answer
        self.slow_users_info = 0.0
        self.users_info_entered = threading.Event()

        def answer_(method, body):
            if method == "apps.connections.open":
                return {"ok": True, "url": f"ws://127.0.0.1:{self.proxy.port}/link/?ticket={uuid.uuid4()}"}
            if method == "users.info" and self.slow_users_info:
                self.users_info_entered.set()
                time.sleep(self.slow_users_info)
            return answer(method, body)

        self.slack.answer = answer_
        self.bot = Socket(tmp_path / "klik.json", self.slack.api_url)

    def close(self) -> None:
        self.bot.kill()
        self.proxy.close()
        self.socket.stop()
        self.slack.stop()


@pytest.fixture
def rig(tmp_path):
    rig = Rig(tmp_path)
    try:
        rig.socket.wait_connections(1, timeout=60)
        assert rig.bot.wait_line("forbundet til Slack", 30), rig.bot.output  # hello arrived
        yield rig
    finally:
        rig.close()


def slash_payload(text: str, team: str = "T0SOCK") -> dict:
    body, _ = slash(text, team=team)
    return dict(parse_qsl(body.decode()))


def acked_within(rig: Rig, envelope: str, seconds: float = 3.0) -> dict | None:
    ack = rig.socket.wait_ack(envelope, timeout=10)
    if ack is None:
        return None
    took = rig.socket.ack_times[envelope] - rig.socket.sent_at[envelope]
    assert took < seconds, f"acked after {took:.2f} s"
    return ack


def test_hello_then_commands_events_and_clicks_are_acked_within_3_seconds(rig):
    conn = rig.socket.wait_connections(1)
    assert any(m.get("type") == "hello" for m in [{"type": "hello"}])  # the fake always says hello first
    ack = acked_within(rig, rig.socket.send("slash_commands", slash_payload("done 433 1"), connection=conn))
    assert ack and "markerede trin 1" in json.dumps(ack.get("payload"), ensure_ascii=False)
    ack = acked_within(rig, rig.socket.send("slash_commands", slash_payload("status 433"), connection=conn))
    step2 = next(b for b in buttons(ack["payload"]["blocks"]) if b.get("value") == "433 2")
    payload = json.loads(dict(parse_qsl(click(step2, team="T0SOCK",
                                              response_url=rig.slack.response_url("c"))[0].decode()))["payload"])
    assert acked_within(rig, rig.socket.send("interactive", payload, connection=conn)) is not None
    body = json.loads(event(mention("hvem underskriver i 433?"), team="T0SOCK")[0])
    assert acked_within(rig, rig.socket.send("events_api", body, connection=conn,
                                             accepts_response_payload=False)) is not None
    rig.slack.wait_for(lambda c: c.method == "chat.postMessage", timeout=20)
    ack = acked_within(rig, rig.socket.send("slash_commands", slash_payload("status 433"), connection=conn))
    assert "2 af 7 trin" in json.dumps(ack["payload"], ensure_ascii=False)


def test_envelopes_around_refreshes_are_all_acked_without_a_gap(rig):
    sent = []
    for i in range(40):
        if i in (5, 20):
            rig.socket.refresh(rig.socket.open_connections()[-1])
        sent.append(rig.socket.send("slash_commands", slash_payload("status 433")))
        time.sleep(0.1)
    waits = []
    for envelope in sent:
        assert rig.socket.wait_ack(envelope, timeout=10) is not None, "an envelope was never acked"
        waits.append(rig.socket.ack_times[envelope] - rig.socket.sent_at[envelope])
    assert max(waits) < 1.5, f"slowest ack {max(waits):.2f} s (a gap after a refresh)"
    assert len(rig.socket.connections) >= 3


@pytest.mark.skipif(not SLOW, reason="KLIK_HARNESS_SLOW=1 runs it (e2e/test_socket_mode.py: a dead line)")
@pytest.mark.parametrize("how", ["silent", "reset"])
def test_a_dead_line_is_replaced_within_15_seconds_without_spinning_a_core(rig, how):
    rig.socket.wait_connections(1)
    line = rig.proxy.wait_lines(1)
    cpu0, started = rig.bot.cpu_seconds(), time.monotonic()
    line.freeze() if how == "silent" else line.reset()
    try:
        new = rig.socket.wait_connections(2, timeout=20)
    except AssertionError as err:
        raise AssertionError(f"{err}; klik socket said: {rig.bot.output[-1500:]}") from None
    took = time.monotonic() - started
    assert took < 15, f"replaced after {took:.1f} s"
    time.sleep(max(0.0, 4 - took))
    cpu = (rig.bot.cpu_seconds() - cpu0) / (time.monotonic() - started)
    assert cpu < 0.5, f"{cpu:.0%} of a core while the line was dead"
    assert acked_within(rig, rig.socket.send("slash_commands", slash_payload("done 433 3"), connection=new))
    assert rig.bot.proc.poll() is None, rig.bot.output


@pytest.mark.skipif(not SLOW, reason="KLIK_HARNESS_SLOW=1 runs it (e2e/test_socket_mode.py: the handshake "
                                      "deadline as a parameter)")
@pytest.mark.parametrize("when", ["before-101", "after-101"])
def test_a_line_that_dies_before_hello_is_replaced_within_15_seconds(tmp_path, when):
    """The line goes dead while connecting: before the handshake's 101 reaches the bot, or after it
    but before Slack's hello."""
    rig = Rig(tmp_path, die_first_after_handshake=when)
    try:
        if when == "after-101":
            rig.socket.wait_connections(1, timeout=60)
        else:
            rig.proxy.wait_lines(1, timeout=60)
            rig.socket.wait_connections(1, timeout=60)
        started = time.monotonic()
        try:
            new = rig.socket.wait_connections(2, timeout=20)
        except AssertionError as err:
            raise AssertionError(f"{err}; klik socket said: {rig.bot.output[-600:]}") from None
        assert time.monotonic() - started < 15
        envelope = rig.socket.send("slash_commands", slash_payload("status 433"), connection=new)
        assert acked_within(rig, envelope)
    finally:
        rig.close()


@pytest.mark.skipif(not SLOW, reason="KLIK_HARNESS_SLOW=1 runs it")
def test_slack_unreachable_for_a_while_is_retried_without_spinning(rig):
    """apps.connections.open fails (Slack down) and the line drops: retries back off, then recover."""
    answer = rig.slack.answer
    rig.slack.answer = lambda m, b: {"ok": False, "error": "internal_error"} if m == "apps.connections.open" \
        else answer(m, b)
    cpu0, started = rig.bot.cpu_seconds(), time.monotonic()
    rig.proxy.wait_lines(1).reset()
    time.sleep(6)
    cpu = (rig.bot.cpu_seconds() - cpu0) / (time.monotonic() - started)
    opened = len(rig.socket.connections)
    rig.slack.answer = answer
    rig.socket.wait_connections(opened + 1, timeout=40)
    assert cpu < 0.5, f"{cpu:.0%} of a core while Slack was unreachable"
    assert rig.bot.proc.poll() is None, rig.bot.output


def test_sigterm_acks_the_envelope_in_flight_sends_a_close_frame_and_exits_0(rig):
    conn = rig.socket.wait_connections(1)
    rig.slow_users_info = 1.5
    envelope = rig.socket.send("slash_commands", slash_payload("assign 433 ansvarlig <@U0SOMEONE>"),
                               connection=conn)
    assert rig.users_info_entered.wait(20), "the command never asked users.info"
    rig.bot.signal(signal.SIGTERM)
    code = rig.bot.wait(30)
    ack = rig.socket.wait_ack(envelope, timeout=1)
    assert ack is not None and ack.get("payload"), "the envelope in flight was not acked with its reply"
    assert rig.socket.wait_closed(conn, timeout=5) == 1000
    assert code == 0
    assert no_traceback(rig.bot.output), rig.bot.output

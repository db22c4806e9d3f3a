"""A fake of Slack's Socket Mode service on 127.0.0.1, speaking the real protocol: the app asks
apps.connections.open for a WebSocket URL, the socket says `hello`, delivers envelopes
({envelope_id, type, payload, accepts_response_payload, retry_attempt, retry_reason}), and takes
acks ({envelope_id, payload?}). It can ask for a refresh (`disconnect` / refresh_requested) and
can drop a connection the way a dead network does: no close frame, no FIN, no pongs, or let a
line die while connecting (the upgrade request read, the 101 never sent)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web


@dataclass
class Connection:
    number: int
    ws: web.WebSocketResponse
    transport: Any
    opened_at: float
    closed_with: int | None = None  # the close code the client sent, if it closed
    black_holed: bool = False
    received: list[dict] = field(default_factory=list)


class FakeSocketMode:
    def __init__(self, *, app_token: str = "xapp-1-test"):
        self.app_token = app_token
        self.connections: list[Connection] = []
        self.acks: dict[str, dict] = {}
        self.ack_times: dict[str, float] = {}
        self.sent_at: dict[str, float] = {}
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._cond = threading.Condition()
        self.port = 0
        self.to_stall = 0  # handshakes still to leave unanswered (stall_handshakes)
        self.stalled: list[float] = []  # when each unanswered handshake arrived

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> FakeSocketMode:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._released.set)  # stalled handshakes end
        for conn in self.connections:  # a dead line never ends on its own
            self._loop.call_soon_threadsafe(conn.transport.abort)
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link/?ticket={uuid.uuid4()}"

    async def _serve(self) -> None:
        self._released = asyncio.Event()
        app = web.Application()
        app.router.add_post("/api/apps.connections.open", self._open)
        app.router.add_get("/link/", self._link)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def _open(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {self.app_token}":
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response({"ok": True, "url": self.ws_url()})

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        if self.to_stall:
            self.to_stall -= 1
            self.stalled.append(time.monotonic())
            await self._released.wait()  # no 101: the client's handshake deadline has to end it
            raise web.HTTPServiceUnavailable()
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        conn = Connection(number=len(self.connections) + 1, ws=ws, transport=request.transport,
                          opened_at=time.monotonic())
        with self._cond:
            self.connections.append(conn)
            self._cond.notify_all()
        await ws.send_str(json.dumps({"type": "hello", "num_connections": len(self.open_connections()),
                                      "debug_info": {"host": "fake", "approximate_connection_time": 18060},
                                      "connection_info": {"app_id": "A0TEST"}}))
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                data = json.loads(msg.data)
                conn.received.append(data)
                if "envelope_id" in data:
                    with self._cond:
                        self.acks[data["envelope_id"]] = data
                        self.ack_times[data["envelope_id"]] = time.monotonic()
                        self._cond.notify_all()
        conn.closed_with = ws.close_code
        with self._cond:
            self._cond.notify_all()
        return ws

    # -- what a test does ---------------------------------------------------------------------

    def open_connections(self) -> list[Connection]:
        return [c for c in self.connections if not c.ws.closed and not c.black_holed]

    def wait_open(self, timeout: float = 30.0) -> Connection:
        """The newest open connection, waiting for one (a loaded machine may still be connecting,
        or replacing a line whose pong came late)."""
        with self._cond:
            self._cond.wait_for(self.open_connections, timeout)
        open_now = self.open_connections()
        assert open_now, f"no open connection after {timeout} s ({len(self.connections)} opened)"
        return open_now[-1]

    def wait_connections(self, n: int, timeout: float = 20.0) -> Connection:
        """Wait until `n` connections were opened; returns the n-th."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.connections) >= n, timeout)
        assert len(self.connections) >= n, f"only {len(self.connections)} connections"
        return self.connections[n - 1]

    def send(self, kind: str, payload: dict, *, connection: Connection | None = None,
             accepts_response_payload: bool = True) -> str:
        """Deliver an envelope on `connection` (default: the newest open one); returns its id."""
        conn = connection or self.wait_open()
        envelope_id = str(uuid.uuid4())
        message = {"envelope_id": envelope_id, "type": kind, "payload": payload,
                   "accepts_response_payload": accepts_response_payload, "retry_attempt": 0,
                   "retry_reason": ""}
        self.sent_at[envelope_id] = time.monotonic()
        asyncio.run_coroutine_threadsafe(conn.ws.send_str(json.dumps(message)), self._loop).result(5)
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict | None:
        with self._cond:
            self._cond.wait_for(lambda: envelope_id in self.acks, timeout)
            return self.acks.get(envelope_id)

    def refresh(self, connection: Connection | None = None) -> None:
        """Slack's `disconnect` (refresh_requested): the app should move to a new connection."""
        conn = connection or self.wait_open()
        message = {"type": "disconnect", "reason": "refresh_requested", "debug_info": {"host": "fake"}}
        asyncio.run_coroutine_threadsafe(conn.ws.send_str(json.dumps(message)), self._loop).result(5)

    def stall_handshakes(self, n: int = 1) -> None:
        """The next `n` connections die while connecting: the upgrade request is read, and the 101
        never comes (nothing is closed either)."""
        self.to_stall = n

    def black_hole(self, connection: Connection | None = None) -> Connection:
        """The line goes dead: nothing more is read or written on it, and no close frame or FIN
        is sent (as when a NAT or firewall forgets the connection)."""
        conn = connection or self.wait_open()
        conn.black_holed = True
        self._loop.call_soon_threadsafe(conn.transport.pause_reading)
        return conn

    def wait_closed(self, connection: Connection, timeout: float = 10.0) -> int | None:
        with self._cond:
            self._cond.wait_for(lambda: connection.closed_with is not None, timeout)
        return connection.closed_with

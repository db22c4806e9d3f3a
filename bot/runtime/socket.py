"""Socket Mode that survives a dropped line, for the (synchronous) bolt App.

Why this client: bolt's synchronous adapters use slack_sdk's `builtin` client (on a connection
dropped without a close frame it spins a core and reconnects after ~a minute; after a refresh the
new connection is not read for ~3 s) or `websocket_client` (no pong deadline: a dead line is found
only by TCP, minutes later). The `websockets` adapter waits ping_interval + 20 s. slack_sdk's
`aiohttp` client pings every PING_SECONDS and drops a connection whose pong is late (aiohttp's
heartbeat), so a dead line is replaced within ~2 x PING_SECONDS. It is asyncio-only, so it runs
in its own thread here and hands each envelope to the bolt App on a thread pool (as bolt's own
adapters do with `run_bolt_app`), then sends the ack with the listener's response payload.

A `disconnect` message (Slack's refresh, ~every few hours) is handled with an overlap: a second
connection is opened and takes over before the old one is closed, so no envelope waits.
Stopping (SIGTERM/SIGINT): take no new envelopes (Slack sends them again elsewhere), finish and
ack those in flight, then close with a close frame.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_bolt.adapter.socket_mode.internals import run_bolt_app
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.config import ConfigError

PING_SECONDS = 3.0
# Seconds the WebSocket handshake may take. aiohttp's default is 5 minutes: a line that died
# while connecting (the 101 never came) left `klik socket` waiting that long with no connection.
CONNECT_SECONDS = 5.0
WORKERS = 8
log = logging.getLogger("klik.socket")


def _response(req: SocketModeRequest, bolt_resp) -> SocketModeResponse | None:
    """The ack for an envelope (bolt's send_response, as a value)."""
    import json

    if bolt_resp.status != 200:
        log.info("Socket Mode: bolt answered %s for envelope %s", bolt_resp.status, req.envelope_id)
        return SocketModeResponse(envelope_id=req.envelope_id)
    body = bolt_resp.body
    if not body:
        return SocketModeResponse(envelope_id=req.envelope_id)
    content_type = bolt_resp.headers.get("content-type", [""])[0]
    payload = json.loads(body) if content_type.startswith("application/json") else {"text": body}
    return SocketModeResponse(envelope_id=req.envelope_id, payload=payload)


class SocketModeRunner:
    """Runs the bolt `app` over Socket Mode until `stop()`."""

    def __init__(self, app: App, *, app_token: str, api_url: str | None = None,
                 ping_interval: float = PING_SECONDS, connect_timeout: float = CONNECT_SECONDS,
                 workers: int = WORKERS):
        self.app, self.app_token, self.api_url = app, app_token, api_url
        self.ping_interval, self.connect_timeout = ping_interval, connect_timeout
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="klik-socket")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="klik-socket-loop", daemon=True)
        self._client = None
        self._in_flight = 0
        self._stopping = False

    # -- lifecycle (called from the main thread) ----------------------------------------------

    def start(self, timeout: float = 30.0) -> None:
        """Connect; a token Slack refuses raises ConfigError."""
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._open(), self._loop)
        try:
            self._client = future.result(timeout)
        except Exception as exc:
            self._loop.call_soon_threadsafe(self._loop.stop)
            error = getattr(getattr(exc, "response", None), "get", lambda _k: None)("error")
            if error:
                raise ConfigError(f"Slack afviste SLACK_APP_TOKEN ({error}): lav et app-level token med "
                                  "scopet connections:write under Basic Information, og slå Socket Mode "
                                  "til under Socket Mode i Slack-appen.") from None
            raise

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful: read no more envelopes, ack those already read (up to `timeout`), then close
        with a close frame. What was not read is not acked, so Slack delivers it again."""
        self._stopping = True
        client = self._client
        if client is not None:
            asyncio.run_coroutine_threadsafe(self._stop_reading(client), self._loop).result(timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and (self._in_flight or self._queued(client)):
            time.sleep(0.02)
        if self._client is not None:
            asyncio.run_coroutine_threadsafe(self._close(self._client), self._loop).result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._pool.shutdown(wait=False)

    # -- inside the event loop ----------------------------------------------------------------

    async def _open(self):
        from slack_sdk.socket_mode.aiohttp import SocketModeClient
        from slack_sdk.web.async_client import AsyncWebClient

        runner = self

        class Client(SocketModeClient):
            async def run_message_listeners(self, message: dict, raw_message: str) -> None:
                if message.get("type") == "disconnect":
                    await runner._refresh(self, message)
                    return
                await super().run_message_listeners(message, raw_message)

        web = AsyncWebClient(token=self.app_token, base_url=self.api_url or AsyncWebClient.BASE_URL,
                             timeout=10)
        client = Client(app_token=self.app_token, web_client=web, ping_interval=self.ping_interval,
                        logger=_sdk_log())
        await client.aiohttp_client_session.close()  # the SDK's has no handshake deadline
        client.aiohttp_client_session = _session(self.connect_timeout)
        client.socket_mode_request_listeners.append(self._on_request)
        try:
            client.wss_uri = await client.issue_new_wss_url()  # a refused token raises here, once
        except Exception:
            await client.close()
            raise
        await client.connect()
        return client

    async def _refresh(self, old, message: dict) -> None:
        """Slack asked this connection to go: open the next one first, then let the old one go."""
        log.info("Socket Mode: Slack beder om en ny forbindelse (%s)", message.get("reason"))
        if self._stopping:
            return
        new = await self._open()
        self._client = new
        old.auto_reconnect_enabled = False
        old.default_auto_reconnect_enabled = False
        await asyncio.sleep(0.5)  # acks of envelopes the old connection is still handling
        await self._close(old)

    @staticmethod
    def _queued(client) -> bool:
        return client is not None and not client.message_queue.empty()

    @staticmethod
    async def _stop_reading(client) -> None:
        client.auto_reconnect_enabled = client.default_auto_reconnect_enabled = False
        for task in (client.message_receiver, client.current_session_monitor):
            if task is not None:
                task.cancel()

    async def _on_request(self, client, req: SocketModeRequest) -> None:
        from bot.runtime.shape import malformed

        self._in_flight += 1
        try:
            if malformed(req.payload):  # acked (Slack would only resend it), never run
                log.warning("Socket Mode: envelope %s er ikke formet som en Slack-besked", req.envelope_id)
                await client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
                return
            loop = asyncio.get_running_loop()
            bolt_resp = await loop.run_in_executor(self._pool, run_bolt_app, self.app, req)
            await client.send_socket_mode_response(_response(req, bolt_resp))
        except Exception:
            log.exception("Socket Mode: envelope %s kunne ikke behandles", req.envelope_id)
        finally:
            self._in_flight -= 1

    @staticmethod
    async def _close(client) -> None:
        await client.close()  # a close frame, then the aiohttp session


def _session(connect_timeout: float):
    """The aiohttp session for the WebSocket: connect and handshake time out after `connect_timeout`
    (the SDK then retries after its ping interval); once the socket is open aiohttp lifts the read
    timeout, and dead lines are found by the pings."""
    import aiohttp

    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None, sock_connect=connect_timeout,
                                                               sock_read=connect_timeout))


class _NoRetryTraceback(logging.Filter):
    """The SDK logs each failed connection attempt with a traceback; a network that is down is
    worth one line per attempt, not a screenful."""

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith("Failed to connect"):
            record.exc_info, record.exc_text = None, None
        return True


def _sdk_log() -> logging.Logger:
    logger = logging.getLogger("klik.socket.sdk")
    if not any(isinstance(f, _NoRetryTraceback) for f in logger.filters):
        logger.addFilter(_NoRetryTraceback())
    return logger

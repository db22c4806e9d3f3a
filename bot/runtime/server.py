"""HTTP mode on waitress: Slack POSTs to /slack/events, platforms and admins GET /health.

Why waitress: the bot is one process by design (knowledge and answer index, scheduler and file
store live in it) and waitress is that: one process, a bounded thread pool, and an event loop where
slow clients wait without holding a thread (gunicorn pre-forks workers that would each build the
index and run the scheduler). It is pure Python, runs on Linux and Windows, parses requests itself
and refuses malformed ones (two Content-Length headers, bad chunking) with a 400, caps header and
body sizes, and closes idle or stalled connections. The bolt app is served through bolt's own WSGI
adapter.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

PATH = "/slack/events"
HEALTH_PATHS = ("/", "/health")
MAX_BODY = 1 << 20  # Slack's payloads are far smaller; a bigger body gets 413 before it is read
MAX_HEADERS = 64 << 10
THREADS = 8  # requests handled at once; more wait in the event loop, not in a thread each
IDLE_TIMEOUT = 10  # seconds a connection may sit idle or stall mid-request
# Seconds a request may take to arrive, headers and body: an idle timeout never fires for a client
# that trickles a byte now and then (slowloris), so each request also has a deadline. Slack sends a
# whole request at once.
REQUEST_DEADLINE = 10
CONNECTION_LIMIT = 1000
# How long waitress's event loop may sleep in poll() when nothing happens. Waitress coerces this
# setting with int(), so a fraction (0.2) became 0: poll() never slept and an idle server burnt
# most of a core. A response or a stop wakes the loop through its trigger pipe anyway.
LOOP_TIMEOUT = 1
log = logging.getLogger("klik.http")


class SlackWSGI:
    """/slack/events to bolt, /health to `health`, and a count of requests in flight (for a
    graceful stop)."""

    def __init__(self, app: App, *, health: Callable[[], str | None] | None = None):
        self.bolt = _ShapedHandler(app, path=PATH)
        self.health = health or (lambda: None)
        self.in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        if method in ("GET", "HEAD") and path in HEALTH_PATHS:
            return self._health(start_response)
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        if timestamp is not None and not timestamp.strip().isdigit():
            # bolt's verifier does int() on it and a ValueError became a 200 "Beklager" plus a
            # traceback per request: anyone could fill the log
            return _plain(start_response, "401 Unauthorized", "invalid request")
        with self._lock:
            self.in_flight += 1
        try:
            return self.bolt(environ, start_response)
        except (ValueError, AttributeError, TypeError) as exc:
            # not JSON, or JSON of the wrong shape (`payload=[]`): bolt parses before verifying
            log.warning("afviste en forespørgsel, der ikke er en Slack-besked (%s)", type(exc).__name__)
            return _plain(start_response, "400 Bad Request", "bad request")
        finally:
            with self._lock:
                self.in_flight -= 1

    def _health(self, start_response) -> list[bytes]:
        try:
            problem = self.health()
        except Exception as exc:  # a health check reports, it never fails
            problem = f"{type(exc).__name__}: {exc}"
        body = json.dumps({"ok": problem is None, "problem": problem}, ensure_ascii=False).encode()
        start_response("200 OK" if problem is None else "503 Service Unavailable",
                       [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]


class _ShapedHandler(SlackRequestHandler):
    """bolt's WSGI handler, refusing (400) a body that cannot be a Slack payload before bolt's own
    middleware reads it (bot/runtime/shape.py)."""

    def dispatch(self, request):
        from slack_bolt import BoltRequest, BoltResponse

        from bot.runtime.shape import malformed

        bolt_request = BoltRequest(body=request.get_body(), query=request.query_string,
                                   headers=request.get_headers())
        if bolt_request.content_type and malformed(bolt_request.body):
            log.warning("afviste en forespørgsel, der ikke er formet som en Slack-besked")
            return BoltResponse(status=400, body="bad request")
        return self.app.dispatch(bolt_request)


def _plain(start_response, status: str, text: str) -> list[bytes]:
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


class SlackHTTPServer:
    """The app on waitress. `serve_forever()` in the foreground, or `start_background()`; `stop()`
    stops taking connections, lets requests in flight finish, then closes."""

    def __init__(self, app: App, *, host: str = "0.0.0.0", port: int = 3000,
                 health: Callable[[], str | None] | None = None, threads: int = THREADS,
                 idle_timeout: int = IDLE_TIMEOUT, request_deadline: float = REQUEST_DEADLINE):
        from waitress.server import create_server

        self.wsgi = SlackWSGI(app, health=health)
        self.server = create_server(
            self.wsgi, host=host, port=port, threads=threads, max_request_body_size=MAX_BODY,
            max_request_header_size=MAX_HEADERS, channel_timeout=idle_timeout, cleanup_interval=1,
            connection_limit=CONNECTION_LIMIT, backlog=1024, expose_tracebacks=False, ident="klik-bot",
            asyncore_use_poll=True, asyncore_loop_timeout=LOOP_TIMEOUT)
        _enforce_request_deadline(self.server, request_deadline)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server.effective_port

    def serve_forever(self, poll_interval: float | None = None) -> None:
        self.server.run()

    def start_background(self) -> threading.Thread:
        self._thread = threading.Thread(target=self.server.run, name="klik-http", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful: no new connections, requests in flight answered (up to `timeout`), then close."""
        from waitress import wasyncore

        server = self.server
        server.accepting = False
        wasyncore.dispatcher.close(server)  # the listening socket only; the loop keeps writing
        server.pull_trigger()  # poll() in the loop holds the socket open until it wakes up
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and (self.wsgi.in_flight or _unsent(server)):
            time.sleep(0.02)
        server.task_dispatcher.shutdown(timeout=1)
        wasyncore.close_all(server._map)
        if self._thread is not None:
            self._thread.join(2)


def _unsent(server) -> bool:
    """Some connection still has a request being handled or a response not yet sent."""
    return any(ch.requests or ch.total_outbufs_len for ch in list(server.active_channels.values()))


def _enforce_request_deadline(server, deadline: float) -> None:
    """Close a connection whose current request has been arriving for more than `deadline`
    seconds, and refuse (400) a request with both Content-Length and Transfer-Encoding: chunked
    (the request-smuggling shape; RFC 9112 6.3 lets a server reject it)."""
    from waitress.channel import HTTPChannel
    from waitress.parser import HTTPRequestParser, ParsingError

    class Parser(HTTPRequestParser):
        def parse_header(self, header_plus):
            super().parse_header(header_plus)
            if self.chunked and "CONTENT_LENGTH" in self.headers:
                raise ParsingError("Content-Length and Transfer-Encoding together")

    class Channel(HTTPChannel):
        parser_class = Parser
        request_began = 0.0

        def received(self, data):
            if self.request is None and data:
                self.request_began = time.time()  # waitress's maintenance clock
            return super().received(data)

    idle_maintenance = server.maintenance

    def maintenance(now: float) -> None:
        idle_maintenance(now)
        for channel in list(server.active_channels.values()):
            if channel.request is not None and now - getattr(channel, "request_began", now) > deadline:
                channel.will_close = True

    server.channel_class = Channel
    server.maintenance = maintenance

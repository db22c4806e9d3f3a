"""HTTP mode: Slack POSTs to /slack/events; each request is handed to the bolt app on its own thread
(bolt's development server handles one request at a time, which would queue Slack's 3-second acks)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from slack_bolt import App, BoltRequest

PATH = "/slack/events"


class SlackHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # listen backlog; the default 5 resets connections in a burst

    def __init__(self, app: App, *, host: str = "0.0.0.0", port: int = 3000):
        self.app = app
        super().__init__((host, port), _Handler)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05},
                                  name="klik-http", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: SlackHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # bolt logs what matters; no line per request
        pass

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        flow = self.server.app.oauth_flow  # "Add to Slack" when the app installs in many workspaces
        if flow is not None and path in (flow.install_path, flow.redirect_uri_path):
            request = BoltRequest(body="", query=query, headers=dict(self.headers))
            response = (flow.handle_installation(request) if path == flow.install_path
                        else flow.handle_callback(request))
            self._send(response.status, response.headers, response.body)
            return
        # A health check for platforms (and admins): is the process up?
        self._send(200 if self.path.split("?")[0] in ("/", "/health") else 404, {}, "klik-bot kører\n")

    def do_POST(self) -> None:
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        if path != PATH:
            self._send(404, {}, "")
            return
        try:
            request = BoltRequest(body=body, query=query, headers=dict(self.headers))
        except ValueError:  # not JSON / not a Slack payload; nothing was processed
            self._send(400, {}, "bad request")
            return
        response = self.server.app.dispatch(request)
        self._send(response.status, response.headers, response.body)

    def _send(self, status: int, headers: dict, body) -> None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")
        self.send_response(status)
        for name, values in headers.items():
            if name.lower() != "content-length":
                for value in values if isinstance(values, list | tuple) else [values]:
                    self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

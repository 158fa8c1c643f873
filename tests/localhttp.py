"""A real HTTP server on 127.0.0.1 in a thread, for the worker to fetch pages from and post webhooks to.

Tests register routes: `server.route("/page", handler)`, where a handler takes the request and returns
(status, headers, body) or writes the response itself. Every request is recorded with its headers and body.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Reply = tuple[int, dict[str, str], bytes] | None
Handler = Callable[["_Handler", Seen], Reply]


@dataclass
class LocalServer:
    routes: dict[str, Handler] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    def route(self, path: str, handler: Handler | Reply) -> str:
        """Serve `path` (a fixed reply or a handler); returns its full URL."""
        self.routes[path] = handler if callable(handler) else (lambda _h, _s, reply=handler: reply)
        return self.url + path

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> LocalServer:
        owner = self

        class Bound(_Handler):
            server_owner = owner

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Bound)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()


class _Handler(BaseHTTPRequestHandler):
    server_owner: LocalServer
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length) if length else b"")
        self.server_owner.seen.append(seen)
        handler = self.server_owner.routes.get(self.path.split("?", 1)[0])
        reply = handler(self, seen) if handler else (404, {"Content-Type": "text/plain"}, b"no such page")
        if reply is not None:
            self.reply(*reply)

    def reply(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:  # quiet: pytest shows failures, not traffic
        pass

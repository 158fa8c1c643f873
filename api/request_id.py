"""Request ids: `X-Request-ID` is honoured when it looks like an id (1-128 of `A-Za-z0-9._:-`), else one is
generated; it is returned on every response, set for the request's log lines (client.logs.REQUEST_ID) and
sent with the tasks the request queues, so the worker's lines for that document carry it too."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from client.logs import REQUEST_ID

HEADER = "x-request-id"
_VALID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
log = logging.getLogger("recordsmith.api.requests")


def choose(given: str | None) -> str:
    return given if given and _VALID.fullmatch(given) else uuid.uuid4().hex


class RequestIdMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware), so the id is set in the context the route runs in."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v.decode("latin-1") for k, v in scope["headers"] if k == HEADER.encode()), None)
        request_id = choose(given)
        token = REQUEST_ID.set(request_id)
        started, status = time.perf_counter(), 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (HEADER.encode(), request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            # The path, never the query string: a viewer link's token must not reach the logs.
            log.info("%s %s %d %.1f ms", scope["method"], scope["path"], status,
                     (time.perf_counter() - started) * 1000)
            REQUEST_ID.reset(token)

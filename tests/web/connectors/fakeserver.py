"""A local HTTP server on 127.0.0.1 (port 0) that records requests and answers through a function.

Connector tests point a connector's base_url here; nothing ever leaves the machine.
"""
from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


@dataclass
class Request:
    """One request as the fake platform saw it; query and form values are single strings."""

    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    json: Any
    headers: dict[str, str]

    @property
    def fields(self) -> dict[str, str]:
        """Query and form fields together, as the Graph API reads them."""
        return {**self.query, **self.form}


@dataclass
class Answer:
    """What the fake platform sends back; body None means an empty body (204)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Responder = Callable[[Request], Answer]


class FakeServer:
    """Serves one responder in a thread; `requests` lists everything it was sent."""

    def __init__(self, responder: Responder) -> None:
        # A short poll keeps shutdown (and so each test) quick; serve_forever waits this long.
        self.responder = responder
        self.requests: list[Request] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        """The base URL to give a connector."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                parsed = urllib.parse.urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                ctype = self.headers.get("Content-Type", "")
                form = dict(urllib.parse.parse_qsl(raw.decode())) if "form-urlencoded" in ctype else {}
                body = json.loads(raw) if "json" in ctype and raw else None
                request = Request(
                    self.command,
                    parsed.path,
                    dict(urllib.parse.parse_qsl(parsed.query)),
                    form,
                    body,
                    {k.lower(): v for k, v in self.headers.items()},
                )
                server.requests.append(request)
                answer = server.responder(request)
                payload = b"" if answer.body is None else (
                    answer.body.encode() if isinstance(answer.body, str) else json.dumps(answer.body).encode()
                )
                self.send_response(answer.status)
                ctype_out = "text/html" if isinstance(answer.body, str) else "application/json"
                if payload:
                    self.send_header("Content-Type", ctype_out)
                self.send_header("Content-Length", str(len(payload)))
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

            def log_message(self, *args: object) -> None:  # keep pytest output clean
                pass

        return Handler


def closed_port_url() -> str:
    """A 127.0.0.1 URL nothing listens on, to show what an unreachable platform gives."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"

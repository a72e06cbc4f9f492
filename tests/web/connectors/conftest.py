"""Fixture: start a fake platform on 127.0.0.1 for one test and stop it after."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from .fakeserver import FakeServer, Responder


@pytest.fixture
def serve() -> Iterator[Callable[[Responder], FakeServer]]:
    servers: list[FakeServer] = []

    def start(responder: Responder) -> FakeServer:
        server = FakeServer(responder).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _only_loopback(monkeypatch):
    """Fail any test whose connector tries to resolve a real platform host: tests stay on 127.0.0.1."""
    import socket

    real = socket.getaddrinfo

    def guarded(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise AssertionError(f"a connector test tried to reach {host!r}; point base_url at the fake server")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)

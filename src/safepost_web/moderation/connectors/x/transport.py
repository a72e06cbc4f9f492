"""X API v2 over HTTP with an OAuth 2.0 user access token; never retries.

Documented error shape: a problem object {"title", "detail", "type", "status"}, or, with a 200,
{"errors": [{"title", "detail", "type", "resource_type", ...}]} and no "data".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._http import DEFAULT_TIMEOUT, Response, send

DEFAULT_BASE_URL = "https://api.x.com"
NOT_FOUND_TYPE = "https://api.twitter.com/2/problems/resource-not-found"


@dataclass(frozen=True)
class XError:
    """The parts of an X API error the connector decides on."""

    status: int
    types: tuple[str, ...]
    detail: str
    reset_at: float | None  # x-rate-limit-reset, seconds since the epoch


class XTransport:
    """Sends X API v2 calls with the school account's user token."""

    def __init__(self, access_token: str, base_url: str = DEFAULT_BASE_URL, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.access_token = access_token
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def call(self, method: str, path: str, json_body: Any = None) -> Response:
        """One API call, e.g. ("PUT", "/2/tweets/123/hidden", {"hidden": True})."""
        headers = {"Authorization": f"Bearer {self.access_token}"}
        return send(method, f"{self.base_url}{path}", headers=headers, json_body=json_body, timeout=self.timeout)


def x_error(response: Response) -> XError | None:
    """The error in an X answer, or None when the call succeeded."""
    body = response.body if isinstance(response.body, dict) else {}
    errors = [e for e in body.get("errors", []) if isinstance(e, dict)]
    if response.status < 400 and ("data" in body or not errors):
        return None
    problems = errors or [body]
    types = tuple(str(p.get("type", "")) for p in problems)
    detail = "; ".join(str(p.get("detail") or p.get("title") or "") for p in problems).strip("; ")
    try:
        reset_at: float | None = float(response.headers["x-rate-limit-reset"])
    except (KeyError, ValueError):
        reset_at = None
    return XError(response.status, types, detail or (response.body if isinstance(response.body, str) else ""), reset_at)

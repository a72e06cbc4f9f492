"""YouTube Data API v3 over HTTP with an OAuth 2.0 bearer token; never retries.

Documented error shape: {"error": {"code", "message", "errors": [{"domain", "reason", "message"}]}}.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .._http import DEFAULT_TIMEOUT, Response, send

DEFAULT_BASE_URL = "https://www.googleapis.com/youtube/v3"


@dataclass(frozen=True)
class YouTubeError:
    """The parts of a Data API error the connector decides on."""

    status: int
    reasons: tuple[str, ...]
    message: str


class YouTubeTransport:
    """Sends Data API calls; every parameter goes in the query string, as the reference shows."""

    def __init__(self, access_token: str, base_url: str = DEFAULT_BASE_URL, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.access_token = access_token
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def call(self, method: str, path: str, params: Mapping[str, str]) -> Response:
        """One Data API call, e.g. ("POST", "comments/setModerationStatus", {...})."""
        headers = {"Authorization": f"Bearer {self.access_token}"}
        # A POST without a body still needs Content-Length: 0, which an empty form gives.
        form = {} if method == "POST" else None
        return send(method, f"{self.base_url}/{path}", headers=headers, params=params, form=form, timeout=self.timeout)


def youtube_error(response: Response) -> YouTubeError | None:
    """The error in a Data API answer, or None when the call succeeded (200 or 204)."""
    if response.status < 400:
        return None
    body = response.body if isinstance(response.body, dict) else {}
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    reasons = tuple(str(e.get("reason", "")) for e in error.get("errors", []) if isinstance(e, dict))
    message = str(error.get("message", response.body if isinstance(response.body, str) else ""))
    return YouTubeError(response.status, reasons, message)

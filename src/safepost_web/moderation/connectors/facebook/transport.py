"""Graph API over HTTP, shared by Facebook and Instagram (both answer in the same error shape).

Documented shape of an error: {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .._http import DEFAULT_TIMEOUT, Response, send

DEFAULT_BASE_URL = "https://graph.facebook.com/v21.0"


@dataclass(frozen=True)
class GraphError:
    """The parts of a Graph API error body the connectors decide on."""

    status: int
    code: int | None
    subcode: int | None
    type: str
    message: str


class GraphTransport:
    """Sends Graph API calls with the page's access token; never retries."""

    def __init__(self, access_token: str, base_url: str = DEFAULT_BASE_URL, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.access_token = access_token
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def call(self, method: str, path: str, params: Mapping[str, str] | None = None) -> Response:
        """One Graph call: fields go in the form body for POST, in the query otherwise."""
        fields = {**(params or {}), "access_token": self.access_token}
        url = f"{self.base_url}/{path.lstrip('/')}"
        if method == "POST":
            return send(method, url, form=fields, timeout=self.timeout)
        return send(method, url, params=fields, timeout=self.timeout)


def graph_error(response: Response) -> GraphError | None:
    """The error in a Graph answer, or None when the call succeeded."""
    body = response.body if isinstance(response.body, dict) else {}
    error = body.get("error")
    if response.status < 400 and not error:
        return None
    error = error if isinstance(error, dict) else {}
    return GraphError(
        status=response.status,
        code=_int(error.get("code")),
        subcode=_int(error.get("error_subcode")),
        type=str(error.get("type", "")),
        message=str(error.get("message", response.body if isinstance(response.body, str) else "")),
    )


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None

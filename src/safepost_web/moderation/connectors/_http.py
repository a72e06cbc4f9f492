"""The one HTTP helper every platform transport uses: standard library only, no retries.

Retries live in the task layer, which sees ConnectorError.retryable and retry_after; retrying
here too would multiply requests against a platform that has just asked us to slow down.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True)
class Response:
    """A platform's answer: status, lower-cased headers, and the JSON body (None when empty)."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = None


class Unreachable(Exception):
    """The platform could not be reached (refused, timed out, DNS failed)."""


def send(
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    params: Mapping[str, str] | None = None,
    form: Mapping[str, str] | None = None,
    json_body: Any = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Response:
    """Send one request and return the answer, HTTP errors included; raise Unreachable if none."""
    if params:
        url = f"{url}?{urllib.parse.urlencode(params)}"
    data: bytes | None = None
    all_headers = {"Accept": "application/json", **(headers or {})}
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        all_headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif json_body is not None:
        data = json.dumps(json_body).encode()
        all_headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, headers=all_headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return _response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        # An HTTP error is still an answer: the connector reads the platform's error body.
        with error:
            return _response(error.code, error.headers, error.read())
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        raise Unreachable(str(getattr(error, "reason", error))) from error


def _response(status: int, headers: Any, raw: bytes) -> Response:
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        body = json.loads(raw) if raw.strip() else None
    except ValueError:
        # Proxies and outages answer with HTML; keep the text so the connector can say "other".
        body = raw.decode("utf-8", "replace")[:500]
    return Response(status, lowered, body)

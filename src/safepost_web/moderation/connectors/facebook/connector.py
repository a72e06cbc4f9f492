"""Facebook Page moderation: hide, unhide, delete a comment; block or unblock a person."""
from __future__ import annotations

import json

from .. import _messages
from .._http import Response, Unreachable
from ..base import AuthorRef, CommentRef, Connector, ConnectorError
from .transport import DEFAULT_BASE_URL, GraphError, GraphTransport, graph_error

# Graph API error codes, from Meta's "Handle errors" page.
TOKEN_CODES = frozenset({102, 190})
RATE_LIMIT_CODES = frozenset({4, 17, 32, 613, 80001, 80002})
PERMISSION_CODES = frozenset({10, *range(200, 300)})
MISSING_OBJECT_SUBCODE = 33


def graph_to_connector_error(err: GraphError, platform: str, response: Response) -> ConnectorError:
    """Map one Graph API error to the ConnectorError kind the task layer acts on."""
    if err.code in TOKEN_CODES or err.status == 401:
        return _messages.error("expired_token", platform)
    if err.code in RATE_LIMIT_CODES or err.status == 429:
        return _messages.error("rate_limited", platform, retry_after=_regain_seconds(response))
    if err.code == 100 and (err.subcode == MISSING_OBJECT_SUBCODE or "does not exist" in err.message):
        return _messages.error("already_deleted", platform)
    if err.code in PERMISSION_CODES:
        return _messages.error("permission", platform)
    return _messages.error("other", platform, detail=err.message or f"HTTP {err.status}")


def _regain_seconds(response: Response) -> float | None:
    """Seconds until access returns, from X-Business-Use-Case-Usage (minutes) when present."""
    raw = response.headers.get("x-business-use-case-usage", "")
    try:
        usage = json.loads(raw) if raw else {}
        minutes = max(
            int(entry.get("estimated_time_to_regain_access", 0))
            for entries in usage.values()
            for entry in entries
        )
    except (ValueError, TypeError, AttributeError):
        return None
    return float(minutes * 60) if minutes else None


class FacebookConnector(Connector):
    """Moderates comments on the school's Facebook Page with a Page access token."""

    platform = "facebook"
    display_name = "Facebook"

    def __init__(self, access_token: str, page_id: str = "", *, base_url: str = DEFAULT_BASE_URL, timeout: float = 10.0) -> None:
        self.page_id = page_id
        self.transport = GraphTransport(access_token, base_url, timeout)

    def hide(self, comment: CommentRef) -> None:
        """Hide the comment from everyone but its author and their friends."""
        self._call("POST", comment.comment_id, {"is_hidden": "true"})

    def unhide(self, comment: CommentRef) -> None:
        """Show a hidden comment again."""
        self._call("POST", comment.comment_id, {"is_hidden": "false"})

    def delete(self, comment: CommentRef) -> None:
        """Delete the comment from the Page."""
        self._call("DELETE", comment.comment_id)

    def block(self, author: AuthorRef) -> None:
        """Block the person from the Page (they can no longer comment or react)."""
        self._call("POST", f"{author.page_id or self.page_id}/blocked", {"user": author.author_id}, thing="person")

    def unblock(self, author: AuthorRef) -> None:
        """Lift a Page block."""
        self._call("DELETE", f"{author.page_id or self.page_id}/blocked", {"user": author.author_id}, thing="person")

    def _call(self, method: str, path: str, params: dict[str, str] | None = None, *, thing: str = "comment") -> Response:
        try:
            response = self.transport.call(method, path, params)
        except Unreachable as exc:
            raise _messages.error("network", self.display_name, detail=str(exc)) from exc
        err = graph_error(response)
        if err is not None:
            mapped = graph_to_connector_error(err, self.display_name, response)
            if mapped.kind == "already_deleted" and thing != "comment":
                # A missing person is not a deleted comment: say so in the right words.
                mapped = _messages.error("not_found", self.display_name, thing=thing)
            raise mapped
        return response

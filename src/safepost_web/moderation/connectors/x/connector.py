"""X moderation: hide or unhide a reply, block or unblock a person. Deleting others' replies is impossible."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .. import _messages
from .._http import Response, Unreachable
from ..base import AuthorRef, CommentRef, Connector, ConnectorError
from .transport import DEFAULT_BASE_URL, NOT_FOUND_TYPE, XError, XTransport, x_error

NO_DELETE = (
    "X does not let anyone delete another person's reply, so safepost cannot delete it. "
    "Hide it instead (hidden replies leave the conversation), block its author, or report "
    "it on X."
)


def x_to_connector_error(err: XError, now: float, thing: str = "comment") -> ConnectorError:
    """Map one X API error to the ConnectorError kind the task layer acts on."""
    if err.status == 401:
        return _messages.error("expired_token", "X")
    if err.status == 429:
        retry_after = max(1.0, err.reset_at - now) if err.reset_at else None
        return _messages.error("rate_limited", "X", retry_after=retry_after)
    if err.status == 404 or NOT_FOUND_TYPE in err.types:
        return _messages.error("already_deleted" if thing == "comment" else "not_found", "X", thing=thing)
    if err.status == 403:
        return _messages.error("permission", "X")
    return _messages.error("other", "X", detail=err.detail or f"HTTP {err.status}")


class XConnector(Connector):
    """Moderates replies to the school's X account; page_id is the school account's user id."""

    platform = "x"
    display_name = "X"

    def __init__(
        self,
        access_token: str,
        page_id: str = "",
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.page_id = page_id
        self.transport = XTransport(access_token, base_url, timeout)
        self.clock = clock

    def hide(self, comment: CommentRef) -> None:
        """Hide a reply to a conversation the school's account started."""
        self._call("PUT", f"/2/tweets/{comment.comment_id}/hidden", {"hidden": True})

    def unhide(self, comment: CommentRef) -> None:
        """Unhide a hidden reply."""
        self._call("PUT", f"/2/tweets/{comment.comment_id}/hidden", {"hidden": False})

    def delete(self, comment: CommentRef) -> None:
        """Always refuses: X only lets an author delete their own post."""
        raise _messages.unsupported(NO_DELETE)

    def block(self, author: AuthorRef) -> None:
        """Block the person from the school's account."""
        source = author.page_id or self.page_id
        self._call("POST", f"/2/users/{source}/blocking", {"target_user_id": author.author_id}, thing="person")

    def unblock(self, author: AuthorRef) -> None:
        """Lift a block."""
        source = author.page_id or self.page_id
        self._call("DELETE", f"/2/users/{source}/blocking/{author.author_id}", thing="person")

    def _call(self, method: str, path: str, body: Any = None, *, thing: str = "comment") -> Response:
        try:
            response = self.transport.call(method, path, body)
        except Unreachable as exc:
            raise _messages.error("network", "X", detail=str(exc)) from exc
        err = x_error(response)
        if err is not None:
            raise x_to_connector_error(err, self.clock(), thing)
        return response

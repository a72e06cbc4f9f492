"""Instagram moderation: hide, unhide, delete a comment. Blocking is not in Instagram's API."""
from __future__ import annotations

from .. import _messages
from .._http import Response, Unreachable
from ..base import AuthorRef, CommentRef, Connector
from ..facebook.connector import graph_to_connector_error
from .transport import DEFAULT_BASE_URL, GraphTransport, graph_error

NO_BLOCK = (
    "Instagram does not let apps block people, so safepost cannot do it for you. To block "
    "this person, open the Instagram app as the school's account, go to their profile, tap "
    "the three dots and choose Block."
)
NO_UNBLOCK = (
    "Instagram does not let apps unblock people. To unblock this person, open the Instagram "
    "app as the school's account: Settings, Blocked, then Unblock."
)


class InstagramConnector(Connector):
    """Moderates comments on the school's Instagram professional account."""

    platform = "instagram"
    display_name = "Instagram"

    def __init__(self, access_token: str, page_id: str = "", *, base_url: str = DEFAULT_BASE_URL, timeout: float = 10.0) -> None:
        self.page_id = page_id
        self.transport = GraphTransport(access_token, base_url, timeout)

    def hide(self, comment: CommentRef) -> None:
        """Hide the comment (its author can still see it)."""
        self._call("POST", comment.comment_id, {"hide": "true"})

    def unhide(self, comment: CommentRef) -> None:
        """Show a hidden comment again."""
        self._call("POST", comment.comment_id, {"hide": "false"})

    def delete(self, comment: CommentRef) -> None:
        """Delete the comment."""
        self._call("DELETE", comment.comment_id)

    def block(self, author: AuthorRef) -> None:
        """Always refuses: Instagram has no block endpoint; the message says how to block in the app."""
        raise _messages.unsupported(NO_BLOCK)

    def unblock(self, author: AuthorRef) -> None:
        """Always refuses: Instagram has no unblock endpoint."""
        raise _messages.unsupported(NO_UNBLOCK)

    def _call(self, method: str, path: str, params: dict[str, str] | None = None) -> Response:
        try:
            response = self.transport.call(method, path, params)
        except Unreachable as exc:
            raise _messages.error("network", self.display_name, detail=str(exc)) from exc
        err = graph_error(response)
        if err is not None:
            raise graph_to_connector_error(err, self.display_name, response)
        return response

"""Instagram moderation: hide, unhide, delete a comment. Blocking is not in Instagram's API."""
from __future__ import annotations

from .. import _messages
from ..base import AuthorRef, CommentRef
from ..facebook.connector import FacebookConnector

NO_BLOCK = (
    "Instagram does not let apps block people, so safepost cannot do it for you. To block "
    "this person, open the Instagram app as the school's account, go to their profile, tap "
    "the three dots and choose Block."
)
NO_UNBLOCK = (
    "Instagram does not let apps unblock people. To unblock this person, open the Instagram "
    "app as the school's account: Settings, Blocked, then Unblock."
)


class InstagramConnector(FacebookConnector):
    """Moderates comments on the school's Instagram professional account.

    Instagram's comments live on the same Graph API as Facebook's, with the same errors, so
    only the hide field and the missing block endpoints differ."""

    platform = "instagram"
    display_name = "Instagram"

    def hide(self, comment: CommentRef) -> None:
        """Hide the comment (its author can still see it)."""
        self._call("POST", comment.comment_id, {"hide": "true"})

    def unhide(self, comment: CommentRef) -> None:
        """Show a hidden comment again."""
        self._call("POST", comment.comment_id, {"hide": "false"})

    def block(self, author: AuthorRef) -> None:
        """Always refuses: Instagram has no block endpoint; the message says how to block in the app."""
        raise _messages.unsupported(NO_BLOCK)

    def unblock(self, author: AuthorRef) -> None:
        """Always refuses: Instagram has no unblock endpoint."""
        raise _messages.unsupported(NO_UNBLOCK)

"""YouTube moderation: hold for review, publish, reject (optionally banning), delete."""
from __future__ import annotations

import datetime as dt

from .. import _messages
from .._http import Response, Unreachable
from ..base import AuthorRef, CommentRef, Connector, ConnectorError
from .transport import DEFAULT_BASE_URL, YouTubeError, YouTubeTransport, youtube_error

RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
QUOTA_REASONS = frozenset({"quotaExceeded", "dailyLimitExceeded"})
GONE_REASONS = frozenset({"commentNotFound"})

NO_BLOCK = (
    "YouTube only lets apps block a person while removing one of their comments. Use "
    "'Delete and block' on one of their comments, or in YouTube Studio open the comment, "
    "click the three dots and choose 'Hide user from channel'."
)
QUOTA_MESSAGE = (
    "YouTube's daily allowance for safepost is used up: the action will be tried again "
    "automatically after midnight Pacific time (8am UK time). To act sooner, do it in "
    "YouTube Studio."
)


def seconds_to_quota_reset(now: dt.datetime | None = None) -> float:
    """Seconds until YouTube's daily quota resets (midnight Pacific; taken as UTC-8 all year)."""
    pacific = dt.timezone(dt.timedelta(hours=-8))
    now = (now or dt.datetime.now(dt.UTC)).astimezone(pacific)
    midnight = (now + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight - now).total_seconds()


def youtube_to_connector_error(err: YouTubeError, thing: str = "comment") -> ConnectorError:
    """Map one Data API error to the ConnectorError kind the task layer acts on."""
    reasons = set(err.reasons)
    if err.status == 401:
        return _messages.error("expired_token", "YouTube")
    if reasons & QUOTA_REASONS:
        return ConnectorError("rate_limited", QUOTA_MESSAGE, retry_after=seconds_to_quota_reset())
    if reasons & RATE_REASONS or err.status == 429:
        return _messages.error("rate_limited", "YouTube", retry_after=60.0)
    if reasons & GONE_REASONS or err.status == 404:
        return _messages.error("already_deleted" if thing == "comment" else "not_found", "YouTube", thing=thing)
    if err.status == 403:
        return _messages.error("permission", "YouTube")
    return _messages.error("other", "YouTube", detail=err.message or ", ".join(err.reasons) or f"HTTP {err.status}")


class YouTubeConnector(Connector):
    """Moderates comments on the school's YouTube channel with an OAuth access token."""

    platform = "youtube"
    display_name = "YouTube"

    def __init__(self, access_token: str, page_id: str = "", *, base_url: str = DEFAULT_BASE_URL, timeout: float = 10.0) -> None:
        self.page_id = page_id
        self.transport = YouTubeTransport(access_token, base_url, timeout)

    def hide(self, comment: CommentRef) -> None:
        """Hold the comment for review: it disappears from the public until published."""
        self._moderate(comment, "heldForReview")

    def unhide(self, comment: CommentRef) -> None:
        """Publish a held comment again."""
        self._moderate(comment, "published")

    def delete(self, comment: CommentRef) -> None:
        """Delete the comment with comments.delete."""
        self._call("DELETE", "comments", {"id": comment.comment_id})

    def reject(self, comment: CommentRef, *, ban_author: bool = False) -> None:
        """Reject the comment; with ban_author, also ban its author from the channel."""
        self._moderate(comment, "rejected", ban_author=ban_author)

    def delete_and_block(self, comment: CommentRef) -> None:
        """YouTube's only API block: reject one comment with banAuthor=true."""
        self.reject(comment, ban_author=True)

    def block(self, author: AuthorRef) -> None:
        """Refuses: YouTube bans only through one of the author's comments (delete_and_block)."""
        raise _messages.unsupported(NO_BLOCK)

    def _moderate(self, comment: CommentRef, status: str, *, ban_author: bool = False) -> None:
        params = {"id": comment.comment_id, "moderationStatus": status}
        if ban_author:
            # The API accepts banAuthor only together with moderationStatus=rejected.
            params["banAuthor"] = "true"
        self._call("POST", "comments/setModerationStatus", params)

    def _call(self, method: str, path: str, params: dict[str, str]) -> Response:
        try:
            response = self.transport.call(method, path, params)
        except Unreachable as exc:
            raise _messages.error("network", "YouTube", detail=str(exc)) from exc
        err = youtube_error(response)
        if err is not None:
            raise youtube_to_connector_error(err)
        return response

"""The connector interface every platform (Facebook, Instagram, YouTube, X) implements.

The moderation app only talks to platforms through this interface, so tests use
FakeConnector and a school without platform credentials still gets a working queue.
No Django import here: a connector receives plain values (CommentRef, AuthorRef).
"""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Literal

ErrorKind = Literal[
    "expired_token",    # the page token no longer works: an administrator must reconnect
    "rate_limited",     # the platform asked us to slow down: retry later
    "already_deleted",  # the comment (or author) is gone on the platform already
    "not_found",        # the platform does not know this id
    "permission",       # the token lacks the permission for this action
    "unsupported",      # this platform cannot do this action (e.g. hide on X)
    "network",          # could not reach the platform
    "other",
]

RETRYABLE_KINDS = frozenset({"rate_limited", "network"})


class ConnectorError(Exception):
    """A platform refused or failed an action; `kind` says why in one word."""

    def __init__(self, kind: ErrorKind, message: str = "", *, retry_after: float | None = None) -> None:
        self.kind = kind
        self.message = message or kind.replace("_", " ")
        self.retry_after = retry_after
        super().__init__(f"{kind}: {self.message}")

    @property
    def retryable(self) -> bool:
        """True when trying again later may succeed."""
        return self.kind in RETRYABLE_KINDS


@dataclass(frozen=True)
class CommentRef:
    """What a connector needs to act on one comment."""

    platform: str          # "facebook" | "instagram" | "youtube" | "x"
    page_id: str           # the school's page/account id on the platform
    comment_id: str        # the platform's comment id
    author_id: str = ""    # the platform's author id ("" when unknown)
    post_id: str = ""      # the post the comment is under ("" when unknown)


@dataclass(frozen=True)
class AuthorRef:
    """What a connector needs to block (or unblock) one author on the school's page."""

    platform: str
    page_id: str
    author_id: str


class Connector(abc.ABC):
    """Acts on the school's page on one platform; raise ConnectorError on failure."""

    platform: str = ""

    @abc.abstractmethod
    def hide(self, comment: CommentRef) -> None:
        """Hide the comment from everyone except its author and the page."""

    @abc.abstractmethod
    def unhide(self, comment: CommentRef) -> None:
        """Make a hidden comment visible again."""

    @abc.abstractmethod
    def delete(self, comment: CommentRef) -> None:
        """Delete the comment on the platform (our local record is kept)."""

    @abc.abstractmethod
    def block(self, author: AuthorRef) -> None:
        """Block the author from the school's page."""

    def unblock(self, author: AuthorRef) -> None:
        """Lift a block; platforms that cannot do this raise ConnectorError('unsupported')."""
        raise ConnectorError("unsupported", f"{self.platform or 'this platform'} cannot unblock from here")


@dataclass
class FakeConnector(Connector):
    """In-memory connector for tests and the demo: records calls; can be told to fail."""

    platform: str = "fake"
    calls: list[tuple[str, str]] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    blocked: set[str] = field(default_factory=set)
    # action name ("hide", "delete", ...) -> error kind to raise for it
    fail: dict[str, ErrorKind] = field(default_factory=dict)

    def _maybe_fail(self, action: str) -> None:
        kind = self.fail.get(action)
        if kind:
            raise ConnectorError(kind, f"fake {action} failed")

    def _check_exists(self, comment: CommentRef) -> None:
        if comment.comment_id in self.deleted:
            raise ConnectorError("already_deleted", "the comment was already deleted")

    def hide(self, comment: CommentRef) -> None:
        """Record a hide."""
        self._maybe_fail("hide")
        self._check_exists(comment)
        self.calls.append(("hide", comment.comment_id))
        self.hidden.add(comment.comment_id)

    def unhide(self, comment: CommentRef) -> None:
        """Record an unhide."""
        self._maybe_fail("unhide")
        self._check_exists(comment)
        self.calls.append(("unhide", comment.comment_id))
        self.hidden.discard(comment.comment_id)

    def delete(self, comment: CommentRef) -> None:
        """Record a delete."""
        self._maybe_fail("delete")
        self._check_exists(comment)
        self.calls.append(("delete", comment.comment_id))
        self.deleted.add(comment.comment_id)

    def block(self, author: AuthorRef) -> None:
        """Record a block."""
        self._maybe_fail("block")
        self.calls.append(("block", author.author_id))
        self.blocked.add(author.author_id)

    def unblock(self, author: AuthorRef) -> None:
        """Record an unblock."""
        self._maybe_fail("unblock")
        self.calls.append(("unblock", author.author_id))
        self.blocked.discard(author.author_id)

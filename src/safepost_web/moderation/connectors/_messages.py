"""Plain-English messages for moderators, one per error kind, shared by every platform.

A moderator is a teacher, not a developer: each message says what happened and what to do next.
"""
from __future__ import annotations

from .base import ConnectorError, ErrorKind

_MESSAGES: dict[str, str] = {
    "expired_token": (
        "{platform} says the school's access token has expired: an administrator needs to "
        "reconnect the page in Settings."
    ),
    "rate_limited": (
        "{platform} is asking safepost to slow down: the action will be tried again "
        "automatically{when}. Nothing to do for now."
    ),
    "already_deleted": (
        "{platform} says this comment no longer exists: it was probably deleted already, "
        "by its author or on {platform} itself. Nothing more to do."
    ),
    "not_found": (
        "{platform} does not know this {thing}: it may have been removed. Check it on "
        "{platform} itself."
    ),
    "permission": (
        "{platform} refused: the connected account is not allowed to do this on the school's "
        "page. An administrator needs to reconnect the page in Settings and allow moderation."
    ),
    "network": (
        "safepost could not reach {platform}: the action will be tried again automatically. "
        "If this keeps happening, tell your safepost administrator."
    ),
    "other": (
        "{platform} refused the action ({detail}). Try it on {platform} itself, and tell your "
        "safepost administrator if it keeps happening."
    ),
}


def error(
    kind: ErrorKind,
    platform: str,
    *,
    detail: str = "",
    retry_after: float | None = None,
    thing: str = "comment",
) -> ConnectorError:
    """A ConnectorError of this kind with the moderator's message for this platform."""
    when = f" in about {max(1, round(retry_after / 60))} minute(s)" if retry_after else ""
    message = _MESSAGES[kind].format(
        platform=platform, when=when, thing=thing, detail=(detail or "no reason given")[:200]
    )
    return ConnectorError(kind, message, retry_after=retry_after)


def unsupported(message: str) -> ConnectorError:
    """A ConnectorError('unsupported') whose message tells the moderator where to do it instead."""
    return ConnectorError("unsupported", message)

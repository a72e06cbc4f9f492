"""Finding the connector for a school's page, and turning connector errors into plain English.

The platform connectors live in `connectors/<platform>.py` (written separately); each exposes
`make(page_settings) -> Connector`. Tests and the demo swap in a FakeConnector with `use_connector`.
"""
from __future__ import annotations

import importlib
import logging
from typing import Callable

from safepost_web.moderation.connectors.base import AuthorRef, CommentRef, Connector, ConnectorError  # noqa: F401

log = logging.getLogger("safepost.moderation")

_OVERRIDE: Callable[[object, str], Connector | None] | None = None

MESSAGES = {
    "expired_token": "the connection to {p} has expired: a school administrator must reconnect it under "
                     "Comments → Settings. Nothing was changed on {p}.",
    "rate_limited": "{p} asked us to slow down. Wait a few minutes and try again.",
    "permission": "the connection to {p} is not allowed to do this. A school administrator should reconnect it "
                  "with the moderation permissions.",
    "network": "{p} could not be reached. Check the internet connection and try again.",
}


def use_connector(factory: Callable[[object, str], Connector | None] | None) -> None:
    """Make every platform call go through `factory(school, platform)` (tests, demo); None restores the default."""
    global _OVERRIDE
    _OVERRIDE = factory


def connector_for(school, platform: str) -> Connector | None:
    """The connector for this school's page on this platform, or None when none is set up."""
    if _OVERRIDE is not None:
        return _OVERRIDE(school, platform)
    from safepost_web.moderation.models import PageSettings

    ps = PageSettings.objects.filter(school=school, platform=platform).first()
    try:
        mod = importlib.import_module(f"safepost_web.moderation.connectors.{platform}")
    except ImportError:
        return None
    make = getattr(mod, "make", None)
    return make(ps) if (make and ps) else None


def platform_call(school, platform: str, action: str, ref, comment=None) -> bool:
    """Do `action` on the platform. True when done (or already gone), False when no connector can do it
    (the moderator is told to do it by hand); ModerationError for a failure the moderator must know about."""
    from safepost_web.moderation.models import ModerationError

    conn = connector_for(school, platform)
    if conn is None:
        return False
    try:
        getattr(conn, action)(ref)
    except ConnectorError as e:
        if e.kind in ("already_deleted", "not_found") and comment is not None:
            comment.removed_on_platform = True  # gone already: show it as such, the record stays
            return True
        if e.kind == "unsupported":
            return False
        name = dict(facebook="Facebook", instagram="Instagram", youtube="YouTube", x="X").get(platform, platform)
        why = MESSAGES.get(e.kind, "{p} refused: " + e.message.replace("{", "(").replace("}", ")")).format(p=name)
        log.warning("moderation: %s %s on %s failed: %s", action, getattr(ref, "comment_id", ""), platform, e)
        raise ModerationError(why[0].upper() + why[1:]) from None
    return True

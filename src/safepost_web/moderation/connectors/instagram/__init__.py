"""Instagram professional-account comments through the Graph API."""
from __future__ import annotations

from .. import Connector, from_page_settings
from .connector import InstagramConnector


def make(page_settings: object) -> Connector | None:
    """What moderation/connect.py calls: this platform's connector for a PageSettings row."""
    return from_page_settings("instagram", page_settings)


__all__ = ["InstagramConnector", "make"]

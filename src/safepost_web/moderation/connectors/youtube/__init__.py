"""YouTube comments through the Data API v3."""
from __future__ import annotations

from .. import Connector, from_page_settings
from .connector import YouTubeConnector


def make(page_settings: object) -> Connector | None:
    """What moderation/connect.py calls: this platform's connector for a PageSettings row."""
    return from_page_settings("youtube", page_settings)


__all__ = ["YouTubeConnector", "make"]

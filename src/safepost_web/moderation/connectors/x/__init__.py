"""X (formerly Twitter) replies through the API v2."""
from __future__ import annotations

from .. import Connector, from_page_settings
from .connector import XConnector


def make(page_settings: object) -> Connector | None:
    """What moderation/connect.py calls: this platform's connector for a PageSettings row."""
    return from_page_settings("x", page_settings)


__all__ = ["XConnector", "make"]

"""Platform connectors: hide, unhide, delete a comment and block its author on the school's page."""
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from .base import AuthorRef, CommentRef, Connector, ConnectorError, FakeConnector

# platform -> (module, class, name for messages); imported on first use so the registry stays light.
PLATFORMS: dict[str, tuple[str, str, str]] = {
    "facebook": ("facebook", "FacebookConnector", "Facebook"),
    "instagram": ("instagram", "InstagramConnector", "Instagram"),
    "youtube": ("youtube", "YouTubeConnector", "YouTube"),
    "x": ("x", "XConnector", "X"),
}


def get_connector(platform: str, credentials: Mapping[str, Any]) -> Connector:
    """The connector for a platform, from {"access_token", "page_id", optional "base_url", "timeout"}."""
    if platform == "fake":
        return FakeConnector()
    if platform not in PLATFORMS:
        known = ", ".join(sorted(PLATFORMS))
        raise ConnectorError("unsupported", f"safepost cannot moderate '{platform}' yet; it knows {known}.")
    module_name, class_name, display = PLATFORMS[platform]
    token = str(credentials.get("access_token") or "").strip()
    if not token:
        raise ConnectorError(
            "expired_token",
            f"The school's {display} page is not connected: an administrator needs to connect it in Settings.",
        )
    options = {key: credentials[key] for key in ("base_url", "timeout") if credentials.get(key)}
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, class_name)(token, str(credentials.get("page_id") or ""), **options)


def from_page_settings(platform: str, page_settings: object) -> Connector | None:
    """The connector for a moderation PageSettings row, or None while it holds no access token."""
    # The token is stored encrypted (fieldcrypt); the field gives it back decrypted, or empty when unreadable.
    token = str(getattr(page_settings, "access_token", "") or "").strip()
    if not token:
        return None
    page_ids = list(getattr(page_settings, "page_id_list", []) or [])
    credentials = {
        "access_token": token,
        "page_id": page_ids[0] if page_ids else "",
        "base_url": getattr(page_settings, "api_base_url", ""),
    }
    return get_connector(platform, credentials)


__all__ = ["PLATFORMS", "AuthorRef", "CommentRef", "Connector", "ConnectorError", "FakeConnector", "get_connector"]

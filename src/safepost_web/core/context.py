"""Small helpers the views share."""
from __future__ import annotations

from django.conf import settings

from safepost_web.core.access import actions_for


def school_ctx(membership, **extra) -> dict:
    """The template context every school page needs: the school, your role, what you may do."""
    return {"school": membership.school, "membership": membership, "can": actions_for(membership), **extra}


def site_url(path: str) -> str:
    """An absolute link for an email: SITE_ROOT (with or without a trailing slash) and a path from reverse()."""
    return settings.SITE_ROOT.rstrip("/") + path

"""System checks: misconfiguration shows up in `manage.py check` with an id and a next step."""
from __future__ import annotations

from django.conf import settings
from django.core.checks import Info, Warning, register

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@register()
def safepost_settings(app_configs=None, **kwargs):
    out = []
    if settings.DEBUG and set(settings.ALLOWED_HOSTS) - LOOPBACK:
        out.append(Warning("DEBUG is on while the app is reachable from other machines.",
                           hint="Set DEBUG=no in the environment.", id="safepost.W001"))
    if len(settings.SECRET_KEY) < 32:
        out.append(Warning("SECRET_KEY is shorter than 32 characters.",
                           hint="Unset SECRET_KEY to let safepost make one, or set a long random one.",
                           id="safepost.W002"))
    if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        out.append(Info("Emails (invitations, password resets) are printed to the console, not sent.",
                        hint="Set EMAIL_HOST (and EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) to send them.",
                        id="safepost.I001"))
    return out

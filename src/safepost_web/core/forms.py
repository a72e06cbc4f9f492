"""Sign-in with throttling: too many failures for one name lock it for a while, with a plain message."""
from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm

from safepost_web.core.models import SignInFailure


def client_ip(request) -> str:
    return (request.META.get("REMOTE_ADDR") or "") if request is not None else ""


class ThrottledAuthenticationForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "That sign-in name and password do not match. Check them and try again, "
                         "or use 'Forgotten your password?'.",
    }

    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip()
        ip = client_ip(self.request)
        if username and SignInFailure.is_locked(username, ip):
            raise forms.ValidationError(
                f"Too many failed sign-ins. Wait {settings.SIGNIN_LOCKOUT_MINUTES} minutes and try again, "
                "or reset your password with 'Forgotten your password?'.", code="locked")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username:
                SignInFailure.record(username, ip)
            raise
        SignInFailure.clear(username)
        return cleaned

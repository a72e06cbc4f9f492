"""Per-user API tokens: only a hash is stored; the token is shown once."""
from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12)  # shown in lists so a token can be recognised
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(default=timezone.now)
    last_used = models.DateTimeField(null=True, blank=True)

    @classmethod
    def issue(cls, user, name: str) -> tuple["ApiToken", str]:
        """A new token for this user; the plain token is returned once and never stored."""
        token = "sp_" + secrets.token_urlsafe(32)
        return cls.objects.create(user=user, name=name, prefix=token[:10], digest=_digest(token)), token

    @classmethod
    def user_for(cls, token: str):
        """The active user holding this token, or None."""
        t = cls.objects.select_related("user").filter(digest=_digest(token or "")).first()
        if t is None or not t.user.is_active:
            return None
        cls.objects.filter(pk=t.pk).update(last_used=timezone.now())
        return t.user

"""Sign-in throttling: failed sign-ins are rows, so every worker process sees the same count."""
from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


class SignInFailure(models.Model):
    username = models.CharField(max_length=254, db_index=True)
    ip = models.CharField(max_length=64, blank=True, db_index=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    @classmethod
    def is_locked(cls, username: str, ip: str) -> bool:
        """True when this name, or this address, failed too often in the lockout window."""
        since = timezone.now() - timedelta(minutes=settings.SIGNIN_LOCKOUT_MINUTES)
        recent = cls.objects.filter(at__gte=since)
        by_name = recent.filter(username=username.lower()).count()
        # An address gets more room than a name: a staffroom shares one address.
        by_ip = recent.filter(ip=ip).count() if ip else 0
        return by_name >= settings.SIGNIN_MAX_FAILURES or by_ip >= 4 * settings.SIGNIN_MAX_FAILURES

    @classmethod
    def record(cls, username: str, ip: str) -> None:
        cls.objects.create(username=username.lower()[:254], ip=ip[:64])

    @classmethod
    def clear(cls, username: str) -> None:
        cls.objects.filter(username=username.lower()).delete()

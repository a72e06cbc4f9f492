"""What staff choose to keep: a saved check, and a contact approach reported to the DSL."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class SavedCheck(models.Model):
    """Stored only when the member of staff presses Save: checking alone keeps nothing."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="saved_checks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    account = models.CharField(max_length=20)
    channel = models.CharField(max_length=20, blank=True)
    verdict = models.CharField(max_length=20)
    result = models.JSONField()
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created"]


class ContactReport(models.Model):
    """An approach reported to the designated safeguarding lead (the incidents work builds on this)."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="contact_reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    relationship = models.CharField(max_length=40)
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    family = models.BooleanField(default=False)
    looked_after = models.BooleanField(default=False)
    sen = models.BooleanField(default=False)
    kind = models.CharField(max_length=20)
    direction = models.CharField(max_length=20)
    decision = models.CharField(max_length=30)
    rule = models.CharField(max_length=100, blank=True)
    clause = models.CharField(max_length=200, blank=True)
    message = models.TextField(blank=True)
    note = models.TextField(blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created"]

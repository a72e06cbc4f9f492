"""The audit log: who did what, when and why. Rows are only ever added."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditEntry(models.Model):
    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="audit_entries")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=60)  # e.g. "post.approved", "roster.imported"
    target = models.CharField(max_length=200, blank=True)  # e.g. "official post 12"
    detail = models.TextField(blank=True)
    reason = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.target}"

    def save(self, *args, **kwargs):
        # History is appended, never edited.
        if self.pk is not None:
            raise ValueError("audit entries cannot be changed")
        super().save(*args, **kwargs)


def record(school, actor, action: str, target: str = "", detail: str = "", reason: str = "") -> AuditEntry:
    """Append one audit entry."""
    return AuditEntry.objects.create(school=school, actor=actor if getattr(actor, "pk", None) else None,
                                     action=action, target=target[:200], detail=detail, reason=reason)

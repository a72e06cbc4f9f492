"""Schools (tenants), who belongs to them and in which role, their pupils, accounts and invitations."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils import timezone

from safepost.types import CHANNELS


class Role(models.TextChoices):
    STAFF = "staff", "Staff"
    POSTER = "poster", "Authorised poster"
    MODERATOR = "moderator", "Moderator"
    HEADTEACHER = "headteacher", "Headteacher"
    DSL = "dsl", "Designated safeguarding lead"
    GOVERNOR = "governor", "Governor"
    ADMIN = "admin", "School administrator"


class School(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=60, unique=True)
    aliases = models.CharField(max_length=500, blank=True, help_text="Other names, separated by commas")
    town = models.CharField(max_length=100, blank=True)
    address = models.CharField(max_length=300, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email_domains = models.CharField(max_length=300, blank=True, help_text="Separated by commas")
    website = models.CharField(max_length=200, blank=True)
    school_day = models.CharField(max_length=20, blank=True, help_text="e.g. 08:45-15:15")
    lessons = models.CharField(max_length=300, blank=True, help_text="e.g. 09:00-10:30, 10:45-12:00")
    breaks = models.CharField(max_length=300, blank=True, help_text="e.g. 10:30-10:45")
    holidays = models.TextField(blank=True, help_text="Days the school is closed, separated by commas, "
                                "e.g. 2026-10-26..2026-10-30, 2027-01-04 (half terms, holidays, training days)")
    pack_id = models.CharField(max_length=100, blank=True)
    pack_yaml = models.TextField(blank=True)  # an uploaded pack, kept as the school sent it
    personal_use = models.CharField(max_length=100, blank=True)
    # Bumped on every change the checker depends on, so cached checkers are rebuilt.
    config_version = models.PositiveIntegerField(default=1)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def bump(self) -> None:
        """Mark the checker's inputs as changed."""
        School.objects.filter(pk=self.pk).update(config_version=F("config_version") + 1)
        self.refresh_from_db(fields=["config_version"])

    @property
    def has_pack(self) -> bool:
        return bool(self.pack_id or self.pack_yaml)


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.STAFF)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "school"], name="one_membership_per_school")]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}) at {self.school}"


class Pupil(models.Model):
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="pupils")
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    preferred_name = models.CharField(max_length=100, blank=True)
    year_group = models.CharField(max_length=20, blank=True)
    photo_consent = models.BooleanField(default=False)
    name_consent = models.BooleanField(default=False)
    # Kept when a pupil leaves: former pupils' names still count (CONTRACT.md).
    left_at = models.DateTimeField(null=True, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["last_name", "first_name"]
        indexes = [models.Index(fields=["school", "last_name", "first_name"])]

    def __str__(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}"


class OfficialAccount(models.Model):
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="official_accounts")
    platform = models.CharField(max_length=20, choices=[(c, c.title() if c != "x" else "X") for c in CHANNELS])
    handle = models.CharField(max_length=100)
    name = models.CharField(max_length=100, blank=True)

    def __str__(self) -> str:
        return f"{self.get_platform_display()} {self.handle}"


class ParentChannel(models.Model):
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="parent_channels")
    name = models.CharField(max_length=100)

    def __str__(self) -> str:
        return self.name


class Invitation(models.Model):
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.STAFF)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.email} as {self.get_role_display()}"


class RosterUpload(models.Model):
    """A roster file between preview and import: the school sees every problem before anything changes."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="roster_uploads")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    filename = models.CharField(max_length=255)
    raw = models.BinaryField()
    created = models.DateTimeField(default=timezone.now)
    imported_at = models.DateTimeField(null=True, blank=True)

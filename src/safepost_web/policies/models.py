"""The policy's life: approved versions of the school's pack, staff declarations per version, training
records and the reminders sent. State changes are methods with a guard, a transaction and an audit entry."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from safepost_web.audit.models import record


class PolicyError(Exception):
    """A change that cannot happen now, with a plain-English reason and what to do instead."""


class PolicyVersion(models.Model):
    """One approved version: a snapshot of the pack as the school had it, so its document never changes."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="policy_versions")
    number = models.PositiveIntegerField()
    pack_id = models.CharField(max_length=100, blank=True)
    pack_yaml = models.TextField(blank=True)
    personal_use = models.CharField(max_length=100, blank=True)
    snapshot = models.JSONField()  # the merged pack (Pack.model_dump) the document is drawn from
    declaration = models.TextField()
    changes = models.JSONField(default=list)  # [{change, what, text}] from diff_packs
    summary = models.TextField(blank=True)  # the headteacher's own note on what changed and why
    leadership_approver = models.CharField(max_length=200)
    leadership_approved_on = models.DateField()
    governors_approver = models.CharField(max_length=200)
    governors_approved_on = models.DateField()
    next_review = models.DateField()
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["school", "-number"]
        constraints = [models.UniqueConstraint(fields=["school", "number"], name="one_policy_version_number")]

    def __str__(self) -> str:
        return f"version {self.number}"

    @property
    def label(self) -> str:
        return f"policy version {self.number}"

    def pack(self):
        """The library's Pack for this version (from the snapshot, not today's files)."""
        from safepost.packs.schema import Pack

        return Pack.model_validate(self.snapshot)

    @classmethod
    def current(cls, school) -> PolicyVersion | None:
        """The school's latest approved version, or None before the first approval."""
        return cls.objects.filter(school=school).order_by("-number").first()

    @classmethod
    @transaction.atomic
    def approve_new(cls, school, user, *, leadership_approver: str, leadership_approved_on: dt.date,
                    governors_approver: str, governors_approved_on: dt.date, next_review: dt.date,
                    summary: str = "", check_dates: bool = True) -> PolicyVersion:
        """Approve the school's pack as it is now as the next version; everyone must sign again."""
        from safepost_web.policies.diff import diff_packs
        from safepost_web.schools.library import PackError, pack_for
        from safepost_web.schools.models import School

        locked = School.objects.select_for_update().get(pk=school.pk)  # two approvals cannot share a number
        try:
            pack = pack_for(locked)
        except PackError as e:
            raise PolicyError(str(e)) from None
        today = timezone.localdate()
        if check_dates and (leadership_approved_on > today or governors_approved_on > today):
            raise PolicyError("An approval date is in the future. Record the approval once it has happened.")
        if check_dates and next_review <= today:
            raise PolicyError("The next review date must be after today.")
        if not pack.declaration.strip():
            raise PolicyError("This policy pack has no declaration for staff to sign. Add one to the pack "
                              "(the `declaration` field) and approve again.")
        prev = cls.current(locked)
        snap = pack.model_dump(mode="json")
        changes = diff_packs(prev.snapshot if prev else None, snap)
        v = cls.objects.create(
            school=locked, number=(prev.number + 1) if prev else 1, pack_id=locked.pack_id,
            pack_yaml=locked.pack_yaml, personal_use=locked.personal_use, snapshot=snap,
            declaration=pack.declaration.strip(), changes=changes, summary=summary.strip(),
            leadership_approver=leadership_approver.strip(), leadership_approved_on=leadership_approved_on,
            governors_approver=governors_approver.strip(), governors_approved_on=governors_approved_on,
            next_review=next_review, approved_by=user)
        record(locked, user, "policy.approved", v.label,
               detail=f"{len(changes)} change(s); next review {next_review:%d %B %Y}", reason=summary.strip())
        return v

    @transaction.atomic
    def sign(self, user, full_name: str, text: str) -> Declaration:
        """Record that this person read this version and signed exactly `text`."""
        from safepost_web.schools.models import Membership

        v = PolicyVersion.objects.select_for_update().get(pk=self.pk)
        if not Membership.objects.filter(user=user, school_id=v.school_id).exists():
            raise PolicyError("Only members of this school can sign its policy.")
        latest = PolicyVersion.current(v.school)
        if latest is None or latest.pk != v.pk:
            raise PolicyError(f"A newer version ({latest.number if latest else '?'}) has been approved since you "
                              "opened this page. Nothing was signed: read the current version and sign that.")
        if text.strip() != v.declaration.strip():
            raise PolicyError("The declaration you were shown is not this version's. Nothing was signed: reload "
                              "the page and read it again.")
        if not full_name.strip():
            raise PolicyError("Type your full name to sign.")
        if Declaration.objects.filter(version=v, user=user).exists():
            raise PolicyError(f"You have already signed version {v.number}.")
        d = Declaration.objects.create(version=v, school_id=v.school_id, user=user, full_name=full_name.strip(),
                                       text=v.declaration, signed_on=timezone.localdate())
        record(v.school, user, "policy.signed", v.label, detail=f"signed as {d.full_name}")
        return d


class Declaration(models.Model):
    """A signature: who, which version, the exact text signed, and when (kept even if the account goes)."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="declarations")
    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="declarations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    full_name = models.CharField(max_length=200)
    text = models.TextField()
    signed_on = models.DateField()
    signed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-signed_at"]
        constraints = [models.UniqueConstraint(fields=["version", "user"], name="one_signature_per_version")]


class TrainingKind(models.TextChoices):
    INDUCTION = "induction", "Induction (new member of staff)"
    ANNUAL = "annual", "Annual update"


# How long training counts before the annual update is due again.
TRAINING_VALID_DAYS = 365


class TrainingRecord(models.Model):
    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="training_records")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    person = models.CharField(max_length=200)  # the name at the time, kept for audits
    kind = models.CharField(max_length=20, choices=TrainingKind.choices)
    date = models.DateField()
    content = models.TextField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-id"]

    @classmethod
    @transaction.atomic
    def add(cls, school, member_user, kind: str, date: dt.date, content: str, recorded_by) -> TrainingRecord:
        """Record one person's training, with an audit entry."""
        from safepost_web.schools.models import Membership

        if not Membership.objects.filter(user=member_user, school=school).exists():
            raise PolicyError("That person is not a member of this school.")
        if date > timezone.localdate():
            raise PolicyError("The training date is in the future. Record training once it has happened.")
        if not content.strip():
            raise PolicyError("Say what the training covered.")
        if kind not in TrainingKind.values:
            raise PolicyError("Choose induction or annual update.")
        name = member_user.get_full_name() or member_user.get_username()
        rec = cls.objects.create(school=school, user=member_user, person=name, kind=kind, date=date,
                                 content=content.strip(), recorded_by=recorded_by)
        record(school, recorded_by, "training.recorded", f"training for {name}",
               detail=f"{TrainingKind(kind).label} on {date:%d %B %Y}")
        return rec


class Reminder(models.Model):
    """A reminder email sent, so the schedule does not send the same one every day."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)  # "sign" or "review"
    version = models.ForeignKey(PolicyVersion, null=True, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]

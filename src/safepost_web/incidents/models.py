"""Concerns reported by staff, the cases the DSL and headteacher make of them, and evidence that holds up.

Evidence files and log entries are only ever added. Every event on a report or case goes into a per-school
log whose entries are chained by SHA-256 (safepost.evidence), so a changed or removed entry is detectable.
State changes are model methods with a guard, a transaction (the row locked) and an audit entry.
"""
from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from safepost import evidence as ev
from safepost_web.audit.models import record


class IncidentError(Exception):
    """A change that cannot happen now, with a plain-English reason."""


class Kind(models.TextChoices):
    STAFF_BULLYING = "staff_cyberbullying", "Cyberbullying of me or a colleague"
    MALICIOUS_POSTING = "malicious_posting", "A concerning or malicious posting about the school"
    PUPIL_BULLYING = "pupil_cyberbullying", "A pupil being cyberbullied"
    PUPIL_COMMUNICATION = "pupil_communication", "A message or request I received from a pupil"
    CONTACT_DECISION = "contact_decision", "A contact the policy says must be reported"
    BREACH = "policy_breach", "A suspected breach of the social media policy"
    SAFEGUARDING = "safeguarding", "Another safeguarding concern"


class Severity(models.TextChoices):
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"
    CRITICAL = "critical", "Critical: risk of harm"


class PoliceWish(models.TextChoices):
    NOT_ABOUT_ME = "not_about_me", "This is not about me"
    UNSURE = "unsure", "I have not decided: talk to me first"
    YES = "yes", "I want the police involved"
    NO = "no", "I do not want the police involved"


class ReportStatus(models.TextChoices):
    RECEIVED = "received", "Received: not looked at yet"
    IN_CASE = "in_case", "Being dealt with"
    NO_ACTION = "no_action", "Looked at: no further action"


class CaseStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class ActionKind(models.TextChoices):
    REMOVAL_REQUESTED = "removal_requested", "Removal requested from the platform"
    DISCIPLINARY = "disciplinary_referral", "Disciplinary referral"
    POLICE = "police_report", "Reported to the police"
    CEOP = "ceop_report", "Reported to CEOP"
    PARENTS = "parents_informed", "Parents or carers informed"
    LADO = "lado_referral", "Referred to the LADO"
    OTHER = "other", "Other action"


DEFAULT_RETENTION_YEARS = 6


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _actor_name(user) -> str:
    return getattr(user, "username", "") or "system"


# -- the chained log -------------------------------------------------------------------------------------------
class LogEntry(models.Model):
    """One event, chained to the one before it in this school's log. Never changed or removed."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="incident_log")
    seq = models.PositiveIntegerField()
    case = models.ForeignKey("Case", null=True, blank=True, on_delete=models.PROTECT, related_name="log")
    report = models.ForeignKey("Report", null=True, blank=True, on_delete=models.PROTECT, related_name="log")
    action = models.CharField(max_length=40)
    actor = models.CharField(max_length=150)  # the username at the time: kept if the account goes
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["school", "seq"]
        constraints = [models.UniqueConstraint(fields=["school", "seq"], name="one_log_seq_per_school")]
        verbose_name_plural = "log entries"

    def __str__(self) -> str:
        return f"log entry {self.seq}: {self.action}"

    def as_entry(self) -> dict:
        """The dict whose canonical JSON is hashed: every column but the hashes."""
        return {"seq": self.seq, "school": self.school_id, "case": self.case_id, "report": self.report_id,
                "action": self.action, "actor": self.actor, "detail": self.detail, "at": _iso(self.at)}

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise IncidentError("Log entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise IncidentError("Log entries cannot be removed.")


def log_event(school, actor, action: str, case: Case | None = None, report: Report | None = None,
              detail: dict | None = None) -> LogEntry:
    """Append one event to the school's chained log (the school row is locked so entries never race)."""
    from safepost_web.schools.models import School

    with transaction.atomic():
        School.objects.select_for_update().only("pk").get(pk=school.pk)
        last = LogEntry.objects.filter(school_id=school.pk).order_by("-seq").only("seq", "hash").first()
        entry = LogEntry(school_id=school.pk, seq=(last.seq + 1) if last else 1, case=case, report=report,
                         action=action, actor=_actor_name(actor), detail=detail or {},
                         at=timezone.now(),
                         prev_hash=last.hash if last else ev.GENESIS)
        entry.hash = ev.entry_hash(entry.prev_hash, entry.as_entry())
        entry.save()
    return entry


# -- evidence ----------------------------------------------------------------------------------------------------
class Evidence(models.Model):
    """One file as received: its hash, size and sniffed type. Never replaced or removed, only added to."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="evidence")
    report = models.ForeignKey("Report", null=True, blank=True, on_delete=models.PROTECT, related_name="evidence")
    case = models.ForeignKey("Case", null=True, blank=True, on_delete=models.PROTECT, related_name="added_evidence")
    original_name = models.CharField(max_length=255)
    stored_name = models.CharField(max_length=200)  # relative to EVIDENCE_ROOT; named by its hash
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=60)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    received = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["received", "id"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return f"{self.original_name} ({self.sha256[:12]})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise IncidentError("Evidence cannot be changed: add a new file instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise IncidentError("Evidence cannot be removed.")

    @property
    def path(self):
        from safepost_web.incidents.storage import evidence_root

        return evidence_root() / self.stored_name

    @property
    def label(self) -> str:
        return f"evidence {self.pk} ({self.original_name})"


def _add_files(school, user, prepared, *, report=None, case=None) -> list[Evidence]:
    """Keep prepared uploads as evidence and log each one (inside the caller's transaction)."""
    from safepost_web.incidents.storage import keep

    out = []
    for p in prepared:
        stored_name = keep(school, p)
        e = Evidence.objects.create(school=school, report=report, case=case, original_name=p.name,
                                    stored_name=stored_name, sha256=p.sha256, size=p.size,
                                    content_type=p.content_type, added_by=user if getattr(user, "pk", None) else None)
        log_event(school, user, "evidence.added", case=case or (report.case if report else None), report=report,
                  detail={"evidence": e.pk, "name": e.original_name, "sha256": e.sha256, "size": e.size,
                          "type": e.content_type})
        out.append(e)
    return out


# -- reports -----------------------------------------------------------------------------------------------------
class Report(models.Model):
    """What a member of staff reported, as they reported it."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="incident_reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    text = models.TextField(blank=True)
    link = models.URLField(max_length=1000, blank=True)
    platform = models.CharField(max_length=40, blank=True)
    happened_at = models.DateTimeField(null=True, blank=True)
    place = models.CharField(max_length=300, blank=True)
    people = models.CharField(max_length=500, blank=True)
    police_wish = models.CharField(max_length=20, choices=PoliceWish.choices, default=PoliceWish.NOT_ABOUT_ME)
    wishes = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=ReportStatus.choices, default=ReportStatus.RECEIVED)
    case = models.ForeignKey("Case", null=True, blank=True, on_delete=models.PROTECT, related_name="reports")
    contact_report = models.OneToOneField("checks.ContactReport", null=True, blank=True, on_delete=models.PROTECT,
                                          related_name="incident_report")
    # From the form, so pressing Send twice makes one report.
    submission_key = models.UUIDField(default=uuid.uuid4)
    decision_note = models.TextField(blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-id"]
        constraints = [models.UniqueConstraint(fields=["school", "submission_key"], name="one_report_per_submission")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"report {self.pk}"

    @classmethod
    def submit(cls, school, user, prepared=(), **fields) -> tuple[Report, bool]:
        """Store a report and its files; (report, created). The same submission key again returns the first."""
        key = fields.get("submission_key")
        if key:
            existing = cls.objects.filter(school=school, submission_key=key).first()
            if existing:
                return existing, False
        try:
            with transaction.atomic():
                rep = cls.objects.create(school=school, reporter=user if getattr(user, "pk", None) else None,
                                         **fields)
                log_event(school, user, "report.submitted", report=rep,
                          detail={"kind": rep.kind, "police_wish": rep.police_wish, "text_sha256": _sha(rep.text)})
                _add_files(school, user, prepared, report=rep)
                record(school, user, "incident.reported", rep.label, detail=rep.get_kind_display())
        except IntegrityError:
            # The same form sent twice at the same moment: the other request made the report.
            existing = cls.objects.filter(school=school, submission_key=key).first() if key else None
            if existing is None:
                raise
            return existing, False
        return rep, True

    @transaction.atomic
    def close_without_case(self, user, reason: str) -> None:
        """Looked at, and no further action: the reporter sees this and the reason."""
        if not reason.strip():
            raise IncidentError("Say why no further action is needed: the reporter will see it.")
        rep = Report.objects.select_for_update().get(pk=self.pk)
        if rep.status != ReportStatus.RECEIVED:
            raise IncidentError(f"This report is '{rep.get_status_display()}' already. Nothing was done.")
        rep.status, rep.decision_note = ReportStatus.NO_ACTION, reason.strip()
        rep.save(update_fields=["status", "decision_note"])
        log_event(rep.school, user, "report.no_action", report=rep, detail={"reason": rep.decision_note})
        record(rep.school, user, "incident.no_action", rep.label, reason=rep.decision_note)
        self.refresh_from_db()


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- cases -------------------------------------------------------------------------------------------------------
class Case(models.Model):
    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="cases")
    number = models.PositiveIntegerField()
    reference = models.CharField(max_length=40)
    case_type = models.CharField(max_length=30, choices=Kind.choices)
    severity = models.CharField(max_length=20, choices=Severity.choices, default=Severity.MEDIUM)
    summary = models.CharField(max_length=300)
    status = models.CharField(max_length=20, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    pupils = models.ManyToManyField("schools.Pupil", blank=True, related_name="+")
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    external = models.TextField(blank=True, help_text="People outside the school, one per line")
    outcome = models.TextField(blank=True)
    legal_hold = models.BooleanField(default=False)
    hold_reason = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        constraints = [models.UniqueConstraint(fields=["school", "number"], name="one_case_number_per_school")]

    def __str__(self) -> str:
        return self.reference

    # -- reading ---------------------------------------------------------------------------------------------
    def all_evidence(self):
        """Every file on the case: those sent with its reports and those added to it."""
        return Evidence.objects.filter(models.Q(case=self) | models.Q(report__case=self)).order_by("received", "id")

    def retention_years(self) -> int:
        rule = RetentionRule.objects.filter(school_id=self.school_id, case_type=self.case_type).first()
        return rule.years if rule else DEFAULT_RETENTION_YEARS

    @property
    def review_due(self) -> dt.datetime | None:
        """When this closed case is due for a retention review (None while open)."""
        if self.closed_at is None:
            return None
        c = self.closed_at
        try:
            return c.replace(year=c.year + self.retention_years())
        except ValueError:  # 29 February
            return c.replace(year=c.year + self.retention_years(), day=28)

    @property
    def needs_review(self) -> bool:
        """Past its retention period and not on legal hold: flagged for review, never deleted automatically."""
        due = self.review_due
        return due is not None and not self.legal_hold and due <= timezone.now()

    # -- state changes ---------------------------------------------------------------------------------------
    @classmethod
    def open_from_report(cls, report: Report, user, case_type: str, severity: str, summary: str) -> Case:
        """Make a new case from a report that is not yet in one."""
        from safepost_web.schools.models import School

        if not summary.strip():
            raise IncidentError("Give the case a short summary (it heads the case and the export).")
        with transaction.atomic():
            rep = Report.objects.select_for_update().get(pk=report.pk)
            if rep.status != ReportStatus.RECEIVED:
                raise IncidentError(f"This report is '{rep.get_status_display()}' already"
                                    f"{' (case ' + rep.case.reference + ')' if rep.case else ''}. Nothing was done.")
            school = School.objects.select_for_update().get(pk=rep.school_id)
            number = (cls.objects.filter(school=school).aggregate(n=models.Max("number"))["n"] or 0) + 1
            case = cls.objects.create(school=school, number=number,
                                      reference=f"{school.slug[:3].upper()}-{timezone.now():%Y}-{number:04d}",
                                      case_type=case_type, severity=severity, summary=summary.strip(),
                                      created_by=user)
            log_event(school, user, "case.created", case=case,
                      detail={"reference": case.reference, "type": case_type, "severity": severity,
                              "summary": case.summary, "from_report": rep.pk})
            case._attach(rep, user)
            record(school, user, "case.opened", case.reference, detail=f"from {rep.label}")
        return case

    def _attach(self, rep: Report, user) -> None:
        rep.status, rep.case = ReportStatus.IN_CASE, self
        rep.save(update_fields=["status", "case"])
        log_event(self.school, user, "case.report_added", case=self, report=rep,
                  detail={"report": rep.pk, "evidence": [[e.pk, e.sha256] for e in rep.evidence.all()]})

    def _locked(self) -> Case:
        return Case.objects.select_for_update().select_related("school").get(pk=self.pk)

    @transaction.atomic
    def attach_report(self, report: Report, user) -> None:
        """Add another report (e.g. a second screenshot of the same posting) to this case."""
        case = self._locked()
        rep = Report.objects.select_for_update().get(pk=report.pk)
        if rep.school_id != case.school_id:
            raise IncidentError("That report belongs to another school.")
        if rep.status != ReportStatus.RECEIVED:
            raise IncidentError(f"This report is '{rep.get_status_display()}' already. Nothing was done.")
        case._attach(rep, user)
        record(case.school, user, "case.report_added", case.reference, detail=rep.label)

    @transaction.atomic
    def change(self, user, *, case_type: str, severity: str, summary: str, pupils, staff, external: str) -> list[str]:
        """Change the type, severity, summary or people; returns what changed (nothing logged if nothing did)."""
        case = self._locked()
        if not summary.strip():
            raise IncidentError("The summary cannot be empty.")
        before = case._snapshot()
        case.case_type, case.severity, case.summary, case.external = case_type, severity, summary.strip(), external.strip()
        case.save(update_fields=["case_type", "severity", "summary", "external"])
        case.pupils.set(pupils)
        case.staff.set(staff)
        after = case._snapshot()
        changed = [k for k in after if after[k] != before[k]]
        if changed:
            log_event(case.school, user, "case.changed", case=case,
                      detail={k: {"from": before[k], "to": after[k]} for k in changed})
            record(case.school, user, "case.changed", case.reference, detail=", ".join(changed))
        self.refresh_from_db()
        return changed

    def _snapshot(self) -> dict:
        return {"type": self.case_type, "severity": self.severity, "summary": self.summary,
                "pupils": sorted(str(p) for p in self.pupils.all()),
                "staff": sorted(u.username for u in self.staff.all()), "external": self.external}

    @transaction.atomic
    def add_action(self, user, kind: str, note: str = "", reference: str = "") -> CaseAction:
        """Record something done: removal requested, a referral, a police or CEOP report, parents told."""
        case = self._locked()
        if case.status == CaseStatus.CLOSED:
            raise IncidentError("This case is closed. Reopen it to record a new action.")
        if kind not in ActionKind.values:
            raise IncidentError("Choose what was done from the list.")
        a = CaseAction.objects.create(case=case, kind=kind, note=note.strip(), reference=reference.strip(), actor=user)
        log_event(case.school, user, "case.action", case=case,
                  detail={"action": kind, "note": a.note, "reference": a.reference})
        record(case.school, user, "case.action", case.reference, detail=a.get_kind_display())
        return a

    @transaction.atomic
    def add_evidence(self, user, prepared) -> list[Evidence]:
        """Add files to the case (the row is locked, so an export never sees half of them)."""
        case = self._locked()
        if not prepared:
            raise IncidentError("Choose at least one file to add.")
        out = _add_files(case.school, user, prepared, case=case)
        record(case.school, user, "case.evidence_added", case.reference, detail=", ".join(e.original_name for e in out))
        return out

    @transaction.atomic
    def close(self, user, outcome: str) -> None:
        """Close with the outcome; the retention period starts now."""
        case = self._locked()
        if case.status == CaseStatus.CLOSED:
            raise IncidentError("This case is already closed. Nothing was done.")
        if not outcome.strip():
            raise IncidentError("Write the outcome before closing the case.")
        case.status, case.outcome, case.closed_at = CaseStatus.CLOSED, outcome.strip(), timezone.now()
        case.save(update_fields=["status", "outcome", "closed_at"])
        log_event(case.school, user, "case.closed", case=case, detail={"outcome": case.outcome})
        record(case.school, user, "case.closed", case.reference, reason=case.outcome)
        self.refresh_from_db()

    @transaction.atomic
    def reopen(self, user, reason: str) -> None:
        """Open a closed case again (new information), saying why."""
        case = self._locked()
        if case.status != CaseStatus.CLOSED:
            raise IncidentError("This case is open already. Nothing was done.")
        if not reason.strip():
            raise IncidentError("Say why the case is being reopened.")
        case.status, case.closed_at = CaseStatus.OPEN, None
        case.save(update_fields=["status", "closed_at"])
        log_event(case.school, user, "case.reopened", case=case, detail={"reason": reason.strip()})
        record(case.school, user, "case.reopened", case.reference, reason=reason.strip())
        self.refresh_from_db()

    @transaction.atomic
    def set_hold(self, user, on: bool, reason: str = "") -> None:
        """Put on or take off a legal hold: a held case is never flagged for deletion review."""
        case = self._locked()
        if case.legal_hold == on:
            raise IncidentError(f"This case is {'already' if on else 'not'} on legal hold. Nothing was done.")
        if on and not reason.strip():
            raise IncidentError("Say why the case is on legal hold (e.g. police investigation, tribunal).")
        case.legal_hold, case.hold_reason = on, reason.strip() if on else ""
        case.save(update_fields=["legal_hold", "hold_reason"])
        log_event(case.school, user, "case.hold_on" if on else "case.hold_off", case=case, detail={"reason": reason.strip()})
        record(case.school, user, "case.hold_on" if on else "case.hold_off", case.reference, reason=reason.strip())
        self.refresh_from_db()

    def record_view(self, user) -> None:
        """Every look at a case is logged."""
        log_event(self.school, user, "case.viewed", case=self)

    def timeline(self):
        return self.log.order_by("seq")


class CaseAction(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(max_length=30, choices=ActionKind.choices)
    note = models.TextField(blank=True)
    reference = models.CharField(max_length=100, blank=True, help_text="e.g. the police crime reference")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]


class Deputy(models.Model):
    """A member of staff the DSL or headteacher names to see and work on cases."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="case_deputies")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    named_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["school", "user"], name="one_deputy_per_school")]


class RetentionRule(models.Model):
    """How long the school keeps a closed case of this type before it is reviewed."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="retention_rules")
    case_type = models.CharField(max_length=30, choices=Kind.choices)
    years = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["school", "case_type"], name="one_retention_rule_per_type")]

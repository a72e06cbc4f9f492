"""Comments on the school's official pages, their authors, the raw webhook events they came in, and the
moderators' actions. Every state change is a model method with a guard, a transaction (select_for_update)
and an audit entry; the local record of a comment is never deleted, even when it is deleted on the platform."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from safepost.types import SEVERITY_RANK
from safepost_web.audit.models import record
from safepost_web.moderation.fieldcrypt import EncryptedTextField


class ModerationError(Exception):
    """An action that cannot happen now, with a plain-English reason."""


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    X = "x", "X"
    OTHER = "other", "Other"


WEBHOOK_PLATFORMS = ("facebook", "instagram")


class AuthorGuess(models.TextChoices):
    PUBLIC = "public", "Member of the public"
    PARENT = "parent", "Parent or carer"
    PUPIL = "pupil", "Pupil"


class PageSettings(models.Model):
    """One school's connection to one platform: webhook secrets, its page ids, and how moderation behaves."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="moderation_pages")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    # Secrets are encrypted at rest (fieldcrypt.py) and never shown back on a page.
    app_secret = EncryptedTextField(blank=True, help_text="The Meta app secret (signs each delivery)")
    verify_token = models.CharField(max_length=200, blank=True, help_text="The token you typed into Meta's webhook set-up")
    page_ids = models.CharField(max_length=500, blank=True, help_text="The page or account ids, separated by commas")
    # The page access token the connectors use to hide, delete and block (connectors/from_page_settings).
    access_token = EncryptedTextField(blank=True, help_text="The page access token for moderation")
    auto_hide = models.BooleanField(default=False, help_text="Hide comments the policy says to block or escalate at once")
    auto_block = models.BooleanField(default=False, help_text="Block an author automatically at the strike limit")
    default_author = models.CharField(max_length=10, choices=AuthorGuess.choices, default=AuthorGuess.PUBLIC)
    strike_limit = models.PositiveIntegerField(null=True, blank=True, help_text="Leave empty to use the policy's")
    strike_window_days = models.PositiveIntegerField(null=True, blank=True, help_text="Leave empty to use the policy's")
    target_hours = models.PositiveIntegerField(default=24, help_text="How long a comment may wait for a moderator")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["school", "platform"], name="one_page_settings_per_platform")]

    def __str__(self) -> str:
        return f"{self.school} on {self.get_platform_display()}"

    @property
    def page_id_list(self) -> list[str]:
        return [p.strip() for p in self.page_ids.split(",") if p.strip()]


class EventStatus(models.TextChoices):
    STORED = "stored", "Stored, not processed yet"
    PROCESSED = "processed", "Processed"
    FAILED = "failed", "Failed: needs a re-run"
    REFUSED = "refused", "Refused (bad signature or unreadable)"
    IGNORED = "ignored", "Ignored (no school owns this page)"


class WebhookEvent(models.Model):
    """One delivery exactly as it arrived, stored before anything else is done with it."""

    school = models.ForeignKey("schools.School", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="webhook_events")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    source = models.CharField(max_length=20, default="webhook")  # webhook | import
    body = models.BinaryField()
    headers = models.JSONField(default=dict, blank=True)
    received = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.CharField(max_length=20, choices=EventStatus.choices, default=EventStatus.STORED)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received", "-id"]
        # The worker and the sweep look for what still waits; a partial index keeps that cheap as the table grows.
        indexes = [models.Index(fields=["received"], condition=models.Q(status="stored"), name="mod_event_waiting")]

    def __str__(self) -> str:
        return f"{self.platform} event {self.pk} ({self.status})"

    def mark_failed(self, error: str) -> None:
        """Record that processing failed after its retries, so an administrator sees it and can re-run it."""
        WebhookEvent.objects.filter(pk=self.pk).update(status=EventStatus.FAILED, error=error[:2000])
        self.refresh_from_db(fields=["status", "error"])

    @transaction.atomic
    def requeue(self, user) -> None:
        """Put a failed event back to be processed (the re-run button)."""
        ev = WebhookEvent.objects.select_for_update().get(pk=self.pk)
        if ev.status != EventStatus.FAILED:
            raise ModerationError(f"This event is '{ev.get_status_display()}', so there is nothing to re-run.")
        ev.status, ev.error = EventStatus.STORED, ""
        ev.save(update_fields=["status", "error"])
        record(ev.school, user, "moderation.event_rerun", f"webhook event {ev.pk}")
        self.refresh_from_db()


class Author(models.Model):
    """A commenter on one platform, keyed by the platform's id: a changed display name is the same author."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="comment_authors")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    platform_id = models.CharField(max_length=200)
    name = models.CharField(max_length=200, blank=True)  # the latest display name seen
    blocked = models.BooleanField(default=False)
    blocked_at = models.DateTimeField(null=True, blank=True)
    block_suggested = models.BooleanField(default=False)
    note = models.TextField(blank=True)
    # Who the school says this author is (parent, pupil, public); empty: guessed per comment (authors.py).
    kind = models.CharField(max_length=10, choices=AuthorGuess.choices, blank=True)
    kind_set_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    kind_set_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "platform_id"]
        constraints = [models.UniqueConstraint(fields=["school", "platform", "platform_id"], name="one_author_per_id")]

    def __str__(self) -> str:
        return f"{self.name or self.platform_id} ({self.get_platform_display()})"

    @property
    def label(self) -> str:
        return f"{self.get_platform_display()} author {self.platform_id}"

    def page_id(self) -> str:
        """The page this author commented on (their latest comment's), else the school's first page id."""
        last = self.comments.exclude(page_id="").order_by("-received").values_list("page_id", flat=True).first()
        if last:
            return last
        ps = PageSettings.objects.filter(school_id=self.school_id, platform=self.platform).first()
        return ps.page_id_list[0] if ps and ps.page_id_list else ""

    def removed_in_window(self, days: int) -> int:
        """Comments of this author hidden or deleted in the last `days` days (their strikes)."""
        since = timezone.now() - dt.timedelta(days=days)
        return self.comments.filter(removed_at__gte=since).count()

    def block(self, user, reason: str = "", *, automatic: bool = False) -> None:
        """Block this author on the platform and here."""
        from safepost_web.moderation.connect import AuthorRef, platform_call

        with transaction.atomic():
            a = Author.objects.select_for_update().get(pk=self.pk)
            if a.blocked:
                raise ModerationError(f"{a} is blocked already. Nothing was done.")
            done = platform_call(a.school, a.platform, "block", AuthorRef(a.platform, a.page_id(), a.platform_id))
            a.blocked, a.blocked_at, a.block_suggested = True, timezone.now(), False
            a.save(update_fields=["blocked", "blocked_at", "block_suggested"])
            record(a.school, user, "moderation.author_blocked", a.label,
                   detail=("automatically at the strike limit" if automatic else "") +
                   ("" if done else " (do this on the platform yourself: safepost could not)"), reason=reason)
        self.refresh_from_db()

    def unblock(self, user, reason: str) -> None:
        """Lift a block; a reason is required and logged."""
        from safepost_web.moderation.connect import AuthorRef, platform_call

        if not reason.strip():
            raise ModerationError("Say why this author is being unblocked: it is kept in the audit log.")
        with transaction.atomic():
            a = Author.objects.select_for_update().get(pk=self.pk)
            if not a.blocked:
                raise ModerationError(f"{a} is not blocked. Nothing was done.")
            platform_call(a.school, a.platform, "unblock", AuthorRef(a.platform, a.page_id(), a.platform_id))
            a.blocked, a.blocked_at = False, None
            a.save(update_fields=["blocked", "blocked_at"])
            record(a.school, user, "moderation.author_unblocked", a.label, reason=reason.strip())
        self.refresh_from_db()

    def names_seen(self) -> list[str]:
        """Every display name this author has used here, newest first (the id is what makes them one author)."""
        out: list[str] = []
        for n in self.comments.order_by("-received", "-id").values_list("author_name", flat=True):
            if n and n not in out:
                out.append(n)
        if self.name and self.name not in out:
            out.insert(0, self.name)
        return out

    def set_kind(self, user, kind: str, reason: str = "") -> list[int]:
        """Mark who this author is (or '' to go back to guessing); logged. Their comments still waiting are
        taken as that from now on and checked again; the ids of those comments."""
        from safepost_web.moderation.authors import guess_author

        if kind not in ("", *AuthorGuess.values):
            raise ModerationError("Choose parent or carer, pupil, member of the public, or 'guess from the comment'.")
        with transaction.atomic():
            a = Author.objects.select_for_update().get(pk=self.pk)
            if a.kind == kind:
                raise ModerationError("This author is marked like that already. Nothing was changed.")
            before = a.get_kind_display() if a.kind else "guessed from each comment"
            a.kind, a.kind_set_by, a.kind_set_at = kind, (user if getattr(user, "pk", None) else None), timezone.now()
            a.save(update_fields=["kind", "kind_set_by", "kind_set_at"])
            after = a.get_kind_display() if kind else "guessed from each comment"
            record(a.school, user, "moderation.author_kind_set", a.label, detail=f"{before} → {after}", reason=reason)
            ps = PageSettings.objects.filter(school=a.school, platform=a.platform).first()
            again = []
            for c in Comment.objects.select_for_update().filter(author=a, state=State.PENDING):
                g = guess_author(c.text, a, ps.default_author if ps else AuthorGuess.PUBLIC)
                if g.kind == c.author_kind:
                    Comment.objects.filter(pk=c.pk).update(author_kind_why=g.why)
                    continue
                Comment.objects.filter(pk=c.pk).update(
                    author_kind=g.kind, author_kind_why=g.why, state=State.NEW,
                    note=f"Checked again: the author is now taken as a {g.label.lower()}.")
                again.append(c.pk)
        self.refresh_from_db()
        return again


class State(models.TextChoices):
    NEW = "new", "Not checked yet"
    PENDING = "pending", "Waiting for a moderator"
    CLEAN = "clean", "Checked: nothing found"
    KEPT = "kept", "Kept by a moderator"
    HIDDEN = "hidden", "Hidden"
    DELETED = "deleted", "Deleted on the platform (kept here)"
    ESCALATED = "escalated", "Escalated to the DSL"


OPEN_STATES = (State.NEW, State.PENDING)
ACTIONS = ("keep", "hide", "delete", "block", "escalate")


class Comment(models.Model):
    """One comment on the school's page. The record stays when the comment is deleted on the platform."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="page_comments")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    comment_id = models.CharField(max_length=200)
    page_id = models.CharField(max_length=200, blank=True)
    post_id = models.CharField(max_length=200, blank=True)
    author = models.ForeignKey(Author, null=True, blank=True, on_delete=models.PROTECT, related_name="comments")
    author_name = models.CharField(max_length=200, blank=True)  # the name at the time of the comment
    author_kind = models.CharField(max_length=10, choices=AuthorGuess.choices, default=AuthorGuess.PUBLIC)
    author_kind_why = models.CharField(max_length=300, blank=True)  # why the check took the author as that
    text = models.TextField(blank=True)
    link = models.URLField(max_length=1000, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    received = models.DateTimeField(default=timezone.now, db_index=True)
    event = models.ForeignKey(WebhookEvent, null=True, blank=True, on_delete=models.PROTECT, related_name="comments")
    state = models.CharField(max_length=20, choices=State.choices, default=State.NEW, db_index=True)
    verdict = models.CharField(max_length=20, blank=True)
    severity = models.CharField(max_length=20, blank=True)
    severity_rank = models.IntegerField(default=-1)  # for ordering the queue: highest first
    findings = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)  # why a person must look (not English, emoji only...)
    checked_at = models.DateTimeField(null=True, blank=True)
    removed_on_platform = models.BooleanField(default=False)  # gone on the platform (by us or by anyone)
    hidden_on_platform = models.BooleanField(default=False)
    removed_at = models.DateTimeField(null=True, blank=True)  # when we hid or deleted it: a strike
    actioned_at = models.DateTimeField(null=True, blank=True)
    actioned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    incident_report = models.ForeignKey("incidents.Report", null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="+")

    class Meta:
        ordering = ["-severity_rank", "received", "id"]
        constraints = [models.UniqueConstraint(fields=["school", "platform", "comment_id"],
                                               name="one_comment_per_platform_id")]
        indexes = [models.Index(fields=["id"], condition=models.Q(state="new"), name="mod_comment_unchecked")]

    def __str__(self) -> str:
        return f"Comment {self.pk} ({self.get_state_display()})"

    @property
    def label(self) -> str:
        return f"{self.get_platform_display()} comment {self.comment_id}"

    def ref(self):
        from safepost_web.moderation.connect import CommentRef

        return CommentRef(self.platform, self.page_id, self.comment_id, self.author.platform_id if self.author else "",
                          self.post_id)

    def _locked(self) -> Comment:
        return Comment.objects.select_for_update(of=("self",)).select_related("school", "author").get(pk=self.pk)

    def _finish(self, c: Comment, state: str, user, action: str, detail: str = "", reason: str = "") -> None:
        c.state, c.actioned_at = state, timezone.now()
        c.actioned_by = user if getattr(user, "pk", None) else None
        c.save()
        record(c.school, user, f"moderation.{action}", c.label, detail=detail, reason=reason)

    # -- actions ---------------------------------------------------------------------------------------------
    def keep(self, user, reason: str = "") -> None:
        """Leave the comment up (it is fine); a hidden one is shown again."""
        from safepost_web.moderation.connect import platform_call

        with transaction.atomic():
            c = self._locked()
            if c.state not in (*OPEN_STATES, State.HIDDEN):
                raise ModerationError(f"This comment is '{c.get_state_display()}' already. Nothing was done.")
            note = ""
            if c.hidden_on_platform and not c.removed_on_platform:
                if not platform_call(c.school, c.platform, "unhide", c.ref()):
                    note = "show it again on the platform yourself: safepost could not"
                c.hidden_on_platform = False
                c.removed_at = None  # kept after all: not a strike
            self._finish(c, State.KEPT, user, "kept", detail=note, reason=reason)
        self.refresh_from_db()

    def hide(self, user, reason: str = "", *, automatic: bool = False) -> None:
        """Hide the comment on the platform (everyone but its author stops seeing it)."""
        from safepost_web.moderation.connect import platform_call

        with transaction.atomic():
            c = self._locked()
            if not (c.state in OPEN_STATES or (c.state == State.ESCALATED and not c.hidden_on_platform
                                               and not c.removed_on_platform)):
                raise ModerationError(f"This comment is '{c.get_state_display()}' already. Nothing was done.")
            done = c.removed_on_platform or platform_call(c.school, c.platform, "hide", c.ref(), comment=c)
            c.hidden_on_platform = True
            c.removed_at = c.removed_at or timezone.now()
            state = State.ESCALATED if c.state == State.ESCALATED else State.HIDDEN
            self._finish(c, state, user, "hidden", reason=reason,
                         detail=("automatically: the policy says block or escalate" if automatic else "") +
                         ("" if done else " (hide it on the platform yourself: safepost could not)"))
        self.refresh_from_db()
        after_removal(self, user)

    def delete_on_platform(self, user, reason: str = "") -> None:
        """Delete the comment on the platform; the record here and its evidence are kept."""
        from safepost_web.moderation.connect import platform_call

        with transaction.atomic():
            c = self._locked()
            if c.state not in (*OPEN_STATES, State.HIDDEN, State.ESCALATED) or c.removed_on_platform:
                raise ModerationError(f"This comment is '{c.get_state_display()}'"
                                      f"{' and gone from the platform' if c.removed_on_platform else ''} already. "
                                      "Nothing was done.")
            done = platform_call(c.school, c.platform, "delete", c.ref(), comment=c)
            c.removed_on_platform = True
            c.removed_at = c.removed_at or timezone.now()
            state = State.ESCALATED if c.state == State.ESCALATED else State.DELETED
            self._finish(c, state, user, "deleted", reason=reason,
                         detail="" if done else "delete it on the platform yourself: safepost could not")
        self.refresh_from_db()
        after_removal(self, user)

    def block_author(self, user, reason: str = "") -> None:
        """Block the comment's author (the comment itself is hidden too when still open)."""
        if self.author is None:
            raise ModerationError("This comment has no known author, so nobody can be blocked.")
        self.author.block(user, reason)
        if self.state in OPEN_STATES:
            self.hide(user, reason or "author blocked")

    def escalate(self, user, reason: str = "", *, automatic: bool = False, attachments=()) -> None:
        """Send the comment to the DSL: open an incident with the evidence kept, and alert DSL and headteacher.
        `attachments`: files already checked by incidents.storage.prepare (e.g. the moderator's screenshot)."""
        from safepost_web.moderation.escalation import escalate_comment

        with transaction.atomic():
            c = self._locked()
            if c.state == State.ESCALATED or c.incident_report_id:
                raise ModerationError("This comment has been escalated already. Nothing was done.")
            if c.state not in (*OPEN_STATES, State.HIDDEN, State.DELETED, State.KEPT):
                raise ModerationError(f"This comment is '{c.get_state_display()}'. Nothing was done.")
            c.incident_report = escalate_comment(c, user, reason, automatic=automatic, attachments=attachments)
            self._finish(c, State.ESCALATED, user, "escalated", reason=reason,
                         detail=f"{'automatically: ' if automatic else ''}incident {c.incident_report.label} opened")
        self.refresh_from_db()

    def apply(self, action: str, user, reason: str = "") -> None:
        """Run one of ACTIONS by name (the queue's buttons and bulk actions)."""
        fn = {"keep": self.keep, "hide": self.hide, "delete": self.delete_on_platform,
              "block": self.block_author, "escalate": self.escalate}.get(action)
        if fn is None:
            raise ModerationError(f"'{action}' is not an action here. Choose keep, hide, delete, block or escalate.")
        fn(user, reason)


def strike_rule(school, platform: str) -> tuple[int | None, int]:
    """(removed comments before a block, window in days) for this school: its own setting, else its pack's."""
    limit, window = None, 90
    try:
        from safepost_web.schools.library import pack_for

        s = pack_for(school).settings
        limit, window = s.block_after_removed_comments, s.strike_window_days
    except Exception:  # no pack yet: no automatic strikes rule unless the school set one
        pass
    ps = PageSettings.objects.filter(school=school, platform=platform).first()
    if ps and ps.strike_limit:
        limit = ps.strike_limit
    if ps and ps.strike_window_days:
        window = ps.strike_window_days
    return limit, window


def after_removal(comment: Comment, user) -> None:
    """Count the author's strikes; at the limit suggest a block, or block when the school chose that."""
    a = comment.author
    if a is None:
        return
    a.refresh_from_db()
    if a.blocked:
        return
    limit, window = strike_rule(comment.school, comment.platform)
    if not limit or a.removed_in_window(window) < limit:
        return
    ps = PageSettings.objects.filter(school=comment.school, platform=comment.platform).first()
    if ps and ps.auto_block:
        a.block(user, f"{limit} comments removed within {window} days", automatic=True)
    elif not a.block_suggested:
        Author.objects.filter(pk=a.pk).update(block_suggested=True)
        record(comment.school, user, "moderation.block_suggested", a.label,
               detail=f"{limit} comments removed within {window} days")


def severity_rank(severity: str) -> int:
    return SEVERITY_RANK.get(severity, -1)


class ModeratorStatus(models.Model):
    """Whether a moderator is away, and who covers for them (the cover warnings read this)."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="moderator_statuses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    absent = models.BooleanField(default=False)
    covered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["school", "user"], name="one_moderator_status")]

"""Official posts and their approval. Every state change is a method with a guard, a transaction
(select_for_update) and an audit entry; each change adds a Transition row (history is never overwritten)."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from django.conf import settings
from django.core.files import File
from django.db import models, transaction
from django.utils import timezone

from safepost.types import SafepostError

from safepost_web.audit.models import record

log = logging.getLogger(__name__)


class PostStateError(Exception):
    """A state change that cannot happen now, with a plain-English reason for the member of staff."""


class PostCheckError(Exception):
    """A new post could not be checked, so nothing of it was kept; the message says so in plain English.
    `__cause__` is the checker's own error (a SafepostError when the school's policy cannot be used)."""


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_MODERATION = "in_moderation", "Waiting for a moderator"
    CHANGES_REQUESTED = "changes_requested", "Changes asked for"
    APPROVED = "approved", "Approved: ready to publish"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED)
# A post whose check says this cannot go to moderators or be approved: it must be changed first.
STOPPING_VERDICTS = ("block", "escalate")


def upload_to(instance: "PostPhoto", filename: str) -> str:
    return f"posts/{instance.post.school_id}/{instance.post_id}/{filename}"


class OfficialPost(models.Model):
    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="official_posts")
    account = models.ForeignKey("schools.OfficialAccount", on_delete=models.PROTECT, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    tagged = models.ManyToManyField("schools.Pupil", blank=True, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    # Bumped on every change: a form carries the version it was drawn from, so a stale one is refused.
    version = models.PositiveIntegerField(default=1)
    verdict = models.CharField(max_length=20, blank=True)
    check_result = models.JSONField(default=dict, blank=True)
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return f"Official post {self.pk} ({self.get_status_display()})"

    @property
    def label(self) -> str:
        return f"official post {self.pk}"

    # -- creating --------------------------------------------------------------
    @classmethod
    def draft(cls, school, account, author, text: str, tagged: Iterable = (), photo_paths: Iterable[str] = (),
              detail: str = "") -> "OfficialPost":
        """A new checked draft with its tagged pupils and photos: all of it or, if the check fails, nothing
        (PostCheckError). The one way the post form and the API create a post."""
        stored: list = []  # photo files written so far: storage is not part of the transaction
        try:
            with transaction.atomic():
                post = cls.objects.create(school=school, account=account, author=author, text=text)
                post.tagged.set(tagged)
                for path in photo_paths:
                    name = os.path.basename(path)
                    with open(path, "rb") as fh:
                        # save_photos names uploads '<n>-<name>': keep the name the member of staff gave it.
                        photo = PostPhoto.objects.create(post=post, image=File(fh, name=name),
                                                         original_name=name.split("-", 1)[-1])
                    stored.append(photo.image)
                post._check_for_draft()
                post.save()
                record(school, author, "post.drafted", post.label, detail=detail)
        except BaseException:
            for image in stored:
                image.storage.delete(image.name)
            raise
        return post

    def _check_for_draft(self) -> None:
        self._check_or_raise(PostCheckError, "Nothing was saved")

    def _check_or_raise(self, error: type[Exception], nothing: str):
        """run_check, with a failure turned into `error` and a plain message ending in `nothing` (the caller's
        transaction then rolls back: nothing is left half-done)."""
        try:
            return self.run_check()
        except SafepostError as e:  # the school's policy cannot be loaded, say
            raise error(f"The post could not be checked: {str(e).rstrip('.')}. {nothing}.") from e
        except Exception as e:
            # A fault in the checker must not leave a half-made change; the administrator finds it in the log.
            log.exception("official post: the check failed")
            raise error("The post could not be checked because of a fault in the checker (it has been "
                        f"logged for your administrator). {nothing}: try again later.") from e

    # -- checking --------------------------------------------------------------
    def run_check(self):
        """Check the text and photos against the school's pack, with the tagged pupils."""
        from safepost_web.checks.service import run_check

        tags = tuple(str(p) for p in self.tagged.all())
        images = tuple(ph.image.path for ph in self.photos.all())
        result = run_check(self.school, self.text, account="official", channel=self.account.platform,
                           images=images, tags=tags)
        self.verdict = result.verdict
        self.check_result = result.to_dict()
        return result

    def consent_problems(self) -> list[str]:
        """Tagged pupils whose recorded consent does not cover this post, read fresh from the roster."""
        probs = []
        has_photos = self.photos.exists()
        for p in self.tagged.all():
            if has_photos and not p.photo_consent:
                probs.append(f"{p} is tagged in the photos but has no photo consent recorded.")
            if p.left_at is not None:
                probs.append(f"{p} has left the school: their consent no longer covers new posts.")
        return probs

    # -- state changes -----------------------------------------------------------
    def _locked(self, expected_version: int | None) -> "OfficialPost":
        post = OfficialPost.objects.select_for_update().get(pk=self.pk)
        try:
            stale = expected_version is not None and int(expected_version) != post.version
        except (TypeError, ValueError):
            stale = True  # a form without a readable version is treated as out of date
        if stale:
            raise PostStateError(
                f"This post changed since you opened it (it is now '{post.get_status_display()}'). "
                "Nothing was done: reload the page to see its current state.")
        return post

    def _move(self, post: "OfficialPost", to: str, user, comment: str = "") -> None:
        before = post.status
        post.status = to
        post.version += 1
        post.updated = timezone.now()
        post.save()
        Transition.objects.create(post=post, from_status=before, to_status=to, actor=user, comment=comment)
        record(post.school, user, f"post.{to}", post.label,
               detail=f"{Status(before).label} -> {Status(to).label}", reason=comment)
        self.refresh_from_db()

    @transaction.atomic
    def submit(self, user, expected_version: int | None = None) -> None:
        """Send a draft to the moderators' queue, after checking it."""
        post = self._locked(expected_version)
        if post.author_id != user.pk:
            raise PostStateError("Only the author can send this post for approval.")
        if post.status not in EDITABLE:
            raise PostStateError(f"This post is '{post.get_status_display()}', so it cannot be sent for approval.")
        result = post._check_or_raise(PostStateError, "It was not sent")
        post.save(update_fields=["verdict", "check_result"])
        if result.verdict in STOPPING_VERDICTS:
            raise PostStateError("The check found problems that stop this post (see below). Change it and "
                                 "send it again.")
        self._move(post, Status.IN_MODERATION, user)

    @transaction.atomic
    def approve(self, user, comment: str = "", expected_version: int | None = None) -> None:
        """Approve for publishing; consent and the check are read again now, not trusted from submission."""
        post = self._locked(expected_version)
        self._guard_moderation(post, user, "approve")
        probs = post.consent_problems()
        if probs:
            raise PostStateError("Consent has changed since this post was sent: " + " ".join(probs) +
                                 " Ask for changes instead.")
        result = post._check_or_raise(PostStateError, "It was not approved")
        post.save(update_fields=["verdict", "check_result"])
        if result.verdict in STOPPING_VERDICTS:
            raise PostStateError("The check now stops this post (the roster or policy may have changed). "
                                 "Ask for changes instead.")
        self._move(post, Status.APPROVED, user, comment)

    @transaction.atomic
    def reject(self, user, reason: str, expected_version: int | None = None) -> None:
        """Reject, with the reason the author will see."""
        if not reason.strip():
            raise PostStateError("Say why the post is rejected: the author will see your reason.")
        post = self._locked(expected_version)
        self._guard_moderation(post, user, "reject")
        self._move(post, Status.REJECTED, user, reason.strip())

    @transaction.atomic
    def request_changes(self, user, comment: str, expected_version: int | None = None) -> None:
        """Send back to the author with what to change."""
        if not comment.strip():
            raise PostStateError("Say what should change: the author will see your comment.")
        post = self._locked(expected_version)
        self._guard_moderation(post, user, "ask for changes to")
        self._move(post, Status.CHANGES_REQUESTED, user, comment.strip())

    @transaction.atomic
    def withdraw(self, user, expected_version: int | None = None) -> None:
        """The author takes the post back before it is decided."""
        post = self._locked(expected_version)
        if post.author_id != user.pk:
            raise PostStateError("Only the author can withdraw this post.")
        if post.status not in (*EDITABLE, Status.IN_MODERATION):
            raise PostStateError(f"This post is '{post.get_status_display()}', so it cannot be withdrawn.")
        self._move(post, Status.WITHDRAWN, user)

    @transaction.atomic
    def edit(self, user, text: str, expected_version: int | None = None) -> None:
        """Change the text of a draft (or of a post sent back for changes)."""
        post = self._locked(expected_version)
        if post.author_id != user.pk:
            raise PostStateError("Only the author can change this post.")
        if post.status not in EDITABLE:
            raise PostStateError(f"This post is '{post.get_status_display()}', so it cannot be changed.")
        post.text = text
        post.version += 1
        post.updated = timezone.now()
        post._check_or_raise(PostStateError, "Your change was not saved")
        post.save()
        record(post.school, user, "post.edited", post.label)
        self.refresh_from_db()

    @staticmethod
    def _guard_moderation(post: "OfficialPost", user, verb: str) -> None:
        if post.author_id == user.pk:
            raise PostStateError(f"You cannot {verb} your own post: another moderator must decide it.")
        if post.status == Status.WITHDRAWN:
            raise PostStateError(f"The author withdrew this post, so you cannot {verb} it. Nothing was done.")
        if post.status != Status.IN_MODERATION:
            raise PostStateError(f"This post is '{post.get_status_display()}', not waiting for a moderator, "
                                 f"so you cannot {verb} it. Nothing was done.")


class Transition(models.Model):
    """One step in a post's history: from, to, who, when, why (Wagtail's TaskState in spirit)."""

    post = models.ForeignKey(OfficialPost, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=20, choices=Status.choices)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    comment = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]


class PostPhoto(models.Model):
    post = models.ForeignKey(OfficialPost, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(upload_to=upload_to)
    original_name = models.CharField(max_length=255)

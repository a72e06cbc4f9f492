"""Reminder emails: staff who have not signed the current version, and the headteacher when the review is late."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone

from safepost_web.core.context import site_url
from safepost_web.policies.models import Reminder
from safepost_web.policies.status import standing
from safepost_web.schools.models import Role


def _link(name: str, slug: str) -> str:
    return site_url(reverse(name, kwargs={"slug": slug}))


def remind_school(school, every_days: int = 7, dry_run: bool = False) -> list[str]:
    """Send the reminders due now for one school; returns one line per email (sent, or would be)."""
    st = standing(school)
    now = timezone.now()
    since = now - dt.timedelta(days=every_days)
    out: list[str] = []
    v = st.version
    if v is not None:
        for p in st.unsigned:
            u = p.membership.user
            if not u.email or not u.is_active:
                continue
            if Reminder.objects.filter(school=school, user=u, kind="sign", version=v, sent_at__gte=since).exists():
                continue
            out.append(f"{school.slug}: asked {u.email} to sign version {v.number}")
            if dry_run:
                continue
            send_mail(
                f"Please read and sign {school.name}'s social media policy (version {v.number})",
                f"Dear {p.name},\n\nVersion {v.number} of {school.name}'s social media policy was approved on "
                f"{v.governors_approved_on:%d %B %Y}. Everyone who works at the school, including volunteers and "
                f"governors, needs to read it and sign the declaration at the end.\n\n"
                f"Read and sign it here: {_link('policies:sign', school.slug)}\n\n"
                "It takes about ten minutes. If you have questions, ask the headteacher.\n",
                settings.DEFAULT_FROM_EMAIL, [u.email])
            Reminder.objects.create(school=school, user=u, kind="sign", version=v, sent_at=now)
    if st.review.overdue or st.unsigned or st.training_due:
        heads = [p for p in st.people if p.membership.role == Role.HEADTEACHER and p.membership.user.email]
        for p in heads:
            u = p.membership.user
            if Reminder.objects.filter(school=school, user=u, kind="review", sent_at__gte=since).exists():
                continue
            lines = []
            if st.review.overdue:
                lines.append(f"- The policy review was due on {st.review.next_review:%d %B %Y} and is "
                             f"{st.review.days_late} days overdue.")
            if v is not None and st.unsigned:
                lines.append(f"- {len(st.unsigned)} of {len(st.people)} people have not signed version "
                             f"{v.number}.")
            if v is None:
                lines.append("- No version of the policy has been approved in safepost yet.")
            if st.training_due:
                lines.append(f"- {len(st.training_due)} people are due social media training.")
            out.append(f"{school.slug}: sent the headteacher's summary to {u.email}")
            if dry_run:
                continue
            send_mail(f"{school.name}: social media policy needs attention",
                      f"Dear {p.name},\n\n" + "\n".join(lines) +
                      f"\n\nSee who and what on the policy page: {_link('policies:overview', school.slug)}\n",
                      settings.DEFAULT_FROM_EMAIL, [u.email])
            Reminder.objects.create(school=school, user=u, kind="review", version=v, sent_at=now)
    return out

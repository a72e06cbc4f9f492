"""Staff invitations by emailed link: signed, expiring, used once."""
from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.urls import reverse

from safepost_web.core.context import site_url
from safepost_web.schools.models import Invitation

SALT = "safepost.invitation"


def token_for(inv: Invitation) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(inv.pk))


def invitation_from(token: str) -> Invitation:
    """The invitation for a token; signing.SignatureExpired / BadSignature / Invitation.DoesNotExist otherwise."""
    pk = signing.TimestampSigner(salt=SALT).unsign(token, max_age=settings.INVITATION_DAYS * 86400)
    return Invitation.objects.select_related("school").get(pk=int(pk))


def send_invitation(inv: Invitation, request=None) -> str:
    """Email the invitation link; returns the link."""
    path = reverse("accept_invitation", args=[token_for(inv)])
    link = request.build_absolute_uri(path) if request is not None else site_url(path)
    inviter = inv.invited_by.get_full_name() or inv.invited_by.username if inv.invited_by else "Your school"
    send_mail(
        subject=f"You are invited to safepost at {inv.school.name}",
        message=(f"{inviter} has invited you to safepost at {inv.school.name} as {inv.get_role_display()}.\n\n"
                 f"Open this link to choose your password (it works for {settings.INVITATION_DAYS} days):\n"
                 f"{link}\n\nIf you were not expecting this, you can ignore this email."),
        from_email=settings.DEFAULT_FROM_EMAIL, recipient_list=[inv.email])
    return link

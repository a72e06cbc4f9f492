"""Staff invitations by emailed link: signed, expiring, used once."""
from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from safepost_web.schools.models import Invitation, Membership

NEW = {"first_name": "Nina", "last_name": "New", "password1": "a long new password 7", "password2": "a long new password 7"}


def _link(body: str) -> str:
    return re.search(r"http://testserver(/invite/\S+/)", body).group(1)


def test_it_emails_each_invited_person_a_link(as_user, world):
    r = as_user("grace").post("/s/brookfield/staff/", {"lines": "nina@brookfield.sch.uk, moderator\nola@b.sch.uk"})
    assert r.status_code == 302
    assert [m.to for m in mail.outbox] == [["nina@brookfield.sch.uk"], ["ola@b.sch.uk"]]
    assert Invitation.objects.get(email="ola@b.sch.uk").role == "staff"


@pytest.mark.parametrize("lines,problem", [
    ("not-an-email, staff", b"is not an email address"),
    ("nina@brookfield.sch.uk, wizard", b"is not a role"),
    ("  \n ", b"This field is required"),
])
def test_it_names_the_bad_line_and_sends_nothing(as_user, world, lines, problem):
    r = as_user("grace").post("/s/brookfield/staff/", {"lines": lines})
    assert problem in r.content and len(mail.outbox) == 0 and not Invitation.objects.exists()


def test_accepting_creates_the_user_and_membership_with_the_role(as_user, client, world):
    as_user("grace").post("/s/brookfield/staff/", {"lines": "nina@brookfield.sch.uk, moderator"})
    link = _link(mail.outbox[0].body)
    assert client.get(link).status_code == 200
    r = client.post(link, NEW)
    assert r.status_code == 302
    user = get_user_model().objects.get(email="nina@brookfield.sch.uk")
    assert Membership.objects.get(user=user, school=world.school).role == "moderator"
    assert client.get(link).status_code == 302  # used once: the second visit is sent to sign in


def test_an_expired_link_gives_a_clear_page(as_user, client, world, settings):
    as_user("grace").post("/s/brookfield/staff/", {"lines": "nina@brookfield.sch.uk"})
    link = _link(mail.outbox[0].body)
    settings.INVITATION_DAYS = -1  # every link is now past its age
    r = client.get(link)
    assert r.status_code == 410 and b"expired" in r.content and b"send you a new one" in r.content


def test_a_tampered_link_is_refused(client, world):
    r = client.get("/invite/42:abc:def/")
    assert r.status_code == 404 and b"does not work" in r.content


def test_mismatched_passwords_are_named(as_user, client, world):
    as_user("grace").post("/s/brookfield/staff/", {"lines": "nina@brookfield.sch.uk"})
    r = client.post(_link(mail.outbox[0].body), {**NEW, "password2": "something else 123"})
    assert b"The two passwords are different" in r.content
    assert not get_user_model().objects.filter(email="nina@brookfield.sch.uk").exists()


def test_an_existing_user_joins_a_second_school_after_signing_in(as_user, world):
    m = as_user("mallory")
    as_user("alice").post("/s/brookfield/staff/", {"lines": "mallory@riverside.example, governor"})
    link = _link(mail.outbox[0].body)
    assert m.post(link).status_code == 302
    assert Membership.objects.get(user=world.mallory, school=world.school).role == "governor"
    assert Membership.objects.get(user=world.mallory, school=world.other).role == "headteacher"


def test_a_leader_changes_a_role_but_not_their_own(as_user, world):
    c = as_user("grace")
    bob = Membership.objects.get(user=world.bob, school=world.school)
    c.post(f"/s/brookfield/staff/{bob.pk}/role/", {"role": "moderator"})
    bob.refresh_from_db()
    assert bob.role == "moderator"
    me = Membership.objects.get(user=world.grace, school=world.school)
    c.post(f"/s/brookfield/staff/{me.pk}/role/", {"role": "staff"})
    me.refresh_from_db()
    assert me.role == "admin"


def test_a_leader_cannot_change_a_role_in_another_school(as_user, world):
    other = Membership.objects.get(user=world.mallory)
    r = as_user("grace").post(f"/s/brookfield/staff/{other.pk}/role/", {"role": "staff"})
    assert r.status_code == 404
    r = as_user("grace").post(f"/s/riverside/staff/{other.pk}/role/", {"role": "staff"})
    assert r.status_code == 403

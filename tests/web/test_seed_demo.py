"""The demo: one command makes Brookfield with a user per role and prints how to sign in."""
from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from safepost_web.schools.models import Membership, School

from .personas import PERSONAS


@pytest.mark.django_db
def test_seed_demo_creates_the_school_people_and_roster():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    school = School.objects.get(slug="brookfield")
    assert school.pupils.count() == 60 and school.official_accounts.count() == 2
    roles = dict(Membership.objects.filter(school=school).values_list("user__username", "role"))
    assert roles == PERSONAS
    text = out.getvalue()
    assert "brookfield-demo-2026" in text and "mallory" in text
    assert not Membership.objects.filter(user__username="mallory", school=school).exists()


@pytest.mark.django_db
def test_seed_demo_run_twice_does_not_duplicate():
    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    school = School.objects.get(slug="brookfield")
    assert school.pupils.count() == 60 and school.memberships.count() == 7


@pytest.mark.django_db
def test_the_demo_users_can_sign_in(client):
    call_command("seed_demo", stdout=StringIO(), password="a demo password 1")
    assert client.login(username="dave", password="a demo password 1")

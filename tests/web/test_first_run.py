"""A new installation: the office manager makes the school and their own account from the browser."""
from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from safepost_web.schools.models import Membership, School

FORM = {"school_name": "St Mary's C of E Primary", "first_name": "Olive", "last_name": "Office",
        "email": "Office@stmarys.sch.uk", "password1": "a long first password 9", "password2": "a long first password 9"}


@pytest.mark.django_db
def test_a_new_installation_sends_sign_in_to_the_welcome_page(client):
    r = client.get("/accounts/login/")
    assert r.status_code == 302 and r["Location"] == "/welcome/"


@pytest.mark.django_db
def test_the_welcome_page_makes_the_school_and_its_administrator(client):
    r = client.post("/welcome/", FORM)
    school = School.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/s/{school.slug}/setup/"
    assert school.slug == "st-marys-c-of-e-primary"
    user = get_user_model().objects.get()
    assert user.username == "office@stmarys.sch.uk" and user.is_superuser
    assert Membership.objects.get(user=user, school=school).role == "admin"
    assert client.get(f"/s/{school.slug}/setup/").status_code == 200


def test_the_welcome_page_is_closed_once_anyone_has_an_account(client, world):
    assert client.get("/welcome/").status_code == 302
    client.post("/welcome/", FORM)
    assert not School.objects.filter(name=FORM["school_name"]).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("change,problem", [
    ({"password2": "different password 1"}, b"The two passwords are different"),
    ({"password1": "short", "password2": "short"}, b"too short"),
    ({"email": "not an email"}, b"Enter a valid email address"),
])
def test_the_welcome_page_names_each_problem(client, change, problem):
    r = client.post("/welcome/", {**FORM, **change})
    assert problem in r.content and not School.objects.exists()


def test_the_trust_admin_can_add_schools_in_admin(client, world):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser("root", "root@trust.example", "x")
    client.force_login(root)
    assert client.get("/admin/schools/school/add/").status_code == 200
    assert client.get("/admin/audit/auditentry/").status_code == 200

"""Sign-in: Argon2 hashing, throttling, password reset by email, sessions that expire."""
from __future__ import annotations

import pytest
from django.core import mail

from .personas import PASSWORD


def test_it_hashes_passwords_with_argon2():
    from safepost_web import settings as project

    assert project.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_it_signs_in_with_the_right_password(client, world):
    r = client.post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert r.status_code == 302
    assert client.get("/").status_code == 302  # signed in: home sends bob to his school


@pytest.mark.parametrize("password", ["wrong", "", PASSWORD.upper()])
def test_it_refuses_a_wrong_password_with_a_plain_message(client, world, password):
    r = client.post("/accounts/login/", {"username": "bob", "password": password})
    assert r.status_code == 200
    assert b"Sign in" in r.content
    assert "_auth_user_id" not in client.session


def test_it_locks_a_name_after_five_failures_even_with_the_right_password(client, world):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "bob", "password": "nope"})
    r = client.post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert b"Too many failed sign-ins" in r.content
    assert "_auth_user_id" not in client.session


def test_four_failures_do_not_lock(client, world):
    for _ in range(4):
        client.post("/accounts/login/", {"username": "bob", "password": "nope"})
    r = client.post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert r.status_code == 302


def test_a_lock_on_bob_does_not_lock_carol(client, world):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "bob", "password": "nope"})
    assert client.post("/accounts/login/", {"username": "carol", "password": PASSWORD}).status_code == 302


def test_password_reset_sends_an_email_with_a_link(client, world):
    r = client.post("/accounts/password_reset/", {"email": "bob@brookfield.sch.uk"})
    assert r.status_code == 302
    assert len(mail.outbox) == 1 and "/accounts/reset/" in mail.outbox[0].body


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, world):
    r = client.post("/accounts/password_reset/", {"email": "nobody@example.com"})
    assert r.status_code == 302 and len(mail.outbox) == 0


def test_sessions_end_when_the_browser_closes_and_after_a_day():
    from safepost_web import settings as project

    assert project.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert project.SESSION_COOKIE_AGE <= 12 * 3600


def test_sign_out_ends_the_session(client, world):
    client.force_login(world.bob)
    client.post("/accounts/logout/")
    assert client.get("/s/brookfield/check/").status_code == 302

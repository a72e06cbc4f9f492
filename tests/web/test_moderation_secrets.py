"""Platform secrets at rest: the app secret and page access tokens are Fernet-encrypted in the database, never
shown back on a page, readable after a key rotation, and a wrong key gives a clear message, not a traceback.
grace (administrator) and alice (headteacher) set up the page; carol (moderator) may not see the settings."""
from __future__ import annotations

import importlib

import pytest
from django.db import connection

from safepost_web.audit.models import AuditEntry
from safepost_web.moderation import fieldcrypt
from safepost_web.moderation.intake import sign
from safepost_web.moderation.models import PageSettings, WebhookEvent

from .conftest import make_world

APP_SECRET = "9f2c4e7a1b3d5f60718293a4b5c6d7e8"          # the shape of a Meta app secret
PAGE_TOKEN = "EAAGm0PX4ZCpsBAKZC9zZBexample0token0Q7Rw"   # the shape of a page access token
URL = "/s/brookfield/settings/"


@pytest.fixture
def sworld(db, settings):
    settings.FIELD_ENCRYPTION_KEYS = ["the school's field key, first version, long and random"]
    w = make_world("marshfields")
    w.page = PageSettings.objects.create(school=w.school, platform="facebook", app_secret=APP_SECRET,
                                         access_token=PAGE_TOKEN, verify_token="verify-me", page_ids="1001")
    return w


def raw_columns(pk: int) -> tuple[str, str]:
    with connection.cursor() as cur:
        cur.execute("SELECT app_secret, access_token FROM moderation_pagesettings WHERE id = %s", [pk])
        return cur.fetchone()


def client_for(w, name):
    from django.test import Client

    c = Client()
    c.force_login(w.users[name])
    return c


@pytest.mark.parametrize("secret", [APP_SECRET, PAGE_TOKEN, "ünïcödé secret ✓", "x" * 900])
def test_the_column_never_holds_the_secret(sworld, secret):
    PageSettings.objects.filter(pk=sworld.page.pk).update(app_secret=secret, access_token=secret)
    stored = raw_columns(sworld.page.pk)
    for col in stored:
        assert col.startswith(fieldcrypt.PREFIX) and secret not in col and secret[-8:] not in col
    assert stored[0] != stored[1]  # a fresh random IV each time: the same secret never looks the same
    ps = PageSettings.objects.get(pk=sworld.page.pk)
    assert (ps.app_secret, ps.access_token) == (secret, secret)


def test_empty_secret_stays_empty(sworld):
    PageSettings.objects.filter(pk=sworld.page.pk).update(access_token="")
    assert raw_columns(sworld.page.pk)[1] == ""
    assert PageSettings.objects.get(pk=sworld.page.pk).access_token == ""


@pytest.mark.parametrize("who", ["grace", "alice"])
def test_the_settings_page_never_shows_a_secret(sworld, who):
    html = client_for(sworld, who).get("/s/brookfield/moderation/settings/facebook/").content.decode()
    assert APP_SECRET not in html and PAGE_TOKEN not in html
    assert f"set (ends …{APP_SECRET[-4:]})" in html and f"set (ends …{PAGE_TOKEN[-4:]})" in html
    assert "verify-me" in html  # the verify token is typed into Meta's form: it is shown


@pytest.mark.parametrize("posted,expected_secret,expected_token,logged", [
    # (what grace types, the secret after, the token after, what the audit log says changed)
    ({}, APP_SECRET, PAGE_TOKEN, ""),
    ({"app_secret": "a-brand-new-app-secret-0042"}, "a-brand-new-app-secret-0042", PAGE_TOKEN, "(app secret changed)"),
    ({"access_token": "EAAnewtoken"}, APP_SECRET, "EAAnewtoken", "(access token changed)"),
    ({"forget_access_token": "on"}, APP_SECRET, "", "(access token changed)"),
    ({"access_token": "  EAAspaces  "}, APP_SECRET, "EAAspaces", "(access token changed)"),
])
def test_saving_the_form_keeps_or_replaces_secrets(sworld, posted, expected_secret, expected_token, logged):
    form = {"verify_token": "verify-me", "page_ids": "1001", "default_author": "public", "target_hours": "24",
            **posted}
    r = client_for(sworld, "grace").post("/s/brookfield/moderation/settings/facebook/", form)
    assert r.status_code == 302
    ps = PageSettings.objects.get(pk=sworld.page.pk)
    assert (ps.app_secret, ps.access_token) == (expected_secret, expected_token)
    entry = AuditEntry.objects.get(action="moderation.settings_changed")
    assert (logged in entry.detail) if logged else "changed" not in entry.detail
    for value in (APP_SECRET, PAGE_TOKEN, expected_secret, expected_token):
        assert not value or value not in entry.detail


def test_moderator_cannot_open_settings(sworld):
    assert client_for(sworld, "carol").get("/s/brookfield/moderation/settings/facebook/").status_code == 403


def test_signed_delivery_still_verifies_with_the_encrypted_secret(sworld, client):
    body = b'{"object": "page", "entry": [{"id": "1001", "time": 1, "changes": []}]}'
    r = client.post("/s/brookfield/moderation/webhook/facebook/", data=body, content_type="application/json",
                    HTTP_X_HUB_SIGNATURE_256=sign(APP_SECRET, body))
    assert r.status_code == 200 and WebhookEvent.objects.count() == 1


def test_key_rotation(sworld, settings):
    """New key first, old key after: old values still read; rotate_field_keys re-encrypts; then the old key goes."""
    from django.core.management import call_command

    old = raw_columns(sworld.page.pk)
    settings.FIELD_ENCRYPTION_KEYS = ["the second key, also long and random",
                                      "the school's field key, first version, long and random"]
    ps = PageSettings.objects.get(pk=sworld.page.pk)
    assert (ps.app_secret, ps.access_token) == (APP_SECRET, PAGE_TOKEN)
    call_command("rotate_field_keys", verbosity=0)
    assert raw_columns(sworld.page.pk) != old
    settings.FIELD_ENCRYPTION_KEYS = ["the second key, also long and random"]
    ps = PageSettings.objects.get(pk=sworld.page.pk)
    assert (ps.app_secret, ps.access_token) == (APP_SECRET, PAGE_TOKEN)


def test_without_a_field_key_the_secret_key_is_used(sworld, settings):
    settings.FIELD_ENCRYPTION_KEYS = []
    PageSettings.objects.filter(pk=sworld.page.pk).update(app_secret=APP_SECRET)
    assert APP_SECRET not in raw_columns(sworld.page.pk)[0]
    assert PageSettings.objects.get(pk=sworld.page.pk).app_secret == APP_SECRET
    # Setting SAFEPOST_FIELD_KEY later: values made with the SECRET_KEY-derived key are still read.
    settings.FIELD_ENCRYPTION_KEYS = ["a field key chosen after the first secrets were saved"]
    assert PageSettings.objects.get(pk=sworld.page.pk).app_secret == APP_SECRET


def test_wrong_key_gives_a_clear_message_not_a_traceback(sworld, settings, client, caplog):
    stored = raw_columns(sworld.page.pk)
    settings.FIELD_ENCRYPTION_KEYS = ["somebody else's key entirely"]
    settings.SECRET_KEY = "a different secret key for this server too"
    ps = PageSettings.objects.get(pk=sworld.page.pk)
    assert ps.app_secret == "" and fieldcrypt.is_unreadable(ps.app_secret)
    assert "cannot be read with this server's key" in caplog.text
    # The settings page says so plainly, and shows no ciphertext.
    page = client_for(sworld, "grace").get("/s/brookfield/moderation/settings/facebook/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "cannot be read with this server" in html and "SAFEPOST_FIELD_KEY" in html
    assert stored[0] not in html and "Traceback" not in html
    # A delivery cannot be verified: refused, never processed.
    body = b'{"object": "page", "entry": []}'
    r = client.post("/s/brookfield/moderation/webhook/facebook/", data=body, content_type="application/json",
                    HTTP_X_HUB_SIGNATURE_256=sign(APP_SECRET, body))
    assert r.status_code == 403 and not WebhookEvent.objects.exists()
    # No connector is made from an unreadable token: the moderator is told to act by hand.
    from safepost_web.moderation import connect

    connect.use_connector(None)
    assert connect.connector_for(sworld.school, "facebook") is None
    # Saving other settings without retyping keeps the stored ciphertext exactly as it was.
    r = client_for(sworld, "grace").post("/s/brookfield/moderation/settings/facebook/", {
        "verify_token": "verify-me", "page_ids": "1001,1002", "default_author": "public", "target_hours": "24"})
    assert r.status_code == 302 and raw_columns(sworld.page.pk) == stored
    # Typing the secret again fixes it.
    client_for(sworld, "grace").post("/s/brookfield/moderation/settings/facebook/", {
        "app_secret": APP_SECRET, "verify_token": "verify-me", "page_ids": "1001", "default_author": "public",
        "target_hours": "24"})
    assert PageSettings.objects.get(pk=sworld.page.pk).app_secret == APP_SECRET


def test_migration_encrypts_values_stored_before_it(sworld):
    """A row written before encryption (plain text in the column) is encrypted by the migration's step."""
    with connection.cursor() as cur:
        cur.execute("UPDATE moderation_pagesettings SET app_secret = %s, access_token = %s WHERE id = %s",
                    [APP_SECRET, PAGE_TOKEN, sworld.page.pk])
    ps = PageSettings.objects.get(pk=sworld.page.pk)
    assert (ps.app_secret, ps.access_token) == (APP_SECRET, PAGE_TOKEN)  # plain values still read
    from django.apps import apps

    mig = importlib.import_module("safepost_web.moderation.migrations.0002_secrets_encrypted_and_author_kind")
    mig.encrypt_existing(apps, None)
    stored = raw_columns(sworld.page.pk)
    assert all(c.startswith(fieldcrypt.PREFIX) for c in stored) and APP_SECRET not in stored[0]
    ps = PageSettings.objects.get(pk=sworld.page.pk)
    assert (ps.app_secret, ps.access_token) == (APP_SECRET, PAGE_TOKEN)


@pytest.mark.parametrize("value,shown", [
    ("", "not set"), ("short", "set"), (APP_SECRET, "set (ends …d7e8)"),
    (fieldcrypt.UnreadableSecret("fernet:xyz"), "set, but cannot be read with this server's key"),
])
def test_describe_never_gives_the_secret(value, shown):
    assert fieldcrypt.describe(value) == shown


def test_rotation_names_what_it_cannot_read(sworld, settings):
    from django.core.management import CommandError, call_command

    settings.FIELD_ENCRYPTION_KEYS = ["a key that never wrote anything here"]
    settings.SECRET_KEY = "and a different secret key"
    before = raw_columns(sworld.page.pk)
    with pytest.raises(CommandError, match="brookfield facebook app secret; brookfield facebook access token"):
        call_command("rotate_field_keys", verbosity=0)
    assert raw_columns(sworld.page.pk) == before  # left exactly as they were

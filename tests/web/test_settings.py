"""Settings from the environment: DATABASE_URL, and system checks that name misconfiguration."""
from __future__ import annotations

import pytest

from safepost_web.settings import database_from_url


@pytest.mark.parametrize("url,expected", [
    ("postgres://postgres@127.0.0.1:5432/test",
     {"ENGINE": "django.db.backends.postgresql", "NAME": "test", "USER": "postgres", "HOST": "127.0.0.1", "PORT": "5432"}),
    ("postgresql://u:p%40ss@db/trust", {"NAME": "trust", "USER": "u", "PASSWORD": "p@ss", "HOST": "db", "PORT": ""}),
    ("sqlite:////var/lib/safepost/db.sqlite3", {"ENGINE": "django.db.backends.sqlite3", "NAME": "/var/lib/safepost/db.sqlite3"}),
    ("sqlite:///safepost.sqlite3", {"NAME": "safepost.sqlite3"}),
])
def test_database_url_is_parsed(url, expected):
    got = database_from_url(url)
    assert {k: got[k] for k in expected} == expected


def test_an_unknown_database_scheme_is_named():
    with pytest.raises(ValueError, match="mysql"):
        database_from_url("mysql://x@y/z")


@pytest.mark.parametrize("overrides,ids", [
    ({"DEBUG": True, "ALLOWED_HOSTS": ["school.example"]}, {"safepost.W001"}),
    ({"DEBUG": True, "ALLOWED_HOSTS": ["127.0.0.1"]}, set()),
    ({"SECRET_KEY": "short"}, {"safepost.W002"}),
])
def test_system_checks_name_misconfiguration(settings, overrides, ids):
    from safepost_web.core.checks import safepost_settings

    for k, v in overrides.items():
        setattr(settings, k, v)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert {m.id for m in safepost_settings()} == ids


def test_console_email_is_noted(settings):
    from safepost_web.core.checks import safepost_settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    assert "safepost.I001" in {m.id for m in safepost_settings()}


def test_static_files_are_served_without_collectstatic(client, db):
    r = client.get("/static/safepost/site.css")
    assert r.status_code == 200

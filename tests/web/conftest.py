"""Web tests: pytest-django settings, and the personas of two schools.

alice headteacher, bob staff, carol moderator, dave poster, erin DSL, frank governor, grace admin
at Brookfield; mallory is headteacher at Riverside (another school) and must never see Brookfield.
"""
from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

try:
    import django  # noqa: F401
    import pytest_django  # noqa: F401
except ImportError:  # the web extra is not installed: the library's tests still run
    collect_ignore_glob = ["*.py"]
else:
    # Set here, not in the repo's pytest config, so the library's tests never need Django.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safepost_web.settings")
    django.setup()

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
from .personas import PASSWORD, PERSONAS  # noqa: E402


@pytest.fixture(autouse=True)
def _web_settings(settings, tmp_path):
    # Fast hashing in tests (argon2 is checked in test_signin), files in a throwaway folder.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EVIDENCE_ROOT = tmp_path / "evidence"  # never the real var/evidence
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from safepost_web.schools.library import clear_caches

    clear_caches()


def make_world(pack_id: str = "newport-cejs") -> SimpleNamespace:
    from django.contrib.auth import get_user_model

    from safepost_web.schools.models import Membership, OfficialAccount, School
    from safepost_web.schools.roster import apply_import, plan_import

    User = get_user_model()
    school = School.objects.create(name="Brookfield Primary School", slug="brookfield", pack_id=pack_id,
                                   phone="01632 960 418", email_domains="brookfield.sch.uk")
    other = School.objects.create(name="Riverside Academy", slug="riverside", pack_id=pack_id)
    fb = OfficialAccount.objects.create(school=school, platform="facebook", handle="BrookfieldPrimary")
    OfficialAccount.objects.create(school=other, platform="facebook", handle="Riverside")
    users = {}
    for name, role in PERSONAS.items():
        users[name] = User.objects.create_user(name, f"{name}@brookfield.sch.uk", PASSWORD,
                                               first_name=name.title())
        Membership.objects.create(user=users[name], school=school, role=role)
    users["mallory"] = User.objects.create_user("mallory", "mallory@riverside.example", PASSWORD)
    Membership.objects.create(user=users["mallory"], school=other, role="headteacher")
    plan = plan_import(school, (EXAMPLES / "pupils.csv").read_bytes(), "pupils.csv")
    apply_import(school, plan, users["grace"], "pupils.csv")
    return SimpleNamespace(school=school, other=other, account=fb, users=users, **users)


@pytest.fixture
def world(db):
    return make_world()


@pytest.fixture
def as_user(world, client):
    """as_user('bob') -> a test client signed in as bob."""
    from django.test import Client

    def _as(name: str) -> Client:
        c = Client()
        c.force_login(world.users[name])
        return c

    return _as

"""Settings in one file, read from the environment (healthchecks-style). SQLite by default."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

BASE_DIR = Path(__file__).resolve().parent
REPO_DIR = BASE_DIR.parent.parent


def envbool(name: str, default: str) -> bool:
    return os.environ.get(name, default).strip().lower() in ("1", "yes", "true", "on")


def envint(name: str, default: str) -> int:
    return int(os.environ.get(name, default))


def envstr(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def database_from_url(url: str) -> dict:
    """postgres://user:pass@host:port/name or sqlite:///path -> a Django DATABASES entry."""
    u = urlparse(url)
    if u.scheme in ("postgres", "postgresql", "pgsql"):
        return {"ENGINE": "django.db.backends.postgresql", "NAME": unquote(u.path.lstrip("/")),
                "USER": unquote(u.username or ""), "PASSWORD": unquote(u.password or ""),
                "HOST": u.hostname or "", "PORT": str(u.port or ""), "CONN_MAX_AGE": 60}
    if u.scheme == "sqlite":
        # sqlite:///relative.sqlite3 and sqlite:////absolute/path.sqlite3, as dj-database-url reads them
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(u.path[1:]) or ":memory:"}
    raise ValueError(f"DATABASE_URL scheme {u.scheme!r} is not supported; use postgres:// or sqlite://")


DEBUG = envbool("DEBUG", "no")
# A fresh install gets a per-machine secret written next to the database, so nobody
# runs with a published key; SECRET_KEY from the environment wins.
DATA_DIR = Path(envstr("SAFEPOST_DATA_DIR", str(REPO_DIR / "var")))


def _secret_key() -> str:
    key = envstr("SECRET_KEY")
    if key:
        return key
    path = DATA_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    from django.utils.crypto import get_random_string

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = get_random_string(50)
    path.write_text(key)
    return key


SECRET_KEY = _secret_key()
# Platform secrets stored for moderation are encrypted with these (comma-separated, newest first; any long
# random strings). Unset: a key derived from SECRET_KEY. See docs/connectors.md, "Secrets at rest".
FIELD_ENCRYPTION_KEYS = [k.strip() for k in envstr("SAFEPOST_FIELD_KEY").split(",") if k.strip()]
ALLOWED_HOSTS = [h.strip() for h in envstr("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in envstr("CSRF_TRUSTED_ORIGINS").split(",") if o]
SITE_ROOT = envstr("SITE_ROOT", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "safepost_web.core",
    "safepost_web.audit",
    "safepost_web.schools",
    "safepost_web.checks",
    "safepost_web.posts",
    "safepost_web.api",
    "safepost_web.policies",
    "safepost_web.incidents",
    "safepost_web.selfaudit",
    "safepost_web.moderation",
]

MIDDLEWARE = [
    "safepost_web.core.middleware.UploadLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "safepost_web.urls"
WSGI_APPLICATION = "safepost_web.wsgi.application"

TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]

if envstr("DATABASE_URL"):
    DATABASES = {"default": database_from_url(envstr("DATABASE_URL"))}
    if envstr("SAFEPOST_TEST_DB_NAME"):
        # Two test runs on one server (a developer's and CI's) must not share a test database.
        DATABASES["default"]["TEST"] = {"NAME": envstr("SAFEPOST_TEST_DB_NAME")}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3",
                             "NAME": str(DATA_DIR / "safepost.sqlite3")}}
    DATA_DIR.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Sessions end after a working day, and when the browser closes (shared staffroom PCs).
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", str(8 * 3600))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "no")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# Sign-in throttling: this many failures for one name (or from one address) locks it for a while.
SIGNIN_MAX_FAILURES = envint("SIGNIN_MAX_FAILURES", "5")
SIGNIN_LOCKOUT_MINUTES = envint("SIGNIN_LOCKOUT_MINUTES", "15")
INVITATION_DAYS = envint("INVITATION_DAYS", "7")

# Uploads: one request may carry at most this much (photos + roster); bigger gets a clear page.
MAX_UPLOAD_MB = envint("MAX_UPLOAD_MB", "20")
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_MB * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# "Review my own social media history" takes a whole platform download, streamed to a private temporary
# file (in SELFAUDIT_TEMP_DIR, or the system's temporary folder) that is deleted before the page is sent.
SELFAUDIT_MAX_UPLOAD_MB = envint("SELFAUDIT_MAX_UPLOAD_MB", "500")
SELFAUDIT_TEMP_DIR = envstr("SELFAUDIT_TEMP_DIR")
MEDIA_ROOT = Path(envstr("MEDIA_ROOT", str(DATA_DIR / "media")))
# Evidence of incidents: private, outside every URL, served only through access-checked views.
EVIDENCE_ROOT = Path(envstr("EVIDENCE_ROOT", str(DATA_DIR / "evidence")))
MEDIA_URL = "/media/"  # served only through views that check the role, never directly

STATIC_URL = "/static/"
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(DATA_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True  # no collectstatic needed for a school's single machine

EMAIL_HOST = envstr("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = envint("EMAIL_PORT", "587")
    EMAIL_HOST_USER = envstr("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "yes")
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "safepost@localhost")

LANGUAGE_CODE = "en-gb"
TIME_ZONE = envstr("TIME_ZONE", "Europe/London")
USE_I18N = False
USE_TZ = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
    # A refused page (403) is the access rules working, not an error worth a traceback.
    "loggers": {"django.request": {"level": "ERROR"}},
}

# Background work (moderation). With no broker set, tasks run at once in the request, so a single
# school needs no Redis; set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) to run a worker.
CELERY_TASK_ALWAYS_EAGER = not envstr("CELERY_BROKER_URL")
CELERY_BROKER_URL = envstr("CELERY_BROKER_URL") or "memory://localhost/"
# A task is acknowledged when it has finished, not when it starts: a worker killed half-way leaves its message
# to be delivered again (after the visibility timeout, in seconds; longer than any task runs, see tasks.drain).
# The work itself lives in the database, so a redelivered task finds it done or does it once.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", "300")}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_IGNORE_RESULT = True  # results are in the database (event and comment states), not in a result store
# The safety net (`celery -A safepost_web beat`, or `worker -B`): events and comments that wait because a worker
# was killed or the broker was down are drained every CELERY_SWEEP_SECONDS.
CELERY_BEAT_SCHEDULE = {
    "moderation-sweep": {"task": "safepost_web.moderation.tasks.sweep_stored",
                         "schedule": float(envint("CELERY_SWEEP_SECONDS", "60"))},
}

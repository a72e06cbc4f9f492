"""Platform secrets (the Meta app secret, page access tokens) encrypted at rest with Fernet.

Keys: each comma-separated value of SAFEPOST_FIELD_KEY (settings.FIELD_ENCRYPTION_KEYS), then SECRET_KEY and
SECRET_KEY_FALLBACKS; every one goes through HKDF-SHA256 to a Fernet key. The first encrypts; all of them
decrypt (MultiFernet), so a key is rotated by putting the new one first and running
`manage.py rotate_field_keys` (which re-encrypts with the first), then removing the old one.

A value that no key can read is not an error page: the field gives back an empty `UnreadableSecret` (so
signatures fail closed and no connector is made), the settings page says what to do, and saving the form
without typing a new value keeps the stored ciphertext as it was.
"""
from __future__ import annotations

import base64
import functools
import logging

from django.conf import settings
from django.db import models

log = logging.getLogger("safepost.moderation")
PREFIX = "fernet:"  # marks an encrypted value; anything else is a value stored before encryption
UNREADABLE = ("The stored {what} cannot be read with this server's key (SAFEPOST_FIELD_KEY or SECRET_KEY has "
              "changed since it was saved). Type it again here, or put the old key back in SAFEPOST_FIELD_KEY "
              "after the new one, separated by a comma.")


class UnreadableSecret(str):
    """An empty string standing in for a stored value no key can decrypt; `.token` is what was stored."""

    token: str = ""

    def __new__(cls, token: str):
        s = super().__new__(cls, "")
        s.token = token
        return s


def _derive(material: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"safepost-field-encryption",
               info=b"moderation platform secrets v1").derive(material.encode("utf-8"))
    return base64.urlsafe_b64encode(key)


def key_materials() -> tuple[str, ...]:
    """Every key in order: SAFEPOST_FIELD_KEY's values, then SECRET_KEY and its fallbacks (for reading only
    when SAFEPOST_FIELD_KEY is set)."""
    explicit = [k.strip() for k in getattr(settings, "FIELD_ENCRYPTION_KEYS", []) if k and k.strip()]
    django_keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    out: list[str] = []
    for k in explicit + django_keys:
        if k and k not in out:
            out.append(k)
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _fernet(materials: tuple[str, ...]):
    from cryptography.fernet import Fernet, MultiFernet

    return MultiFernet([Fernet(_derive(m)) for m in materials])


def fernet():
    return _fernet(key_materials())


def encrypt(value: str) -> str:
    return PREFIX + fernet().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    """The plain value; raises cryptography.fernet.InvalidToken when no key reads it."""
    return fernet().decrypt(stored[len(PREFIX):].encode("ascii")).decode("utf-8")


def is_unreadable(value) -> bool:
    return isinstance(value, UnreadableSecret)


def describe(value) -> str:
    """What a page may show about a secret: never the secret itself."""
    if is_unreadable(value):
        return "set, but cannot be read with this server's key"
    if not value:
        return "not set"
    return f"set (ends …{value[-4:]})" if len(value) >= 12 else "set"


class EncryptedTextField(models.TextField):
    """A text column whose value is stored Fernet-encrypted; Python code sees the plain value."""

    description = "Text encrypted at rest (Fernet)"

    def from_db_value(self, value, expression, connection):
        if not value or not value.startswith(PREFIX):
            return value  # empty, or stored before encryption (the migration encrypts those)
        from cryptography.fernet import InvalidToken

        try:
            return decrypt(value)
        except (InvalidToken, ValueError, UnicodeError):
            log.warning("moderation: " + UNREADABLE.format(what=f"{self.model.__name__}.{self.name}"))
            return UnreadableSecret(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if isinstance(value, UnreadableSecret):
            return value.token  # saved unchanged: keep what was stored
        if not value or value.startswith(PREFIX):
            return value
        return encrypt(value)

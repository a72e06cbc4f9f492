"""python manage.py rotate_field_keys: re-encrypt every stored platform secret with the first key.

Rotating: put the new key first in SAFEPOST_FIELD_KEY and keep the old one after it ("new,old"), run this,
then remove the old key. A value no key can read is left as it is and named, so it can be typed again."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from safepost_web.moderation import fieldcrypt
from safepost_web.moderation.models import PageSettings

FIELDS = ("app_secret", "access_token")


class Command(BaseCommand):
    help = "Re-encrypt stored platform secrets (app secrets, page access tokens) with the first field key."

    def handle(self, *args, **opts):
        with transaction.atomic():
            done, unreadable = self.rotate()
        if opts.get("verbosity", 1):
            self.stdout.write(f"{done} secret{'s' if done != 1 else ''} encrypted with the first key.")
        if unreadable:
            raise CommandError("These could not be read with any key, and were left as they are: "
                               + "; ".join(unreadable) + ". Type them again under Comments → Settings.")

    def rotate(self) -> tuple[int, list[str]]:
        done, unreadable = 0, []
        table = connection.ops.quote_name(PageSettings._meta.db_table)
        for ps in PageSettings.objects.select_for_update().select_related("school"):
            new = {}
            for f in FIELDS:
                value = getattr(ps, f)
                if fieldcrypt.is_unreadable(value):
                    unreadable.append(f"{ps.school.slug} {ps.platform} {f.replace('_', ' ')}")
                    continue
                if value:
                    new[f] = fieldcrypt.encrypt(value)
            if new:
                cols = ", ".join(f"{connection.ops.quote_name(f)} = %s" for f in new)
                with connection.cursor() as cur:  # past the field: these are ciphertexts already
                    cur.execute(f"UPDATE {table} SET {cols} WHERE id = %s", [*new.values(), ps.pk])
                done += len(new)
        return done, unreadable

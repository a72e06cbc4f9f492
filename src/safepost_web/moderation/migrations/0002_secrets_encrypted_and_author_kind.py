"""Encrypt the platform secrets already stored (app secret, page access token), and add the author guess
(the school's mark on an author, and why each comment's author was taken as a parent, pupil or public)."""

import django.db.models.deletion
import safepost_web.moderation.fieldcrypt
from django.conf import settings
from django.db import migrations, models


SECRETS = ("app_secret", "access_token")


def encrypt_existing(apps, schema_editor):
    """Values stored before this migration are plain text; saving them through the field encrypts them."""
    PageSettings = apps.get_model("moderation", "PageSettings")
    for row in PageSettings.objects.values("pk", *SECRETS):
        PageSettings.objects.filter(pk=row["pk"]).update(**{f: row[f] for f in SECRETS})


def decrypt_existing(apps, schema_editor):
    """Going back: the columns hold plain text again (written past the field, which would encrypt)."""
    from safepost_web.moderation.fieldcrypt import is_unreadable

    PageSettings = apps.get_model("moderation", "PageSettings")
    table = schema_editor.connection.ops.quote_name(PageSettings._meta.db_table)
    cols = ", ".join(f"{schema_editor.connection.ops.quote_name(f)} = %s" for f in SECRETS)
    with schema_editor.connection.cursor() as cur:
        for row in PageSettings.objects.values("pk", *SECRETS):
            plain = ["" if is_unreadable(row[f]) else (row[f] or "") for f in SECRETS]
            cur.execute(f"UPDATE {table} SET {cols} WHERE id = %s", [*plain, row["pk"]])


class Migration(migrations.Migration):

    dependencies = [
        ('moderation', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='author',
            name='kind',
            field=models.CharField(blank=True, choices=[('public', 'Member of the public'), ('parent', 'Parent or carer'), ('pupil', 'Pupil')], max_length=10),
        ),
        migrations.AddField(
            model_name='author',
            name='kind_set_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='author',
            name='kind_set_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='comment',
            name='author_kind_why',
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AlterField(
            model_name='pagesettings',
            name='access_token',
            field=safepost_web.moderation.fieldcrypt.EncryptedTextField(blank=True, help_text='The page access token for moderation'),
        ),
        migrations.AlterField(
            model_name='pagesettings',
            name='app_secret',
            field=safepost_web.moderation.fieldcrypt.EncryptedTextField(blank=True, help_text='The Meta app secret (signs each delivery)'),
        ),
        migrations.RunPython(encrypt_existing, decrypt_existing),
    ]

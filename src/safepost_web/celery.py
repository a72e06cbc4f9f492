"""The Celery app, configured from Django settings (CELERY_*). Without a broker every task runs at once
in the calling process (task_always_eager), so a single school's machine needs no Redis."""
from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safepost_web.settings")

app = Celery("safepost_web")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

"""The Celery app, configured from Django settings (CELERY_*). Without a broker every task runs at once
in the calling process (task_always_eager), so a single school's machine needs no Redis.

With a broker: `celery -A safepost_web worker` does the work, `celery -A safepost_web beat` runs the sweep
(settings.CELERY_BEAT_SCHEDULE). A worker that starts loads the checkers once per process and drains whatever
waits (the work a killed worker left)."""
from __future__ import annotations

import os

from celery import Celery
from celery.signals import worker_process_init, worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safepost_web.settings")

app = Celery("safepost_web")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def _worker_ready(sender=None, **kwargs) -> None:
    from safepost_web.moderation.tasks import on_worker_start

    # The solo and threads pools run tasks in this process; prefork children load their own (below).
    pool = type(getattr(sender, "pool", None)).__module__
    on_worker_start(pool_in_process=not pool.endswith("prefork"))


@worker_process_init.connect
def _worker_process_init(**kwargs) -> None:
    from safepost_web.moderation.tasks import warm_checkers

    warm_checkers()

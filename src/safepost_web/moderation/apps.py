from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "safepost_web.moderation"
    label = "moderation"
    verbose_name = "Comment moderation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Load the Celery app so @shared_task binds to its settings (eager without a broker).
        from safepost_web import celery  # noqa: F401

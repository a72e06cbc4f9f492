from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "safepost_web.incidents"
    label = "incidents"
    verbose_name = "Concerns and incidents"

    def ready(self) -> None:
        # A contact the pack says must be reported becomes a report here too (see signals.py).
        from safepost_web.incidents import signals  # noqa: F401

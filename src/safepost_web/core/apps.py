from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "safepost_web.core"
    label = "core"
    verbose_name = "Shared helpers and sign-in"

    def ready(self) -> None:
        from safepost_web.core import checks  # noqa: F401  (registers the system checks)

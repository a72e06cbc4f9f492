from django.apps import AppConfig


class ChecksConfig(AppConfig):
    name = "safepost_web.checks"
    label = "checks"

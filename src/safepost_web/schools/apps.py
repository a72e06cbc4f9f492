from django.apps import AppConfig


class SchoolsConfig(AppConfig):
    name = "safepost_web.schools"
    label = "schools"

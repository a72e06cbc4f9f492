from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "safepost_web.api"
    label = "api"

from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "safepost_web.audit"
    label = "audit"

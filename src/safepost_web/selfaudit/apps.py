from django.apps import AppConfig


class SelfauditConfig(AppConfig):
    name = "safepost_web.selfaudit"
    label = "selfaudit"
    verbose_name = "Review my own social media history"

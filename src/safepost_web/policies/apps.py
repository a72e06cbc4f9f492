from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "safepost_web.policies"
    label = "policies"
    verbose_name = "The policy's life: versions, declarations, training"

from django.contrib import admin

from safepost_web.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "school", "actor", "action", "target"]
    list_filter = ["school", "action"]

    # The log is read-only, here as everywhere.
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

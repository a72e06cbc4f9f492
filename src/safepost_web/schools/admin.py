"""The Django admin, for a trust's superuser: add schools, fix memberships. Staff use the app's own pages."""
from django.contrib import admin

from safepost_web.schools.models import Invitation, Membership, OfficialAccount, ParentChannel, School


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "pack_id", "town"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]
    exclude = ["config_version"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.bump()  # the checker rebuilds with the new details


admin.site.register(OfficialAccount)
admin.site.register(ParentChannel)
admin.site.register(Invitation)

from django.urls import path

from safepost_web.checks import views

app_name = "checks"
urlpatterns = [
    path("check/", views.check_post, name="check"),
    path("check/save/", views.save_check, name="save"),
    path("check/saved/", views.saved, name="saved"),
    path("contact/", views.contact, name="contact"),
    path("contact/report/", views.report_contact, name="report"),
    path("reports/", views.reports, name="reports"),
]

from django.urls import path

from safepost_web.incidents import views

app_name = "incidents"
urlpatterns = [
    path("incidents/", views.inbox, name="inbox"),
    path("incidents/report/", views.report_new, name="new"),
    path("incidents/mine/", views.mine, name="mine"),
    path("incidents/reports/<int:pk>/", views.report_detail, name="report"),
    path("incidents/reports/<int:pk>/triage/", views.triage, name="triage"),
    path("incidents/cases/<int:pk>/", views.case_detail, name="case"),
    path("incidents/cases/<int:pk>/export/", views.export, name="export"),
    path("incidents/cases/<int:pk>/<slug:action>/", views.case_act, name="act"),
    path("incidents/evidence/<int:pk>/", views.evidence_file, name="file"),
    path("incidents/verify/", views.verify, name="verify"),
    path("incidents/settings/", views.incident_settings, name="settings"),
]

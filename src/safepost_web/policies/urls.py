from django.urls import path

from safepost_web.policies import views

app_name = "policies"
urlpatterns = [
    path("policy/", views.overview, name="overview"),
    path("policy/document/", views.document, name="document"),
    path("policy/document.pdf", views.document_pdf, name="document_pdf"),
    path("policy/versions/", views.versions, name="versions"),
    path("policy/approve/", views.approve, name="approve"),
    path("policy/sign/", views.sign, name="sign"),
    path("policy/mine/", views.mine, name="mine"),
    path("policy/guidance/", views.guidance, name="guidance"),
    path("policy/training/", views.training, name="training"),
    path("policy/declarations.csv", views.export_declarations, name="export_declarations"),
    path("policy/training.csv", views.export_training, name="export_training"),
    path("policy/governors/", views.governors_report, name="report"),
    path("policy/governors.pdf", views.governors_report_pdf, name="report_pdf"),
]

from django.urls import path

from safepost_web.moderation import views

app_name = "moderation"
urlpatterns = [
    path("moderation/webhook/<str:platform>/", views.webhook, name="webhook"),
    path("moderation/", views.dashboard, name="dashboard"),
    path("moderation/queue/", views.queue, name="queue"),
    path("moderation/queue/bulk/", views.bulk, name="bulk"),
    path("moderation/comments/<int:pk>/", views.comment_detail, name="comment"),
    path("moderation/comments/<int:pk>/act/", views.act, name="act"),
    path("moderation/authors/", views.authors, name="authors"),
    path("moderation/authors/<int:pk>/", views.author_detail, name="author"),
    path("moderation/authors/<int:pk>/kind/", views.author_kind, name="author_kind"),
    path("moderation/authors/<int:pk>/<str:action>/", views.author_action, name="author_action"),
    path("moderation/cover/", views.cover, name="cover"),
    path("moderation/import/", views.import_comments, name="import"),
    path("moderation/settings/<str:platform>/", views.page_settings, name="settings"),
    path("moderation/events/", views.events, name="events"),
    path("moderation/events/<int:pk>/rerun/", views.rerun, name="rerun"),
    path("moderation/report/", views.report, name="report"),
    path("moderation/report.csv", views.report_csv, name="report_csv"),
]

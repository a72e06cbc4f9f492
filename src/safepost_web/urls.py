"""Every page carries the school's slug (/s/<slug>/...): each view checks the role in that school."""
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from safepost_web.api.api import api
from safepost_web.api.views import tokens
from safepost_web.core import views as core
from safepost_web.schools.views import accept_invitation, first_run

school = [
    path("", include("safepost_web.schools.urls")),
    path("", include("safepost_web.checks.urls")),
    path("", include("safepost_web.posts.urls")),
    path("", include("safepost_web.audit.urls")),
    path("", include("safepost_web.policies.urls")),
    path("", include("safepost_web.incidents.urls")),
    path("", include("safepost_web.selfaudit.urls")),
    path("", include("safepost_web.moderation.urls")),
]

urlpatterns = [
    path("", core.home, name="home"),
    path("accounts/login/", core.SignInView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("account/tokens/", tokens, name="tokens"),
    path("invite/<str:token>/", accept_invitation, name="accept_invitation"),
    path("welcome/", first_run, name="first_run"),
    path("s/<slug:slug>/", include(school)),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

handler403 = "safepost_web.core.views.permission_denied"
handler404 = "safepost_web.core.views.not_found"

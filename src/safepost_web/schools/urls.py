from django.urls import path

from safepost_web.schools import views

app_name = "schools"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("pack/", views.pack, name="pack"),
    path("setup/", views.setup, name="setup"),
    path("setup/pack/", views.choose_pack, name="choose_pack"),
    path("setup/options/", views.choose_options, name="choose_options"),
    path("setup/accounts/", views.accounts, name="accounts"),
    path("roster/", views.roster, name="roster"),
    path("roster/<int:pk>/", views.roster_preview, name="roster_preview"),
    path("staff/", views.staff, name="staff"),
    path("staff/<int:pk>/role/", views.change_role, name="change_role"),
]

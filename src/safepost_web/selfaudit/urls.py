from django.urls import path

from safepost_web.selfaudit import views

app_name = "selfaudit"
urlpatterns = [
    path("my-history/", views.review, name="review"),
]

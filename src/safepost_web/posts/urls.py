from django.urls import path

from safepost_web.posts import views

app_name = "posts"
urlpatterns = [
    path("posts/", views.post_list, name="list"),
    path("posts/new/", views.new_post, name="new"),
    path("posts/<int:pk>/", views.detail, name="detail"),
    path("posts/<int:pk>/edit/", views.edit, name="edit"),
    path("posts/<int:pk>/photo/<int:photo_pk>/", views.photo, name="photo"),
    path("posts/<int:pk>/<slug:action>/", views.act, name="act"),
]

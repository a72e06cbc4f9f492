from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "safepost_web.posts"
    label = "posts"

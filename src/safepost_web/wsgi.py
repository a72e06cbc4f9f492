"""WSGI entry point (gunicorn safepost_web.wsgi)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safepost_web.settings")
application = get_wsgi_application()

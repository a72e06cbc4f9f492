"""Refuse an over-size upload before Django reads it, with a page that says what to do."""
from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string


class UploadLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.MAX_UPLOAD_MB * 1024 * 1024
        if length > limit:
            mb = length / (1024 * 1024)
            msg = (f"This upload is {mb:.0f} MB, and the limit is {settings.MAX_UPLOAD_MB} MB. "
                   "Make the photos smaller (most phones can share a smaller copy) and try again.")
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": msg}, status=413)
            html = render_to_string("core/too_big.html", {"message": msg})
            return HttpResponse(html, status=413)
        return self.get_response(request)

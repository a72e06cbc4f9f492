"""Refuse an over-size upload before Django reads it, with a page that says what to do."""
from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve


class UploadLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit_mb, advice = settings.MAX_UPLOAD_MB, None
        if length > limit_mb * 1024 * 1024:
            # One view (a whole social media archive) may allow more: it names the setting that says how much.
            view = _view_for(request)
            limit_mb = getattr(settings, getattr(view, "upload_limit_setting", "MAX_UPLOAD_MB"))
            advice = getattr(view, "upload_advice", None)
        limit = limit_mb * 1024 * 1024
        if length > limit:
            mb = length / (1024 * 1024)
            msg = (f"This upload is {mb:.0f} MB, and the limit is {limit_mb} MB. "
                   + (advice or "Make the photos smaller (most phones can share a smaller copy) and try again."))
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": msg}, status=413)
            html = render_to_string("core/too_big.html", {"message": msg})
            return HttpResponse(html, status=413)
        return self.get_response(request)


def _view_for(request: HttpRequest):
    """The view this request goes to, or None (only asked for uploads over the site-wide limit)."""
    try:
        return resolve(request.path_info).func
    except Resolver404:
        return None

"""Review my own social media history: check an uploaded platform download with the school's Checker.

Private by design: the upload is processed for the signed-in person only, streamed to a private
temporary file that is deleted before the page is sent, and nothing is stored: no database rows,
no files, no audit entry (not even a count). The report goes back in this one response only.
"""
from __future__ import annotations

import base64

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_variables

from safepost.audit import ArchiveError, audit_html
from safepost.types import SafepostError
from safepost_web.core.access import require
from safepost_web.core.context import school_ctx
from safepost_web.schools.library import checker_for
from safepost_web.selfaudit.forms import ReviewForm
from safepost_web.selfaudit.uploads import PrivateUploadHandler

TEMPLATE = "selfaudit/review.html"
PRIVACY = ("Private to you: your download is checked for you alone, deleted as soon as this report is made, and "
           "never kept or shown to anyone else, including your headteacher.")
# The library's report says it ran on the person's own computer; here it ran on the school's server.
_WEB_PRIVACY = ('<div class="private"><b>Private to you.</b> This review ran on your school\'s safepost for you '
                "alone: your download was deleted as soon as this report was made, nothing was kept, and nobody "
                "else (not your headteacher either) can see it. The report quotes your posts, so keep it somewhere "
                "private and delete it when you have finished.</div>")
UNREADABLE = ("safepost could not read this file. Check it is the .zip you downloaded from the platform, "
              "download it again if it may be incomplete, and try once more.")


@csrf_exempt  # the CSRF check runs in _review, after the upload handler is set (Django's documented pattern)
@never_cache  # the page carries the report: no browser or proxy may keep a copy
@login_required
def review(request, slug):
    """The upload form and, after an upload, the report; nothing about it is stored."""
    handler = PrivateUploadHandler(request)
    request.upload_handlers = [handler]  # before anything reads the body: straight to a private temporary file
    try:
        return _review(request, slug)
    finally:
        handler.discard()  # whatever happened (bad zip, error, success), no upload is left on disk


# A whole platform download is far bigger than a post's photos: core's UploadLimitMiddleware reads these.
review.upload_limit_setting = "SELFAUDIT_MAX_UPLOAD_MB"  # type: ignore[attr-defined]
review.upload_advice = ("Platforms split long histories into several parts: download them as parts "  # type: ignore[attr-defined]
                        "(or choose a shorter date range) and check each part on its own.")


@csrf_protect
@sensitive_variables("html", "res")
def _review(request, slug):
    m = require(request, slug, "self_review")  # refused before the upload is read
    ctx = school_ctx(m, privacy=PRIVACY, max_mb=settings.SELFAUDIT_MAX_UPLOAD_MB)
    if request.method != "POST":
        return render(request, TEMPLATE, {**ctx, "form": ReviewForm()})
    form = ReviewForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, TEMPLATE, {**ctx, "form": form}, status=400)
    try:
        checker = checker_for(m.school)
        res, html = audit_html(form.cleaned_data["archive"], checker, privacy=_WEB_PRIVACY)
    except ArchiveError as e:  # the library's plain-English reason: not a zip, zip bomb, encrypted, unknown...
        form.add_error("archive", str(e))
        return render(request, TEMPLATE, {**ctx, "form": form}, status=400)
    except SafepostError as e:  # e.g. the school's pack cannot be loaded
        form.add_error(None, str(e))
        return render(request, TEMPLATE, {**ctx, "form": form}, status=400)
    except (OSError, RecursionError, MemoryError, ValueError):
        form.add_error("archive", UNREADABLE)
        return render(request, TEMPLATE, {**ctx, "form": form}, status=400)
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    ctx.update(form=ReviewForm(), res=res, report_html=html,
               download_uri="data:text/html;charset=utf-8;base64," + base64.b64encode(html.encode()).decode("ascii"),
               download_name=f"my-social-media-review-{stamp}.html",
               verdict_rows=[(label, res.verdicts.get(v, 0)) for v, label in VERDICT_LABELS if res.verdicts.get(v)])
    return render(request, TEMPLATE, ctx)


VERDICT_LABELS = (("escalate", "Act today: tell your designated safeguarding lead"),
                  ("block", "Against the policy: delete or change"),
                  ("review", "Ask before keeping"),
                  ("warn", "Worth a look"))

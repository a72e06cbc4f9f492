"""Check a post, and 'Should I accept this?'. Nothing is stored unless the member of staff chooses to."""
from __future__ import annotations

import os
import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from safepost.types import SafepostError

from safepost_web.audit.models import record
from safepost_web.checks import display
from safepost_web.checks.forms import DECISION_WORDS, CheckForm, ContactForm
from safepost_web.checks.models import ContactReport, SavedCheck
from safepost_web.checks.service import redact_photo, run_check, save_photos
from safepost_web.core.access import require
from safepost_web.core.context import school_ctx, site_url
from safepost_web.incidents.notify import lead_emails
from safepost_web.schools.library import PackError, decide_contact, pack_for
from safepost_web.schools.models import Role

@login_required
def check_post(request, slug):
    m = require(request, slug, "check")
    try:
        pack = pack_for(m.school)
    except PackError as e:
        return render(request, "checks/check.html", school_ctx(m, form=CheckForm(), pack_error=str(e)))
    ctx = school_ctx(m, pack=pack, questions=pack.settings.questions)
    form = CheckForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        with tempfile.TemporaryDirectory(prefix="safepost-check-") as folder:
            paths, problems = save_photos(d["photos"], folder)
            if problems:
                for p in problems:
                    form.add_error("photos", p)
                return render(request, "checks/check.html", {**ctx, "form": form}, status=400)
            try:
                result = run_check(m.school, d["text"] or "", account=d["account"], channel=d["channel"],
                                   images=tuple(paths))
            except SafepostError as e:  # e.g. the pack cannot be loaded: say so, never a traceback
                form.add_error(None, str(e))
                return render(request, "checks/check.html", {**ctx, "form": form}, status=400)
            photos = _photo_views(paths, result, folder)
        ctx.update(result=result, segments=display.segments(d["text"] or "", result),
                   rows=display.finding_rows(pack, result), verdict_words=display.VERDICT_WORDS[result.verdict],
                   photos=photos, checked_text=d["text"] or "")
    return render(request, "checks/check.html", {**ctx, "form": form})


def _photo_views(paths: list[str], result, folder: str) -> list[dict]:
    out = []
    for path in paths:
        uri, size = display.preview_uri(path)
        safe = os.path.join(folder, "safe-" + os.path.splitext(os.path.basename(path))[0] + ".jpg")
        safe_uri = display.file_uri(safe) if redact_photo(path, safe, result) else ""
        out.append({"name": os.path.basename(path).split("-", 1)[-1], "uri": uri,
                    "boxes": display.boxes(result, path, size), "safe_uri": safe_uri})
    return out


@login_required
@require_POST
def save_check(request, slug):
    m = require(request, slug, "save_check")
    form = CheckForm(request.POST)
    if not form.is_valid():
        messages.error(request, "There was nothing to save. Check a post first.")
        return redirect("checks:check", slug=slug)
    d = form.cleaned_data
    try:
        result = run_check(m.school, d["text"], account=d["account"], channel=d["channel"])
    except PackError as e:
        messages.error(request, str(e))
        return redirect("checks:check", slug=slug)
    SavedCheck.objects.create(school=m.school, user=request.user, text=d["text"], account=d["account"],
                              channel=d["channel"] or "", verdict=result.verdict, result=result.to_dict())
    messages.success(request, "Saved to your checks (the text only; photos are never kept from this page).")
    return redirect("checks:saved", slug=slug)


@login_required
def saved(request, slug):
    m = require(request, slug, "save_check")
    items = SavedCheck.objects.filter(school=m.school, user=request.user)[:100]
    return render(request, "checks/saved.html", school_ctx(m, items=items))


@login_required
def contact(request, slug):
    m = require(request, slug, "contact")
    form = ContactForm(request.POST or None)
    ctx = school_ctx(m, form=form)
    if request.method == "POST" and form.is_valid():
        try:
            result = decide_contact(m.school, **form.decision_args())
            pack = pack_for(m.school)
        except SafepostError as e:
            ctx["error"] = str(e)
        else:
            ctx.update(result=result, answer=DECISION_WORDS.get(result.decision, result.decision),
                       clause_summary=display.clause_summary(pack, result.clause, result.rule))
    return render(request, "checks/contact.html", ctx)


@login_required
@require_POST
def report_contact(request, slug):
    m = require(request, slug, "report_contact")
    form = ContactForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The report could not be read. Fill in the form again.")
        return redirect("checks:contact", slug=slug)
    args = form.decision_args()
    try:
        # Decided again here: the report rests on the school's pack, not on what the browser sent back.
        result = decide_contact(m.school, **args)
    except SafepostError as e:
        messages.error(request, str(e))
        return redirect("checks:contact", slug=slug)
    rep = ContactReport.objects.create(school=m.school, reporter=request.user, decision=result.decision,
                                       rule=result.rule, clause=result.clause, message=result.message,
                                       note=form.cleaned_data["note"], **args)
    record(m.school, request.user, "contact.reported", f"contact report {rep.pk}",
           detail=f"{rep.relationship}, {rep.kind} {rep.direction}: {result.decision}")
    _tell_dsl(m.school, rep)
    messages.success(request, "Reported to the designated safeguarding lead. Do not reply to the request; "
                              "keep any messages in case they are needed.")
    return redirect("checks:contact", slug=slug)


def _report_path(school, rep: ContactReport) -> str:
    """Where the DSL reads it: the concern it became in the incidents inbox (the old list when there is none)."""
    concern = getattr(rep, "incident_report", None)
    if concern:
        return reverse("incidents:report", args=[school.slug, concern.pk])
    return reverse("checks:reports", args=[school.slug])


def _tell_dsl(school, rep: ContactReport) -> None:
    emails = lead_emails(school, roles=(Role.DSL,))
    if emails:
        send_mail(f"safepost: a contact approach was reported at {school.name}",
                  f"A member of staff reported a {rep.kind.replace('_', ' ')} ({rep.relationship.replace('_', ' ')}). "
                  f"Open safepost to read it: {site_url(_report_path(school, rep))}",
                  settings.DEFAULT_FROM_EMAIL, emails, fail_silently=True)


@login_required
def reports(request, slug):
    m = require(request, slug, "view_reports")
    items = ContactReport.objects.filter(school=m.school).select_related("reporter")[:200]
    return render(request, "checks/reports.html", school_ctx(m, items=items))

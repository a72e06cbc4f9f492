"""The policy's life: the readable policy, versions, declarations, training, reminders and the governors' report."""
from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from safepost_web.core.access import require
from safepost_web.core.context import school_ctx
from safepost_web.core.pdf import render_pdf
from safepost_web.core.spreadsheet import write_csv
from safepost_web.policies.diff import diff_packs, parse_review_date
from safepost_web.policies.document import document_context
from safepost_web.policies.forms import ApproveForm, PeriodForm, SignForm, TrainingForm
from safepost_web.policies.models import (
    Declaration,
    PolicyError,
    PolicyVersion,
    TrainingRecord,
)
from safepost_web.policies.reminders import remind_school
from safepost_web.policies.report import charts, report_data
from safepost_web.policies.status import review_status, standing
from safepost_web.schools.library import PackError, pack_for


def _version_or_draft(request, school):
    """The version asked for (?version=N), else the current one; (version, pack) with version None for a draft."""
    number = request.GET.get("version")
    if number:
        v = PolicyVersion.objects.filter(school=school, number=number).first() if number.isdigit() else None
        if v is None:
            raise Http404("There is no such version of the policy.")
        return v, v.pack()
    v = PolicyVersion.current(school)
    if v is not None:
        return v, v.pack()
    try:
        return None, pack_for(school)
    except PackError:
        return None, None


@login_required
def overview(request, slug):
    m = require(request, slug, "manage_policy")
    if request.method == "POST" and "remind" in request.POST:
        sent = remind_school(m.school)
        messages.success(request, f"{len(sent)} reminder(s) sent." if sent else
                         "No reminders were due: everyone has signed or was reminded in the last week.")
        return redirect("policies:overview", slug=slug)
    st = standing(m.school)
    return render(request, "policies/overview.html", school_ctx(m, st=st))


@login_required
def document(request, slug):
    m = require(request, slug, "read_policy")
    v, pack = _version_or_draft(request, m.school)
    if pack is None:
        return render(request, "policies/no_policy.html", school_ctx(m), status=404)
    signed = v is not None and Declaration.objects.filter(version=v, user=request.user).exists()
    return render(request, "policies/document.html",
                  school_ctx(m, version=v, signed=signed, review=review_status(m.school, v),
                             latest=PolicyVersion.current(m.school), **document_context(pack)))


@login_required
def document_pdf(request, slug):
    m = require(request, slug, "read_policy")
    v, pack = _version_or_draft(request, m.school)
    if pack is None:
        return render(request, "policies/no_policy.html", school_ctx(m), status=404)
    pdf = render_pdf("policies/document_pdf.html", {"school": m.school, "version": v,
                                                    "review": review_status(m.school, v), **document_context(pack)})
    name = f"{m.school.slug}-social-media-policy-v{v.number if v else 'draft'}.pdf"
    resp = HttpResponse(pdf, content_type="application/pdf")
    resp["Content-Disposition"] = f'inline; filename="{name}"'
    return resp


@login_required
def versions(request, slug):
    m = require(request, slug, "read_policy")
    vs = PolicyVersion.objects.filter(school=m.school).select_related("approved_by")
    return render(request, "policies/versions.html", school_ctx(m, versions=vs))


def _initial_review(school) -> dt.date:
    today = timezone.localdate()
    try:
        d = parse_review_date(pack_for(school).review.next_review)
    except PackError:
        d = None
    return d if d and d > today else today + dt.timedelta(days=365)


@login_required
def approve(request, slug):
    m = require(request, slug, "approve_policy")
    school = m.school
    try:
        pack = pack_for(school)
    except PackError as e:
        messages.error(request, str(e))
        return redirect("policies:overview", slug=slug)
    current = PolicyVersion.current(school)
    changes = diff_packs(current.snapshot if current else None, pack.model_dump(mode="json"))
    today = timezone.localdate()
    form = ApproveForm(request.POST or None, initial={
        "leadership_approver": request.user.get_full_name(), "leadership_approved_on": today,
        "governors_approver": ", ".join(pack.review.approved_by), "governors_approved_on": today,
        "next_review": _initial_review(school)})
    if request.method == "POST" and form.is_valid():
        try:
            v = PolicyVersion.approve_new(school, request.user, **form.cleaned_data)
        except PolicyError as e:
            form.add_error(None, str(e))
        else:
            sent = remind_school(school)
            messages.success(request, f"Version {v.number} approved. {len(sent)} email(s) sent asking everyone "
                                      "to read and sign it.")
            return redirect("policies:overview", slug=slug)
    return render(request, "policies/approve.html", school_ctx(m, form=form, changes=changes, current=current,
                                                                pack=pack), status=400 if form.errors else 200)


@login_required
def sign(request, slug):
    m = require(request, slug, "read_policy")
    v = PolicyVersion.current(m.school)
    if v is None:
        return render(request, "policies/no_policy.html", school_ctx(m), status=404)
    mine = Declaration.objects.filter(version=v, user=request.user).first()
    u = request.user
    form = SignForm(request.POST or None, initial={"full_name": u.get_full_name(), "version": v.number,
                                                   "text": v.declaration})
    if request.method == "POST" and mine is None and form.is_valid():
        asked = PolicyVersion.objects.filter(school=m.school, number=form.cleaned_data["version"]).first()
        try:
            if asked is None:
                raise PolicyError("That version of the policy does not exist. Reload the page and sign again.")
            asked.sign(u, form.cleaned_data["full_name"], form.cleaned_data["text"])
        except PolicyError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, f"Thank you: your declaration for version {v.number} is recorded.")
            return redirect("policies:mine", slug=slug)
    return render(request, "policies/sign.html", school_ctx(m, version=v, form=form, mine=mine),
                  status=400 if form.errors else 200)


@login_required
def mine(request, slug):
    m = require(request, slug, "read_policy")
    decs = Declaration.objects.filter(school=m.school, user=request.user).select_related("version")
    training = TrainingRecord.objects.filter(school=m.school, user=request.user)
    current = PolicyVersion.current(m.school)
    signed_current = current is not None and decs.filter(version=current).exists()
    return render(request, "policies/mine.html", school_ctx(m, declarations=decs, training=training,
                                                             current=current, signed_current=signed_current))


@login_required
def guidance(request, slug):
    m = require(request, slug, "read_policy")
    v, pack = _version_or_draft(request, m.school)
    if pack is None:
        return render(request, "policies/no_policy.html", school_ctx(m), status=404)
    return render(request, "policies/guidance.html", school_ctx(m, version=v, **document_context(pack)))


@login_required
def training(request, slug):
    m = require(request, slug, "manage_policy")
    form = TrainingForm(request.POST or None, school=m.school,
                        initial={"date": timezone.localdate(), "person": request.GET.get("person")})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            TrainingRecord.add(m.school, d["person"].user, d["kind"], d["date"], d["content"], request.user)
        except PolicyError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, "Training recorded.")
            return redirect("policies:training", slug=slug)
    records = TrainingRecord.objects.filter(school=m.school)[:200]
    return render(request, "policies/training.html", school_ctx(m, form=form, records=records),
                  status=400 if form.errors else 200)


def _csv(name: str, header: list[str], rows) -> HttpResponse:
    resp = HttpResponse(content_type="text/csv; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    write_csv(resp, header, rows)
    return resp


@login_required
def export_declarations(request, slug):
    m = require(request, slug, "manage_policy")
    qs = Declaration.objects.filter(school=m.school).select_related("version", "user").order_by("version__number",
                                                                                                "signed_at")
    return _csv(f"{slug}-declarations.csv",
                ["version", "name", "account", "signed_on", "signed_at", "text_signed"],
                ([d.version.number, d.full_name, d.user.get_username() if d.user else "(account removed)",
                  d.signed_on.isoformat(), timezone.localtime(d.signed_at).isoformat(timespec="seconds"), d.text]
                 for d in qs))


@login_required
def export_training(request, slug):
    m = require(request, slug, "manage_policy")
    qs = TrainingRecord.objects.filter(school=m.school).select_related("user", "recorded_by").order_by("date", "id")
    return _csv(f"{slug}-training.csv", ["name", "account", "training", "date", "content", "recorded_by"],
                ([t.person, t.user.get_username() if t.user else "(account removed)", t.get_kind_display(),
                  t.date.isoformat(), t.content, t.recorded_by.get_username() if t.recorded_by else ""] for t in qs))


def _report(request, m):
    form = PeriodForm(request.GET or None)
    if request.GET and not form.is_valid():
        return form, None
    start, end = form.period()
    return form, report_data(m.school, start, end)


@login_required
def governors_report(request, slug):
    m = require(request, slug, "governors_report")
    form, data = _report(request, m)
    if data is None:
        return render(request, "policies/report.html", school_ctx(m, form=form, data=None), status=400)
    return render(request, "policies/report.html", school_ctx(m, form=form, data=data, charts=charts(data)))


@login_required
def governors_report_pdf(request, slug):
    m = require(request, slug, "governors_report")
    form, data = _report(request, m)
    if data is None:
        return render(request, "policies/report.html", school_ctx(m, form=form, data=None), status=400)
    pdf = render_pdf("policies/report_pdf.html", {"school": m.school, "data": data, "charts": charts(data),
                                                  "generated": timezone.localtime()})
    resp = HttpResponse(pdf, content_type="application/pdf")
    resp["Content-Disposition"] = f'inline; filename="{slug}-governors-report-{data["end"]:%Y-%m-%d}.pdf"'
    return resp

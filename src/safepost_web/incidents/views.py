"""Report a concern; the DSL's cases; evidence served only through a checked view; export; verification."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from safepost_web.audit.models import record
from safepost_web.core.access import can, membership_for, require
from safepost_web.core.context import school_ctx, site_url
from safepost_web.incidents import storage
from safepost_web.incidents.forms import (
    ActionForm,
    CaseForm,
    DeputyForm,
    EvidenceForm,
    ExportForm,
    OpenCaseForm,
    ReasonForm,
    ReportForm,
    RetentionForm,
)
from safepost_web.incidents.models import (
    DEFAULT_RETENTION_YEARS,
    Case,
    CaseStatus,
    Deputy,
    Evidence,
    IncidentError,
    Report,
    ReportStatus,
    RetentionRule,
    log_event,
)
from safepost_web.incidents.notify import lead_emails
from safepost_web.incidents.service import ExportRefused, build_bundle, verify_school


def may_manage(m) -> bool:
    """The DSL and headteacher, and the deputies they named, work on cases."""
    return m is not None and (can(m, "manage_cases") or Deputy.objects.filter(school=m.school, user=m.user).exists())


def require_cases(request, slug):
    m = membership_for(request.user, slug)
    if m is None:
        raise PermissionDenied("You are not a member of this school.")
    if not may_manage(m):
        raise PermissionDenied("Only the designated safeguarding lead, the headteacher and the deputies they name "
                               "can see cases.")
    return m


def _ctx(m, **extra):
    return school_ctx(m, manages_cases=may_manage(m), **extra)


# -- reporting (any member of staff) -----------------------------------------------------------------------------
@login_required
def report_new(request, slug):
    m = require(request, slug, "report_incident")
    form = ReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        d = dict(form.cleaned_data)
        files = d.pop("files")
        existing = Report.objects.filter(school=m.school, submission_key=d["submission_key"]).first()
        if existing is not None:  # pressed Send twice: one report, and the files are not kept twice
            if existing.reporter_id != request.user.pk:
                raise PermissionDenied("This form was already sent by someone else.")
            messages.info(request, "This report was already sent; here it is.")
            return redirect("incidents:report", slug=slug, pk=existing.pk)
        prepared, problems = storage.prepare(files)
        if problems:
            for p in problems:
                form.add_error("files", p)
        else:
            try:
                rep, created = Report.submit(m.school, request.user, prepared, **d)
            except Exception:
                storage.discard(prepared)
                raise
            if not created:
                storage.discard(prepared)
            if created:
                _tell_leads(m.school, rep)
                messages.success(request, "Thank you. Your report has gone to the designated safeguarding lead. "
                                          "Keep the original messages: do not delete them.")
            return redirect("incidents:report", slug=slug, pk=rep.pk)
    return render(request, "incidents/report_new.html", _ctx(m, form=form), status=400 if form.errors else 200)


def _tell_leads(school, rep: Report) -> None:
    """Tell the DSL and headteacher at once; the email carries a link only, never the content."""
    from django.conf import settings
    from django.core.mail import send_mail

    emails = lead_emails(school)
    if emails:
        send_mail(f"safepost: a concern was reported at {school.name}",
                  f"A member of staff reported: {rep.get_kind_display()}. Open safepost to read it (the details are "
                  f"not sent by email): {site_url(reverse('incidents:report', args=[school.slug, rep.pk]))}",
                  settings.DEFAULT_FROM_EMAIL, emails, fail_silently=True)


@login_required
def mine(request, slug):
    m = require(request, slug, "report_incident")
    items = Report.objects.filter(school=m.school, reporter=request.user)[:200]
    return render(request, "incidents/mine.html", _ctx(m, items=items))


@login_required
def report_detail(request, slug, pk):
    m = require(request, slug, "report_incident")
    rep = get_object_or_404(Report.objects.select_related("case", "reporter"), pk=pk, school=m.school)
    manager = may_manage(m)
    if rep.reporter_id != request.user.pk and not manager:
        raise PermissionDenied("You can see only the reports you made.")
    if manager:
        log_event(m.school, request.user, "report.viewed", report=rep, case=rep.case)
    ctx = _ctx(m, report=rep, manager=manager, evidence=rep.evidence.all(),
               open_form=OpenCaseForm(initial={"case_type": rep.kind, "summary": rep.text[:120]}),
               reason_form=ReasonForm(),
               open_cases=Case.objects.filter(school=m.school, status=CaseStatus.OPEN) if manager else [])
    return render(request, "incidents/report_detail.html", ctx)


@login_required
@require_POST
def triage(request, slug, pk):
    m = require_cases(request, slug)
    rep = get_object_or_404(Report, pk=pk, school=m.school)
    how = request.POST.get("how")
    try:
        if how == "open":
            form = OpenCaseForm(request.POST)
            if not form.is_valid():
                raise IncidentError("Choose a type and severity and write a short summary.")
            case = Case.open_from_report(rep, request.user, **form.cleaned_data)
            messages.success(request, f"Case {case.reference} opened.")
            return redirect("incidents:case", slug=slug, pk=case.pk)
        if how == "attach":
            case = get_object_or_404(Case, pk=request.POST.get("case") or 0, school=m.school)
            case.attach_report(rep, request.user)
            messages.success(request, f"Added to case {case.reference}.")
            return redirect("incidents:case", slug=slug, pk=case.pk)
        if how == "no_action":
            rep.close_without_case(request.user, request.POST.get("reason", ""))
            messages.success(request, "Marked as no further action. The reporter can see this and your reason.")
            return redirect("incidents:inbox", slug=slug)
        raise Http404("No such choice")
    except IncidentError as e:
        messages.error(request, str(e))
    return redirect("incidents:report", slug=slug, pk=pk)


# -- cases (DSL, headteacher, deputies) --------------------------------------------------------------------------
@login_required
def inbox(request, slug):
    m = require_cases(request, slug)
    waiting = Report.objects.filter(school=m.school, status=ReportStatus.RECEIVED).select_related("reporter")
    cases = list(Case.objects.filter(school=m.school).select_related("school")[:500])
    review = [c for c in cases if c.needs_review]  # worked out once (a query per closed case): the page reuses it
    return render(request, "incidents/inbox.html", _ctx(m, waiting=waiting, cases=cases, review=review))


def _case(m, pk) -> Case:
    return get_object_or_404(Case.objects.select_related("school"), pk=pk, school=m.school)


@login_required
def case_detail(request, slug, pk):
    m = require_cases(request, slug)
    case = _case(m, pk)
    case.record_view(request.user)
    ctx = _ctx(m, case=case, reports=case.reports.select_related("reporter").order_by("created"),
               evidence=case.all_evidence(), actions=case.actions.select_related("actor"),
               timeline=case.timeline(),
               case_form=CaseForm(school=m.school, initial={
                   "case_type": case.case_type, "severity": case.severity, "summary": case.summary,
                   "pupils": case.pupils.all(), "staff": case.staff.all(), "external": case.external}),
               action_form=ActionForm(), evidence_form=EvidenceForm(), reason_form=ReasonForm(),
               export_form=ExportForm())
    return render(request, "incidents/case.html", ctx)


@login_required
@require_POST
def case_act(request, slug, pk, action):
    m = require_cases(request, slug)
    case = _case(m, pk)
    reason = request.POST.get("reason", "")
    try:
        if action == "change":
            form = CaseForm(request.POST, school=m.school)
            if not form.is_valid():
                raise IncidentError("Some details could not be read: " +
                                    " ".join(f"{form.fields[k].label}: {v[0]}" for k, v in form.errors.items()))
            changed = case.change(request.user, **form.cleaned_data)
            messages.success(request, "Saved." if changed else "Nothing had changed.")
        elif action == "action":
            form = ActionForm(request.POST)
            if not form.is_valid():
                raise IncidentError("Choose what was done from the list.")
            a = case.add_action(request.user, **form.cleaned_data)
            messages.success(request, f"Recorded: {a.get_kind_display()}.")
        elif action == "evidence":
            form = EvidenceForm(request.POST, request.FILES)
            if not form.is_valid():
                raise IncidentError("Choose at least one file to add.")
            prepared, problems = storage.prepare(form.cleaned_data["files"])
            if problems:
                raise IncidentError(" ".join(problems))
            try:
                added = case.add_evidence(request.user, prepared)
            except Exception:
                storage.discard(prepared)
                raise
            messages.success(request, f"Added {len(added)} file{'s' if len(added) != 1 else ''}.")
        elif action == "close":
            case.close(request.user, request.POST.get("outcome", ""))
            messages.success(request, "Case closed.")
        elif action == "reopen":
            case.reopen(request.user, reason)
            messages.success(request, "Case reopened.")
        elif action == "hold":
            case.set_hold(request.user, True, reason)
            messages.success(request, "Legal hold on: this case will not be flagged for review.")
        elif action == "release":
            case.set_hold(request.user, False, reason)
            messages.success(request, "Legal hold taken off.")
        else:
            raise Http404("No such action")
    except IncidentError as e:
        messages.error(request, str(e))
    return redirect("incidents:case", slug=slug, pk=pk)


@login_required
@require_POST
def export(request, slug, pk):
    m = require_cases(request, slug)
    case = _case(m, pk)
    form = ExportForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose who the bundle is for.")
        return redirect("incidents:case", slug=slug, pk=pk)
    try:
        data, manifest_sha = build_bundle(case, request.user, form.cleaned_data["purpose"])
    except ExportRefused as e:
        messages.error(request, "The bundle was not made, because a file no longer matches the hash it had when "
                                f"it arrived: {e}. Run 'Check the records' and tell the headteacher.")
        return redirect("incidents:case", slug=slug, pk=pk)
    resp = HttpResponse(data, content_type="application/zip")
    resp["Content-Disposition"] = f'attachment; filename="{case.reference}-bundle.zip"'
    resp["X-Manifest-SHA256"] = manifest_sha
    resp["Cache-Control"] = "no-store"
    return resp


@login_required
def evidence_file(request, slug, pk):
    """One evidence file, only to those who may see it, and the look is logged."""
    m = membership_for(request.user, slug)
    if m is None:
        raise PermissionDenied("You are not a member of this school.")
    e = get_object_or_404(Evidence.objects.select_related("report", "case", "report__case"), pk=pk, school=m.school)
    own = e.report is not None and e.report.reporter_id == request.user.pk
    if not (may_manage(m) or own):
        raise PermissionDenied("Only the designated safeguarding lead and headteacher can open this file.")
    case = e.case or (e.report.case if e.report else None)
    log_event(m.school, request.user, "evidence.viewed", case=case, report=e.report, detail={"evidence": e.pk})
    try:
        fh = open(e.path, "rb")
    except OSError:
        raise Http404("This file is missing from the evidence store. Run 'Check the records'.")
    resp = FileResponse(fh, as_attachment=True, filename=e.original_name, content_type=e.content_type)
    resp["Cache-Control"] = "no-store"
    resp["X-Content-Type-Options"] = "nosniff"
    return resp


@login_required
def verify(request, slug):
    m = require_cases(request, slug)
    ctx = _ctx(m)
    if request.method == "POST":
        problems = verify_school(m.school)
        log_event(m.school, request.user, "log.verified", detail={"problems": len(problems)})
        record(m.school, request.user, "incidents.verified", "incident records", detail=f"{len(problems)} problems")
        ctx.update(checked=True, problems=problems, entries=m.school.incident_log.count(),
                   files=Evidence.objects.filter(school=m.school).count())
    return render(request, "incidents/verify.html", ctx)


@login_required
def incident_settings(request, slug):
    m = require(request, slug, "manage_cases")  # deputies work on cases but do not name deputies
    current = dict(RetentionRule.objects.filter(school=m.school).values_list("case_type", "years"))
    rform = RetentionForm(request.POST if "retention" in request.POST else None, current=current,
                          default=DEFAULT_RETENTION_YEARS)
    dform = DeputyForm(request.POST if "deputy" in request.POST else None, school=m.school)
    if request.method == "POST":
        if "retention" in request.POST and rform.is_valid():
            with transaction.atomic():
                for k, years in rform.cleaned_data.items():
                    RetentionRule.objects.update_or_create(school=m.school, case_type=k, defaults={"years": years})
                log_event(m.school, request.user, "retention.changed", detail=rform.cleaned_data)
                record(m.school, request.user, "incidents.retention_changed", "retention periods")
            messages.success(request, "Retention periods saved.")
            return redirect("incidents:settings", slug=slug)
        if "deputy" in request.POST and dform.is_valid():
            with transaction.atomic():
                _, made = Deputy.objects.get_or_create(school=m.school, user=dform.cleaned_data["user"],
                                                       defaults={"named_by": request.user})
                if made:
                    log_event(m.school, request.user, "deputy.named",
                              detail={"user": dform.cleaned_data["user"].username})
                    record(m.school, request.user, "incidents.deputy_named", dform.cleaned_data["user"].username)
            messages.success(request, "Deputy named." if made else "Already a deputy.")
            return redirect("incidents:settings", slug=slug)
        if "remove" in request.POST:
            d = Deputy.objects.filter(school=m.school, pk=request.POST.get("remove") or 0).select_related("user").first()
            if d:
                with transaction.atomic():
                    log_event(m.school, request.user, "deputy.removed", detail={"user": d.user.username})
                    record(m.school, request.user, "incidents.deputy_removed", d.user.username)
                    d.delete()
                messages.success(request, "Deputy removed.")
            return redirect("incidents:settings", slug=slug)
    deputies = Deputy.objects.filter(school=m.school).select_related("user")
    return render(request, "incidents/settings.html", _ctx(m, rform=rform, dform=dform, deputies=deputies),
                  status=400 if (rform.errors or dform.errors) else 200)

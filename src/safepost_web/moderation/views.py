"""Moderation pages: the webhook endpoint, the dashboard, the queue and its actions, authors, events, import,
settings and the report. Every page checks the role in that school (core/access.py)."""
from __future__ import annotations

import datetime as dt
import functools
import hmac
import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import InterfaceError, OperationalError, connection, transaction
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from safepost_web.audit.models import record
from safepost_web.core.access import require
from safepost_web.core.context import school_ctx
from safepost_web.incidents import storage
from safepost_web.moderation import intake, report as mreport, tasks
from safepost_web.moderation.fieldcrypt import UNREADABLE, is_unreadable
from safepost_web.moderation.forms import (
    ActionForm, AuthorKindForm, CoverForm, ImportForm, PageSettingsForm, UnblockForm)
from safepost_web.moderation.models import (
    OPEN_STATES, WEBHOOK_PLATFORMS, Author, Comment, EventStatus, ModerationError, ModeratorStatus, PageSettings,
    Platform, State, WebhookEvent, strike_rule)
from safepost_web.schools.models import Membership, Role

log = logging.getLogger("safepost.moderation")
SECRET_FIELDS = ("app_secret", "access_token")  # never written to the audit log
LANGUAGES_COVERED = (
    "The automatic checks read English only. A comment that is probably in another language (Welsh, Polish, Urdu, "
    "French...), or that is only emoji, a sticker or a photo, is never passed as clean: it waits in the queue for a "
    "person, marked \"Needs a person\". An English comment with a few words of another language is checked as usual.")


# -- intake ----------------------------------------------------------------------------------------------------
def _enqueue(ev: WebhookEvent | int) -> None:
    """Hand a stored event to the background work: at once in the request (the embedded default, no broker), or by
    making sure one drain is queued (a broker: one message for a burst of deliveries, see tasks.kick)."""
    pk = getattr(ev, "pk", ev)
    try:
        if tasks.process_event.app.conf.task_always_eager:
            tasks.process_event.delay(pk)
        else:
            tasks.kick()
    except Exception:  # broker down: the event is stored; the sweep or the next drain picks it up
        log.exception("moderation: could not queue event %s; it waits for the next sweep", pk)


WEBHOOK_RETRY_AFTER = "5"  # seconds; Meta retries failed deliveries on its own schedule, other senders may read this


@csrf_exempt
def webhook(request, slug, platform):
    """Meta's webhook: GET is the subscription handshake, POST a signed delivery (stored before anything else).
    With the database away nothing can be stored, so the answer is 503 and the platform delivers it again."""
    try:
        return _webhook(request, slug, platform)
    except (OperationalError, InterfaceError) as e:
        log.warning("moderation: database not answering; webhook for %s/%s answered 503 so it is delivered again (%s)",
                    slug, platform, str(e).strip().splitlines()[0][:200] if str(e).strip() else type(e).__name__)
        r = HttpResponse("The database is not available just now: deliver this again later.", status=503,
                         content_type="text/plain")
        r["Retry-After"] = WEBHOOK_RETRY_AFTER
        return r


# The intake is the busiest code here (hundreds of deliveries a second at a big school's worst moment), so it does
# the minimum: one small SELECT, the HMAC check, one INSERT, and a wake-up for the background work. Both queries
# are built by the ORM once per process and then only executed: compiling a query costs more than running it.
_PAGE_FIELDS = ("pk", "school_id", "app_secret", "verify_token", "page_ids")
_SLUG, _PLATFORM = "\x00slug", "\x00platform"


class _Page:
    """What the webhook needs of a school's PageSettings."""

    __slots__ = _PAGE_FIELDS

    def __init__(self, row):
        for name, value in zip(_PAGE_FIELDS, row):
            setattr(self, name, value)

    @property
    def page_id_list(self) -> list[str]:
        return [p.strip() for p in self.page_ids.split(",") if p.strip()]


@functools.lru_cache(maxsize=8)
def _page_query(alias: str, vendor: str):
    qs = (PageSettings.objects.using(alias).filter(school__slug=_SLUG, platform=_PLATFORM)
          .values_list(*_PAGE_FIELDS).order_by("pk")[:1])
    sql, params = qs.query.get_compiler(alias).as_sql()
    converters = [getattr(PageSettings._meta.get_field(n), "from_db_value", None) if n != "pk" else None
                  for n in _PAGE_FIELDS]
    return sql, tuple(params), converters


def _page_for_webhook(slug: str, platform: str) -> _Page | None:
    sql, params, converters = _page_query(connection.alias, connection.vendor)
    with connection.cursor() as cur:
        cur.execute(sql, [slug if p == _SLUG else platform if p == _PLATFORM else p for p in params])
        row = cur.fetchone()
    if row is None:
        return None
    return _Page([conv(v, None, connection) if conv and v is not None else v for conv, v in zip(converters, row)])


def _store_event(**values) -> int:
    """INSERT one WebhookEvent as objects.create() would (each field's default unless given); its id."""
    m = WebhookEvent._meta
    fields = [f for f in m.concrete_fields if not f.primary_key]
    row = [f.get_db_prep_save(values[f.attname] if f.attname in values else values[f.name] if f.name in values
                              else f.get_default(), connection) for f in fields]
    qn = connection.ops.quote_name
    sql = (f"INSERT INTO {qn(m.db_table)} ({', '.join(qn(f.column) for f in fields)}) "
           f"VALUES ({', '.join(['%s'] * len(fields))})")
    with connection.cursor() as cur:
        if connection.features.can_return_columns_from_insert:
            cur.execute(sql + f" RETURNING {qn(m.pk.column)}", row)
            return cur.fetchone()[0]
        cur.execute(sql, row)
        return connection.ops.last_insert_id(cur, m.db_table, m.pk.column)


def _webhook(request, slug, platform):
    if platform not in WEBHOOK_PLATFORMS:
        raise Http404("No webhook for this platform.")
    ps = _page_for_webhook(slug, platform)
    if ps is None:
        log.warning("moderation: webhook for %s/%s, which has no page settings", slug, platform)
        raise Http404("This school has not set up this platform.")
    if request.method == "GET":
        if (request.GET.get("hub.mode") == "subscribe" and ps.verify_token
                and hmac.compare_digest(request.GET.get("hub.verify_token", "").encode(), ps.verify_token.encode())):
            return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
        log.warning("moderation: webhook handshake refused for %s/%s", slug, platform)
        return HttpResponseForbidden("verify token does not match")
    if request.method != "POST":
        return HttpResponse(status=405)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    body = b"" if length > intake.MAX_BODY else request.read(intake.MAX_BODY + 1)
    headers = {h: request.headers[h] for h in intake.KEPT_HEADERS if h in request.headers}
    if length > intake.MAX_BODY or len(body) > intake.MAX_BODY:
        _store_event(school_id=ps.school_id, platform=platform, body=b"", headers=headers, status=EventStatus.REFUSED,
                     error=f"body of {max(length, len(body))} bytes is over the 1 MB limit: not read")
        log.warning("moderation: over-size webhook body (%s bytes) refused for %s/%s", length, slug, platform)
        return HttpResponse("body too large", status=413, content_type="text/plain")
    if not intake.signature_ok(ps.app_secret, body, request.headers.get("X-Hub-Signature-256")):
        log.warning("moderation: webhook with %s signature refused for %s/%s",
                    "a wrong" if request.headers.get("X-Hub-Signature-256") else "no", slug, platform)
        return HttpResponseForbidden("bad signature")
    # Stored whole before it is even parsed: whatever happens next, the delivery is not lost.
    ev = _store_event(school_id=ps.school_id, platform=platform, body=body, headers=headers)
    try:
        pages = intake.page_ids(intake.parse_json(body))
    except intake.BadPayload as e:
        WebhookEvent.objects.filter(pk=ev).update(status=EventStatus.REFUSED, error=str(e))
        log.warning("moderation: event %s is unreadable: %s", ev, e)
        return HttpResponse("stored, unreadable", content_type="text/plain")
    if not pages & set(ps.page_id_list):
        WebhookEvent.objects.filter(pk=ev).update(status=EventStatus.IGNORED,
                                                  error=f"page {', '.join(sorted(pages))} is not this school's")
        log.warning("moderation: event %s is for page(s) %s, which %s does not own", ev, sorted(pages), slug)
        return HttpResponse("not our page", content_type="text/plain")  # 200 so Meta stops retrying
    _enqueue(ev)
    return HttpResponse("ok", content_type="text/plain")


@login_required
def import_comments(request, slug):
    m = require(request, slug, "moderate_comments")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        f = form.cleaned_data["file"]
        raw = f.read()
        try:
            n = len(intake.comments_from_import(raw, f.name))
        except intake.BadPayload as e:
            form.add_error("file", f"This file could not be read: {e}. Nothing was imported.")
        else:
            ev = WebhookEvent.objects.create(school=m.school, platform=form.cleaned_data["platform"], source="import",
                                             body=raw, headers={"filename": f.name[:200]})
            record(m.school, request.user, "moderation.imported", f"import event {ev.pk}", detail=f"{n} comments")
            _enqueue(ev)
            messages.success(request, f"{n} comments imported. New ones are being checked now.")
            return redirect("moderation:queue", slug=slug)
    return render(request, "moderation/import.html", school_ctx(m, form=form), status=400 if form.errors else 200)


# -- dashboard and queue ---------------------------------------------------------------------------------------
def cover_warnings(school) -> list[str]:
    """Plain-English warnings about moderation cover and waiting comments."""
    from safepost_web.schools.library import pack_for

    try:
        minimum = pack_for(school).settings.min_moderators
    except Exception:
        minimum = 2
    mods = list(Membership.objects.filter(school=school, role=Role.MODERATOR).select_related("user"))
    status = {s.user_id: s for s in ModeratorStatus.objects.filter(school=school).select_related("covered_by")}
    active = [m for m in mods if not (status.get(m.user_id) and status[m.user_id].absent)]
    out = []
    if len(active) < minimum:
        out.append(f"Only {len(active)} moderator{'s are' if len(active) != 1 else ' is'} active; the policy asks for "
                   f"at least {minimum}. The headteacher should name another moderator under Set-up → Staff.")
    for m in mods:
        s = status.get(m.user_id)
        if s and s.absent and not s.covered_by_id:
            out.append(f"{m.user.get_full_name() or m.user.username} is away and nobody covers for them. "
                       "Ask a colleague to cover, and record it on the Cover page.")
    hours = (PageSettings.objects.filter(school=school).order_by("target_hours").values_list("target_hours", flat=True)
             .first()) or 24
    late = Comment.objects.filter(school=school, state__in=OPEN_STATES,
                                  received__lt=timezone.now() - dt.timedelta(hours=hours)).count()
    if late:
        out.append(f"{late} comment{'s have' if late != 1 else ' has'} waited longer than {hours} hours. "
                   "Open the queue and deal with the oldest first.")
    return out


@login_required
def dashboard(request, slug):
    m = require(request, slug, "moderate_comments")
    s = m.school
    ctx = school_ctx(
        m, warnings=cover_warnings(s),
        pending=Comment.objects.filter(school=s, state__in=OPEN_STATES).count(),
        escalated=Comment.objects.filter(school=s, state=State.ESCALATED).select_related("incident_report__case")
        .order_by("-actioned_at")[:20],
        suggested=Author.objects.filter(school=s, block_suggested=True, blocked=False),
        failed=WebhookEvent.objects.filter(school=s, status=EventStatus.FAILED).count(),
        pages=PageSettings.objects.filter(school=s), platforms=WEBHOOK_PLATFORMS)
    return render(request, "moderation/dashboard.html", ctx)


@login_required
def queue(request, slug):
    m = require(request, slug, "moderate_comments")
    items = (Comment.objects.filter(school=m.school, state__in=OPEN_STATES).select_related("author")
             .order_by("-severity_rank", "received", "id")[:200])
    return render(request, "moderation/queue.html", school_ctx(m, items=items, form=ActionForm()))


@login_required
def comment_detail(request, slug, pk):
    m = require(request, slug, "moderate_comments")
    c = get_object_or_404(Comment.objects.select_related("author", "incident_report"), school=m.school, pk=pk)
    return render(request, "moderation/comment.html", school_ctx(m, c=c, form=ActionForm()))


@login_required
@require_POST
def act(request, slug, pk):
    m = require(request, slug, "moderate_comments")
    c = get_object_or_404(Comment, school=m.school, pk=pk)
    form = ActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose an action: keep, hide, delete, block or escalate.")
        return redirect("moderation:queue", slug=slug)
    shot = request.FILES.get("screenshot") if form.cleaned_data["action"] == "escalate" else None
    attachments = []
    if shot is not None:  # checked (type sniffed, hashed) before anything changes; refused -> nothing done
        attachments, problems = storage.prepare([shot])
        if problems:
            messages.error(request, " ".join(problems) + " The comment was not escalated: try again with a "
                                    "screenshot saved as PNG, JPEG or PDF, or without one.")
            return redirect("moderation:comment", slug=slug, pk=c.pk)
    try:
        if attachments:
            c.escalate(request.user, form.cleaned_data["reason"], attachments=attachments)
        else:
            c.apply(form.cleaned_data["action"], request.user, form.cleaned_data["reason"])
    except ModerationError as e:
        storage.discard(attachments)
        messages.error(request, str(e))
    except Exception:
        storage.discard(attachments)
        raise
    else:
        messages.success(request, f"Done: {c.label} is now '{c.get_state_display()}'." +
                         (" The screenshot is kept with the evidence." if attachments else ""))
    nxt = request.POST.get("next", "")
    if nxt.startswith(f"/s/{slug}/moderation/") and "//" not in nxt:
        return redirect(nxt)
    return redirect("moderation:queue", slug=slug)


@login_required
@require_POST
def bulk(request, slug):
    m = require(request, slug, "moderate_comments")
    form = ActionForm(request.POST)
    ids = [i for i in request.POST.getlist("ids") if i.isdigit()]
    if not form.is_valid() or not ids:
        messages.error(request, "Tick at least one comment and choose an action.")
        return redirect("moderation:queue", slug=slug)
    done, problems = 0, []
    for c in Comment.objects.filter(school=m.school, pk__in=ids):
        try:
            c.apply(form.cleaned_data["action"], request.user, form.cleaned_data["reason"])
            done += 1
        except ModerationError as e:
            problems.append(f"{c.label}: {e}")
    if done:
        messages.success(request, f"{done} comment{'s' if done != 1 else ''} done.")
    for p in problems[:10]:
        messages.error(request, p)
    return redirect("moderation:queue", slug=slug)


# -- authors -----------------------------------------------------------------------------------------------------
@login_required
def authors(request, slug):
    m = require(request, slug, "moderate_comments")
    rows = []
    for a in Author.objects.filter(school=m.school).order_by("-blocked", "-block_suggested", "name")[:300]:
        limit, window = strike_rule(m.school, a.platform)
        rows.append((a, a.removed_in_window(window), limit, window))
    return render(request, "moderation/authors.html", school_ctx(m, rows=rows, unblock_form=UnblockForm()))


@login_required
def author_detail(request, slug, pk):
    """One author's history here: every name they used, every comment and what was done, strikes, their mark."""
    m = require(request, slug, "moderate_comments")
    a = get_object_or_404(Author.objects.select_related("kind_set_by"), school=m.school, pk=pk)
    limit, window = strike_rule(m.school, a.platform)
    comments = a.comments.select_related("actioned_by").order_by("-received", "-id")[:300]
    form = AuthorKindForm(initial={"kind": a.kind})
    return render(request, "moderation/author.html",
                  school_ctx(m, a=a, comments=comments, names=a.names_seen(), strikes=a.removed_in_window(window),
                             limit=limit, window=window, kind_form=form, unblock_form=UnblockForm()))


@login_required
@require_POST
def author_kind(request, slug, pk):
    """A moderator marks who an author is (parent, pupil, public) or goes back to guessing; logged."""
    m = require(request, slug, "moderate_comments")
    a = get_object_or_404(Author, school=m.school, pk=pk)
    form = AuthorKindForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose parent or carer, pupil, member of the public, or 'guess from each comment'.")
        return redirect("moderation:author", slug=slug, pk=pk)
    try:
        again = a.set_kind(request.user, form.cleaned_data["kind"], form.cleaned_data["reason"].strip())
    except ModerationError as e:
        messages.error(request, str(e))
        return redirect("moderation:author", slug=slug, pk=pk)
    for cpk in again:
        tasks.classify_comment.delay(cpk)
    who = a.get_kind_display().lower() if a.kind else "guessed from each comment"
    messages.success(request, f"Saved: {a} is {'a ' + who if a.kind else who}."
                     + (f" {len(again)} waiting comment{'s were' if len(again) != 1 else ' was'} checked again."
                        if again else ""))
    return redirect("moderation:author", slug=slug, pk=pk)


@login_required
@require_POST
def author_action(request, slug, pk, action):
    m = require(request, slug, "moderate_comments")
    a = get_object_or_404(Author, school=m.school, pk=pk)
    try:
        if action == "block":
            a.block(request.user, request.POST.get("reason", "").strip())
        elif action == "unblock":
            a.unblock(request.user, request.POST.get("reason", ""))
        else:
            raise Http404("No such action.")
    except ModerationError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, f"{a} is {'blocked' if a.blocked else 'unblocked'}.")
    if request.POST.get("next") == "author":  # from the author's own page: back there
        return redirect("moderation:author", slug=slug, pk=a.pk)
    return redirect("moderation:authors", slug=slug)


# -- cover -----------------------------------------------------------------------------------------------------------
@login_required
def cover(request, slug):
    m = require(request, slug, "moderate_comments")
    others = Membership.objects.filter(school=m.school, role__in=[Role.MODERATOR, Role.HEADTEACHER, Role.DSL]) \
        .exclude(user=request.user).select_related("user")
    choices = [("", "Nobody yet")] + [(str(o.user_id), o.user.get_full_name() or o.user.username) for o in others]
    st = ModeratorStatus.objects.filter(school=m.school, user=request.user).first()
    form = CoverForm(request.POST or None,
                     initial={"absent": st.absent if st else False, "covered_by": st.covered_by_id if st else ""})
    form.fields["covered_by"].choices = choices
    if request.method == "POST" and form.is_valid():
        cover_id = form.cleaned_data["covered_by"] or None
        with transaction.atomic():
            st, _ = ModeratorStatus.objects.select_for_update().get_or_create(school=m.school, user=request.user)
            st.absent, st.covered_by_id = form.cleaned_data["absent"], int(cover_id) if cover_id else None
            st.save()
            record(m.school, request.user, "moderation.cover_changed", request.user.username,
                   detail=f"away: {'yes' if st.absent else 'no'}; cover: {st.covered_by or 'nobody'}")
        messages.success(request, "Saved.")
        return redirect("moderation:dashboard", slug=slug)
    return render(request, "moderation/cover.html", school_ctx(m, form=form))


# -- administration: settings, failed events -------------------------------------------------------------------------
@login_required
def page_settings(request, slug, platform):
    m = require(request, slug, "manage_moderation")
    if platform not in Platform.values:
        raise Http404("No such platform.")
    ps = PageSettings.objects.filter(school=m.school, platform=platform).first() or \
        PageSettings(school=m.school, platform=platform)
    form = PageSettingsForm(request.POST or None, instance=ps)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            changed = [f for f in form.changed_data if f not in SECRET_FIELDS and not f.startswith("forget_")]
            record(m.school, request.user, "moderation.settings_changed", f"{platform} page settings",
                   detail=", ".join(changed) +
                   "".join(f" ({f.replace('_', ' ')} changed)" for f in form.secrets_changed))
        messages.success(request, "Saved.")
        return redirect("moderation:dashboard", slug=slug)
    url = request.build_absolute_uri(f"/s/{slug}/moderation/webhook/{platform}/")
    unreadable = [UNREADABLE.format(what=form.SECRETS[f].lower()) for f in SECRET_FIELDS
                  if is_unreadable(form.stored[f])]
    return render(request, "moderation/settings.html",
                  school_ctx(m, form=form, platform=platform, url=url, unreadable=unreadable,
                             languages=LANGUAGES_COVERED),
                  status=400 if form.errors else 200)


@login_required
def events(request, slug):
    m = require(request, slug, "manage_moderation")
    failed = WebhookEvent.objects.filter(school=m.school, status=EventStatus.FAILED).defer("body")[:200]
    recent = WebhookEvent.objects.filter(school=m.school).exclude(status=EventStatus.FAILED).defer("body")[:50]
    return render(request, "moderation/events.html", school_ctx(m, failed=failed, recent=recent))


@login_required
@require_POST
def rerun(request, slug, pk):
    m = require(request, slug, "manage_moderation")
    ev = get_object_or_404(WebhookEvent, school=m.school, pk=pk)
    try:
        ev.requeue(request.user)
    except ModerationError as e:
        messages.error(request, str(e))
    else:
        _enqueue(ev)
        ev.refresh_from_db()
        messages.success(request, f"Event {ev.pk} was run again: now '{ev.get_status_display()}'.")
    return redirect("moderation:events", slug=slug)


# -- report ---------------------------------------------------------------------------------------------------------
@login_required
def report(request, slug):
    m = require(request, slug, "moderate_comments")
    rows = mreport.monthly(m.school)
    chart = mreport.chart_png(rows) if rows else ""
    return render(request, "moderation/report.html", school_ctx(m, rows=rows, chart=chart))


@login_required
def report_csv(request, slug):
    m = require(request, slug, "moderate_comments")
    resp = HttpResponse(mreport.to_csv(mreport.monthly(m.school)), content_type="text/csv")
    resp["Content-Disposition"] = f'attachment; filename="moderation-{slug}.csv"'
    return resp

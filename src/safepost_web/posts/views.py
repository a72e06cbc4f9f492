"""Official posts: draft, send for approval, moderate, publish."""
from __future__ import annotations

import os
import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from safepost.types import SafepostError

from safepost_web.checks import display
from safepost_web.checks.service import redact_photo, save_photos
from safepost_web.core.access import can, require
from safepost_web.core.context import school_ctx
from safepost_web.posts.forms import DecisionForm, PostForm
from safepost_web.posts.models import OfficialPost, PostCheckError, PostPhoto, PostStateError, Status
from safepost_web.schools.library import PackError, pack_for


@login_required
def post_list(request, slug):
    m = require(request, slug, "view_posts")
    posts = OfficialPost.objects.filter(school=m.school).select_related("account", "author")
    mine = posts.filter(author=request.user)
    queue = posts.filter(status=Status.IN_MODERATION).exclude(author=request.user) if can(m, "moderate") else None
    approved = posts.filter(status=Status.APPROVED)[:50]
    return render(request, "posts/list.html", school_ctx(m, mine=mine[:100], queue=queue, approved=approved))


@login_required
def new_post(request, slug):
    m = require(request, slug, "draft_official")
    if "prefill" in request.POST:  # from the check page: start a draft with the checked text
        form = PostForm(initial={"text": request.POST.get("text", "")}, school=m.school)
        return render(request, "posts/new.html", school_ctx(m, form=form))
    form = PostForm(request.POST or None, request.FILES or None, school=m.school)
    if not m.school.official_accounts.exists():
        messages.info(request, "This school has no official accounts recorded yet. A school administrator adds "
                               "them under Set-up → Accounts.")
    if request.method == "POST" and form.is_valid():
        try:
            post, problems = _create(m, form.cleaned_data, request.user)
        except PostCheckError as e:  # nothing was kept: say so, and keep what they wrote on the page
            post, problems = None, []
            form.add_error(None, str(e))
        for p in problems:
            form.add_error("photos", p)
        if post is not None:
            if "submit" in request.POST:
                _apply(request, lambda: post.submit(request.user, post.version))
            return redirect("posts:detail", slug=slug, pk=post.pk)
    return render(request, "posts/new.html", school_ctx(m, form=form), status=400 if form.errors else 200)


def _create(m, d, user) -> tuple[OfficialPost | None, list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        paths, problems = save_photos(d["photos"], folder)
        if problems:
            return None, problems
        return OfficialPost.draft(m.school, d["account"], user, d["text"], d["tagged"], paths), []


def _get(m, pk) -> OfficialPost:
    return get_object_or_404(OfficialPost.objects.select_related("account", "author"), pk=pk, school=m.school)


@login_required
def detail(request, slug, pk):
    m = require(request, slug, "view_posts")
    post = _get(m, pk)
    result = _result(post)
    try:
        pack = pack_for(m.school)
        rows = display.finding_rows(pack, result) if result else []
    except PackError:
        rows = []
    ctx = school_ctx(m, post=post, rows=rows, result=result,
                     segments=display.segments(post.text, result) if result else [],
                     verdict_words=display.VERDICT_WORDS.get(post.verdict, ""),
                     history=post.transitions.select_related("actor"), is_author=post.author_id == request.user.pk,
                     may_moderate=can(m, "moderate") and post.author_id != request.user.pk,
                     decision_form=DecisionForm(initial={"version": post.version}),
                     consent_problems=post.consent_problems() if post.status == Status.IN_MODERATION else [])
    return render(request, "posts/detail.html", ctx)


def _result(post: OfficialPost):
    """The stored check result as library objects, for the same display as the check page."""
    from safepost.types import CheckResult, Finding

    r = post.check_result
    if not r:
        return None
    keep = set(Finding.__dataclass_fields__)
    findings = [Finding(**{k: v for k, v in f.items() if k in keep}) for f in r.get("findings", [])]
    return CheckResult(policy=r.get("policy", ""), verdict=r.get("verdict", "allow"), findings=findings,
                       redacted_text=r.get("redacted_text"), notes=r.get("notes", []),
                       unchecked_images=r.get("unchecked_images", []))


ACTIONS = {
    "submit": ("draft_official", lambda p, u, d: p.submit(u, d["version"]), "Sent to the moderators."),
    "withdraw": ("draft_official", lambda p, u, d: p.withdraw(u, d["version"]), "Post withdrawn."),
    "approve": ("moderate", lambda p, u, d: p.approve(u, d["comment"], d["version"]), "Approved: ready to publish."),
    "reject": ("moderate", lambda p, u, d: p.reject(u, d["comment"], d["version"]), "Post rejected."),
    "request_changes": ("moderate", lambda p, u, d: p.request_changes(u, d["comment"], d["version"]),
                        "Sent back to the author with your comment."),
}


@login_required
@require_POST
def act(request, slug, pk, action):
    if action not in ACTIONS:
        raise Http404("No such action")
    perm, fn, done = ACTIONS[action]
    m = require(request, slug, perm)
    post = _get(m, pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "This form is out of date. Reload the page and try again.")
        return redirect("posts:detail", slug=slug, pk=pk)
    if _apply(request, lambda: fn(post, request.user, form.cleaned_data)):
        messages.success(request, done)
    return redirect("posts:detail", slug=slug, pk=pk)


def _apply(request, fn) -> bool:
    try:
        fn()
        return True
    except PostStateError as e:
        messages.error(request, str(e))
    except SafepostError as e:  # the pack could not be loaded, say
        messages.error(request, f"The post could not be checked: {e}")
    return False


@login_required
def edit(request, slug, pk):
    m = require(request, slug, "draft_official")
    post = _get(m, pk)
    if post.author_id != request.user.pk:
        raise PermissionDenied("Only the author can change this post.")
    if request.method == "POST":
        try:
            post.edit(request.user, request.POST.get("text", ""), request.POST.get("version"))
            messages.success(request, "Changes saved and checked again.")
            return redirect("posts:detail", slug=slug, pk=pk)
        except PostStateError as e:
            messages.error(request, str(e))
    return render(request, "posts/edit.html", school_ctx(m, post=post))


@login_required
def photo(request, slug, pk, photo_pk):
    """A safe copy of one photo: redacted where the library can, metadata always removed."""
    m = require(request, slug, "view_posts")
    post = _get(m, pk)
    ph = get_object_or_404(PostPhoto, pk=photo_pk, post=post)
    result = _result(post)
    out = tempfile.NamedTemporaryFile(suffix=".jpg", delete=False)
    out.close()
    if not redact_photo(ph.image.path, out.name, result):
        os.unlink(out.name)
        raise Http404("This photo cannot be read.")
    resp = FileResponse(open(out.name, "rb"), as_attachment=True,
                        filename="safe-" + os.path.splitext(ph.original_name)[0] + ".jpg")
    os.unlink(out.name)  # the open handle keeps the data until the response is sent
    return resp

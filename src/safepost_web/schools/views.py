"""A school's pages: dashboard, pack, set-up, roster, staff, accounts, invitations."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from safepost_web.audit.models import record
from safepost_web.core.access import require
from safepost_web.core.context import school_ctx
from safepost_web.schools import forms as f
from safepost_web.schools.invitations import invitation_from, send_invitation
from safepost_web.schools.library import PackError, available_packs, pack_for, pack_from_yaml
from safepost_web.schools.models import Invitation, Membership, OfficialAccount, ParentChannel, RosterUpload
from safepost_web.schools.roster import apply_import, plan_import

User = get_user_model()


@login_required
def dashboard(request, slug):
    m = require(request, slug, "check")
    return render(request, "schools/dashboard.html", school_ctx(m))


@login_required
def pack(request, slug):
    m = require(request, slug, "view_pack")
    try:
        p, error = pack_for(m.school), ""
    except PackError as e:
        p, error = None, str(e)
    return render(request, "schools/pack.html", school_ctx(m, pack=p, error=error))


@login_required
def setup(request, slug):
    m = require(request, slug, "manage_school")
    school = m.school
    details = f.DetailsForm(request.POST or None, instance=school, prefix="d")
    if request.method == "POST" and details.is_valid():
        details.save()
        school.bump()
        record(school, request.user, "school.details_changed", school.name)
        messages.success(request, "School details saved.")
        return redirect("schools:setup", slug=slug)
    return render(request, "schools/setup.html", school_ctx(m, details=details, **_pack_ctx(school)))


def _pack_ctx(school, pack_form=None, options_form=None) -> dict:
    try:
        p, error = pack_for(school), ""
    except PackError as e:
        p, error = None, str(e) if school.has_pack else ""
    opts = p.settings.personal_use.options if p else {}
    if options_form is None and opts:
        options_form = f.OptionsForm(options=opts, initial={"personal_use": school.personal_use}, prefix="o")
    return {"current_pack": p, "pack_error": error, "options_form": options_form,
            "pack_form": pack_form or f.PackForm(packs=available_packs(), initial={"pack_id": school.pack_id},
                                                 prefix="p")}


@login_required
def choose_pack(request, slug):
    m = require(request, slug, "manage_school")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    school = m.school
    form = f.PackForm(request.POST, request.FILES, packs=available_packs(), prefix="p")
    if form.is_valid():
        upload = form.cleaned_data.get("upload")
        try:
            if upload:
                text = upload.read().decode("utf-8-sig")
                loaded = pack_from_yaml(text)
                school.pack_yaml, school.pack_id = text, ""
            else:
                school.pack_id, school.pack_yaml = form.cleaned_data["pack_id"], ""
                loaded = pack_for(school)
        except UnicodeDecodeError:
            form.add_error("upload", "This file is not a text (YAML) file. Upload the pack's .yaml file.")
        except PackError as e:
            form.add_error("upload" if upload else "pack_id", f"This pack cannot be used: {e}")
        else:
            if school.personal_use not in loaded.settings.personal_use.options:
                school.personal_use = ""
            school.save()
            school.bump()
            record(school, request.user, "school.pack_chosen", loaded.id, detail=loaded.name)
            messages.success(request, f"Policy pack set: {loaded.name}.")
            return redirect("schools:setup", slug=slug)
    details = f.DetailsForm(instance=school, prefix="d")
    return render(request, "schools/setup.html", school_ctx(m, details=details, **_pack_ctx(school, pack_form=form)),
                  status=400)


@login_required
@require_POST
def choose_options(request, slug):
    m = require(request, slug, "manage_school")
    school = m.school
    try:
        opts = pack_for(school).settings.personal_use.options
    except PackError as e:
        messages.error(request, str(e))
        return redirect("schools:setup", slug=slug)
    form = f.OptionsForm(request.POST, options=opts, prefix="o")
    if form.is_valid():
        school.personal_use = form.cleaned_data["personal_use"]
        school.save(update_fields=["personal_use"])
        school.bump()
        record(school, request.user, "school.option_chosen", "personal_use", detail=school.personal_use)
        messages.success(request, "Option saved.")
        return redirect("schools:setup", slug=slug)
    details = f.DetailsForm(instance=school, prefix="d")
    return render(request, "schools/setup.html",
                  school_ctx(m, details=details, **_pack_ctx(school, options_form=form)), status=400)


@login_required
def roster(request, slug):
    m = require(request, slug, "manage_roster")
    school = m.school
    form = f.RosterUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        up = form.cleaned_data["file"]
        upload = RosterUpload.objects.create(school=school, uploaded_by=request.user, filename=up.name[:255],
                                             raw=up.read())
        return redirect("schools:roster_preview", slug=slug, pk=upload.pk)
    pupils = school.pupils.all()
    return render(request, "schools/roster.html", school_ctx(m, form=form, pupils=pupils[:500],
                                                             pupil_count=pupils.count()))


@login_required
def roster_preview(request, slug, pk):
    m = require(request, slug, "manage_roster")
    upload = get_object_or_404(RosterUpload, pk=pk, school=m.school)
    plan = plan_import(m.school, bytes(upload.raw), upload.filename)
    if request.method == "POST":
        if upload.imported_at is not None:
            messages.info(request, "This file was already imported. Nothing was done a second time.")
            return redirect("schools:roster", slug=slug)
        if not plan.ok:
            messages.error(request, "This file has problems, so nothing was imported. Fix the rows named below "
                                    "and upload it again.")
        else:
            with transaction.atomic():
                locked = RosterUpload.objects.select_for_update().get(pk=upload.pk)
                mark_left = request.POST.get("full_roll") == "1"
                if locked.imported_at is None:
                    apply_import(m.school, plan, request.user, upload.filename, mark_left=mark_left)
                    locked.imported_at = timezone.now()
                    locked.save(update_fields=["imported_at"])
            messages.success(request, f"Roster imported: {len(plan.new)} new, {len(plan.updated)} updated, "
                                      f"{plan.unchanged} unchanged, {len(plan.leaving) if mark_left else 0} marked as left.")
            return redirect("schools:roster", slug=slug)
    return render(request, "schools/roster_preview.html", school_ctx(m, upload=upload, plan=plan))


@login_required
def staff(request, slug):
    m = require(request, slug, "manage_staff")
    school = m.school
    form = f.InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            invs = [Invitation.objects.create(school=school, email=email, role=role, invited_by=request.user)
                    for email, role in form.cleaned_data["lines"]]
            for inv in invs:
                record(school, request.user, "staff.invited", inv.email, detail=inv.get_role_display())
        for inv in invs:
            send_invitation(inv, request)
        messages.success(request, f"{len(invs)} invitation{'s' if len(invs) != 1 else ''} sent.")
        return redirect("schools:staff", slug=slug)
    members = school.memberships.select_related("user").order_by("user__last_name", "user__username")
    pending = school.invitations.filter(accepted_at__isnull=True).order_by("-created")
    return render(request, "schools/staff.html", school_ctx(m, form=form, members=members, pending=pending,
                                                            role_form=f.RoleForm()))


@login_required
@require_POST
def change_role(request, slug, pk):
    m = require(request, slug, "manage_staff")
    target = get_object_or_404(Membership, pk=pk, school=m.school)
    form = f.RoleForm(request.POST)
    if form.is_valid() and target.pk != m.pk:
        before = target.get_role_display()
        target.role = form.cleaned_data["role"]
        target.save(update_fields=["role"])
        record(m.school, request.user, "staff.role_changed", target.user.username,
               detail=f"{before} -> {target.get_role_display()}")
        messages.success(request, f"{target.user.get_full_name() or target.user.username} is now "
                                  f"{target.get_role_display()}.")
    elif target.pk == m.pk:
        messages.error(request, "You cannot change your own role: ask another headteacher or administrator.")
    return redirect("schools:staff", slug=slug)


@login_required
def accounts(request, slug):
    m = require(request, slug, "manage_school")
    school = m.school
    acc_form = f.AccountForm(request.POST if "add_account" in request.POST else None, prefix="a")
    ch_form = f.ChannelForm(request.POST if "add_channel" in request.POST else None, prefix="c")
    if request.method == "POST":
        saved = None
        if "add_account" in request.POST and acc_form.is_valid():
            saved = acc_form.save(commit=False)
        elif "add_channel" in request.POST and ch_form.is_valid():
            saved = ch_form.save(commit=False)
        elif "remove_channel" in request.POST:
            ch = get_object_or_404(ParentChannel, pk=request.POST["remove_channel"], school=school)
            ch.delete()
            school.bump()
            record(school, request.user, "school.channel_removed", ch.name)
            return redirect("schools:accounts", slug=slug)
        if saved is not None:
            saved.school = school
            saved.save()
            school.bump()
            record(school, request.user, f"school.{saved.__class__.__name__.lower()}_added", str(saved))
            messages.success(request, f"Added {saved}.")
            return redirect("schools:accounts", slug=slug)
    return render(request, "schools/accounts.html", school_ctx(
        m, acc_form=acc_form, ch_form=ch_form, official=OfficialAccount.objects.filter(school=school),
        channels=ParentChannel.objects.filter(school=school)))


def accept_invitation(request, token):
    try:
        inv = invitation_from(token)
    except signing.SignatureExpired:
        return render(request, "schools/invitation_problem.html", {"expired": True}, status=410)
    except (signing.BadSignature, Invitation.DoesNotExist, ValueError):
        return render(request, "schools/invitation_problem.html", {"expired": False}, status=404)
    if inv.accepted_at is not None:
        messages.info(request, "This invitation has already been used. Sign in with the password you chose.")
        return redirect("login")
    existing = User.objects.filter(email__iexact=inv.email).first()
    if existing is not None:
        if request.user != existing:
            messages.info(request, f"You already have a safepost sign-in ({existing.username}). Sign in, then open "
                                   "the invitation link again to join.")
            return redirect(f"/accounts/login/?next={request.path}")
        if request.method == "POST":
            _join(inv, existing)
            return redirect("schools:dashboard", slug=inv.school.slug)
        return render(request, "schools/accept_invitation.html", {"inv": inv, "form": None})
    form = f.AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = User.objects.create_user(username=inv.email, email=inv.email,
                                                password=form.cleaned_data["password1"],
                                                first_name=form.cleaned_data["first_name"],
                                                last_name=form.cleaned_data["last_name"])
                _join(inv, user)
        except IntegrityError:
            messages.error(request, "This invitation has just been used. Sign in instead.")
            return redirect("login")
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("schools:dashboard", slug=inv.school.slug)
    return render(request, "schools/accept_invitation.html", {"inv": inv, "form": form})


@transaction.atomic
def _join(inv: Invitation, user) -> None:
    inv = Invitation.objects.select_for_update().get(pk=inv.pk)
    if inv.accepted_at is not None:
        raise IntegrityError("invitation already used")
    Membership.objects.update_or_create(user=user, school=inv.school, defaults={"role": inv.role})
    inv.accepted_at = timezone.now()
    inv.save(update_fields=["accepted_at"])
    record(inv.school, user, "staff.joined", user.username, detail=inv.get_role_display())


def first_run(request):
    """The first page of a new installation: make the school and its first administrator.
    Open only while nobody has an account, so it cannot be used to take over a working install."""
    from django.utils.text import slugify

    from safepost_web.schools.models import Role, School

    if User.objects.exists():
        return redirect("login")
    form = f.FirstRunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        with transaction.atomic():
            if User.objects.select_for_update().exists():  # two first-runs at once: the second waits, then stops
                return redirect("login")
            base = slugify(d["school_name"])[:50] or "school"
            slug, n = base, 1
            while School.objects.filter(slug=slug).exists():
                n += 1
                slug = f"{base}-{n}"
            school = School.objects.create(name=d["school_name"], slug=slug)
            # The first person runs the installation: they may add more schools of a trust in /admin/.
            user = User.objects.create_superuser(username=d["email"].lower(), email=d["email"].lower(),
                                                 password=d["password1"], first_name=d["first_name"],
                                                 last_name=d["last_name"])
            Membership.objects.create(user=user, school=school, role=Role.ADMIN)
            record(school, user, "school.created", school.name)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Your school is ready. Next: choose your policy pack, then import your pupil "
                                  "roster and invite your staff.")
        return redirect("schools:setup", slug=school.slug)
    return render(request, "schools/first_run.html", {"form": form})

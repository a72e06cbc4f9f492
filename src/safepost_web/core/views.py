"""Pages that belong to no single school: home (your schools), sign-in, errors."""
from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from safepost_web.core.forms import ThrottledAuthenticationForm
from safepost_web.schools.models import Membership


class SignInView(auth_views.LoginView):
    form_class = ThrottledAuthenticationForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def get(self, request, *args, **kwargs):
        from django.contrib.auth import get_user_model

        if not get_user_model().objects.exists():  # a new installation: make the school first
            return redirect("first_run")
        return super().get(request, *args, **kwargs)


@login_required
def home(request):
    memberships = Membership.objects.filter(user=request.user).select_related("school").order_by("school__name")
    if len(memberships) == 1:
        return redirect("schools:dashboard", slug=memberships[0].school.slug)
    return render(request, "core/home.html", {"memberships": memberships})


def permission_denied(request, exception=None):
    return render(request, "core/403.html", {"reason": str(exception or "")}, status=403)


def not_found(request, exception=None):
    return render(request, "core/404.html", status=404)

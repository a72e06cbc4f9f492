"""API tokens: each person makes and revokes their own."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from safepost_web.api.models import ApiToken


@login_required
def tokens(request):
    new_token = ""
    if request.method == "POST":
        if "revoke" in request.POST:
            get_object_or_404(ApiToken, pk=request.POST["revoke"], user=request.user).delete()
            messages.success(request, "Token revoked: it no longer works.")
            return redirect("tokens")
        name = (request.POST.get("name") or "").strip()[:100]
        if not name:
            messages.error(request, "Give the token a name, e.g. the system that will use it.")
        else:
            _, new_token = ApiToken.issue(request.user, name)
    return render(request, "api/tokens.html", {"tokens": ApiToken.objects.filter(user=request.user),
                                               "new_token": new_token})

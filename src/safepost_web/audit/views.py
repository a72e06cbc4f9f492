"""The school's audit log, newest first."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from safepost_web.audit.models import AuditEntry
from safepost_web.core.access import require
from safepost_web.core.context import school_ctx


@login_required
def audit_log(request, slug):
    m = require(request, slug, "view_audit")
    entries = AuditEntry.objects.filter(school=m.school).select_related("actor")[:300]
    return render(request, "audit/log.html", school_ctx(m, entries=entries))

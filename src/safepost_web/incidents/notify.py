"""Who is told at once when something needs the safeguarding lead: one list, whichever app raises it."""
from __future__ import annotations

from safepost_web.schools.models import Membership, Role

LEADS = (Role.DSL, Role.HEADTEACHER)


def lead_emails(school, roles=LEADS) -> list[str]:
    """The email addresses of the school's members in these roles (the DSL and headteacher unless told), each
    once, sorted; members without an address are left out."""
    return sorted({e for e in Membership.objects.filter(school=school, role__in=roles)
                   .values_list("user__email", flat=True) if e})

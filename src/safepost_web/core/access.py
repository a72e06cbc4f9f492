"""Who may do what, in one table (Wagtail-style permission policy), and helpers that raise PermissionDenied."""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from safepost_web.schools.models import Membership, Role

ALL = frozenset(Role.values)
LEADERS = frozenset({Role.HEADTEACHER, Role.ADMIN})

# action -> roles allowed to take it. Views ask this table; they never code the rule themselves.
POLICY: dict[str, frozenset[str]] = {
    "check": ALL,
    "contact": ALL,
    "report_contact": ALL,
    "view_pack": ALL,
    "save_check": ALL,
    "draft_official": frozenset({Role.POSTER, Role.HEADTEACHER}),
    "moderate": frozenset({Role.MODERATOR, Role.HEADTEACHER}),
    "view_posts": frozenset({Role.POSTER, Role.MODERATOR, Role.HEADTEACHER, Role.DSL, Role.ADMIN}),
    "manage_school": LEADERS,
    "manage_roster": LEADERS,
    "manage_staff": LEADERS,
    "view_reports": frozenset({Role.DSL, Role.HEADTEACHER}),
    "view_audit": frozenset({Role.HEADTEACHER, Role.ADMIN, Role.GOVERNOR, Role.DSL}),
    "read_policy": ALL,
    "manage_policy": LEADERS,
    "approve_policy": frozenset({Role.HEADTEACHER}),
    "governors_report": frozenset({Role.GOVERNOR, Role.HEADTEACHER, Role.ADMIN}),
    "report_incident": ALL,
    "manage_cases": frozenset({Role.DSL, Role.HEADTEACHER}),
    "self_review": ALL,
    "moderate_comments": frozenset({Role.MODERATOR, Role.HEADTEACHER, Role.DSL}),
    "manage_moderation": LEADERS,
}


def can(membership: Membership | None, action: str) -> bool:
    """True when this membership's role allows the action."""
    return membership is not None and membership.role in POLICY[action]


def membership_for(user, slug: str) -> Membership | None:
    """The user's membership in the school with this slug, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Membership.objects.select_related("school").filter(user=user, school__slug=slug).first()


def require(request: HttpRequest, slug: str, action: str) -> Membership:
    """The membership that allows `action` in this school; PermissionDenied otherwise."""
    m = membership_for(request.user, slug)
    if m is None:
        raise PermissionDenied("You are not a member of this school.")
    if not can(m, action):
        raise PermissionDenied(f"Your role here ({m.get_role_display()}) does not allow this.")
    return m


def actions_for(membership: Membership | None) -> set[str]:
    """Every action this membership may take, for showing only the links that work."""
    return {a for a in POLICY if can(membership, a)}

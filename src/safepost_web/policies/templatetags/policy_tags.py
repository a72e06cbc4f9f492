"""{% policy_notice %}: the policy's state in one box, for a dashboard (review overdue, who has not signed)."""
from django import template

from safepost_web.policies.status import standing

register = template.Library()


@register.inclusion_tag("policies/_notice.html", takes_context=True)
def policy_notice(context):
    """The headteacher's policy notice; empty for roles that do not manage the policy."""
    school, can = context.get("school"), context.get("can") or ()
    if school is None or "manage_policy" not in can:
        return {"show": False}
    return {"show": True, "school": school, "can": can, "st": standing(school)}

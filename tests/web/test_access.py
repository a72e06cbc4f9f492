"""Every page and API call checks the role in that school: a table of who is allowed and who is refused."""
from __future__ import annotations

import pytest

from .personas import PERSONAS

ALL = set(PERSONAS)
LEADERS = {"alice", "grace"}
POSTS = {"alice", "carol", "dave", "erin", "grace"}

# (url under /s/brookfield/, roles allowed to GET it)
PAGES = [
    ("", ALL),
    ("check/", ALL),
    ("check/saved/", ALL),
    ("contact/", ALL),
    ("pack/", ALL),
    ("setup/", LEADERS),
    ("setup/accounts/", LEADERS),
    ("roster/", LEADERS),
    ("staff/", LEADERS),
    ("posts/", POSTS),
    ("posts/new/", {"alice", "dave"}),
    ("reports/", {"alice", "erin"}),
    ("audit/", {"alice", "grace", "frank", "erin"}),
]
CASES = [(url, who, who in allowed) for url, allowed in PAGES for who in [*sorted(ALL), "mallory"]]


@pytest.mark.parametrize("url,who,allowed", CASES)
def test_it_allows_only_the_roles_the_policy_names(as_user, url, who, allowed):
    r = as_user(who).get(f"/s/brookfield/{url}")
    assert r.status_code == (200 if allowed else 403)


@pytest.mark.parametrize("url", [u for u, _ in PAGES])
def test_it_sends_a_stranger_to_sign_in(client, world, url):
    r = client.get(f"/s/brookfield/{url}")
    assert r.status_code == 302 and r["Location"].startswith("/accounts/login/")


# POST-only endpoints: (url, roles allowed). A refused role gets 403 before anything happens.
POST_ONLY = [
    ("setup/pack/", LEADERS),
    ("setup/options/", LEADERS),
    ("check/save/", ALL),
    ("contact/report/", ALL),
]


@pytest.mark.parametrize("url,who", [(u, w) for u, allowed in POST_ONLY for w in [*sorted(ALL - allowed), "mallory"]])
def test_it_refuses_posts_from_the_wrong_role(as_user, url, who):
    assert as_user(who).post(f"/s/brookfield/{url}", {}).status_code == 403


def test_refused_page_says_why_in_plain_english(as_user):
    r = as_user("bob").get("/s/brookfield/setup/")
    assert b"Staff" in r.content and b"does not allow this" in r.content


def test_mallory_is_told_she_is_not_a_member(as_user):
    r = as_user("mallory").get("/s/brookfield/check/")
    assert b"not a member of this school" in r.content


def test_one_person_can_hold_different_roles_in_two_schools(world, as_user):
    from safepost_web.schools.models import Membership

    Membership.objects.create(user=world.bob, school=world.other, role="headteacher")
    c = as_user("bob")
    assert c.get("/s/riverside/setup/").status_code == 200
    assert c.get("/s/brookfield/setup/").status_code == 403
    assert c.get("/").status_code == 200  # two schools: a choice, not a redirect


def test_home_goes_straight_to_the_only_school(as_user):
    r = as_user("bob").get("/")
    assert r.status_code == 302 and r["Location"] == "/s/brookfield/"

"""The JSON API: per-user tokens, the same role checks as the pages, and an OpenAPI description."""
from __future__ import annotations

import json

import pytest

from safepost_web.api.models import ApiToken

from .check_failures import CHECK_FAILURES
from safepost_web.posts.models import OfficialPost

from .personas import PERSONAS


@pytest.fixture
def token_for(world):
    def _t(name: str) -> dict:
        _, token = ApiToken.issue(world.users[name], "test")
        return {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    return _t


def _post(client, url, body, headers):
    return client.post(url, json.dumps(body), content_type="application/json", **headers)


def test_check_returns_the_contract_result(client, token_for, check_schema):
    import jsonschema

    r = _post(client, "/api/v1/schools/brookfield/check", {"text": "Well done Amelia Hart!"}, token_for("bob"))
    assert r.status_code == 200
    body = r.json()
    assert body["verdict"] == "block" and body["findings"][0]["evidence"] == "Amelia Hart"
    jsonschema.validate({**body, "id": None}, check_schema)


def test_check_stores_nothing(client, token_for):
    from safepost_web.checks.models import SavedCheck

    _post(client, "/api/v1/schools/brookfield/check", {"text": "Well done Amelia Hart!"}, token_for("bob"))
    assert SavedCheck.objects.count() == 0


@pytest.mark.parametrize("headers", [{}, {"HTTP_AUTHORIZATION": "Bearer sp_nonsense"}, {"HTTP_AUTHORIZATION": "Basic x"}])
def test_a_call_without_a_valid_token_is_refused(client, world, headers):
    r = _post(client, "/api/v1/schools/brookfield/check", {"text": "hi"}, headers)
    assert r.status_code == 401


def test_a_revoked_token_stops_working(client, world):
    t, token = ApiToken.issue(world.bob, "x")
    h = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert _post(client, "/api/v1/schools/brookfield/check", {"text": "hi"}, h).status_code == 200
    t.delete()
    assert _post(client, "/api/v1/schools/brookfield/check", {"text": "hi"}, h).status_code == 401


@pytest.mark.parametrize("url,body", [
    ("/api/v1/schools/brookfield/check", {"text": "hi"}),
    ("/api/v1/schools/brookfield/contact", {"relationship": "colleague"}),
    ("/api/v1/schools/brookfield/posts", {"account_id": 1, "text": "hi"}),
])
def test_another_schools_user_is_refused_everywhere(client, token_for, url, body):
    r = _post(client, url, body, token_for("mallory"))
    assert r.status_code == 403 and "not a member" in r.json()["detail"]


@pytest.mark.parametrize("who", sorted(set(PERSONAS) - {"alice", "dave"}))
def test_only_posters_submit_official_posts(client, world, token_for, who):
    r = _post(client, "/api/v1/schools/brookfield/posts", {"account_id": world.account.pk, "text": "hi"},
              token_for(who))
    assert r.status_code == 403 and not OfficialPost.objects.exists()


@pytest.mark.parametrize("who", ["bob", "frank"])
def test_staff_and_governors_cannot_read_official_posts(client, world, token_for, who):
    post = OfficialPost.objects.create(school=world.school, account=world.account, author=world.dave, text="x")
    assert client.get(f"/api/v1/schools/brookfield/posts/{post.pk}", **token_for(who)).status_code == 403


def test_a_poster_submits_a_post_to_the_queue(client, world, token_for):
    r = _post(client, "/api/v1/schools/brookfield/posts",
              {"account_id": world.account.pk, "text": "Our art exhibition opens on Friday."}, token_for("dave"))
    assert r.status_code == 201 and r.json()["status"] == "in_moderation"
    got = client.get(f"/api/v1/schools/brookfield/posts/{r.json()['id']}", **token_for("carol"))
    assert got.json()["status"] == "in_moderation"


def test_a_post_the_check_stops_is_kept_as_a_draft(client, world, token_for):
    r = _post(client, "/api/v1/schools/brookfield/posts",
              {"account_id": world.account.pk, "text": "Well done Will Thompson!"}, token_for("dave"))
    assert r.status_code == 409 and "kept as a draft" in r.json()["detail"]
    assert OfficialPost.objects.get().status == "draft"


@pytest.mark.parametrize("body,problem", [
    ({"account_id": 999999, "text": "hi"}, "is not one of this school's official accounts"),
    ({"account_id": None, "text": "hi"}, None),
    ({"text": "hi"}, None),
])
def test_bad_post_bodies_are_refused(client, world, token_for, body, problem):
    r = _post(client, "/api/v1/schools/brookfield/posts", body, token_for("dave"))
    assert r.status_code in (400, 422)
    if problem:
        assert problem in r.json()["detail"]


def test_another_schools_account_cannot_be_used(client, world, token_for):
    acc = world.other.official_accounts.get()
    r = _post(client, "/api/v1/schools/brookfield/posts", {"account_id": acc.pk, "text": "hi"}, token_for("dave"))
    assert r.status_code == 400


@pytest.mark.parametrize("body,status", [
    ({"relationship": "colleague"}, 200),
    ({"relationship": "current_pupil", "age": 12}, 200),
    ({"relationship": "martian"}, 422),
    ({"relationship": "current_pupil", "age": -4}, 409),
])
def test_contact(client, token_for, body, status):
    r = _post(client, "/api/v1/schools/brookfield/contact", body, token_for("bob"))
    assert r.status_code == status
    if status == 200:
        assert r.json()["decision"] in ("allow", "caution", "seek_approval", "decline", "decline_and_report")


@pytest.mark.parametrize("body", [{"text": 5}, {"text": "x", "account": "nope"}, {}, {"text": "x", "channel": "bbs"}])
def test_bad_check_bodies_get_422_not_500(client, token_for, body):
    assert _post(client, "/api/v1/schools/brookfield/check", body, token_for("bob")).status_code == 422


def test_the_openapi_description_is_served(client, world):
    spec = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/schools/{slug}/check", "/api/v1/schools/{slug}/contact", "/api/v1/schools/{slug}/posts"} <= set(spec["paths"])


def test_tokens_page_shows_a_new_token_once_and_revokes(as_user, world):
    c = as_user("bob")
    r = c.post("/account/tokens/", {"name": "MIS bridge"})
    assert b"sp_" in r.content and ApiToken.objects.filter(user=world.bob).count() == 1
    assert b"copy it now" in r.content
    again = c.get("/account/tokens/")
    assert b"copy it now" not in again.content
    t = ApiToken.objects.get()
    as_user("carol").post("/account/tokens/", {"revoke": t.pk})  # not carol's: nothing happens
    assert ApiToken.objects.filter(pk=t.pk).exists()
    c.post("/account/tokens/", {"revoke": t.pk})
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize("fail,status,said", CHECK_FAILURES)
def test_a_check_that_fails_leaves_no_half_made_post(client, world, token_for, monkeypatch, fail, status, said):
    fail(world, monkeypatch)
    pupil = world.school.pupils.first()
    r = _post(client, "/api/v1/schools/brookfield/posts",
              {"account_id": world.account.pk, "text": "Sports day was wonderful", "tagged": [pupil.pk]},
              token_for("dave"))
    assert r.status_code == status and r["Content-Type"].startswith("application/json")
    assert said in r.json()["detail"] and "Nothing was saved" in r.json()["detail"]
    assert "Traceback" not in r.content.decode() and "detector crashed" not in r.content.decode()
    assert not OfficialPost.objects.exists()
    assert not world.school.audit_entries.filter(action="post.drafted").exists()

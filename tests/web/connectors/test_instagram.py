"""Instagram connector against a fake Graph API; blocking is refused with in-app instructions."""
from __future__ import annotations

import pytest

from safepost_web.moderation.connectors import (
    AuthorRef,
    CommentRef,
    ConnectorError,
    get_connector,
)
from safepost_web.moderation.connectors.instagram import InstagramConnector

from .fakes import EXPIRED_TOKEN, GOOD_TOKEN, SCHOOL_PAGE, FakeGraph

AUTHOR = AuthorRef("instagram", SCHOOL_PAGE, "17841400000000001")


def comment(comment_id: str = "c1") -> CommentRef:
    return CommentRef("instagram", SCHOOL_PAGE, comment_id)


def connector(url: str, token: str = GOOD_TOKEN) -> InstagramConnector:
    return InstagramConnector(token, SCHOOL_PAGE, base_url=f"{url}/v21.0", timeout=5)


def instagram() -> FakeGraph:
    return FakeGraph(hide_field="hide")


@pytest.mark.parametrize(
    "action, comment_id, method, fields",
    [
        ("hide", "c1", "POST", {"hide": "true"}),
        ("unhide", "c2", "POST", {"hide": "false"}),
        ("delete", "c1", "DELETE", {}),
    ],
)
def test_it_sends_the_documented_request(serve, action, comment_id, method, fields):
    server = serve(instagram())
    getattr(connector(server.url), action)(comment(comment_id))
    [sent] = server.requests
    assert (sent.method, sent.path) == (method, f"/v21.0/{comment_id}")
    assert sent.fields == {**fields, "access_token": GOOD_TOKEN}


def test_it_changes_the_account_state(serve):
    graph = instagram()
    ig = connector(serve(graph).url)
    ig.hide(comment("c1"))
    ig.delete(comment("c2"))
    assert graph.comments == {"c1": True}


@pytest.mark.parametrize(
    "graph, token, action, kind",
    [
        (instagram(), EXPIRED_TOKEN, "hide", "expired_token"),
        (instagram(), EXPIRED_TOKEN, "delete", "expired_token"),
        (FakeGraph(hide_field="hide", rate_limit_code=4), GOOD_TOKEN, "hide", "rate_limited"),
        (FakeGraph(hide_field="hide", rate_limit_code=613), GOOD_TOKEN, "delete", "rate_limited"),
        (FakeGraph(hide_field="hide", comments={}), GOOD_TOKEN, "hide", "already_deleted"),
        (FakeGraph(hide_field="hide", comments={}), GOOD_TOKEN, "delete", "already_deleted"),
    ],
)
def test_it_maps_graph_errors_to_kinds(serve, graph, token, action, kind):
    with pytest.raises(ConnectorError) as caught:
        getattr(connector(serve(graph).url, token), action)(comment("c1"))
    assert caught.value.kind == kind
    assert caught.value.message.startswith("Instagram")


@pytest.mark.parametrize("action", ["block", "unblock"])
def test_blocking_is_refused_without_calling_instagram(serve, action):
    server = serve(instagram())
    with pytest.raises(ConnectorError) as caught:
        getattr(connector(server.url), action)(AUTHOR)
    assert caught.value.kind == "unsupported"
    assert "Instagram app" in caught.value.message
    assert server.requests == []


def test_the_registry_builds_it(serve):
    server = serve(instagram())
    ig = get_connector("instagram", {"access_token": GOOD_TOKEN, "page_id": SCHOOL_PAGE, "base_url": f"{server.url}/v21.0"})
    ig.hide(comment("c1"))
    assert server.requests[0].fields["hide"] == "true"

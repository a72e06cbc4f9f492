"""Facebook connector against a fake Graph API that answers as Meta's documentation says."""
from __future__ import annotations

import pytest

from safepost_web.moderation.connectors import (
    AuthorRef,
    CommentRef,
    ConnectorError,
    get_connector,
)
from safepost_web.moderation.connectors.facebook import FacebookConnector

from .fakes import EXPIRED_TOKEN, GOOD_TOKEN, SCHOOL_PAGE, FakeGraph, graph_error
from .fakeserver import Answer, closed_port_url


def comment(comment_id: str = "c1") -> CommentRef:
    return CommentRef("facebook", SCHOOL_PAGE, comment_id, author_id="u9")


AUTHOR = AuthorRef("facebook", SCHOOL_PAGE, "u9")


def connector(url: str, token: str = GOOD_TOKEN) -> FacebookConnector:
    return FacebookConnector(token, SCHOOL_PAGE, base_url=f"{url}/v21.0", timeout=5)


@pytest.mark.parametrize(
    "action, target, method, path, fields",
    [
        ("hide", comment("c1"), "POST", "/v21.0/c1", {"is_hidden": "true"}),
        ("unhide", comment("c2"), "POST", "/v21.0/c2", {"is_hidden": "false"}),
        ("delete", comment("c1"), "DELETE", "/v21.0/c1", {}),
        ("block", AUTHOR, "POST", f"/v21.0/{SCHOOL_PAGE}/blocked", {"user": "u9"}),
        ("unblock", AUTHOR, "DELETE", f"/v21.0/{SCHOOL_PAGE}/blocked", {"user": "u9"}),
    ],
)
def test_it_sends_the_documented_request(serve, action, target, method, path, fields):
    server = serve(FakeGraph())
    getattr(connector(server.url), action)(target)
    [sent] = server.requests
    assert (sent.method, sent.path) == (method, path)
    assert sent.fields == {**fields, "access_token": GOOD_TOKEN}


def test_it_changes_the_page_state(serve):
    graph = FakeGraph()
    fb = connector(serve(graph).url)
    fb.hide(comment("c1"))
    fb.unhide(comment("c2"))
    fb.block(AUTHOR)
    fb.delete(comment("c2"))
    assert graph.comments == {"c1": True}
    assert graph.blocked == {"u9"}


@pytest.mark.parametrize(
    "graph, token, action, kind",
    [
        (FakeGraph(), EXPIRED_TOKEN, "hide", "expired_token"),
        (FakeGraph(), EXPIRED_TOKEN, "delete", "expired_token"),
        (FakeGraph(), EXPIRED_TOKEN, "block", "expired_token"),
        (FakeGraph(rate_limit_code=4), GOOD_TOKEN, "hide", "rate_limited"),
        (FakeGraph(rate_limit_code=17), GOOD_TOKEN, "delete", "rate_limited"),
        (FakeGraph(rate_limit_code=32), GOOD_TOKEN, "block", "rate_limited"),
        (FakeGraph(rate_limit_code=613), GOOD_TOKEN, "unhide", "rate_limited"),
        (FakeGraph(comments={}), GOOD_TOKEN, "hide", "already_deleted"),
        (FakeGraph(comments={}), GOOD_TOKEN, "delete", "already_deleted"),
        (FakeGraph(override=graph_error(200, "(#200) Permissions error")), GOOD_TOKEN, "hide", "permission"),
        (FakeGraph(override=graph_error(10, "(#10) Application does not have permission")), GOOD_TOKEN, "block", "permission"),
        # True negatives for "already deleted": a code 100 about something else is not a deletion.
        (FakeGraph(override=graph_error(100, "(#100) Invalid parameter")), GOOD_TOKEN, "hide", "other"),
        (FakeGraph(override=Answer(502, "<html>Bad Gateway</html>")), GOOD_TOKEN, "delete", "other"),
        (FakeGraph(override=graph_error(368, "The action attempted has been deemed abusive")), GOOD_TOKEN, "hide", "other"),
    ],
)
def test_it_maps_graph_errors_to_kinds(serve, graph, token, action, kind):
    fb = connector(serve(graph).url, token)
    target = AUTHOR if action == "block" else comment("c1")
    with pytest.raises(ConnectorError) as caught:
        getattr(fb, action)(target)
    assert caught.value.kind == kind


def test_expired_token_tells_the_moderator_what_to_do(serve):
    with pytest.raises(ConnectorError) as caught:
        connector(serve(FakeGraph()).url, EXPIRED_TOKEN).hide(comment())
    assert caught.value.message == (
        "Facebook says the school's access token has expired: an administrator needs to "
        "reconnect the page in Settings."
    )
    assert not caught.value.retryable


def test_rate_limit_is_retryable_after_the_documented_wait(serve):
    with pytest.raises(ConnectorError) as caught:
        connector(serve(FakeGraph(rate_limit_code=32)).url).hide(comment())
    assert caught.value.retryable
    assert caught.value.retry_after == 300  # estimated_time_to_regain_access: 5 minutes
    assert "5 minute" in caught.value.message


def test_deleting_twice_says_already_deleted(serve):
    fb = connector(serve(FakeGraph()).url)
    fb.delete(comment("c1"))
    with pytest.raises(ConnectorError) as caught:
        fb.delete(comment("c1"))
    assert caught.value.kind == "already_deleted"
    assert "no longer exists" in caught.value.message


def test_unreachable_platform_is_a_retryable_network_error():
    fb = FacebookConnector(GOOD_TOKEN, SCHOOL_PAGE, base_url=closed_port_url(), timeout=2)
    with pytest.raises(ConnectorError) as caught:
        fb.hide(comment())
    assert caught.value.kind == "network"
    assert caught.value.retryable


def test_the_registry_builds_it_pointed_at_the_fake(serve):
    server = serve(FakeGraph())
    fb = get_connector("facebook", {"access_token": GOOD_TOKEN, "page_id": SCHOOL_PAGE, "base_url": f"{server.url}/v21.0"})
    fb.block(AuthorRef("facebook", "", "u7"))  # page id falls back to the connector's
    assert server.requests[0].path == f"/v21.0/{SCHOOL_PAGE}/blocked"

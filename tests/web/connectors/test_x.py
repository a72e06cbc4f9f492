"""X connector against a fake API v2 that answers as X's reference says; delete is refused."""
from __future__ import annotations

import pytest

from safepost_web.moderation.connectors import AuthorRef, CommentRef, ConnectorError
from safepost_web.moderation.connectors.x import XConnector

from .fakes import EXPIRED_TOKEN, GOOD_TOKEN, SCHOOL_PAGE, X_RESET_AT, FakeX

REPLY = "1850000000000000001"
GONE = "1850000000000000404"
OTHERS_THREAD = "1850000000000000999"
AUTHOR = AuthorRef("x", SCHOOL_PAGE, "2244994945")
NOW = X_RESET_AT - 600  # ten minutes before the rate-limit window resets


def reply(tweet_id: str = REPLY) -> CommentRef:
    return CommentRef("x", SCHOOL_PAGE, tweet_id)


def connector(url: str, token: str = GOOD_TOKEN) -> XConnector:
    return XConnector(token, SCHOOL_PAGE, base_url=url, timeout=5, clock=lambda: NOW)


@pytest.mark.parametrize(
    "action, target, method, path, body",
    [
        ("hide", reply(), "PUT", f"/2/tweets/{REPLY}/hidden", {"hidden": True}),
        ("unhide", reply(), "PUT", f"/2/tweets/{REPLY}/hidden", {"hidden": False}),
        ("block", AUTHOR, "POST", f"/2/users/{SCHOOL_PAGE}/blocking", {"target_user_id": "2244994945"}),
        ("unblock", AUTHOR, "DELETE", f"/2/users/{SCHOOL_PAGE}/blocking/2244994945", None),
    ],
)
def test_it_sends_the_documented_request(serve, action, target, method, path, body):
    server = serve(FakeX())
    getattr(connector(server.url), action)(target)
    [sent] = server.requests
    assert (sent.method, sent.path, sent.json) == (method, path, body)
    assert sent.headers["authorization"] == f"Bearer {GOOD_TOKEN}"


def test_it_changes_the_account_state(serve):
    fake = FakeX()
    x = connector(serve(fake).url)
    x.hide(reply())
    x.block(AUTHOR)
    assert fake.replies[REPLY] is True
    assert fake.blocked == {"2244994945"}


@pytest.mark.parametrize(
    "fake, token, action, target, kind",
    [
        (FakeX(), EXPIRED_TOKEN, "hide", reply(), "expired_token"),
        (FakeX(), EXPIRED_TOKEN, "block", AUTHOR, "expired_token"),
        (FakeX(rate_limited=True), GOOD_TOKEN, "hide", reply(), "rate_limited"),
        (FakeX(rate_limited=True), GOOD_TOKEN, "block", AUTHOR, "rate_limited"),
        (FakeX(), GOOD_TOKEN, "hide", reply(GONE), "already_deleted"),
        (FakeX(missing_as_errors_array=True), GOOD_TOKEN, "hide", reply(GONE), "already_deleted"),
        (FakeX(), GOOD_TOKEN, "hide", reply(OTHERS_THREAD), "permission"),
        (FakeX(), GOOD_TOKEN, "block", AuthorRef("x", "999", "2244994945"), "permission"),
    ],
)
def test_it_maps_api_errors_to_kinds(serve, fake, token, action, target, kind):
    with pytest.raises(ConnectorError) as caught:
        getattr(connector(serve(fake).url, token), action)(target)
    assert caught.value.kind == kind


def test_rate_limit_waits_until_the_reset_header(serve):
    with pytest.raises(ConnectorError) as caught:
        connector(serve(FakeX(rate_limited=True)).url).hide(reply())
    assert caught.value.retry_after == 600
    assert "10 minute" in caught.value.message


def test_delete_is_refused_without_calling_x(serve):
    server = serve(FakeX())
    with pytest.raises(ConnectorError) as caught:
        connector(server.url).delete(reply())
    assert caught.value.kind == "unsupported"
    assert "Hide it instead" in caught.value.message
    assert server.requests == []

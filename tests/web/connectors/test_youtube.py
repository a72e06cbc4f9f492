"""YouTube connector against a fake Data API v3 that answers as Google's reference says."""
from __future__ import annotations

import datetime as dt

import pytest

from safepost_web.moderation.connectors import AuthorRef, CommentRef, ConnectorError
from safepost_web.moderation.connectors.youtube import YouTubeConnector
from safepost_web.moderation.connectors.youtube.connector import seconds_to_quota_reset

from .fakes import (
    EXPIRED_TOKEN,
    GOOD_TOKEN,
    SCHOOL_PAGE,
    YT_FORBIDDEN,
    YT_QUOTA,
    YT_RATE,
    FakeYouTube,
)
from .fakeserver import Answer


def comment(comment_id: str = "Ugx1") -> CommentRef:
    return CommentRef("youtube", SCHOOL_PAGE, comment_id)


def connector(url: str, token: str = GOOD_TOKEN) -> YouTubeConnector:
    return YouTubeConnector(token, SCHOOL_PAGE, base_url=f"{url}/youtube/v3", timeout=5)


@pytest.mark.parametrize(
    "action, method, path, query",
    [
        ("hide", "POST", "/youtube/v3/comments/setModerationStatus", {"id": "Ugx1", "moderationStatus": "heldForReview"}),
        ("unhide", "POST", "/youtube/v3/comments/setModerationStatus", {"id": "Ugx1", "moderationStatus": "published"}),
        ("reject", "POST", "/youtube/v3/comments/setModerationStatus", {"id": "Ugx1", "moderationStatus": "rejected"}),
        ("delete_and_block", "POST", "/youtube/v3/comments/setModerationStatus",
         {"id": "Ugx1", "moderationStatus": "rejected", "banAuthor": "true"}),
        ("delete", "DELETE", "/youtube/v3/comments", {"id": "Ugx1"}),
    ],
)
def test_it_sends_the_documented_request(serve, action, method, path, query):
    server = serve(FakeYouTube())
    getattr(connector(server.url), action)(comment())
    [sent] = server.requests
    assert (sent.method, sent.path, sent.query) == (method, path, query)
    assert sent.headers["authorization"] == f"Bearer {GOOD_TOKEN}"


def test_it_changes_the_channel_state(serve):
    youtube = FakeYouTube()
    yt = connector(serve(youtube).url)
    yt.hide(comment("Ugx1"))
    yt.delete_and_block(comment("Ugx2"))
    assert youtube.comments == {"Ugx1": "heldForReview", "Ugx2": "rejected"}
    assert youtube.banned == {"UCauthor2"}


@pytest.mark.parametrize(
    "fake, token, action, kind",
    [
        (FakeYouTube(), EXPIRED_TOKEN, "hide", "expired_token"),
        (FakeYouTube(), EXPIRED_TOKEN, "delete", "expired_token"),
        (FakeYouTube(override=YT_QUOTA), GOOD_TOKEN, "hide", "rate_limited"),
        (FakeYouTube(override=YT_RATE), GOOD_TOKEN, "delete", "rate_limited"),
        (FakeYouTube(comments={}), GOOD_TOKEN, "hide", "already_deleted"),
        (FakeYouTube(comments={}), GOOD_TOKEN, "delete", "already_deleted"),
        # A 403 that is not about quota is a permission problem, not a rate limit.
        (FakeYouTube(override=YT_FORBIDDEN), GOOD_TOKEN, "hide", "permission"),
        (FakeYouTube(override=Answer(500, {"error": {"code": 500, "message": "Backend Error",
                                                     "errors": [{"reason": "backendError"}]}})), GOOD_TOKEN, "hide", "other"),
    ],
)
def test_it_maps_data_api_errors_to_kinds(serve, fake, token, action, kind):
    with pytest.raises(ConnectorError) as caught:
        getattr(connector(serve(fake).url, token), action)(comment())
    assert caught.value.kind == kind


def test_quota_exhaustion_says_when_it_resets(serve):
    with pytest.raises(ConnectorError) as caught:
        connector(serve(FakeYouTube(override=YT_QUOTA)).url).hide(comment())
    assert "midnight Pacific" in caught.value.message
    assert 0 < caught.value.retry_after <= 24 * 3600


@pytest.mark.parametrize(
    "now_utc, seconds",
    [
        (dt.datetime(2026, 11, 21, 7, 0, tzinfo=dt.UTC), 3600),  # 23:00 Pacific: one hour to go
        (dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC), 24 * 3600),  # midnight Pacific
    ],
)
def test_quota_reset_is_midnight_pacific(now_utc, seconds):
    assert seconds_to_quota_reset(now_utc) == seconds


def test_block_without_a_comment_is_refused_with_a_next_step(serve):
    server = serve(FakeYouTube())
    with pytest.raises(ConnectorError) as caught:
        connector(server.url).block(AuthorRef("youtube", SCHOOL_PAGE, "UCauthor1"))
    assert caught.value.kind == "unsupported"
    assert "YouTube Studio" in caught.value.message
    assert server.requests == []

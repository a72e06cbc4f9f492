"""get_connector: the right class per platform, and plain refusals for the rest."""
from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest

from safepost_web.moderation.connectors import (
    ConnectorError,
    FakeConnector,
    get_connector,
)
from safepost_web.moderation.connectors.facebook import FacebookConnector
from safepost_web.moderation.connectors.instagram import InstagramConnector
from safepost_web.moderation.connectors.x import XConnector
from safepost_web.moderation.connectors.youtube import YouTubeConnector


@pytest.mark.parametrize(
    "platform, cls",
    [("facebook", FacebookConnector), ("instagram", InstagramConnector), ("youtube", YouTubeConnector),
     ("x", XConnector), ("fake", FakeConnector)],
)
def test_it_builds_each_platform(platform, cls):
    built = get_connector(platform, {"access_token": "t", "page_id": "1"})
    assert type(built) is cls
    assert built.platform == platform


@pytest.mark.parametrize(
    "platform, credentials, kind, words",
    [
        ("tiktok", {"access_token": "t"}, "unsupported", "cannot moderate 'tiktok'"),
        ("facebook", {}, "expired_token", "not connected"),
        ("x", {"access_token": "  "}, "expired_token", "connect it in Settings"),
    ],
)
def test_it_refuses_plainly(platform, credentials, kind, words):
    with pytest.raises(ConnectorError) as caught:
        get_connector(platform, credentials)
    assert caught.value.kind == kind
    assert words in caught.value.message


def page_settings(**fields) -> SimpleNamespace:
    return SimpleNamespace(page_id_list=["1000001", "1000002"], **fields)


@pytest.mark.parametrize("platform", ["facebook", "instagram", "youtube", "x"])
def test_make_gives_none_until_the_page_has_a_token(platform):
    module = importlib.import_module(f"safepost_web.moderation.connectors.{platform}")
    assert module.make(page_settings()) is None
    assert module.make(page_settings(access_token="")) is None
    built = module.make(page_settings(access_token="t"))
    assert built.platform == platform
    assert built.page_id == "1000001"

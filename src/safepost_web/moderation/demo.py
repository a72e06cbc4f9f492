"""The demo: replay the recorded deliveries in examples/webhooks/ so the demo school's queue is filled."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings

from safepost_web.moderation import connect, intake
from safepost_web.moderation.connectors.base import FakeConnector
from safepost_web.moderation.models import PageSettings, WebhookEvent

DEMO_PAGE = "104000000000001"
DEMO_SECRET = "demo-app-secret-not-for-real-use"


def seed_moderation(school, folder: Path | None = None) -> int:
    """Set up the demo page and replay each recorded delivery once (again does nothing); events replayed."""
    from safepost_web.moderation.tasks import process_event

    folder = Path(folder or Path(settings.REPO_DIR) / "examples" / "webhooks")
    PageSettings.objects.get_or_create(
        school=school, platform="facebook",
        defaults={"app_secret": DEMO_SECRET, "verify_token": "brookfield-demo-verify", "page_ids": DEMO_PAGE,
                  # What the policy says must go (the threat) is hidden at once; the rest waits for a moderator.
                  # Three removed comments in 90 days suggest a block (the headteacher can make it automatic).
                  "auto_hide": True, "auto_block": False, "strike_limit": 3, "strike_window_days": 90})
    if WebhookEvent.objects.filter(school=school, source="demo").exists():
        return 0
    # Nothing reaches a real platform from the demo: hiding is recorded, not sent.
    connect.use_connector(lambda s, p: FakeConnector(platform=p))
    n = 0
    try:
        for path in sorted(folder.glob("*.json")):
            body = path.read_bytes()
            ev = WebhookEvent.objects.create(school=school, platform="facebook", source="demo", body=body,
                                             headers={"X-Hub-Signature-256": intake.sign(DEMO_SECRET, body),
                                                      "Content-Type": "application/json", "filename": path.name})
            process_event.apply(args=[ev.pk])
            n += 1
    finally:
        connect.use_connector(None)
    return n

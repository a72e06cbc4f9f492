"""Issue 5's "Done when", in a real browser (Debian's chromium): in the demo school the recorded deliveries
(examples/webhooks/) are replayed, the queue fills with the threat already hidden, carol clears the queue by
clicking, a third strike blocks the author, and the threat reaches erin (the DSL) by email and on the dashboard
with a downloadable evidence pack. Then axe checks and a keyboard-only pass over the moderation pages."""
from __future__ import annotations

import hashlib
import json
import re
import zipfile
from types import SimpleNamespace

import pytest

from .personas import PASSWORD
from .test_browser import browser, page, shot, sign_in  # noqa: F401  (the shared browser fixtures)

THREAT = "I know where that teacher lives and I'm going to hurt her"
SPAM = ["p1_c04", "p1_c06", "p2_c14", "p3_c18"]   # tutoring phone number, followers, crypto, phone number
GARY = ["p1_c03", "p2_c08", "p3_c15"]             # m102: Gary Hollis, then "G Hollis"
KEEP = ["p1_c07", "p2_c10"]                       # Polish thanks, angry emoji: fine
HIDE = ["p3_c20"]                                 # "teachers lazy and useless"
CLEAN = ["p1_c01", "p1_c02", "p1_c05", "p2_c09", "p2_c12", "p2_c13", "p3_c16", "p3_c17", "p3_c19"]


@pytest.fixture
def demo(transactional_db, live_server, settings, tmp_path, mailoutbox):
    """The demo school, made by `seed_demo` as a school would (which replays examples/webhooks/), with a fake
    platform behind every moderator action so each call is recorded."""
    from io import StringIO

    from django.core.management import call_command

    from safepost_web.moderation import connect
    from safepost_web.moderation.connectors.base import FakeConnector

    settings.EVIDENCE_ROOT = tmp_path / "evidence"
    call_command("seed_demo", stdout=StringIO(), password=PASSWORD)
    fake = FakeConnector(platform="facebook")
    connect.use_connector(lambda school, platform: fake)
    yield SimpleNamespace(url=live_server.url, fake=fake, outbox=mailoutbox)
    connect.use_connector(None)


def card(pg, cid):
    return pg.locator("section.card", has=pg.locator("h3", has_text=f"comment {cid}"))


def states() -> dict[str, str]:
    from safepost_web.moderation.models import Comment

    return dict(Comment.objects.values_list("comment_id", "state"))


def no_serious_axe_violations(pg) -> None:
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:  # optional, as in test_browser
        return
    bad = [v for v in Axe().run(pg).response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, pg.url + ": " + "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} places)" for v in bad)


def test_replay_clear_the_queue_third_strike_and_escalation(page, demo, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    from safepost_web.incidents.models import Case, Evidence
    from safepost_web.moderation.models import Author, Comment, State

    site = demo.url
    # -- the replay: the queue holds what needs a person; the threat is escalated and already hidden -----------
    s = states()
    assert len(s) == 20
    assert s["p2_c11"] == State.ESCALATED
    assert set(Comment.objects.filter(hidden_on_platform=True).values_list("comment_id", flat=True)) == {"p2_c11"}
    assert {c for c, st in s.items() if st == State.CLEAN} == set(CLEAN)
    waiting = sorted(c for c, st in s.items() if st == State.PENDING)
    assert waiting == sorted(SPAM + GARY + KEEP + HIDE)

    # -- alice (headteacher) makes the strike limit block automatically -------------------------------------------
    sign_in(page, site, "alice")
    page.goto(f"{site}/s/brookfield/moderation/")
    page.get_by_role("link", name="Facebook page settings").click()
    expect(page.get_by_text("The automatic checks read English only")).to_be_visible()
    assert "demo-app-secret-not-for-real-use" not in page.content()
    expect(page.get_by_label("Removed comments before a block")).to_have_value("3")
    page.get_by_label("Block an author automatically when they reach the strike limit").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved.")).to_be_visible()

    # -- carol clears the queue ---------------------------------------------------------------------------------
    sign_in(page, site, "carol")
    page.goto(f"{site}/s/brookfield/")
    page.get_by_role("link", name="Comments", exact=True).click()
    expect(page.get_by_role("heading", name="Moderation queue")).to_be_visible()
    expect(page.locator("section.card")).to_have_count(len(waiting))
    expect(card(page, "p2_c11")).to_have_count(0)  # escalated: with the DSL, not in the queue
    expect(card(page, "p1_c07")).to_contain_text("Probably not in English")
    expect(card(page, "p2_c10")).to_contain_text("Only emoji")
    expect(card(page, "p1_c03").locator("mark").first).to_be_visible()  # the finding highlighted
    expect(card(page, "p1_c03")).to_contain_text("Policy:")
    expect(card(page, "p2_c13")).to_have_count(0)  # "my son loved it": clean, not queued
    shot(page, "30-moderation-queue")

    # Bulk: the four adverts and phone numbers are deleted on the platform at once.
    page.get_by_label("Action for the ticked comments").select_option("delete")
    for cid in SPAM:
        page.get_by_label(f"Select Facebook comment {cid}").check()
    page.get_by_role("button", name="Do it", exact=True).first.click()
    expect(page.get_by_text(f"{len(SPAM)} comments done.")).to_be_visible()
    for cid in SPAM:
        expect(card(page, cid)).to_have_count(0)

    # One by one: keep the Polish thank-you and the emoji; hide the abuse.
    for cid in KEEP:
        card(page, cid).get_by_role("button", name="Keep").click()
        expect(page.get_by_text(f"Done: Facebook comment {cid} is now 'Kept by a moderator'.")).to_be_visible()
    c = card(page, HIDE[0])
    c.get_by_label("Reason (optional)").fill("Insulting staff: complaints procedure sent by message")
    c.get_by_role("button", name="Hide").click()
    expect(page.get_by_text(f"Done: Facebook comment {HIDE[0]} is now 'Hidden'.")).to_be_visible()

    # Gary's three comments: the third hide is the third strike, and he is blocked.
    for i, cid in enumerate(GARY, 1):
        card(page, cid).get_by_role("button", name="Hide").click()
        expect(page.get_by_text(f"Done: Facebook comment {cid} is now 'Hidden'.")).to_be_visible()
        assert Author.objects.get(platform_id="m102").blocked == (i == 3)
    expect(page.get_by_text("Nothing is waiting. Well done.")).to_be_visible()
    shot(page, "31-moderation-queue-cleared")

    s = states()
    assert {c: s[c] for c in SPAM} == {c: State.DELETED for c in SPAM}
    assert {c: s[c] for c in KEEP} == {c: State.KEPT for c in KEEP}
    assert {c: s[c] for c in GARY + HIDE} == {c: State.HIDDEN for c in GARY + HIDE}
    assert demo.fake.deleted == set(SPAM) and demo.fake.hidden == set(GARY + HIDE)
    assert ("block", "m102") in demo.fake.calls
    assert not Comment.objects.filter(state__in=[State.NEW, State.PENDING]).exists()

    # His history: one author under two names, three strikes, blocked.
    page.get_by_role("link", name="Authors").first.click()
    row = page.get_by_role("row", name=re.compile("m102"))
    expect(row).to_contain_text("Blocked since")
    row.get_by_role("link").first.click()
    expect(page.get_by_text("G Hollis, Gary Hollis")).to_be_visible()
    expect(page.get_by_text("3 in the last 90 days")).to_be_visible()
    shot(page, "32-author-history")

    # -- the threat reached erin: email at once, the dashboard, and the evidence pack ------------------------------
    assert len(demo.outbox) == 1
    mail = demo.outbox[0]
    assert "erin@brookfield.sch.uk" in mail.to and "alice@brookfield.sch.uk" in mail.to
    assert mail.subject.startswith("Urgent: a comment escalated to safeguarding")
    assert THREAT not in mail.body
    case = Case.objects.get()
    assert case.reference in mail.subject

    sign_in(page, site, "erin")
    page.goto(f"{site}/s/brookfield/")
    page.get_by_role("link", name="Comments", exact=True).click()
    page.get_by_role("link", name="Overview").click()
    expect(page.get_by_role("heading", name="Escalated to the DSL")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="p2_c11")).to_contain_text(f"case {case.reference}")
    expect(page.get_by_role("listitem").filter(has_text="p2_c11")).to_contain_text("(hidden on Facebook)")
    page.get_by_role("link", name="Facebook comment p2_c11").click()
    expect(page.get_by_text(THREAT)).to_be_visible()
    expect(page.get_by_text("Hidden on Facebook.")).to_be_visible()
    # erin deletes it on Facebook: the record and the evidence stay.
    page.get_by_role("button", name="Delete on Facebook").click()
    expect(page.get_by_text("Already removed on Facebook.")).to_be_visible()
    assert "p2_c11" in demo.fake.deleted
    expect(page.get_by_text("export the evidence pack for the police or CEOP")).to_be_visible()
    page.get_by_role("link", name=case.reference).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Comment on Facebook page")
    page.get_by_label("Who is the bundle for?").select_option("police")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export the bundle").click()
    bundle = tmp_path / "bundle.zip"
    info.value.save_as(bundle)

    z = zipfile.ZipFile(bundle)
    names = set(z.namelist())
    assert {"summary.pdf", "manifest-sha256.txt", "README.txt", "log.jsonl"} <= names
    assert z.read("summary.pdf").startswith(b"%PDF")
    manifest = {p: sha for sha, p in (ln.split("  ", 1) for ln in z.read("manifest-sha256.txt").decode().splitlines())}
    assert set(manifest) == names - {"manifest-sha256.txt", "README.txt"}
    assert all(hashlib.sha256(z.read(p)).hexdigest() == sha for p, sha in manifest.items())
    [evidence_name] = [n for n in names if n.startswith("evidence/")]
    doc = json.loads(z.read(evidence_name))
    threat = Comment.objects.select_related("event").get(comment_id="p2_c11")
    assert doc["text"] == THREAT and doc["author_id"] == "m109" and doc["link"] == threat.link
    assert doc["raw_event"]["sha256"] == hashlib.sha256(bytes(threat.event.body)).hexdigest()
    assert THREAT in doc["raw_event"]["text"]
    assert manifest[evidence_name] == Evidence.objects.get().sha256
    pdf_text = _pdf_text(z.read("summary.pdf"))
    if pdf_text is not None:
        assert case.reference in pdf_text


def _pdf_text(data: bytes) -> str | None:
    """The PDF's text through poppler's pdftotext, when it is installed."""
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


# -- accessibility ---------------------------------------------------------------------------------------------------
MOD_PAGES = [
    ("carol", "/s/brookfield/moderation/"),
    ("carol", "/s/brookfield/moderation/queue/"),
    ("carol", "/s/brookfield/moderation/authors/"),
    ("carol", "/s/brookfield/moderation/authors/{author}/"),
    ("carol", "/s/brookfield/moderation/comments/{threat}/"),
    ("carol", "/s/brookfield/moderation/report/"),
    ("carol", "/s/brookfield/moderation/cover/"),
    ("carol", "/s/brookfield/moderation/import/"),
    ("alice", "/s/brookfield/moderation/settings/facebook/"),
    ("grace", "/s/brookfield/moderation/events/"),
]


def _fill(path: str) -> str:
    from safepost_web.moderation.models import Author, Comment

    return path.format(author=Author.objects.get(platform_id="m102").pk,
                       threat=Comment.objects.get(comment_id="p2_c11").pk)


def test_no_serious_accessibility_violations_on_the_moderation_pages(page, demo):  # noqa: F811
    from safepost_web.moderation.models import Comment

    # Some history for the report's chart and table.
    Comment.objects.get(comment_id="p1_c03").hide(None)
    who_now = None
    for who, path in MOD_PAGES:
        if who != who_now:
            sign_in(page, demo.url, who)
            who_now = who
        page.goto(demo.url + _fill(path))
        assert page.title() and page.locator("h1").count() == 1, path
        no_serious_axe_violations(page)


# -- keyboard only ---------------------------------------------------------------------------------------------------
def tab_to(pg, test: str, limit: int = 250) -> None:
    """Press Tab until `test` (JavaScript, with `el` the focused element) is true, as a keyboard user would."""
    for _ in range(limit):
        pg.keyboard.press("Tab")
        if pg.evaluate(f"(() => {{ const el = document.activeElement; return !!(el && ({test})); }})()"):
            return
    pytest.fail(f"Tab never reached: {test} on {pg.url}")


def focus_ring_shows(pg) -> bool:
    return pg.evaluate("""(() => { const s = getComputedStyle(document.activeElement);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; })()""")


def test_keyboard_only_moderation(page, demo):  # noqa: F811
    from playwright.sync_api import expect

    from safepost_web.moderation.models import Author, Comment, PageSettings, State

    site = demo.url
    # Settings (alice): tick automatic blocking and save, keys only.
    sign_in(page, site, "alice")
    page.goto(f"{site}/s/brookfield/moderation/settings/facebook/")
    tab_to(page, "el.name === 'auto_block'")
    assert focus_ring_shows(page)
    page.keyboard.press("Space")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Save'")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Saved.")).to_be_visible()
    assert PageSettings.objects.get(platform="facebook").auto_block

    # Queue (carol): keep the first comment with its own Keep button; then tick two and bulk-hide them.
    sign_in(page, site, "carol")
    page.goto(f"{site}/s/brookfield/moderation/queue/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    before = Comment.objects.filter(state=State.PENDING).count()
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Keep'")
    assert focus_ring_shows(page)
    page.keyboard.press("Enter")
    expect(page.get_by_text("is now 'Kept by a moderator'")).to_be_visible()
    assert Comment.objects.filter(state=State.PENDING).count() == before - 1

    page.get_by_label("Action for the ticked comments").focus()
    page.keyboard.press("Home")  # Keep
    page.keyboard.press("ArrowDown")  # Hide
    assert page.get_by_label("Action for the ticked comments").input_value() == "hide"
    ticked = []
    for _ in range(2):
        tab_to(page, "el.type === 'checkbox' && !el.checked")
        ticked.append(page.evaluate("document.activeElement.value"))
        page.keyboard.press("Space")
    # The next button after the ticked boxes is the bulk one at the end of the list: no going back up.
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim().startsWith('Do it')")
    assert page.evaluate("document.activeElement.id") == "bulk-end"
    page.keyboard.press("Enter")
    expect(page.get_by_text("2 comments done.")).to_be_visible()
    assert set(Comment.objects.filter(pk__in=ticked).values_list("state", flat=True)) == {State.HIDDEN}

    # Author history: mark Gary as a parent, keys only.
    a = Author.objects.get(platform_id="m102")
    page.goto(f"{site}/s/brookfield/moderation/authors/{a.pk}/")
    tab_to(page, "el.name === 'kind'")
    page.keyboard.press("Home")
    page.keyboard.press("ArrowDown")  # the first kind after "Guess from each comment"
    chosen = page.evaluate("document.activeElement.value")
    assert chosen
    tab_to(page, "el.name === 'reason'")
    page.keyboard.type("He told the office he is a parent")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Save who they are'")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Saved:")).to_be_visible()
    a.refresh_from_db()
    assert a.kind == chosen

    # Report: the CSV link is reachable and opens with Enter.
    page.goto(f"{site}/s/brookfield/moderation/report/")
    tab_to(page, "el.tagName === 'A' && el.textContent.trim() === 'Download as CSV'")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename == "moderation-brookfield.csv"
    with open(info.value.path(), "rb") as fh:
        assert fh.read().decode().startswith("month,received,removed")

"""In a real browser: a teacher reports cyberbullying with a screenshot, the DSL opens a case, records a police
report and exports a bundle whose hashes match the files kept."""
from __future__ import annotations

import re

import hashlib
import zipfile

import pytest

from .test_browser import browser, page, shot, sign_in, site  # noqa: F401  (the shared browser fixtures)


@pytest.fixture(autouse=True)
def _evidence_root(settings, tmp_path):
    settings.EVIDENCE_ROOT = tmp_path / "evidence"


def no_serious_axe_violations(pg) -> None:
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:  # optional, as in test_browser
        return
    bad = [v for v in Axe().run(pg).response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} places)" for v in bad)


def test_report_open_case_police_action_export(page, site, tmp_path):  # noqa: F811
    from PIL import Image
    from playwright.sync_api import expect

    from safepost_web.incidents.models import Evidence

    screenshot = tmp_path / "facebook-post.png"
    Image.new("RGB", (60, 40), (200, 30, 30)).save(screenshot)

    sign_in(page, site, "bob")
    page.goto(f"{site}/s/brookfield/")
    page.get_by_role("link", name="Report a concern").click()
    page.get_by_label("Cyberbullying of me or a colleague").check()
    page.get_by_label("What happened, and the words of the message or posting").fill(
        "A parent posted that I am a disgrace and should be sacked.")
    page.get_by_label("Screenshots and files").set_input_files(str(screenshot))
    page.get_by_label("Where was it? (platform)").select_option("facebook")
    page.get_by_label("When was it posted or sent? (date and time)").fill("2026-11-19T21:40")
    page.get_by_label("I have not decided: talk to me first").check()
    shot(page, "20-report-a-concern")
    no_serious_axe_violations(page)
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_text("Your report has gone to the designated safeguarding lead")).to_be_visible()

    sign_in(page, site, "erin")
    page.goto(f"{site}/s/brookfield/")
    page.get_by_role("link", name="Cases", exact=True).click()
    # Report numbers come from the database's sequence, which PostgreSQL does not rewind between tests.
    page.get_by_role("link", name=re.compile(r"^Report \d+,")).first.click()
    page.get_by_label("Short summary").fill("Facebook post about Mr Baker")
    page.get_by_role("button", name="Open a case").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Facebook post about Mr Baker")
    expect(page.get_by_role("link", name="facebook-post.png")).to_be_visible()

    page.get_by_label("What was done").select_option("police_report")
    page.get_by_label("Reference (e.g. police crime number, CEOP reference)").fill("CR/1234/26")
    page.get_by_role("button", name="Record the action").click()
    expect(page.get_by_text("Recorded: Reported to the police.")).to_be_visible()

    shot(page, "21-case")
    no_serious_axe_violations(page)
    page.get_by_label("Who is the bundle for?").select_option("police")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export the bundle").click()
    bundle = tmp_path / "bundle.zip"
    info.value.save_as(bundle)
    z = zipfile.ZipFile(bundle)
    manifest = {p: s for s, p in (line.split("  ", 1) for line in z.read("manifest-sha256.txt").decode().splitlines())}
    e = Evidence.objects.get()
    assert manifest["evidence/001-facebook-post.png"] == e.sha256 == hashlib.sha256(screenshot.read_bytes()).hexdigest()
    assert all(hashlib.sha256(z.read(p)).hexdigest() == s for p, s in manifest.items())

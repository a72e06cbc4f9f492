"""In a real browser: a member of staff reviews their own X download, reads the report and can download it."""
from __future__ import annotations

import sys
from pathlib import Path

from .test_browser import browser, page, shot, sign_in, site  # noqa: F401  (the shared browser fixtures)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "archives"))
import make_archives as mk


def no_serious_axe_violations(pg) -> None:
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:  # optional, as in test_browser
        return
    bad = [v for v in Axe().run(pg).response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} places)" for v in bad)


def test_review_my_history_shows_the_report_and_offers_it_to_download(page, site, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    archive = mk.write_zip(tmp_path / "twitter-2025-jane.zip", mk.x_files())
    sign_in(page, site, "bob")
    page.goto(f"{site}/s/brookfield/")
    page.get_by_role("link", name="Review my history").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review my own social media history")
    no_serious_axe_violations(page)
    page.get_by_label("Your downloaded archive (.zip)").set_input_files(str(archive))
    page.get_by_role("button", name="Check my history").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", name="Your report")).to_be_visible()
    report = page.frame_locator("iframe.selfaudit-report")
    expect(report.locator("mark", has_text="OFSTED visit went well")).to_be_visible()
    with page.expect_download() as dl:
        page.get_by_role("link", name="Download this report").click()
    saved = tmp_path / "saved.html"
    dl.value.save_as(saved)
    assert "OFSTED visit went well" in saved.read_text()
    no_serious_axe_violations(page)
    report.locator("div.card").first.scroll_into_view_if_needed()  # the flagged post, for the screenshot
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "selfaudit")

"""End to end in a real headless browser (Debian's chromium): sign in, import a roster, check a post,
submit, approve; axe accessibility checks; keyboard-only use. Screenshots go to docs/screenshots/
when SAFEPOST_SCREENSHOTS=1."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .conftest import ROOT, make_world
from .personas import PASSWORD

CHROMIUM = os.environ.get("SAFEPOST_CHROMIUM", "/usr/bin/chromium")
pytestmark = [
    pytest.mark.skipif(not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists(),
                       reason="chromium is not installed (apt-get install -y chromium)"),
]
expect = None  # playwright's expect(), set when the browser starts (playwright is optional)
SHOTS = ROOT / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


_SHARED: dict = {}  # one Playwright and one browser for the whole run


@pytest.fixture(scope="session")
def browser():
    # Other test modules import this fixture, which makes each a fixture of its own; a second
    # sync_playwright() inside the first one's event loop fails, so they all share the first.
    if "browser" in _SHARED:
        yield _SHARED["browser"]
        return
    sync_api = pytest.importorskip("playwright.sync_api")
    global expect
    expect = sync_api.expect
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls in the test are still
    # synchronous, so its async-safety guard would be a false alarm here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        _SHARED["browser"] = b
        yield b
        _SHARED.clear()
        b.close()


@pytest.fixture
def site(transactional_db, live_server):
    make_world()
    return live_server.url


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    yield pg
    ctx.close()


def shot(page, name: str) -> None:
    if os.environ.get("SAFEPOST_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def sign_in(page, site: str, who: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("Username").fill(who)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_sign_in_import_roster_check_submit_approve(page, site, tmp_path):
    page.goto(f"{site}/accounts/login/")
    shot(page, "01-sign-in")
    sign_in(page, site, "grace")
    assert page.url.endswith("/s/brookfield/")
    shot(page, "02-dashboard-admin")

    csv = tmp_path / "new-pupils.csv"
    csv.write_text("First Name,Last Name,Year Group,Photo Consent,Name Consent\nZara,Quill,2,yes,no\n")
    page.goto(f"{site}/s/brookfield/roster/")
    page.get_by_label("Pupil roster (CSV from your MIS)").set_input_files(str(csv))
    page.get_by_role("button", name="Preview import").click()
    expect(page.get_by_text("1 new")).to_be_visible()
    shot(page, "03-roster-preview")
    page.get_by_role("button", name="Import 1 pupil").click()
    expect(page.get_by_text("Roster imported: 1 new")).to_be_visible()

    sign_in(page, site, "bob")
    page.goto(f"{site}/s/brookfield/check/")
    page.get_by_label("Your post").fill("Well done Zara Quill and Amelia Hart on sports day!")
    page.get_by_role("button", name="Check", exact=True).click()
    expect(page.locator("mark", has_text="Zara Quill")).to_be_visible()
    expect(page.get_by_text("Do not post this as it is.")).to_be_visible()
    shot(page, "04-check-result")

    sign_in(page, site, "dave")
    page.goto(f"{site}/s/brookfield/posts/new/")
    page.get_by_label("Post text").fill("Our Year 2 art show opens on Friday in the school hall. All welcome!")
    page.get_by_role("button", name="Check and send for approval").click()
    expect(page.get_by_text("Waiting for a moderator").first).to_be_visible()
    shot(page, "05-official-post-submitted")

    sign_in(page, site, "carol")
    page.goto(f"{site}/s/brookfield/posts/")
    page.get_by_role("link", name="Our Year 2 art show").first.click()
    shot(page, "06-moderation")
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_role("heading", name="Ready to publish", exact=True)).to_be_visible()
    shot(page, "07-ready-to-publish")


def test_a_photo_shows_a_box_on_each_face_and_offers_a_safe_copy(page, site):
    astronaut = Path(pytest.importorskip("skimage").__file__).parent / "data" / "astronaut.png"
    if not astronaut.exists():
        pytest.skip("scikit-image's sample photo is not installed")
    sign_in(page, site, "bob")
    page.goto(f"{site}/s/brookfield/check/")
    page.get_by_label("Your post").fill("Sports day fun!")
    page.get_by_label("The school's official account").check()
    page.get_by_label("Photos (optional)").set_input_files(str(astronaut))
    page.get_by_role("button", name="Check", exact=True).click()
    expect(page.get_by_role("link", name="Download a safe copy")).to_be_visible()
    if "Photo checks are not available" not in page.content():
        expect(page.locator(".photo-frame .box").first).to_be_visible()
    shot(page, "09-check-photo")


def test_should_i_accept_this(page, site):
    sign_in(page, site, "bob")
    page.goto(f"{site}/s/brookfield/contact/")
    page.get_by_label("Who is it from (or to)?").select_option("current_pupil")
    page.get_by_label("Their age, if you know it").fill("12")
    page.get_by_role("button", name="Get the answer").click()
    expect(page.get_by_role("heading", name="No: decline it.")).to_be_visible()
    shot(page, "08-contact-decision")


def test_keyboard_only_sign_in_and_check(page, site):
    page.goto(f"{site}/accounts/login/")
    # The name field has the focus on arrival: type, Tab, type, Enter.
    assert page.evaluate("document.activeElement.name") == "username"
    page.keyboard.type("bob")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/s/brookfield/")
    page.keyboard.press("Tab")  # first stop on every page: the skip link
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.goto(f"{site}/s/brookfield/check/")
    page.get_by_label("Your post").focus()
    page.keyboard.type("Well done Amelia Hart!")
    for _ in range(30):  # Tab through the form to the Check button, as a keyboard user would
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Check":
            break
    else:
        pytest.fail("the Check button cannot be reached with the Tab key")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator("mark", has_text="Amelia Hart")).to_be_visible()


AXE_PAGES = [
    ("anonymous", "/accounts/login/"),
    ("bob", "/s/brookfield/"),
    ("bob", "/s/brookfield/check/"),
    ("bob", "/s/brookfield/contact/"),
    ("bob", "/s/brookfield/pack/"),
    ("grace", "/s/brookfield/setup/"),
    ("grace", "/s/brookfield/roster/"),
    ("grace", "/s/brookfield/staff/"),
    ("dave", "/s/brookfield/posts/new/"),
    ("carol", "/s/brookfield/posts/"),
    ("alice", "/s/brookfield/audit/"),
]


@pytest.mark.parametrize("who,path", AXE_PAGES)
def test_no_serious_accessibility_violations(page, site, who, path):
    axe_mod = pytest.importorskip("axe_playwright_python.sync_playwright")
    if who != "anonymous":
        sign_in(page, site, who)
    page.goto(site + path)
    if path.endswith("/check/"):  # the result page too, with its marks and findings
        page.get_by_label("Your post").fill("Well done Amelia Hart! Ring 07700 900123")
        page.get_by_role("button", name="Check", exact=True).click()
    shot(page, "page-" + (path.strip("/").replace("/", "-") or "home") + f"-{who}")
    results = axe_mod.Axe().run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} places)" for v in bad)

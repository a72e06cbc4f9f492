"""`safepost audit`: platform downloads read by content, checked as the person's own posts, reported privately."""
from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from safepost.audit import ArchiveError, Limits, audit, audit_html, run_audit
from safepost.audit.archive import Archive, unsafe_name
from safepost.audit.readers import iter_items, scan
from safepost.audit.readers.base import fix_mojibake
from safepost.audit.report import format_summary, marked_html
from safepost.detectors.base import Detector, Registry
from safepost.engine import Checker
from safepost.packs.schema import Pack

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "archives"))
import make_archives as mk  # noqa: E402


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    return mk.build_all(tmp_path_factory.mktemp("archives"))


class FakeDetector(Detector):
    """Flags "OFSTED" as a confidential matter, and records the dates it is given."""

    name = "fake_ofsted"
    categories = ("confidential_school_matter",)

    def __init__(self) -> None:
        self.seen: list[tuple[str, datetime | None, str, str, str | None]] = []

    def detect(self, text, ctx):
        self.seen.append((text, ctx.posted_at, ctx.account, ctx.author, ctx.channel))
        return [self.span("confidential_school_matter", m.start(), m.end(), 0.9, "inspection")
                for m in re.finditer(r"(?i)ofsted", text)]


FAKE_PACK = Pack.model_validate({
    "id": "test-pack", "name": "Test School social media policy",
    "clauses": [{"id": "conf", "title": "Confidential information", "section": "Must nots", "summary": "x"},
                {"id": "danger", "title": "Could it put you in danger?", "summary": "y"}],
    "rules": [{"id": "no-conf", "category": "confidential_school_matter", "severity": "block", "clause": "conf",
               "when": {"account": ["personal"], "author": ["staff"]},
               "message": "Mentions an inspection (\"{evidence}\").", "fix": "Remove the inspection detail."},
              {"id": "geo", "category": "location_metadata", "severity": "warn", "clause": "danger",
               "message": "It carries a location."}],
})


@pytest.fixture
def fake():
    det = FakeDetector()
    return det, Checker(FAKE_PACK, registry=Registry([det]))


def items_of(path: Path) -> list:
    with Archive.open(path) as a:
        return list(iter_items(a, scan(a)))


def _tmp_dirs() -> set[str]:
    return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("safepost-audit-")}


# --------------------------------------------------------------------------- reading each platform

@pytest.mark.parametrize("archive, platform, kind, date, text", [
    # Facebook: mojibake repaired, posts with no text, captions, shared links, check-ins, old layout, nested
    ("facebook", "facebook", "post", "2023-03-14T10:15:00+00:00", "Lovely café lunch before the INSET day ☕"),
    ("facebook", "facebook", "comment", "2022-09-09T17:00:00+00:00", "Congratulations Mrs Zieliński, well deserved!"),
    ("facebook", "facebook", "post", "2022-07-01T16:00:00+00:00", "Sports day fun!"),  # a photo's caption only
    ("facebook", "facebook", "post", "2021-05-09T11:00:00+00:00", "Fun run done!"),
    ("facebook", "facebook", "caption", "2021-05-09T11:00:00+00:00", "Finish line with Sam"),
    ("facebook", "facebook", "post", "2020-01-02T09:00:00+00:00", ""),  # no text, nothing attached
    ("facebook", "facebook", "post", "2021-11-05T19:30:00+00:00", "Worth a read\nhttps://example.org/reading-list"),
    ("facebook", "facebook", "post", "2020-08-20T18:00:00+00:00", "Swim done\nAt Newport Leisure Centre"),
    ("facebook", "facebook", "photo", "2022-08-10T15:00:00+00:00", "Beach day with the OFSTED team"),
    ("facebook", "facebook", "comment", "2018-02-01T20:00:00+00:00", "https://example.org/funny.gif"),
    ("facebook_old", "facebook", "post", "2023-03-14T10:15:00+00:00", "Lovely café lunch before the INSET day ☕"),
    ("facebook_old", "facebook", "comment", "2022-09-09T17:00:00+00:00", "Congratulations Mrs Zieliński, well deserved!"),
    ("facebook_nested", "facebook", "photo", "2022-08-10T15:00:00+00:00", "Beach day with the OFSTED team"),
    ("facebook_folder", "facebook", "post", "2019-06-03T21:00:00+00:00",
     "OFSTED are in tomorrow, fingers crossed, keep it quiet\nwith Sam Friend"),  # the people tagged
    # Instagram: single-photo caption in media[0].title, multi-photo caption on the post, stories, comments
    ("instagram", "instagram", "post", "2023-05-06T11:00:00+00:00", "Café trip with the OFSTED crew ☕"),
    ("instagram", "instagram", "post", "2022-07-20T09:00:00+00:00", "End of term, two photos"),
    ("instagram", "instagram", "story", "2023-01-09T08:00:00+00:00", ""),
    ("instagram", "instagram", "comment", "2023-02-02T20:00:00+00:00", "Très bien! OFSTED next week"),
    ("instagram_old", "instagram", "comment", "2023-02-02T20:00:00+00:00", "Très bien! OFSTED next week"),
    # X: entities unescaped, t.co expanded, retweets, replies, a second part file, the photo's t.co dropped
    ("x", "x", "post", "2023-03-14T19:15:02+00:00", "Marking & planning tonight. Read this https://example.org/article"),
    ("x", "x", "retweet", "2023-03-15T08:00:00+00:00", "RT @newsdesk: OFSTED framework changes announced today"),
    ("x", "x", "reply", "2023-03-16T12:30:00+00:00", "@samfriend thanks, see you Friday!"),
    ("x", "x", "post", "2022-01-10T10:00:00+00:00", "Old one: OFSTED visit went well <3"),
    ("x", "x", "post", "2023-06-02T20:45:00+00:00", "Sunset walk"),
    # LinkedIn: quoted multi-line CSV with "" quotes; comments with \" quotes
    ("linkedin", "linkedin", "post", "2023-05-10T14:22:11+00:00",
     'Proud of our team this term.\n\nNew role, new "challenges", same coffee, OFSTED ready.'),
    ("linkedin", "linkedin", "post", "2021-09-01T07:00:00+00:00", "Starting at a new school today\nhttps://example.org/news"),
    ("linkedin", "linkedin", "comment", "2022-11-11T18:00:00+00:00", 'Great post, "really" useful for OFSTED prep'),
])
def test_it_reads_each_platforms_items(archives, archive, platform, kind, date, text):
    got = {(i.platform, i.kind, i.date.isoformat() if i.date else None, i.text) for i in items_of(archives[archive])}
    assert (platform, kind, date, text) in got


@pytest.mark.parametrize("archive", ["facebook", "instagram_old", "x"])
def test_without_ijson_the_same_items_are_read(archives, archive, monkeypatch):
    import safepost.audit.readers.base as base

    streamed = [(i.kind, i.text, i.date) for i in items_of(archives[archive])]
    monkeypatch.setattr(base, "ijson", None)
    assert [(i.kind, i.text, i.date) for i in items_of(archives[archive])] == streamed


@pytest.mark.parametrize("archive, count", [
    ("facebook", 12), ("facebook_old", 12), ("facebook_nested", 12), ("facebook_folder", 12),
    ("instagram", 4), ("instagram_old", 4), ("x", 5), ("linkedin", 3),
])
def test_it_reads_only_what_the_person_posted(archives, archive, count):
    # Messages, reactions, liked comments, account details and profile CSVs are never read as posts.
    items = items_of(archives[archive])
    assert len(items) == count
    assert not any("private words" in i.text or i.kind == "message" for i in items)


@pytest.mark.parametrize("archive, text, media", [
    ("facebook", "Sports day fun!", ("your_activity_across_facebook/posts/media/SportsDay_1/sports.jpg",)),
    ("facebook_nested", "Sports day fun!",
     ("facebook-janeexample/your_activity_across_facebook/posts/media/SportsDay_1/sports.jpg",)),
    ("instagram", "End of term, two photos", ("media/posts/202207/a.jpg", "media/posts/202207/b.jpg")),
    ("x", "Sunset walk", ("data/tweets_media/1600000000000000004-SUNSET1.jpg",)),
    ("x", "@samfriend thanks, see you Friday!", ()),
])
def test_it_finds_each_items_photos_in_the_archive(archives, archive, text, media):
    item = next(i for i in items_of(archives[archive]) if i.text == text)
    assert item.media == media


@pytest.mark.parametrize("archive, text, attr, value", [
    ("x", "@samfriend thanks, see you Friday!", "url", "https://x.com/i/web/status/1600000000000000003"),
    ("x", "Sunset walk", "visibility", "public"),
    ("linkedin", "Starting at a new school today\nhttps://example.org/news", "visibility", "connections"),
    ("facebook", "Swim done\nAt Newport Leisure Centre", "gps", (52.77, -2.38)),
    ("facebook", "Sports day fun!", "gps", (52.7695, -2.3779)),
    ("facebook", "Lovely café lunch before the INSET day ☕", "gps", None),
    ("facebook", "Worth a read\nhttps://example.org/reading-list", "url", "https://example.org/reading-list"),
])
def test_it_keeps_where_and_who_can_see(archives, archive, text, attr, value):
    item = next(i for i in items_of(archives[archive]) if i.text == text)
    assert getattr(item, attr) == value


@pytest.mark.parametrize("raw, fixed", [
    ("caf\u00c3\u00a9", "café"),  # Facebook's escapes of UTF-8 bytes
    ("Zieli\u00c5\u0084ski", "Zieliński"),
    ("\u00e2\u0098\u0095 tea", "☕ tea"),
    ("plain ascii", "plain ascii"),
    ("café", "café"),  # real Latin-1 text that is not mojibake stays as it is
    ("emoji 😀 already right", "emoji 😀 already right"),
    (None, ""),
])
def test_it_repairs_meta_mojibake_only_when_it_round_trips(raw, fixed):
    assert fix_mojibake(raw) == fixed


# --------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("archive, words", [
    ("bomb", "zip bomb"),
    ("traversal", "points outside the archive"),
    ("encrypted", "password-protected"),
    ("truncated", "not a complete zip file"),
    ("not_a_zip", "not a complete zip file"),
    ("huge", "2.0 GB"),
    ("unknown", "not a Facebook, Instagram, X or LinkedIn download"),
    ("html", "HTML version"),
    ("empty", "empty"),
    ("zip_in_zip", "run the audit on each inner zip"),
])
def test_it_refuses_bad_archives_with_one_line_and_leaves_nothing(archives, tmp_path, fake, archive, words):
    out, err = io.StringIO(), io.StringIO()
    before = _tmp_dirs()
    rc = run_audit(str(archives[archive]), fake[1], html=str(tmp_path / "r.html"), jsonl=str(tmp_path / "r.jsonl"),
                   out=out, err=err)
    assert rc == 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in err.getvalue()
    assert list(tmp_path.iterdir()) == []  # no partial report, nothing extracted
    assert _tmp_dirs() <= before


def test_it_refuses_a_member_over_the_size_limit(archives, fake):
    err = io.StringIO()
    rc = run_audit(str(archives["x"]), fake[1], out=io.StringIO(), err=err, limits=Limits(max_text_member=1000))
    assert rc == 2 and "safepost reads from one file" in err.getvalue()


def test_a_missing_archive_is_a_clear_error(tmp_path, fake):
    err = io.StringIO()
    assert run_audit(str(tmp_path / "nope.zip"), fake[1], out=io.StringIO(), err=err) == 2
    assert "no such file or folder" in err.getvalue()


def test_a_report_into_a_missing_folder_is_refused_before_reading(archives, tmp_path, fake):
    err = io.StringIO()
    rc = run_audit(str(archives["x"]), fake[1], html=str(tmp_path / "no" / "r.html"), out=io.StringIO(), err=err)
    assert rc == 2 and "does not exist" in err.getvalue()


def test_a_damaged_json_file_stops_the_audit_and_removes_the_partial_jsonl(tmp_path, fake):
    bad = mk.write_zip(tmp_path / "cut.zip", {"posts/your_posts_1.json": mk.meta_json(mk.facebook_posts("m"))[:-40]})
    err = io.StringIO()
    rc = run_audit(str(bad), fake[1], jsonl=str(tmp_path / "r.jsonl"), out=io.StringIO(), err=err)
    assert rc == 2 and "not valid JSON" in err.getvalue()
    assert not (tmp_path / "r.jsonl").exists()


def test_stopping_midway_leaves_nothing_behind(archives, tmp_path, monkeypatch):
    class Stop(Detector):
        name = "stop"

        def detect(self, text, ctx):
            raise KeyboardInterrupt

    before = _tmp_dirs()
    err = io.StringIO()
    rc = run_audit(str(archives["x"]), Checker(FAKE_PACK, registry=Registry([Stop()])),
                   html=str(tmp_path / "r.html"), jsonl=str(tmp_path / "r.jsonl"), out=io.StringIO(), err=err)
    assert rc == 130 and "no report was written" in err.getvalue()
    assert list(tmp_path.iterdir()) == [] and _tmp_dirs() <= before


def test_one_item_that_breaks_a_detector_does_not_stop_the_audit(archives, tmp_path):
    class Odd(Detector):
        name = "odd"

        def detect(self, text, ctx):
            if "Sunset" in text:
                raise ValueError("odd text")
            return []

    path = tmp_path / "r.jsonl"
    res_out = io.StringIO()
    rc = run_audit(str(archives["x"]), Checker(FAKE_PACK, registry=Registry([Odd()])), jsonl=str(path),
                   out=res_out, err=io.StringIO())
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert rc == 0 and len(lines) == 5
    bad = [x for x in lines if "error" in x]
    assert len(bad) == 1 and bad[0]["source"]["path"] == "data/tweets.js"
    assert "could not be checked" in res_out.getvalue() and "photo checks stopped" not in res_out.getvalue()


@pytest.mark.parametrize("name, unsafe", [
    ("../evil.json", True), ("a/../../evil", True), ("/etc/passwd", True), ("C:\\x.json", True),
    ("..\\evil.json", True), ("posts/your_posts_1.json", False), ("a..b/c.json", False),
])
def test_it_knows_which_member_names_are_unsafe(name, unsafe):
    assert unsafe_name(name) is unsafe


def test_a_folder_never_follows_links_outside_it(tmp_path, fake):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_bytes(mk.meta_json(mk.facebook_posts("m")))
    root = mk.write_folder(tmp_path / "dl", mk.linkedin_files())
    os.symlink(outside / "secret.json", root / "posts.json")
    items = items_of(root)
    assert {i.platform for i in items} == {"linkedin"}


# --------------------------------------------------------------------------- checking and reporting

def test_every_item_is_checked_as_the_persons_own_post_at_its_own_time(archives, fake):
    det, checker = fake
    audit(archives["facebook"], checker, check_photos=False)
    seen = {t: (when, acc, auth, chan) for t, when, acc, auth, chan in det.seen}
    when, acc, auth, chan = seen["Lovely café lunch before the INSET day ☕"]
    assert (acc, auth, chan) == ("personal", "staff", "facebook")
    # 10:15 UTC in March is 10:15 on the UK clock; in July, 16:00 UTC is 17:00 BST.
    assert when.isoformat() == "2023-03-14T10:15:00+00:00"
    assert seen["Sports day fun!"][0].isoformat() == "2022-07-01T17:00:00+01:00"


def test_the_jsonl_is_one_contract_result_per_item_with_its_source(archives, tmp_path, fake, check_schema):
    jsonschema = pytest.importorskip("jsonschema")
    path = tmp_path / "r.jsonl"
    rc = run_audit(str(archives["x"]), fake[1], jsonl=str(path), out=io.StringIO(), err=io.StringIO())
    assert rc == 0
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 5
    for line in lines:
        jsonschema.validate(line, check_schema)
        assert set(line["source"]) >= {"platform", "kind", "date", "path"}
    by_id = {x["id"]: x for x in lines}
    rt = by_id["x:1600000000000000002"]
    assert rt["verdict"] == "block" and rt["source"]["kind"] == "retweet"
    assert rt["source"]["path"] == "data/tweets.js" and rt["source"]["date"] == "2023-03-15T08:00:00+00:00"
    assert by_id["x:1600000000000000003"]["verdict"] == "allow"


def test_a_check_in_is_judged_by_the_packs_location_rule(archives, fake):
    res = audit(archives["facebook"], fake[1], check_photos=False)
    e = next(e for e in res.entries if e.item.place == "Newport Leisure Centre")
    f = next(f for f in e.result.findings if f.category == "location_metadata")
    assert (f.severity, f.kind, f.evidence) == ("warn", "geotag", "At Newport Leisure Centre")


def test_the_summary_counts_years_and_categories(archives, fake):
    res = audit(archives["facebook"], fake[1], check_photos=False)
    assert (res.items, res.checked, res.empty) == (12, 11, 1)
    assert res.verdicts["block"] == 2
    assert res.by_year_category[("2019", "confidential_school_matter")] == 1
    assert res.by_year_category[("2022", "confidential_school_matter")] == 1
    text = format_summary(res)
    assert "Worth reviewing: 4 (2 block, 2 warn)" in text
    assert "»OFSTED« are in tomorrow" in text
    assert "Nothing was sent anywhere" in text


def test_the_html_report_is_self_contained_escaped_and_highlighted(archives, tmp_path, fake):
    path = tmp_path / "r.html"
    assert run_audit(str(archives["x"]), fake[1], html=str(path), out=io.StringIO(), err=io.StringIO()) == 0
    page = path.read_text(encoding="utf-8")
    assert '<mark class="block" title="Confidential school matter">OFSTED</mark> visit went well &lt;3' in page
    assert not re.search(r"<(script|link|img|iframe)\b|\bsrc=|url\(", page, re.I)
    assert "Friends of friends" in page and "Against the policy" in page
    assert "https://x.com/i/web/status/1500000000000000005" in page


@pytest.mark.parametrize("kind, media, tagged, category, evidence, first, extra", [
    ("post", (), ["Amelia Hart"], "pupil_identified", "Amelia Hart", "Delete it", "remove the tag"),
    ("photo", ("a.jpg",), [], "image_consent", None, "Delete it", "untag them and remove the photo"),
    ("post", (), [], "timing", None, "The words are not the problem", None),
    ("post", (), [], "location_metadata", "At Home", "Delete it", "Remove the location"),
    ("retweet", (), [], "confidential_school_matter", "OFSTED", "Delete it", "undo the repost"),
])
def test_what_to_do_fits_the_item(kind, media, tagged, category, evidence, first, extra):
    from safepost.audit.readers.base import Item
    from safepost.audit.report import actions
    from safepost.audit.runner import Entry
    from safepost.types import CheckResult, Finding

    f = Finding(category, "block", "r", "c", "m", start=0 if evidence else None, end=len(evidence or "") or None,
                evidence=evidence)
    item = Item("facebook", kind, evidence or "", None, "p.json", media, extra={"tagged": tagged})
    todo = actions(Entry(item, CheckResult("p", "block", [f], None)))
    assert todo[0].startswith(first)
    assert (extra is None and len(todo) == 1) or any(extra in t for t in todo[1:])


@pytest.mark.parametrize("text, html", [
    ("<script>alert(1)</script> OFSTED", "&lt;script&gt;alert(1)&lt;/script&gt; <mark"),
    ('"quoted" & OFSTED', "&quot;quoted&quot; &amp; <mark"),
    ("nothing here", "nothing here"),
])
def test_it_escapes_everything_it_highlights(fake, text, html):
    from safepost.types import Post

    res = fake[1].check(Post(text=text))
    assert marked_html(text, res.findings).startswith(html)


def test_a_web_view_can_audit_an_uploaded_file_object(archives, fake):
    data = archives["linkedin"].read_bytes()
    res, page = audit_html(io.BytesIO(data), fake[1])
    assert res.platforms == ["linkedin"] and res.verdicts["block"] == 2
    assert page.startswith("<!DOCTYPE html>") and "OFSTED" in page


def test_nothing_but_the_reports_asked_for_is_written(archives, tmp_path, fake, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = _tmp_dirs()
    out = io.StringIO()
    assert run_audit(str(archives["instagram"]), fake[1], out=out, err=io.StringIO()) == 0
    assert list(tmp_path.iterdir()) == [] and _tmp_dirs() <= before
    assert "Review of your Instagram archive" in out.getvalue()


def test_photos_the_checks_could_not_read_are_not_counted_as_checked(archives, fake, monkeypatch):
    pytest.importorskip("safepost.images")
    from safepost.audit import report, runner

    real = runner.check_item

    def unreadable(checker, item, images=()):
        result = real(checker, item)  # the words are checked; every photo is one the checks could not read
        result.unchecked_images = list(images)
        return result

    monkeypatch.setattr(runner, "check_item", unreadable)
    monkeypatch.setattr("safepost.images.images_available", lambda: None, raising=False)
    res = audit(archives["x"], fake[1])
    assert res.photos_checked == 0 and res.photos_unreadable == 1
    assert "1 could not be read (look at them yourself)" in report.photo_line(res)


def test_photos_go_through_the_photo_checks_and_are_reported_by_their_archive_name(archives, fake, monkeypatch):
    images = pytest.importorskip("safepost.images")
    from safepost.types import Span

    given: list[str] = []

    def fake_check_images(post, checker, ctx):
        given.extend(post.images)
        assert all(os.path.exists(p) for p in post.images)
        return ([Span("confidential_school_matter", None, None, 0.9, "fake", kind="inspection", image=p)
                 for p in post.images], [f"{p}: a note about this photo" for p in post.images], [])

    monkeypatch.setattr(images, "check_images", fake_check_images)
    monkeypatch.setattr(images, "images_available", lambda: None, raising=False)
    res = audit(archives["x"], fake[1])
    assert res.photos_checked == 1 and len(given) == 1
    assert not os.path.exists(given[0])  # the temporary copy is gone
    e = next(e for e in res.entries if e.item.text == "Sunset walk")
    assert e.result.findings[0].image == "data/tweets_media/1600000000000000004-SUNSET1.jpg"
    assert res.notes == ["data/tweets_media/1600000000000000004-SUNSET1.jpg: a note about this photo"]


def test_photo_checks_that_fail_are_stopped_and_the_words_still_checked(archives, fake, monkeypatch):
    images = pytest.importorskip("safepost.images")

    def broken(post, checker, ctx):
        raise RuntimeError("no model")

    monkeypatch.setattr(images, "check_images", broken)
    monkeypatch.setattr(images, "images_available", lambda: None, raising=False)
    res = audit(archives["instagram"], fake[1])
    assert res.photos_status == "photo checks stopped with an error (RuntimeError)"
    assert res.errors == 0 and res.verdicts["block"] == 2
    assert (res.checked, res.empty) == (3, 1)  # the story is a photo alone: nothing left to check


def test_without_the_photo_checks_the_report_says_so(archives, fake, monkeypatch):
    import safepost.audit.runner as runner

    real = runner.importlib.import_module

    def no_images(name, *a):
        if name == "safepost.images":
            raise ImportError("No module named 'cv2'", name="cv2")
        return real(name, *a)

    monkeypatch.setattr(runner.importlib, "import_module", no_images)
    res = audit(archives["instagram"], fake[1])
    assert res.photos_checked == 0 and "pip install" in res.photos_status
    assert "Photos: not checked" in format_summary(res)
    assert res.verdicts["block"] == 2  # the words were still checked


def test_it_runs_with_the_real_engine_and_a_built_in_pack(archives, demo_checker_factory, check_schema, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    path = tmp_path / "r.jsonl"
    checker = demo_checker_factory("newport-cejs")
    for name in ("facebook", "instagram", "x", "linkedin"):
        assert run_audit(str(archives[name]), checker, jsonl=str(path), out=io.StringIO(), err=io.StringIO()) == 0
        for line in path.read_text(encoding="utf-8").splitlines():
            jsonschema.validate(json.loads(line), check_schema)


def test_the_cli_runs_the_audit(archives, tmp_path, capsys):
    from safepost.cli import main

    rc = main(["audit", str(archives["linkedin"]), "--policy", "newport-cejs", "--html", str(tmp_path / "r.html")])
    assert rc == 0 and (tmp_path / "r.html").exists()
    assert main(["audit", str(archives["unknown"]), "--policy", "newport-cejs"]) == 2
    assert "not a Facebook" in capsys.readouterr().err


@pytest.mark.skipif(importlib.util.find_spec("ijson") is None, reason="streams only with ijson")
def test_a_big_posts_file_is_streamed_not_loaded(tmp_path, fake):
    # The reader must hand out the first item before it has read the whole file.
    posts = [{"timestamp": 1600000000 + i, "data": [{"post": f"post {i}"}]} for i in range(20000)]
    z = mk.write_zip(tmp_path / "big.zip", {"posts/your_posts_1.json": json.dumps(posts).encode()})
    with Archive.open(z) as a:
        sc = scan(a)
        it = iter_items(a, sc)
        first = next(it)
        assert first.text == "post 0"
        assert a.bytes_read < a.size("posts/your_posts_1.json") // 2
    with zipfile.ZipFile(z) as zf:
        assert zf.namelist() == ["posts/your_posts_1.json"]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream, total, shown", [
    (_Tty, 1000, "\rChecking ["),  # a terminal: a bar redrawn in place, even for a small archive
    (io.StringIO, 50 << 20, "Checking: 0%"),  # a log file: a line now and then, only when large
    (io.StringIO, 1000, ""),  # small and not a terminal: silent
])
def test_the_progress_bar_shows_only_on_a_terminal_or_for_a_large_archive(stream, total, shown):
    from safepost.audit.report import Progress

    err = stream()
    p = Progress(err)
    for done in (0, total // 2, total):
        p(done, total)
    p.finish()
    assert (shown in err.getvalue()) if shown else err.getvalue() == ""


def test_archive_error_is_a_safepost_error():
    from safepost.types import SafepostError

    assert issubclass(ArchiveError, SafepostError)

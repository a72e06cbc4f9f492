"""The check page: findings marked in the text, clause and fix, nothing stored unless saved, bad uploads."""
from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from safepost_web.checks.models import SavedCheck


def _png(colour=(200, 100, 50), size=(200, 160)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize("text,verdict,marked", [
    ("Well done Amelia Hart for the art prize!", "block", "Amelia Hart"),
    ("Lovely sunny day for sports day!", "allow", None),
    ("Will the sun come out for the Summer term?", "allow", None),
])
def test_it_marks_each_finding_in_the_text(as_user, text, verdict, marked):
    r = as_user("bob").post("/s/brookfield/check/", {"text": text, "account": "personal", "channel": "facebook"})
    assert r.status_code == 200
    assert r.context["result"].verdict == verdict
    html = r.content.decode()
    if marked:
        assert f">{marked}<sup>" in html
        assert "Policy: " in html and "What to do:" in html
    else:
        assert "<mark" not in html


def test_it_offers_the_redacted_text_to_copy(as_user):
    r = as_user("bob").post("/s/brookfield/check/", {"text": "Well done Amelia Hart!", "account": "personal"})
    assert "Well done [pupil]!" in r.content.decode()
    assert b'class="copy"' in r.content


def test_it_shows_the_packs_questions(as_user):
    r = as_user("frank").get("/s/brookfield/check/")
    assert b"Ask yourself before posting" in r.content


def test_it_says_nothing_is_stored_and_stores_nothing(as_user):
    r = as_user("bob").post("/s/brookfield/check/", {"text": "Well done Amelia Hart!", "account": "personal"})
    assert b"Nothing you check here is stored" in r.content
    assert SavedCheck.objects.count() == 0


def test_saving_keeps_the_text_and_result_for_that_person_only(as_user, world):
    r = as_user("bob").post("/s/brookfield/check/save/", {"text": "Well done Amelia Hart!", "account": "personal"})
    assert r.status_code == 302
    saved = SavedCheck.objects.get()
    assert (saved.user, saved.school, saved.verdict) == (world.bob, world.school, "block")
    assert b"Amelia" not in as_user("carol").get("/s/brookfield/check/saved/").content
    assert b"Amelia" in as_user("bob").get("/s/brookfield/check/saved/").content


@pytest.mark.parametrize("data,problem", [
    ({"text": "", "account": "personal"}, b"Type the text of your post"),
    ({"text": "hi", "account": "bogus"}, b"Select a valid choice"),
    ({"text": "hi", "account": "personal", "channel": "myspace"}, b"Select a valid choice"),
])
def test_bad_form_input_is_named(as_user, data, problem):
    r = as_user("bob").post("/s/brookfield/check/", data)
    assert problem in r.content and "result" not in r.context


def test_a_file_that_is_not_an_image_is_named(as_user):
    bad = SimpleUploadedFile("notes.jpg", b"this is not a photo at all", content_type="image/jpeg")
    r = as_user("bob").post("/s/brookfield/check/", {"text": "Sports day", "account": "official", "photos": [bad]})
    assert r.status_code == 400
    assert b"notes.jpg is not a photo we can read" in r.content


def test_a_photo_is_shown_with_a_safe_copy_to_download(as_user):
    ok = SimpleUploadedFile("field.png", _png(), content_type="image/png")
    r = as_user("bob").post("/s/brookfield/check/", {"text": "Sports day", "account": "official", "photos": [ok]})
    assert r.status_code == 200
    html = r.content.decode()
    assert 'alt="Your photo field.png"' in html
    assert 'download="safe-field.png"' in html


def test_a_60_mb_upload_is_refused_with_a_clear_message(as_user):
    big = SimpleUploadedFile("huge.jpg", b"\0" * (60 * 1024 * 1024), content_type="image/jpeg")
    r = as_user("bob").post("/s/brookfield/check/", {"text": "x", "account": "personal", "photos": [big]})
    assert r.status_code == 413
    assert b"This upload is 60 MB, and the limit is 20 MB" in r.content


def test_a_school_without_a_pack_says_what_to_do(as_user, world):
    world.school.pack_id = ""
    world.school.save()
    world.school.bump()
    r = as_user("bob").get("/s/brookfield/check/")
    assert b"has not chosen its policy pack yet" in r.content


def test_a_changed_roster_is_seen_by_the_next_check(as_user, world):
    from safepost_web.schools.models import Pupil

    c = as_user("bob")
    assert c.post("/s/brookfield/check/", {"text": "Well done Zebedee Quint!", "account": "personal"}
                  ).context["result"].verdict == "allow"
    Pupil.objects.create(school=world.school, first_name="Zebedee", last_name="Quint", year_group="4")
    world.school.bump()
    assert c.post("/s/brookfield/check/", {"text": "Well done Zebedee Quint!", "account": "personal"}
                  ).context["result"].verdict == "block"


def test_a_library_refusal_is_shown_as_a_message_not_a_traceback(as_user, world, monkeypatch):
    from safepost.types import SafepostError

    def refuse(*a, **k):
        raise SafepostError("this pack cannot be read (line 3)")

    monkeypatch.setattr("safepost_web.checks.views.run_check", refuse)
    r = as_user("bob").post("/s/brookfield/check/", {"text": "hello", "account": "personal"})
    assert r.status_code == 400 and b"this pack cannot be read (line 3)" in r.content


# The photos a check could not look at are marked on the result (not guessed from a note's wording), and the
# page says the answer does not cover them.
@pytest.mark.parametrize("missing,note", [
    ("cv2", "safepost[images]"),                            # the library is there without its image tools
    ("safepost.images", "Photo checks are not available"),  # the library's photo part is not installed at all
    (None, None),                                            # the photo was checked: no warning
])
def test_photos_that_could_not_be_checked_are_flagged(as_user, monkeypatch, missing, note):
    import os
    import sys

    if missing:
        monkeypatch.setitem(sys.modules, missing, None)
    photo = SimpleUploadedFile("field.png", _png(), content_type="image/png")
    r = as_user("bob").post("/s/brookfield/check/", {"text": "Sports day", "account": "official", "photos": [photo]})
    assert r.status_code == 200
    unchecked = r.context["result"].unchecked_images
    assert [os.path.basename(p) for p in unchecked] == (["0-field.png"] if missing else [])
    html = r.content.decode()
    assert ('id="photos-unchecked"' in html) is bool(missing)
    if missing:
        assert "Careful: 1 photo could not be checked" in html and note in html

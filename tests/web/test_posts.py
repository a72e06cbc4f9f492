"""Official posts: draft, check, moderators' queue, approve / reject / ask for changes, history and audit."""
from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from safepost_web.posts.models import OfficialPost, PostStateError, Status, Transition
from safepost_web.schools.models import Pupil

from .check_failures import CHECK_FAILURES

GOOD = "Our Year 4 art exhibition opens on Friday in the school hall. All families welcome!"


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 160), (10, 120, 200)).save(buf, "PNG")  # plain: no faces
    return buf.getvalue()


def _new(as_user, world, who="dave", text=GOOD, submit=True, **extra):
    data = {"account": world.account.pk, "text": text, **extra}
    if submit:
        data["submit"] = "1"
    r = as_user(who).post("/s/brookfield/posts/new/", data)
    return r, OfficialPost.objects.order_by("-pk").first()


def _act(client, post, action, comment="", version=None):
    return client.post(f"/s/brookfield/posts/{post.pk}/{action}/",
                       {"version": post.version if version is None else version, "comment": comment}, follow=True)


def test_a_poster_drafts_and_sends_a_post_to_the_queue(as_user, world):
    r, post = _new(as_user, world)
    assert r.status_code == 302
    assert post.status == Status.IN_MODERATION and post.verdict == "allow"
    queue = as_user("carol").get("/s/brookfield/posts/")
    assert post in queue.context["queue"]


def test_a_post_the_check_stops_stays_a_draft(as_user, world):
    r, post = _new(as_user, world, text="Well done Will Thompson on his swimming badge!")
    assert post.status == Status.DRAFT and post.verdict == "block"
    page = as_user("dave").get(f"/s/brookfield/posts/{post.pk}/")
    assert b"Will Thompson" in page.content and b"<mark" in page.content


def test_a_moderator_approves_and_it_is_ready_to_publish(as_user, world):
    _, post = _new(as_user, world)
    r = _act(as_user("carol"), post, "approve", "Lovely")
    post.refresh_from_db()
    assert post.status == Status.APPROVED
    assert b"Ready to publish" in r.content and b"Copy text" in r.content
    t = Transition.objects.filter(post=post).last()
    assert (t.from_status, t.to_status, t.actor, t.comment) == ("in_moderation", "approved", world.carol, "Lovely")
    assert world.school.audit_entries.filter(action="post.approved", actor=world.carol).exists()


def test_nobody_approves_their_own_post(as_user, world):
    _, post = _new(as_user, world, who="alice")  # the headteacher may both post and moderate
    r = _act(as_user("alice"), post, "approve")
    post.refresh_from_db()
    assert post.status == Status.IN_MODERATION
    assert b"You cannot approve your own post" in r.content


@pytest.mark.parametrize("action,comment,status", [
    ("reject", "Not for our page", Status.REJECTED),
    ("request_changes", "Add the time, please", Status.CHANGES_REQUESTED),
])
def test_reject_and_ask_for_changes_keep_the_reason(as_user, world, action, comment, status):
    _, post = _new(as_user, world)
    _act(as_user("carol"), post, action, comment)
    post.refresh_from_db()
    assert post.status == status and post.transitions.last().comment == comment


@pytest.mark.parametrize("action", ["reject", "request_changes"])
def test_reject_and_ask_for_changes_need_a_reason(as_user, world, action):
    _, post = _new(as_user, world)
    r = _act(as_user("carol"), post, action, "  ")
    post.refresh_from_db()
    assert post.status == Status.IN_MODERATION and b"the author will see" in r.content


def test_a_stale_form_submitted_twice_does_nothing_the_second_time(as_user, world):
    _, post = _new(as_user, world)
    c = as_user("carol")
    version = post.version
    _act(c, post, "approve", version=version)
    r = _act(c, post, "reject", "changed my mind", version=version)
    post.refresh_from_db()
    assert post.status == Status.APPROVED
    assert b"This post changed since you opened it" in r.content
    assert post.transitions.count() == 2  # submitted, approved: nothing more


def test_approving_a_just_withdrawn_post_is_refused_clearly(as_user, world):
    _, post = _new(as_user, world)
    _act(as_user("dave"), post, "withdraw")
    post.refresh_from_db()
    r = _act(as_user("carol"), post, "approve")  # the version of the withdrawn post: the guard speaks
    post.refresh_from_db()
    assert post.status == Status.WITHDRAWN
    assert b"The author withdrew this post" in r.content


def test_consent_is_checked_again_at_approval(as_user, world):
    amelia = Pupil.objects.get(school=world.school, first_name="Amelia", last_name="Hart")
    photo = SimpleUploadedFile("class.png", _png(), content_type="image/png")
    _, post = _new(as_user, world, photos=[photo], tagged=[amelia.pk])
    assert post.status == Status.IN_MODERATION
    amelia.photo_consent = False  # a parent withdrew consent while the post waited
    amelia.save()
    r = _act(as_user("carol"), post, "approve")
    post.refresh_from_db()
    assert post.status == Status.IN_MODERATION
    assert b"Consent has changed since this post was sent" in r.content


def test_an_approved_posts_photo_downloads_as_a_safe_copy(as_user, world):
    photo = SimpleUploadedFile("class.png", _png(), content_type="image/png")
    _, post = _new(as_user, world, photos=[photo])
    _act(as_user("carol"), post, "approve")
    ph = post.photos.get()
    r = as_user("dave").get(f"/s/brookfield/posts/{post.pk}/photo/{ph.pk}/")
    assert r.status_code == 200 and r["Content-Disposition"].startswith('attachment; filename="safe-class.jpg"')
    assert as_user("bob").get(f"/s/brookfield/posts/{post.pk}/photo/{ph.pk}/").status_code == 403
    assert as_user("mallory").get(f"/s/brookfield/posts/{post.pk}/photo/{ph.pk}/").status_code == 403


def test_the_author_changes_a_post_sent_back_and_sends_it_again(as_user, world):
    _, post = _new(as_user, world)
    _act(as_user("carol"), post, "request_changes", "Say which hall")
    post.refresh_from_db()
    d = as_user("dave")
    d.post(f"/s/brookfield/posts/{post.pk}/edit/", {"text": GOOD + " (main hall)", "version": post.version})
    post.refresh_from_db()
    _act(d, post, "submit")
    post.refresh_from_db()
    assert post.status == Status.IN_MODERATION and post.text.endswith("(main hall)")
    assert [t.to_status for t in post.transitions.all()] == ["in_moderation", "changes_requested", "in_moderation"]


@pytest.mark.parametrize("who,action", [
    ("bob", "approve"), ("frank", "approve"), ("dave", "approve"), ("erin", "approve"), ("grace", "reject"),
    ("mallory", "approve"), ("bob", "withdraw"), ("carol", "submit"),
])
def test_the_wrong_role_cannot_act_on_a_post(as_user, world, who, action):
    _, post = _new(as_user, world)
    r = as_user(who).post(f"/s/brookfield/posts/{post.pk}/{action}/", {"version": post.version, "comment": "x"})
    post.refresh_from_db()
    assert r.status_code == 403 and post.status == Status.IN_MODERATION


def test_another_schools_post_is_not_found_from_this_school(as_user, world):
    _, post = _new(as_user, world)
    post.school = world.other
    post.save()
    assert as_user("carol").get(f"/s/brookfield/posts/{post.pk}/").status_code == 404


def test_a_model_guard_holds_without_the_view(world):
    post = OfficialPost.objects.create(school=world.school, account=world.account, author=world.dave, text=GOOD)
    with pytest.raises(PostStateError, match="not waiting for a moderator"):
        post.approve(world.carol)
    with pytest.raises(PostStateError, match="Only the author"):
        post.submit(world.carol)


def test_history_is_never_overwritten(world):
    post = OfficialPost.objects.create(school=world.school, account=world.account, author=world.dave, text=GOOD)
    post.submit(world.dave)
    post.request_changes(world.carol, "more")
    post.submit(world.dave)
    post.reject(world.carol, "no")
    assert [t.to_status for t in post.transitions.all()] == [
        "in_moderation", "changes_requested", "in_moderation", "rejected"]
    entry = world.school.audit_entries.first()
    entry.detail = "tampered"
    with pytest.raises(ValueError):
        entry.save()


def test_the_check_page_offers_a_poster_to_send_the_text_as_an_official_post(as_user, world):
    r = as_user("dave").post("/s/brookfield/check/", {"text": GOOD, "account": "official"})
    assert b"Send as an official post" in r.content
    assert b"Send as an official post" not in as_user("bob").post(
        "/s/brookfield/check/", {"text": GOOD, "account": "official"}).content
    r = as_user("dave").post("/s/brookfield/posts/new/", {"text": GOOD, "prefill": "1"})
    assert r.status_code == 200 and GOOD.encode() in r.content and not OfficialPost.objects.exists()


@pytest.mark.parametrize("version", ["", "abc", "999"])
def test_an_edit_with_a_missing_or_stale_version_changes_nothing(as_user, world, version):
    _, post = _new(as_user, world, submit=False)
    r = as_user("dave").post(f"/s/brookfield/posts/{post.pk}/edit/", {"text": "changed", "version": version})
    post.refresh_from_db()
    assert r.status_code == 200 and post.text == GOOD and b"changed since you opened it" in r.content


def test_a_photo_with_an_untagged_face_cannot_be_sent(as_user, world):
    skimage = pytest.importorskip("skimage")
    from pathlib import Path

    from safepost.images import images_available

    if images_available() is not None:
        pytest.skip("the library's photo tools are not installed here")
    raw = (Path(skimage.__file__).parent / "data" / "astronaut.png").read_bytes()
    _, post = _new(as_user, world, photos=[SimpleUploadedFile("trip.png", raw, content_type="image/png")])
    assert post.status == Status.DRAFT and post.verdict == "block"
    assert any(f["category"] == "image_consent" and f["box"] for f in post.check_result["findings"])


# -- a check that fails while the post is being made ----------------------------------------------------------
@pytest.mark.parametrize("fail,said", [(fail, said) for fail, _, said in CHECK_FAILURES])
def test_a_check_that_fails_leaves_no_half_made_post(as_user, world, settings, monkeypatch, fail, said):
    from pathlib import Path

    from safepost_web.posts.models import PostPhoto

    fail(world, monkeypatch)
    pupil = Pupil.objects.filter(school=world.school).first()
    r, post = _new(as_user, world, text="Sports day was wonderful", tagged=[pupil.pk],
                   photos=[SimpleUploadedFile("class.png", _png(), content_type="image/png")])
    assert post is None and not PostPhoto.objects.exists() and not Transition.objects.exists()
    assert not world.school.audit_entries.filter(action="post.drafted").exists()
    assert not [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]  # the stored photo went too
    assert r.status_code == 400
    html = r.content.decode()
    assert said in html and "Nothing was saved" in html and "Traceback" not in html
    assert "Sports day was wonderful" in html  # what they wrote is still there to send again


def test_a_post_whose_photos_could_not_be_checked_says_so_on_its_page(as_user, world, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "cv2", None)  # the library's image tools are missing on this machine
    _, post = _new(as_user, world, submit=False, photos=[SimpleUploadedFile("class.png", _png(), "image/png")])
    assert post.check_result["unchecked_images"] == [post.photos.get().image.path]
    html = as_user("carol").get(f"/s/brookfield/posts/{post.pk}/").content.decode()
    assert "Careful: 1 photo could not be checked" in html


# Later checks fail the same way: the change is not made, the page says so plainly, nothing half-done.
@pytest.mark.parametrize("action,who,said", [
    ("edit", "dave", "Your change was not saved"),
    ("submit", "dave", "It was not sent"),
    ("approve", "carol", "It was not approved"),
])
@pytest.mark.parametrize("fail", [f for f, _, _ in CHECK_FAILURES[:2]])  # the checker crashing or refusing
def test_a_check_that_fails_later_changes_nothing(as_user, world, monkeypatch, action, who, said, fail):
    _, post = _new(as_user, world, submit=(action == "approve"))
    before = (post.status, post.text, post.version, post.transitions.count(), world.school.audit_entries.count())
    fail(world, monkeypatch)
    c = as_user(who)
    if action == "edit":
        r = c.post(f"/s/brookfield/posts/{post.pk}/edit/", {"text": "changed text", "version": post.version})
    else:
        r = _act(c, post, action)
    post.refresh_from_db()
    assert r.status_code == 200
    html = r.content.decode()
    assert "could not be checked" in html and said in html and "Traceback" not in html
    assert (post.status, post.text, post.version, post.transitions.count(),
            world.school.audit_entries.count()) == before
